"""Two classic word problems whose sentence fixes one linear equation:

- ages: "in 5 years Ana will be twice as old as she was 10 years ago; how old is Ana now?" sets up
  a + 5 = 2 (a - 10), so a = (5 + 2·10)/(2 - 1);
- mixtures: "how many liters of 20% solution must be mixed with 10 liters of 50% solution to get a 30% solution?"
  sets up 0.20 x + 0.50·10 = 0.30 (x + 10), so x = 10 (30 - 50)/(20 - 30).

The equation is named in the answer's note and its solution is an `evaluate` request, computed exactly and
checked. A reading whose solution is impossible (a negative age or an age below the years ago, a target
concentration not strictly between the two) abstains instead.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Builder, Worded, read_shapes

_N = r"(\d+(?:\.\d+)?)"
_TIMES = {"twice": 2, "two times": 2, "three times": 3, "thrice": 3, "four times": 4, "five times": 5}
_VOLUME = r"(liters|litres|l|ml|gallons|kg|grams|g|ounces|oz|cups)"


def _age(later: str, name: str, times: str, earlier: str, asked: str) -> Worded | None:
    k = _TIMES.get(times)
    if k is None or name != asked:
        return None
    now = (Fraction(later) + k * Fraction(earlier)) / (k - 1)
    if now < Fraction(earlier):
        return None  # younger than the years ago: the sentence cannot describe a real age
    return Worded(f"(({later}) + {k}*({earlier}))/({k} - 1)",
                  f"an age a with a + {later} = {k}(a - {earlier}), so a = ({later} + {k}·{earlier})/({k} - 1)")


def _mixture(unit: str, added: str, given: str, unit2: str, strength: str, target: str) -> Worded | None:
    p, q, r = Fraction(added), Fraction(strength), Fraction(target)
    if unit != unit2 or not (min(p, q) < r < max(p, q)):
        return None
    return Worded(f"({given})*(({target}) - ({strength}))/(({added}) - ({target}))",
                  f"an amount x with {added}% x + {strength}% × {given} = {target}% (x + {given})")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"in {_N} years,? ([a-z]+) will be ({'|'.join(_TIMES)}) as old as (?:she|he|they|\2) (?:was|were) "
                rf"{_N} years ago\.? how old is ([a-z]+)(?: now)?"),
     _age),
    (re.compile(rf"how (?:many|much) {_VOLUME} of (?:an? )?{_N}\s?% (?:[a-z]+ )?solution (?:must|should|do you need to|"
                rf"does one need to) be (?:mixed|added|combined) (?:with|to) {_N} ?{_VOLUME} of (?:an? )?{_N}\s?% "
                rf"(?:[a-z]+ )?solution to (?:get|make|obtain|give|produce) an? {_N}\s?% "
                r"(?:[a-z]+ )?(?:solution|mixture)"), _mixture),
]


def read_age_or_mixture(text: str) -> Worded | None:
    """The age or amount `text` asks for, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)
