"""Names and words typed with accents ("José", "Zoë", "Bjørn", "the café"), checked by brute force over every order
of the people: they are read as their plain letters and shown as typed; a fold that would merge two words, or leave
letters of another script, abstains with the words named."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.accented_words import FoldRefused, fold_accents, plain_letters
from agentlib.puzzles.english.family import solve

NAMES = ["José", "Zoë", "Bjørn", "Renée", "Chloé", "Íñigo", "Søren", "Łukasz", "Ángel", "Noël", "Małgorzata",
         "Jürgen", "François", "Dóra", "Ærin", "Þóra", "Gaëlle", "Ramón"]
PLACES = [("café", "cafe"), ("crêperie", "creperie"), ("pâtisserie", "patisserie"), ("brasserie", "brasserie")]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest")]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.booleans(), st.booleans())
def test_accented_names_are_read_and_answered_as_typed(people, scale, reverse, top):
    up, down, most, least = scale
    a, b, c = people
    first = f"{a} is {up} than {b}" if not reverse else f"{b} is {down} than {a}"
    text = f"{first}. {c} is {down} than {b}. Who is the {most if top else least}?"
    found = {o[0] if top else o[-1] for o in permutations(people) if o.index(a) < o.index(b) < o.index(c)}
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", found.pop()), text


@settings(max_examples=10, deadline=None)
@given(st.permutations(PLACES[:3]))
def test_an_accented_thing_is_named_whole(places):
    (first, _), (second, _), (third, _) = places
    text = f"The {second} opens before the {third}. The {first} opens before the {second}. Which opens first?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", f"the {first}"), text


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
def test_an_argument_keeps_the_typed_names_in_its_counter_model(people):
    a, b = people
    analysis = _analyze(f"If {a} sings, {b} dances. {b} danced. So {a} sang.")
    assert analysis.answer == "invalid"
    assert a in analysis.counter_model and plain_letters(a) not in analysis.counter_model.replace(a, "")


def test_two_words_that_read_alike_without_accents_abstain():
    verdict = solve("Zoë is taller than Zoe. Zoe is taller than Ann. Who is the tallest?")
    assert verdict.status == "abstained" and "Zoë" in verdict.reason


def test_letters_of_another_script_abstain_rather_than_drop():
    assert solve("Ann is taller than Борис. Борис is taller than Cy. Who is the shortest?").failure == "not_parsed"
    verdict = solve("Every member of the 合唱 club sings. Bo is a member of the club. Does Bo sing?")
    assert verdict.status == "abstained" and "合唱" in verdict.reason


def test_plain_text_is_not_folded_and_letters_without_accents_are_spelled_out():
    assert fold_accents("Ann is tall.") is None
    assert plain_letters("Straße Bjørn Ærin") == "Strasse Bjorn AErin"
    try:
        fold_accents("Café and cafe")
    except FoldRefused:
        pass
    else:
        raise AssertionError("a folded word equal to a plain word must be refused")
