"""Generated truth-teller puzzles opened by "A, B and C each make a statement, and exactly one of them is telling the
truth.", checked by brute force over who tells the truth.

Such an opening names speakers and how many are truthful; it is no grid (regression: batch K's reading took "each
make a statement" for a grid declaration and abstained on list sizes). Every verified answer must be the brute-force
one, and where the claims force one truth-teller a verified answer is required.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ilse", "Joss", "Kemal", "Lior"]


def _claim(draw, speaker: str, people: list[str]):
    others = [p for p in people if p != speaker]
    kind = draw(st.sampled_from(["lying", "truthful", "both_lying"]))
    if kind == "lying":
        other = draw(st.sampled_from(others))
        return f"{other} is lying.", lambda t: not t[other]
    if kind == "truthful":
        other = draw(st.sampled_from(others))
        return f"{other} is telling the truth.", lambda t: t[other]
    first, second = others[:2]
    return f"{first} and {second} are both lying.", lambda t: not t[first] and not t[second]


@st.composite
def puzzles(draw):
    people = draw(st.permutations(NAMES))[:draw(st.sampled_from([3, 4]))]
    claims = {p: _claim(draw, p, people) for p in people}
    opening = draw(st.sampled_from(["each make a statement, and", "each make a statement.", "each made a claim, and"]))
    return people, claims, opening


@settings(max_examples=30, deadline=None)
@given(puzzles())
def test_statement_makers_with_one_truth_teller_agree_with_brute_force(case):
    people, claims, opening = case
    listing = ", ".join(people[:-1]) + f" and {people[-1]}"
    lead = f"{listing} {opening}"
    count = "Exactly one of them is telling the truth." if lead.endswith(".") else \
        "exactly one of them is telling the truth."
    speeches = " ".join(f"{p} says '{claims[p][0]}'" for p in people)
    text = f"{lead} {count} {speeches} Who is telling the truth?"
    found = set()
    for mask in range(2 ** len(people)):
        truth = {p: bool(mask >> k & 1) for k, p in enumerate(people)}
        if sum(truth.values()) == 1 and all(claims[p][1](truth) == truth[p] for p in people):
            found.add(next(p for p in people if truth[p]))
    verdict = solve(text)
    if len(found) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(found)), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)
