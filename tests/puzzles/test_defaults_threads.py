"""`defaults.decide` from several threads at once (the server answers requests in a thread pool)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import random, threading
from agentlib.puzzles.english.defaults import Ranked, decide

def formula(rng, depth=0):
    if depth > 2 or rng.random() < 0.3:
        return ("atom", rng.randrange(20))
    op = rng.choice(["not", "and", "or", "if"])
    if op == "not":
        return ("not", formula(rng, depth + 1))
    if op == "if":
        return ("if", formula(rng, depth + 1), formula(rng, depth + 1))
    return (op, *[formula(rng, depth + 1) for _ in range(3)])

answers = {}
def work(seed):
    rng = random.Random(seed)
    found = []
    for _ in range(60):
        statements = [Ranked(formula(rng), rng.choice([0, 0, 1, 2])) for _ in range(12)]
        found.append(decide(statements, formula(rng)))
    answers[seed] = found

threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
together = dict(answers)
for seed in range(4):
    work(seed)  # again, alone
print(sum(d is not None for found in answers.values() for d in found), len(together), int(together == answers))
"""


def test_decide_from_concurrent_threads_neither_crashes_nor_changes_answers():
    # Bug: decide built its formulas in Z3's shared default context; two server threads deciding at once (two
    # /logical-reasoning requests read loosely) corrupted it and aborted the process ("realloc(): invalid old size").
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    decided, threads, same = map(int, out.stdout.split())
    assert threads == 4 and decided > 0 and same == 1
