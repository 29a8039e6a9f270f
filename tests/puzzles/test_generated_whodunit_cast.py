"""Generated whodunits with the suspects named apart from the deed (`whodunit_cast.py`), checked by brute force.

The deed and its suspects come as "Someone <deed>. The suspects are A, B and C.", "... A, B and C were the only ones
home.", "One of four kids <deed>.", "One of four people, A, B, C and D, <deed>.", "<The thing> went missing. ...
Who <deed>?" or a heading "Three suspects: A, B and C." before "Who did it?" or "Who <deed>?" (the heading was
read as no claim, so the culprit was left open); the suspects speak of the deed with "X did it", "It wasn't me", "I didn't <verb> it", "X <verb-ed>
it" or "X is lying", and a count of liars or truth-tellers closes the puzzle. Every verified culprit must be the
brute-force one, and a puzzle whose statements force one culprit must be answered.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.whodunit_cast import gather_suspects

NAMES = ["Oona", "Pavel", "Rhea", "Soren", "Tilde"]
DEEDS = [("took", "take", "the", "cake"), ("broke", "break", "the", "lamp"), ("ate", "eat", "the", "pie")]
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four"}


def _claim(draw, speaker: str, people: list[str], verbs: tuple[str, str]):
    """A claim `speaker` makes and its truth for a culprit (claims about another's lying are read last)."""
    past, base = verbs
    other = draw(st.sampled_from([p for p in people if p != speaker]))
    kind = draw(st.sampled_from(["did_it", "not_me", "didnt", "verb_it", "lying"]))
    if kind == "did_it":
        return f'"{other} did it."', lambda culprit, truth: culprit == other
    if kind == "not_me":
        return '"It wasn\'t me."', lambda culprit, truth: culprit != speaker
    if kind == "didnt":
        return f'"I didn\'t {base} it."', lambda culprit, truth: culprit != speaker
    if kind == "verb_it":
        return f'"{other} {past} it."', lambda culprit, truth: culprit == other
    return f'"{other} is lying."', lambda culprit, truth: not truth[other]


@st.composite
def whodunits(draw):
    size = draw(st.sampled_from([3, 4]))
    people = draw(st.permutations(NAMES))[:size]
    past, base, article, thing = draw(st.sampled_from(DEEDS))
    claims = {p: _claim(draw, p, people, (past, base)) for p in people}
    listing = ", ".join(people[:-1]) + f" and {people[-1]}"
    setting = draw(st.sampled_from(["suspects", "only_home", "counted", "gone", "apposed", "heading"]))
    if setting == "suspects":
        opening = f"Someone {past} {article} {thing}. The suspects are {listing}."
    elif setting == "only_home":
        opening = f"Someone {past} {article} {thing}. {listing} were the only ones home."
    elif setting == "counted":
        opening = f"One of {NUMBER[size]} kids {past} {article} {thing}."  # the kids are the speakers
    elif setting == "apposed":  # "One of four people, A, B, C and D, broke the lamp." (`counted_apposition.py`)
        noun = draw(st.sampled_from(["people", "kids", "coworkers", "friends"]))
        article_count = draw(st.sampled_from(["", "the "]))
        opening = f"One of {article_count}{NUMBER[size]} {noun}, {listing}, {past} {article} {thing}."
    elif setting == "heading":  # "Three suspects: A, B and C." and "Who did it?" (the deed the speakers name)
        opening = draw(st.sampled_from([f"{NUMBER[size].capitalize()} suspects: {listing}.", f"Suspects: {listing}.",
                                        f"The suspects: {listing}."]))
    else:
        opening = f"The {thing} went missing. {listing} were the only ones home."
    truthful = draw(st.integers(1, size - 1))
    count = draw(st.sampled_from(["lying", "truth"]))
    closing = ("Only one of them is lying." if truthful == size - 1 and count == "lying" else
               f"Exactly {NUMBER[truthful]} of them {'are' if truthful > 1 else 'is'} telling the truth.")
    speeches = " ".join(f"{p} says {claims[p][0]}" for p in people)
    # "Who did it?" names no verb: asked so only where the speakers name none either ("I didn't take it" beside it
    # is a deed the text never ties to "did it", and abstains)
    verbless = not any(past in claim or f" {base} " in claim for claim, _ in claims.values())
    asked = "Who did it?" if setting == "heading" and verbless and draw(st.booleans()) else f"Who {past} the {thing}?"
    text = f"{opening} {speeches} {closing} {asked}"
    return people, claims, truthful, text


def _culprits(people, claims, truthful):
    """Every culprit with a consistent assignment of truth-tellers (a speaker is truthful iff the claim holds)."""
    found = set()
    for culprit in people:
        for mask in range(2 ** len(people)):
            truth = {p: bool(mask >> k & 1) for k, p in enumerate(people)}
            if sum(truth.values()) == truthful and all(claims[p][1](culprit, truth) == truth[p] for p in people):
                found.add(culprit)
    return found


@settings(max_examples=60, deadline=None)
@given(whodunits())
def test_a_whodunit_with_its_suspects_apart_agrees_with_brute_force(case):
    people, claims, truthful, text = case
    culprits = _culprits(people, claims, truthful)
    verdict = solve(text)
    if len(culprits) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(culprits)), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


def test_suspects_not_named_as_a_closed_set_stay_as_written():
    text = "Someone took the cake. Ann and Bo were home. Ann says 'Bo did it.' Who took the cake?"
    assert gather_suspects(text) == text


def test_two_deeds_leave_the_text_as_written():
    text = "Someone took the cake. Someone broke the lamp. The suspects are Ann, Bo and Cy. Who took the cake?"
    assert gather_suspects(text) == text


def test_a_long_list_of_names_is_scanned_in_linear_time():
    """Regression: a names pattern tried from every position took seconds on 10,000 listed names."""
    import time

    started = time.perf_counter()
    gather_suspects("Ann, Bo, " * 5000 + "and Cy")
    assert time.perf_counter() - started < 1.0
