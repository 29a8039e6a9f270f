"""Generated "nobody who is A does B" rules, checked by brute force over A and B for one person, and the same rules
over truth-teller words ("honest" / "lies"), where the reading merges the two words into one property and its
negation. Regression: "Nobody who is honest lies. Tim doesn't lie. Is Tim honest?" answered "yes" (the rule, read as
"nobody truthful is untruthful", said nothing, and "doesn't lie" settled "honest"); its honest outcome is an
abstention or "cannot be determined", never "yes".
"""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Tim", "Ola", "Rafe", "Suki", "Bram", "Nell"]
QUANTIFIERS = ["Nobody who is {a} {b}.", "No one who is {a} {b}.", "No person who is {a} {b}."]
PLAIN = [("kind", "shouts", "shout"), ("calm", "panics", "panic"), ("brave", "hides", "hide"),
         ("patient", "complains", "complain")]
TRUTH = [("honest", "lies", "lie"), ("truthful", "lies", "lie")]


def brute_force(known: str, asked: str) -> str:
    """The answer over every (A, B) for the person: the rule rules out A and B together; `known` is the stated
    fact ("a": is A, "not b": does not B), `asked` the letter asked about."""
    answers = set()
    for a, b in product([False, True], repeat=2):
        world = {"a": a, "b": b}
        if (a and b) or world[known[-1]] == known.startswith("not "):
            continue
        answers.add(world[asked])
    return "cannot be determined" if len(answers) == 2 else ("yes" if answers.pop() else "no")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PLAIN), st.sampled_from(QUANTIFIERS), st.sampled_from(NAMES), st.booleans())
def test_a_plain_rule_answers_as_brute_force(words, rule, name, told_b):
    a, b, bare = words
    if told_b:  # "X doesn't B. Is X A?": the converse, left open
        text = f"{rule.format(a=a, b=b)} {name} doesn't {bare}. Is {name} {a}?"
        expected = brute_force("not b", "a")
    else:
        text = f"{rule.format(a=a, b=b)} {name} is {a}. Does {name} {bare}?"
        expected = brute_force("a", "b")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(TRUTH), st.sampled_from(QUANTIFIERS), st.sampled_from(NAMES))
def test_a_rule_over_truth_words_never_settles_the_converse(words, rule, name):
    a, b, bare = words
    text = f"{rule.format(a=a, b=b)} {name} doesn't {bare}. Is {name} {a}?"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == brute_force("not b", "a"), text
