"""Connectives people use in puzzles, with fresh names, verbs and things, each answer checked by brute force over
the truth values of the propositions: "A or B VP, but not both", a verb echoed bare ("Lea goes too", "Lea didn't
go", "Did Kai go?"), and complementary adjectives read as negations in `solve` ("the shop is closed")."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.ellipsis import complete_bare_verbs
from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
DEEDS = [("took the last muffin", "take the last muffin", "take it"), ("fed the goldfish", "feed the goldfish",
         "feed it"), ("washed the van", "wash the van", "wash it"), ("hid the remote", "hide the remote", "hide it")]
TRIPS = [("goes to the concert", "go", "goes"), ("swims in the lake", "swim", "swims"),
         ("walks to the market", "walk", "walks"), ("sings at the wedding", "sing", "sings")]
PAIRS = [("open", "closed", "the bakery"), ("on", "off", "the heater"), ("alive", "dead", "the old oak"),
         ("locked", "unlocked", "the side gate")]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _forced(constraint, premises, question) -> str:
    """'yes' / 'no' / 'cannot be determined' by brute force over (a, b) truth values."""
    worlds = [w for w in itertools.product([False, True], repeat=2) if constraint(*w) and all(p(*w) for p in premises)]
    values = {question(*w) for w in worlds}
    return "yes" if values == {True} else "no" if values == {False} else "cannot be determined"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans(), st.booleans(), st.booleans())
def test_an_or_between_subjects_made_exclusive_by_but_not_both(seed, either, took_first, ask_first):
    rng = random.Random(seed)
    a, b = _names(rng, 2)
    past, base, pronoun = rng.choice(DEEDS)
    opening = "Either " if either else ""
    fact = f"{a} {past}." if took_first else f"{a} did not {rng.choice([base, pronoun])}."
    asked = a if ask_first else b
    text = f"{opening}{a} or {b} {past}, but not both. {fact} Did {asked} {base}?"
    expected = _forced(lambda x, y: x != y, [lambda x, y: x == took_first], lambda x, y: x if ask_first else y)
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_who_did_it_after_an_exclusive_or_and_a_pronoun():
    verdict = solve("Either Tovi or Marek broke the lamp, but not both. Marek didn't break it. Who broke the lamp?")
    assert verdict.status == "verified" and verdict.answer == "Tovi"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans(), st.sampled_from(["too", "as well", "also"]))
def test_a_bare_verb_echoes_the_one_complement_said_before(seed, went, echo):
    rng = random.Random(seed)
    a, b = _names(rng, 2)
    full, base, third = rng.choice(TRIPS)
    follow = f"{b} {third} {echo}" if echo != "also" else f"{b} also {third}"
    fact = f"{b} didn't {base}." if not went else f"{a} {full}."
    question = f"Did {a} {base}?" if not went else f"Did {b} {base}?"
    text = f"If {a} {full}, {follow}. {fact} {question}"
    verdict = solve(text)
    expected = "yes" if went else "no"  # modus ponens / modus tollens on the echoed verb phrase
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_a_bare_verb_is_left_bare_when_the_complement_is_not_certain():
    two_complements = ["Ann goes to school.", "Bo goes to the gym.", "Did Cy go?"]
    assert complete_bare_verbs(two_complements) == two_complements
    said_after = ["If Kai runs, he is tired.", "Kai runs a shop.", "Is Kai tired?"]
    assert complete_bare_verbs(said_after) == said_after
    unmarked = ["Kai runs a shop.", "Lea runs, and she is tired."]
    assert complete_bare_verbs(unmarked) == unmarked
    no_name = ["Some nark is a fep.", "Some glims are not narks."]  # a determiner is not a subject
    assert complete_bare_verbs(no_name) == no_name


def test_a_bare_verb_in_a_condition_or_the_progressive_is_an_echo():
    verdict = solve("If Oskar walks to the pier, Bette walks too. If Bette walks, Cato stays home. Oskar is walking. "
                    "Does Cato stay home?")
    assert verdict.status == "verified" and verdict.answer == "yes", verdict.reason


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans(), st.booleans())
def test_complementary_adjectives_are_negations_in_puzzles(seed, state_positive, ask_positive):
    rng = random.Random(seed)
    positive, negative, thing = rng.choice(PAIRS)
    (a,) = _names(rng, 1)
    stated = positive if state_positive else negative
    asked = positive if ask_positive else negative
    text = f"If {a} is home, {thing} is {positive}. {thing[0].upper() + thing[1:]} is {stated}. Is {a} home?"
    expected = "cannot be determined" if state_positive else "no"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)
    direct = solve(f"{thing[0].upper() + thing[1:]} is {stated}. Is {thing} {asked}?")
    assert direct.status == "verified" and direct.answer == ("yes" if stated == asked else "no"), direct.reason


def test_contraries_with_a_middle_are_not_negations():
    verdict = solve("The soup is not hot. Is the soup cold?")
    assert verdict.status == "abstained" or verdict.answer == "cannot be determined"


PLACES = [("in the drawer", "in the car"), ("at the gym", "at the library"), ("under the bed", "on the shelf")]


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_either_with_two_places_after_one_subject(seed, denied_first):
    from agentlib.puzzles.argument import analyze

    rng = random.Random(seed)
    (a,) = _names(rng, 1)
    first, second = rng.choice(PLACES)
    denied, other = (first, second) if denied_first else (second, first)
    valid = analyze(f"Either {a} is {first} or {second}. {a} is not {denied}. So {a} is {other}.")
    assert valid.status == "verified" and valid.answer == "valid", valid.reason
    stated = other
    invalid = analyze(f"Either {a} is {first} or {second}. {a} is {stated}. So {a} is not {denied}.")
    assert invalid.status == "verified" and invalid.answer == "invalid", invalid.reason  # "or" is inclusive


@settings(max_examples=12, deadline=None)
@given(st.lists(st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"), min_size=3, max_size=3, unique=True),
       st.sampled_from(["all", "no", "some", "some_not"]), st.sampled_from(["all", "no", "some", "some_not"]),
       st.sampled_from(["all", "no", "some", "some_not"]), st.booleans())
def test_letters_as_terms_of_categorical_syllogisms(letters, first, second, conclusion, first_figure):
    """Validity of syllogisms over letter terms ("All A are B") against brute force over the 8 regions of a
    Venn diagram of three terms (each region empty or not)."""
    from agentlib.puzzles.argument import analyze

    s, m, p = letters
    def say(q: str, x: str, y: str) -> str:
        return {"all": f"All {x} are {y}.", "no": f"No {x} are {y}.", "some": f"Some {x} are {y}.",
                "some_not": f"Some {x} are not {y}."}[q]

    def holds(q: str, x: int, y: int, world: tuple[bool, ...]) -> bool:
        regions = [r for r in range(8) if world[r]]
        xs = [r for r in regions if r >> x & 1]
        return {"all": all(r >> y & 1 for r in xs), "no": not any(r >> y & 1 for r in xs),
                "some": any(r >> y & 1 for r in xs), "some_not": any(not r >> y & 1 for r in xs)}[q]

    major = (1, 2) if first_figure else (2, 1)  # (M, P) or (P, M)
    premises = [(first, *major), (second, 0, 1)]  # terms: 0 = S, 1 = M, 2 = P
    valid = all(holds(conclusion, 0, 2, w) for w in itertools.product([False, True], repeat=8)
                if all(holds(q, x, y, w) for q, x, y in premises))
    names = {0: s, 1: m, 2: p}
    text = " ".join(say(q, names[x], names[y]) for q, x, y in premises)
    text += " Therefore " + say(conclusion, s, p)[0].lower() + say(conclusion, s, p)[1:]
    verdict = analyze(text)
    if verdict.status == "verified":
        assert verdict.answer == ("valid" if valid else "invalid"), text
    else:
        assert not valid or verdict.failure == "ambiguous", (text, verdict.reason)


def test_letters_stay_names_where_no_quantifier_takes_them():
    from agentlib.puzzles.english.text import letter_kinds

    text = "A says: B is a knave. B says: we are both knights. All of us are islanders."
    assert letter_kinds(text) == text


@pytest.mark.parametrize("text, answer", [
    ("You either back the proposal or you reject it. You don't reject it. So you back it.", "valid"),
    ("Pim either paints or sculpts. Pim does not sculpt. So Pim paints.", "valid"),
    ("Pim either paints or sculpts. Pim paints. So Pim does not sculpt.", "invalid"),
    ("Either Pim paints or Ros sculpts. Ros doesn't sculpt. So Pim paints.", "valid"),
])
def test_either_after_the_subject_marks_the_or(text, answer):
    from agentlib.puzzles.argument import analyze

    verdict = analyze(text)
    assert verdict.status == "verified" and verdict.answer == answer, verdict.reason


@pytest.mark.parametrize("text, answer", [
    ("If the recital is on Friday, Ines will perform. If Ines performs, Tavo will not. The recital is on Friday. "
     "Will Tavo perform?", "no"),
    ("If Ines is late, Tavo is not. Ines is late. Is Tavo late?", "no"),
    ("If Ines bakes bread, Tavo does too. Ines bakes bread. Does Tavo bake bread?", "yes"),
    ("Nadia is allergic to pollen. Anyone allergic to pollen stays inside. Does Nadia stay inside?", "yes"),
    ("Everyone older than Nadia votes. Tavo is older than Nadia. Does Tavo vote?", "yes"),
])
def test_an_auxiliary_echoes_the_condition_and_an_adjective_after_anyone_describes(text, answer):
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == answer, verdict.reason


def test_a_condition_about_the_weather_is_not_echoed():
    from agentlib.puzzles.english.ellipsis import resolve_ellipsis

    assert resolve_ellipsis("If it rains, the match will not.") == "If it rains, the match will not."


_OR_TAILS = {", or both": False, ", maybe both": False, ", or maybe both": False, ", possibly both": False,
             ", but not both": True, " but not both": True, "": False}


@given(st.sampled_from(["Wes", "Orsolya", "Thabo"]), st.sampled_from(["Xia", "Pilar", "Ruaridh"]),
       st.sampled_from(sorted(_OR_TAILS)), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_subject_or_with_an_inclusive_or_exclusive_tail(first, second, tail, first_drives):
    exclusive = _OR_TAILS[tail]
    fact = f"{first} will drive." if first_drives else f"{first} won't drive."
    text = f"{first} or {second} will drive{tail}. {fact} Will {second} drive?"
    worlds = [(a, b) for a, b in itertools.product([False, True], repeat=2)
              if (a != b if exclusive else a or b) and a == first_drives]
    answers = {b for _, b in worlds}
    expected = "cannot be determined" if len(answers) == 2 else "yes" if answers.pop() else "no"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_a_hedge_on_the_whole_sentence_still_abstains():
    assert solve("Maybe Wes will drive. Will Wes drive?").status == "abstained"
