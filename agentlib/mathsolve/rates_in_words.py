"""Rates in words: two workers together ("Tom can paint a fence in 4 hours and Jerry in 6 hours; how long
together?", "A는 6시간, B는 3시간에 끝낸다. 둘이 함께 하면"), and average speed over a trip (two legs at two
speeds, or one distance in one time).

Working together adds the rates: time = 1/(1/a + 1/b). Average speed is the whole distance over the whole time:
(d₁ + d₂)/(d₁/v₁ + d₂/v₂), never the mean of the two speeds. Each shape needs the same unit for both times
(both legs' distances, both speeds) and a speed unit that fits the distance unit, else it does not read the
request. The result is an `evaluate` request, computed exactly and checked like any other arithmetic.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, read_shapes

_N = NUMBER
_TIME = r"(hours|minutes|days|hrs|mins)"
_DISTANCE = r"(km|miles|mi|m)"
_SPEED = r"(km/h|mph|m/s)"
_FITS = {("km", "km/h"), ("miles", "mph"), ("mi", "mph"), ("m", "m/s")}
_MOVED = (r"(?:drove|drive|drives|walked|walk|walks|ran|run|runs|cycled|cycle|cycles|rode|ride|rides|traveled|"
          r"travelled|travel|travels|went|go|goes|jogged)")


def _together(first: str, unit: str, second: str) -> Worded | None:
    if Fraction(first) <= 0 or Fraction(second) <= 0:
        return None
    return Worded(f"1/(1/({first}) + 1/({second}))", "time together = 1/(1/a + 1/b): the rates add")


def _two_legs(d1: str, du1: str, v1: str, vu1: str, d2: str, du2: str, v2: str, vu2: str) -> Worded | None:
    if du1 != du2 or vu1 != vu2 or (du1, vu1) not in _FITS or 0 in (Fraction(v1), Fraction(v2)):
        return None
    return Worded(f"(({d1}) + ({d2}))/(({d1})/({v1}) + ({d2})/({v2}))",
                  "average speed = total distance / total time = (d₁ + d₂)/(d₁/v₁ + d₂/v₂)")


def _distance_over_time(distance: str, time: str) -> Worded | None:
    if Fraction(time) == 0:
        return None
    return Worded(f"({distance})/({time})", "average speed = distance / time")


_HOURS = {"hours": Fraction(1), "hour": Fraction(1), "hrs": Fraction(1), "hr": Fraction(1), "h": Fraction(1),
          "minutes": Fraction(1, 60), "minute": Fraction(1, 60), "mins": Fraction(1, 60), "min": Fraction(1, 60),
          "seconds": Fraction(1, 3600), "second": Fraction(1, 3600), "secs": Fraction(1, 3600), "s": Fraction(1, 3600)}
_KM = {"km": Fraction(1), "kilometers": Fraction(1), "kilometres": Fraction(1), "m": Fraction(1, 1000),
       "meters": Fraction(1, 1000), "metres": Fraction(1, 1000)}
_MILES = {"miles": Fraction(1), "mile": Fraction(1), "mi": Fraction(1)}


def _speed(distance: str, distance_unit: str, time: str, time_unit: str, asked: str | None) -> Worded | None:
    """distance / time in the asked unit (km/h, m/s, mph), or the unit the distance and time name together."""
    hours = Fraction(time) * _HOURS[time_unit]
    if hours == 0:
        return None
    if asked is None:  # only the pairs whose speed unit is plain: km in hours, m in seconds, miles in hours
        natural = {("km", "h"): "km/h", ("m", "s"): "m/s", ("mi", "h"): "mph"}
        base = "km" if distance_unit in ("km", "kilometers", "kilometres") else "m" if distance_unit in _KM \
            else "mi"
        span = "h" if _HOURS[time_unit] == 1 else "s" if _HOURS[time_unit] == Fraction(1, 3600) else "min"
        asked = natural.get((base, span))
        if asked is None:
            return None
    if asked == "mph":
        if distance_unit not in _MILES:
            return None
        return Worded(f"({distance})/({hours})", f"speed = distance / time = {distance} miles / {hours} h, in mph")
    if distance_unit not in _KM:
        return None
    km_per_hour = f"({distance})*({_KM[distance_unit]})/({hours})"
    if asked == "m/s":
        return Worded(f"{km_per_hour}*1000/3600", "speed = distance / time, in metres per second")
    return Worded(km_per_hour, "speed = distance / time, in km/h")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"[a-z]+ can [a-z ]{{1,40}}? in {_N} {_TIME} and [a-z]+ (?:can do it |can do the same |can )?in "
                rf"{_N} \2\.? how (?:long|many \2) (?:will it take |would it take |does it take )?(?:them )?"
                r"(?:if they work together|working together|together)"), _together),
    (re.compile(rf"(?:어떤 일을 )?[a-z가-힣]+(?:는|은|가|이) {_N}\s?(시간|일|분), [a-z가-힣]+(?:는|은|가|이) {_N}\s?\2"
                r"(?:에|만에) (?:끝낸다|끝낸다고 한다|마친다|완성한다)\.? "
                r"(?:둘이|두 사람이) (?:함께|같이) (?:하면|일하면) "
                r"몇 \2(?:이|은|이나)? 걸리(?:나|나요|는가|까요|는지)?"),
     _together),
    (re.compile(rf"(?:i|we|he|she|you|they|[a-z]+) {_MOVED} {_N} ?{_DISTANCE} at {_N} ?{_SPEED},? (?:and )?then "
                rf"{_N} ?{_DISTANCE} at {_N} ?{_SPEED}\.? what (?:was|is) (?:my|our|his|her|their|the|its) "
                r"average speed"), _two_legs),
    (re.compile(rf"{_N}\s?km(?:를|을) {_N}\s?시간(?: (\d{{1,2}})\s?분)?\s?(?:에|만에|동안) "
                r"(?:갔다면|갔다|달렸다면|달렸다|이동했다면|이동했다)\.? ?"
                r"평균 (?:속력|속도)(?:은|는) 시속 몇 ?km(?:인가요|야|입니까|일까요)?"),
     lambda distance, hours, minutes: _distance_over_time(
         distance, str(Fraction(hours) + Fraction(minutes or 0) / 60))),
]


_DIST_UNIT = r"(km|kilometers|kilometres|m|meters|metres|miles|mile|mi)"
_TIME_UNIT = r"(hours|hour|hrs|hr|h|minutes|minute|mins|min|seconds|second|secs|s)"
_ASKED = (r"(?: in (km/h|m/s|mph|kilometers per hour|kilometres per hour|miles per hour|meters per second|"
          r"metres per second))?")
_SPEED_UNITS = {"kilometers per hour": "km/h", "kilometres per hour": "km/h", "miles per hour": "mph",
                "meters per second": "m/s", "metres per second": "m/s"}
_MOVER = r"(?:an? |the |my |our |his |her )?[a-z]{1,20}"
_COVERS = (r"(?:goes|went|travels|travelled|traveled|drives|drove|runs|ran|walks|walked|cycles|cycled|rides|rode|"
           r"covers|covered|flies|flew|swims|swam)")


def _speed_shape(distance: str, distance_unit: str, time: str, time_unit: str, asked: str | None) -> Worded | None:
    return _speed(distance, distance_unit, time, time_unit, _SPEED_UNITS.get(asked or "", asked))


_SHAPES += [
    (re.compile(rf"{_MOVER} {_COVERS} {_N} ?{_DIST_UNIT} in {_N} ?{_TIME_UNIT}[.,]? (?:what (?:is|was) |find )"
                rf"(?:its|his|her|their|the|my) (?:average )?speed{_ASKED}"), _speed_shape),
    (re.compile(rf"(?:if|when) {_MOVER} {_COVERS} {_N} ?{_DIST_UNIT} in {_N} ?{_TIME_UNIT},? (?:what (?:is|was) )"
                rf"(?:its|his|her|their|the|my) (?:average )?speed{_ASKED}"), _speed_shape),
    (re.compile(rf"(?:the )?(?:average )?speed (?:of (?:something|a car|a train|an object|a runner) )?"
                rf"(?:that|which|who)? ?"
                rf"{_COVERS} {_N} ?{_DIST_UNIT} in {_N} ?{_TIME_UNIT}{_ASKED}"), _speed_shape),
]


def read_rate(text: str) -> Worded | None:
    """The time together or average speed `text` asks for, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)
