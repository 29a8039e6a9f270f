"""A fronted "only if" with its inverted clause: "Only if it is sunny will we go to the beach", "Only if Ann
comes does Bob come", "Only when the light is green can you cross".

English moves the auxiliary before the subject after a fronted "only if"; the grammar reads the plain order, so
the sentence is written back: "we will go to the beach only if it is sunny", "Bob does come only if Ann comes".
The meaning is unchanged (the main clause requires the condition). Only an auxiliary followed by a subject it
can invert with (a pronoun, a name, or "the" + a noun) is moved; anything else is left for the grammar to refuse.
"""

from __future__ import annotations

import re

_FRONTED = re.compile(
    r"^\s*(?i:only) (?P<word>if|when|whenever) (?P<condition>[^,]+?),? "
    r"(?P<aux>will|would|can|could|do|does|did|is|are|was|were|should|may|might|must|shall|has|have|had) "
    r"(?P<subject>I|we|you|he|she|they|it|[A-Z][a-z]+|the [a-z]+) (?P<rest>[a-z][^,;]*?)\s*(?P<end>[.?!]?)\s*$")


def unfront_only_if(sentence: str) -> str:
    """`sentence` in the plain order when it opens with "only if ... AUX SUBJECT ...", else unchanged."""
    match = _FRONTED.match(sentence)
    if match is None or not sentence.lstrip()[:1].isupper():
        return sentence
    subject = match.group("subject")
    subject = subject[0].upper() + subject[1:]
    return (f"{subject} {match.group('aux')} {match.group('rest')} only {match.group('word')} "
            f"{match.group('condition')}{match.group('end') or '.'}")
