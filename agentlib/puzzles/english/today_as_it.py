""""Today is Saturday." said of the one day the text speaks of: "If today is Saturday, we go hiking. Today is
Saturday. Do we go hiking?" is "If it is Saturday, ... It is Saturday.", which the grammar reads ("it is a holiday"
as the weather's "it": a fact about now).

Only where "today" is the text's one time word: with "tomorrow", "yesterday" or a weekday said of another time
("today is Monday, so tomorrow is Tuesday") the days differ, and the text is left as typed. "today" must be the
subject of "is" / "was" ("Today is a holiday", "Is today Friday?"); "I work today" stays as typed.
"""

from __future__ import annotations

import re

_OTHER_TIMES = re.compile(r"\b(?:tomorrow|yesterday|tonight|next|last|ago|later|earlier|week|weekend|day after|"
                          r"day before)\b", re.I)
_TODAY_IS = re.compile(r"\b(?P<today>[Tt]oday) (?P<verb>is|was|isn't|wasn't|is not|was not)\b")
_IS_TODAY = re.compile(r"\b(?P<verb>[Ii]s|[Ww]as|[Ii]sn't|[Ww]asn't) today\b")


def today_as_it(text: str) -> str | None:
    """`text` with "today is" said as "it is" (see the module notes); None when it has no such "today"."""
    if _OTHER_TIMES.search(text) or not _TODAY_IS.search(text) and not _IS_TODAY.search(text):
        return None
    spelled = _TODAY_IS.sub(lambda m: f"{'It' if m['today'][0] == 'T' else 'it'} {m['verb']}", text)
    spelled = _IS_TODAY.sub(lambda m: f"{m['verb']} it", spelled)
    if re.search(r"\btoday\b", spelled, re.I):
        return None  # "today" said otherwise too ("We hike today"): the frame is not only the copula's
    return spelled
