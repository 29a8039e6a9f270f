"""A deterministic sweep of inputs built to trip super-linear paths, with wall time and peak memory per case.

`python -m agentlib.evals.limits_sweep [--deadline 10] [--targets solve,cli math] [--cases run:letters] [--quick]`
runs every case (`cases()`) through every entry point (`targets()`) and prints one JSON line per case, then a
summary: cases, findings, the slowest case and the largest peak resident memory.

Where `agentlib.evals.fuzz` draws random hostile text, this sweep is a fixed grid aimed at the shapes that make a
reader slow: long runs of one character class (letters, digits, spaces, punctuation, `(`, `-`, `^`, `\\frac{`, `$`,
`√`, Korean syllables) at 19,000, 190,000 and 1,000,000 characters (just under the math cap, just under the puzzle
cap, past both) and inside a sentence ("Alice" + 19,000 newlines + "is a knight."), a sentence repeated 10,000
and 100,000 times, thousands of names, clauses and options, huge numbers (`10^10^10`, `9999999999!`, `2^(2^64)`,
`1e999999`), nesting 10,000 deep, long LaTeX, hundreds of equations and unknowns, a matrix of 10^6 x 10^6 asked
for by size, pathological Unicode (combining marks, bidi controls, zero-width characters, lone surrogates, NUL),
invalid UTF-8 and binary files (the CLI only: library calls take text), and empty or blank input.

Each library case runs in a child forked from a parent that has already imported agentlib (so a case costs no
interpreter start); each CLI case runs `agentlib COMMAND -` in a fresh interpreter with the input on standard input,
as a user runs it. Both are measured from outside with `os.wait4`: wall time and the child's peak resident memory
(`ru_maxrss`); the sandbox worker that a library call starts is measured inside the child after it is closed
(`RUSAGE_CHILDREN`). One thread each (`OMP_NUM_THREADS=1` and friends).

A finding is one of:
- `slow`: wall time past twice the deadline given to the call, plus `--slack` seconds (the child is killed then);
- `crash`: an exception that is not an `agentlib.errors.AgentlibError` (CLI: a traceback, an undocumented exit
  status, or exit 2 without one `error:` line);
- `memory`: peak resident memory more than `--max-growth-mb` (1,024 MiB) over the smallest peak of that target
  (what the imports alone take), or a sandbox worker past its own limit.
Calls that returned only at their deadline are listed in the summary (`at_deadline`): not findings, but where a
super-linear path hides (10,000 "Alice is a knight." sentences ended `solve` at its deadline; cProfile showed 140 s
in one pattern). A wrong verified answer is not detected here (no oracle for hostile text); the JSON lines carry
each call's outcome so that a verified answer on nonsense stands out ("300 glued-name equations" showed one:
"x0 + 2*x1 = 0" read as x*0 + 2*x*1, a verified "no solution").
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "TOKENIZERS_PARALLELISM"):
    os.environ.setdefault(_variable, "false" if _variable == "TOKENIZERS_PARALLELISM" else "1")

RUN_LENGTHS = (19_000, 190_000, 1_000_000)  # under the math cap (20,000), under the puzzle cap (200,000), past both
CHARACTER_CLASSES = {
    "letters": "a", "word letters": "abc ", "digits": "9", "spaces": " ", "newlines": "\n", "periods": ".",
    "marks": "?!", "open parens": "(", "minus": "-", "carets": "^", "frac": r"\frac{", "dollars": "$",
    "radicals": "√", "korean": "가", "commas": ", ", "equals": "=", "quotes": "'", "backslashes": "\\",
}


# opening, core, closing: nested as deep as fits under the math cap, and 10,000 deep
NESTINGS = {"parentheses": ("(", "1", ")"), "brackets": ("[", "x", "]"), "radicals": ("√(", "2", ")"),
            "sqrt": ("\\sqrt{", "2", "}"), "frac": ("\\frac{1}{", "2", "}"), "powers": ("2^{", "2", "}"),
            "not": ("not ", "Alice is a knight.", ""), "if": ("if a then ", "b", "")}


@dataclass(frozen=True)
class Case:
    name: str
    data: str | bytes  # bytes: sent to the CLI as they are (not UTF-8); library targets skip them


def _repeat(piece: str, length: int) -> str:
    return (piece * (length // len(piece) + 1))[:length]


def cases() -> list[Case]:
    """The fixed grid (about 100 cases); each built on demand is at most a few megabytes."""
    grid = [Case(f"run:{name}:{length}", _repeat(piece, length))
            for name, piece in CHARACTER_CLASSES.items() for length in RUN_LENGTHS]
    # the same runs inside a sentence, where no strip takes them away ("Alice" + 19,000 newlines + "is a knight.")
    grid += [Case(f"gap:{name}", "Alice" + _repeat(piece, RUN_LENGTHS[0]) + " is a knight. Who is a knight?")
             for name, piece in {**CHARACTER_CLASSES, "space-newline": " \n", "tabs": "\t"}.items()]
    for name, (opening, core, closing) in NESTINGS.items():  # as deep as fits the math cap, then 10,000 deep
        fit = (RUN_LENGTHS[0] - len(core)) // (len(opening) + len(closing))
        grid += [Case(f"{name} {depth:,} deep", opening * depth + core + closing * depth) for depth in (fit, 10_000)]
    names = [f"Person{i}" for i in range(5_000)]
    grid += [
        Case("sentence x10^4", "Alice is a knight. " * 10_000),
        Case("sentence x10^5", "Alice is a knight. " * 100_000),
        Case("question x10^4", "What is 2 + 3? " * 10_000),
        Case("math sentence x10^3", "Solve x^2 - 5x + 6 = 0. " * 800),
        Case("5,000 names in a row", ", ".join(names) + " sit in a row. Who is in the middle?"),
        Case("3,000 speakers", " ".join(f"{a} says: {b} is a knave." for a, b in zip(names[:3_000], names[1:3_001],
                                                                                         strict=True))
             + " Who is a knight?"),
        Case("2,000 clauses", "If " + " and ".join(f"p{i} holds" for i in range(2_000)) + ", then q holds. "
             "p0 holds. Therefore q holds."),
        Case("1,000 options", "Which of the following is true? " + " ".join(f"({i}) Alice is left of Bob{i}."
                                                                             for i in range(1_000))),
        Case("10^10^10", "What is 10^10^10?"), Case("9999999999!", "Compute 9999999999!"),
        Case("2^(2^64)", "2^(2^64) mod 7"), Case("1e999999", "1e999999 + 1"),
        Case("10**10**10 python", "10**10**10"), Case("power tower", "2^" * 2_000 + "2"),
        Case("a 5,000-digit number", "What is " + "7" * 5_000 + " + 1?"),
        Case("factorial tower", "((((10!)!)!)!)!"), Case("x^(10^10)", "Expand (x + 1)^(10^10)"),
        Case("long LaTeX sum", "$" + " + ".join(rf"\frac{{{i}}}{{{i + 1}}}" for i in range(1_000)) + "$"),
        Case("long LaTeX display", "$$" + r" \cdot ".join(rf"\sqrt{{x_{{{i}}}}}" for i in range(900)) + "$$"),
        Case("300 equations", "Solve " + ", ".join(f"x_{{{i}}} + 2 x_{{{i + 1}}} = {i}" for i in range(300))),
        Case("300 glued-name equations", "Solve " + ", ".join(f"x{i} + 2*x{i + 1} = {i}" for i in range(300))),
        Case("1,800 unknowns", "Solve " + " + ".join(f"x_{{{i}}}" for i in range(1_800)) + " = 1"),
        Case("10^6 x 10^6 matrix", "Find the determinant of the 1000000 x 1000000 identity matrix."),
        Case("zeros(10^6, 10^6)", "det(zeros(10**6, 10**6))"),
        *(Case(f"{n}x{n} matrix literal", r"\begin{pmatrix}" + r" \\ ".join(" & ".join("1" for _ in range(n))
                                                                             for _ in range(n)) + r"\end{pmatrix}")
          for n in (60, 300)),
        Case("combining marks", "A" + "\u0301" * 100_000 + " is a knight."),
        Case("bidi controls", "\u202e\u2067" * 50_000 + "x = 1"),
        Case("zero-width", "Al\u200bice" * 30_000),
        Case("lone surrogates", "\ud800x" * 10_000),
        Case("NUL", "\x00" * 100_000), Case("NUL in a puzzle", "Alice\x00 is a knight.\x00 Who is a knight?"),
        Case("empty", ""), Case("blank", " \t\n" * 1_000),
        Case("invalid UTF-8", b"\xff\xfe\xfd" * 30_000), Case("truncated UTF-8", "가".encode()[:2] * 50_000),
        Case("binary (ELF-like)", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4_000),
        Case("UTF-16 without a BOM", "Solve x + 1 = 2".encode("utf-16-le") * 1_000),
    ]
    return grid


@dataclass(frozen=True)
class Target:
    """One entry point: a library call (`call(text)`, run in a forked child) or a CLI command (`argv`)."""

    name: str
    call: Callable[[str, float], object] | None = None
    argv: tuple[str, ...] = ()

    @property
    def is_cli(self) -> bool:
        return self.call is None


PROBLEM = "Compute 3 + 4, then double it."
TRACE = "3 + 4 = 7\n7 * 2 = 14\nThe answer is 14."
DOCUMENT = ("The company earned $4.2 million in 2021. Revenue grew 12% over 2020. The CEO is Jane Doe.\n\n"
            "In 2022 it opened three offices, in Paris, Berlin and Rome.")


def targets() -> list[Target]:
    import agentlib

    def document(text: str) -> Any:
        return agentlib.Document.from_text(text)

    return [
        Target("solve", lambda t, d: agentlib.solve(t, deadline_s=d)),
        Target("analyze", lambda t, d: agentlib.analyze(t, deadline_s=d)),
        Target("solve_math", lambda t, d: agentlib.solve_math(t, deadline_s=d)),
        Target("check_trace(trace)", lambda t, d: agentlib.check_trace(PROBLEM, t, deadline_s=d)),
        Target("check_trace(problem)", lambda t, d: agentlib.check_trace(t, TRACE, deadline_s=d)),
        Target("summarize", lambda t, d: agentlib.summarize(document(t), cache=False, deadline_s=d)),
        Target("ask(document)", lambda t, d: agentlib.ask(document(t), "What did the company earn?", deadline_s=d)),
        Target("ask(question)", lambda t, d: agentlib.ask(document(DOCUMENT), t, deadline_s=d)),
        Target("cli solve", argv=("solve", "-")), Target("cli analyze", argv=("analyze", "-")),
        Target("cli math", argv=("math", "-")),
        Target("cli check-trace", argv=("check-trace", "-", "--problem", PROBLEM)),
        Target("cli summarize", argv=("summarize", "-", "--no-cache", "--no-progress")),
        Target("cli ask", argv=("ask", "-", "What did the company earn?")),
    ]


CLI_START_S = 3.0  # seconds a fresh interpreter takes to import a command, on top of the deadline
SANDBOX_LIMIT_MB = 2_100  # the sandbox worker's own limit (`SANDBOX_MEMORY_MB`) and a little for rounding
CLI_EXIT_CODES = {"check-trace": (0, 1, 2, 3)}  # 3: some steps not checked (deadline)


def _outcome(result: object) -> str:
    """A short description of what a call returned (its status and answer where it has them)."""
    parts = [type(result).__name__]
    for attribute in ("status", "verdict", "ended_by", "answer", "text"):
        value = getattr(result, attribute, None)
        if value is not None:
            parts.append(f"{attribute}={str(value)[:60]!r}")
    return " ".join(parts)


def _run_child(target: Target, text: str, deadline_s: float, write: int) -> None:
    from agentlib.errors import AgentlibError

    started = time.monotonic()
    try:
        assert target.call is not None
        report: dict[str, object] = {"outcome": "returned", "detail": _outcome(target.call(text, deadline_s))}
    except AgentlibError as error:
        report = {"outcome": "typed", "detail": f"{type(error).__name__}: {str(error)[:100]}"}
    except BaseException as error:  # noqa: BLE001 - the sweep records every exception that is not typed
        report = {"outcome": "untyped", "detail": f"{type(error).__name__}: {str(error)[:100]}"}
    report["call_s"] = round(time.monotonic() - started, 2)
    from agentlib.sandbox import process

    if process._default is not None:  # the worker is waited for, so RUSAGE_CHILDREN holds its peak
        process._default.close()
    report["worker_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    os.write(write, json.dumps(report).encode())


def _wait(pid: int, limit_s: float) -> tuple[int, Any, float, bool]:
    """Waits for `pid` up to `limit_s`, killing its process group past it: (status, rusage, seconds, killed)."""
    started = time.monotonic()
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        seconds = time.monotonic() - started
        if done:
            return status, usage, seconds, False
        if seconds > limit_s:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, status, usage = os.wait4(pid, 0)
            return status, usage, time.monotonic() - started, True
        time.sleep(0.02)


def run_library_case(target: Target, case: Case, deadline_s: float, limit_s: float) -> dict[str, Any]:
    assert isinstance(case.data, str)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own process group, so that a kill takes the sandbox worker too
        os.close(read)
        os.setpgid(0, 0)
        try:
            _run_child(target, case.data, deadline_s, write)
        finally:
            os._exit(0)
    os.close(write)
    status, usage, seconds, killed = _wait(pid, limit_s)
    with os.fdopen(read, "rb") as pipe:
        raw = pipe.read()
    report: dict[str, Any] = json.loads(raw) if raw else {"outcome": "killed" if killed else f"died ({status})"}
    report.update(wall_s=round(seconds, 2), peak_rss_mb=round(usage.ru_maxrss / 1024))
    return report


def run_cli_case(target: Target, case: Case, deadline_s: float, limit_s: float) -> dict[str, Any]:
    data = case.data if isinstance(case.data, bytes) else case.data.encode("utf-8", errors="surrogatepass")
    command = [sys.executable, "-m", "agentlib", *target.argv, "--deadline", str(deadline_s)]
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stderr_file:
        stdin.write(data)
        stdin.seek(0)
        # Popen only starts it: os.wait4 (in `_wait`) reaps it, for its own peak memory
        pid = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=stderr_file,
                               start_new_session=True).pid
        status, usage, seconds, killed = _wait(pid, limit_s)
        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", errors="replace")
    last = stderr.strip().splitlines()[-1][:120] if stderr.strip() else ""
    code = os.waitstatus_to_exitcode(status)
    if killed:
        outcome = "killed"
    elif "Traceback (most recent call last)" in stderr:
        outcome = "untyped"
    elif code not in CLI_EXIT_CODES.get(target.argv[0], (0, 1, 2)) or (code == 2 and not last.startswith("error: ")):
        outcome = "untyped"
    else:
        outcome = "typed" if code == 2 else "returned"
    return {"outcome": outcome, "detail": f"exit {code}: {last}", "wall_s": round(seconds, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def _findings(report: dict[str, Any], deadline_s: float, slack_s: float) -> list[str]:
    found = []
    if report["outcome"] == "killed" or report["wall_s"] > 2 * deadline_s + slack_s:
        found.append("slow")
    if report["outcome"] == "untyped" or report["outcome"].startswith("died"):
        found.append("crash")
    if report.get("worker_rss_mb", 0) > SANDBOX_LIMIT_MB:
        found.append("memory")
    return found


def _memory_findings(reports: list[dict[str, Any]], max_growth_mb: float) -> None:
    """Adds "memory" to each report whose peak is `max_growth_mb` over its target's smallest peak (the imports)."""
    floors: dict[str, float] = {}
    for report in reports:
        floors[report["target"]] = min(floors.get(report["target"], report["peak_rss_mb"]), report["peak_rss_mb"])
    for report in reports:
        if report["peak_rss_mb"] - floors[report["target"]] > max_growth_mb and "memory" not in report["findings"]:
            report["findings"].append("memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--deadline", type=float, default=10.0, help="deadline_s given to every call")
    parser.add_argument("--slack", type=float, default=5.0, help="seconds past twice the deadline that are slow")
    parser.add_argument("--max-growth-mb", type=float, default=1024.0)
    parser.add_argument("--targets", default="", help="comma-separated target names (default: all)")
    parser.add_argument("--cases", default="", help="comma-separated prefixes of case names (default: all)")
    parser.add_argument("--quick", action="store_true", help="runs only at their largest length")
    args = parser.parse_args(argv)
    chosen_targets = [t for t in targets() if not args.targets or t.name in args.targets.split(",")]
    chosen_cases = [c for c in cases() if not args.cases or c.name.startswith(tuple(args.cases.split(",")))]
    if args.quick:
        largest = f":{RUN_LENGTHS[-1]}"
        chosen_cases = [c for c in chosen_cases if not c.name.startswith("run:") or c.name.endswith(largest)]
    import agentlib.checking.checker  # noqa: F401 - imported before the forks, so that no child pays for them
    import agentlib.documents.qa  # noqa: F401
    import agentlib.mathsolve.solve  # noqa: F401
    import agentlib.puzzles.solve  # noqa: F401

    limit_s = 2 * args.deadline + args.slack
    rows: list[dict[str, Any]] = []
    for target in chosen_targets:
        # a CLI command also starts an interpreter: its deadline counts from after the imports
        deadline_s = args.deadline + (CLI_START_S if target.is_cli else 0.0)
        for case in chosen_cases:
            if isinstance(case.data, bytes) and not target.is_cli:
                continue
            run = run_cli_case if target.is_cli else run_library_case
            report = run(target, case, args.deadline, limit_s + (2 * CLI_START_S if target.is_cli else 0.0))
            report = {"target": target.name, "case": case.name, **report}
            report["findings"] = _findings(report, deadline_s, args.slack)
            print(json.dumps(report, ensure_ascii=True), flush=True)
            rows.append(report)
    _memory_findings(rows, args.max_growth_mb)
    findings = [r for r in rows if r["findings"]]
    summary = {"cases": len(rows), "findings": [f"{r['target']} / {r['case']}: {r['findings']}" for r in findings],
               "deadline_s": args.deadline,
               "max_wall_s": max((r["wall_s"] for r in rows), default=0.0),
               "slowest": next((f"{r['target']} / {r['case']}" for r in sorted(rows, key=lambda r: -r["wall_s"])),
                               None),
               "max_peak_rss_mb": max((r["peak_rss_mb"] for r in rows), default=0),
               "max_worker_rss_mb": max((r.get("worker_rss_mb", 0) for r in rows), default=0),
               # not findings, but where a super-linear path hides behind the deadline: profile these
               "at_deadline": [f"{r['target']} / {r['case']}" for r in rows
                               if r.get("call_s", 0) >= 0.9 * args.deadline]}
    print(json.dumps({"summary": summary}, ensure_ascii=True))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
