"""Constructions of non-monotonic prose the loose reader reads (`paraphrase.py`, `reports.py`), each with fresh words.

Reports ("according to X, P", "X swore that P", "X, for her part, was adamant that P", two reports in one sentence),
a particular member of a class ("a certain heron never does", "there is one heron that ..."), the generic said with
"it" up front ("It is common for Ns to P"), "most of them" after a scene that names the class, and verb-phrase
ellipsis ("Ulla never does").
"""

from __future__ import annotations

import pytest

from agentlib.puzzles.english.entailment import answer_about
from agentlib.puzzles.english.reports import disagreement_only, report, split_reports


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Odile, the ferry leaves at noon", ("odile", "the ferry leaves at noon")),
    ("Odile swore that the ferry had left", ("odile", "the ferry had left")),
    ("Odile was absolutely positive the ferry had left", ("odile", "the ferry had left")),
    ("Odile, for her part, kept saying that the ferry had left", ("odile", "the ferry had left")),
    ("Odile's view is that the ferry had left", ("odile", "the ferry had left")),
    ("Odile thinks it will hail", ("odile", "it will hail")),
])
def test_a_report_gives_its_speaker_and_claim(text, expected):
    assert report(text, {"odile"}) == expected


@pytest.mark.parametrize("text", ["Odile felt sleepy", "Odile told Bram the news", "Odile knows that the ferry left",
                                  "Odile was sure of it", "Odile thinks about lunch"])
def test_what_is_not_a_claim_is_not_a_report(text):
    """Without "that", what follows must be a clause of its own; what "know" reports is a fact, not a claim."""
    assert report(text, {"odile", "bram"}) is None


def test_two_reports_in_one_sentence_are_cut_apart():
    names = {"odile", "bram"}
    assert split_reports("Odile swore that the ferry had left, but Bram was certain that it had not", names) == \
        ["Odile swore that the ferry had left", "Bram was certain that it had not"]
    assert split_reports("Odile swore that the ferry had left and the sea was calm", names) is None
    assert disagreement_only("Odile and Bram had a dispute about the ferry")
    assert not disagreement_only("Odile and Bram argued that the ferry had left")


_FERRY = ("Odile and Bram had a dispute about the ferry. Odile swore that the ferry had left, but according to Bram, "
          "the ferry had not left.")


@pytest.mark.parametrize(("condition", "claim", "expected"), [
    ("more", "the ferry has left", "yes"), ("more", "the ferry has not left", "no"),
    ("less", "the ferry has left", "no"), ("less", "the ferry has not left", "yes")])
def test_the_more_reliable_report_wins(condition, claim, expected):
    question = f"If odile's testimony is {condition} trustworthy than bram's, does this imply that {claim}?"
    assert answer_about(_FERRY, question).answer == expected


def test_a_speaker_whose_name_is_a_word_and_a_claim_about_the_weather():
    """ "Robin" is also a bird; "it will hail" is about no one, not about the last speaker named."""
    context = "Robin thought that it would hail tonight. Esme, on the other hand, was sure that it would not hail tonight."
    more = "If robin's claim is more credible than esme's, does this mean that it will hail tonight?"
    less = "If robin's claim is less credible than esme's, does this mean that it will hail tonight?"
    assert answer_about(context, more).answer == "yes"
    assert answer_about(context, less).answer == "no"


@pytest.mark.parametrize("exception", ["Yet a certain heron never does.", "There is one heron that does not nest in reeds.",
                                       "One unusual heron, however, doesn't nest in reeds."])
def test_an_unnamed_exception_is_another_member(exception):
    context = f"Ulla is a heron. Herons usually nest in reeds. {exception}"
    assert answer_about(context, "Does this mean that Ulla nests in reeds?").answer == "yes"
    assert answer_about(context, "Does this mean that Ulla does not nest in reeds?").answer == "no"
    assert answer_about(context, "Does this mean that herons usually nest in reeds?").answer == "yes"


def test_a_generic_said_with_it_up_front():
    context = ("Ulla and Bram are glassblowers. Glassblowers usually wear goggles. It is common for glassblowers to "
               "keep a sketchbook. Ulla does not wear goggles. Bram does not keep a sketchbook.")
    assert answer_about(context, "Does this mean that Ulla keeps a sketchbook and Bram wears goggles?").answer == "yes"
    assert answer_about(context, "Does this mean that Ulla wears goggles?").answer == "no"


def test_most_of_them_after_a_scene_and_an_elided_verb_phrase():
    context = "In a village full of potters, most of them sell at the market. One potter, called Ulla, never does."
    assert answer_about(context, "Does this mean that exactly one potter does not sell at the market?").answer == "yes"
    assert answer_about(context, "Does this mean that exactly one potter sells at the market?").answer == "no"


@pytest.mark.parametrize("group", ["the ushers at the theatre", "the rangers here", "the nurses on this ward"])
def test_a_hedged_definite_plural_is_a_default_about_the_group(group):
    context = (f"{group[0].upper() + group[1:]} usually carry a torch. Ulla, Bram and Odile are among {group}. "
               "Bram, however, does not carry a torch.")
    assert answer_about(context, "Does this mean that Ulla carries a torch?").answer == "yes"
    assert answer_about(context, "Does this mean that Ulla and Odile both carry a torch?").answer == "yes"
    assert answer_about(context, "Does this mean that Bram carries a torch?").answer == "no"


@pytest.mark.parametrize("which", ["either Ulla or Bram does not carry a torch, but not both",
                                   "exactly one of Ulla and Bram does not carry a torch",
                                   "one of Ulla and Bram, and only one, fails to carry a torch"])
def test_exactly_one_of_two_named(which):
    context = f"Ulla, Bram and Odile are ushers. Ushers usually carry a torch. However, {which}."
    yes = "Does this mean that Odile carries a torch and exactly one of Ulla or Bram does not carry a torch?"
    no = "Does this mean that Odile carries a torch and both Ulla and Bram carry a torch?"
    assert answer_about(context, yes).answer == "yes"
    assert answer_about(context, no).answer == "no"
