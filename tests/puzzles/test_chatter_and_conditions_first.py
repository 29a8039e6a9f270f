"""People wrap puzzles in chatter ("Help!", "Here's a riddle my kid brought home:", "Can you help me?", "Thanks!")
and put the facts into the question's condition ("If all dogs bark and Rex is a dog, does Rex bark?"). Both
abstained before: the chatter was a sentence the grammar does not know (or the last question), and a condition
before a question was read as "is it true that if ..., ...". Properties over fresh puzzles: the wrapped text gets
the verdict of the bare one, and "If A and B, Q?" gets the verdict of "A. B. Q?"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Oskar", "Priya", "Quentin", "Rania"]
LEADS = ["Help!", "Hi!", "Hello everyone.", "I'm stuck on this one.", "Here's a puzzle my kid brought home:",
         "My teacher gave us this one:", "Riddle:", "Quick question:", "Quick question."]
TAILS = ["Thanks!", "Can you help me?", "Any ideas?", "Please explain your reasoning.", "Thanks in advance.",
         "Thanks for helping!", "Thank you so much."]


@st.composite
def puzzles(draw):
    a, b, c = draw(st.permutations(NAMES).map(lambda p: p[:3]))
    kind = draw(st.sampled_from(["order", "rule"]))
    if kind == "order":
        facts = [f"{a} is older than {b}.", f"{b} is older than {c}."]
        question = draw(st.sampled_from(["Who is the youngest?", f"Is {c} older than {a}?", "Who is the oldest?"]))
    else:
        facts = ["Everyone who plays chess is patient.", f"{a} plays chess."]
        question = draw(st.sampled_from([f"Is {a} patient?", f"Is {b} patient?"]))
    return facts, question


@given(puzzles(), st.sampled_from(LEADS), st.sampled_from(TAILS))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_chatter_around_a_puzzle_changes_nothing(puzzle, lead, tail):
    facts, question = puzzle
    bare = solve(" ".join([*facts, question]))
    wrapped = solve(" ".join([lead, *facts, question, tail]))
    assert (wrapped.status, wrapped.answer) == (bare.status, bare.answer)
    assert bare.status == "verified"


@given(puzzles(), st.sampled_from(["If {f}, {q}", "So if {f}, {q}", "Quick question: if {f}, {q}",
                                   "Assuming that {f}, {q}"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_facts_in_the_condition_of_the_question_are_facts(puzzle, shape):
    facts, question = puzzle
    bare = solve(" ".join([*facts, question]))
    joined = " and ".join(f[0].lower() + f[1:] if not f.split()[0] in NAMES else f for f in
                          (fact.rstrip(".") for fact in facts))
    asked = question[0].lower() + question[1:]
    verdict = solve(shape.format(f=joined, q=asked))
    assert (verdict.status, verdict.answer) == (bare.status, bare.answer), (shape, joined, asked, verdict.reason)
