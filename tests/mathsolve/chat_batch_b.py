"""A second chat batch: math requests typed into a chat box, written before it was first run and before reading the
reader's code. Math in words ("x squared minus 4 equals zero", "derivative of x cubed", "half of 3/4", "a third of
90"), "u"/"ur"/"w/", numbers as words, typos in function words ("wot", "teh"), British spellings ("factorise", "per
cent", "£"), emoji, greetings and thanks ("ta", "thnks"), "Q:"/"A:" labels, markdown (**bold**, *italic*, `code`),
"- " lists and copy-pastes broken mid-line. Expected answers are computed here by `fractions.Fraction` and SymPy,
never by agentlib. `None` means the request must abstain.

Conventions and grading: as in the thirty-second batch.

Run `python tests/mathsolve/chat_batch_b.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 28, wrong 1, abstained 14 of 43 (five must; all
five did). The wrong is an answer: "what is 10 % 3" was verified as 1 (ten modulo three), but "%" between two
numbers in a chat box is as often "10% × 3" (Wolfram reads 0.3); the reading is not certain. Read right already:
"x squared minus 4 equals zero", "x squared plus 2x minus 3 equals 0", "three x plus five equals twenty", "what's 15%
of 80", "half of 3/4", "a third of 90", "two thirds of 12", "12.5 per cent", "50 % of 30", "20% off £50", "2 cubed",
"10 squared plus 5", "**Q:** what is *x*", "`solve`", a formula broken over lines, emoji, "w/o" and "pls".
Abstained, by cause: "squared"/"cubed"/"plus" inside a calculus request ("derivative of x cubed", "derivative of x
squared plus 3x", "integral of x squared from 0 to 3"); chat words the reader does not know ("thnks", "hiya", "ta",
"wot's"); "three quarters" (a plural fraction word); a request as a "- " list ending "- thanks"; "7 x 8" (x as times:
asked back, honestly, and left so).

AFTER ITS ROUND: right 37, wrong 0, abstained 6 of 43 (six must: "10 % 3" is now asked back, remainder or percent,
`reading._PERCENT_BETWEEN`). Fixed: "derivative of x cubed" (`spoken._after_operator`: "of" alone is no operator);
"thnks", "hiya", "ta", "wot's" (`vocabulary.py`); "- solve 2x = 10\n- thanks" (`list_bullets.py`); "w/ respect to x"
(`chat_shorthand.py`); "half of three quarters" (a fraction in words as an operand, `spoken._worded_fraction`). Still
abstaining: "7 x 8" (asked back, honestly: the times sign or a letter).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .twenty_eighth_batch import grade_twenty_eighth
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from twenty_eighth_batch import grade_twenty_eighth

x = sp.symbols("x")


def _exact(value: Fraction | int) -> sp.Rational:
    return sp.Rational(value)


def _roots(expression: sp.Expr) -> list:
    return sorted(sp.solve(expression, x), key=sp.default_sort_key)


CASES = [
    # equations said in words
    Case("x squared minus 4 equals zero", "en", _roots(x**2 - 4)),
    Case("hey can u solve x squared plus 2x minus 3 equals 0 pls", "en", _roots(x**2 + 2 * x - 3)),
    Case("solve three x plus five equals twenty", "en", _roots(3 * x + 5 - 20)),
    Case("solve 3x + 5 = 20 thnks 😊", "en", _roots(3 * x + 5 - 20)),
    Case("solve for x pls: 4x - 3 = 9", "en", _roots(4 * x - 3 - 9)),
    Case("solve: x/2 = 7 👍", "en", _roots(x / 2 - 7)),
    Case("**Q:** what is *x* if 3x = 12", "en", _roots(3 * x - 12)),
    Case("`solve` x^2 = 16", "en", _roots(x**2 - 16)),
    Case("solve\n2x + 4\n= 10", "en", _roots(2 * x + 4 - 10)),
    Case("- solve 2x = 10\n- thanks", "en", _roots(2 * x - 10)),
    # calculus said in words
    Case("derivative of x cubed", "en", sp.diff(x**3, x)),
    Case("whats the derivative of x squared plus 3x??", "en", sp.diff(x**2 + 3 * x, x)),
    Case("hiya, can u differentiate x^2 + 3x w/ respect to x", "en", sp.diff(x**2 + 3 * x, x)),
    Case("**differentiate** sin(x) cos(x)", "en", sp.diff(sp.sin(x) * sp.cos(x), x)),
    Case("integral of x squared from 0 to 3 pls", "en", sp.integrate(x**2, (x, 0, 3))),
    Case("integrate 2x pls", "en", (ANTIDERIVATIVE, 2 * x)),
    # parts of a whole and percentages
    Case("what's 15% of 80", "en", _exact(Fraction(15 * 80, 100))),
    Case("half of 3/4", "en", _exact(Fraction(1, 2) * Fraction(3, 4))),
    Case("whats a third of 90", "en", _exact(Fraction(90, 3))),
    Case("what is two thirds of 12", "en", _exact(Fraction(2 * 12, 3))),
    Case("what is a quarter of 200", "en", _exact(Fraction(200, 4))),
    Case("what's half of three quarters", "en", _exact(Fraction(3, 8))),
    Case("what is 5 percent of 40", "en", _exact(Fraction(5 * 40, 100))),
    Case("what is 12.5 per cent of 240", "en", _exact(Fraction(125 * 240, 1000))),
    Case("what is 50 % of 30", "en", _exact(Fraction(50 * 30, 100))),
    Case("what is 20% off £50", "en", _exact(Fraction(50 * 80, 100))),
    # arithmetic in words and in chat
    Case("what's 2 cubed", "en", sp.Integer(2**3)),
    Case("whats 10 squared plus 5", "en", sp.Integer(10**2 + 5)),
    Case("what's twelve times twelve", "en", sp.Integer(12 * 12)),
    Case("wot's 9 times 6", "en", sp.Integer(9 * 6)),
    Case("what's the square root of 81??", "en", sp.Integer(9)),
    Case("what's 3/4 plus 1/8", "en", _exact(Fraction(3, 4) + Fraction(1, 8))),
    Case("what is 1/2 + 1/3 pls", "en", _exact(Fraction(1, 2) + Fraction(1, 3))),
    Case("what is 100 divided by 8", "en", _exact(Fraction(100, 8))),
    Case("hey whats 3 to the power of 4??", "en", sp.Integer(3**4)),
    Case("Q: what is 7 x 8?\nA:", "en", sp.Integer(7 * 8)),
    Case("factorise x^2 - 9 ta", "en", sp.factor(x**2 - 9)),
    Case("simplify (x^2 - 1)/(x + 1) cheers 🙂", "en", x - 1),
    # near-misses that must abstain
    Case("what's 15% of", "en", None),  # of nothing
    Case("derivative of", "en", None),  # of nothing
    Case("what is 10 % 3", "en", None),  # "%" between two numbers: ten mod three, or ten percent times three
    Case("half of 3/4 of", "en", None),  # cut off mid-request
    Case("x squared = 9, solve for y", "en", None),  # no y in the equation
]


__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)
