"""Chat shorthand read as meant at both doors: "&" for "and", "w/" and "w/o" for "with" and "without", "r" for "are"
beside capital one-letter names ("A says 'we r both knaves'. what r A and B"), and function words misspelt into no
English word ("teh", "adn", "hte", "thier"). Fresh names, orders and wordings, each keyed by brute force over the
orders, assignments or truth values; before, every sentence holding one of them was "not understood". Letters stay
letters: "p, q and r" and "If P then R" keep their "r"."""

from __future__ import annotations

from itertools import permutations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.chat_spellings import spelled_chat
from agentlib.puzzles.english.family import solve

NAMES = ["ed", "fay", "gus", "hana", "ivo", "juno", "kemal", "lise"]
SCALES = [("taller", "tallest", "shortest"), ("older", "oldest", "youngest"), ("heavier", "heaviest", "lightest")]
AND = ["&", "adn", "and"]
THE = ["teh", "hte", "the"]


@settings(max_examples=16, deadline=None)
@given(st.permutations(NAMES), st.sampled_from(SCALES), st.sampled_from(AND), st.sampled_from(THE), st.booleans())
def test_ampersand_and_misspelt_function_words_in_an_order(names, scale, conjunction, article, ask_top):
    a, b, c = names[:3]
    word, top, bottom = scale
    text = f"{a} is {word} than {b} {conjunction} {b} is {word} than {c}. who is {article} {top if ask_top else bottom}"
    orders = [p for p in permutations((a, b, c)) if p.index(a) < p.index(b) < p.index(c)]
    expected = {(p[0] if ask_top else p[-1]).capitalize() for p in orders}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == expected, (text, verdict.reason, verdict.unparsed)


KNIGHT_NAMES = [("A", "B"), ("X", "Y"), ("P", "Q"), ("Zed", "Yan")]
CLAIMS = [("we r both knaves", lambda s, o: not s and not o), ("we r both knights", lambda s, o: s and o),
          ("we r different", lambda s, o: s != o)]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(KNIGHT_NAMES), st.sampled_from(CLAIMS), st.sampled_from(["&", "and"]))
def test_r_is_are_beside_capital_names_in_knights(pair, claim, conjunction):
    speaker, other = pair
    said, holds = claim
    text = (f"knights always tell the truth {conjunction} knaves always lie. {speaker} says \"{said}\". "
            f"what r {speaker} {conjunction} {other}")
    worlds = [(s, o) for s, o in product([True, False], repeat=2) if s == bool(holds(s, o))]
    verdict = solve(text)
    if len(worlds) != 1:
        assert verdict.status != "verified" or not isinstance(verdict.answer, dict), (text, verdict.answer)
        return
    s, o = worlds[0]
    expected = {speaker: "knight" if s else "knave", other: "knight" if o else "knave"}
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason, verdict.unparsed)


@settings(max_examples=12, deadline=None)
@given(st.permutations(NAMES), st.sampled_from(["came", "arrived"]), st.booleans())
def test_with_shorthand_in_a_grid(names, verb, barred_second):
    a, b, c = (n for n in names[:3])
    pets = ["dog", "cat", "fish"]
    text = (f"{a}, {b} and {c} each {verb} w/ one pet: a dog, a cat or a fish. {a} {verb} w/ the cat. "
            f"{b} didnt {'come' if verb == 'came' else 'arrive'} w/ the {'dog' if barred_second else 'fish'}. "
            f"who {verb} w/ the dog")
    owners = {person for p in permutations(pets) if p[0] == "cat" and p[1] != ("dog" if barred_second else "fish")
              for person, pet in zip((a, b, c), p) if pet == "dog"}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == {o.capitalize() for o in owners}, (
        text, verdict.reason, verdict.unparsed)


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([("cats", "mammals", "black"), ("oaks", "trees", "tall"), ("vans", "vehicles", "red")]),
       st.booleans())
def test_ampersand_joins_two_premises_of_an_argument(kinds, valid):
    kind, bigger, trait = kinds
    if valid:
        text = f"all {kind} r {bigger} & all {bigger} r {trait}. so all {kind} r {trait}"
    else:  # the undistributed middle
        text = f"all {kind} r {bigger} & some {bigger} r {trait}. so some {kind} r {trait}"
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if valid else "invalid"), (text, analysis.reason)


def test_letters_keep_their_r():
    verdict = solve("If P then R. P. Is R true?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")
    for letters in ("p, q and r are letters. if p then r", "if p then q. q r s", "If P then R. r is odd"):
        assert spelled_chat(letters) == letters
