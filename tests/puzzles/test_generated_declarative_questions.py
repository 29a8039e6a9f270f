"""Yes/no questions typed in a statement's order ("Kenji has a car?", "Tweety is an animal?", "Mrs. Wang sings?", "So
it is raining or not?") with fresh names, kinds and rules, answered as their inverted form is, checked by brute force
over the two facts each puzzle is about; and the sentences that are no plain question of that kind stay as typed."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.declarative_questions import inverted_question
from agentlib.puzzles.english.family import solve

NAMES = ["Kenji", "Tweety", "Marisol", "Dov", "Ingrid", "Mrs. Okafor", "Dr. Lund"]
KINDS = [("student", "students"), ("pilot", "pilots"), ("farmer", "farmers"), ("dancer", "dancers")]
# (question as a statement, as the rule says it, holds of the kind): a noun, an adjective, a verb, "has"
PROPERTIES = [("{n} is a {p}?", "are {p}s", "is a {p}", "member"), ("{n} is happy?", "are happy", "is happy", ""),
              ("{n} sings?", "sing", "sings", ""), ("{n} has a car?", "have a car", "has a car", "")]
RULES = ["every", "no", "some"]


INVERTED = ["Is {n} a {p}?", "Is {n} happy?", "Does {n} sing?", "Does {n} have a car?"]


def expected(rule: str, member: bool | None) -> str:
    """Brute force over (is one of the kind, has the property) for the named one, keeping the rule and the fact."""
    answers = set()
    for is_kind, has in product([True, False], repeat=2):
        if member is not None and is_kind != member:
            continue
        if rule == "every" and is_kind and not has or rule == "no" and is_kind and has:  # "some" rules out none
            continue
        answers.add(has)
    return "yes" if answers == {True} else "no" if answers == {False} else "cannot be determined"


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(KINDS), st.integers(0, len(PROPERTIES) - 1), st.sampled_from(RULES),
       st.sampled_from([True, False, None]), st.sampled_from(["", "So ", "Right, so "]))
def test_a_question_in_statement_order_is_answered_as_its_inverted_form(name, kind, prop, rule, member, opener):
    single, plural = kind
    asked, ruled, _, _ = PROPERTIES[prop]
    other = "baker" if single != "baker" else "cook"
    rule_sentence = f"{'All' if rule == 'every' else rule.capitalize()} {plural} {ruled.format(p=other)}."
    fact = {True: f"{name} is a {single}. ", False: f"{name} is not a {single}. ", None: ""}[member]
    text = f"{rule_sentence} {fact}{opener}{asked.format(n=name, p=other)}"
    inverted = f"{rule_sentence} {fact}{INVERTED[prop].format(n=name, p=other)}"
    verdict, typed_inverted = solve(text), solve(inverted)
    assert (verdict.status, verdict.answer) == (typed_inverted.status, typed_inverted.answer), text
    if verdict.status == "verified":
        assert verdict.answer == expected(rule, member), text
    assert verdict.status == "verified" or rule == "some" or member is not True, (text, verdict.reason)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES))
def test_what_is_no_plain_question_stays_as_typed(name):
    """Negated, quantified, quoted or already inverted questions, and statements, are left to the grammar."""
    for text in (f"{name} isn't here?", f"All cats are {name}'s?", "Everyone is happy?", f"Is {name} here?",
                 f"Bo says '{name} is a knight?'", f"{name} is here.", "The dogs bark?",
                 f"{name} is older than Bo - true or false?", f"{name} is older than Bo: true?",
                 f"{name} is Bo's what?", f"{name} lives where?"):
        assert inverted_question(text) == text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES))
def test_the_inverted_form_keeps_the_words(name):
    assert inverted_question(f"Ann sang. {name} has a car?") == f"Ann sang. Does {name} have a car?"
    assert inverted_question(f"{name} danced?") == f"Did {name} dance?"
    assert inverted_question(f"{name} is a pilot, or not?") == f"Is {name} a pilot?"
    assert inverted_question("So it is raining or not?") == "Is it raining?"
    assert inverted_question("My sister likes olives?") == "Does my sister like olives?"
