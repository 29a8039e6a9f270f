"""Generated great-grandparent chains: three parent links in varied wordings, with the answer known by construction.

A chain p0 -> p1 -> p2 -> p3 (each the parent of the next) makes p0 the great-grandparent of p3; the word is gendered
only when p0's (or p3's) sex is said by the wording ("mother", "son"). With one link left out the relation is never
verified (the link may be someone unnamed).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ilse", "Marek", "Tova", "Quill", "Ysolde", "Brann", "Cosmo"]


def _link(draw, parent: str, child: str, parent_male: bool, child_male: bool) -> str:
    parent_word = "father" if parent_male else "mother"
    child_word = "son" if child_male else "daughter"
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{parent} is {child}'s {parent_word}."
    if form == 1:
        return f"{child}'s {parent_word} is {parent}."
    return f"{child} is {parent}'s {child_word}."


@st.composite
def chains(draw):
    people = draw(st.permutations(NAMES))[:4]
    males = [draw(st.booleans()) for _ in people]
    links = [_link(draw, people[k], people[k + 1], males[k], males[k + 1]) for k in range(3)]
    order = draw(st.permutations(range(3)))
    dropped = draw(st.sampled_from([None, None, 0, 1, 2]))
    text = " ".join(links[k] for k in order if k != dropped)
    return people, males, text, dropped


@settings(max_examples=8, deadline=None)
@given(chains())
def test_a_chain_of_three_parents_is_a_great_grandparent(case):
    people, males, text, dropped = case
    top, bottom = people[0], people[3]
    verdict = solve(f"{text} What is {top} to {bottom}?")
    if dropped is not None:
        assert verdict.status != "verified" or "great" not in str(verdict.answer), (text, verdict.answer)
        return
    # the top's sex is said by the first link's word (father / mother) unless that link is worded by the child's
    # word ("X is Y's son"), which says nothing of the parent
    expected = {"great-grandfather", "great-grandmother", "great-grandparent"}
    assert verdict.status == "verified" and verdict.answer in expected, (text, verdict.reason)
    if verdict.answer != "great-grandparent":
        assert verdict.answer == ("great-grandfather" if males[0] else "great-grandmother"), text
    asked = solve(f"{text} Who is {bottom}'s great-grand{'father' if males[0] else 'mother'}?")
    assert asked.status != "verified" or asked.answer == top, (text, asked.answer)


@st.composite
def in_laws(draw):
    spouse_a, spouse_b, sibling, stranger = draw(st.permutations(NAMES))[:4]
    sibling_male = draw(st.booleans())
    sib_word = "brother" if sibling_male else "sister"
    marriage = draw(st.sampled_from([f"{spouse_a} is married to {spouse_b}.", f"{spouse_b} is married to {spouse_a}.",
                                     f"{spouse_a} and {spouse_b} are married."]))
    linked = draw(st.booleans())
    of = spouse_b if linked else stranger
    kin = draw(st.sampled_from([f"{of}'s {sib_word} is {sibling}.", f"{sibling} is {of}'s {sib_word}."]))
    return spouse_a, sibling, sib_word, marriage, kin, linked


@settings(max_examples=8, deadline=None)
@given(in_laws())
def test_a_spouses_sibling_is_a_sibling_in_law(case):
    """ "Lara is married to Milo. Milo's brother is Nico." -> Nico is Lara's brother-in-law; a sibling of someone
    outside the marriage is never verified as one."""
    spouse_a, sibling, sib_word, marriage, kin, linked = case
    verdict = solve(f"{marriage} {kin} What is {sibling} to {spouse_a}?")
    if linked:
        assert verdict.status == "verified" and verdict.answer == f"{sib_word}-in-law", (marriage, kin, verdict.reason)
    else:
        assert verdict.status != "verified" or "in-law" not in str(verdict.answer), (marriage, kin, verdict.answer)
