"""Equal amounts said with a verb: "Ned scored the same as Ora", "scored as much as", "scored as many points as"
(`Grammar._equal_amount`), a top asked where two may tie ("Who scored the most?", `family.build_world`), and the two
wordings of one measure never read as two scales ("scored more than Ora" beside "scored more points than Pim",
`Grammar._amount_said_two_ways`). Generated over fresh names, scores with ties, clue orders, wordings and questions,
checked against brute force over every assignment of scores."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Quentin", "Rhea", "Sanne", "Wanjiru", "Xiomara", "Yusuf", "Ned", "Ora", "Pim", "Thandiwe"]
VERBS = ["scored", "earned", "won"]  # past forms; the question asks with the base form
BASE = {"scored": "score", "earned": "earn", "won": "win"}


def _clue(a: str, b: str, scores: dict[str, int], verb: str, counted: bool, rnd: random.Random) -> str:
    """One sentence relating a's and b's amounts as they are, bare ("scored more than") or counted ("points")."""
    noun = " points" if counted else ""
    if scores[a] == scores[b]:
        if counted:
            return f"{a} {verb} as many points as {b}."
        return f"{a} {verb} {rnd.choice(['the same as', 'as much as'])} {b}."
    high, low = (a, b) if scores[a] > scores[b] else (b, a)
    if rnd.random() < 0.5:
        return f"{high} {verb} more{noun} than {low}."
    return f"{low} {verb} {'fewer' if counted else 'less'}{noun} than {high}."


def _models(names: list[str], facts: list[tuple[str, str, str]], ties: bool):
    """Every assignment of scores (0..n-1) that keeps the facts; all different where no fact says two are equal
    (a ranking, as puzzles mean one)."""
    for values in itertools.product(range(len(names)), repeat=len(names)):
        if not ties and len(set(values)) < len(values):
            continue
        score = dict(zip(names, values))
        if all((score[a] == score[b]) if op == "==" else (score[a] > score[b]) for a, op, b in facts):
            yield score


def _setup(names: list[str], rnd: random.Random) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    scores = {name: rnd.randrange(3) for name in names}
    order = names[:]
    rnd.shuffle(order)
    facts = []
    for a, b in zip(order, order[1:]):  # a chain over everyone, which way round left to the scores (open or not)
        if rnd.random() < 0.5:
            a, b = b, a
        facts.append((a, "==", b) if scores[a] == scores[b] else
                     (a, ">", b) if scores[a] > scores[b] else (b, ">", a))
    return scores, facts


@given(st.integers(3, 4), st.randoms(use_true_random=False), st.sampled_from(VERBS), st.booleans(),
       st.sampled_from(["compare", "most", "least"]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_equal_amounts_agree_with_brute_force(count, rnd, verb, counted, asked):
    names = rnd.sample(NAMES, count)
    scores, facts = _setup(names, rnd)
    clues = [_clue(a, b, scores, verb, counted, rnd) for a, _, b in facts]
    rnd.shuffle(clues)
    ties = any(op == "==" for _, op, _ in facts)
    models = list(_models(names, facts, ties))
    noun = " points" if counted else ""
    if asked == "compare":
        x, y = rnd.sample(names, 2)
        question = f"Did {x} {BASE[verb]} more{noun} than {y}?"
        said = {score[x] > score[y] for score in models}
        expected = "cannot be determined" if len(said) == 2 else "yes" if said == {True} else "no"
    else:
        most = asked == "most"
        question = f"Who {verb} the {'most' if most else ('fewest' if counted else 'least')}{noun}?"
        tops = set()
        for score in models:
            edge = max(score.values()) if most else min(score.values())
            holders = [name for name in names if score[name] == edge]
            tops.add(holders[0] if len(holders) == 1 else None)
        expected = next(iter(tops)) if len(tops) == 1 and None not in tops else None
    text = " ".join(clues) + " " + question
    verdict = solve(text)
    if expected is None:
        assert not verdict.verified, (text, verdict.answer)
    else:
        assert verdict.verified and verdict.answer == expected, (text, verdict.answer, expected)


@given(st.randoms(use_true_random=False), st.sampled_from(["got", "had", "earned"]),
       st.sampled_from(["score", "number of points", "mark"]), st.booleans())
@settings(max_examples=15, deadline=None, derandomize=True)
def test_a_pair_with_the_same_score_is_never_read_as_each_ones_property(rnd, verb, noun, higher):
    """"Ned and Ora got the same score." was read as a property of each ("got the same score"), leaving the two
    unequal: "Did Ned score more than Pim?" after "Ora scored more than Pim" was a verified "cannot be
    determined". The honest answer is "yes" (or "no" below); read or not, no other answer is given."""
    a, b, c = rnd.sample(NAMES, 3)
    relation = "more" if higher else "less"
    text = f"{a} and {b} {verb} the same {noun}. {b} scored {relation} than {c}. Did {a} score more than {c}?"
    verdict = solve(text)
    assert not verdict.verified or verdict.answer == ("yes" if higher else "no"), (text, verdict.answer)


@given(st.integers(3, 4), st.randoms(use_true_random=False), st.lists(st.booleans(), min_size=4, max_size=4),
       st.booleans())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_one_measure_in_two_wordings_is_never_two_scales(count, rnd, wordings, asked_counted):
    """"Ned scored more than Ora. Ora scored more points than Pim." is one measure in everyday speech; read as two
    scales it gave "Did Ned score more points than Pim?" a verified "cannot be determined"."""
    names = rnd.sample(NAMES, count)
    scores = dict(zip(names, rnd.sample(range(count), count)))
    order = sorted(names, key=lambda n: -scores[n])
    facts = [(a, ">", b) for a, b in zip(order, order[1:])]
    clues = [_clue(a, b, scores, "scored", counted, rnd) for (a, _, b), counted in zip(facts, wordings)]
    rnd.shuffle(clues)
    x, y = rnd.sample(names, 2)
    question = f"Did {x} score more{' points' if asked_counted else ''} than {y}?"
    verdict = solve(" ".join(clues) + " " + question)
    assert not verdict.verified or verdict.answer == ("yes" if scores[x] > scores[y] else "no"), (clues, question,
                                                                                                  verdict.answer)
