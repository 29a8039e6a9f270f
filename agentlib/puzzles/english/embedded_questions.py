"""A question asked inside a request: "can u tell me who's oldest?", "Do you know which car is the fastest?",
"tell me who sits in the middle", "I wonder who finished last?", written as the direct question it embeds ("Who's
oldest?").

An embedded question keeps the words of the direct one and, where the wh-word is the subject ("who is", "which car
is", "who sits"), their order too, so dropping the lead-in changes nothing it asks. Only that case is read: "who"
followed by an auxiliary or by a verb inflected with -s or -ed that no such word follows ("who chris likes": "chris"
is the subject), or "which"/"what" with one noun followed by an
auxiliary and more words ("which car is the fastest", never "what ann is").
An object question ("can you tell me what Pam drinks") would need the word order changed and stays as typed, for
the grammar to read or abstain on.
"""

from __future__ import annotations

import re

_AUXILIARY = r"(?:is|are|was|were|has|have|had|does|did|do|can|will|would|could|should|must)"
_EMBEDDED = re.compile(
    r"(?P<start>^|(?<=[.!?])[ \t]+|\n[ \t]*)(?P<lead>(?:(?:hey|hi|so|ok|okay|and|pls|please)[,!]? +)*"
    r"(?:(?:can|could|would|will) (?:you|u|someone|anyone|somebody) (?:please |pls |plz )?(?:tell|show) me"
    r"|(?:do|does) (?:you|u|anyone|someone|somebody) know"
    r"|(?:please |pls |plz )?tell me"
    r"|i (?:want|need|wanna|would like|'d like) to know"
    r"|i (?:wonder|am wondering|'m wondering))) +"
    rf"(?P<wh>who(?:'s\b| (?={_AUXILIARY}\b)| (?=[a-z]+(?:s|ed)\b(?! +[a-z]+(?:s|ed)\b)))"
    rf"|(?:which|what) [a-z]+ (?={_AUXILIARY} +\w))",
    re.I)


def direct_questions(text: str) -> str:
    """`text` with each embedded subject question written as the direct question (see the module notes)."""
    return _EMBEDDED.sub(_direct, text)


def _direct(match: re.Match[str]) -> str:
    """The wh-word takes the lead-in's place, capitalised only where the lead-in was (a text typed all in lower
    case stays so, which is how its names are told to be names)."""
    wh = match.group("wh")
    return match.group("start") + (wh[:1].upper() + wh[1:] if match.group("lead")[:1].isupper() else wh)
