"""agentlib.checking: check a reasoning trace step by step; verdicts come from exact arithmetic, SymPy and Z3.

- `steps.py`      split a trace (text, `<think>` block or list) into steps
- `claims.py`     normalize prose/LaTeX and extract arithmetic claims ("3 x 4 = 12", "20% of 50 is 10")
- `arithmetic.py` exact, size-guarded evaluation and the rounding-aware verdict
- `algebra.py`    claimed solutions ("so x = 5") substituted into the equation being solved
- `logic.py`      knights-and-knaves search claims checked with Z3 against the puzzle's spec
- `members.py`    math members read: a step's statements split at "=", one member parsed to SymPy or left
                  unreadable, two compared at random points
- `identities.py` symbolic rewrites: "A = B = C" chains and "C = A", "C = B" lines, checked at random points,
                  and equations remembered across steps
- `roots.py`      consecutive equations in one unknown with disjoint real roots ("log_2(2x-2) = 4" then "2x-2 = 4")
- `answers.py`    a listed set of solutions checked against the problem's one condition
- `definitions.py` functions the problem defines ("$f(x)=x^3$") written out at numbers a step calls them at
- `grounding.py`  word-problem operands nothing before them gives ("unsupported", a flag)
- `quotes.py`     a problem's rate quoted with another of its numbers ("$8/skirt" for "$6 per skirt"; a flag)
- `clock.py`      lengths of intervals between clock times ("from 8 AM until 11 PM is 19 hours": refuted)
- `doubts.py`     word-problem steps that state an assumption or call their own result impossible (a flag)
- `graph.py`      networkx dependency graph: which steps use values from a wrong step
- `report.py`     TraceReport / StepReport / ClaimResult, `render()` and `to_dict()`
- `checker.py`    `check_trace(...)` and `make_reasoning_checker()` for the agent loop
- `kk_traces.py`  gold and planted-error knights-and-knaves traces: false alarms and catch rate
- `perturb.py`    GSM8K / MATH-500 solutions with planted slips (wrong result, carried-forward value): catch rate

Nothing here imports torch; SymPy and Z3 load on first use.
"""
