"""A value rounded too early: a product of it misses the exact product at the precision the problem asks for.

"Round to the nearest tenth", then "800/9 ≈ 89, so 8 x 89 = 712": the rounding is fine as an approximation, but
the product carries the rounding error, times 8, into the answer: with 800/9 itself, 8 x 800/9 = 711.1 to the
tenth. A step whose product uses a value the trace rounded earlier (a claim "E ≈ r" or "E = r" that holds only
as a rounding) is refuted when the same product with the exact value differs from its result by more than half
a unit of the precision the problem asks for. The evidence names the rounding and the exact product.

Only when the problem states the precision ("to the nearest tenth / hundredth / whole number / cent"): without
it, a trace may round as it likes. Only products of numbers (no sums, no division by the rounded value), the
rounded value used once.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.claims import ArithmeticClaim, display
from agentlib.checking.grounding import show_value
from agentlib.checking.report import ClaimResult, Rule

_PRECISION = re.compile(r"\bround(?:ed|ing)?\b[^.?!]{0,40}?\bnearest\s+(tenth|hundredth|thousandth|cent|"
                        r"whole(?:\s+number)?|integer|dollar|unit)\b", re.I)
_DECIMALS = {"tenth": 1, "hundredth": 2, "thousandth": 3, "cent": 2}
_PRODUCT = re.compile(r"[\d.\s]+(?:\*[\d.\s]+)+")


class EarlyRounding:
    """The precision the problem asks for and the values the trace rounded so far (rounded -> exact)."""

    def __init__(self, problem: str):
        match = _PRECISION.search(problem)
        self.decimals = None if match is None else _DECIMALS.get(match.group(1).lower(), 0)
        self.rounded: dict[Fraction, tuple[Fraction, str]] = {}  # written value -> (exact value, the rounding)

    def check(self, claims: list[ArithmeticClaim]) -> list[ClaimResult]:
        """Refute a product of a value rounded too early; learn this step's roundings."""
        if self.decimals is None:
            return []
        results = []
        for claim in claims:
            left_operands = claim.left_value.operations >= claim.right_value.operations
            operands_text = display(claim.left if left_operands else claim.right)
            computed = claim.left_value.value if left_operands else claim.right_value.value
            written = claim.right_value.value if left_operands else claim.left_value.value
            if not isinstance(computed, Fraction) or not isinstance(written, Fraction):
                continue
            found = self._early(claim, operands_text, written)
            if found is not None:
                results.append(found)
            elif computed != written and (claim.relation == "≈" or claim.approximate
                                          or abs(computed - written) <= Fraction(1, 2 * 10**claim.decimals)):
                self.rounded.setdefault(written, (computed, claim.text))
        return results

    def _early(self, claim: ArithmeticClaim, operands_text: str, written: Fraction) -> ClaimResult | None:
        if _PRODUCT.fullmatch(operands_text) is None or self.decimals is None:
            return None
        numbers = [Fraction(n) for n in re.findall(r"\d+(?:\.\d+)?", operands_text)]
        for value, (exact, rounding) in self.rounded.items():
            if numbers.count(value) != 1 or value == 0:
                continue
            product = Fraction(1)
            for number in numbers:
                product *= exact if number == value else number
            if abs(product - written) > Fraction(1, 2 * 10**self.decimals):
                shown = round(product, self.decimals)
                return ClaimResult(
                    "arithmetic", claim.text, "refuted", rule=Rule.ROUNDED_EARLY, source=f"earlier: {rounding}",
                    correct=f"{show_value(value)} is a rounding ({rounding}); with the exact value the product is "
                            f"{show_value(Fraction(shown))} to the precision the problem asks for, not "
                            f"{show_value(written)}")
        return None
