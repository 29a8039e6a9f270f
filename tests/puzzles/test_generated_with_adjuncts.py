"""A "with ..." adjunct on a plain fact ("Ann went to the park with a friend.") does not block the plain question
("Did Ann go to the park?"): the fact without it is entailed. The adjunct is never dropped where that would say
more than the text: under "not", in a condition, or after a copula ("the woman with a hat" names someone).

First sight (before any code change for it): every generated case abstained ("the question asks about 'go to the
park', which no statement mentions"); none was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
COMPANIONS = ["a friend", "her sister", "his dog", "two coworkers", "some classmates"]
# (past fact, question)
EVENTS = [("went to the park", "Did {n} go to the park?"), ("ate lunch", "Did {n} eat lunch?"),
          ("played tennis", "Did {n} play tennis?"), ("walked home", "Did {n} walk home?"),
          ("visited the museum", "Did {n} visit the museum?")]


@given(st.permutations(NAMES), st.sampled_from(COMPANIONS), st.sampled_from(EVENTS), st.booleans())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_the_plain_question_is_answered_from_the_fact_with_its_adjunct(names, companion, event, with_rule):
    name, other = names[0], names[1]
    done, asked = event
    facts = [f"{name} {done} with {companion}."]
    if with_rule:  # the adjunct-free fact then feeds a rule
        facts += [f"{other} is a student."]
    verdict = solve(" ".join(facts) + " " + asked.format(n=name))
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (facts, verdict.reason, verdict.unparsed)


@given(st.permutations(NAMES), st.sampled_from(EVENTS))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_a_rule_fed_by_the_fact_without_its_adjunct(names, event):
    name = names[0]
    done = event[0]
    text = f"{name} {done} with a friend. Everyone who {done} is tired. Is {name} tired?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)


def test_the_adjunct_is_kept_where_dropping_it_says_more():
    for text in ["Anouk did not go to the park with a friend. Did Anouk go to the park?",
                 "If Anouk goes to the park with a friend, Bilal stays home. Anouk goes to the park. "
                 "Does Bilal stay home?",
                 "Anouk is the woman with a hat. Bilal is the woman with a scarf. Is Anouk Bilal?"]:
        verdict = solve(text)
        assert verdict.status != "verified" or verdict.answer != "yes", (text, verdict.answer)


def test_a_question_about_the_adjunct_is_not_answered_from_the_plain_fact():
    verdict = solve("Anouk went to the park. Did Anouk go to the park with a friend?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", verdict.answer
