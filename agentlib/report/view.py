"""What a run page shows, read from a file: an agent run's trace or a check-trace report, as one `RunView`.

Two sources, told apart by their content, not by their name:
- an agent trace (`agentlib.agent.tracefile` JSONL: a `run` header record, then one `{"step": ...}` record per
  step), or a check-trace run stored by the HTTP service (JSONL whose first record has `kind: "check_trace"`,
  with the problem, the report and the elapsed seconds);
- a check-trace report as JSON (what `agentlib check-trace --json` prints), optionally wrapped as
  `{"problem": ..., "report": {...}}`.

The view is plain data (no HTML): each `ViewStep` is one numbered box on the page, with its tool call and
observation together, verdict marks, and the first wrong step flagged. Which step is "first wrong": for a
check-trace report, the report's `first_error_step`; for an agent run, the first failed tool observation,
the first reasoning refuted by the checker, or the first run error.

Left out: rendering (`agentlib.report.html`) and any import of the HTTP service, so `agentlib report` runs
without FastAPI installed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from agentlib.agent.tracefile import read_trace
from agentlib.errors import CheckpointError, InputError

RunKind = Literal["agent", "check_trace"]
MAX_REPORT_BYTES = 32 * 1024 * 1024
_MARKS = {"verified": "✓", "refuted": "✗", "unsupported": "!", "unchecked": "?"}


@dataclass(frozen=True)
class ViewClaim:
    """One checked claim of a step: its verdict and what holds instead (check-trace reports)."""

    kind: str
    text: str
    verdict: str
    correct: str = ""
    reason: str = ""

    @property
    def mark(self) -> str:
        return _MARKS.get(self.verdict, "?")


@dataclass(frozen=True)
class ViewStep:
    """One box on the page. `kind` is the step's kind ("plan", "tool", "thought", "answer", "step", ...)."""

    number: int
    kind: str
    title: str
    body: str = ""
    lines: tuple[str, ...] = ()  # a plan's items
    call: str = ""  # a tool call's name and JSON arguments
    observation: str = ""  # the tool's result
    status: str = ""  # "ok", "failed", "certifies", "verified", "refuted", ...
    claims: tuple[ViewClaim, ...] = ()
    certificate: tuple[int, ...] = ()  # step numbers an answer rests on
    wrong: bool = False
    note: str = ""
    duration_s: float | None = None
    offset_s: float | None = None  # seconds since the run started


@dataclass(frozen=True)
class RunView:
    """A whole run: what was asked, the steps, the outcome, and the first wrong step (a step number)."""

    kind: RunKind
    title: str
    question: str
    facts: tuple[tuple[str, str], ...]
    steps: tuple[ViewStep, ...]
    outcome: str
    outcome_status: str
    first_wrong: int | None = None
    total_s: float | None = None
    notes: tuple[str, ...] = field(default=())


def load_run(path: str | Path) -> RunView:
    """The view of a trace or report file (see the module docstring).

    Raises:
        InputError: no such file, unreadable, or neither an agent trace nor a check-trace report.
        CheckpointError: a corrupt trace line before the last.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    if path.stat().st_size > MAX_REPORT_BYTES:
        raise InputError(f"{path} is larger than {MAX_REPORT_BYTES // (1024 * 1024)} MiB; not a run file")
    head = path.read_bytes()[:4096].lstrip()
    if head.startswith(b'{"seq"'):
        return view_of_records(read_trace(path), source=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # RecursionError: nested too deeply
        raise InputError(f"{path} is neither an agent trace (JSONL) nor a check-trace report (JSON): {error}") from None
    return view_of_report(data, source=str(path))


def view_of_records(records: list[dict[str, Any]], source: str = "trace") -> RunView:
    """The view of trace records (an agent run, or a stored check-trace run)."""
    if not records:
        raise InputError(f"{source} holds no records")
    header = records[0]
    if header.get("kind") == "check_trace":
        report = header.get("report")
        if not isinstance(report, dict):
            raise InputError(f"{source}: the check_trace record has no report object")
        elapsed = header.get("elapsed_s")
        return _check_trace_view(
            str(header.get("problem") or ""), report, float(elapsed) if isinstance(elapsed, (int, float)) else None
        )
    if header.get("kind") != "run":
        raise InputError(f"{source}: not an agent trace (its first record is not a 'run' header)")
    steps = []
    for record in records[1:]:
        step = record.get("step")
        if not isinstance(step, dict):
            raise CheckpointError(f"{source}: record {record.get('seq')} has no step object")
        steps.append(step)
    return _agent_view(header, steps)


def view_of_report(data: Any, source: str = "report") -> RunView:
    """The view of a check-trace report dict (`TraceReport.to_dict()`), bare or as {"problem", "report"}."""
    if isinstance(data, dict) and isinstance(data.get("report"), dict):
        elapsed = data.get("elapsed_s")
        return _check_trace_view(
            str(data.get("problem") or ""),
            data["report"],
            float(elapsed) if isinstance(elapsed, (int, float)) else None,
        )
    if isinstance(data, dict) and isinstance(data.get("steps"), list) and "first_error_step" in data:
        return _check_trace_view(str(data.get("problem") or ""), data, None)
    raise InputError(f"{source} is not a check-trace report (expected 'steps' and 'first_error_step')")


# -- check-trace reports ---------------------------------------------------------------------------------------
def _check_trace_view(problem: str, report: Mapping[str, Any], elapsed_s: float | None) -> RunView:
    raw_steps = report.get("steps") or []
    first = report.get("first_error_step")
    first = first if isinstance(first, int) and not isinstance(first, bool) else None
    # reports name steps by their printed number ("Step 1" is 1); older ones had only a 0-based `index`
    numbered = any(isinstance(raw, dict) and "number" in raw for raw in raw_steps)
    first_number = first if numbered or first is None else first + 1
    steps = []
    for position, raw in enumerate(raw_steps):
        if not isinstance(raw, dict):
            raise InputError(f"step {position + 1} of the report is not an object")
        index = raw.get("index")
        number = raw.get("number", index + 1 if isinstance(index, int) else position + 1)
        number = number if isinstance(number, int) and not isinstance(number, bool) else position + 1
        claims = tuple(
            ViewClaim(
                str(c.get("kind", "")),
                str(c.get("text", "")),
                str(c.get("verdict", "unchecked")),
                str(c.get("correct", "") or ""),
                str(c.get("reason", "") or ""),
            )
            for c in raw.get("claims") or []
            if isinstance(c, dict)
        )
        verdicts = {c.verdict for c in claims}
        status = next((v for v in ("refuted", "unsupported", "verified", "unchecked") if v in verdicts), "")
        steps.append(
            ViewStep(
                number=number,
                kind="step",
                title=f"Step {number}",
                body=str(raw.get("text", "")),
                status=status,
                claims=claims,
                wrong=number == first_number,
                note="depends on an earlier error" if raw.get("depends_on_error") else "",
            )
        )
    counts = report.get("counts") or {}
    facts = tuple((name, str(counts.get(name, 0))) for name in ("verified", "refuted", "unsupported", "unchecked"))
    wrong = first_number is not None
    return RunView(
        kind="check_trace",
        title="Trace check",
        question=problem,
        facts=facts,
        steps=tuple(steps),
        outcome=str(report.get("explanation") or "No step was refuted or flagged."),
        outcome_status="refuted" if wrong else "verified",
        first_wrong=first_number,
        total_s=elapsed_s,
        notes=tuple(str(n) for n in report.get("notes") or []),
    )


# -- agent runs ------------------------------------------------------------------------------------------------
def _duration(step: Mapping[str, Any]) -> float | None:
    start, end = step.get("started_at"), step.get("ended_at")
    if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end >= start:
        return float(end) - float(start)
    return None


def _agent_view(header: Mapping[str, Any], raw_steps: list[dict[str, Any]]) -> RunView:
    starts = [s["started_at"] for s in raw_steps if isinstance(s.get("started_at"), (int, float))]
    ends = [s["ended_at"] for s in raw_steps if isinstance(s.get("ended_at"), (int, float))]
    origin = min(starts) if starts else None
    observations = {s.get("call_index"): s for s in raw_steps if s.get("kind") == "observation"}
    # an observation is shown inside its call's box, so a certificate citing it points at that box
    box_of = {
        s["index"]: s["call_index"] + 1
        for s in raw_steps
        if s.get("kind") == "observation" and isinstance(s.get("index"), int) and isinstance(s.get("call_index"), int)
    }
    views: list[ViewStep] = []
    first_wrong: int | None = None
    answer: Mapping[str, Any] | None = None
    for step in raw_steps:
        kind = step.get("kind")
        index = step.get("index")
        if not isinstance(index, int) or kind in ("model_reply", "observation"):
            continue  # raw replies are the source of thoughts and calls; observations join their call
        number = index + 1
        started = step.get("started_at")
        offset = started - origin if origin is not None and isinstance(started, (int, float)) else None
        common: dict[str, Any] = {"number": number, "offset_s": offset, "duration_s": _duration(step)}
        if kind == "plan":
            views.append(
                ViewStep(
                    kind="plan",
                    title="Plan" + (f" (skill {step['skill']})" if step.get("skill") else ""),
                    lines=tuple(str(s) for s in step.get("steps") or []),
                    note="fallback plan (the model gave none)" if step.get("fallback") else "",
                    **common,
                )
            )
        elif kind == "thought":
            views.append(ViewStep(kind="thought", title="Thought", body=str(step.get("text", "")), **common))
        elif kind == "tool_call":
            result = observations.get(index) or {}
            ok = bool(result.get("ok"))
            status = ("certifies" if result.get("certifies") else "ok") if ok else ("failed" if result else "no result")
            wrong = bool(result) and not ok
            if wrong and first_wrong is None:
                first_wrong = number
            arguments = json.dumps(step.get("arguments", {}), ensure_ascii=False, sort_keys=True)
            duration = _duration(result) if result else common["duration_s"]
            views.append(
                ViewStep(
                    kind="tool",
                    title=f"Tool call: {step.get('name', '?')}",
                    call=f"{step.get('name', '?')}({arguments})",
                    observation=str(result.get("content", "")),
                    status=status,
                    wrong=wrong,
                    note=f"observation o{result.get('index')}" if result else "",
                    number=number,
                    offset_s=common["offset_s"],
                    duration_s=duration,
                )
            )
        elif kind == "retry":
            wrong = step.get("reason") == "checker"
            if wrong and first_wrong is None:
                first_wrong = number
            views.append(
                ViewStep(
                    kind="retry",
                    title=f"Feedback ({step.get('reason', '?')})",
                    body=str(step.get("message", "")),
                    status="refuted" if wrong else "",
                    wrong=wrong,
                    **common,
                )
            )
        elif kind == "error":
            if first_wrong is None:
                first_wrong = number
            views.append(
                ViewStep(
                    kind="error",
                    title=f"Error ({step.get('source', '?')})",
                    body=str(step.get("message", "")),
                    status="failed",
                    wrong=True,
                    **common,
                )
            )
        elif kind == "answer":
            answer = step
            # trace version 2 names the certifying steps in `proof_steps`; version 1 listed them as `certificate`
            proof = step.get("proof_steps")
            if proof is None and isinstance(step.get("certificate"), list):
                proof = step["certificate"]
            cited = tuple(box_of.get(i, i + 1) for i in proof or [] if isinstance(i, int))
            views.append(
                ViewStep(
                    kind="answer",
                    title="Answer",
                    body=str(step.get("text", "")),
                    status=str(step.get("status", "")),
                    certificate=cited,
                    note=str(step.get("reason", "")),
                    **common,
                )
            )
    # boxes are numbered 1..n in order (raw replies and observations have no box of their own); the first
    # wrong step is the only one flagged; certificates point at the boxes that show the cited observations
    renumber = {v.number: position + 1 for position, v in enumerate(views)}
    views = [
        replace(
            v,
            number=renumber[v.number],
            wrong=v.wrong and v.number == first_wrong,
            certificate=tuple(renumber[n] for n in v.certificate if n in renumber),
        )
        for v in views
    ]
    first_wrong = renumber.get(first_wrong) if first_wrong is not None else None
    budget = header.get("budget") or {}
    facts = (
        ("model", str(header.get("model", "?"))),
        ("tools", ", ".join(str(t) for t in header.get("tools") or []) or "none"),
        ("steps", str(len(raw_steps))),
        ("budget", f"{budget.get('max_steps', '?')} steps, {budget.get('max_seconds', '?')} s"),
    )
    if answer is None:
        outcome, status = "The run has no answer yet (it stopped or is still running).", "unfinished"
    else:
        outcome = str(answer.get("text", "")) or "(empty answer)"
        status = str(answer.get("status", "unverified"))
    total = (max(ends) - origin) if ends and origin is not None else None
    return RunView(
        kind="agent",
        title="Agent run",
        question=str(header.get("task", "")),
        facts=facts,
        steps=tuple(views),
        outcome=outcome,
        outcome_status=status,
        first_wrong=first_wrong,
        total_s=total,
    )
