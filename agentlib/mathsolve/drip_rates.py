"""A nurse's gravity drip rate: "1000 mL over 8 hours, drops per minute with a 15 gtt/mL set", "1 litre over 8 hours
with a drip factor of 20 drops per ml, how many drops per minute", "infuse 500 ml in 4 hrs, drop factor 10, gtt/min".

Clauses (`clause_scan.py`), in any order: the volume (mL or litres), the time (hours or minutes), the set's drop
factor (drops per mL, or a "drop factor" / "drip factor" with its number) and the question, which must ask for drops
per minute. Each is said once, so the one formula is certain: drops/min = volume (mL) × drop factor (gtt/mL) ÷ time
(min). A flow in mL per hour (an infusion pump's rate) is another question and is not read here. The exact rate
is shown with its decimal (a drip is then set to the nearest drop by the nurse, not by this reader).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"(?P<{}>\d{{1,5}}(?:\.\d{{1,3}})?)"
_ML = {"ml": 1, "mls": 1, "cc": 1, "millilitres": 1, "milliliters": 1, "l": 1000, "litre": 1000, "litres": 1000,
       "liter": 1000, "liters": 1000}
_MIN = {"hours": 60, "hour": 60, "hrs": 60, "hr": 60, "h": 60, "minutes": 1, "minute": 1, "mins": 1, "min": 1}
_DROPS = r"(?:gtt|gtts|drops)"
_KINDS = {
    "volume": re.compile(r"(?:(?:infuse|give|run|hang|administer) )?(?:an? )?" + _N.format("volume") +
                         r" ?(?P<vunit>" + "|".join(sorted(_ML, key=len, reverse=True)) +
                         r")(?: of (?:normal saline|saline|ns|fluid|fluids|d5w|iv fluid))?"),
    "time": re.compile(r"(?:over|in|for|during) " + _N.format("time") + r" ?(?P<tunit>" +
                       "|".join(sorted(_MIN, key=len, reverse=True)) + r")"),
    "factor": re.compile(r"(?:(?:with |using )?(?:an? |the )?(?:drip|drop) factor(?: of| is|:)? " + _N.format("named") +
                         rf"(?: ?{_DROPS} ?(?:/|per) ?ml)?|(?:with |using |on )?(?:an? |the )?" + _N.format("set") +
                         rf" ?{_DROPS} ?(?:/|per) ?ml(?: (?:giving |administration |iv )?(?:set|tubing|line))?)"),
    "ask": re.compile(rf"(?:how many |what is the |what are the |in |the )?(?:{_DROPS} (?:per|a|/) ?(?:minute|min)|"
                      rf"(?:drip|flow) rate in {_DROPS} ?(?:per|/) ?min(?:ute)?|{_DROPS}/min)"),
}


def read_drip_rate(text: str) -> Worded | None:
    """Drops per minute for the stated volume, time and drop factor, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"volume", "time", "factor", "ask"}, set())
    if said is None:
        return None
    volume = Fraction(said["volume"]["volume"]) * _ML[said["volume"]["vunit"]]
    minutes = Fraction(said["time"]["time"]) * _MIN[said["time"]["tunit"]]
    factor = Fraction(said["factor"]["named"] or said["factor"]["set"])
    if minutes == 0 or volume == 0 or factor == 0:
        return None
    return priced(Worded(f"({volume})*({factor})/({minutes})",
                         "drops per minute = volume (mL) × drop factor (gtt/mL) ÷ time (min)"),
                  volume * factor / minutes)


__all__ = ["read_drip_rate"]
