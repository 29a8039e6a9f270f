"""Someone in a knights-and-knaves puzzle who makes no statement ("Bo says nothing.", "Cy stays silent.") stays one of
the cast, of a kind only the others' words can settle; checked against brute force over every assignment of kinds.

First sight (before any code change for it): "Bo says nothing." was not understood (the puzzle abstained) and "Bo
stays silent." was read as an unknown fact that made the puzzle abstain; none was answered wrong."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
SILENCES = ["says nothing", "stays silent", "remains silent", "doesn't say anything", "makes no statement",
            "keeps quiet"]


@st.composite
def puzzles(draw):
    cast = draw(st.permutations(NAMES))[:3]
    silent = draw(st.sampled_from(cast))
    claims = []
    for speaker in (p for p in cast if p != silent):
        others = [p for p in cast if p != speaker]
        shape = draw(st.sampled_from(["one", "both"]))
        kind = draw(st.sampled_from(["knight", "knave"]))
        if shape == "one":
            about = draw(st.sampled_from(others))
            claims.append((speaker, f"{about} is a {kind}.", lambda w, a=about, k=kind: w[a] == (k == "knight")))
        else:
            claims.append((speaker, f"{others[0]} and {others[1]} are both {kind}s.",
                           lambda w, o=tuple(others), k=kind: all(w[p] == (k == "knight") for p in o)))
    spoken = [f"{speaker} says: '{words}'" for speaker, words, _ in claims]
    spoken.insert(draw(st.integers(0, len(spoken))), f"{silent} {draw(st.sampled_from(SILENCES))}.")
    asked = draw(st.sampled_from(cast))
    text = (f"{cast[0]}, {cast[1]} and {cast[2]} are each a knight or a knave. Knights always tell the truth and "
            f"knaves always lie. {' '.join(spoken)} Is {asked} a knight?")
    return text, cast, claims, asked


@given(puzzles())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_silent_person_is_one_of_the_cast_and_says_nothing(case):
    text, cast, claims, asked = case
    worlds = [dict(zip(cast, kinds)) for kinds in product([True, False], repeat=3)]
    worlds = [w for w in worlds if all(w[speaker] == holds(w) for speaker, _, holds in claims)]
    values = {w[asked] for w in worlds}
    verdict = solve(text)
    if not worlds:  # the claims contradict: any honest refusal will do
        assert verdict.status != "verified" or verdict.answer not in ("yes", "no"), (text, verdict.answer)
        return
    expected = "cannot be determined" if len(values) > 1 else ("yes" if values.pop() else "no")
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_silence_named_by_a_rule_is_a_clue_and_is_not_dropped():
    verdict = solve("Anouk, Bilal and Carys are each a knight or a knave. Knights always tell the truth and knaves "
                    "always lie. Knights never stay silent. Anouk says: 'Bilal is a knave.' Bilal stays silent. Is "
                    "Anouk a knight?")
    assert verdict.status != "verified" or verdict.answer == "yes", verdict.answer
