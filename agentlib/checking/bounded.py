"""A hard wall-clock bound on in-place work: a repeating SIGALRM that raises `DeadlineReached` in Python code.

The trace checker runs inside the sandbox worker (`agentlib.sandbox`), whose parent kills it when a call runs
past its deadline; that bound is hard but loses everything the call had found. This one is softer and keeps
the work done so far: past `seconds`, every 50 ms until disarmed, the alarm raises `DeadlineReached` (a
`BaseException`, so no `except Exception` in SymPy or in our code swallows it for good) between two Python
bytecodes, so a long SymPy computation ends at the next bytecode and the caller reports what it reached.

Left out: interrupting one long C call (a huge integer power, a Z3 check); size guards and Z3's own timeouts
bound those, and the parent's kill is the last resort. Signals work only in the main thread: elsewhere
`interrupt_after` arms nothing and the caller falls back to checking its deadline between steps.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_REPEAT_S = 0.05


class DeadlineReached(BaseException):
    """The wall-clock bound of `interrupt_after` passed."""


class Alarm:
    """The armed alarm of one `interrupt_after` block; `disarm()` stops it raising (idempotent)."""

    def __init__(self, armed: bool):
        self.armed = armed

    def disarm(self) -> None:
        self.armed = False
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def interrupt_after(seconds: float) -> Iterator[Alarm]:
    """Raise `DeadlineReached` in this (main) thread once `seconds` have passed, and again every 50 ms until the
    block ends or `disarm()` is called. Outside the main thread it arms nothing (`Alarm.armed` is False)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield Alarm(False)
        return
    alarm = Alarm(True)

    def handler(signum: int, frame: object) -> None:
        if alarm.armed:
            raise DeadlineReached()

    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), _REPEAT_S)
    try:
        yield alarm
    finally:
        alarm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
