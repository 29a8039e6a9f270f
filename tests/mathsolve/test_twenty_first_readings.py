"""The readings added in the twenty-first batch's round, over generated requests checked against SymPy: a percent of
a number with the word for 'of' of Indonesian, Russian and Arabic; "how much is" in Italian, Turkish and Hindi;
Vietnamese "phân tích đa thức ... thành nhân tử"; Arabic integral bounds "من ... إلى"; digits of other scripts
(Eastern Arabic, Persian, Devanagari, full-width)."""

from fractions import Fraction

import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
x = sp.Symbol("x")

PERCENT_OF = ["Berapa {p}% dari {n}?", "Hitung {p}% dari {n}", "Сколько будет {p}% от {n}?", "Найдите {p}% от {n}",
              "احسب {p}% من {n}", "Calcula el {p}% de {n}", "Wie viel sind {p} % von {n}?"]
HOW_MUCH = ["Quanto è {a} + {b}?", "{a} + {b} kaç eder?", "{a} + {b} कितना है?", "{a} + {b} kaç?"]
DIGITS = {"eastern arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
          "full width": "０１２３４５６７８９"}


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return parse_expression(result.value["expression"])


@given(st.sampled_from(PERCENT_OF), st.integers(1, 200), st.integers(1, 10**5))
@SETTINGS
def test_a_percent_of_a_number_in_every_language(template, percent, number):
    assert _value(template.format(p=percent, n=number)) == Fraction(percent, 100) * number


@given(st.sampled_from(HOW_MUCH), st.integers(0, 10**4), st.integers(0, 10**4))
@SETTINGS
def test_how_much_is_asks_for_the_value(template, a, b):
    assert _value(template.format(a=a, b=b)) == a + b


@given(st.integers(-9, 9), st.integers(-9, 9))
@SETTINGS
def test_vietnamese_factor_the_polynomial_into_factors(r, s):
    expanded = sp.expand((x - r) * (x - s))
    written = str(expanded).replace("**", "^")
    found = _value(f"Phân tích đa thức {written} thành nhân tử")
    assert sp.expand(found - expanded) == 0 and (found.is_Mul or found.is_Pow or expanded.is_Pow)


@given(st.integers(1, 5), st.integers(-5, 5), st.integers(1, 6))
@SETTINGS
def test_arabic_integral_from_and_to(power, low, width):
    high = low + width
    assert _value(f"احسب تكامل x^{power} من {low} إلى {high}") == sp.integrate(x**power, (x, low, high))


@given(st.sampled_from(sorted(DIGITS)), st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from("+-*"))
@SETTINGS
def test_digits_of_other_scripts_are_read_as_digits(script, a, b, operator):
    def written(number: int) -> str:
        return "".join(DIGITS[script][int(d)] for d in str(number))

    expected = {"+": a + b, "-": a - b, "*": a * b}[operator]
    assert _value(f"{written(a)} {operator} {written(b)}") == expected


def test_regression_a_chinese_full_width_comma_between_digits_stays_a_list():
    # Full-width digits become ASCII, full-width commas do not: "3，5" in Chinese is never the decimal 3.5.
    result = solve_math("求 1２，1８ 的最大公约数")
    assert result.status != "verified" or parse_expression(result.value["expression"]) == 6


WHOLE_FIRST_PERCENT = ["{n} का {p}% कितना है?", "{n} का {p}%", "{n} sayısının %{p}'i kaçtır?", "{n}'ın %{p}'i nedir?",
                       "{n}'in yüzde {p}'si kaçtır?"]


@given(st.sampled_from(WHOLE_FIRST_PERCENT), st.integers(1, 200), st.integers(1, 10**5))
@SETTINGS
def test_a_percent_of_a_whole_said_first_in_hindi_and_turkish(template, percent, number):
    assert _value(template.format(p=percent, n=number)) == Fraction(percent, 100) * number


@given(st.integers(2, 10**4), st.integers(2, 10**4), st.sampled_from(["'in", "'ın", "'un", "'ün", "'nin", "'nın"]),
       st.sampled_from([("EBOB'u nedir?", sp.gcd), ("EKOK'u nedir?", sp.lcm), ("EBOB'unu bulun", sp.gcd)]))
@SETTINGS
def test_turkish_case_endings_after_a_number_are_not_primes(m, n, ending, asked):
    words, function = asked
    assert _value(f"{m} ve {n}{ending} {words}") == function(m, n)


GLUED_CJK = [("解方程{p}=0", "solve"), ("方程式{p}=0を解け", "solve"), ("求{p}的导数", "differentiate"),
             ("0から1まで{p}を積分せよ", "integrate")]


@given(st.sampled_from(GLUED_CJK), st.integers(-9, 9), st.integers(-9, 9))
@SETTINGS
def test_a_formula_glued_to_han_or_kana_is_read(template, r, s):
    polynomial = sp.expand((x - r) * (x - s))
    text = template[0].format(p=str(polynomial).replace("**", "^").replace(" ", ""))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    if template[1] == "solve":
        assert sorted(parse_expression(v) for v in result.value["values"]) == sorted({r, s})
    elif template[1] == "differentiate":
        assert sp.expand(parse_expression(result.value["expression"]) - sp.diff(polynomial, x)) == 0
    else:
        assert parse_expression(result.value["expression"]) == sp.integrate(polynomial, (x, 0, 1))
