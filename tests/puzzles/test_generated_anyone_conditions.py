""""If anyone breaks the vase, Mom will be angry": "anyone" inside a condition is "someone" (if one person does),
not "everyone" (if all do). Regression: it was read as "if everyone breaks the vase", so "Tom broke the vase. Will
Mom be angry?" came back verified "cannot be determined" (a wrong answer). Names, wordings and facts are fresh;
every verified answer must be the brute-force one, and a forced answer must be given."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Odalys", "Tomasz", "Ngozi", "Piet"]
WHO = ["anyone", "anybody", "someone", "somebody"]
RULES = [  # (condition after the indefinite, its fact forms, consequence, its fact forms, its question)
    ("breaks the vase", ("{x} broke the vase.", "{x} didn't break the vase."), "Mom will be angry",
     ("Mom is angry.", "Mom isn't angry."), ("Did {x} break the vase?", "Will Mom be angry?")),
    ("is late", ("{x} is late.", "{x} is not late."), "the teacher gets mad",
     ("The teacher gets mad.", "The teacher doesn't get mad."), ("Is {x} late?", "Does the teacher get mad?")),
    ("touches the cake", ("{x} touched the cake.", "{x} did not touch the cake."), "the dog barks",
     ("The dog barks.", "The dog does not bark."), ("Did {x} touch the cake?", "Does the dog bark?")),
]
OPENERS = ["If {w} {c}, {q}.", "If {w} {c}, then {q}."]


@st.composite
def cases(draw):
    condition, condition_facts, consequence, consequence_facts, questions = draw(st.sampled_from(RULES))
    rule = draw(st.sampled_from(OPENERS)).format(w=draw(st.sampled_from(WHO)), c=condition, q=consequence)
    x = draw(st.sampled_from(NAMES))
    fact_on = draw(st.sampled_from(["condition", "consequence"]))
    truth = draw(st.booleans())
    facts = condition_facts if fact_on == "condition" else consequence_facts
    fact = facts[0 if truth else 1].format(x=x)
    asked = draw(st.sampled_from(["condition", "consequence"]))
    question = questions[0 if asked == "condition" else 1].format(x=x)
    return rule[0].upper() + rule[1:], fact, question, fact_on, truth, asked


def _expected(fact_on: str, truth: bool, asked: str) -> str:
    """Only the named person's deed and the consequence matter: nobody else is said to do anything."""
    answers = set()
    for c, q in itertools.product([False, True], repeat=2):
        if c and not q:
            continue  # the rule, for the named person
        if (c if fact_on == "condition" else q) != truth:
            continue
        answers.add(c if asked == "condition" else q)
    return "cannot be determined" if len(answers) == 2 else "yes" if answers.pop() else "no"


@given(cases())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_an_indefinite_in_a_condition_is_one_person_not_everyone(case):
    rule, fact, question, fact_on, truth, asked = case
    verdict = solve(f"{rule} {fact} {question}")
    expected = _expected(fact_on, truth, asked)
    if verdict.status == "verified":
        assert verdict.answer == expected, (rule, fact, question)
    assert expected == "cannot be determined" or verdict.status == "verified", (rule, fact, question, verdict.reason)


def test_everyone_in_a_condition_stays_everyone():
    verdict = solve("If everyone is late, the teacher gets mad. Ann is late. Does the teacher get mad?")
    assert verdict.status == "verified" and verdict.answer == "cannot be determined"


# "anyone" under a negation or in a yes/no question asks whether there is one: "Ann doesn't trust anyone" is "Ann
# trusts no one" (read as "not everyone" it answered a verified "cannot be determined" to "Does Ann trust Bob?"), and
# "Is anyone home?" after "Ann is home." is "yes" (it was read "Is everyone home?").

VERBS = [("trust", "trusts", "trusted"), ("see", "sees", "saw"), ("like", "likes", "liked")]
NEGATIONS = ["doesn't {base}", "does not {base}", "didn't {base}", "never {past}"]


@given(st.sampled_from(NAMES), st.sampled_from(["Bram", "Ines", "Yusra"]), st.sampled_from(VERBS),
       st.sampled_from(NEGATIONS), st.sampled_from(["anyone", "anybody"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_anyone_under_a_negation_is_no_one(subject, other, verb, negation, word):
    base, _, past = verb
    denial = negation.format(base=base, past=past)
    tense = "Did" if negation.startswith(("didn't", "never")) else "Does"
    verdict = solve(f"{subject} {denial} {word}. {tense} {subject} {base} {other}?")
    assert verdict.status == "verified" and verdict.answer == "no", (denial, verdict.reason)


@given(st.sampled_from(NAMES), st.sampled_from(["home", "late", "awake"]), st.sampled_from(["anyone", "anybody"]),
       st.sampled_from(["is", "is not", "nobody"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_is_anyone_asks_whether_there_is_one(name, state, word, fact):
    text = f"Nobody is {state}." if fact == "nobody" else f"{name} {fact} {state}."
    verdict = solve(f"{text} Is {word} {state}?")
    expected = {"is": "yes", "nobody": "no", "is not": "cannot be determined"}[fact]
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_anyone_in_a_plain_statement_is_each_one():
    verdict = solve("Anyone can join the club. Can Bram join the club?")
    assert verdict.status == "verified" and verdict.answer == "yes"
