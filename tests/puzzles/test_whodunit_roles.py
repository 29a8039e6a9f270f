"""A whodunit whose deed is a role ("Only one of them is guilty.", "One of Tim, Uma and Val is the thief.") with
suspects who speak of it as "did it" / "It wasn't me", and the question "Who did it?" after any deed. "did it" was an
unrelated property beside "guilty", so the puzzle abstained as ambiguous, and "Who did it?" after "One of them broke
the vase." abstained as a question about nothing stated (`knights_deed.py`). "One of them is guilty." among suspects
who speak of the deed is the one culprit (exactly one).

Fresh names, claims, truth counts and wordings; every culprit is tried here to key the answer."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Tamsin", "Ulric", "Vesna", "Wilbur", "Xanthe"]
DEEDS = [("Only one of them is guilty.", "Who is guilty?"), ("One of them is the thief.", "Who is the thief?"),
         ("One of them broke the vase.", "Who broke the vase?"), ("Exactly one of them is guilty.", "Who did it?"),
         ("One of them took the cake.", "Who did it?"), ("Only one of them is the culprit.", "Which of them did it?"),
         ("One of them is guilty.", "Who did it?"), ("One of them is guilty.", "Who is guilty?")]


def _claim(rng: random.Random, speaker: str, people: list[str]):  # noqa: ANN202 (text and its truth)
    other = rng.choice([p for p in people if p != speaker])
    return rng.choice([
        ("I didn't do it.", lambda culprit: culprit != speaker), ("It wasn't me.", lambda culprit: culprit != speaker),
        (f"{other} did it.", lambda culprit: culprit == other), (f"It was {other}.", lambda culprit: culprit == other),
        (f"{other} didn't do it.", lambda culprit: culprit != other),
    ])


def _puzzle(seed: int) -> tuple[str, str] | None:
    for attempt in range(40):
        rng = random.Random(seed * 100 + attempt)
        people = rng.sample(NAMES, 3)
        claims = {p: _claim(rng, p, people) for p in people}
        honest = rng.choice([1, 2])
        culprits = [c for c in people if sum(claims[p][1](c) for p in people) == honest]
        if len(culprits) == 1:
            deed, question = rng.choice(DEEDS)
            said = " ".join(f"{p} says '{claims[p][0]}'" for p in people)
            count_of = {1: "one", 2: "two"}
            count = count_of[honest]
            truth = rng.choice([f"Only {count} of them is telling the truth." if honest == 1 else
                                f"Exactly {count} of them are telling the truth.",
                                f"Exactly {count_of[3 - honest]} of them {'is' if honest == 2 else 'are'} lying."])
            return f"{', '.join(people[:2])} and {people[2]} are suspects. {deed} {said} {truth} {question}", \
                culprits[0]
    return None


@pytest.mark.parametrize("seed", range(24))
def test_the_culprit_of_a_deed_named_as_a_role_or_asked_as_did_it(seed):
    made = _puzzle(seed)
    if made is None:
        pytest.skip("no drawn puzzle fixed one culprit")
    text, culprit = made
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == culprit, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(16))
def test_the_culprit_asked_by_another_word(seed):
    """"Who is the culprit?", "Is X the culprit?", "Is X guilty?" ask of the deed; "Is Pia the culprit?" was a verified
    "cannot be determined" ("culprit" counted as a role of its own, exactly one, so no wording gap showed)."""
    made = _puzzle(seed)
    if made is None:
        pytest.skip("no drawn puzzle fixed one culprit")
    text, culprit = made
    statements = text[:text.rindex(". ") + 1]
    rng = random.Random(seed)
    named = [n for n in NAMES if n in statements]
    suspect = rng.choice(named)
    question, expected = rng.choice([("Who is the culprit?", culprit), (f"Is {suspect} the culprit?",
                                                                          "yes" if suspect == culprit else "no"),
                                     (f"Is {suspect} guilty?", "yes" if suspect == culprit else "no")])
    verdict = solve(f"{statements} {question}")
    assert verdict.status == "verified" and verdict.answer == expected, (statements, question, verdict.answer,
                                                                         verdict.reason)


@pytest.mark.parametrize("seed", range(6))
def test_a_role_only_the_question_names_is_a_wording_gap(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    role = rng.choice(["winner", "culprit", "captain", "thief"])
    verdict = solve(f"{a} is taller than {b}. Is {a} the {role}?")
    assert verdict.status != "verified", (a, b, role, verdict.answer)
