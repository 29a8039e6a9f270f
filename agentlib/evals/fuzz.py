"""A seeded fuzz sweep of the public entry points: no input may crash, hang or blow up memory.

`python -m agentlib.evals.fuzz [--seed 0] [--per-target 60] [--targets a,b] [--slack 3]` throws generated
hostile text at each entry point and prints one JSON object: inputs tried per target and every finding.

A finding is one of:
- `crash`: an exception that is not an `agentlib.errors.AgentlibError`;
- `hang`: a call that ran past its deadline plus `--slack` seconds (the child running it is killed);
- `memory`: the process running the calls grew by more than `--max-rss-mb` (default 1,024 MiB; the sandbox
  worker, which has its own limit, is not counted).

Inputs come from one `random.Random(seed)`: random Unicode from every plane (combining marks, bidi controls,
NUL and C0/C1 controls, private use), LaTeX fragments (unclosed `\\frac{`, `\\begin{pmatrix}`, trailing
backslashes), nesting 10,000 deep, 100,000-digit numbers, huge and negative exponents, a megabyte of text, 10,000
sentences, thousands of names, and templates from real use with one character mutated. Each target runs in a
forked child so that a hang or a memory blow-up is observed from outside and the sweep goes on with the next
input.

Leaves out: the engine (no weights here), the HTTP service (its fuzzing lives in `tests/server`), the CLI's
argument parsing and hostile files (checked by hand once; `tests/test_fuzz_regressions.py` keeps the one traceback
that found) and model-driven paths beyond a scripted model.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

TEMPLATES: dict[str, list[str]] = {
    "puzzle": [
        "A says: B is a knave. B says: A and I are both knights. Who is a knight?",
        "Alice, Bob and Carol sit in a row. Alice is left of Bob. Carol is not at an end. Who is in the middle?",
        "All cats are mammals. Some pets are cats. Therefore some pets are mammals.",
        "If it rains, the ground is wet. It rains. Is the ground wet?",
    ],
    "math": [
        "Solve x^2 - 5x + 6 = 0", "What is 15% of 240?", r"\frac{d}{dx} \sin(x^2)", r"\int_0^1 x^2 \, dx",
        "Find the limit of (1+1/n)^n as n goes to infinity", "Simplify (x^2-1)/(x-1)",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{-1}", "gcd(120, 84)", "2x + 3 < 7",
        "Tom has 3 apples and buys 5 more. How many apples does he have?",
    ],
    "expression": ["x**2 + 2*x + 1", "sqrt(2)*pi", "binomial(10, 3)", "factorial(20)", "sin(x)**2 + cos(x)**2",
                   "Matrix([[1, 2], [3, 4]])", "Rational(3, 4) + 1/3", "log(x, 2)", "floor(7/2)"],
    "latex": [r"\frac{1}{2} + \sqrt{3}", r"\binom{5}{2}", r"x^{2} \cdot y_{1}", r"\left( a + b \right)^2",
              r"\begin{cases} x & x > 0 \\ 0 & \text{else} \end{cases}", r"\sum_{k=1}^{n} k"],
    "constraint": ["knight_a <-> not knight_b", "forall(p: Person, 1 <= pos(p) and pos(p) <= 3)",
                   "count(knight_a, knight_b) == 1", "if(x > 0, x, -x) == 3", "distinct(a, b, c)"],
    "fol": ["∀x (Cat(x) → Mammal(x))", "∃x (Pet(x) ∧ Cat(x))", "¬(A(b) ∨ B(b)) ⊕ C(b)",
            "∀x ∀y (Loves(x, y) → ¬Hates(x, y))", "Chaperone(b) ⊕ TalentShows(b) → Academic(b) ∧ Inactive(b)"],
    "trace": ["Step 1: 3 + 4 = 7\nStep 2: 7 * 2 = 14\nThe answer is 14.",
              "$x^2 = 9$ so $x = 3$.\nTherefore the answer is \\boxed{3}.",
              "Let n be the number. 2n + 1 = 11, so n = 5."],
    "json": ['{"name": "calculate", "arguments": {"expression": "2*21"}}',
             '{"problem": "Compute 3 + 4.", "steps": ["3 + 4 = 7", "The answer is 7."]}',
             '[{"role": "user", "content": "hi"}]', '{"seq": 0, "kind": "run", "task": "x"}'],
    "document": ["The company earned $4.2 million in 2021. Revenue grew 12% over 2020. The CEO is Jane Doe.\n\n"
                 "In 2022 it opened three offices, in Paris, Berlin and Rome."],
}

LATEX_FRAGMENTS = [r"\frac{", r"\begin{pmatrix}", r"\\", "\\", r"\sqrt[", r"\left(", r"\right", r"^{", r"_{", "{",
                   "}", r"\end{cases}", r"\text{", "$", "$$", r"\binom{1000000}{500000}", r"\int", r"\lim_{"]
HOSTILE_SNIPPETS = ["\x00", "\u202e", "\u200b", "\ufeff", "\U0001f600", "\u0301" * 50, "\ud800", "\r", "\x1b[2J",
                    "<|end|>", "<|im_start|>", "\uff1c|end|\uff1e", "𝟘", "٣", "৪", "\u00ad", "\t", "\x7f", "\x85"]


def _random_unicode(rng: random.Random, length: int) -> str:
    out = []
    for _ in range(length):
        plane = rng.random()
        if plane < 0.5:
            code = rng.randrange(0x20, 0x7F)
        elif plane < 0.8:
            code = rng.randrange(0, 0x3000)
        else:
            code = rng.randrange(0, 0x110000)
        if 0xD800 <= code <= 0xDFFF and rng.random() < 0.5:
            code = 0xFFFD  # lone surrogates half the time (they cannot be encoded; some entry points must refuse them)
        out.append(chr(code))
    return "".join(out)


def _mutate(rng: random.Random, text: str, times: int = 1) -> str:
    chars = list(text)
    for _ in range(times):
        op = rng.randrange(4)
        where = rng.randrange(len(chars) + 1)
        pick = rng.choice([chr(rng.randrange(0x20, 0x7F)), rng.choice(HOSTILE_SNIPPETS), rng.choice(LATEX_FRAGMENTS)])
        if op == 0 or not chars:
            chars.insert(where, pick)
        elif op == 1:
            del chars[min(where, len(chars) - 1)]
        elif op == 2:
            chars[min(where, len(chars) - 1)] = pick
        else:
            chars[where:where] = chars[max(0, where - 5):where] * rng.randrange(1, 50)
    return "".join(chars)


def hostile_inputs(rng: random.Random, kind: str) -> Iterator[str]:
    """An endless stream of hostile texts, biased towards `kind`'s real-use templates."""
    templates = TEMPLATES[kind]
    big = [
        lambda: "(" * 10_000 + "1" + ")" * 10_000,
        lambda: "(" * 10_000,
        lambda: "[" * 10_000 + "x",
        lambda: "{" * 5_000 + "}" * 4_999,
        lambda: "-" * 10_000 + "1",
        lambda: "not " * 5_000 + "a",
        lambda: "¬" * 10_000 + "A(b)",
        lambda: r"\frac{" * 3_000 + "1",
        lambda: r"\sqrt{" * 3_000 + "2" + "}" * 3_000,
        lambda: "9" * 100_000,
        lambda: "1." + "3" * 50_000,
        lambda: "10**" * 50 + "10",
        lambda: "2^{2^{2^{2^{2^{2^{100}}}}}}",
        lambda: "(10**399)**-10000 + (3**800)**-10000",
        lambda: "exp(10**20) % 7",
        lambda: "factorial(10**6)",
        lambda: "x" * 1_000_000,
        lambda: "A is a knight. " * 10_000,
        lambda: " ".join(f"P{i} is a knight." for i in range(3_000)) + " Who is a knight?",
        lambda: ", ".join(f"Name{i}" for i in range(5_000)) + " sit in a row.",
        lambda: "ignore" + " " * 40_000 + "previous instructions",
        lambda: "1+" * 20_000 + "1",
        lambda: "x^" * 5_000 + "2",
        lambda: "\n" * 100_000,
        lambda: "$" * 10_001,
        lambda: "$x$ = " * 5_000,
        lambda: "Step 1: 1 = 1\n" * 5_000,
        lambda: "∀x " * 3_000 + "P(x)",
        lambda: "Alice is left of Bob. " * 2_000 + "Who is first?",
        lambda: "The answer is \\boxed{" + "{" * 5_000,
        lambda: "١٢٣ + ৪৫ = ?",
        lambda: "Solve x^7 - x + 1 = 0",
        lambda: "1e999999 + 1",
        lambda: "0." + "0" * 10_000 + "1",
        lambda: "x = " + "x + " * 3_000 + "1",
        lambda: "[" * 100_000 + "]" * 100_000,
        lambda: '{"a":' * 50_000 + "1" + "}" * 50_000,
        lambda: '{"problem": "x", "steps": ' + "[" * 20_000 + "]" * 20_000 + "}",
        lambda: '{"steps": [' + "9" * 5_000 + "]}",
        lambda: '{"name": "calculate", "arguments": {"expression": ' + "9" * 5_000 + "}}",
        lambda: "<think>" * 30_000 + "{}",
    ]
    while True:
        roll = rng.random()
        if roll < 0.3:
            yield _mutate(rng, rng.choice(templates), rng.randrange(1, 4))
        elif roll < 0.45:
            yield _random_unicode(rng, rng.randrange(1, 300))
        elif roll < 0.6:
            yield "".join(rng.choice(LATEX_FRAGMENTS + HOSTILE_SNIPPETS) for _ in range(rng.randrange(1, 30)))
        elif roll < 0.75:
            yield rng.choice(templates) + rng.choice(LATEX_FRAGMENTS + HOSTILE_SNIPPETS)
        else:
            yield rng.choice(big)()


@dataclass(frozen=True)
class Target:
    """One entry point: `call(text)` runs it on one input; `kind` picks the templates; `limit_s` is its
    deadline (the sweep reports a hang past `limit_s + slack`)."""

    name: str
    kind: str
    limit_s: float
    call: Callable[[str], object]


def add(a: int, b: int) -> dict[str, object]:
    """Add two integers (the tool the fuzzed agent runs).

    Args:
        a: the first integer.
        b: the second integer.
    """
    return {"answer": str(a + b), "certifies": True}


def _targets() -> list[Target]:
    # Imports stay inside so that `--help` is fast and a broken entry point fails the sweep, not the import.
    import agentlib
    from agentlib.commands.tokenizer import read_chat
    from agentlib.llm import ScriptedModel
    from agentlib.puzzles import fol
    from agentlib.report import load_run
    from agentlib.tools import constraints, notation, safe_math

    deadline = 4.0

    def constraint_spec(text: str) -> object:
        spec = {"sorts": {"Person": ["a", "b", "c"]}, "variables": {"knight_a": "Bool", "knight_b": "Bool",
                "x": "Int", "a": "Int", "b": "Int", "c": "Int"},
                "functions": {"pos": {"args": ["Person"], "returns": "Int"}},
                "constraints": [{"label": "c1", "expr": text}]}
        return constraints.check(spec, timeout_ms=int(deadline * 1000))

    def scripted_ask(text: str) -> object:
        model = ScriptedModel([text, "The answer is 42 [1]."])
        return agentlib.ask(agentlib.Document.from_text(TEMPLATES["document"][0]), "What did the company earn?",
                            backend=model, deadline_s=deadline)

    def scripted_tool_call(text: str) -> object:
        model = ScriptedModel([f"<tool_call>{text}</tool_call>", "The answer is 42."])
        return agentlib.ask(agentlib.Document.from_text(TEMPLATES["document"][0]), "What is 2*21?", backend=model,
                            deadline_s=deadline)

    def json_file(reader: Callable[[Path], object]) -> Callable[[str], object]:
        def call(text: str) -> object:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "input.json"
                path.write_text(text, encoding="utf-8", errors="surrogatepass")
                return reader(path)
        return call

    def check_trace_command(path: Path) -> object:
        from agentlib.commands import check_trace

        return check_trace._parse(path.read_text(encoding="utf-8", errors="surrogatepass"), path.name)

    def agent_run(text: str) -> object:
        from agentlib.agent import Agent, Budget

        plan = '{"steps": ["Add the numbers with add", "Report the sum"]}'
        call = '<tool_call>{"name": "add", "arguments": {"a": 2, "b": 3}}</tool_call>'
        script = [plan, call, '<answer cite="o2">5</answer>']
        script[len(text) % 3] = text  # the hostile reply replaces one turn; the turns after it still come
        agent = Agent(ScriptedModel([*script, text, text]), tools=[add], skills=text.startswith("{"),
                      budget=Budget(max_steps=4, max_new_tokens=160))
        return agent.run("What is 2 + 3?", deadline_s=deadline)

    def scripted_solve(text: str) -> object:
        model = ScriptedModel([text] * 6)
        return agentlib.solve("Who is a knight? " + text[:200], backend=model, deadline_s=deadline)

    def scripted_math(text: str) -> object:
        return agentlib.solve_math("What is the answer?", backend=ScriptedModel([text] * 4), deadline_s=deadline)

    return [
        Target("safe_math.parse_expression", "expression", deadline, lambda t: safe_math.parse_expression(t)),
        Target("notation.to_plain", "latex", deadline, lambda t: notation.to_plain(t)),
        Target("constraints.tokenize+check", "constraint", deadline, constraint_spec),
        Target("constraints.compile_spec(json)", "constraint", deadline, lambda t: constraints.compile_spec(t)),
        Target("fol.readings", "fol", deadline, lambda t: fol.readings(t)),
        Target("solve", "puzzle", deadline, lambda t: agentlib.solve(t, deadline_s=deadline)),
        Target("analyze", "puzzle", deadline, lambda t: agentlib.analyze(t, deadline_s=deadline)),
        Target("solve_math", "math", deadline, lambda t: agentlib.solve_math(t, deadline_s=deadline)),
        Target("practice", "math", deadline, lambda t: agentlib.practice(t, count=1, deadline_s=deadline)),
        Target("check_trace", "trace", deadline,
               lambda t: agentlib.check_trace("Compute 3 + 4, then double it.", t, deadline_s=deadline)),
        Target("check_trace(problem)", "math", deadline,
               lambda t: agentlib.check_trace(t, "3 + 4 = 7\nThe answer is 7.", deadline_s=deadline)),
        Target("summarize(text)", "document", deadline,
               lambda t: agentlib.summarize(agentlib.Document.from_text(t), cache=False, deadline_s=deadline)),
        Target("ask(scripted reply)", "trace", deadline, scripted_ask),
        Target("ask(scripted tool call)", "json", deadline, scripted_tool_call),
        Target("Agent.run(scripted reply)", "json", deadline, agent_run),
        Target("report.load_run(file)", "json", deadline, json_file(lambda p: load_run(p))),
        Target("check-trace JSON file", "json", deadline, json_file(check_trace_command)),
        Target("tokenizer chat file", "json", deadline, json_file(lambda p: read_chat(p))),
        Target("solve(scripted reply)", "constraint", deadline, scripted_solve),
        Target("solve_math(scripted reply)", "math", deadline, scripted_math),
    ]


@dataclass
class Finding:
    target: str
    kind: str  # "crash" | "hang" | "memory"
    detail: str
    input_preview: str
    input_length: int


@dataclass
class TargetSummary:
    tried: int = 0
    findings: list[Finding] = field(default_factory=list)


def _preview(text: str) -> str:
    return ascii(text[:120]) + ("..." if len(text) > 120 else "")


def _child(target: Target, inputs: list[str], start: int, progress: Any, results: Any) -> None:
    from agentlib.errors import AgentlibError

    os.setpgid(0, 0)  # a group of its own, so that a hang is ended with everything the call started
    progress[2] = _rss_mb(os.getpid())  # growth is measured from here (a fork's resident size is not its parent's)
    for index in range(start, len(inputs)):
        progress[0], progress[1] = index, time.monotonic()
        try:
            target.call(inputs[index])
        except AgentlibError:
            pass
        except RecursionError as error:  # reported like any other crash, with the frame that raised it
            results.put((index, "crash", f"RecursionError: {str(error)[:80]}"))
        except BaseException as error:  # noqa: BLE001 - the sweep records every non-agentlib exception
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{frames[-1].filename.rsplit('/', 2)[-1]}:{frames[-1].lineno}" if frames else "?"
            results.put((index, "crash", f"{type(error).__name__}: {str(error)[:120]} at {where}"))
    progress[0] = len(inputs)


def _kill_group(pid: int) -> None:
    """Kill the child and everything it started (it leads its own process group: the sandbox worker too)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _rss_mb(pid: int) -> float:
    """Resident memory of one process in MiB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def sweep_target(target: Target, inputs: list[str], *, slack_s: float, max_rss_mb: int,
                 first_call_s: float = 20.0) -> TargetSummary:
    """Runs `inputs` through `target` in forked children, restarting one after each hang or blow-up."""
    context = multiprocessing.get_context("fork")
    summary = TargetSummary(tried=len(inputs))
    start = 0
    while start < len(inputs):
        progress = context.Array("d", [float(start), time.monotonic(), -1.0])
        results = context.Queue()
        process = context.Process(target=_child, args=(target, inputs, start, progress, results), daemon=False)
        process.start()
        pid = cast(int, process.pid)
        stopped: tuple[str, str] | None = None
        while process.is_alive():
            time.sleep(0.05)
            index, began = int(progress[0]), progress[1]
            if index >= len(inputs):
                break
            elapsed = time.monotonic() - began
            rss_mb = _rss_mb(pid) - progress[2] if progress[2] >= 0 else 0.0
            if rss_mb > max_rss_mb:  # first: a call that blows up memory is usually slow too
                stopped = ("memory", f"grew by {rss_mb:.0f} MiB")
            elif elapsed > target.limit_s + slack_s + first_call_s * (index == start):  # the first call also imports
                stopped = ("hang", f"still running after {elapsed:.1f} s (deadline {target.limit_s} s)")
            if stopped:
                _kill_group(pid)
                break
        process.join(timeout=5)
        while not results.empty():
            index, kind, detail = results.get()
            summary.findings.append(Finding(target.name, kind, detail, _preview(inputs[index]), len(inputs[index])))
        index = int(progress[0])
        if stopped:
            summary.findings.append(Finding(target.name, stopped[0], stopped[1], _preview(inputs[index]),
                                            len(inputs[index])))
            start = index + 1
        elif index < len(inputs):  # the child died on its own (a segfault, os._exit)
            summary.findings.append(Finding(target.name, "crash", f"child exited with {process.exitcode}",
                                            _preview(inputs[index]), len(inputs[index])))
            start = index + 1
        else:
            start = len(inputs)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-target", type=int, default=60, help="inputs per entry point")
    parser.add_argument("--targets", default="", help="comma-separated target names (default: all)")
    parser.add_argument("--slack", type=float, default=3.0, help="seconds past a deadline that count as a hang")
    parser.add_argument("--max-rss-mb", type=int, default=1024)
    args = parser.parse_args(argv)
    chosen = [t for t in _targets() if not args.targets or t.name in args.targets.split(",")]
    report: dict[str, Any] = {"seed": args.seed, "per_target": args.per_target, "targets": {}, "findings": []}
    started = time.monotonic()
    for target in chosen:
        rng = random.Random(f"{args.seed}:{target.name}")
        stream = hostile_inputs(rng, target.kind)
        inputs = [next(stream) for _ in range(args.per_target)]
        summary = sweep_target(target, inputs, slack_s=args.slack, max_rss_mb=args.max_rss_mb)
        report["targets"][target.name] = {"tried": summary.tried, "findings": len(summary.findings)}
        report["findings"].extend(vars(f) for f in summary.findings)
        print(f"{target.name}: {summary.tried} inputs, {len(summary.findings)} findings", file=sys.stderr, flush=True)
    report["seconds"] = round(time.monotonic() - started, 1)
    report["total_findings"] = len(report["findings"])
    print(json.dumps(report, ensure_ascii=True, indent=1))
    return 1 if report["findings"] else 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
