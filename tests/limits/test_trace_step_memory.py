"""The text before each equation of a step is kept to a bounded tail (`agentlib.checking.algebra.spans`).

Regression: every span carried a copy of the whole text before it, memory quadratic in a step's length: a trace of
20,000 one-line sums in one paragraph took the sandbox worker to 2,017 MiB of its 2,048 (100 MiB after).
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.algebra import _BEFORE_KEPT, spans

_PIECES = ["{a} + {b} = {c}", "so {a} * {b} = {c}", "then y = {a}", "and {a} - {b} = {c}", "We get x + {a} = {b}"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(0, 999), st.integers(0, 999)), min_size=1,
                max_size=400), st.sampled_from(["\n", ". ", ", "]), st.booleans())
def test_each_span_keeps_a_bounded_tail_of_the_text_before_it(pieces, separator, delimited):
    lines = [piece.format(a=a, b=b, c=a + b) for piece, a, b in pieces]
    text = separator.join(f"$${line}$$" if delimited else line for line in lines)
    found = spans(text)
    assert found
    for _, before, at in found:
        assert len(before) <= _BEFORE_KEPT + len(" so ")
        cut = before.removesuffix(" so ") if delimited else before
        start = at - (len(before) - len(cut))
        assert text[start - len(cut):start] == cut  # the tail is the text right before the span


def test_a_long_step_keeps_memory_linear_in_its_length():
    text = "\n".join(f"{i} + 1 = {i + 1}" for i in range(20_000))
    found = spans(text)
    assert len(found) == 20_000
    assert sum(len(before) for _, before, _ in found) <= 20_000 * _BEFORE_KEPT
