"""Exact arithmetic and number theory with independent checks (runs in the sandbox worker).

- evaluate: the exact value (SymPy's rational and radical arithmetic), checked against a 30-digit numeric
  evaluation of the expression as written; complex results in a + bi form;
- gcd / lcm: integers (checked: the gcd divides each and Bézout's identity holds; the lcm is a multiple of
  each and lcm·gcd = |ab| for two numbers) and polynomials (checked by division);
- prime factorization: the factors multiply back to n and each is prime;
- remainder: Python's exact integer arithmetic with `pow(b, e, m)` for powers (huge exponents are fine),
  checked by a second route (SymPy's Mod of the exact value, or Euler's theorem reduction);
- divisor count and sum: from the factorization, checked by listing the divisors when n <= 10^7;
- congruences a·x ≡ b (mod m): every residue, checked by substitution.

Left out: factoring integers above 10^40 (refused as too slow to certify quickly).
"""

from __future__ import annotations

import math
from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, close, close_at_precision, display, exactly_zero, numeric_value

MAX_FACTOR_DIGITS = 40
MAX_LISTED_DIVISORS = 10**7


def _sp() -> Any:
    import sympy

    return sympy


def evaluate(expression: Any, work: Work) -> Any:
    sp = _sp()
    value = expression.doit() if hasattr(expression, "doit") else expression
    candidates = [value, sp.simplify(value), sp.radsimp(sp.simplify(value)), sp.nsimplify(sp.simplify(value))
                  if value.is_Float else value]
    if value.has(sp.I):
        candidates.append(sp.expand_complex(sp.simplify(value)))
    exact = [c for c in candidates if not c.has(sp.Float) or value.has(sp.Float)]
    best = min(exact, key=lambda e: (sp.count_ops(e), len(str(e))))
    if best.has(sp.I) and not best.is_Add and not best.is_Mul:
        best = sp.expand_complex(best)
    if best.has(sp.I):
        real, imaginary = sp.simplify(sp.re(best)), sp.simplify(sp.im(best))
        best = real + imaginary * sp.I
        work.equal("Collect real and imaginary parts (i² = -1)", value, best, role="main",
                   explanation="Multiply out, replace i² by -1, then group the terms with i.")
    elif best != value:
        work.equal("Simplify", value, best, role="main")
    numeric_answer = numeric_value(best)
    if numeric_answer is not None:
        numeric_original = numeric_value(expression)
        agrees = numeric_original is not None and close(numeric_original, numeric_answer, 1e-20)
        shown = f"≈ {_short(numeric_answer)}"
    else:  # beyond a float's range (2^2048 + 1) or no finite value: compare at SymPy's precision
        agrees, shown = close_at_precision(expression, best)
    work.verify("the exact value agrees with a 30-digit evaluation of the expression as written", agrees, shown)
    return best


def _short(number: complex | None) -> str:
    if number is None:
        return "?"
    if abs(number.imag) < 1e-25:
        return f"{number.real:.15g}"
    return f"{number.real:.15g} {'+' if number.imag >= 0 else '-'} {abs(number.imag):.15g}i"


def _integers(values: list[Any], what: str) -> list[int]:
    sp = _sp()
    out = []
    for value in values:
        value = sp.nsimplify(value) if value.is_Float else value
        if not value.is_Integer:
            raise Abstain(f"{what} needs whole numbers, not {display(value)}", "not_understood")
        out.append(int(value))
    return out


def gcd(values: list[Any], work: Work) -> Any:
    sp = _sp()
    if all(v.is_number for v in values):
        numbers = _integers(values, "a gcd")
        result = 0
        for number in numbers:
            result = math.gcd(result, number)
        factorizations = ", ".join(f"{n} = {_factor_text(n)}" for n in numbers if 1 < abs(n) < 10**12)
        if factorizations:
            work.say("Factor each number into primes", factorizations, role="detail",
                     explanation="The gcd takes each common prime to its smallest power.")
        work.verify(f"{result} divides each number", all(n % result == 0 for n in numbers) if result else False,
                    "exact")
        if len(numbers) == 2 and result:
            s, t, g = sp.gcdex(numbers[0], numbers[1])
            work.verify(f"Bézout: {display(s)}·{numbers[0]} + {display(t)}·{numbers[1]} = {result}",
                        int(s * numbers[0] + t * numbers[1]) == result and abs(int(g)) == result, "exact")
        return sp.Integer(result)
    result = sp.gcd_list(values)
    for value in values:
        work.verify(f"{display(result)} divides {display(value)}", sp.rem(value, result) == 0, "polynomial division")
    return result


def lcm(values: list[Any], work: Work) -> Any:
    sp = _sp()
    if all(v.is_number for v in values):
        numbers = _integers(values, "an lcm")
        result = 1
        for number in numbers:
            result = abs(result * number) // math.gcd(result, number) if number else 0
        work.verify(f"{result} is a multiple of each number", all(n and result % n == 0 for n in numbers), "exact")
        if len(numbers) == 2:
            work.verify("lcm·gcd = |a·b|", result * math.gcd(*numbers) == abs(numbers[0] * numbers[1]), "exact")
        else:
            smaller = [result // p for p in sp.primefactors(result)]
            work.verify("no smaller common multiple (dividing out any prime breaks one)",
                        all(any(s % n for n in numbers) for s in smaller), "exact")
        return sp.Integer(result)
    result = sp.lcm_list(values)
    for value in values:
        work.verify(f"{display(value)} divides {display(result)}", sp.rem(result, value) == 0, "polynomial division")
    return result


def _factor_text(n: int) -> str:
    sp = _sp()
    factors = sp.factorint(n)
    return " · ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items())) or str(n)


def prime_factorization(value: Any, work: Work) -> dict[int, int]:
    sp = _sp()
    (n,) = _integers([value], "a prime factorization")
    if abs(n) < 2:
        raise Abstain(f"{n} has no prime factorization", "not_understood")
    if len(str(abs(n))) > MAX_FACTOR_DIGITS:
        raise Abstain(f"numbers above {MAX_FACTOR_DIGITS} digits are not factored here", "too_large")
    factors = sp.factorint(abs(n))
    product = 1
    for prime, exponent in factors.items():
        product *= prime**exponent
    work.say("Divide out the smallest prime factor again and again", role="detail",
             explanation="Try 2, then 3, 5, 7, ... while the square of the prime is at most what is left.")
    work.verify("the factors multiply back to the number", product == abs(n), "exact")
    work.verify("each factor is prime", all(sp.isprime(p) for p in factors), "primality tests")
    return factors


def remainder(dividend: Any, modulus: Any, work: Work, power: tuple[Any, Any] | None = None) -> Any:
    sp = _sp()
    (m,) = _integers([modulus], "a remainder")
    if m == 0:
        raise Abstain("division by 0 has no remainder", "not_understood")
    if power is not None:
        base, exponent = _integers(list(power), "a power's remainder")
        if exponent < 0:
            raise Abstain("negative exponents have no integer remainder", "not_understood")
        result = pow(base, exponent, m)
        order = _reduced_exponent(base, exponent, abs(m))
        work.say(f"Reduce step by step: {base}^{exponent} mod {m} by repeated squaring", role="main",
                 explanation="(a·b) mod m = ((a mod m)·(b mod m)) mod m, so the numbers stay small.")
        if order is not None:
            work.verify(f"second route: the powers of {base} mod {m} repeat, and {base}^{order} gives the same "
                        f"remainder", pow(base, order, m) == result, "cycle of powers")
        else:
            work.verify("second route: remainder of the exact power", pow(base, exponent, m) == result, "exact")
        return sp.Integer(result % abs(m))
    (n,) = _integers([dividend], "a remainder")
    result = n % abs(m)
    quotient = (n - result) // abs(m)
    work.checked(f"Divide: {n} = {abs(m)}·{quotient} + {result}", sp.Integer(result), quotient * abs(m) + result == n,
                 f"{n} = {abs(m)}·{quotient} + {result}", "exact", role="main")
    work.verify(f"{n} = {abs(m)}·{quotient} + {result} with 0 <= {result} < {abs(m)}",
                quotient * abs(m) + result == n and 0 <= result < abs(m), "exact")
    return sp.Integer(result)


def _reduced_exponent(base: int, exponent: int, m: int) -> int | None:
    """An exponent below `exponent` with the same remainder, from the cycle of base^k mod m (m <= 10^6)."""
    if m > 10**6 or exponent < 2:
        return None
    seen: dict[int, int] = {}
    value = 1
    for k in range(0, 2 * m + 2):
        if value in seen:
            start, period = seen[value], k - seen[value]
            if exponent < start:
                return exponent
            return start + (exponent - start) % period
        seen[value] = k
        value = value * base % m
    return None


def divisors(value: Any, work: Work, *, total: bool = False) -> Any:
    sp = _sp()
    (n,) = _integers([value], "a divisor count")
    if n <= 0:
        raise Abstain("divisors are counted for positive whole numbers", "not_understood")
    factors = sp.factorint(n)
    count = 1
    for exponent in factors.values():
        count *= exponent + 1
    result = sp.divisor_sigma(n) if total else sp.Integer(count)
    work.say(f"{n} = {_factor_text(n)}", role="main",
             explanation="A divisor picks each prime to a power from 0 up to its exponent.")
    if n <= MAX_LISTED_DIVISORS:
        listed = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
        every = sorted(set(listed + [n // d for d in listed]))
        work.verify("listing the divisors one by one agrees", (sum(every) if total else len(every)) == int(result),
                    f"{len(every)} divisors")
    else:
        work.verify("the count comes from the prime factorization", None, "too large to list")
    return result


MAX_DIVISORS_SHOWN = 10**12  # below this, a number has at most 6,720 divisors: a list a person can read


def divisor_list(value: Any, work: Work) -> list[int]:
    """Every positive divisor of a positive whole number, from its prime factorization, checked by division and
    counted against the product of (exponent + 1)."""
    sp = _sp()
    (n,) = _integers([value], "a divisor list")
    if n <= 0:
        raise Abstain("divisors are listed for positive whole numbers", "not_understood")
    if n > MAX_DIVISORS_SHOWN:
        raise Abstain("divisors are listed for numbers up to 10^12", "too_large")
    found = sorted(int(d) for d in sp.divisors(n))
    work.say(f"{n} = {_factor_text(n)}", role="main",
             explanation="A divisor picks each prime to a power from 0 up to its exponent.")
    expected = 1
    for exponent in sp.factorint(n).values():
        expected *= exponent + 1
    work.verify(f"each of the {len(found)} divides {n}, and (exponent + 1) multiplied gives the same count",
                all(n % d == 0 for d in found) and len(found) == expected, "exact")
    return found


def congruence(a: Any, b: Any, m: Any, work: Work) -> list[int]:
    (a_, b_, m_) = _integers([a, b, m], "a congruence")
    if m_ <= 0 or m_ > 10**6:
        raise Abstain("congruences are solved for moduli from 1 to 10^6", "too_large")
    solutions = [x for x in range(m_) if (a_ * x - b_) % m_ == 0]
    work.verify(f"every residue 0..{m_ - 1} was tried", True, "exhaustive")
    for x in solutions:
        work.checked(f"x = {x}: {a_}·{x} - {b_} is divisible by {m_}", _sp().Integer(x), (a_ * x - b_) % m_ == 0,
                     f"{a_}·{x} ≡ {b_} (mod {m_})", "exact", role="detail")
    return solutions


def check_numeric_equal(left: Any, right: Any) -> bool:
    a, b = numeric_value(left), numeric_value(right)
    return a is not None and b is not None and close(a, b, 1e-20)


__all__ = ["evaluate", "gcd", "lcm", "prime_factorization", "remainder", "divisors", "divisor_list", "congruence",
           "exactly_zero", "check_numeric_equal"]
