"""A numeric check for improper integrals of a decaying rational times one sine or cosine: ∫_0^∞ sin(x)/x dx,
∫_1^∞ cos(2x)/x^2 dx, ∫_{-∞}^0 x sin(3x)/(x^2 + 1) dx.

Plain quadrature fails on them (the tail oscillates forever: ∫_0^∞ sin(x)/x dx came out -4, so the right pi/2 was
left unverified). `mpmath.quadosc` sums the integral between the zeros of the oscillation and extrapolates the
alternating series of those pieces; but extrapolation also gives a value to a divergent integral (∫_0^∞ sin x dx
"= 1"), so it is used only where the integral provably converges, by Dirichlet's test: the integrand is g(x)·T(ωx + φ)
with T sine or cosine, ω ≠ 0, and g = P/Q a real rational function with deg Q > deg P (g → 0 and is monotone near
infinity, as every rational function is) and no pole on the interval, save a bound where the integrand has a finite
limit (sin(x)/x at 0). The value is computed at two working precisions, which must agree, and evaluated with mpmath
from the polynomials' exact coefficients (no generated code). Any other integrand returns None: the caller keeps its
plain quadrature.
"""

from __future__ import annotations

from typing import Any

PRECISIONS = (20, 30)  # decimal digits; the two values must agree to AGREEMENT (relative)
AGREEMENT = 1e-12


def oscillatory_quadrature(f: Any, x: Any, lower: Any, upper: Any) -> complex | None:
    """∫ f dx from `lower` to `upper` (one bound infinite, or both) by `mpmath.quadosc`, or None (see the module)."""
    import sympy as sp

    if lower.is_finite and upper.is_finite or lower == upper:
        return None
    shape = _shape(f, x)
    if shape is None:
        return None
    numerator, denominator, trig, omega, phase = shape
    if lower == -sp.oo and upper == sp.oo:
        pieces = [(-sp.oo, sp.Integer(0)), (sp.Integer(0), sp.oo)]
    elif lower.is_finite or upper.is_finite:
        pieces = [(lower, upper)]
    else:
        return None  # from +∞ down to -∞: say it the usual way round
    for start, end in pieces:
        if not _no_pole(f, x, denominator, start, end):
            return None
    first, second = (_quadosc(numerator, denominator, trig, omega, phase, pieces, digits) for digits in PRECISIONS)
    if first is None or second is None or abs(first - second) > AGREEMENT * max(1.0, abs(second)):
        return None
    return second


def _shape(f: Any, x: Any) -> tuple[Any, Any, str, Any, Any] | None:
    """(P, Q, "sin" or "cos", ω, φ) when f = P/Q · T(ωx + φ) as the module says, else None."""
    import sympy as sp

    trig_atoms = f.atoms(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)
    if len(trig_atoms) != 1:
        return None
    trig = trig_atoms.pop()
    if not isinstance(trig, (sp.sin, sp.cos)):
        return None
    g = sp.cancel(f / trig)
    if g.has(trig) or g.free_symbols - {x} or not g.is_rational_function(x):
        return None
    try:
        argument = sp.Poly(trig.args[0], x)
        numerator, denominator = (sp.Poly(part, x) for part in sp.fraction(sp.together(g)))
    except sp.PolynomialError:
        return None
    if argument.degree() != 1 or denominator.degree() <= numerator.degree():
        return None
    omega, phase = argument.all_coeffs()
    coefficients = [*numerator.all_coeffs(), *denominator.all_coeffs(), omega, phase]
    if not all(c.is_real and c.is_number for c in coefficients) or omega == 0:
        return None
    return numerator, denominator, type(trig).__name__, omega, phase


def _no_pole(f: Any, x: Any, denominator: Any, start: Any, end: Any) -> bool:
    """Q has no real zero strictly inside (start, end), and at a finite end the integrand has a finite limit."""
    import sympy as sp

    inside = sp.Interval.open(start, end)
    for root in sp.Poly(denominator, x).real_roots():
        if root in inside:
            return False
        for bound, side in ((start, "+"), (end, "-")):
            if bound.is_finite and root == bound and not sp.limit(f, x, bound, side).is_finite:
                return False
    return True


def _quadosc(numerator: Any, denominator: Any, trig: str, omega: Any, phase: Any, pieces: list, digits: int) \
        -> complex | None:
    import mpmath

    with mpmath.workdps(digits):
        p = [_mpf(c, digits) for c in numerator.all_coeffs()]
        q = [_mpf(c, digits) for c in denominator.all_coeffs()]
        w, phi = _mpf(omega, digits), _mpf(phase, digits)
        wave = mpmath.sin if trig == "sin" else mpmath.cos

        def integrand(t: Any) -> Any:
            return mpmath.polyval(p, t) / mpmath.polyval(q, t) * wave(w * t + phi)

        total = mpmath.mpf(0)
        try:
            for start, end in pieces:
                total += mpmath.quadosc(integrand, [_mpf(start, digits), _mpf(end, digits)], omega=abs(w))
        except (ZeroDivisionError, ValueError, OverflowError):
            return None
        if not mpmath.isfinite(total):
            return None
        return complex(total)


def _mpf(number: Any, digits: int) -> Any:
    """A real SymPy constant (or ±∞) as an mpmath number, exact for a rational, else to `digits` + 10 digits."""
    import mpmath
    import sympy as sp

    if number.is_infinite:
        return mpmath.inf if number > 0 else -mpmath.inf
    if number.is_Rational:
        return mpmath.mpf(int(number.p)) / int(number.q)
    return mpmath.mpf(str(sp.N(number, digits + 10)))


__all__ = ["oscillatory_quadrature"]
