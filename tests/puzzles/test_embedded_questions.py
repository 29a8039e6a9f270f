"""A question embedded in a request ("can u tell me who's oldest?", "do you know who is the tallest?", "I wonder
which one is the slowest?") is read as the direct question, in the same words. Generated with fresh names, scales,
lead-ins and places (question first or last), keyed by brute force over the orders; before, the lead-in made the
question "not understood". An object question ("can you tell me what pam drinks?") needs its words reordered and
is left as typed."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.embedded_questions import direct_questions
from agentlib.puzzles.english.family import solve

NAMES = ["dee", "eli", "fox", "gwen", "hugo", "iris", "jack", "kira"]
SCALES = [("older", "oldest", "youngest"), ("taller", "tallest", "shortest"), ("faster", "fastest", "slowest")]
LEADS = ["can u tell me", "could you tell me", "do you know", "do u know", "tell me", "i wonder", "pls tell me",
         "hey can someone tell me", "i want to know"]


@settings(max_examples=20, deadline=None)
@given(st.permutations(NAMES), st.sampled_from(SCALES), st.sampled_from(LEADS),
       st.sampled_from(["who is the", "who's the", "who is", "which one is the"]), st.booleans(), st.booleans())
def test_an_embedded_question_asks_what_the_direct_one_asks(names, scale, lead, asking, ask_top, question_first):
    a, b, c = names[:3]
    word, top, bottom = scale
    question = f"{lead} {asking} {top if ask_top else bottom}?"
    facts = f"{a} is {word} than {b}, {b} is {word} than {c}"
    text = f"{question} {facts}" if question_first else f"{facts}. {question}"
    orders = [p for p in permutations((a, b, c)) if p.index(a) < p.index(b) < p.index(c)]
    expected = {(p[0] if ask_top else p[-1]).capitalize() for p in orders}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == expected, (text, verdict.reason, verdict.unparsed)


def test_an_object_question_keeps_its_lead_in():
    for text in ("can you tell me what pam drinks?", "do you know what ann is?", "tell me who chris likes"):
        assert direct_questions(text) == text
