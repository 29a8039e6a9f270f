"""Questions with answer options ("Which of the following must / could / cannot be true? (A) ... (B) ...") and
"True or false: S", on generated orderings with fresh names, checked against brute force over every order."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.choices import read_choices, true_or_false
from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
QUESTIONS = {"must": ["Which of the following must be true?", "Which one must be true?",
                      "Which statement is necessarily true?"],
             "could": ["Which of these could be true?", "Which of the following might be true?"],
             "cannot": ["Which of the following cannot be true?", "Which of these must be false?",
                        "Which option is impossible?"]}
LABELS = [lambda k: f"({'ABCDE'[k]})", lambda k: f"{'ABCDE'[k]})", lambda k: f"{'abcde'[k]}.", lambda k: f"({k + 1})"]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["must", "could", "cannot"]), st.integers(0, 3), st.booleans())
def test_options_are_decided_one_by_one_against_brute_force(seed, mode, label_style, one_line):
    rng = random.Random(seed)
    people = _names(rng, 4)
    facts = rng.sample([(a, b) for a, b in itertools.permutations(range(4), 2)], rng.randint(2, 3))
    orders = [p for p in itertools.permutations(range(4)) if all(p[a] > p[b] for a, b in facts)]  # p[x]: height
    if not orders:
        return
    options = rng.sample([(a, b) for a, b in itertools.permutations(range(4), 2)], 3)
    qualifies = [{"must": all(p[a] > p[b] for p in orders), "could": any(p[a] > p[b] for p in orders),
                  "cannot": not any(p[a] > p[b] for p in orders)}[mode] for a, b in options]
    text = " ".join(f"{people[a]} is taller than {people[b]}." for a, b in facts)
    text += " " + rng.choice(QUESTIONS[mode])
    joiner = " " if one_line else "\n"
    text += joiner + joiner.join(f"{LABELS[label_style](k)} {people[a]} is taller than {people[b]}"
                                 for k, (a, b) in enumerate(options))
    verdict = solve(text)
    if sum(qualifies) == 1:
        k = qualifies.index(True)
        assert verdict.status == "verified", (text, verdict.reason)
        a, b = options[k]
        assert verdict.answer.endswith(f"{people[a]} is taller than {people[b]}"), (text, verdict.answer)
    else:
        assert verdict.status == "abstained", (text, verdict.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 4))
def test_true_or_false_against_brute_force(seed, form):
    rng = random.Random(seed)
    people = _names(rng, 3)
    facts = [(0, 1), (1, 2)] if rng.random() < 0.5 else [(0, 1)]
    orders = [p for p in itertools.permutations(range(3)) if all(p[a] > p[b] for a, b in facts)]
    a, b = rng.sample(range(3), 2)
    values = {p[a] > p[b] for p in orders}
    expected = "true" if values == {True} else "false" if values == {False} else "cannot be determined"
    text = " ".join(f"{people[x]} is older than {people[y]}." for x, y in facts)
    claim = f"{people[a]} is older than {people[b]}"
    text += [f" True or false: {claim}.", f" {claim}. True or false?", f" {claim} - true or false?",
             f" Is the following statement true or false? {claim}.",
             f"\nBased on the above information, is the following statement true or false? {claim}."][form]
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_options_need_a_question_that_says_what_they_must_be():
    assert read_choices("Ann is tall. Which is taller? (A) Ann (B) Bo") is None
    assert read_choices("Ann is tall. Which of the following must be true? (A) Ann is tall.") is None  # one option
    assert true_or_false("Ann is tall. Is Bo tall?") is None


def test_an_option_that_is_not_understood_makes_the_question_abstain():
    verdict = solve("Ann is taller than Bo. Which must be true? (A) Ann is taller than Bo. (B) Bo is a flurbish.")
    assert verdict.status == "abstained"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["Could", "Can", "Might"]))
def test_could_x_be_asks_whether_it_is_possible(seed, modal):
    rng = random.Random(seed)
    people = _names(rng, 3)
    facts = [(0, 1), (1, 2)] if rng.random() < 0.5 else [(0, 1)]
    orders = [p for p in itertools.permutations(range(3)) if all(p[a] > p[b] for a, b in facts)]
    a, b = rng.sample(range(3), 2)
    expected = "yes" if any(p[a] > p[b] for p in orders) else "no"
    text = " ".join(f"{people[x]} is faster than {people[y]}." for x, y in facts)
    verdict = solve(f"{text} {modal} {people[a]} be faster than {people[b]}?")
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["If", "Given that", "Suppose", "Assuming"]))
def test_statements_inside_the_question_are_granted(seed, opener):
    rng = random.Random(seed)
    people = _names(rng, 3)
    order = rng.sample(range(3), 3)  # order[0] oldest
    facts = f"{people[order[0]]} is older than {people[order[1]]} and {people[order[1]]} is older than " \
            f"{people[order[2]]}"
    verdict = solve(f"{opener} {facts}, who is the youngest?")
    assert verdict.status == "verified" and verdict.answer == people[order[2]], verdict.reason


@pytest.mark.parametrize("text, answer", [
    ("All men are mortal. Socrates is a man. What can we conclude?", "Socrates is mortal"),
    ("All poets dream. Ilse is a poet. What can we conclude about Ilse?", "Ilse dreams"),
    ("Ravi is taller than Lena. Lena is taller than Omar. What follows?", "Ravi is taller than Omar"),
    ("Knights always tell the truth and knaves always lie. Ula says: 'Pim is a knave.' Pim says: 'We are both "
     "knaves.' What can we conclude?", "Ula is a knight; Pim is a knave"),
    ("Ravi is tall. What can we conclude?", "nothing beyond the statements"),
])
def test_what_can_we_conclude_lists_what_the_statements_force(text, answer):
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == answer, (verdict.answer, verdict.reason)


@pytest.mark.parametrize("text, answer", [
    ("There are two people, Oda and Pell. Each is a knight, who always tells the truth, or a knave, who always lies. "
     "Oda says: 'We are both knaves.' What is Pell?", "knight"),
    ("Logic puzzle: Oda says 'Pell is a knave.' Pell says 'Oda and I are both knights.' Knights always tell the truth "
     "and knaves always lie. What is Oda?", "knight"),
    ("Riddle #2: All wombats dig. Tiko is a wombat. Does Tiko dig?", "yes"),
])
def test_glossed_kinds_single_quotes_and_headings(text, answer):
    verdict = solve(text)
    assert verdict.status == "verified" and answer in str(verdict.answer).lower(), (verdict.answer, verdict.reason)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_the_benchmarks_statement_question_over_everyday_rules_is_read_by_the_grammar(seed, follows):
    # "If something is big then it is red" alone made the ProntoQA and ProofWriter readers claim the text (their
    # question), and both abstained on facts about "the cat"; the grammar now takes the question when no
    # benchmark shape (every / each, "true, false, or unknown") claims it
    import agentlib

    rng = random.Random(seed)
    thing, first, second = rng.choice(["cat", "dog", "box"]), *rng.sample(["big", "red", "soft", "cold", "round"], 2)
    fact = f"The {thing} is {first}." if follows else f"The {thing} is not {first}."
    text = (f"{fact} If something is {first} then it is {second}. Is the following statement true or false? "
            f"The {thing} is {first}.")
    verdict = agentlib.solve(text)
    assert verdict.family == "english" and verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == ("true" if follows else "false"), (text, verdict.answer)
