"""Claimed solutions substituted into the equation being solved (safe parser + SymPy)."""

from agentlib.checking.algebra import Equations, check_step
from agentlib.checking.checker import check_trace


def test_claimed_solution_verified_and_refuted():
    equations = Equations()
    assert check_step(equations, r"We solve \( 2x + 3 = 13 \).") == []
    (claim,) = check_step(equations, r"So \( x = 5 \).")
    assert claim.verdict == "verified"
    equations = Equations()
    check_step(equations, r"We solve \( c^3 + 3c^2 + 1 = 2017 \).")
    (claim,) = check_step(equations, r"Thus \( c = 12 \).")
    assert claim.verdict == "refuted"
    assert "off by 144" in claim.correct


def test_fraction_solution_and_consumed_equation():
    equations = Equations()
    check_step(equations, r"\[ -3x = -10 \] \[ x = \frac{10}{3} \]")
    # the equation is solved; a later "so x = 3" is about something else (another denominator)
    assert check_step(equations, r"The other denominator is zero when \( x - 3 \) vanishes, so \( x = 3 \).") == []


def test_values_tried_are_not_claims():
    equations = Equations()
    check_step(equations, r"Consider \( x^2 = 9 \).")
    assert check_step(equations, r"At \( x = 2 \) the left side is 4.") == []


def test_problem_equation_used_by_check_trace():
    report = check_trace(r"Solve $3y - 4 = 11$.", [r"Adding 4 gives $3y = 15$, so $y = 6$."])
    assert report.first_error_step == 0
    assert report.steps[0].claims[-1].kind == "algebra"


def test_huge_powers_are_not_substituted():
    import time

    equations = Equations()
    check_step(equations, r"Solve \( x^{9000} = 2 \).")
    start = time.monotonic()
    assert check_step(equations, r"So \( x = 123456789 \).") == []
    assert time.monotonic() - start < 2


def test_chain_ends_degrees_and_implications_give_equations():
    # regressions from planted errors: a chain, a degree mark or "\Rightarrow" hid the equation being solved
    cases = [
        (r"Then $b^2 = c^2 - a^2 = 169 - 144 = 25,$ so $b = 6.$", "refuted"),
        (r"Then $b^2 = c^2 - a^2 = 169 - 144 = 25,$ so $b = 5.$", "verified"),
        (r"Since they are parallel, $2x^\circ=128^\circ,$ so $x=65.$", "refuted"),
        (r"Since they are parallel, $2x^{\circ}=128^{\circ},$ so $x=64.$", "verified"),
        (r"we obtain $10d = 149.75 \Rightarrow d=14.975$ inches.", "verified"),
        (r"we obtain $10d = 159.75 \Rightarrow d=14.975$ inches.", "refuted"),
    ]
    for step, verdict in cases:
        claims = [c for c in check_step(Equations(), step) if c.kind == "algebra"]
        assert [c.verdict for c in claims] == [verdict], step


def test_latex_thin_space_is_not_a_separator():
    equations = Equations()
    check_step(equations, r"We solve $3\;y + 1 = 10$.")
    (claim,) = check_step(equations, r"So $y = 3$.")
    assert claim.verdict == "verified"
