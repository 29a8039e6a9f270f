"""Reciprocal places: "Gabe and Hilda are not next to each other" -> "Gabe is not next to Hilda".

"Next to", "beside", "adjacent to", "opposite" and "across from" are symmetric, so a pair said to stand so "to each
other" says of the first what it says of the second; the sentence is rewritten with the second as the object and the
verb made singular, and read as any other place statement. Any other relation with "each other" is left as written
(the grammar does not read it, so the puzzle abstains rather than reading "each other" as a property).
"""

from __future__ import annotations

import re

_SINGULAR = {"are": "is", "were": "was", "sit": "sits", "stand": "stands", "live": "lives", "park": "parks",
             "do": "does", "don't": "doesn't"}
_RECIPROCAL = re.compile(
    r"^(?P<a>[A-Z][\w'-]*) and (?P<b>[A-Z][\w'-]*) (?P<verb>are|were|sit|sat|stand|stood|live|lived|park|parked)"
    r"(?P<negation> not| never)?(?P<how> (?:directly|right|immediately))? (?P<relation>next to|beside|adjacent to|"
    r"opposite|across from) each other(?P<end>[.!]?)$")
_DO_RECIPROCAL = re.compile(
    r"^(?P<a>[A-Z][\w'-]*) and (?P<b>[A-Z][\w'-]*) (?P<aux>do not|don't|did not|didn't|never) (?P<verb>sit|stand|live|"
    r"park)(?P<how> (?:directly|right|immediately))? (?P<relation>next to|beside|adjacent to|opposite|across from) "
    r"each other(?P<end>[.!]?)$")


def unfold_reciprocal(sentence: str) -> str:
    """`sentence` with "A and B <place> each other" said of A with B as the object, or unchanged."""
    text = sentence.strip()
    match = _RECIPROCAL.match(text)
    if match is not None:
        verb = _SINGULAR.get(match.group("verb"), match.group("verb"))
        return (f"{match.group('a')} {verb}{match.group('negation') or ''}{match.group('how') or ''} "
                f"{match.group('relation')} {match.group('b')}{match.group('end')}")
    match = _DO_RECIPROCAL.match(text)
    if match is not None:
        aux = {"do not": "does not", "don't": "doesn't"}.get(match.group("aux"), match.group("aux"))
        return (f"{match.group('a')} {aux} {match.group('verb')}{match.group('how') or ''} {match.group('relation')} "
                f"{match.group('b')}{match.group('end')}")
    return sentence


__all__ = ["unfold_reciprocal"]
