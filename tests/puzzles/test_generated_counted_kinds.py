"""How many of each kind, said as "there is/are": "Among Ada, Bo and Cy there is exactly one knight, one knave and
one spy", "There is one knight, one knave and one spy", "There are two knights and one knave among them"; checked
against brute force over every assignment of kinds (a spy's statement may be true or false).

Regression: these sentences were not understood, so the puzzles abstained."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

PEOPLE = ["Ada", "Bo", "Cy"]
RULES = ("A spy sometimes lies and sometimes tells the truth. Knights always tell the truth and knaves always lie. "
         "You meet Ada, Bo and Cy.")


@st.composite
def puzzles(draw):
    counts = draw(st.sampled_from([{"knight": 1, "knave": 1, "spy": 1}, {"knight": 2, "knave": 1},
                                   {"knight": 1, "knave": 2}]))
    words = {"knight": ("knight", "knights"), "knave": ("knave", "knaves"), "spy": ("spy", "spies")}
    number = {1: "one", 2: "two"}
    listed = [f"{'exactly ' if k == 0 and draw(st.booleans()) else ''}{number[n]} {words[kind][n > 1]}"
              for k, (kind, n) in enumerate(counts.items())]
    phrase = ", ".join(listed[:-1]) + " and " + listed[-1]
    verb = "is" if list(counts.values())[0] == 1 else "are"
    sentence = draw(st.sampled_from([f"Among Ada, Bo and Cy there {verb} {phrase}.", f"There {verb} {phrase}.",
                                     f"There {verb} {phrase} among them."]))
    claims, tests = [], []
    for speaker in PEOPLE:
        target = draw(st.sampled_from(PEOPLE))
        kind = draw(st.sampled_from(["knight", "knave"]))
        subject = "I am" if target == speaker else f"{target} is"
        claims.append(f"{speaker} says '{subject} a {kind}.'")
        tests.append((speaker, target, kind))
    return counts, sentence, claims, tests


@given(puzzles())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_counted_kinds_agree_with_brute_force(case):
    counts, sentence, claims, tests = case
    pool = [kind for kind, n in counts.items() for _ in range(n)]
    worlds = set()
    for kinds in set(itertools.permutations(pool)):
        world = dict(zip(PEOPLE, kinds))
        ok = True
        for speaker, target, kind in tests:
            truth = world[target] == kind
            if world[speaker] == "knight" and not truth or world[speaker] == "knave" and truth:
                ok = False
        if ok:
            worlds.add(kinds)
    text = " ".join([RULES, sentence, *claims, "Who is a knave?"])
    verdict = solve(text)
    assert verdict.unparsed == [], (text, verdict.unparsed)
    knaves = {tuple(p for p, k in zip(PEOPLE, w) if k == "knave") for w in worlds}
    if len(knaves) == 1:
        found = knaves.pop()
        expected = found[0] if len(found) == 1 else list(found)
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)
    else:
        assert verdict.status == "abstained", (text, verdict.answer)
