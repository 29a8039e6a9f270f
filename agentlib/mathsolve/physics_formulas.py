"""One physics formula named by its quantity, with the quantities it needs given with their units: "density of an
object with mass 500 g and volume 200 cm^3", "force on a 10 kg mass accelerating at 3 m/s^2", "kinetic energy of a
2 kg ball moving at 3 m/s", "momentum of a 1200 kg car at 25 m/s", "work done by a 50 N force over 4 m", "power if
600 J of work is done in 20 s", "pressure of 300 N on 2 m^2".

The asked quantity names the formula, each given quantity is found by its unit (a mass in kg or g, a volume in
cm^3, m^3 or ml, an acceleration in m/s^2, a speed in m/s, a force in N, a distance in m, an energy in J, a time in
s, an area in m^2), each said once, and every other word must be a connecting word:

    density        mass / volume              in the given units (g/cm^3, kg/m^3, ...)
    force          mass × acceleration        kg and m/s^2: newtons
    kinetic energy ½ × mass × speed²          kg and m/s: joules
    momentum       mass × speed               kg and m/s: kg·m/s
    work           force × distance           N and m: joules
    power          work / time                J and s: watts
    pressure       force / area               N and m^2: pascals

Quantities in other units (grams in a force, km/h in an energy) are not converted here: the request is left to the
other readers, which abstain. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"(\d+(?:\.\d+)?)"
# a quantity's kind and its unit as written -> the unit's name in the answer's note
_UNITS: dict[str, dict[str, str]] = {
    "mass": {"kg": "kg", "g": "g", "grams": "g", "kilograms": "kg"},
    "volume": {"cm^3": "cm^3", "cm3": "cm^3", "cm³": "cm^3", "m^3": "m^3", "m3": "m^3", "m³": "m^3", "ml": "ml",
               "l": "l", "cubic centimeters": "cm^3", "cubic meters": "m^3"},
    "acceleration": {"m/s^2": "m/s^2", "m/s2": "m/s^2", "m/s²": "m/s^2"},
    "speed": {"m/s": "m/s"},
    "force": {"n": "N", "newtons": "N"},
    "distance": {"m": "m", "meters": "m", "metres": "m"},
    "energy": {"j": "J", "joules": "J"},
    "time": {"s": "s", "seconds": "s", "sec": "s"},
    "area": {"m^2": "m^2", "m2": "m^2", "m²": "m^2", "square meters": "m^2"},
}
_FORMULAS = {  # asked -> (needed kinds, formula on them, unit of the answer or None: the given units' quotient)
    "density": (("mass", "volume"), "({mass})/({volume})", None),
    "force": (("mass", "acceleration"), "({mass})*({acceleration})", "N"),
    "kinetic energy": (("mass", "speed"), "(1/2)*({mass})*({speed})**2", "J"),
    "momentum": (("mass", "speed"), "({mass})*({speed})", "kg·m/s"),
    "work": (("force", "distance"), "({force})*({distance})", "J"),
    "power": (("energy", "time"), "({energy})/({time})", "W"),
    "pressure": (("force", "area"), "({force})/({area})", "Pa"),
}
_SI = {"mass": "kg", "acceleration": "m/s^2", "speed": "m/s", "force": "N", "distance": "m", "energy": "J",
       "time": "s", "area": "m^2"}  # the units each formula with a named unit needs
_ASKED = re.compile(r"\b(density|force|kinetic energy|momentum|work(?: done)?|power|pressure)\b")
_CONNECTING = frozenset("""
what is the a an of on with and if by for at in over mass volume acceleration accelerating speed moving velocity
object ball car block box cube rock stone body it its has is was done travelling traveling going force
distance energy time area applied exerted needed required to give find calculate that when which of work kinetic
""".split())


def _quantities(text: str) -> tuple[dict[str, tuple[Fraction, str]], str] | None:
    """Each quantity of `text` by its unit's kind (said once) and the text without them."""
    found: dict[str, tuple[Fraction, str]] = {}
    written = sorted(((w, kind) for kind, units in _UNITS.items() for w in units), key=lambda p: -len(p[0]))
    alternatives = "|".join(re.escape(w) for w, _ in written)
    pattern = re.compile(rf"(?<![\w.]){_NUMBER} ?({alternatives})(?![\w^/²³])")
    rest = text
    for match in pattern.finditer(text):
        unit = match.group(2)
        kind = next(k for w, k in written if w == unit)
        if kind in found or len(match.group(1)) > MOST_DIGITS:
            return None
        found[kind] = (Fraction(match.group(1)), _UNITS[kind][unit])
        rest = rest.replace(match.group(0), " ", 1)
    return found, rest


def read_physics_formula(text: str) -> Worded | None:
    """The quantity `text` asks for by one formula of the table above, or None when it is not such a request."""
    plain = plain_request(text).replace("what's", "what is").replace("?", " ")
    asked = _ASKED.search(plain)  # the first quantity named is the one asked ("work done by a 50 N force")
    if asked is None or len(plain) > 300:
        return None
    name = "work" if asked.group(1).startswith("work") else asked.group(1)
    plain = plain[:asked.start()] + " " + plain[asked.end():]
    claimed = _quantities(plain)
    if claimed is None:
        return None
    found, rest = claimed
    needed, formula, unit = _FORMULAS[name]
    if set(found) != set(needed):
        return None
    if unit is not None and any(found[kind][1] != _SI[kind] for kind in needed):
        return None  # grams in a force, ml in a pressure: not converted here
    if any(word not in _CONNECTING for word in re.findall(r"[a-z']+|\d+", rest)):
        return None
    values = {kind: found[kind][0] for kind in needed}
    if name in ("density", "power", "pressure") and values[needed[1]] == 0:
        return None
    shown = unit or f"{found[needed[0]][1]}/{found[needed[1]][1]}"
    filled = formula.format(**{kind: str(v) for kind, v in values.items()})
    value = _evaluate(name, values)
    return priced(Worded(filled, f"{name} = {formula.format(**{k: k for k in needed})}, in {shown}"), value)


def _evaluate(name: str, values: dict[str, Fraction]) -> Fraction:
    if name == "density":
        return values["mass"] / values["volume"]
    if name == "force":
        return values["mass"] * values["acceleration"]
    if name == "kinetic energy":
        return values["mass"] * values["speed"] ** 2 / 2
    if name == "momentum":
        return values["mass"] * values["speed"]
    if name == "work":
        return values["force"] * values["distance"]
    if name == "power":
        return values["energy"] / values["time"]
    return values["force"] / values["area"]


__all__ = ["read_physics_formula"]
