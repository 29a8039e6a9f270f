"""Things counted and listed after a colon ("Zoe has two pets: a dog and a cat.") give the owner each thing listed,
checked against the list; a thing not listed is never answered from the list alone, and a count that disagrees
with the list is never read.

First sight (before any code change for it): every generated case abstained ("Zoe has two pets: a dog and a cat."
was not understood); none was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
KINDS = {"pets": ["dog", "cat", "rabbit", "parrot", "hamster"], "vehicles": ["bike", "car", "scooter", "van"],
         "instruments": ["piano", "guitar", "violin", "drum"]}
COUNTS = {2: "two", 3: "three", 4: "four"}


@given(st.sampled_from(NAMES), st.sampled_from(sorted(KINDS)), st.data())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_each_listed_thing_is_the_owners(name, noun, data):
    things = data.draw(st.permutations(KINDS[noun]))
    size = data.draw(st.integers(2, min(4, len(things) - 1)))
    listed, unlisted = things[:size], things[size]
    items = [f"an {t}" if t[0] in "aeiou" else f"a {t}" for t in listed]
    count = data.draw(st.sampled_from([COUNTS[size], str(size)]))
    verb, base = data.draw(st.sampled_from([("has", "have"), ("owns", "own")]))
    opening = f"{name} {verb} {count} {noun}: {', '.join(items[:-1])} and {items[-1]}."
    asked = data.draw(st.sampled_from(listed))
    verdict = solve(f"{opening} Does {name} {base} a {asked}?")
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (opening, verdict.reason, verdict.unparsed)
    verdict = solve(f"{opening} Does {name} {base} a {unlisted}?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", (opening, verdict.answer)


def test_a_count_that_disagrees_with_the_list_is_not_read():
    verdict = solve("Anouk has two pets: a dog, a cat and a fish. Does Anouk have a fish?")
    assert verdict.status != "verified", verdict.answer
