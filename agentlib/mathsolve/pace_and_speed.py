"""A runner's or driver's pace and speed from one distance and one time, in any units of length and time: "ran 10 km
in 52 minutes, what's my pace per km", "five miles in forty minutes, what's my pace per mile", "120 km in 90 minutes,
speed in km/h", "what's my average speed if I cycled 30 miles in 1 hour 40 minutes"; and a time from a pace, "at 8
minutes per mile how long for 26.2 miles".

The request is read as a small grammar, every word accounted for:

    request  := (trip | ask) ","? (ask | trip)          the two halves in either order, "if" between them allowed
    trip     := verb? distance ("in" | "for") duration   "in 1 hour 40 minutes": a duration may have two units
    ask      := "pace" ("per" length)? | ("average")? "speed" ("in" speed)? | "how fast" ...
    paced    := "at" number time "per" length "how long" ("for" | "to run") distance

A pace is the time per one length, in minutes: per the asked length, else per the distance's own unit when that is
a km or a mile (a pace per metre is no one's pace, so "400 m in 90 s, what's my pace" abstains); a speed is length
per time in the asked units. With no unit asked, a speed is answered only where the
units say it (miles in hours: miles per hour; metres in seconds: m/s); "120 km in 90 minutes, what's the speed"
abstains, as km per minute and km/h are both said. Units are converted exactly by `units.factor`; a word the grammar
does not know leaves the request to the other readers. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced
from agentlib.mathsolve.race_times import spell_race_times
from agentlib.mathsolve.units import factor, unit
from agentlib.numwords import compound_number

_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\d*\.\d+)"
_WORD = r"([a-z]+)"
_QUANTITY = re.compile(rf"{_NUMBER} ?{_WORD}")
# A speed's units, said together: "km/h", "mph", "miles per hour", "m/s"
_SPEED_NAMES = {"mph": ("miles", "hours"), "kph": ("km", "hours"), "kmh": ("km", "hours"),
                "km/h": ("km", "hours"), "km/hr": ("km", "hours"), "m/s": ("meters", "seconds"),
                "m/min": ("meters", "minutes"), "km/min": ("km", "minutes")}
_SPEED_ASKED = re.compile(r"(?:in|as|per) (mph|kph|kmh|km/hr?|m/s|m/min|km/min|([a-z]+) ?(?:/|per) ?([a-z]+))$")
_VERBS = r"(?:i |we |you |she |he |they )?(?:ran|run|walked|walk|cycled|biked|rode|drove|swam|hiked|jogged|went|" \
    r"covered|did|do|go|travel(?:l?ed)?|raced?)"
_TRIP = re.compile(rf"(?:(?:if|when) )?(?:{_VERBS} )?(?:a |an )?(?P<distance>{_NUMBER} ?[a-z]+) (?:in|for) "
                   rf"(?P<duration>{_NUMBER} ?[a-z]+(?:,? (?:and )?{_NUMBER} ?[a-z]+)?)")
_PACE_ASK = re.compile(r"(?:what(?: is|'s) )?(?:my |the |our |his |her |their )?(?:average )?pace"
                       r"(?: per ([a-z]+))?(?: (?:in|is))?")
_SPEED_ASK = re.compile(r"(?:what(?: is|'s|was) )?(?:my |the |our |his |her |their )?(?:average )?speed"
                        r"(?: (?:in|as) (?P<units>.+))?|how fast (?:was|is|am) (?:i|that|it|we|he|she)"
                        r"(?: in (?P<units2>.+))?")
_PACED = re.compile(rf"at (?P<amount>{_NUMBER}) ?(?P<time>[a-z]+) (?:per|a|an|/) ?(?P<length>[a-z]+),? how long "
                    rf"(?:for|to (?:run|walk|go|cover|do)|will it take (?:for|to run|to walk)?) ?"
                    rf"(?:a |an |the )?(?P<distance>{_NUMBER} ?[a-z]+)")


def _quantity(text: str, dimension: str) -> tuple[Fraction, str] | None:
    """ "10 km" -> (10, "km") when the unit is one of `dimension` ('length' or 'time'); else None."""
    match = _QUANTITY.fullmatch(text.strip())
    if match is None or len(match.group(1)) > MOST_DIGITS:
        return None
    name = unit(match.group(2))
    if name is None or factor(name, "meters" if dimension == "length" else "seconds") is None and \
            name != ("meters" if dimension == "length" else "seconds"):
        return None
    return Fraction(match.group(1).replace(",", "")), name


def _in(amount: Fraction, name: str, target: str) -> Fraction | None:
    """`amount` of unit `name` in unit `target` (same dimension), exactly."""
    if name == target:
        return amount
    ratio = factor(name, target)
    return None if ratio is None else amount * ratio


def _duration(text: str) -> tuple[Fraction, str, str] | None:
    """ "1 hour 40 minutes" -> (100, "minutes", "hours"): a duration in its smallest unit, and its largest unit (the
    one a speed is said per); the units must shrink."""
    parts = [p for p in re.split(r",? (?:and )?(?=\d)", text.strip()) if p]
    quantities = [q for q in (_quantity(p, "time") for p in parts) if q is not None]
    if not quantities or len(quantities) != len(parts):
        return None
    smallest = quantities[-1][1]
    total = Fraction(0)
    for (amount, name), following in zip(quantities, quantities[1:] + [None]):
        if following is not None and (factor(name, following[1]) or 0) <= 1:
            return None  # "40 minutes 1 hour": a compound duration's units shrink
        converted = _in(amount, name, smallest)
        if converted is None:
            return None
        total += converted
    return total, smallest, quantities[0][1]


def _rational(value: Fraction) -> str:
    return f"(({value.numerator})/({value.denominator}))" if value.denominator != 1 else f"({value.numerator})"


def _one(name: str) -> str:
    """A unit's name after "per": "miles" -> "mile", "km" stays."""
    return {"miles": "mile", "meters": "meter", "feet": "foot", "yards": "yard", "hours": "hour",
            "minutes": "minute", "seconds": "second", "inches": "inch"}.get(name, name)


def _pace(distance: tuple[Fraction, str], duration: tuple[Fraction, str, str], per: str | None) -> Worded | None:
    length = unit(per) if per else distance[1]
    if length is None or (per is None and length not in ("km", "miles")):
        return None  # a pace is said per km or per mile; "400 m in 90 s, pace" per metre is no one's pace
    minutes, covered = _in(*duration[:2], "minutes"), _in(*distance, length)
    if minutes is None or not covered:
        return None
    value = minutes / covered
    return priced(Worded(f"{_rational(minutes)}/{_rational(covered)}",
                         f"pace = time ÷ distance = {minutes} minutes ÷ {covered} {length}, in minutes per "
                         f"{_one(length)}"), value)


def _speed_units(asked: str | None, distance: str, duration: str) -> tuple[str, str] | None:
    if asked is None:  # only where the units already say the speed: miles in hours, metres in seconds
        return (distance, duration) if (distance, duration) in (("miles", "hours"), ("km", "hours"),
                                                                ("meters", "seconds")) else None
    match = _SPEED_ASKED.fullmatch("in " + asked.strip())
    if match is None:
        return None
    if match.group(1) in _SPEED_NAMES:
        return _SPEED_NAMES[match.group(1)]
    length, time = unit(match.group(2) or ""), unit(match.group(3) or "")
    return (length, time) if length and time else None


def _speed(distance: tuple[Fraction, str], duration: tuple[Fraction, str, str], asked: str | None) -> Worded | None:
    units = _speed_units(asked, distance[1], duration[2])
    if units is None:
        return None
    covered, taken = _in(*distance, units[0]), _in(*duration[:2], units[1])
    if covered is None or not taken:
        return None
    return priced(Worded(f"{_rational(covered)}/{_rational(taken)}",
                         f"speed = distance ÷ time = {covered} {units[0]} ÷ {taken} {units[1]}, in {units[0]} per "
                         f"{_one(units[1])}"), covered / taken)


def _asked(ask: str, distance: tuple[Fraction, str], duration: tuple[Fraction, str, str]) -> Worded | None:
    if (pace := _PACE_ASK.fullmatch(ask)) is not None:
        return _pace(distance, duration, pace.group(1))
    if (speed := _SPEED_ASK.fullmatch(ask)) is not None:
        return _speed(distance, duration, speed.group("units") or speed.group("units2"))
    return None


def _time_from_pace(match: re.Match[str]) -> Worded | None:
    time, length = unit(match.group("time")), unit(match.group("length"))
    distance = _quantity(match.group("distance"), "length")
    if time is None or length is None or distance is None or _quantity(f"1 {time}", "time") is None:
        return None
    covered = _in(*distance, length)
    if covered is None:
        return None
    pace = Fraction(match.group("amount").replace(",", ""))
    return priced(Worded(f"{_rational(pace)}*{_rational(covered)}",
                         f"time = pace × distance = {pace} {time} per {_one(length)} × {covered} {length}, in {time}"),
                  pace * covered)


def _spelled_before_units(text: str) -> str:
    """ "five miles" -> "5 miles": a number word right before a unit of length or time is a number (the shared
    spelling of number runs leaves single words under ten as words)."""
    def digits(match: re.Match[str]) -> str:
        value = compound_number(match.group(1))
        return str(value) if value is not None and unit(match.group(2)) else match.group(0)
    return re.sub(r"\b([a-z]+(?:-[a-z]+)?)(?= ([a-z]+)\b)", digits, text)


def read_pace_or_speed(text: str) -> Worded | None:
    """The pace, speed or time `text` asks for from one trip, or None when it is not such a request."""
    plain = spell_race_times(_spelled_before_units(plain_request(text).replace("’", "'").replace("what's", "what is")))
    plain = re.sub(r"[?]", "", plain).strip()
    if (paced := _PACED.fullmatch(plain)) is not None:
        return _time_from_pace(paced)
    halves = [h.strip() for h in re.split(r",|;| - | (?=what is |how fast )", plain) if h.strip()]
    if len(halves) == 1:  # "what is my pace if i ran 10 km in 52 minutes"
        match = re.fullmatch(r"(.+?) ((?:if|when) .+)", plain)
        halves = [match.group(1), match.group(2)] if match else halves
    if len(halves) != 2:
        return None
    for trip_text, ask in (halves, halves[::-1]):
        trip = _TRIP.fullmatch(trip_text)
        if trip is None:
            continue
        distance = _quantity(trip.group("distance"), "length")
        duration = _duration(trip.group("duration"))
        if distance is None or duration is None or distance[0] == 0 or duration[0] == 0:
            return None
        return _asked(ask, distance, duration)
    return None


__all__ = ["read_pace_or_speed"]
