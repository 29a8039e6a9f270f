"""Two ways people say every speaker's kind that were not read: a roster closed by "one of each" ("Jo, Kim and Lu
are a knight, a knave and a normal, one of each.") and "Quin and Rosa are each one or the other." after knights and
knaves are defined. Generated with fresh names and claims, each checked against every assignment of kinds."""

from __future__ import annotations

import random
from itertools import permutations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Jo", "Kim", "Lu", "Quin", "Rosa", "Tam"]
KINDS = ("knight", "knave", "normal")


def _claim(rng: random.Random, speaker: str, cast: list[str], kinds: tuple[str, ...]) -> tuple[str, object]:
    """A claim by `speaker`, as (words, truth in an assignment)."""
    about = rng.choice(cast)
    kind = rng.choice(kinds)
    negated = rng.random() < 0.4
    subject = "I" if about == speaker else about
    verb = ("am" if subject == "I" else "is") + (" not" if negated else "")
    return f"{subject} {verb} the {kind}", lambda k, a=about, v=kind, n=negated: (k[a] == v) != n


def _consistent(k: dict[str, str], says: list[tuple[str, object]]) -> bool:
    return all((k[s] != "knight" or truth(k)) and (k[s] != "knave" or not truth(k)) for s, truth in says)


@settings(max_examples=14, deadline=None, derandomize=True)
@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(["one of each", "one of each kind", "one each"]),
       st.integers(0, 10**9))
def test_a_roster_one_of_each(cast, each, seed):
    rng = random.Random(seed)
    cast = list(cast)
    says = [(s, claim) for s in cast for claim in [_claim(rng, s, cast, KINDS)]]
    worlds = [dict(zip(cast, p)) for p in permutations(KINDS)]
    worlds = [k for k in worlds if _consistent(k, [(s, truth) for s, (_, truth) in says])]
    normals = {next(n for n in cast if k[n] == "normal") for k in worlds}
    text = (f"{cast[0]}, {cast[1]} and {cast[2]} are a knight, a knave and a normal, {each}. The knight always tells "
            "the truth, the knave always lies, and the normal sometimes lies and sometimes tells the truth. " +
            " ".join(f"{s} says, '{words}.'" for s, (words, _) in says) + " Who is the normal?")
    verdict = solve(text)
    if len(normals) == 1:
        assert (verdict.status, verdict.answer) == ("verified", normals.pop()), (text, verdict.reason)
    elif verdict.status == "verified":
        assert verdict.answer not in cast, (text, verdict.answer)


@settings(max_examples=12, deadline=None, derandomize=True)
@given(st.permutations(NAMES).map(lambda p: p[:2]), st.sampled_from(["are each one or the other",
                                                                     "are both either one or the other"]),
       st.integers(0, 10**9))
def test_each_one_or_the_other(pair, said, seed):
    rng = random.Random(seed)
    cast = list(pair)
    words, truth = _claim(rng, cast[0], cast, ("knight", "knave"))
    words = words.replace("the knight", "a knight").replace("the knave", "a knave")
    worlds = [dict(zip(cast, p)) for p in product(("knight", "knave"), repeat=2)]
    worlds = [k for k in worlds if _consistent(k, [(cast[0], truth)])]
    answers = {k[cast[1]] == "knight" for k in worlds}
    text = (f"Knights always tell the truth and knaves always lie. {cast[0]} and {cast[1]} {said}. "
            f"{cast[0]} says, '{words}.' Is {cast[1]} a knight?")
    verdict = solve(text)
    if not worlds:
        assert verdict.status != "verified", text
    elif len(answers) == 1:
        assert (verdict.status, verdict.answer) == ("verified", "yes" if answers.pop() else "no"), (text, verdict.reason)
    else:
        assert (verdict.status, verdict.answer) == ("verified", "cannot be determined"), (text, verdict.reason)
