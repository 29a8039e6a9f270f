"""Body mass index from a stated height and weight: "im 1.75 m and 70 kg whats my bmi", "bmi for 80 kg and 180 cm",
"what's the bmi of someone 1.62 m tall weighing 55 kg".

Clauses (`clause_scan.py`), in any order: the height in metres or centimetres, the weight in kilograms, and the
question naming BMI, each said once. BMI is kg / m², the standard definition, computed exactly and shown with its
decimal. Pounds and inches (whose BMI formula carries a factor of 703) are left out, so such a request is not
read, and so is a request with only one of the two measurements.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request, priced

_N = r"(?P<{}>\d{{1,3}}(?:\.\d{{1,2}})?)"
_METRES: dict[str, Fraction] = {**dict.fromkeys(("m", "metres", "meters", "metre", "meter"), Fraction(1)),
                                 "cm": Fraction(1, 100)}
_KINDS = {
    "height": re.compile(r"(?:(?:i'm|im|i am|he's|she's|he is|she is|someone|a person|height(?: is|:)?|at) )?" +
                         _N.format("height") + r" ?(?P<unit>metres|meters|metre|meter|cm|m)(?: tall)?"),
    "weight": re.compile(r"(?:(?:i weigh|weighing|weighs|weight(?: is|:)?|i'm|im|i am) )?" + _N.format("weight") +
                         r" ?(?:kg|kgs|kilos|kilograms)"),
    "ask": re.compile(r"(?:what's |what is |calculate |find )?(?:my |the |their |his |her )?(?:bmi|body mass index)"
                      r"(?: of(?: someone| a person)?| for(?: someone| a person)?| if| with)?"),
}


def read_body_mass_index(text: str) -> Worded | None:
    """kg / m² for the stated height and weight, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    found = scan(plain, _KINDS)
    said = None if found is None else once_each(found, {"height", "weight", "ask"}, set())
    if said is None:
        return None
    metres = Fraction(said["height"]["height"]) * _METRES[said["height"]["unit"]]
    kilograms = Fraction(said["weight"]["weight"])
    if not Fraction(1, 2) <= metres <= Fraction(5, 2) or kilograms == 0:
        return None  # a height outside any person's, as "175 m", is a slip this reader does not guess past
    return priced(Worded(f"({kilograms})/({metres})**2", "BMI = weight (kg) ÷ height (m)²"), kilograms / metres**2)


__all__ = ["read_body_mass_index"]
