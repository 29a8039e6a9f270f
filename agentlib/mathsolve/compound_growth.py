"""Compound interest in any word order: "$1000 at 5% compounded yearly for 3 years", "how much is $2,000 worth after
10 years at 7% compounded annually", "compound interest on $2500 at 4% for 2 years", "if I invest $500 at 6%
compounded monthly, how much will I have after 18 months".

The request is read as a set of parts, each said once, and every other word must be one of a few connecting words
(so a loan payment, a deposit each month or "simple interest" is never read here):

    principal  one amount of money ("$1,000", "1000 dollars")
    rate       one percent per year ("5%", "5 percent")
    period     how often it is compounded: annually / yearly / per year (1), semi-annually / twice a year (2),
               quarterly (4), monthly (12); "compound interest" with no period is once a year, the textbook's
               convention. Daily is left out (365 or 360 days is a bank's convention, not the words').
    time       "for / after / in / over N years" or "N months"; the number of periods must be whole
    asked      the amount (bare, "worth", "grow to", "have", "balance") or the interest alone ("compound interest
               on", "how much interest", "interest earned"); both asked at once abstains.

amount = P × (1 + r/100/n)^(n·t), interest = amount - P: an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MONEY = re.compile(rf"\$ ?{_NUMBER}|{_NUMBER} (?:dollars|usd|euros|pounds)\b")
_RATE = re.compile(rf"{_NUMBER} ?(?:%|percent\b)")
_TIME = re.compile(rf"\b(?:for|after|in|over|within) {_NUMBER} (years?|yrs?|months?)\b")
_PERIODS = {"annually": 1, "yearly": 1, "per year": 1, "a year": 1, "each year": 1, "every year": 1,
            "per annum": 1, "semi-annually": 2, "semiannually": 2, "twice a year": 2, "half-yearly": 2,
            "quarterly": 4, "every quarter": 4, "monthly": 12, "every month": 12, "each month": 12}
_PERIOD = re.compile(r"\bcompounded (" + "|".join(sorted(map(re.escape, _PERIODS), key=len, reverse=True)) + r")\b")
_INTEREST_ASKED = re.compile(r"^(?:the )?compound interest (?:on|for|earned on)\b|\bhow much interest\b|"
                             r"\binterest (?:earned|will i earn|do i earn|would i earn)\b")
_AMOUNT_ASKED = re.compile(r"\b(?:worth|grow to|grows to|have|balance|amount|total|become)\b")
_CONNECTING = frozenset("""
what is the a an of on at for after in over within how much will would does do i you we it be is my if invest
invested deposit deposited put save saved savings account bank grow grows to worth have balance amount total
interest compound rate annual yearly with earn earned become get left
""".split())


def _one(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str] | None, str]:
    """The single match of `pattern` in `text` and `text` with it blanked; (None, text) unless there is exactly one."""
    matches = list(pattern.finditer(text))
    if len(matches) != 1:
        return None, text
    match = matches[0]
    return match, text[:match.start()] + " " + text[match.end():]


def _number(match: re.Match[str]) -> Fraction:
    return Fraction(next(g for g in match.groups() if g is not None).replace(",", ""))


def read_compound_growth(text: str) -> Worded | None:
    """The amount or the interest of a sum compounded as `text` says, or None when it is not such a request."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ")
    if len(plain) > 300 or any(len(n) > MOST_DIGITS for n in re.findall(r"\d[\d,.]*", plain)):
        return None
    money, rest = _one(_MONEY, plain)
    rate, rest = _one(_RATE, rest)
    time, rest = _one(_TIME, rest)
    if money is None or rate is None or time is None:
        return None
    period, rest = _one(_PERIOD, rest)
    if period is None and (len(_PERIOD.findall(rest)) or "compounded" in rest or "compound interest" not in plain):
        return None  # a period said twice, one not listed ("compounded daily"), or no compounding named at all
    per_year = _PERIODS[period.group(1)] if period else 1
    if any(word not in _CONNECTING for word in re.findall(r"[a-z$%'-]+", rest.replace(",", " "))):
        return None
    interest_asked = _INTEREST_ASKED.search(plain) is not None
    if interest_asked and _AMOUNT_ASKED.search(plain):
        return None  # the interest and the amount both asked: which is meant is not said
    principal, yearly = _number(money), _number(rate)
    years = _number(time) / (12 if time.group(2).startswith("month") else 1)
    periods = per_year * years
    if periods.denominator != 1 or periods > 1200 or principal == 0:
        return None
    grown = principal * (1 + yearly / 100 / per_year) ** int(periods)
    formula = f"({principal})*(1 + ({yearly})/100/({per_year}))**({periods})"
    said = {1: "once a year", 2: "twice a year", 4: "quarterly", 12: "monthly"}[per_year]
    grows = f"principal × (1 + rate/100/{per_year})^({per_year} × years)"
    if interest_asked:
        return replace(priced(Worded(f"{formula} - ({principal})", f"interest = {grows} - principal, "
                                     f"compounded {said}"), grown - principal), money=True)
    return replace(priced(Worded(formula, f"amount = {grows}, compounded {said}"), grown), money=True)


__all__ = ["read_compound_growth"]
