"""Descriptive statistics of a list of numbers: mean, median, mode, range, variance, standard deviation.

Every value is exact (SymPy rationals read from the numbers as written, so 0.1 is 1/10), each shown step is
checked, and each answer is verified by a property that characterizes it, computed another way:
- mean: the deviations from it add up to 0;
- median: at least half the values lie at or below it and at least half at or above it;
- mode: no value occurs more often, and every reported value occurs that often;
- range: every value lies between the smallest and the largest, which both occur;
- variance: equals the mean of the squares minus the square of the mean (population), times n/(n - 1) (sample);
- standard deviation: its square is the variance, and it is not negative.

"Variance" and "standard deviation" without "population" or "sample" report both: school courses divide by n,
statistics courses and spreadsheets (STDEV, VAR) by n - 1, and a single number would silently answer one of two
questions. Left out: weighted means, grouped data (frequency tables), quartiles and percentiles.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, get_args

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, latex
from agentlib.mathsolve.decimals import exact_decimal, terminates

Measure = Literal["mean", "median", "mode", "range", "variance", "std", "sample_variance", "sample_std",
                  "population_variance", "population_std"]
MEASURES: tuple[Measure, ...] = get_args(Measure)
MAX_VALUES = 10_000

_NAMES = {"mean": "mean", "median": "median", "mode": "mode", "range": "range",
          "population_variance": "population variance σ²", "sample_variance": "sample variance s²",
          "population_std": "population standard deviation σ", "sample_std": "sample standard deviation s"}


def _sp() -> Any:
    import sympy

    return sympy


def describe(values: list[Any], measures: tuple[str, ...], work: Work) -> Answer:
    """The requested measures of `values` (exact SymPy numbers), with checked steps and verifications.

    Raises:
        Abstain: no values, too many, an unknown measure, or a sample measure of a single value.
    """
    if not values:
        raise Abstain("there are no numbers to describe", "not_math")
    if len(values) > MAX_VALUES:
        raise Abstain(f"{len(values):,} values; at most {MAX_VALUES:,} are described", "too_large")
    wanted = _expand(measures)
    results: list[tuple[str, Any]] = []
    for measure in wanted:
        results.append((measure, _COMPUTE[measure](values, work)))
    return _answer(results)


def _expand(measures: tuple[str, ...]) -> list[str]:
    """"variance" -> population and sample; the rest as named, in order, each once."""
    out: list[str] = []
    for measure in measures:
        if measure not in MEASURES:
            raise Abstain(f"unknown statistic {measure!r}", "not_understood")
        names = {"variance": ["population_variance", "sample_variance"],
                 "std": ["population_std", "sample_std"]}.get(measure, [measure])
        out.extend(n for n in names if n not in out)
    return out


def _mean(values: list[Any], work: Work) -> Any:
    sp = _sp()
    total = sum(values, sp.Integer(0))
    count = len(values)
    terms = " + ".join(display(v) for v in values[:12]) + (" + ..." if count > 12 else "")
    work.checked(f"Add the {count} values", total, total == sum(reversed(values), sp.Integer(0)),
                 f"{terms} = {display(total)}", "added again in reverse order", role="main")
    mean = total / count
    work.equal(f"Divide the sum by the count, {count}", total / sp.Integer(count), mean, role="main",
               explanation="The mean shares the total equally among the values.")
    deviations = sum((v - mean for v in values), sp.Integer(0))
    work.verify(f"the deviations from the mean {display(mean)} add up to 0", deviations == 0,
                f"Σ(x - mean) = {display(deviations)}")
    return mean


def _median(values: list[Any], work: Work) -> Any:
    ordered = sorted(values)
    count = len(ordered)
    work.checked("Sort the values", _list(ordered), all(a <= b for a, b in zip(ordered, ordered[1:])),
                 "each value is at most the next", "compared pairwise", role="main")
    middle = count // 2
    if count % 2:
        median = ordered[middle]
        work.say(f"{count} values: the middle one is value number {middle + 1}", median, role="main")
    else:
        low, high = ordered[middle - 1], ordered[middle]
        median = (low + high) / 2
        work.checked(f"{count} values: the median is halfway between values {middle} and {middle + 1}", median,
                     2 * median == low + high, f"({display(low)} + {display(high)})/2 = {display(median)}",
                     "exact", role="main")
    below = sum(1 for v in values if v <= median)
    above = sum(1 for v in values if v >= median)
    work.verify(f"at least half of the {count} values lie at or below {display(median)} and at least half at or "
                "above it", 2 * below >= count and 2 * above >= count, f"{below} at or below, {above} at or above")
    return median


def _mode(values: list[Any], work: Work) -> Any:
    counts = Counter(values)
    most = max(counts.values())
    modes = sorted(v for v, c in counts.items() if c == most)
    shown = ", ".join(f"{display(v)}: {c}" for v, c in sorted(counts.items())[:20])
    work.say("Count how often each value occurs", shown, role="main")
    if most == 1:
        work.verify("every value occurs exactly once", all(c == 1 for c in counts.values()), "counted")
        return None
    again = Counter(v for v in values)
    work.verify(f"{', '.join(display(m) for m in modes)} occur{'s' if len(modes) == 1 else ''} {most} times and no "
                "value occurs more often", all(again[m] == most for m in modes) and max(again.values()) == most,
                "counted again")
    return tuple(modes) if len(modes) > 1 else modes[0]


def _range(values: list[Any], work: Work) -> Any:
    low, high = min(values), max(values)
    work.say("The smallest and the largest value", _list([low, high]), role="main")
    spread = high - low
    work.equal("Subtract the smallest from the largest", high - low, spread, role="main")
    work.verify(f"every value lies between {display(low)} and {display(high)}, which both occur",
                all(low <= v <= high for v in values) and low in values and high in values, "compared")
    return spread


def _squared_deviations(values: list[Any], work: Work) -> tuple[Any, Any]:
    sp = _sp()
    mean = sum(values, sp.Integer(0)) / len(values)
    total = sum(((v - mean) ** 2 for v in values), sp.Integer(0))
    work.checked(f"The mean is {display(mean)}; add the squared deviations (x - mean)²", total,
                 total == sum((v * v for v in values), sp.Integer(0)) - len(values) * mean ** 2,
                 f"Σ(x - {display(mean)})² = {display(total)}", "equals Σx² - n·mean²", role="main")
    return mean, total


def _variance(sample: bool) -> Any:
    def compute(values: list[Any], work: Work) -> Any:
        sp = _sp()
        count = len(values)
        if sample and count < 2:
            raise Abstain("a sample variance needs at least two values", "not_understood")
        mean, total = _squared_deviations(values, work)
        divisor = count - 1 if sample else count
        variance = total / divisor
        work.equal(f"Divide by {'n - 1 = ' if sample else 'n = '}{divisor}", total / sp.Integer(divisor), variance,
                   role="main", explanation="A sample divides by n - 1 (Bessel's correction)." if sample else "")
        squares = sum((v * v for v in values), sp.Integer(0)) / count - mean ** 2
        expected = squares * count / divisor
        work.verify(f"the {'sample' if sample else 'population'} variance equals (mean of the squares - square of "
                    f"the mean){' × n/(n - 1)' if sample else ''}", sp.simplify(expected - variance) == 0,
                    f"{display(expected)}")
        return variance
    return compute


def _std(sample: bool) -> Any:
    variance_of = _variance(sample)

    def compute(values: list[Any], work: Work) -> Any:
        sp = _sp()
        variance = variance_of(values, work)
        deviation = sp.sqrt(variance)
        work.equal("Take the square root of the variance", sp.sqrt(variance), deviation, role="main")
        work.verify(f"the {'sample' if sample else 'population'} standard deviation squared is the variance and "
                    "it is not negative", sp.simplify(deviation ** 2 - variance) == 0 and bool(deviation >= 0),
                    f"({display(deviation)})² = {display(variance)}")
        return deviation
    return compute


_COMPUTE: dict[str, Any] = {
    "mean": _mean, "median": _median, "mode": _mode, "range": _range,
    "population_variance": _variance(False), "sample_variance": _variance(True),
    "population_std": _std(False), "sample_std": _std(True),
}


def _list(values: list[Any]) -> str:
    return ", ".join(display(v) for v in values[:30]) + (", ..." if len(values) > 30 else "")


def shown(value: Any) -> str:
    """A value as people expect it: 18; 5.6 (exact); 37/6 ≈ 6.1667; 2*sqrt(2) ≈ 2.8284."""
    sp = _sp()
    if value is None:
        return "no mode (every value occurs once)"
    if isinstance(value, tuple):
        return " and ".join(shown(v) for v in value)
    if value.is_Integer:
        return str(value)
    if value.is_Rational and terminates(value):
        return exact_decimal(value)  # exact: 28/5 is 5.6
    approximate = sp.N(value, 15)
    return f"{display(value)} ≈ {float(approximate):.4f}".rstrip("0").rstrip(".")



def _answer(results: list[tuple[str, Any]]) -> Answer:
    if len(results) == 1:
        measure, value = results[0]
        text = shown(value)
        if value is None:
            return Answer(text, r"\text{no mode}", {"kind": "text", "text": "no mode"})
        if isinstance(value, tuple):
            return Answer(text, ",\\ ".join(latex(v) for v in value),
                          {"kind": "values", "values": [str(v) for v in value], "names": [measure] * len(value)})
        return Answer(text, latex(value), {"kind": "expression", "expression": str(value)})
    parts = [f"{_NAMES[m]} = {shown(v)}" for m, v in results]
    latex_parts = [rf"\text{{{_NAMES[m]}}} = {latex(v) if v is not None and not isinstance(v, tuple) else shown(v)}"
                   for m, v in results]
    values = [str(v) if v is not None else "none" for _, v in results]
    return Answer("; ".join(parts), r",\ ".join(latex_parts),
                  {"kind": "values", "values": values, "names": [m for m, _ in results]})
