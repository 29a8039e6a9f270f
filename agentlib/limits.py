"""The limits every public entry point keeps, in one place, and the wall-clock `Deadline` they share.

No input may hang agentlib, exhaust its memory or crash it. Each entry point (`solve`, `analyze`,
`solve_math`, `check_trace`, `summarize`, `ask`, `Agent.run`, every CLI command) takes a
`deadline_s` whose default lives here; when it is reached the call ends with a typed result that says
so (an abstention or unchecked steps with the reason "deadline"), never an exception the caller did
not ask for. Expensive SymPy and Z3 work runs in the sandbox worker (`agentlib.sandbox`), whose
memory limit and per-call deadline are the hard bound; the `Deadline` here is the overall budget that
the calls are cut from.

The README's "Safety rules" lists these values; change them here, not at the call sites.
"""

from __future__ import annotations

import math
import time

from agentlib.errors import InputError

# Memory limit of the sandbox worker's address space (RLIMIT_AS), in MiB.
SANDBOX_MEMORY_MB = 2048
# solve_math / `agentlib math`: the whole request (reading, the sandboxed computation, a model's attempt)
SOLVE_MATH_DEADLINE_S = 30.0

# Overall wall-clock budgets of the agent and document entry points, in seconds (model generation
# included: a backend stops generating when the budget runs out).
AGENT_DEADLINE_S = 300.0
SUMMARIZE_DEADLINE_S = 600.0
ASK_DEADLINE_S = 300.0
# The extractive summary that `summarize` falls back to once its deadline has passed gets this much more time
# (past it, the chunks read so far are summarised); `ask`'s retrieval answer after a model deadline likewise
# (past it, the best of the paragraphs scored so far).
SUMMARY_FALLBACK_S = 2.0
# One calculator call that `ask` gives a model (SymPy in the sandbox worker).
CALCULATE_DEADLINE_S = 5.0
# `check_trace` / `agentlib check-trace`: the whole check of one trace, in seconds.
CHECK_TRACE_DEADLINE_S = 20.0
# ... and one step of it: a step past this is reported unchecked and the next steps are still checked.
CHECK_STEP_DEADLINE_S = 3.0
# `agentlib index` / `KnowledgeBase.build`: past it, the files embedded so far are saved and the rest reported.
INDEX_DEADLINE_S = 12 * 3600.0


class Deadline:
    """A wall-clock budget that starts when it is made.

    `remaining()` is what is left (never below 0); `expired` says whether it ran out; `cap(s)` is the
    smaller of `s` and what is left, for cutting one sub-call's deadline from the whole budget.
    """

    def __init__(self, seconds: float):
        self.seconds = check_deadline(seconds)
        self._end = time.monotonic() + self.seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._end

    def cap(self, seconds: float) -> float:
        return min(seconds, self.remaining())


# The longest deadline any call takes: past about 3e11 years a wait on the sandbox worker overflows the platform's
# time_t (`deadline_s=1e19` raised a raw OverflowError), and a week is longer than any real call.
MAX_DEADLINE_S = 7 * 24 * 3600.0


def check_deadline(seconds: object, name: str = "deadline_s") -> float:
    """`seconds` as a positive float of at most `MAX_DEADLINE_S`, or `InputError` naming `name` (0, negative, NaN,
    inf, 1e19, text)."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise InputError(f"{name} must be a number of seconds, not {type(seconds).__name__}")
    value = float(seconds)
    if not math.isfinite(value) or value <= 0:
        raise InputError(f"{name} must be a positive, finite number of seconds, not {seconds!r}")
    if value > MAX_DEADLINE_S:
        raise InputError(f"{name} must be at most {MAX_DEADLINE_S:,.0f} seconds (a week), not {seconds!r}")
    return value


def check_count(value: object, name: str, minimum: int = 1) -> int:
    """`value` as a whole number of at least `minimum`, or `InputError` naming `name` (None, text, 2.5, True, -1):
    counts of tokens, steps or words that reach arithmetic deep inside a call."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{name} must be a whole number, not {type(value).__name__}")
    if value < minimum:
        raise InputError(f"{name} must be at least {minimum}, not {value}")
    return value

# Overall deadlines of the puzzle entry points (`solve`, `analyze`), in seconds. The deterministic work runs in
# the sandbox worker under this deadline; past it the call ends "abstained" with the failure "deadline".
SOLVE_DEADLINE_S = 60.0
ANALYZE_DEADLINE_S = 60.0
