"""Claim extraction: what is a claim, what is an equation setup or prose, and the values on both sides."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.claims import extract


def _pairs(text):
    return [(c.left_value.value, c.right_value.value) for c in extract(text)]


@pytest.mark.parametrize("text, pairs", [
    ("3 x 4 = 12", [(12, 12)]),
    ("$12 + $5 = $17", [(17, 17)]),
    ("12 * 3 = 36 cookies", [(36, 36)]),
    ("20% of 50 is 10", [(10, 10)]),
    ("3/4 of 20 = 15", [(15, 15)]),
    ("2 hours * 60 minutes/hour = 120 minutes", [(120, 120)]),
    ("105,000 calories / 386 days ≈ 272 calories/day", [(Fraction(105000, 386), 272)]),
    (r"\[ \frac{42}{12} = 3.5 \]", [(Fraction(7, 2), Fraction(7, 2))]),
    (r"\((2/5) \times 20 = 8\) marbles", [(8, 8)]),
    ("Total = 3 + 4 = 7 = 8", [(7, 7), (7, 8)]),
    ("She has 4 times 6 is 24 issues", [(24, 24)]),
    (r"\[ \text{Earnings} = 45 \times 250 = 11,250 \]", [(11250, 11250)]),
    ("Then 46 + 2 = 48.", [(48, 48)]),
    ("Remaining = 9 - 3 (from snack) - 2 (for lunch) = 4.", [(4, 4)]),
    ("150 tasks/day × $1.20/task = $180/day (per cycle).", [(180, 180)]),
    ("2 bags x $2.50 per bag = $5.00.", [(5, 5)]),
    ("Divide 96 cookies between her 6 nephews = 96 cookies/6 people = 16 cookies/person", [(16, 16)]),
    ("So 1/2 off of 1 pound is $3/2 = $1.50+$3.00=$4.50", [(Fraction(3, 2), Fraction(3, 2)), (Fraction(9, 2), Fraction(9, 2))]),
    ("The total is 45 + 30 = 75 + 10 = 86", [(75, 75), (85, 86)]),            # a running total's start is a claim
    ("15 * 2 = 31 cookies per day * 7 days = 217", [(30, 31), (217, 217)]),  # ... with any operator
    ("4096 * 64 - 128 * 729 = 262144 - 93312", [(168832, 168832)]),        # term by term: not a running total
    ("20 * 3 = 20 * 4 = 80", [(60, 80), (80, 80)]),                          # an operand rewritten, not a start
    (r"The area is $(5\text{ cm})(3\text{ cm})=15\text{ cm}^2$.", [(15, 15)]),
    (r"\[ 25\% \text{ of } \$2,000.00 = 0.25 \times 2000 = \$500.00 \]", [(500, 500), (500, 500)]),
])
def test_claims_found(text, pairs):
    assert _pairs(text) == [(Fraction(a), Fraction(b)) for a, b in pairs]


@pytest.mark.parametrize("text", [
    "Let x = the number of apples.",
    "x + 5 = 12, so x = 7",
    "so 2x = 10",
    "y - 2 + 4 = 10",
    "f(3) = 7",
    "The highest power of 2 is 2^6.",
    r"\text{Alyana's Age} = \text{Chenny's Age} - 4",
    "Step 2: there are 5 apples.",
    "From January 1st to July 18th, there are 203 days.",
    "10^10^10 = 5",
    "It costs 3 dollars. 1. Buy 2 apples.",
    r"Gain = (coins) × \( \frac{1}{100} = 0.01 \)",  # the product began before the math opened
])
def test_not_claims(text):
    assert extract(text) == []


def test_decimals_and_approximation_recorded():
    (claim,) = extract("10/3 is about 3.33")
    assert claim.decimals == 2
    assert claim.approximate


@pytest.mark.parametrize("text, pairs", [
    # regressions found by planted errors (python -m agentlib.checking.perturb): each was silently skipped
    ("so that's 6-4 = 3 extra mirrors", [(2, 3)]),          # "that's" is a word, not a letter before a product
    ("so that’s 3.00*3 = $8.00", [(9, 8)]),                  # a typographic apostrophe
    ("A $150 x 2/100 = $30 interest", [(3, 30)]),            # "A" opens a sentence
    ("because 60 x .5 = 31", [(30, 31)]),                    # a leading decimal point
    ("So he needs 3000/1000=2 tune-ups", [(3, 2)]),          # a hyphenated unit after the result
])
def test_planted_errors_are_extracted(text, pairs):
    assert _pairs(text) == [(Fraction(a), Fraction(b)) for a, b in pairs]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 999), st.integers(1, 99), st.integers(-3, 3), st.sampled_from(["that's", "that’s", "it's"]),
       st.sampled_from(["boxes", "tune-ups", "well-made pies"]))
def test_products_in_prose_are_verified_or_refuted_by_value(a, b, delta, lead, unit):
    (claim,) = extract(f"So {lead} {a} * {b} = {a * b + delta} {unit}.")
    assert (claim.left_value.value == claim.right_value.value) == (delta == 0)


@pytest.mark.parametrize("text, pairs", [
    ("20 * 3 = 60, plus 15 is 75", [(60, 60), (75, 75)]),     # a running total continued in words
    ("Then 12 + 3 = 15, minus 4 is 12", [(15, 15), (11, 12)]),
    ("Half of 40 is 20", [(20, 20)]),
    ("A third of 90 is 31", [(30, 31)]),
    ("Twice 15 is 30", [(30, 30)]),
    (r"\( \frac{3}{4} \times 100 = 75\% \)", [(75, 75)]),       # a percent written for its number
    ("3/4 * 100 = 70%", [(75, Fraction(7, 10))]),               # wrong under either reading
])
def test_words_percents_and_running_totals(text, pairs):
    assert _pairs(text) == [(Fraction(a), Fraction(b)) for a, b in pairs]


def test_align_rows_are_claims():
    # regression: "&=" and "\\" row breaks hid every claim of an align environment
    text = "\\begin{align*}\n3^2 + 7^2 &= 58, \\\\\n3^2 + 8^2 &= 72, \\\\\n(2\\cdot 3) + 1 \\hphantom{)} &= 7.\n\\end{align*}"
    assert _pairs(text) == [(58, 58), (73, 72), (7, 7)]


def test_or_and_before_a_new_equation_ends_the_chain():
    """"x = (11 + 3)/4 = 3.5 or x = (11 - 3)/4 = 2": the second equation is not read as 3.5 = (11 - 3)/4."""
    both = extract("so x = (11 + 3)/4 = 3.5 or x = (11 - 3)/4 = 2")
    assert [(c.left, c.right) for c in both] == [("(11 + 3)/4", "3.5"), ("(11 - 3)/4", "2")]
    assert all(c.left_value.value == c.right_value.value for c in both)
    slipped = extract("we get p = 6 * 7 = 42 and q = 6 + 7 = 14")
    assert [(c.left, c.right) for c in slipped] == [("6 * 7", "42"), ("6 + 7", "14")]
    assert slipped[1].left_value.value != slipped[1].right_value.value
