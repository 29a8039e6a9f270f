"""The clues of a number riddle ("It is even.", "The sum of its digits is 7."), each with two meanings.

A riddle is about one whole number. Every clue here says something exact about it, and has two
independent definitions of that meaning: `holds(n)`, plain Python arithmetic used to enumerate the
candidates, and `formula(x, digits)`, a Z3 formula over an integer `x` used to prove the answer
forced. The solver (`number_riddle.py`) trusts an answer only when both agree, so a slip in either
definition shows up as an abstention rather than a wrong answer.

`digits` is how many decimal digit positions the formulas may look at: the number of digits of the
largest candidate. A digit position beyond the number's length is a leading zero, never one of its
digits, so the formulas guard every digit they read with the number's length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import z3

Comparison = Literal["<", "<=", ">", ">=", "=="]
DigitPlace = Literal[0, 1, 2, 3]  # ones, tens, hundreds, thousands
PLACE_NAMES = {0: "ones", 1: "tens", 2: "hundreds", 3: "thousands"}


def digit_count(n: int) -> int:
    return len(str(abs(n)))


def digit_list(n: int) -> list[int]:
    return [int(c) for c in str(abs(n))]


def _digit(x: z3.ArithRef, place: int) -> z3.ArithRef:
    return (x / 10 ** place) % 10


def _has_place(x: z3.ArithRef, place: int) -> z3.BoolRef:
    """The number is long enough to have a digit at this place (0 has its ones digit)."""
    return x >= 10 ** place if place else z3.BoolVal(True)


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


@dataclass(frozen=True)
class Clue:
    """One exact statement about the number; `negated` turns "is even" into "is not even"."""

    negated: bool

    def holds(self, n: int) -> bool:
        return self._holds(n) != self.negated

    def formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        formula = self._formula(x, digits, upper)
        return z3.Not(formula) if self.negated else formula

    def describe(self) -> str:
        return ("not: " if self.negated else "") + self._describe()

    def _holds(self, n: int) -> bool:
        raise NotImplementedError

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        raise NotImplementedError

    def _describe(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Compare(Clue):
    """"greater than 30", "at most 50", "is 10"."""

    op: Comparison
    value: int

    def _holds(self, n: int) -> bool:
        return {"<": n < self.value, "<=": n <= self.value, ">": n > self.value, ">=": n >= self.value,
                "==": n == self.value}[self.op]

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        return {"<": x < self.value, "<=": x <= self.value, ">": x > self.value, ">=": x >= self.value,
                "==": x == self.value}[self.op]

    def _describe(self) -> str:
        return f"n {self.op} {self.value}"


@dataclass(frozen=True)
class Remainder(Clue):
    """"a multiple of 7" / "divisible by 3" (remainder 0), "leaves a remainder of 2 when divided by 5"."""

    divisor: int
    remainder: int = 0

    def _holds(self, n: int) -> bool:
        return n % self.divisor == self.remainder

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        return x % self.divisor == self.remainder

    def _describe(self) -> str:
        return f"n mod {self.divisor} = {self.remainder}"


@dataclass(frozen=True)
class FactorOf(Clue):
    """"a factor of 36": the number divides 36 (so it is neither 0 nor larger than 36)."""

    multiple: int

    def _holds(self, n: int) -> bool:
        return n > 0 and self.multiple % n == 0

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        divisors = [d for d in range(1, abs(self.multiple) + 1) if self.multiple % d == 0]
        return z3.Or([x == d for d in divisors])

    def _describe(self) -> str:
        return f"n divides {self.multiple}"


@dataclass(frozen=True)
class Prime(Clue):
    """"a prime number": at least 2 and no divisor from 2 to the square root of the largest candidate."""

    def _holds(self, n: int) -> bool:
        return is_prime(n)

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        return z3.And(x >= 2, *[z3.Or(x == d, x % d != 0) for d in range(2, math.isqrt(max(upper, 2)) + 1)])

    def _describe(self) -> str:
        return "n is prime"


@dataclass(frozen=True)
class Power(Clue):
    """"a perfect square" (exponent 2), "a perfect cube" (exponent 3)."""

    exponent: int

    def _holds(self, n: int) -> bool:
        if n < 0:
            return False
        root = round(n ** (1 / self.exponent))
        return any((root + d) ** self.exponent == n for d in (-1, 0, 1) if root + d >= 0)

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        return z3.Or([x == k ** self.exponent for k in range(0, math.isqrt(max(upper, 0)) + 2)
                      if k ** self.exponent <= max(upper, 0)])

    def _describe(self) -> str:
        return "n is a perfect " + {2: "square", 3: "cube"}[self.exponent]


@dataclass(frozen=True)
class DigitLength(Clue):
    """"a two-digit number", "has three digits"."""

    length: int

    def _holds(self, n: int) -> bool:
        return n >= 0 and digit_count(n) == self.length

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        low = 10 ** (self.length - 1) if self.length > 1 else 0
        return z3.And(x >= low, x < 10 ** self.length)

    def _describe(self) -> str:
        return f"n has {self.length} digits"


@dataclass(frozen=True)
class DigitSum(Clue):
    """"the sum of its digits is 9", "its digits add up to 9"; the product with `product`."""

    value: int
    product: bool = False

    def _holds(self, n: int) -> bool:
        found = digit_list(n)
        return n >= 0 and (math.prod(found) if self.product else sum(found)) == self.value

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        if self.product:
            factors = [z3.If(_has_place(x, place), _digit(x, place), 1) for place in range(digits)]
            total = factors[0]
            for factor in factors[1:]:
                total = total * factor
            return z3.And(x >= 0, total == self.value)
        return z3.And(x >= 0, z3.Sum([_digit(x, place) for place in range(digits)]) == self.value)

    def _describe(self) -> str:
        return f"the {'product' if self.product else 'sum'} of n's digits = {self.value}"


@dataclass(frozen=True)
class DigitAt(Clue):
    """"its tens digit is 4", "it ends in 5" (the ones digit)."""

    place: int
    value: int

    def _holds(self, n: int) -> bool:
        return n >= 0 and digit_count(n) > self.place and n // 10 ** self.place % 10 == self.value

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        return z3.And(x >= 0, _has_place(x, self.place), _digit(x, self.place) == self.value)

    def _describe(self) -> str:
        return f"n's {PLACE_NAMES[self.place]} digit = {self.value}"


@dataclass(frozen=True)
class DigitRelation(Clue):
    """"its tens digit is twice its ones digit", "... 3 more than ...", "... greater than ...".

    The left digit equals `factor` times the right digit plus `offset` (op "=="), or compares with it.
    """

    left: int
    right: int
    op: Comparison
    factor: int = 1
    offset: int = 0

    def _holds(self, n: int) -> bool:
        if n < 0 or digit_count(n) <= max(self.left, self.right):
            return False
        left, right = n // 10 ** self.left % 10, self.factor * (n // 10 ** self.right % 10) + self.offset
        return Compare(False, self.op, right).holds(left)

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        left, right = _digit(x, self.left), self.factor * _digit(x, self.right) + self.offset
        relation = {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
                    "==": left == right}[self.op]
        return z3.And(x >= 0, _has_place(x, max(self.left, self.right)), relation)

    def _describe(self) -> str:
        scaled = f"{self.factor} * " if self.factor != 1 else ""
        shifted = f" + {self.offset}" if self.offset > 0 else f" - {-self.offset}" if self.offset < 0 else ""
        return (f"n's {PLACE_NAMES[self.left]} digit {self.op} {scaled}its {PLACE_NAMES[self.right]} "
                f"digit{shifted}")


@dataclass(frozen=True)
class DistinctDigits(Clue):
    """"its digits are all different" (negated: some digit repeats); `same` for "all its digits are the same"."""

    same: bool = False

    def _holds(self, n: int) -> bool:
        found = digit_list(n)
        return n >= 0 and (len(set(found)) == 1 if self.same else len(set(found)) == len(found))

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        pairs = [(i, j) for i in range(digits) for j in range(i + 1, digits)]
        if self.same:
            return z3.And(x >= 0, *[z3.Or(z3.Not(_has_place(x, j)), _digit(x, i) == _digit(x, j)) for i, j in pairs])
        return z3.And(x >= 0, *[z3.Or(z3.Not(_has_place(x, j)), _digit(x, i) != _digit(x, j)) for i, j in pairs])

    def _describe(self) -> str:
        return "n's digits are all " + ("the same" if self.same else "different")
