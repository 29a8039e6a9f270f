"""Turns of a transcript typed as an argument: "Agent: If your order has shipped, you have a tracking number. You
do not have ... So your order has not shipped." The label before the colon says who speaks, not what is claimed.

Read as a puzzle's speaker ("Ann says ..."), whose words may be false, the agent's rule was never granted, so a
modus tollens came out "invalid". An argument set out as a conversation asks whether its reasoning holds, taking
what each turn says as a premise; so the labels go and their sentences stay. They stay where dropping them could
change what is said: in a puzzle about truth-tellers and liars (there the speaker's words are the claims to weigh),
and where two speakers say "I", "my", "we" or "you" (one pronoun, two people). The reader that takes the labels
off must also refuse premises that contradict each other, since two speakers who disagree are not one argument
(`turns_disagree`).

Left out: a label of more than two words ("Identify the fallacy:" is an instruction, not a speaker), a
single-letter label ("A: Yes."), whose answer is no claim on its own, and a label that says what kind of claim
follows and that it may be false ("Myth:", "Rumor:", "Hypothesis:"): there the sentence stays a report, as before.
"""

from __future__ import annotations

import re

_TURN = re.compile(r"^(?P<head>[A-Z][A-Za-z]+(?: [A-Za-z][a-z]+)?)[ \t]*:[ \t]+(?P<rest>\S.*)$", re.S)
_TRUTH_WORDS = re.compile(r"\b(?:knights?|knaves?|liars?|lie[sd]?|lying|truth\w*|truthful|honest|dishonest|"
                          r"normals?|true|false)\b", re.I)
_PERSONAL = re.compile(r"\b(?:i|me|my|mine|we|us|our|you|your|yours|i'm|i've|we're|you're)\b", re.I)
_NOT_SPEAKERS = {"all", "every", "each", "some", "any", "no", "none", "not", "if", "so", "therefore", "thus", "hence",
                 "then", "because", "since", "only", "either", "neither", "both", "there", "it", "this", "that"}
# labels that say what kind of claim follows, and that it may be false: "Myth: the mayor resigned." is no premise
_UNASSERTED = {"myth", "myths", "rumor", "rumour", "rumors", "rumours", "claim", "claims", "hypothesis", "guess",
               "conjecture", "speculation", "theory", "opinion", "belief", "hearsay", "allegation", "misconception",
               "fiction", "lie", "joke", "question", "riddle", "fake", "hoax", "gossip", "fallacy", "objection",
               "counterexample", "wrong", "incorrect", "false", "bogus", "urban legend", "legend", "story", "dream"}


def without_turn_labels(sentences: list[str]) -> tuple[list[str], bool]:
    """(sentences, dropped): the sentences with their speakers' labels taken off, and whether any was (see the
    module notes for when they stay)."""
    turns = [_TURN.match(sentence.strip()) for sentence in sentences]
    labelled = [turn for turn in turns if turn is not None and _is_speaker(turn.group("head"))]
    if not labelled or any(_TRUTH_WORDS.search(sentence) for sentence in sentences):
        return sentences, False
    speaker, personal = "", set()
    for sentence, turn in zip(sentences, turns):
        if turn is not None and turn in labelled:
            speaker = turn.group("head").lower()
        if _PERSONAL.search(sentence if turn is None or turn not in labelled else turn.group("rest")):
            personal.add(speaker)
    if len(personal) > 1:
        return sentences, False
    out = [sentence if turn is None or turn not in labelled else
           turn.group("rest")[:1].upper() + turn.group("rest")[1:] for sentence, turn in zip(sentences, turns)]
    return out, True


def _is_speaker(head: str) -> bool:
    words = [word.lower() for word in head.split()]
    return not any(word in _NOT_SPEAKERS or word in _UNASSERTED for word in words) and \
        " ".join(words) not in _UNASSERTED
