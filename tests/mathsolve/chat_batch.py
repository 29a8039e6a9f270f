"""A chat batch: math requests typed into a chat box, written before it was first run and before reading the reader's
code. Greetings and thanks around the request ("hi!", "thx", "pls help 🙏"), "hey can u", "r"/"u", no final stop,
"??", numbers as words ("twenty percent of eighty", "three times"), typos in function words ("teh", "waht"), British
spellings ("differentiate", "maths"), "Q:" labels, markdown (**bold**, `code`, "- " lists), curly quotes and
copy-pastes broken mid-line; the math under each is simple (equations, derivatives, percentages, arithmetic). Expected
answers are computed here by `fractions.Fraction` and SymPy, never by agentlib. `None` means the request must abstain.

Conventions and grading: as in the thirty-second batch.

Run `python tests/mathsolve/chat_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 20, wrong 1, abstained 14 of 35; the wrong was a
key: "solve 2x + 3" is answered x = -3/2 (the expression set to zero, as SymPy and Wolfram read it), re-keyed so.
Keyed right: right 21, wrong 0, abstained 14 of 35 (six must abstain; all six did). Read right already: "hey can u
... pls", "hi! ... thanks!!", emoji, "Q:", "can u find x?", "whats", numbers as words ("twenty percent of eighty",
"three times four plus two"), "d/dx", "u" as the variable in "derivative of u^2 + u", a line broken mid-formula.
Abstained, by cause: chat words the reader does not know ("waht", "thx", "teh", "lol", "cheers", "maths hw"); the
word "percent" after a digit ("25 percent of 200"); markdown around a formula ("**solve** `x^2 - 9 = 0`"); a
request as a "- " list ("- 45 + 55\n- what is it?").

AFTER ITS ROUND: right 26, wrong 0, abstained 9 of 35 (six must). New: chat sign-offs and typos are filler in
`vocabulary.py` ("thx", "thanx", "thnx", "cheers", "lol", "teh", "waht", "wat", "maths", "hw", "homework"). Still
abstaining: "25 percent of 200" (the word after a digit), markdown around a formula, a request as a "- " list.

ROUND 37: right 29, wrong 0, abstained 6 of 35 (the six that must). "25 percent of 200 lol" is read ("percent" after
typed digits is "%", `percent_words.spell_english_percent`) and "- 45 + 55\n- what is it?" (`list_bullets.py`).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .twenty_eighth_batch import grade_twenty_eighth
else:  # run as a script
    from fresh_batch import Case, main
    from twenty_eighth_batch import grade_twenty_eighth

x = sp.symbols("x")


def _exact(value: Fraction | int) -> sp.Rational:
    return sp.Rational(value)


def _roots(expression: sp.Expr) -> list:
    return sorted(sp.solve(expression, x), key=sp.default_sort_key)


CASES = [
    # greetings, thanks, chat shorthand around an equation
    Case("hey can u solve 2x + 3 = 11 pls", "en", _roots(2 * x + 3 - 11)),
    Case("hi! solve x^2 - 5x + 6 = 0 thanks!!", "en", _roots(x**2 - 5 * x + 6)),
    Case("pls help 🙏 3x - 7 = 2x + 5", "en", _roots(3 * x - 7 - (2 * x + 5))),
    Case("waht is x if 4x = 28??", "en", _roots(4 * x - 28)),
    Case("solve for x: 5x - 2 = 3x + 8 thx", "en", _roots(5 * x - 2 - (3 * x + 8))),
    Case("Q: x^2 = 49", "en", _roots(x**2 - 49)),
    Case("**solve** `x^2 - 9 = 0`", "en", _roots(x**2 - 9)),
    Case("can u find x? 2(x + 1) = 10", "en", _roots(2 * (x + 1) - 10)),
    # derivatives and integrals in chat
    Case("whats the derivative of x^3 + 2x", "en", sp.diff(x**3 + 2 * x, x)),
    Case("differentiate x^2 sin(x) pls", "en", sp.diff(x**2 * sp.sin(x), x)),
    Case("hey what's teh derivative of 5x^4 ??", "en", sp.diff(5 * x**4, x)),
    Case("integrate 3x^2 from 0 to 2 thanks", "en", sp.integrate(3 * x**2, (x, 0, 2))),
    Case("Q: d/dx (x^2 + 3x)", "en", sp.diff(x**2 + 3 * x, x)),
    # percentages with numbers as words
    Case("whats twenty percent of eighty", "en", _exact(Fraction(20 * 80, 100))),
    Case("what is 15% of 60??", "en", _exact(Fraction(15 * 60, 100))),
    Case("hey whats 25 percent of 200 lol", "en", _exact(Fraction(25 * 200, 100))),
    Case("what is ten percent of fifty", "en", _exact(Fraction(10 * 50, 100))),
    Case("hi, what's 12.5% of 80? cheers", "en", _exact(Fraction(125 * 80, 1000))),
    # arithmetic
    Case("whats 7 times 8", "en", sp.Integer(7 * 8)),
    Case("what's three times four plus two", "en", sp.Integer(3 * 4 + 2)),
    Case("hey can u do 144 / 12 for me", "en", sp.Integer(144 // 12)),
    Case("whats the square root of 169??", "en", sp.Integer(13)),
    Case("what is 2 to the power of 10", "en", sp.Integer(2**10)),
    Case("- 45 + 55\n- what is it?", "en", sp.Integer(100)),
    Case("what r the factors of 12", "en", None),  # prime factors or all divisors: the reading is not certain
    # British spellings, odd line breaks
    Case("maths hw: simplify (x^2 - 1)/(x - 1)", "en", x + 1),
    Case("solve x^2 + 2x\n- 8 = 0", "en", _roots(x**2 + 2 * x - 8)),
    Case("what is the\nderivative of x^5", "en", sp.diff(x**5, x)),
    # near-misses that must abstain
    Case("solve 2x + 3", "en", _roots(2 * x + 3)),  # an expression to solve is set to zero, as SymPy and Wolfram do
    Case("whats x", "en", None),  # nothing to solve
    Case("what's twenty percent", "en", None),  # of nothing
    Case("can u solve it pls", "en", None),  # no problem given
    Case("derivative of u^2 + u", "en", 2 * sp.Symbol("u") + 1),  # "u" is the variable here, not "you"
    Case("what is 6 ÷ 2(1+2) lol", "en", None),  # 1 or 9, by which convention
    Case("whats 50 percent off then 20 percent off", "en", None),  # off what price
]


__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)
