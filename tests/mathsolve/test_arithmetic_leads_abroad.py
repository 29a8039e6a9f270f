""""Wie viel ist 7 mal 8?", "Vad är 144 delat med 12?", "Hvad er 7 gange 8?", "Hoeveel is 12 keer 4?", "Ile to jest
8 razy 9?": a line of arithmetic led by "how much is" in German, Dutch, Swedish, Danish, Norwegian or Polish, with
that language's operator words (each abstained on its words). Fresh numbers, operators and leads; the answer is the
exact value computed here with fractions."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

# language: (leads, {operator word: operation})
LANGUAGES = {
    "de": (["Wie viel ist", "Wie viel sind", "Was ist", "Wieviel ist"], {"mal": "*", "geteilt durch": "/"}),
    "nl": (["Hoeveel is", "Wat is"], {"keer": "*", "maal": "*", "gedeeld door": "/"}),
    "sv": (["Vad är", "Hur mycket är"], {"gånger": "*", "delat med": "/"}),
    "da": (["Hvad er", "Hvor meget er"], {"gange": "*", "delt med": "/"}),
    "no": (["Hva er", "Hvor mye er"], {"gange": "*", "delt på": "/"}),
    "pl": (["Ile to jest", "Ile jest", "Ile wynosi"], {"razy": "*", "podzielone przez": "/"}),
}


@st.composite
def requests(draw):
    language = draw(st.sampled_from(sorted(LANGUAGES)))
    leads, operators = LANGUAGES[language]
    word = draw(st.sampled_from(sorted(operators)))
    a, b = draw(st.integers(1, 999)), draw(st.integers(1, 99))
    value = Fraction(a) * b if operators[word] == "*" else Fraction(a, b)
    return f"{draw(st.sampled_from(leads))} {a} {word} {b}{draw(st.sampled_from(['?', '', ' ?']))}", value


@given(requests())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_how_much_is_abroad(case):
    text, value = case
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert Fraction(str(result.answer)) == value, (text, result.answer)
