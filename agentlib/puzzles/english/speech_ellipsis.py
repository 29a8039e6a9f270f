"""A speech that answers the one before it with its verb phrase left out: "Tom says he is a knight. Uma says he
isn't." is "Uma says Tom is not a knight"; "Rae says she did it. Sam says she didn't." is "Sam says Rae did not do
it" (or, said of herself, "Sam says Sam did not do it").

The elided speech copies the previous speech's verb phrase (a copula's complement, or a verb and its object given
the base form after "did not"), as verb-phrase ellipsis does inside a sentence (`ellipsis.py`). Its pronoun is the
part English leaves open: names carry no gender here, so a reported "he" / "she" may be the person the previous
speech spoke of or the new speaker. Both readings are returned and the caller answers only where they agree (a
reading under which the statements contradict each other is no reading of a puzzle, and is set aside while another
is consistent). Inside quotes the new speaker would say "I", so "Bo says: 'She didn't.'" after "Ann says: 'I did
it.'" speaks of Ann, one reading. Only a previous speech about its own speaker ("he"/"she"/"I") is copied, and only
an affirmative verb phrase (its negation needs no other verb form); anything else is left as typed, to be unread.
"""

from __future__ import annotations

import itertools
import re

from agentlib.puzzles.english.text import normalize, split_sentences
from agentlib.puzzles.english.words import COPULAS, lemma

_SAYS = r"(?:says|said|claims|claimed|insists|insisted|replies|replied|answers|answered|states|stated)"
_FULL = re.compile(rf"^(?P<speaker>[A-Z][a-z]+) {_SAYS}(?: that)?(?P<colon>,|:)? (?P<quote>\"?)(?P<subject>[Hh]e|"
                   rf"[Ss]he|I) (?P<verb>[a-z]+)(?P<rest>(?: [a-z]+){{0,6}})[.!]?(?P=quote)[.!]?$")
_ELIDED = re.compile(rf"^(?P<speaker>[A-Z][a-z]+) {_SAYS}(?: that)?(?P<colon>,|:)? (?P<quote>\"?)(?P<subject>[Hh]e|"
                     rf"[Ss]he) (?P<aux>is|was|did|does|isn't|wasn't|didn't|doesn't|is not|was not|did not|does not)"
                     rf"(?: too)?[.!]?(?P=quote)[.!]?$")
MAX_ELIDED = 2


def speech_ellipsis_readings(text: str) -> list[str] | None:
    """The text once per reading of its elided speeches (spelled out), or None when it has none."""
    sentences = split_sentences(normalize(text))
    choices: list[list[str]] = []
    found = 0
    for previous, sentence in zip([""] + sentences, sentences):
        spelled = _spelled(previous.strip(), sentence.strip())
        found += bool(spelled)
        choices.append(spelled or [sentence])
    if not found or found > MAX_ELIDED:
        return None
    return [" ".join(s.strip() for s in combination) for combination in itertools.product(*choices)]


def _spelled(previous: str, sentence: str) -> list[str]:
    """The readings of `sentence` with its elided verb phrase copied from `previous`, or [] when it elides none."""
    elided, full = _ELIDED.match(sentence), _FULL.match(previous)
    if elided is None or full is None or bool(elided["quote"]) != bool(full["quote"]):
        return []
    if full["verb"] in ("not", "never") or full["rest"].strip().split()[:1] in (["not"], ["never"]) or \
            full["verb"].endswith("n't"):
        return []  # a denied verb phrase: its affirmation needs a verb form this copy does not make
    aux = elided["aux"].replace("n't", " not")
    negated = aux.endswith(" not")
    copula = full["verb"] in COPULAS or full["verb"] == "am"
    if copula != aux.startswith(("is", "was")):
        return []  # "he is a knight" answered by "he didn't": no verb phrase to copy
    rest = full["rest"].strip()
    if copula:
        verb_phrase = ("is not " if negated else "is ") + rest
    elif negated:
        verb_phrase = f"{aux} {lemma(full['verb'], 'VERB')} {rest}".strip()
    else:
        verb_phrase = f"{full['verb']} {rest}".strip()
    head = sentence[:elided.start("subject")]  # "Bo says: \"" / "Sam says that "
    spoken_of = full["speaker"] if full["subject"] == "I" or not full["quote"] else None
    readings = [f"{head}{spoken_of} {verb_phrase}.{elided['quote']}"] if spoken_of else []
    if not elided["quote"]:  # "Sam says she didn't": perhaps of herself
        readings.append(f"{head}{elided['speaker']} {verb_phrase}.")
    return readings
