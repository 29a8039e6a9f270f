"""Hostile expressions: hundreds of payloads through `safe_math` and the sandboxed SymPy tools.

Zero executions is checked two ways: every code-running payload tries to create a sentinel file,
and an audit hook (tests/tools/hostile_audit.py) records exec/compile/open-for-write/spawn/dangerous
imports in this process (only while payloads are handled) and in the sandbox worker (which serves
only payloads). Each call must end within its deadline + 1 s, and this process's memory must stay
flat over 1,000 sandboxed calls.
"""

import importlib.util
import json
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.sandbox import process as sandbox_module
from agentlib.sandbox import Sandbox
from agentlib.errors import InputError, ToolFailure
from agentlib.tools import sympy_tools
from agentlib.tools.safe_math import normalize_latex, parse_equation, parse_expression

HERE = Path(__file__).parent
MARKER = "agentlib_pwned"
DEADLINE_S = 3.0
PARSE_BOUND_S = 2.0
CODE_WORDS = ("{SENTINEL}", "__", "import", "eval", "exec", "open", "compile", "getattr", "lambda", "system",
              "subprocess", "sympify", "parse_expr", "globals", "locals", "vars(", "pickle", "ctypes")


def _load_audit():
    spec = importlib.util.spec_from_file_location("_hostile_audit_in_test_process", HERE / "hostile_audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _payload_templates() -> list[str]:
    lines = (HERE / "data" / "hostile_payloads.txt").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]


def _generated_bombs() -> list[str]:
    return ["(" * 10_000 + "x" + ")" * 10_000, "-" * 100_000 + "x", "x+" * 50_000 + "x", "[" * 5_000 + "]" * 5_000,
            "sqrt(" * 5_000 + "x" + ")" * 5_000, "x" * 1_000_000, "1" * 100_000, "\\frac{" * 20_000 + "}" * 40_000,
            "not " * 10_000 + "x", "lambda:" * 1_000 + "0", "x" + "**x" * 5_000, "()" * 50_000]


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    return {"sentinel": root / f"{MARKER}_sentinel", "worker_log": root / "worker_audit.jsonl",
            "main_log": root / "main_audit.jsonl"}


@pytest.fixture(scope="module")
def payloads(places):
    sentinel = str(places["sentinel"])
    return [p.replace("{SENTINEL}", sentinel) for p in _payload_templates()] + _generated_bombs()


@pytest.fixture(scope="module")
def audit(places):
    parse_expression("sqrt(x) + 1")  # import SymPy before recording: its import-time code is not a payload's
    module = _load_audit()
    module.install(str(places["main_log"]), MARKER, gate_open=False)
    return module


@pytest.fixture(scope="module")
def audited_sandbox(places):
    """A sandbox whose worker preloads the audit hook; the SymPy tools are routed to it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])))
        patch.setenv("AGENTLIB_AUDIT_LOG", str(places["worker_log"]))
        patch.setenv("AGENTLIB_AUDIT_MARKER", MARKER)
        box = Sandbox(memory_mb=1024, cpu_seconds=600, preload=("sympy", "agentlib.tools.sympy_ops", "hostile_audit"))
        patch.setattr(sandbox_module, "_default", box)
        patch.setattr(sympy_tools, "DEFAULT_DEADLINE_S", DEADLINE_S)
        try:
            yield box
        finally:
            box.close()


def _records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_hundreds_of_payloads(payloads):
    assert len(payloads) >= 300
    assert sum("{SENTINEL}" in p for p in _payload_templates()) >= 100


def test_parser_refuses_every_code_payload_and_executes_nothing(payloads, audit, places):
    refused = 0
    for payload in payloads:
        is_code = any(word in payload for word in CODE_WORDS) or MARKER in payload
        for parse in (parse_expression, parse_equation, lambda t: parse_expression(normalize_latex(t))):
            started = time.monotonic()
            audit.set_gate(True)
            try:
                parse(payload)
                accepted = True
            except InputError:
                accepted = False
            finally:
                audit.set_gate(False)
            assert time.monotonic() - started < PARSE_BOUND_S, payload[:80]
            assert not (accepted and is_code), f"accepted: {payload[:120]!r}"
            refused += not accepted
    assert refused >= 0.9 * 3 * len(payloads)
    assert not places["sentinel"].exists()
    assert _records(places["main_log"]) == []


def test_sandboxed_tools_execute_nothing_and_keep_their_deadlines(payloads, audited_sandbox, audit, places):
    outcomes = {"refused": 0, "answered": 0, "stopped": 0}
    tools = (lambda p: sympy_tools.simplify(p), lambda p: sympy_tools.evaluate(p), lambda p: sympy_tools.solve([p]))
    for index, payload in enumerate(payloads):
        # each payload through one tool in turn (every tool parses with safe_math first); a payload's
        # wrapped variants sit next to each other in the file, so each meets every tool
        for tool in (tools[index % len(tools)],):
            started, stopped = time.monotonic(), False
            audit.set_gate(True)
            try:
                tool(payload)
                outcomes["answered"] += 1
            except InputError:
                outcomes["refused"] += 1
            except ToolFailure:  # a deadline or a resource limit: bounded, typed, and recovered from
                outcomes["stopped"] += 1
                stopped = True
            finally:
                audit.set_gate(False)
            assert time.monotonic() - started < DEADLINE_S + 1.0, payload[:80]
            if stopped:  # the replacement worker is starting; a deadline counts from when a warm worker takes the call
                audited_sandbox.call("agentlib.sandbox.probe:echo", {"value": 0}, deadline_s=60)
    assert outcomes["refused"] >= 0.85 * sum(outcomes.values()), outcomes
    assert not places["sentinel"].exists()
    assert [r for r in _records(places["main_log"]) if not _is_sandbox_housekeeping(r)] == []
    assert _records(places["worker_log"]) == []


def _is_sandbox_housekeeping(record: dict) -> bool:
    """The parent's own work on a deadline: SIGKILL the worker, start the replacement (and wrap its pipes)."""
    if record["event"] == "os.kill":
        return record["args"].endswith(", 9)")
    if record["event"] == "open":
        return re.match(r"^\(\d+, '[rw]b?'", record["args"]) is not None  # a pipe's file descriptor, not a path
    return record["event"] == "subprocess.Popen" and "agentlib.sandbox.worker" in record["args"]


def test_worker_audit_hook_is_live(audited_sandbox, places):
    """The zero-events check above means something only if the hook records in the worker."""
    before = len(_records(places["worker_log"]))
    audited_sandbox.call("agentlib.sandbox.probe:echo", {"value": 1}, deadline_s=30)
    assert len(_records(places["worker_log"])) == before  # a clean call records nothing
    with pytest.raises(ToolFailure):  # `die` -> os.kill: an audited event, then the worker is replaced
        audited_sandbox.call("agentlib.sandbox.probe:die", {}, deadline_s=30)
    events = [r["event"] for r in _records(places["worker_log"])[before:]]
    assert events == ["os.kill"]
    places["worker_log"].write_text("", encoding="utf-8")  # later checks start from a clean log


def test_test_process_audit_hook_is_live(audit, places):
    before = len(_records(places["main_log"]))
    audit.set_gate(True)
    try:
        compile("open('x')", "<payload>", "eval")  # compiled, never run: code from text naming `open`
    finally:
        audit.set_gate(False)
    assert [r["event"] for r in _records(places["main_log"])[before:]] == ["compile"]
    places["main_log"].write_text("", encoding="utf-8")


def test_main_process_memory_is_flat_over_1000_hostile_calls(payloads, audited_sandbox):
    quick = [p for p in payloads[:400] if len(p) < 300 and any(w in p for w in ("__", "open", "eval"))]
    assert len(quick) >= 50

    def rss_kib() -> int:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

    for payload in quick[:50]:
        with pytest.raises(InputError):
            sympy_tools.simplify(payload)
    before = rss_kib()
    for i in range(1000):
        with pytest.raises(InputError):
            sympy_tools.simplify(quick[i % len(quick)])
    assert rss_kib() - before < 4 * 1024  # KiB


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=120))
def test_random_text_through_the_sandbox_is_typed_and_bounded(audited_sandbox, text):
    started = time.monotonic()
    try:
        sympy_tools.simplify(text)
    except (InputError, ToolFailure):
        pass
    assert time.monotonic() - started < DEADLINE_S + 1.0
