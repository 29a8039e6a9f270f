"""Generated orderings dressed in the layout people type (`typed_layout.py`), checked against brute force.

Clues come as numbered lines ("1. ..."), bullets ("- ...", with or without a full stop), "Clue 2: ..." lines or
plain sentences; an opening remark built of chatter ("ok so my teacher gave us this and I'm stuck."), a topic heading
("Knights and knaves again:" is not about heights, "Logic puzzle #2:" is); the question last, typed with or without
its question mark; "isnt" / "wasnt" typed without the apostrophe. Every verified answer must be the brute-force one,
and where the clues force one answer a verified answer is required (these are the layouts the round reads).
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.typed_layout import tidy_layout

NAMES = ["Perrin", "Odile", "Tamsin", "Nkem", "Radu", "Yusra"]
REMARKS = ["ok so my teacher gave us this and I'm stuck.", "So my teacher gave us this, any ideas?",
           "Hi all, quick question.", "well my kid brought home this one and we're stuck.", "Brain teaser!",
           "Logic puzzle #2:", "hey can u help w my homework."]


def _marked(clues: list[str], style: str) -> str:
    if style == "numbered":
        return "\n".join(f"{k}. {clue}" for k, clue in enumerate(clues, 1))
    if style == "bullets":
        return "\n".join(f"- {clue.rstrip('.')}" for clue in clues)
    if style == "clues":
        return "\n".join(f"Clue {k}: {clue}" for k, clue in enumerate(clues, 1))
    return " ".join(clues)


@st.composite
def orderings(draw):
    size = draw(st.integers(3, 4))
    people = draw(st.permutations(NAMES))[:size]
    truth = dict(zip(people, draw(st.permutations(range(size)))))  # bigger is taller
    clues, tests = [], []
    for a, b in draw(st.lists(st.tuples(st.sampled_from(people), st.sampled_from(people)), min_size=2,
                              max_size=5)):
        if a == b:
            continue
        if truth[a] > truth[b]:
            if draw(st.booleans()):
                clues.append(f"{a} is taller than {b}.")
            else:
                clues.append(f"{b} isnt taller than {a}.")
            tests.append(lambda o, a=a, b=b: o[a] > o[b])
        else:
            clues.append(f"{a} is shorter than {b}.")
            tests.append(lambda o, a=a, b=b: o[a] < o[b])
    style = draw(st.sampled_from(["numbered", "bullets", "clues", "plain"]))
    remark = draw(st.sampled_from(["", *REMARKS]))
    asked = draw(st.sampled_from(["tallest", "shortest"]))
    mark = draw(st.sampled_from(["?", ""]))
    return people, clues, tests, style, remark, asked, mark


@settings(max_examples=40, deadline=None)
@given(orderings())
def test_an_ordering_in_typed_layout_agrees_with_every_order(case):
    people, clues, tests, style, remark, asked, mark = case
    listing = ", ".join(people[:-1]) + f" and {people[-1]}"
    text = f"{remark}\n{listing} are friends.\n{_marked(clues, style)}\nwho is the {asked}{mark}".strip()
    orders = [dict(zip(people, p)) for p in itertools.permutations(range(len(people)))]
    orders = [o for o in orders if all(test(o) for test in tests)]
    pick = max if asked == "tallest" else min
    answers = {pick(people, key=o.__getitem__) for o in orders}
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(answers)), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


def test_text_without_typed_layout_comes_back_as_it_was():
    plain = "Ann is taller than Bob. Bob is 1. Is Ann older than Bob?"
    assert tidy_layout(plain) == plain


def test_a_marker_drops_only_at_the_start_of_a_line():
    typed = "Ann has 2 - 1 apples.\n- Bob sits left of Ann"
    assert tidy_layout(typed) == "Ann has 2 - 1 apples.\nBob sits left of Ann."


def test_a_last_statement_without_punctuation_is_not_made_a_question():
    assert tidy_layout("Who is older? Ann is older than Bob") == "Who is older? Ann is older than Bob"
    assert tidy_layout("Ann is older than Bob. is bob older") == "Ann is older than Bob. is bob older?"


def test_a_remark_with_a_claim_in_one_clause_stays():
    text = "My teacher gave us this and Ann is older than Bob. Who is older?"
    assert tidy_layout(text) == text


def test_numbered_options_after_a_choice_question_stay_options():
    # Regression: the layout pass took "1. ..." lines after "Which of the following must be true?" for clue lines,
    # so the options became premises and the question lost them
    text = ("1. Ann is taller than Bob.\n2. Bob is taller than Cy.\nWhich of the following must be true?\n"
            "1. Cy is taller than Ann\n2. Ann is taller than Cy")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer.startswith("(2)"), (verdict.answer, verdict.reason)
