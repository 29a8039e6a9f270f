"""Unsupported operands: a number a computation uses that neither the problem, an earlier step nor a unit gives.

A word problem's arithmetic works on the problem's quantities, on values earlier steps computed and on
unit facts (12 inches in a foot, 7 days in a week). An operand from none of these ("5 * $30" for "a
week" of work, "203 + 183" days nobody derived) is how a misread or invented quantity shows up in
a trace whose arithmetic is otherwise right. The verdict is "unsupported", not "refuted": the number
may be right for a reason the text does not give, so this is a flag for review, not a computation.

Known values, compared exactly as fractions: numbers written in the problem (digits, number words,
"half", "twice", "dozen", "three-fourths") and their products with the problem's unit facts ("two weeks"),
every number written in earlier steps, the results of earlier claims in the same step, any number the step
states after "=", unit constants named in the problem or step, and each known k as k/100, 100k, 1/k,
1 - k and 100 - k (percent and complement conversions). A claim that takes a known value apart
("65 = 5 * 13") introduces its parts.

In a problem that only counts whole things (no measures, money, time, rates), a computed count that is a
fraction above 1 ("153/2 = 76.5" points) is flagged the same way, unless the problem asks how many are
needed (or fit, or can be made) and the trace rounds the fraction there.

A final answer written as a plain number ("\\boxed{28}", "the answer is 28") must be a value the trace
holds (problem, earlier steps or the step itself), or one of them rounded. Any problem told as a story
in prose (`is_story_problem`) is grounded the same way; counting and number theory in prose are not.

Left out: problems written in LaTeX (competition math derives new constants freely, so an unknown
number there is no sign of an error) and operands of claims with no operation on either side.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from agentlib.checking.claims import ArithmeticClaim, display
from agentlib.checking.report import ClaimResult
from agentlib.numwords import CARDINALS, DENOMINATORS, GROUPS, MULTIPLIERS, SCALES, TENS

_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_WORDS = {
    **{word: value for word, value in CARDINALS.items() if value}, **TENS,
    **{word: SCALES[word] for word in ("hundred", "thousand", "million")},
    **DENOMINATORS, **MULTIPLIERS, **GROUPS, "both": 2, "each": 1, "once": 1,
}
# unit facts, each enabled by a word in the problem or the step
_UNITS = {
    r"minute|hour|second|clock|\bmin\b|\bhr": (60, 3600, 24),
    r"\bday|daily|night|hour": (24, 7, 365, 30),
    r"week": (7, 52),
    r"month": (12, 30, 31, 28, 4),
    r"year|annual": (12, 52, 365),
    r"dozen": (12,),
    r"foot|feet|inch|\bft\b": (12, 3, 36),
    r"yard": (3, 36),
    r"pound|ounce|\blb|\boz": (16,),
    r"gallon|quart|pint|cup": (4, 2, 8, 16, 128),
    r"meter|metre|gram|liter|litre|\bkm\b|\bkg\b|\bcm\b|\bml\b": (10, 100, 1000),
    r"cent|dollar|\$|penny|pennies|price|cost": (100,),
    r"quarter": (25, 4),
    r"dime": (10,),
    r"nickel": (5,),
    r"decade": (10,),
    r"century": (100,),
    r"percent|%": (100,),
    r"weekend": (2,),
    r"weekday": (5,),
}
_ALWAYS = (0, 1, 2, 10, 100)
_MEASURED = re.compile(
    r"%|percent|hour|minute|second|mile|pound|ounce|gallon|lit(?:er|re)|gram|met(?:er|re)|feet|foot|inch|yard|cup|"
    r"cent|dollar|price|cost|pay|paid|earn|rate|speed|average|mean|ratio|fraction|probab|chance|expect|odds|\bkm\b|"
    r"\bkg\b|weigh|tall|long|wide|area|volume|time|day|week|month|year|money|spend|spent|salary|wage", re.I)
# a value a step states as a result: "= $5.00", "39 minus 8 is 31", but not "= 5 \times 30"
_STATED = re.compile(
    r"(?:=|(?<=[\d)])\s+(?:is|equals)\b)\s*\\?\$?\s*(\d+(?:\.\d+)?)(?!\.?\d)(?!\s*(?:[-+*/x×^(]|\\times|\\cdot|\\div))"
)

# a final answer written as a plain number: "\boxed{$1,250}", "\boxed{12 \text{ apples}}", "The answer is 28."
_ANSWER = re.compile(
    r"\\boxed\s*\{\s*\\?\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:\\?%|\\(?:text|mbox|mathrm)\s*\{[^{}]*\}\s*)?\}"
    r"|\b[Tt]he (?:final )?answer is:?\s*\\?\$?\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)(?!\s*[-+*/×^%(])"
)


def is_word_problem(problem: str) -> bool:
    """A problem told in prose about measured quantities (money, time, units; no LaTeX math): where grounding is
    a signal. Counting and number-theory problems derive new numbers in prose, so an unknown operand there is not."""
    math = re.sub(r"\\?\$\s?(?=\d)", "", problem)  # "$12" is money, not math
    measured = bool(unit_values(problem) - {Fraction(100)}) or "$" in problem or "%" in problem or "percent" in problem
    return not re.search(r"\$|\\\(|\\\[|\\frac|\^", math) and len(values_in(problem)) >= 2 and measured


def values_in(text: str) -> set[Fraction]:
    """Numbers written in a text (digits with thousands separators, number words), as fractions."""
    lowered = re.sub(r"(?<![\w.])\.(?=\d)", "0.", text.lower())  # ".3" is 0.3
    found = {Fraction(n) for n in _NUMBER.findall(re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", lowered))}
    found |= {Fraction(v) for w, v in _WORDS.items() if re.search(rf"\b{w}\b", lowered)}
    return found


def unit_values(text: str) -> set[Fraction]:
    lowered = text.lower()
    return {Fraction(v) for pattern, values in _UNITS.items() if re.search(pattern, lowered) for v in values}


def widen(values: set[Fraction]) -> set[Fraction]:
    """Each k with k/100, 100k, 1/k, 1 - k and 100 - k: the conversions a step makes silently."""
    wide = set(values)
    for k in values:
        wide |= {k / 100, k * 100, 1 - k, 100 - k}
        if k:
            wide.add(1 / k)
    return wide


class Grounding:
    """What a word problem's trace may use so far; `check` flags claims that use something else."""

    def __init__(self, problem: str):
        self.problem = problem
        given = values_in(problem)
        self.problem_units = unit_values(problem)
        scaled = {g * u for g in given for u in self.problem_units}  # "two weeks" is 14 days
        self.known = widen(given | scaled | {Fraction(v) for v in _ALWAYS})
        self.written = set(given)  # numbers as written so far: what a final answer may restate

    def check(self, step: str, claims: list[ArithmeticClaim]) -> list[ClaimResult]:
        """Flag the first claim of `step` whose operands are not all known, then learn the step's numbers."""
        stated = {Fraction(n) for n in _STATED.findall(re.sub(r"(?<=\d),(?=\d{3})", "", step))}
        given = self.known | widen(unit_values(step) | self.problem_units)  # what the step did not state itself
        known = given | widen(stated)
        results = []
        for claim in claims:
            left_operands = claim.left_value.operations >= claim.right_value.operations
            operands = claim.left if left_operands else claim.right
            result = claim.right_value if left_operands else claim.left_value
            if result.operations == 0 and result.value in given:
                continue  # "132 = 2^2 * 3 * 11", "65 = 5 * 13": a known value taken apart
            unknown = sorted(v for v in operand_values(operands) if v not in known)
            if unknown:
                shown = ", ".join(show_value(v) for v in unknown)
                results.append(
                    ClaimResult(
                        "grounding",
                        claim.text,
                        "unsupported",
                        correct=f"{shown} is given by neither the problem nor an earlier step",
                        reason="unsupported operand",
                    )
                )
                break
            known |= widen(operand_values(claim.left) | operand_values(claim.right))
            given |= widen(operand_values(claim.left) | operand_values(claim.right))
        if not results:
            computed = {v for c in claims for v in (c.left_value.value, c.right_value.value) if isinstance(v, Fraction)}
            results.extend(self._check_answer(step, computed))
        self.known |= widen(values_in(step))
        self.written |= values_in(step)
        return results

    def _check_answer(self, step: str, computed: set[Fraction]) -> list[ClaimResult]:
        """A final answer ("\\boxed{28}", "the answer is 28") that no earlier step, the problem nor the step
        itself holds: the value was changed on the way to the answer."""
        match = _ANSWER.search(step)
        if match is None:
            return []
        written = (match.group(1) or match.group(2)).replace(",", "")
        rest = step[:match.start()] + " " + step[match.end():]
        answer, held = Fraction(written), self.written | values_in(rest) | computed
        held |= {v * 100 for v in held} | {v / 100 for v in held}  # 0.25 as 25%
        if answer in held or any(_rounds_to(value, answer) for value in held):
            return []  # "round 22.18 to 22", "23 buses" for 22.5
        return [ClaimResult("grounding", f"the answer {written}", "unsupported", reason="unsupported answer",
                            correct=f"{written} is given by neither the problem, an earlier step nor this one")]


def is_count_problem(problem: str) -> bool:
    """A problem in prose that gives only whole counts of things: no measures, money, time, rates,
    probabilities or fractions (where a value like 2.5 is natural), and no LaTeX math."""
    values = values_in(problem)
    return (len(values) >= 2 and all(v.denominator == 1 for v in values) and not _MEASURED.search(problem)
            and not re.search(r"\$|\\\(|\\\[|\\frac|\^|\d\s*/\s*\d|\d\.\d", problem))


_NUMBER_THEORY = re.compile(
    r"integer|digit|divisib|prime|multiple of|factor|remainder|\bways\b|arrange|permutation|combination|sequence|"
    r"sum of all|positive|\bsit\b|seat|different|distinct|choose|maximum|minimum|largest|smallest|least|greatest|"
    r"circle|triangle|square|point|base \d|reciprocal", re.I)


def is_story_problem(problem: str) -> bool:
    """A problem told as a story in prose (paintings, cookies, pupils; no LaTeX math): its steps, like a measured
    word problem's, only combine the story's numbers. Counting and number theory ("in how many ways", "divisible
    by", "the largest integer") are left out: they derive new numbers (7!, 29 * 7) from reasoning, not the text."""
    math = re.sub(r"\\?\$\s?(?=\d)", "", problem)
    return (not re.search(r"\$|\\\(|\\\[|\\frac|\^", math) and len(values_in(problem)) >= 2
            and not _NUMBER_THEORY.search(problem))


_CAPACITY = re.compile(r"\bhow many\b[^.?]*\b(?:need|needs|needed|required|must|can|could|fit|fill|trips?|"
                       r"will it take|does it take)\b", re.I)
_ROUNDS = re.compile(r"\b(?:round\w*|whole|full|complete|another|extra|additional|at least|ceil\w*|floor|remainder|"
                     r"left ?over)\b", re.I)


def fractional_count(claims: list[ArithmeticClaim], *, problem: str = "", rounding: str = "") -> list[ClaimResult]:
    """In a count problem, the first claim whose result is a fraction above 1 ("153/2 = 76.5" points):
    halving an odd count or dividing unevenly is how a wrong operation shows up there. A capacity question
    ("how many buses are needed") divides unevenly by design: there a fraction that `rounding` (this step
    and the next) rounds up or down is the method, not an error."""
    if _CAPACITY.search(problem) and _ROUNDS.search(rounding):
        return []
    for claim in claims:
        result = claim.right_value if claim.right_value.operations <= claim.left_value.operations else claim.left_value
        value = result.value
        if isinstance(value, Fraction) and value.denominator != 1 and abs(value) > 1:
            return [ClaimResult("grounding", claim.text, "unsupported", reason="a fractional count",
                                correct=f"the problem counts whole things, but this gives {float(value):g}")]
    return []


def _rounds_to(value: Fraction, answer: Fraction) -> bool:
    if abs(value - answer) >= 1:
        return False
    return any(
        math.floor(value * 10**d) == answer * 10**d or math.ceil(value * 10**d) == answer * 10**d for d in range(3)
    )


def operand_values(expression: str) -> set[Fraction]:
    return {Fraction(n) for n in _NUMBER.findall(display(expression))}


def show_value(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"
