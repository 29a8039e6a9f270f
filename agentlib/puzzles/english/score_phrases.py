"""Scores compared with a noun: "Jen got a higher score than Ken", "Ken has a lower grade than Len", "Who got the
lowest score?", "Who had the third highest score?" read as the verb the grammar reads ("Jen scored higher than Ken",
"Who scored the lowest?", "Who scored the third highest?").

A score, grade or mark that is higher, better or bigger is one scored higher; lower, worse or smaller, lower. The
verb that carries the noun (got, has, earned, received, achieved) says only who holds it, so each form becomes
"scored". Other nouns ("a higher salary") are left as typed.
"""

from __future__ import annotations

import re

_HOLD = r"(?:got|gets|get|has|have|had|earned|earns|received|receives|achieved|achieves|scored|scores|made|makes)"
_BASE_FORMS = ("get", "have", "make", "score")
_UP, _DOWN = ("higher", "better", "bigger", "greater", "larger"), ("lower", "worse", "smaller")
_NOUN = r"(?:score|grade|mark|result|test score|exam score)s?"
_COMPARED = re.compile(rf"\b(?P<hold>{_HOLD}) (?:a |the )?(?P<degree>{'|'.join(_UP + _DOWN)}) {_NOUN}"
                       r"(?: on the \w+)? than\b", re.I)
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)"
_ASKED = re.compile(rf"^(?P<who>who|which \w+) {_HOLD} the (?:(?P<ordinal>{_ORDINAL}) )?"
                    rf"(?P<degree>highest|lowest|best|worst|top|bottom) {_NOUN}"
                    rf"(?= *[?.]?$| on the \w+ *\??$)", re.I)


def spell_score_phrases(sentence: str) -> str:
    """`sentence` with a score compared as a noun written with the verb "scored"."""
    def scored(match: re.Match[str]) -> str:
        verb = "score" if match["hold"].lower() in _BASE_FORMS else "scored"  # "Did Ken get ...": "Did Ken score"
        return f"{verb} {'higher' if match['degree'].lower() in _UP else 'lower'} than"

    sentence = _COMPARED.sub(scored, sentence)
    return _ASKED.sub(lambda m: f"{m['who']} scored the {m['ordinal'] + ' ' if m['ordinal'] else ''}"
                                f"{'highest' if m['degree'].lower() in ('highest', 'best', 'top') else 'lowest'}",
                      sentence)
