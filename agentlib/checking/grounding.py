"""Word-problem values the trace did not derive: a final answer nothing computed, an earlier result carried wrongly.

A word problem's arithmetic works on the problem's quantities, on values earlier steps computed and on unit
facts (12 inches in a foot, 7 days in a week). Two misreadings show in a trace whose arithmetic is otherwise
right, and both are flagged "unsupported" (for review, with their evidence), not "refuted":

- a final answer written as a plain number ("\\boxed{28}", "the answer is 28") that no step computed or wrote,
  nor the problem, nor one of them rounded or as a percent: the value was changed on the way to the answer
  (evidence: the last value the trace computed, and its step);
- an operand that nothing gives (not the problem, no earlier step, no unit fact) and that is an earlier step's
  computed result (10 or more) with one digit changed, two digits swapped, off by less than ten or by a factor
  of ten, while the claim does not also use that result: the result was carried forward wrongly ("12 x 4 = 48", then
  "46 x 3"; evidence: the earlier result and its step). An unknown operand that is no near miss of a result is
  left alone: traces use facts the text does not give (52 cards, 360 degrees), so unknown alone is no error.

Known values, compared exactly as fractions: numbers written in the problem (digits, number words, "half",
"twice", "dozen", "three-fourths") and their products with the problem's unit facts ("two weeks"), every
number written in earlier steps, the results of earlier claims in the same step, any number the step states
after "=", unit constants named in the problem or step, and each known k as k/100, 100k, 1/k, 1 - k and
100 - k (percent and complement conversions).

Only problems told in prose are read this way (`is_word_problem`, `is_story_problem`): competition math
written in LaTeX derives new constants freely. Left out: operands of claims with no operation on either side.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from agentlib.checking.claims import ArithmeticClaim, display
from agentlib.checking.report import ClaimResult, Rule
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
_RECENT_RESULTS = 64  # earlier results a miscopied value is compared with (the latest ones: linear in the trace)
# a value a step states as a result: "= $5.00", "39 minus 8 is 31", but not "= 5 \times 30"
_STATED = re.compile(r"(?:=|(?<=[\d)])\s+(?:is|equals)\b)\s*\\?\$?\s*(\d+(?:\.\d+)?)(?!\.?\d)"
                     r"(?!\s*(?:[-+*/x×^(]|\\times|\\cdot|\\div))")

# a final answer written as a plain number: "\boxed{$1,250}", "\boxed{12 \text{ apples}}", "The answer is 28."
_ANSWER = re.compile(r"\\boxed\s*\{\s*\\?\$?\s*(\d[\d,]*(?:\.\d+)?)\s*"
                     r"(?:\\?%|\\(?:text|mbox|mathrm)\s*\{[^{}]*\}\s*)?\}"
                     r"|\b[Tt]he (?:final )?answer is:?\s*\\?\$?\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)(?!\s*[-+*/×^%(])")


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
    """What a word problem's trace may use so far; `check` flags a wrong final answer and a result carried wrongly."""

    def __init__(self, problem: str):
        self.problem = problem
        given = values_in(problem)
        self.problem_units = unit_values(problem)
        scaled = {g * u for g in given for u in self.problem_units}  # "two weeks" is 14 days
        self.known = widen(given | scaled | {Fraction(v) for v in _ALWAYS})
        self.written = set(given)  # numbers as written so far: what a final answer may restate
        self.results: dict[Fraction, int] = {}  # values earlier steps computed -> the step that computed it
        self.last_result: tuple[Fraction, int] | None = None

    def check(self, step: str, claims: list[ArithmeticClaim], number: int = 0) -> list[ClaimResult]:
        """Flags for step `number` (printed, from 1): a result carried wrongly, else a final answer nothing
        computed; then learn the step's numbers and results."""
        stated = {Fraction(n) for n in _STATED.findall(re.sub(r"(?<=\d),(?=\d{3})", "", step))}
        given = self.known | widen(unit_values(step) | self.problem_units)  # what the step did not state itself
        known = given | widen(stated)
        written_here = values_in(step)
        results = []
        for claim in claims:
            left_operands = claim.left_value.operations >= claim.right_value.operations
            operands = claim.left if left_operands else claim.right
            result = claim.right_value if left_operands else claim.left_value
            if result.operations == 0 and result.value in given:
                continue  # "132 = 2^2 * 3 * 11", "65 = 5 * 13": a known value taken apart
            for value in sorted(v for v in operand_values(operands) if v not in known):
                carried = self._carried_from(value, operand_values(claim.left) | operand_values(claim.right))
                if carried is not None:
                    right, where = carried
                    results.append(ClaimResult(
                        "grounding", claim.text, "unsupported", rule=Rule.CARRIED_VALUE,
                        source=f"step {where}: computed {show_value(right)}",
                        correct=f"{show_value(value)} is given by neither the problem nor an earlier step; "
                                f"step {where} computed {show_value(right)}"))
                    break
            if results:
                break
            known |= widen(operand_values(claim.left) | operand_values(claim.right))
            given |= widen(operand_values(claim.left) | operand_values(claim.right))
        if not results:
            computed = {v for c in claims for v in (c.left_value.value, c.right_value.value) if isinstance(v, Fraction)}
            results.extend(self._check_answer(step, computed))
        self.known |= widen(written_here)
        self.written |= written_here
        for claim in claims:
            result_value = claim.result_value.value
            if (isinstance(result_value, Fraction)
                    and max(claim.left_value.operations, claim.right_value.operations) > 0):
                self.results.setdefault(result_value, number)
                self.last_result = (result_value, number)
            left_worked = claim.left_value.operations >= claim.right_value.operations
            worked = claim.left_value if left_worked else claim.right_value
            if claim.approximate and isinstance(worked.value, Fraction):
                self.written.add(worked.value)  # "37.5 x 1.25 ≈ 46.88" computed 46.875 too: an answer may give it
        return results

    def _carried_from(self, value: Fraction, operands: set[Fraction]) -> tuple[Fraction, int] | None:
        """The earlier result that `value` is a near miss of (and that the claim does not also use), or None."""
        for result, where in reversed(list(self.results.items())[-_RECENT_RESULTS:]):
            if result not in operands and near_miss(value, result):
                return result, where
        return None

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
        last = self.last_result
        source = f"step {last[1]}: computed {show_value(last[0])}" if last is not None else ""
        return [ClaimResult("grounding", f"the answer {written}", "unsupported", rule=Rule.UNSUPPORTED_ANSWER,
                            source=source,
                            correct=f"{written} is not a value the problem, an earlier step or this one gives"
                                    + (f"; the last computed value is {show_value(last[0])}" if last else ""))]


class MiscopiedAnswer:
    """Any problem (competition math too): a final answer that nothing before it gives, and that is a number the
    trace wrote with one digit changed or two neighbouring digits swapped (three digits or more). Narrower than
    `Grounding`'s answer check, because a competition solution may box a value it derived in words."""

    def __init__(self, problem: str):
        self.written: dict[Fraction, int] = {value: 0 for value in values_in(problem)}  # value -> step (0: problem)

    def check(self, step: str, claims: list[ArithmeticClaim], number: int = 0) -> list[ClaimResult]:
        results = []
        match = _ANSWER.search(step)
        if match is not None:
            written = (match.group(1) or match.group(2)).replace(",", "")
            answer = Fraction(written)
            rest = values_in(step[:match.start()] + " " + step[match.end():])
            computed = {v for c in claims for v in (c.left_value.value, c.right_value.value) if isinstance(v, Fraction)}
            held = set(self.written) | rest | computed
            if answer not in held and not any(_rounds_to(value, answer) for value in held):
                source = next(((value, self.written.get(value, number)) for value in sorted(held)
                               if miscopied(answer, value)), None)
                if source is not None:
                    where = f"step {source[1]}" if source[1] else "the problem"
                    results.append(ClaimResult(
                        "grounding", f"the answer {written}", "unsupported", rule=Rule.UNSUPPORTED_ANSWER,
                        source=f"{where}: {show_value(source[0])}",
                        correct=f"{written} is written nowhere before; {where} has {show_value(source[0])}"))
        for value in values_in(step):
            self.written.setdefault(value, number)
        return results


def miscopied(value: Fraction, right: Fraction) -> bool:
    """`value` is `right` with one digit changed or two neighbouring digits swapped, both with three significant
    digits or more (600 and 100 differ in one digit, but round numbers are near each other by nature)."""
    a, b = _digits(value), _digits(right)
    if value == right or a is None or b is None or len(a) != len(b):
        return False
    if min(len(a.replace(".", "").strip("0")), len(b.replace(".", "").strip("0"))) < 3:
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def near_miss(value: Fraction, right: Fraction) -> bool:
    """`value` is `right` with one digit changed, two neighbouring digits swapped, off by less than ten or by a
    factor of ten: how a value is miscopied. Only for results of 10 or more (small numbers are near everything)."""
    if value == right or abs(right) < 10 or value <= 0 or right <= 0:
        return False
    if abs(value - right) < 10 or value in (right * 10, right / 10):
        return True
    a, b = _digits(value), _digits(right)
    if a is None or b is None or len(a) != len(b):
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    swapped = (len(differ) == 2 and differ[1] == differ[0] + 1
               and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])
    return len(differ) == 1 or swapped


def _digits(value: Fraction) -> str | None:
    """A value's decimal digits with the point kept ("12.5"), or None for a fraction with no short decimal."""
    shown = show_value(value)
    return shown if Fraction(shown) == value and "e" not in shown else None


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


def _rounds_to(value: Fraction, answer: Fraction) -> bool:
    if abs(value - answer) >= 1:
        return False
    return any(math.floor(value * 10**d) == answer * 10**d or math.ceil(value * 10**d) == answer * 10**d
               for d in range(3))


def operand_values(expression: str) -> set[Fraction]:
    return {Fraction(n) for n in _NUMBER.findall(display(expression))}


def show_value(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"
