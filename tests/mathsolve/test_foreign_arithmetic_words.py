"""Operator words and rounding instructions in German, French and Spanish, with fresh numbers."""

import pytest

from agentlib import solve_math
from agentlib.mathsolve.rounding import read_rounding


@pytest.mark.parametrize("text, answer", [
    ("Berechne 10 geteilt durch 4", "5/2"),
    ("Rechne 6 mal 7", "42"),
    ("calcule 9 multiplié par 3", "27"),
    ("cuánto es 18 dividido por 4", "9/2"),
    ("Berechne 5 geteilt durch 7 und runde auf drei Nachkommastellen", "0.714"),
    ("1 durch 8 gerundet", None),  # no precision and no operator this reader knows: not answered here
    ("calcule 2 divisé par 3, arrondi à deux décimales", "0.67"),
    ("10 dividido entre 3, redondeado a dos decimales", "3.33"),
])
def test_foreign_operators_and_rounding(text, answer):
    result = solve_math(text)
    if answer is None:
        assert not result.verified
    else:
        assert result.verified and result.answer == answer, (result.answer, result.reason)


def test_a_foreign_rounding_phrase_inside_the_problem_is_not_an_instruction():
    assert isinstance(read_rounding("wenn x auf zwei Nachkommastellen 3,14 ist, was ist x"), str)
