"""Verb-phrase ellipsis: "Either the cat broke the vase or the dog did." -> "... or the dog broke the vase."

People leave out a verb phrase they just said: "A VP or B did", "A VP, and B did too", "A VP and so did B". Each is
read by copying the verb phrase to the second subject, which is what the sentence means in every case of that
shape. Subjects must be simple (a name, or "the"/"a" + at most two words) so the split between subject and verb
phrase is certain; "A is X, (then) B is too" copies the copula's complement the same way; a negated ellipsis
("but B did not") needs the verb's base form and is left as written (unread,
so the puzzle abstains rather than guesses).
"""

from __future__ import annotations

import re

_SUBJECT = r"(?:[A-Z][a-z]+|(?:the|a|an|The|A|An)(?: [a-z]+){1,2})"
_OR_DID = re.compile(rf"^(?P<either>(?:[Ee]ither )?)(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? or "
                     rf"(?P<second>{_SUBJECT}) (?:did|does|do)(?P<end>[.?!]?)$")
_AND_TOO = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? and (?P<second>{_SUBJECT}) "
                      rf"(?:did|does|do) (?:too|as well)(?P<end>[.?!]?)$")
_SO_DID = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? and so (?:did|does|do) "
                     rf"(?P<second>{_SUBJECT})(?P<end>[.?!]?)$")
# "If I am a knight, then Eli is too": the copula's complement is what "is too" leaves out
_COPULA_TOO = re.compile(rf"^(?P<head>[^,;\"]*?\b(?:am|is|are|was|were) )(?P<pred>(?!not\b)[a-z][a-z -]*?)"
                         rf"(?P<mid>,? (?:then |and |so )?)(?P<second>{_SUBJECT}) (?P<copula>is|are|was|were) "
                         rf"(?:too|as well)(?P<end>[.?!]?)$")
_AUXILIARY_START = re.compile(r"^(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had|not)\b")


def resolve_ellipsis(sentence: str) -> str:
    """`sentence` with an elided verb phrase copied in, or unchanged."""
    text = sentence.strip()
    for pattern, joiner in ((_OR_DID, "or"), (_AND_TOO, "and"), (_SO_DID, "and")):
        match = pattern.match(text)
        if match is None:
            continue
        first, vp = _parallel(match.group("first"), match.group("vp"), match.group("second"))
        if _AUXILIARY_START.match(vp):
            continue  # "A is tall or B does": not a verb phrase "does" can stand for
        either = match.groupdict().get("either") or ""
        return f"{either}{first} {vp} {joiner} {match.group('second')} {vp}{match.group('end')}"
    copula = _COPULA_TOO.match(text)
    if copula is not None and len(re.findall(r"\b(?:am|is|are|was|were)\b", copula.group("head"))) == 1 and \
            not re.search(r"\b(?:am|is|are|was|were|or|and)\b", copula.group("pred")):  # one clause, one complement
        head, pred = copula.group("head"), copula.group("pred")
        return f"{head}{pred}{copula.group('mid')}{copula.group('second')} {copula.group('copula')} {pred}" \
               f"{copula.group('end')}"
    return sentence


def _parallel(first: str, vp: str, second: str) -> tuple[str, str]:
    """The first subject as long as the second ("the cat | broke the vase" beside "the dog"), so the words after
    it are the verb phrase; a name stays a name."""
    first_words, second_words = first.split(), second.split()
    if first_words[0].lower() in ("the", "a", "an") and len(first_words) > len(second_words) >= 2:
        keep = len(second_words)
        return " ".join(first_words[:keep]), " ".join(first_words[keep:] + [vp])
    return first, vp
