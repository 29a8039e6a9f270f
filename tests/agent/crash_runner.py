"""A run the crash test kills with SIGKILL: a scripted model and a slow tool, resumed from its trace.

Usage: python crash_runner.py TRACE. Starts the run, or resumes it when TRACE exists.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from agent_test_helpers import by_turn, call

from agentlib.agent import Agent, Budget, ScriptedModel

CALLS = 6


def slow_square(n: int) -> dict:
    """Square a number, slowly (so a kill lands between steps).

    Args:
        n: the number.
    """
    time.sleep(0.12)
    return {"value": n * n, "certifies": n == CALLS - 1}


def main() -> None:
    trace = Path(sys.argv[1])
    replies = [call("slow_square", '{"n": %d}' % i) for i in range(CALLS)] + ['<answer>25</answer>']
    model = ScriptedModel(by_turn(replies))
    budget = Budget(max_steps=20)
    if trace.exists():
        result = Agent.resume(trace, model, [slow_square], skills=False)
    else:
        result = Agent(model, [slow_square], skills=False, budget=budget, trace_path=trace).run("Square 0..5")
    print(result.answer.status)


if __name__ == "__main__":
    main()
