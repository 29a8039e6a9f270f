"""Things that repeat on their own cycles, asked when they next coincide: "One bus comes every 12 minutes and another
every 18 minutes. If they both leave now, in how many minutes will they next leave together?", "two bells ring
every 12 and 18 minutes; after how many minutes will they ring together again?".

Things that happen together now and then every a, b, ... units happen together again first after the least common
multiple of a, b, ...: a common time is a multiple of every cycle, and lcm is the least. The reading is certain
only when the words pin every part of that down, so the request is read only when
- every "every" is followed by a whole number ("every 12 minutes", "every 12 and 18 minutes", "every 4, 6 and 10
  days"), every number in the request is one of those cycles, and all are in one unit of time (said once or for
  each): "every hour", "every 12 minutes and 30 seconds", "18 times an hour" or a clock time leave it unread;
- there are at least two cycles;
- the question (the last clause) asks how long until they coincide ("when", "how long", "in / after how many
  minutes", "what is the least time ...") and says "together", "at the same time" or "simultaneously";
- they are said to coincide now: "again" or "next" in the question, or "together", "at the same time" or "they
  both ... now" before it, and no offset between their starts ("a minute later", "earlier", "behind"). Without
  that, the first common time depends on when each started, which the words do not say.
The answer is lcm(a, b, ...) in the cycles' unit, an `evaluate` request.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Worded

_UNITS = {"second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds", "minute": "minutes",
          "minutes": "minutes", "min": "minutes", "mins": "minutes", "hour": "hours", "hours": "hours", "hr": "hours",
          "hrs": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks"}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_ONE = rf"(\d{{1,6}})(?: ?({_UNIT})\b)?"  # a cycle: its length, and its unit where said
_CYCLE = re.compile(rf"\bevery {_ONE}(?:(?:,| and|, and) (?:every )?{_ONE})*")
_MORE = re.compile(_ONE)
# an offset between the starts ("the second leaves a minute later"), or a cycle that holds only some of the time
# ("every 12 minutes on weekdays"), is not one common start and steady cycles
_OFFSET = re.compile(r"\b(?:later|earlier|before|after|delay(?:ed)?|late|behind|ahead|offset|weekdays?|weekends?|"
                     r"except|until|till|between|during|only|sometimes|or|otherwise)\b")
_NOW_TOGETHER = re.compile(r"\b(?:both|all|they|each)\b[^.;?!,]{0,40}\bnow\b")
_EVERY_WITHOUT_NUMBER = re.compile(r"\bevery (?!\d)")
_DIGITS = re.compile(r"\d+")
_CLAUSE_ENDS = ".;?!,"
_TOGETHER = r"(?:together|at the same time|simultaneously)"
_ASKS = re.compile(r"\s*(?:so |then )?(?:when|how long|(?:in |after )?how many (?:" + _UNIT + r")|"
                   r"what is the (?:least|shortest|smallest|minimum) (?:time|number of (?:" + _UNIT + r")))\b")
_MOST_CYCLES = 6
_COUNT_OF_THINGS = re.compile(r"(?:if |the )?(\d) [a-z]+s\b")


def read_shared_cycle(text: str) -> Worded | None:
    """The time until things on the cycles `text` names next coincide, or None when it is not that request."""
    plain = " ".join(text.lower().split()).rstrip(" ?!.")
    start = max(plain.rfind(mark) for mark in _CLAUSE_ENDS) + 1
    asked, told = plain[start:], plain[:start]
    if _ASKS.match(asked) is None or re.search(_TOGETHER, asked) is None or "how many times" in asked:
        return None
    if not (re.search(r"\b(?:again|next)\b", asked) or re.search(_TOGETHER, told) or _NOW_TOGETHER.search(told)):
        return None  # "when will they ring together?": when each started is not said
    if _OFFSET.search(told):
        return None
    cycles: list[int] = []
    units: set[str] = set()
    for said in _CYCLE.finditer(told):
        for number, unit in _MORE.findall(said.group()[len("every "):].replace("every ", "")):
            cycles.append(int(number))
            if unit:
                units.add(_UNITS[unit])
    if len(cycles) < 2 or len(cycles) > _MOST_CYCLES or len(units) != 1 or 0 in cycles:
        return None
    counted = _COUNT_OF_THINGS.match(told)  # "3 buses leave every ...": the count must be the cycles'
    if counted is not None and int(counted.group(1)) != len(cycles):
        return None
    if _EVERY_WITHOUT_NUMBER.search(told) or len(_DIGITS.findall(plain)) != len(cycles) + (counted is not None):
        return None  # "every hour", a clock time, or a number that is no cycle: something else is said
    unit = units.pop()
    formula = str(cycles[0])
    for cycle in cycles[1:]:
        formula = f"lcm({formula}, {cycle})"  # pairwise: lcm(a, b, c) is not n-ary in every SymPy call
    listed = ", ".join(map(str, cycles))
    return Worded(formula, f"the first time after now that cycles of {listed} {unit} coincide is their least common "
                           f"multiple, in {unit}")


__all__ = ["read_shared_cycle"]
