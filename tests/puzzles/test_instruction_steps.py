"""A textbook's steps ("Read the sentences. Then answer the question.") abstained: "Then" before the imperative hid
it from `instructions.py`. Properties: an imperative after "then" / "now" / "please" / "first" is an instruction like
the bare one, and a statement after those words is none."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.instructions import is_instruction

NAMES = ["Maria", "Tom", "Lisa", "Omar"]
STEPS = ["Then answer the question.", "Now answer the questions.", "Please read carefully.", "First read the text.",
         "Then circle yes or no."]


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.lists(st.sampled_from(STEPS), min_size=1, max_size=2))
@settings(max_examples=16, deadline=None, derandomize=True)
def test_steps_before_a_puzzle_change_nothing(cast, steps):
    a, b, c = cast
    verdict = solve(f"Exercise 4. {' '.join(steps)} {a} is older than {b}. {b} is older than {c}. Who is the youngest?")
    assert (verdict.status, verdict.answer) == ("verified", c), verdict.reason


def test_a_statement_after_a_step_word_is_no_instruction():
    for sentence in ["Then Ann sits next to Bo.", "First, Mark sits at the end.", "Now list them by age.",
                     "Then find the liar."]:
        assert not is_instruction(sentence), sentence
