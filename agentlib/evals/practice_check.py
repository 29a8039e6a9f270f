"""Re-verify generated practice problems by a third route: `python -m agentlib.evals.practice_check`.

For each topic and level it generates `--count` problems (`agentlib.mathsolve.practice.generate`, which
already keeps only problems whose built answer and the solver's answer agree) and re-checks every stated
answer with a method of its own, never the solver's: roots substituted back and counted against the
degree, systems substituted, factorizations expanded, derivatives against central differences,
antiderivatives differentiated and definite integrals against quadrature, limits evaluated near the
point, determinants by cofactors, inverses multiplied back, eigenvalues in det(A - λI), sums against
partial sums. Prints one line per topic and level and a last line `wrong: W of N (distinct: D)`.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import Any

EPSILON = 10**-12


def recheck(topic: str, item: dict[str, Any]) -> bool:
    """Whether the stated answer of one generated problem holds, checked without the solver."""
    import sympy as sp

    from agentlib.mathsolve.reading import read
    from agentlib.tools.notation import to_plain
    from agentlib.tools.safe_math import parse_expression

    x, n = sp.symbols("x n")
    request = read(item["problem"]).request
    if request is None:
        return False
    objects = [parse_expression(i, calculus=True) for i in request.items]
    answer = item["answer"]
    if topic in ("linear", "quadratic"):
        equation = objects[0]
        polynomial = sp.expand(equation.lhs - equation.rhs)
        shown = [re.sub(r"\s*\((?:double|triple) root\)|\s*\(multiplicity \d+\)", "", part.split("=")[1])
                 for part in answer.split(" or ")]
        roots = [parse_expression(to_plain(part)) for part in shown]
        counted = sum(2 if "double" in part else 1 for part in answer.split(" or "))
        return all(sp.simplify(polynomial.subs(x, r)) == 0 for r in roots) and counted == sp.degree(polynomial, x)
    if topic == "systems":
        assignment = {sp.Symbol(k): parse_expression(v) for k, v in (p.split(" = ") for p in answer.split(", "))}
        return all(sp.simplify(e.lhs.subs(assignment) - e.rhs.subs(assignment)) == 0 for e in objects)
    if topic == "factoring":
        factored = parse_expression(to_plain(answer))
        return sp.expand(factored - objects[0]) == 0 and bool(factored.is_Mul or factored.is_Pow)
    if topic == "derivatives":
        derivative, f = parse_expression(to_plain(answer)), objects[0]
        h = sp.Rational(1, 10**12)
        return all(abs(sp.N((f.subs(x, p + h) - f.subs(x, p - h)) / (2 * h), 40) - sp.N(derivative.subs(x, p), 40))
                   < 1e-9 for p in (sp.Rational(3, 7), sp.Rational(11, 5)))
    if topic == "integrals":
        value = parse_expression(to_plain(answer.replace(" + C", "")))
        if request.lower is not None and request.upper is not None:  # the reader sets both or neither
            integral = sp.Integral(objects[0], (x, parse_expression(request.lower), parse_expression(request.upper)))
            exact = sp.N(value, 30)
            return abs(sp.N(integral, 30) - exact) < 1e-9 * max(1, abs(exact))
        return sp.simplify(sp.diff(value, x) - objects[0]) == 0
    if topic == "limits":
        if request.point is None:  # the solver abstains on a limit without its point: never generated
            return False
        point, value = parse_expression(request.point), parse_expression(to_plain(answer))
        near = sp.Float(10**8, 50) if point == sp.oo else point + sp.Float(1e-9, 50)
        return abs(sp.N(objects[0].subs(x, near), 30) - sp.N(value, 30)) < 1e-4
    if topic == "matrices":
        matrix = objects[0]
        if request.task == "determinant":
            return parse_expression(answer) == matrix.det(method="berkowitz")
        if request.task == "inverse":
            return parse_expression(to_plain(answer)) * matrix == sp.eye(matrix.rows)
        values = [parse_expression(v.split(" ")[0]) for v in answer.removeprefix("λ = ").split(", ")]
        return all((matrix - v * sp.eye(matrix.rows)).det() == 0 for v in values) and \
            sp.degree(matrix.charpoly().as_expr()) == matrix.rows
    if topic == "series":
        total, value = objects[0], parse_expression(to_plain(answer))
        (k, start, end), = total.limits
        if end == sp.oo:
            partial = sum(sp.N(total.function.subs(k, i), 30) for i in range(int(start), 400))
            return abs(partial - sp.N(value, 30)) < 1e-6
        checks = [int(end)] if end.is_Integer else [1, 2, 7]
        return all(sp.simplify(value.subs(n, m) - sum(total.function.subs(k, i) for i in range(int(start), m + 1))) == 0
                   for m in checks)
    return False


def main(argv: list[str] | None = None) -> int:
    from agentlib.mathsolve.practice import TOPICS, generate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--levels", default="beginner,intermediate,advanced")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--topics", default=",".join(TOPICS), help="comma-separated topics (default: all)")
    args = parser.parse_args(argv)
    wrong = total = distinct = 0
    for topic in args.topics.split(","):
        for level in args.levels.split(","):
            started = time.monotonic()
            items = generate(topic, args.count, level, args.seed)
            bad = [i["problem"] for i in items if not recheck(topic, i)]
            wrong += len(bad)
            total += len(items)
            distinct += len({i["problem"] for i in items})
            print(f"{topic:12} {level:12} generated {len(items):4}  wrong {len(bad)}  "
                  f"({time.monotonic() - started:.0f} s)" + (f"  e.g. {bad[0]!r}" if bad else ""), flush=True)
    print(f"wrong: {wrong} of {total} (distinct: {distinct})")
    return 0 if wrong == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
