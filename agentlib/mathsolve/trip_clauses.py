"""One steady trip told in fragments, in any order, and the third of speed, time and distance asked: "A car goes 60
mph for 2.5 hours. How far?", "how far will i get in 3 hours at 65 km/h", "average speed if i cover 120 miles in 2
hours 30 minutes", "300 km at 80 km/h, how long", "a train travels 450 km in 3 hours, what is its speed".

Clauses (`clause_scan.py`): who moves and how ("a car goes", "if i cover": one or two words before a verb of
motion), a speed with its unit ("60 mph", "at 80 km/h", "at a speed of 12 m/s"), a time ("for 2.5 hours", "in 2 hours
30 minutes"), a distance ("120 miles", "a distance of 300 km") and one question ("how far", "how long", "how many
minutes", "what is its speed", "how fast"). Two of the three quantities said once each and the third asked make the
one operation certain: distance = speed × time, time = distance ÷ speed, speed = distance ÷ time. Units are
converted exactly (`units.factor`): a distance comes in the speed's unit of length (or the one asked, "how many
km"), a time in the speed's unit of time (hours for mph and km/h, or the one asked), a speed in the unit asked, else
only where the distance and time name it together (miles in hours: mph; km in hours: km/h; metres in seconds:
m/s). A second speed, time or distance (a trip in legs), a word no clause knows ("apart", "back", "first hour")
or a speed with no time leaves the request unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced
from agentlib.mathsolve.units import factor, unit

_N = r"(?P<{}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,12}}(?:\.\d+)?)"
_SPEED_UNIT = (r"(?P<speed_unit>mph|km/h|km/hr|kph|kmh|m/s|miles (?:per|an) hour|kilomet(?:er|re)s (?:per|an) hour|"
               r"km (?:per|an) hour|met(?:er|re)s (?:per|a) second)")
_SPEED_UNITS = {"mph": ("miles", "hours"), "km/h": ("km", "hours"), "m/s": ("meters", "seconds")}
_LENGTH = r"(?P<{}>miles?|mi|km|kilomet(?:er|re)s?|met(?:er|re)s?|m)\b"
_TIME = r"(?P<{}>hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)\b"
_NOT_A_MOVER = ("not", "twice", "half", "back", "each", "then", "and", "also", "return", "round", "trip", "both",
                "every", "per", "faster", "slower", "first", "second", "last", "another", "other", "more", "less",
                "how", "what", "if", "when", "at", "in", "for")
_MOVER = r"(?:(?!(?:" + "|".join(_NOT_A_MOVER) + r")\b)[a-z]{1,15} ){0,2}"
_MOVES = (r"(?:goes|go|went|travels|travel|travell?ed|drives|drive|drove|rides|ride|rode|runs|run|ran|walks|walk|"
          r"walked|cycles|cycle|cycled|flies|fly|flew|moves|move|moved|covers|cover|covered|averages|averaged|"
          r"(?:is|was|are|am|were) (?:going|traveling|travelling|driving|moving|riding|running|walking|flying))")
_SUBJECT = r"(?:it|he|she|they|i|we|you|(?:an?|the|my|our) [a-z]{1,15})"
_GO = r"(?:go|get|travel|drive|ride|run|walk|fly|cover|move|cycle)"
_KINDS = {
    "mover": re.compile(rf"(?:(?:if|when|so) )?(?:(?:an?|the|my|our|his|her|their) )?{_MOVER}{_MOVES}\b|"
                        r"(?:(?:if|when|so) )?it (?:takes|took|will take)(?: (?:me|us|him|her|them))?"),
    "speed": re.compile(r"(?:(?:at|with) (?:an? (?:average |steady |constant )?speed of |an average of )?|"
                        r"(?:at|with) )?" + _N.format("speed") + " ?" + _SPEED_UNIT),
    "time": re.compile(r"(?:(?:for|in|over|during) )?" + _N.format("time") + " ?" + _TIME.format("time_unit") +
                       r"(?:,? (?:and )?" + _N.format("time2") + " ?" + _TIME.format("time2_unit") + ")?"),
    "distance": re.compile(r"(?:(?:for|a distance of|to (?:cover|go|travel|drive|ride|run|walk|fly)) )?" +
                           _N.format("distance") + " ?" + _LENGTH.format("length")),
    "ask_distance": re.compile(
        rf"how far(?: (?:does|did|will|would|can|could|do) {_SUBJECT} {_GO}| is (?:that|it))?|"
        rf"(?:what is |find )?(?:the )?(?:total )?distance(?: (?:traveled|travelled|covered|driven|gone))?|"
        r"how many " + _LENGTH.format("asked_length") +
        rf"(?: (?:does|did|will|would|can|could|do) {_SUBJECT} {_GO})?"),
    "ask_time": re.compile(
        rf"how long(?: (?:does|did|will|would) (?:it|that) take)?(?: (?:to|for) {_GO}(?: there)?| for {_SUBJECT} to "
        rf"{_GO})?|how much time(?: (?:does|did|will|would) (?:it|that) take)?|how many " + _TIME.format("asked_time") +
        rf"(?: (?:does|did|will|would) (?:it|that) take)?(?: (?:to|for) {_GO}(?: there)?)?"),
    # the unit an answer is asked in, said apart: "how far ... in km", "how long ... in minutes"
    "in_unit": re.compile(r"in (?P<in_unit>hours|minutes|seconds|miles|km|kilomet(?:er|re)s|met(?:er|re)s)\b"),
    "ask_speed": re.compile(
        r"(?:what is |what was |find )?(?:the |my |its |his |her |their |our )?(?:average )?speed"
        r"(?: (?:in|as) (?P<asked_speed>mph|km/h|kph|kmh|m/s|miles per hour|kilomet(?:er|re)s per hour|"
        r"met(?:er|re)s per second))?|"
        rf"how fast(?: (?:was|is|did|does|were|are|am) {_SUBJECT}(?: {_GO}(?:ing)?)?)?"),
}
_ASKS = ("ask_distance", "ask_time", "ask_speed")
_GIVEN = {"ask_distance": {"speed", "time"}, "ask_time": {"speed", "distance"}, "ask_speed": {"distance", "time"}}


def _number(text: str) -> Fraction | None:
    return Fraction(text.replace(",", "")) if len(text) <= MOST_DIGITS else None


def _speed_unit(name: str) -> str:
    name = unit(name) or name
    return {"km/hr": "km/h", "miles an hour": "mph", "km per hour": "km/h", "km an hour": "km/h",
            "kilometers an hour": "km/h", "kilometres an hour": "km/h", "meters a second": "m/s",
            "metres a second": "m/s", "kilometres per hour": "km/h", "meters per second": "m/s"}.get(name, name)


def _duration(said: re.Match[str]) -> tuple[Fraction, str] | None:
    """The time said, in its first (largest) unit: "2 hours 30 minutes" is 2.5 hours."""
    first = unit(said["time_unit"])
    amount = _number(said["time"])
    if first is None or amount is None:
        return None
    if said["time2"] is not None:
        second, more = unit(said["time2_unit"]), _number(said["time2"])
        ratio = None if second is None else factor(second, first)
        if ratio is None or ratio >= 1 or more is None:
            return None  # "30 minutes 2 hours": a compound time's units shrink
        amount += more * ratio
    return amount, first


def _in(amount: Fraction, name: str, target: str) -> Fraction | None:
    return amount if name == target else (None if (ratio := factor(name, target)) is None else amount * ratio)


def _formula(value: Fraction, note: str) -> Worded:
    return priced(Worded(f"({value.numerator})/({value.denominator})", note), value)


def _distance(said: dict[str, re.Match[str]], length: str, per: str) -> Worded | None:
    speed, duration = _number(said["speed"]["speed"]), _duration(said["time"])
    asked = said["ask_distance"]["asked_length"] or (said["in_unit"]["in_unit"] if "in_unit" in said else None)
    target = unit(asked) if asked else length
    hours = None if duration is None else _in(*duration, per)
    if speed is None or hours is None or target is None:
        return None
    covered = _in(speed * hours, length, target)
    if covered is None:
        return None
    return _formula(covered, f"distance = speed × time = {speed} {length} per {per[:-1]} × {hours} {per}, in {target}")


def _time(said: dict[str, re.Match[str]], length: str, per: str) -> Worded | None:
    speed, distance = _number(said["speed"]["speed"]), _number(said["distance"]["distance"])
    asked = said["ask_time"]["asked_time"] or (said["in_unit"]["in_unit"] if "in_unit" in said else None)
    target = unit(asked) if asked else per
    given = unit(said["distance"]["length"])
    covered = None if distance is None or given is None else _in(distance, given, length)
    if not speed or covered is None or target is None:
        return None
    taken = _in(covered / speed, per, target)
    if taken is None:
        return None
    return _formula(taken, f"time = distance ÷ speed = {covered} {length} ÷ {speed} {length} per {per[:-1]}, in "
                           f"{target}")


def _speed(said: dict[str, re.Match[str]]) -> Worded | None:
    distance, duration = _number(said["distance"]["distance"]), _duration(said["time"])
    given = unit(said["distance"]["length"])
    asked = said["ask_speed"]["asked_speed"]
    if distance is None or duration is None or given is None or duration[0] == 0:
        return None
    if asked is not None:
        length, per = _SPEED_UNITS.get(_speed_unit(asked), (None, None))
    else:  # only where the distance and the time name the speed together
        length, per = {("miles", "hours"): ("miles", "hours"), ("km", "hours"): ("km", "hours"),
                       ("meters", "seconds"): ("meters", "seconds")}.get((given, duration[1]), (None, None))
    if length is None or per is None:
        return None
    covered, taken = _in(distance, given, length), _in(*duration, per)
    if covered is None or not taken:
        return None
    return _formula(covered / taken, f"speed = distance ÷ time = {covered} {length} ÷ {taken} {per}")


def read_trip(text: str) -> Worded | None:
    """The distance, time or speed one steady trip in `text` asks for, or None when it is not this request."""
    plain = re.sub(r"\.\s+", ", ", plain_request(text).replace("’", "'").replace("what's", "what is"))
    plain = plain.replace("?", "").strip(" ,")
    found = scan(plain, _KINDS)
    if found is None:
        return None
    asks = [kind for kind, _ in found if kind in _ASKS]
    if len(asks) != 1:
        return None
    # who moves may be said again ("a car goes 60 mph. it travels for 2 hours"): it names no quantity
    said = once_each([(kind, match) for kind, match in found if kind != "mover"], _GIVEN[asks[0]] | {asks[0]},
                     {"in_unit"})
    if said is None or "in_unit" in said and asks[0] == "ask_speed":
        return None
    if asks[0] == "ask_speed":
        return _speed(said)
    length, per = _SPEED_UNITS.get(_speed_unit(said["speed"]["speed_unit"]), (None, None))
    if length is None or per is None:
        return None
    return _distance(said, length, per) if asks[0] == "ask_distance" else _time(said, length, per)


__all__ = ["read_trip"]
