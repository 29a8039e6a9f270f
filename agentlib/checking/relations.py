"""Relations a word problem states between its quantities, put to the step that computes the related quantity.

Arithmetic that is right can still compute the wrong quantity; these readings of the problem's wording say what
the quantity must be, and a step whose computation is exactly the misreading is refuted, with the problem's
words as evidence:

- "from page 8 to page 62, inclusive" (or "8 through 62"): there are 62 - 8 + 1 whole numbers; a step that
  gives "the number of ..." as 62 - 8 (and adds no 1 in the same step) has counted one too few;
- "a triangle ... base of 7 ... height of 14": the area is 7 x 14 / 2; a step that gives the area as 7 x 14 (and
  halves nothing in the same step) used the rectangle's formula;
- "Dana earns 25% more than Eli", with Dana's amount X known: Eli's is X / 1.25; a step that computes
  X - 25% of X (X x 0.75) took the percent of the larger amount;
- "1/3 of the rest" (the rest, the remainder, what is left), "a 5% tax added to the sale price" (a discounted,
  reduced, new price): the rate applies to a value the trace derived; a step that applies it to an amount the
  problem gives (which no step derived) took the wrong base; so does a second change after a first ("rises by
  25% ... and falls by 20%": 20% of the risen value);
- "6 apples at $8 each" (apiece, per apple): the apples cost 6 x $8; a step that adds or subtracts exactly the
  count and the price has the right numbers and the wrong operation.

Each rate or base and height must be written once in the problem, so that its reading is certain (an inclusive
range is read by its own phrase, and the step must call its result a count); a claim is matched
by its operands (exactly the problem's numbers, or the rate and one problem amount) and its value, never by the
step's wording alone.

Left out: relations told in other words ("each of the", "after that"), rates a problem gives twice, successive
changes ("falls by 20% in the second year"), and every relation in competition math (`is_word_problem` only).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.claims import ArithmeticClaim, display
from agentlib.checking.grounding import operand_values, show_value, values_in
from agentlib.checking.report import ClaimResult, Rule

_NUMBER = r"(\d+(?:\.\d+)?)"
_INCLUSIVE = re.compile(
    rf"\bfrom\s+(?:[a-z]+\s+)?{_NUMBER}\s+(?:to|through|until)\s+(?:[a-z]+\s+)?{_NUMBER},?\s+(?:both\s+)?inclusive"
    rf"|\b{_NUMBER}\s+through\s+{_NUMBER}\b", re.I)
_COUNTED = re.compile(r"\b(?:number\s+of|how\s+many|there\s+are|count)\b", re.I)
_TRIANGLE = re.compile(r"\btriang", re.I)
_OTHER_SHAPES = re.compile(r"\b(?:rectang|parallelogram|trapez|circle|rhomb|prism|pyramid)|\bsquares?\b(?!\s+(?:units?|"
                           r"m|cm|mm|km|ft|feet|foot|yd|yards?|meters?|metres?|inch(?:es)?|mi|miles?)\b)", re.I)
_BASE = re.compile(rf"\bbase\s+(?:of\s+|is\s+|measuring\s+)?{_NUMBER}", re.I)
_HEIGHT = re.compile(rf"\b(?:height|altitude)\s+(?:of\s+|is\s+|measuring\s+)?{_NUMBER}", re.I)
_AREA = re.compile(r"\barea\b", re.I)
_MORE_THAN = re.compile(
    rf"{_NUMBER}\s*(?:%|percent)\s+(?:more|greater|higher|larger|bigger|taller|heavier|longer|older)\s+than\b", re.I)
_OF_THE_REST = re.compile(
    rf"(?:{_NUMBER}\s*(?:%|percent)|(\d+)\s*/\s*(\d+)|\b(half|third|quarter|fourth|fifth))\s+of\s+"
    r"(?:the\s+|what\s+)?(?:rest|remainder|remaining|(?:is\s+|was\s+)?left)\b", re.I)
# a percent the problem applies to a price it derives: "a 5% tax is added to the sale price"
_OF_DERIVED_PRICE = re.compile(
    rf"{_NUMBER}\s*(?:%|percent)[^.%\d]{{0,40}}?\b(?:to|on|of|from)\s+the\s+(?:sale|discounted|reduced|new|"
    r"lower(?:ed)?|marked[- ]down)\s+price\b", re.I)
# a second change after a first: "rises by 25% in the first year and falls by 20% in the second year"
_CHANGE = r"(?:rises|increases|grows|goes\s+up|falls|decreases|drops|goes\s+down|is\s+(?:raised|cut|reduced))"
_SECOND_CHANGE = re.compile(
    rf"\b{_CHANGE}\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent)[^.%\d]{{0,40}}?\b(?:and|then)\s+(?:then\s+)?"
    rf"{_CHANGE}\s+(?:by\s+)?{_NUMBER}\s*(?:%|percent)", re.I)
# "6 apples at $8 each": the apples cost 6 x 8
_AT_EACH = re.compile(r"(?<![\d.$])(\d+)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:at|for|costing)\s+\$\s*(\d+(?:\.\d+)?)\s*"
                      r"(?:each|apiece|a\s+piece|per\s+[a-z]+)\b", re.I)
_WORD_FRACTIONS = {"half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4),
                   "fourth": Fraction(1, 4), "fifth": Fraction(1, 5)}


class Relations:
    """The relations a word problem states (see the module docstring); `check` refutes a step's claim that
    computes exactly their misreading."""

    def __init__(self, problem: str):
        numbers = _occurrences(problem)
        self.given = values_in(problem)
        self.counts = [(a, b, m.group(0)) for m in _INCLUSIVE.finditer(problem) for a, b in [_pair(m)] if a < b]
        self.triangle: tuple[Fraction, Fraction, str] | None = None
        base, height = _BASE.search(problem), _HEIGHT.search(problem)
        if _TRIANGLE.search(problem) and not _OTHER_SHAPES.search(problem) and base and height:
            b, h = Fraction(base.group(1)), Fraction(height.group(1))
            if b != h and numbers.get(b) == numbers.get(h) == 1:
                self.triangle = (b, h, f"{base.group(0)}, {height.group(0)} (a triangle)")
        self.more_than = [(Fraction(m.group(1)), m.group(0)) for m in _MORE_THAN.finditer(problem)
                          if numbers.get(Fraction(m.group(1))) == 1]
        self.of_rest = [(rate, m.group(0)) for m in _OF_THE_REST.finditer(problem)
                        for rate in [_rest_rate(m)] if rate is not None and _once(m, numbers, problem)]
        self.of_rest += [(Fraction(m.group(1)) / 100, m.group(0)) for m in _OF_DERIVED_PRICE.finditer(problem)
                         if numbers.get(Fraction(m.group(1))) == 1]
        self.of_rest += [(Fraction(m.group(1)) / 100, m.group(0)) for m in _SECOND_CHANGE.finditer(problem)
                         if numbers.get(Fraction(m.group(1))) == 1]
        prices = set(re.findall(r"\$\s*(\d+(?:\.\d+)?)", problem))
        self.unit_prices = [(Fraction(m.group(1)), Fraction(m.group(2)), m.group(0)) for m in _AT_EACH.finditer(problem)
                            if numbers.get(Fraction(m.group(2))) == 1 and m.group(1) not in prices
                            and m.group(1) != m.group(2)]

    def check(self, step: str, claims: list[ArithmeticClaim], computed: set[Fraction]) -> list[ClaimResult]:
        """Refutations for this step's claims; `computed` holds the values earlier steps derived."""
        results = []
        for claim in claims:
            left_operands = claim.left_value.operations >= claim.right_value.operations
            operands = operand_values(claim.left if left_operands else claim.right)
            value = claim.right_value.value if left_operands else claim.left_value.value
            if not isinstance(value, Fraction) or max(claim.left_value.operations, claim.right_value.operations) == 0:
                continue
            found = (self._count(step, claims, claim, operands, value)
                     or self._area(step, claims, claim, operands, value)
                     or self._more_than(claim, operands, value) or self._rest(claim, operands, value, computed)
                     or self._unit_price(claim, operands, value))
            if found is not None:
                results.append(found)
        return results

    def _count(self, step: str, claims: list[ArithmeticClaim], claim: ArithmeticClaim, operands: set[Fraction],
               value: Fraction) -> ClaimResult | None:
        for a, b, words in self.counts:
            if operands == {a, b} and value == b - a and _COUNTED.search(step) and not _adds_one(claims, value):
                return _refuted(claim, words, f"from {show_value(a)} to {show_value(b)} inclusive there are "
                                              f"{show_value(b)} - {show_value(a)} + 1 = {show_value(b - a + 1)}")
        return None

    def _area(self, step: str, claims: list[ArithmeticClaim], claim: ArithmeticClaim, operands: set[Fraction],
              value: Fraction) -> ClaimResult | None:
        if self.triangle is None:
            return None
        b, h, words = self.triangle
        if operands == {b, h} and value == b * h and _AREA.search(step) and not _halves(step, claims, value):
            return _refuted(claim, words, f"a triangle's area is half its base times its height: "
                                          f"{show_value(b)} x {show_value(h)} / 2 = {show_value(b * h / 2)}")
        return None

    def _more_than(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction) -> ClaimResult | None:
        for p, words in self.more_than:
            for amount in sorted(operands & self.given):
                if amount != p and value == amount * (1 - p / 100) and _has_rate(operands - {amount}, p / 100):
                    return _refuted(claim, words, f"'{words}' makes the smaller amount {show_value(amount)} / "
                                                  f"{show_value(1 + p / 100)} = {show_value(amount / (1 + p / 100))}; "
                                                  f"{show_value(p)}% is of the smaller amount, not of "
                                                  f"{show_value(amount)}")
        return None

    def _rest(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction,
              computed: set[Fraction]) -> ClaimResult | None:
        for rate, words in self.of_rest:
            for amount in sorted(operands & self.given - computed):
                if value == amount * rate and _has_rate(operands - {amount}, rate):
                    return _refuted(claim, words, f"the problem takes {words}, a value the steps derive; "
                                                  f"{show_value(amount)} is the problem's starting amount")
        return None


    def _unit_price(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction) -> ClaimResult | None:
        for count, price, words in self.unit_prices:
            if operands == {count, price} and value in (count + price, abs(count - price)):
                return _refuted(claim, words, f"'{words}' cost {show_value(count)} x ${show_value(price)} = "
                                              f"${show_value(count * price)}; a count and a price are not added")
        return None


def _refuted(claim: ArithmeticClaim, words: str, correct: str) -> ClaimResult:
    return ClaimResult("arithmetic", claim.text, "refuted", rule=Rule.RELATION, source=f"the problem: '{words}'",
                       correct=correct)


def _occurrences(problem: str) -> dict[Fraction, int]:
    """How often each number is written in digits in the problem."""
    counts: dict[Fraction, int] = {}
    for written in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", re.sub(r"(?<=\d),(?=\d{3})", "", problem)):
        counts[Fraction(written)] = counts.get(Fraction(written), 0) + 1
    return counts


def _pair(match: re.Match[str]) -> tuple[Fraction, Fraction]:
    a, b = (g for g in match.groups() if g is not None)
    return Fraction(a), Fraction(b)


def _rest_rate(match: re.Match[str]) -> Fraction | None:
    percent, numerator, denominator, word = match.groups()
    if percent is not None:
        return Fraction(percent) / 100
    if numerator is not None:
        return Fraction(int(numerator), int(denominator)) if int(denominator) else None
    return _WORD_FRACTIONS.get(word.lower())


def _once(match: re.Match[str], numbers: dict[Fraction, int], problem: str) -> bool:
    """The rate is written once in the problem: its digits, or its word with no other fraction word."""
    percent, numerator, denominator, word = match.groups()
    if percent is not None:
        return numbers.get(Fraction(percent)) == 1
    if numerator is not None:
        return len(re.findall(rf"(?<![\d.]){numerator}\s*/\s*{denominator}(?!\d)", problem)) == 1
    words = re.findall(r"\b(?:half|halves|halved|third|quarter|fourth|fifth|twice|double)", problem, re.I)
    return len(words) == 1


def _has_rate(operands: set[Fraction], rate: Fraction) -> bool:
    """The other operands write the rate: as a percent, a decimal, a fraction p/q, or its complement."""
    forms = ({rate, rate * 100, 1 - rate, 100 - rate * 100}, {rate.numerator, rate.denominator})
    return bool(operands) and (operands <= forms[0] | {Fraction(100), Fraction(1)} or operands <= forms[1]
                               | {Fraction(1)})


def _adds_one(claims: list[ArithmeticClaim], value: Fraction) -> bool:
    return any({value, Fraction(1)} <= operand_values(display(c.left) + " " + display(c.right)) for c in claims)


def _halves(step: str, claims: list[ArithmeticClaim], value: Fraction) -> bool:
    """The step halves the product too: "half of it is 6", "/ 2", or value / 2 written or computed."""
    return (bool(re.search(r"\bhal(?:f|ve)|/\s*2(?!\d)|\bby\s+(?:2|two)\b", step, re.I))
            or value / 2 in values_in(step) or any(c.result_value.value == value / 2 for c in claims))
