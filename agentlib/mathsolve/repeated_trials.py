"""Chances over independent tries with a stated chance each: "probability of at least one crit in 5 tries at 20%",
"chance of two crits in a row at 25% crit chance", "drop rate is 1%, chance to get it at least once in 100 kills",
"probability of exactly 2 hits in 6 shots with a 30% hit chance", "chance of no drops in 50 runs at 2%".

Each try succeeds with the same chance p, independently (the textbook reading of "a 20% crit chance"). The request
is read as parts, each said once, and every other word must be one of a few connecting words or the event's own
noun (so a chance that is not per try, a cost or a second rate is never read here):

    p        one percent ("20%", "1.5 percent") or "a 1 in 20 chance"
    event    at least one in n (1 - (1 - p)^n), none in n ((1 - p)^n), exactly k in n (C(n, k) p^k (1 - p)^(n-k)),
             or k in a row / twice in a row / k times in a row (p^k)
    n        "in / over / out of n tries" (attempts, rolls, kills, runs, pulls, shots, games, ...)

The answer is exact; a long or endless decimal is shown beside it (`approximately.py`).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, plain_request

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "twice": 2, "thrice": 3, "once": 1, "a": 1, "an": 1}
_COUNT = r"(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"
_TRIALS = r"(?:tries|attempts|rolls|kills|runs|pulls|spins|shots|games|rounds|trials|flips|throws|draws|raids|" \
          r"matches|fights|battles|opens|boxes|packs|swings|casts|turns|days|times)"
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?) ?(?:%|percent\b)")
_ONE_IN = re.compile(r"\ba (\d{1,3}) in (\d{1,6}) chance\b")
_IN_N = re.compile(rf"\b(?:in|over|out of|across|after) {_COUNT} {_TRIALS}\b")
_K = r"(?P<k>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"
_NOUN = r"(?: (?!(?:in|over|out|a|an|at|with|on|times)\b)(?P<noun>[a-z]+))?"  # the event's own word, if any
_EVENTS = [
    ("at_least_one", re.compile(rf"\bat least (?:one|1|once){_NOUN}")),
    ("none", re.compile(rf"\b(?:no|zero|not a single|not one|never a|never get a)\b{_NOUN}")),
    ("exactly", re.compile(rf"\bexactly {_K}{_NOUN}(?: times)?")),
    ("in_a_row", re.compile(rf"\b(?:{_K}{_NOUN}(?: times)?|(?P<twice>twice|thrice)) in a row\b")),
]
_CONNECTING = frozenset("""
what is are the a an of to get getting at with if and my i you it its each per every try time chance chances
probability likelihood rate drop crit critical hit proc success successes that this will would do does on in for
given be getting land landing rolling roll
""".split())


def read_repeated_trials(text: str) -> Worded | None:
    """The chance `text` asks over independent tries, or None when it is not such a request (see the docstring)."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ").replace(",", " ")
    # "odds" is left out: to a bettor it is p : (1 - p), not a probability
    if len(plain) > 300 or not re.search(r"\b(?:chance|chances|probability|likelihood)\b", plain):
        return None
    p, rest = _chance(plain)
    if p is None or not 0 < p < 1:
        return None
    found = [(kind, m) for kind, pattern in _EVENTS for m in pattern.finditer(rest)]
    if len(found) != 1:
        return None
    kind, event = found[0]
    rest = rest[:event.start()] + " " + rest[event.end():]
    noun = event.group("noun")
    k = _count(event.groupdict().get("twice") or event.groupdict().get("k"))
    n = None
    if kind != "in_a_row":
        trials = list(_IN_N.finditer(rest))
        if len(trials) != 1:
            return None
        n = _count(trials[0].group(1))
        rest = rest[:trials[0].start()] + " " + rest[trials[0].end():]
    if k is None and kind in ("exactly", "in_a_row") or n is not None and not 1 <= n <= 1000:
        return None
    nouns = {noun, noun[:-1] if noun and noun.endswith("s") else noun, (noun or "") + "s"} - {None, "", "s"}
    if re.search(r"\d", rest) or any(w not in _CONNECTING and w not in nouns for w in re.findall(r"[a-z']+", rest)):
        return None
    return _worded(kind, p, n, k)


def _chance(plain: str) -> tuple[Fraction | None, str]:
    """The one chance per try and the text with it blanked; None unless exactly one is said."""
    percents, ones = list(_PERCENT.finditer(plain)), list(_ONE_IN.finditer(plain))
    if len(percents) + len(ones) != 1:
        return None, plain
    match = (percents or ones)[0]
    p = Fraction(match.group(1)) / 100 if percents else Fraction(int(match.group(1)), int(match.group(2)))
    return p, plain[:match.start()] + " " + plain[match.end():]


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return _COUNTS[word] if word in _COUNTS else int(word) if word.isdigit() else None


def _worded(kind: str, p: Fraction, n: int | None, k: int | None) -> Worded | None:
    q = 1 - p
    if kind == "at_least_one" and n is not None:
        return Worded(f"1 - (1 - {p})**{n}", f"P(at least one in {n}) = 1 - (1 - p)^{n}, p = {p} each, independent",
                      approximate=True)
    if kind == "none" and n is not None:
        return Worded(f"(1 - {p})**{n}", f"P(none in {n}) = (1 - p)^{n}, p = {p} each, independent",
                      approximate=True)
    if kind == "exactly" and n is not None and k is not None and 0 <= k <= n:
        return Worded(f"{math.comb(n, k)}*({p})**{k}*({q})**{n - k}",
                      f"P(exactly {k} in {n}) = C({n}, {k}) p^{k} (1 - p)^{n - k}, p = {p} each, independent",
                      approximate=True)
    if kind == "in_a_row" and k is not None and 1 <= k <= 1000:
        return Worded(f"({p})**{k}", f"P({k} in a row) = p^{k}, p = {p} each, independent", approximate=True)
    return None


__all__ = ["read_repeated_trials"]
