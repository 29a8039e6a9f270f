"""An amount paid or saved every period, totalled over a span said in a larger unit: "how much will I save putting
away $100 a month for 2 years", "$15 a day for 3 weeks", "if I pay $1,200 a month in rent, how much is that over 5
years".

One amount each period ("$100 a month", "$15 per day", "$50 every week") and one span ("for 2 years", "over 3 weeks",
"in 6 months"; for an amount a month, "per year" or "a year" is one year); the total is amount × span ×
(periods in one span unit). Only conversions that hold exactly are
used: 12 months a year, 7 days a week, 24 hours a day (and the same unit: 1). Weeks or days in a year or a month
are not whole numbers (52 weeks and a day; 28 to 31 days), so those abstain. Every other word must be a connecting
word. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_PERIOD = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}
_EACH = re.compile(rf"\$ ?{_NUMBER} (?:a|an|per|each|every) (hour|day|week|month|year)\b")
_SPAN = re.compile(rf"\b(?:for|over|in|after|within) (?:the next )?{_NUMBER} (hours?|days?|weeks?|months?|years?)\b")
# "how much is that per year": one year, for an amount a month only (a day's or an hour's pay counts the days or
# hours worked, which 7 a week or 24 a day would overstate)
_PER_YEAR = re.compile(r"\b(?:per|a|in a|in one|each|every|for a|for one|over a) year\b")
# periods of the first unit in one of the second, where the count is the same every time
_IN_ONE = {("month", "year"): 12, ("day", "week"): 7, ("hour", "day"): 24}
_CONNECTING = frozenset("""
how much will would do does did i we you it that be is in total altogether save saved saving put putting away aside
set pay paid paying spend spent spending earn earned earning make made get have if a the what rent on of with she he
they saves pays spends earns makes gets has
""".split())


def read_recurring_total(text: str) -> Worded | None:
    """The total of an amount each period over a span, or None when `text` is not that request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ").replace(",", " , ")
    plain = re.sub(r"(\d) , (\d{3})\b", r"\1,\2", plain)  # "$1 , 200" back to "$1,200"
    each = list(_EACH.finditer(plain))
    if len(each) != 1:
        return None
    rest = plain.replace(each[0].group(0), " ")
    spans = list(_SPAN.finditer(rest))
    if len(spans) == 1:
        span_text, span_unit = spans[0].group(1), spans[0].group(2).rstrip("s")
    elif not spans and each[0].group(2) == "month" and len(yearly := list(_PER_YEAR.finditer(rest))) == 1:
        spans, span_text, span_unit = yearly, "1", "year"
    else:
        return None
    rest = rest.replace(spans[0].group(0), " ")
    if "how much" not in plain and rest.strip():
        return None  # the total asked in words, or nothing but the amount and the span ("$100 a month for 2 years")
    if any(word not in _CONNECTING for word in re.findall(r"[a-z$%'-]+|\d+", rest.replace(",", " "))):
        return None
    amount_text, period = each[0].group(1), each[0].group(2)
    if len(amount_text) > MOST_DIGITS or len(span_text) > MOST_DIGITS:
        return None
    per = 1 if period == span_unit else _IN_ONE.get((period, span_unit))
    if per is None:
        return None  # weeks in a year, days in a month: not a whole number of periods
    amount, span = Fraction(amount_text.replace(",", "")), Fraction(span_text.replace(",", ""))
    note = f"total = ${amount} a {period} × {span} {span_unit}s" + (f" × {per} {period}s a {span_unit}" if per != 1
                                                                     else "")
    return priced(Worded(f"({amount})*({span})*({per})", note), amount * span * per)


__all__ = ["read_recurring_total"]
