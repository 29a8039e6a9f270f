"""A bare verb beside the same verb with its complement ("Liz will go to the party if and only if Max goes. Max will
go to the party only if Ned goes. Ned won't go. Will Liz go to the party?") came out "cannot be determined": "goes"
and "go to the party" were read as two properties, where a reader who hears one answers "no". Where reading the
bare verb as its one complemented form changes the answer, the puzzle now abstains; any verified answer is the one
that reading gives, worked out over every truth assignment."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Liz", "Max", "Ned", "Ola", "Pim"]
VERBS = [("go to the party", "goes", "go", "won't go"), ("come to the game", "comes", "come", "won't come"),
         ("swim in the lake", "swims", "swim", "won't swim")]
LINKS = {"if": lambda a, b: a or not b, "only if": lambda a, b: b or not a, "if and only if": lambda a, b: a == b}


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(VERBS), st.sampled_from(sorted(LINKS)),
       st.sampled_from(sorted(LINKS)), st.booleans())
@settings(max_examples=16, deadline=None, derandomize=True)
def test_a_bare_verb_never_splits_one_proposition(cast, verb, first, second, does):
    a, b, c = cast
    full, third, base, denied = verb
    text = (f"{a} will {full} {first} {b} {third}. {b} will {full} {second} {c} {third}. "
            f"{c} {third if does else denied}. Will {a} {full}?")
    worlds = [w for w in product([True, False], repeat=3)
              if LINKS[first](w[0], w[1]) and LINKS[second](w[1], w[2]) and w[2] == does]
    answers = {w[0] for w in worlds}
    expected = ("yes" if answers.pop() else "no") if len(answers) == 1 else "cannot be determined"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer, verdict.reason)
