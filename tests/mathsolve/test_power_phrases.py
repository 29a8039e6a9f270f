"""Powers said in words with an ordinal, as people end a question: "What is 2 to the 10th power?" (the "?" stopped
the phrase being read: the word "power" was then taken for a matrix's power task and the request refused), "the 5th
power of 2", "fourth power of 3 plus 1". Fresh bases and exponents, keyed by Python's integer power."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.numwords import ORDINALS

_SPELLED = {value: word for word, value in ORDINALS.items()}


def _ordinal(n: int, spelled: bool) -> str:
    if spelled and n in _SPELLED:
        return _SPELLED[n]
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 12), st.integers(2, 10), st.booleans(), st.integers(0, 3), st.sampled_from(["?", ".", ""]))
def test_an_ordinal_power_in_words_is_the_power(base, exponent, spelled, shape, end):
    ordinal = _ordinal(exponent, spelled)
    text = [f"What is {base} to the {ordinal} power{end}", f"what's {base} to the {ordinal}{end}",
            f"What is the {ordinal} power of {base}{end}", f"{ordinal} power of {base}{end}"][shape]
    result = solve_math(text)
    assert result.status == "verified" and result.answer == str(base ** exponent), (text, result.answer)


def test_power_with_no_exponent_abstains_with_a_reason():
    result = solve_math("power of 2")
    assert result.status == "abstained" and "exponent" in result.reason
