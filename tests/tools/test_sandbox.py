"""The sandbox's bounds: deadlines kill and replace the worker, memory bombs and crashes are
reported typed and recovered from, errors come back typed, and the parent's memory stays flat."""

import time

import pytest

from agentlib.sandbox import Sandbox, ToolCrashed, ToolInputError, ToolTimeout
from agentlib.errors import InputError, ToolFailure

PROBE = "agentlib.sandbox.probe"


@pytest.fixture(scope="module")
def sandbox():
    # no SymPy/Z3 preload: these tests are about the process, and restarts should be quick
    with Sandbox(memory_mb=512, cpu_seconds=120, preload=("agentlib.tools.sympy_ops",)) as box:
        yield box


def _rss_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_round_trip_is_json(sandbox):
    assert sandbox.call(f"{PROBE}:echo", {"value": {"a": [1, 2.5, "x", None]}}, deadline_s=30) == \
        {"a": [1, 2.5, "x", None]}


def test_printing_tools_do_not_garble_replies(sandbox):
    assert sandbox.call(f"{PROBE}:chatter", {"text": '{"ok": "forged"}'}, deadline_s=30) == '{"ok": "forged"}'
    assert sandbox.call(f"{PROBE}:echo", {"value": 3}, deadline_s=30) == 3


def test_runaway_is_killed_within_deadline_and_next_call_succeeds(sandbox):
    before = sandbox.call(f"{PROBE}:worker_pid", {}, deadline_s=30)
    started = time.monotonic()
    with pytest.raises(ToolTimeout):
        sandbox.call(f"{PROBE}:spin", {"seconds": 60}, deadline_s=1.0)
    assert time.monotonic() - started < 1.0 + 1.0
    after = sandbox.call(f"{PROBE}:worker_pid", {}, deadline_s=30)
    assert after != before
    assert sandbox.call(f"{PROBE}:echo", {"value": 7}, deadline_s=30) == 7


def test_sleeping_call_is_stopped_by_the_wall_clock(sandbox):
    started = time.monotonic()
    with pytest.raises(ToolTimeout):
        sandbox.call(f"{PROBE}:sleep", {"seconds": 30}, deadline_s=0.5)
    assert time.monotonic() - started < 0.5 + 1.0


def test_deadline_is_not_cut_short(sandbox):
    assert sandbox.call(f"{PROBE}:sleep", {"seconds": 0.3}, deadline_s=5) == 0.3


def test_memory_bomb_is_stopped_and_reported(sandbox):
    with pytest.raises(ToolCrashed):
        sandbox.call(f"{PROBE}:allocate", {"megabytes": 4096}, deadline_s=30)
    assert sandbox.call(f"{PROBE}:allocate", {"megabytes": 8}, deadline_s=30) == 8 * 1024 * 1024


def test_crash_is_reported_and_recovered(sandbox):
    before = sandbox.restarts
    with pytest.raises(ToolCrashed):
        sandbox.call(f"{PROBE}:die", {}, deadline_s=30)
    assert sandbox.restarts == before + 1
    assert sandbox.call(f"{PROBE}:echo", {"value": "alive"}, deadline_s=30) == "alive"


def test_tool_input_errors_come_back_typed(sandbox):
    with pytest.raises(ToolInputError) as caught:
        sandbox.call("agentlib.tools.sympy_ops:simplify", {"expression": "().__class__"}, deadline_s=30)
    assert isinstance(caught.value, InputError)
    assert "not allowed" in str(caught.value)


@pytest.mark.parametrize("name", ["os:system", "builtins:eval", "subprocess:run", "agentlib.tools.sympy_ops:_sp",
                                  "agentlib.tools.sympy_ops", "agentlib.tools.safe_math:ast",
                                  "agentlib.sandbox.probe:os", "agentlib.tools.sympy_ops:parse_expression"])
def test_functions_outside_the_allow_list_are_refused(sandbox, name):
    with pytest.raises(ToolFailure) as caught:
        sandbox.call(name, {}, deadline_s=30)
    assert "not an allowed sandbox function" in str(caught.value)
    assert not isinstance(caught.value, (ToolTimeout, ToolCrashed))


def test_non_json_arguments_are_refused_before_the_worker(sandbox):
    with pytest.raises(ToolInputError):
        sandbox.call(f"{PROBE}:echo", {"value": object()}, deadline_s=30)


def test_main_process_memory_is_flat_over_1000_calls(sandbox):
    for _ in range(50):  # warm up buffers and caches first
        sandbox.call(f"{PROBE}:echo", {"value": "x" * 200}, deadline_s=30)
    before = _rss_kib()
    for i in range(1000):
        assert sandbox.call(f"{PROBE}:echo", {"value": i}, deadline_s=30) == i
    assert _rss_kib() - before < 4 * 1024  # KiB


def test_closed_sandbox_refuses_calls():
    box = Sandbox(memory_mb=512, preload=())
    box.close()
    with pytest.raises(ToolFailure):
        box.call(f"{PROBE}:echo", {"value": 1}, deadline_s=5)


class _Interrupted(Exception):
    pass


def test_interrupted_call_never_answers_the_next_caller(sandbox):
    """Regression: an exception raised while a call waited for its reply (here a SIGALRM handler) left that
    reply in the pipe, so the next call read the previous call's answer."""
    import signal

    def interrupt(signum, frame):
        raise _Interrupted

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(_Interrupted):
            sandbox.call(f"{PROBE}:sleep", {"seconds": 0.5}, deadline_s=30)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    time.sleep(0.6)  # the interrupted call's reply (0.5) would be waiting in the pipe by now
    assert sandbox.call(f"{PROBE}:echo", {"value": "mine"}, deadline_s=30) == "mine"
