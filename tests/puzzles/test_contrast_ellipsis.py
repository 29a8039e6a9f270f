"""A contrast that leaves out its verb phrase: "Ann likes jazz, but Bo doesn't.", "Ann went to the party. Bo didn't.",
"Ann is a doctor. Bo isn't.", "Ann can swim. Bo can't." The second subject is denied the first clause's verb phrase.
Fresh subjects, verb phrases, tenses and forms; the key is the contrast's meaning (the second subject does not, the
first does); before, the short sentence was "not understood". A contrast of another tense, or after a pronoun or the
weather's "it", is never read."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

SUBJECTS = ["Ann", "Bo", "Cleo", "Dev", "the cat", "the new tenant", "Mr Park", "the dog"]
# (sentence said of {s}, the contrast auxiliary, question about {s})
CLAUSES = [
    ("{s} likes jazz", "doesn't", "Does {s} like jazz?"),
    ("{s} plays chess", "does not", "Does {s} play chess?"),
    ("{s} went to the party", "didn't", "Did {s} go to the party?"),
    ("{s} passed the test", "did not", "Did {s} pass the test?"),
    ("{s} is a doctor", "isn't", "Is {s} a doctor?"),
    ("{s} is hungry", "is not", "Is {s} hungry?"),
    ("{s} can swim", "can't", "Can {s} swim?"),
    ("{s} can drive a truck", "cannot", "Can {s} drive a truck?"),
    ("{s} was late", "wasn't", "Was {s} late?"),
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("seed", range(24))
def test_a_contrast_denies_the_verb_phrase_of_the_second_subject(seed):
    rng = random.Random(seed)
    first, second = rng.sample(SUBJECTS, 2)
    clause, aux, question = rng.choice(CLAUSES)
    aux = aux.replace("cannot", "can't")
    said = _cap(clause.format(s=first))
    text = f"{said}, but {second} {aux}." if rng.random() < 0.5 else f"{said}. {_cap(second)} {aux}."
    asked_second = rng.random() < 0.7
    text += " " + _cap(question.format(s=second if asked_second else first))
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "no" if asked_second else "yes"), text


@pytest.mark.parametrize("text", [
    "Ann likes jazz. Bo didn't. Does Bo like jazz?",  # another tense: what Bo didn't do is not said
    "Ann likes her dog. Bo doesn't. Does Bo like her dog?",  # whose dog?
    "It rained, but Ann didn't. Did Ann rain?",
])
def test_a_contrast_that_does_not_fit_is_not_read(text):
    assert solve(text).to_dict()["answer"] not in ("yes", "no")
