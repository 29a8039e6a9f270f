"""agentlib.checking: check a reasoning trace step by step; verdicts come from exact arithmetic, SymPy and Z3.

- `steps.py`      split a trace (text, `<think>` block or list) into steps, the trace's own markers removed
- `claims.py`     normalize prose/LaTeX and extract arithmetic claims ("3 x 4 = 12", "20% of 50 is 10")
- `arithmetic.py` exact, size-guarded evaluation and the rounding-aware verdict
- `algebra.py`    claimed solutions ("so x = 5", "x = 2 or 3") substituted into the equation being solved, and
                  values a step states put into the equation right after ("b = 7.3 and c = 1.91, so b + c = 9.21")
- `logic.py`      knights-and-knaves search claims checked with Z3 against the puzzle's spec
- `members.py`    math members read: a step's statements split at "=", one member parsed to SymPy or left
                  unreadable, two compared at random points
- `identities.py` symbolic rewrites: "A = B = C" chains and "C = A", "C = B" lines, checked at random points,
                  and equations remembered across steps
- `roots.py`      consecutive equations in one unknown with disjoint real roots ("log_2(2x-2) = 4" then "2x-2 = 4")
- `answers.py`    a listed set of solutions checked against the problem's one condition
- `definitions.py` functions the problem or a step defines ("$f(x)=x^3$") written out at numbers
- `units.py`      unit conversions a step states ("2.5 hours = 150 minutes", "12 inches in a foot")
- `congruences.py` congruences and remainders between integer expressions ("2^{10} \\equiv 2 \\pmod 7")
- `grounding.py`  word problems: a final answer no step computed, an earlier result carried wrongly (flags)
- `quotes.py`     a problem's rate quoted with another of its numbers ("$8/skirt" for "$6 per skirt"; a flag)
- `clock.py`      lengths of intervals between clock times ("from 8 AM until 11 PM is 19 hours": refuted)
- `doubts.py`     word-problem steps that state an assumption or call their own result impossible (a flag, opt-in)
- `graph.py`      networkx dependency graph: which steps use values from a wrong step
- `report.py`     TraceReport / StepReport / ClaimResult with typed `Rule`s and evidence, `render()`, `to_dict()`,
                  `from_dict()`; step numbers as printed
- `checker.py`    `check_trace(...)` (runs the checks in the sandbox worker) and `make_reasoning_checker()`
- `bounded.py`    the alarm that stops in-place checking at its deadline and keeps what was checked
- `slips.py`      slips planted in correct solution steps; `search_slips.py` errors planted in K&K search traces
                  (their measures, with the data sets, are `agentlib.evals.perturb` and `agentlib.evals.kk_traces`)

Nothing here imports torch; SymPy and Z3 load on first use.
"""
