"""A worksheet's empty answer slot after the question ("Q: ... Who is the tallest?\\nA: ?", "Answer: ___",
"**A:** ...") asks and says nothing. Generated orders with fresh names and slots, keyed by brute force over the
orders; before, "A: ?" was read as a speaker's turn holding one more question (abstaining, or leaving the statements
short of an answer)."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Jen", "Ken", "Len", "Mo", "Nia", "Oz", "Pat", "Quin"]
SCALES = [("taller", "tallest", "shortest"), ("older", "oldest", "youngest")]
SLOTS = ["A: ?", "A:", "A: ___", "Answer: ?", "Ans: ...", "**A:** ?", "A: ??"]


@settings(max_examples=16, deadline=None)
@given(st.permutations(NAMES), st.sampled_from(SCALES), st.sampled_from(SLOTS), st.booleans(), st.booleans())
def test_an_empty_answer_slot_asks_nothing(names, scale, slot, ask_top, labelled):
    a, b, c = names[:3]
    word, top, bottom = scale
    text = (f"{'Q: ' if labelled else ''}{a} is {word} than {b}. {b} is {word} than {c}. Who is the "
            f"{top if ask_top else bottom}?\n{slot}")
    orders = [p for p in permutations((a, b, c)) if p.index(a) < p.index(b) < p.index(c)]
    expected = {p[0] if ask_top else p[-1] for p in orders}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == expected, (text, verdict.reason, verdict.unparsed)


def test_a_filled_answer_slot_stays():
    from agentlib.puzzles.english.typed_layout import without_empty_answer

    for text in ("Ann is older than Bo. Who is older?\nA: Bo", "Who is older?\nA: Ann is older than Bo."):
        assert without_empty_answer(text) == text
