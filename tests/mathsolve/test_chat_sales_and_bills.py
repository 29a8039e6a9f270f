"""A price after one discount and a bill split with a tip, typed as chat fragments in fresh prices, things, orders
and wordings: checked against exact arithmetic, and a fragment that adds an operation (a tax, a second discount, a
count of things) or leaves a quantity out is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

THINGS = ["shirt", "winter jacket", "lamp", "sofa", "phone case", "book"]


def _money(rng: random.Random) -> tuple[str, Fraction]:
    cents = rng.choice([0, 0, 99, 50, 25, 49])
    whole = rng.randint(5, 2400)
    shown = f"{whole:,}" if cents == 0 else f"{whole:,}.{cents:02d}"
    return shown, Fraction(whole) + Fraction(cents, 100)


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(25))
def test_a_price_after_one_discount_is_price_times_what_is_left(seed):
    rng = random.Random(seed)
    shown, price = _money(rng)
    off = rng.choice([5, 10, 15, 20, 25, 30, 33, 40, 50, 70])
    thing = rng.choice(THINGS)
    text = rng.choice([f"what do i pay for a ${shown} {thing} at {off}% off",
                       f"whats ${shown} after a {off}% discount",
                       f"${shown} {thing} {off}% off, how much do i pay",
                       f"how much is a ${shown} {thing} with a {off}% discount",
                       f"a ${shown} {thing} is {off}% off, what's the sale price",
                       f"sale price of a ${shown} {thing} at {off}% off",
                       f"how much does a ${shown} {thing} at {off}% off cost"])
    result = solve_math(text)
    assert result.verified and _value(result) == price * (1 - Fraction(off, 100)), (text, result.answer)


@pytest.mark.parametrize("seed", range(25))
def test_a_bill_with_a_tip_split_evenly_is_shared_with_its_tip(seed):
    rng = random.Random(seed)
    shown, bill = _money(rng)
    tip = rng.choice([10, 12, 15, 18, 20, 22, 25])
    people = rng.randint(2, 9)
    clauses = [rng.choice([f"${shown} bill", f"bill is ${shown}", f"the check came to ${shown}"]),
               rng.choice([f"{tip}% tip", f"plus {tip}% tip", f"leave a {tip}% tip"]),
               rng.choice([f"split {people} ways", f"split between {people} people", f"{people} ways"])]
    rng.shuffle(clauses)
    text = ", ".join(clauses) + rng.choice(["", ", how much each", " how much per person"])
    result = solve_math(text)
    assert result.verified and _value(result) == bill * (1 + Fraction(tip, 100)) / people, (text, result.answer)


@pytest.mark.parametrize("text", [
    "whats 20% off",  # no price
    "$40 shirt at 20% off and 8% tax",  # a tax too
    "2 $40 shirts at 20% off",  # a count of things
    "$40 shirt at 150% off",  # no discount
    "$84 bill, 18% tip",  # no split
    "$84 bill, 18% tip, split 4 ways, 20% tip",  # two tips
    "$84 bill 18% tip for 4 people, split 3 ways",  # two counts
    "18% tip, split 4 ways",  # no bill
])
def test_fragments_that_change_or_leave_out_a_quantity_are_not_read(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("text", ["what is 20% discount of $40", "the 20% discount on $40"])
def test_a_discount_named_alone_may_be_the_amount_off_and_is_not_read_as_the_price(text):
    # the bug: "what is 20% discount of $40" was answered 32 (the price left), where $8 (the discount) is meant too
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("seed", range(24))
def test_a_markup_a_tax_or_the_price_before_a_change(seed):
    # "$20 after a 20% discount: what was the original price?", "a $60 jacket marked up 25%", "a shirt costs $35 and
    # sales tax is 8%, what's the total" fell to "a word problem needs a model"
    rng = random.Random(seed)
    shown, price = _money(rng)
    rate = rng.choice([5, 8, 10, 12.5, 15, 20, 25, 40])
    percent = Fraction(str(rate))
    thing = rng.choice(THINGS)
    kind = rng.choice(["markup", "tax", "before discount", "before markup"])
    if kind == "markup":
        text = rng.choice([f"a ${shown} {thing} marked up {rate}%, what's the new price",
                           f"${shown} marked up by {rate}%", f"a ${shown} {thing} with a {rate}% markup, new price"])
        expected = price * (1 + percent / 100)
    elif kind == "tax":
        text = rng.choice([f"a {thing} costs ${shown} and sales tax is {rate}%, what's the total",
                           f"${shown} {thing} with {rate}% tax, how much do i pay",
                           f"what is the total for a ${shown} {thing} plus {rate}% sales tax"])
        expected = price * (1 + percent / 100)
    else:
        change = f"{rate}% off" if kind == "before discount" else f"a {rate}% markup"
        change = rng.choice([f"after {change}", f"after a {rate}% discount"]) if kind == "before discount" else \
            f"after {change}"
        factor = 1 - percent / 100 if kind == "before discount" else 1 + percent / 100
        text = rng.choice([f"${shown} {change}: what was the original price?",
                           f"a {thing} costs ${shown} {change}. what was the original price",
                           f"{change} it costs ${shown}, what was the original price",
                           f"what was the original price if it costs ${shown} {change}"])
        expected = price / factor
    result = solve_math(text)
    assert result.verified and _value(result) == expected, (text, result.answer)


@pytest.mark.parametrize("text", [
    "$20 shirt at 20% off, what was the original price",  # $20 is the price before: nothing to undo
    "$35 with 8% tax",  # the tax may already be in it
    "what was the original price after a 20% discount",  # no price
    "$40 marked up 25% and 8% tax, what's the total",  # two changes
    "a shirt costs $35 and sales tax is 8%, what was the original price",  # a tax is not undone here
])
def test_a_price_change_with_a_quantity_in_doubt_is_not_read(text):
    assert not solve_math(text).verified, text


def test_regression_a_price_on_a_things_tag_is_the_original_already():
    # "a $20 shirt after a 20% discount, what was the original price" was answered 25: "$20 shirt" is its tag price
    assert not solve_math("a $20 shirt after a 20% discount, what was the original price").verified


@pytest.mark.parametrize("seed", range(6))
def test_what_was_paid_after_a_discount_gives_the_original(seed):
    rng = random.Random(seed)
    shown, price = _money(rng)
    off = rng.choice([10, 20, 25, 40])
    text = rng.choice([f"i paid ${shown} after a {off}% discount, what was the original price",
                       f"what did it cost before the discount if i paid ${shown} after {off}% off"])
    result = solve_math(text)
    assert result.verified and _value(result) == price / (1 - Fraction(off, 100)), (text, result.answer)


@pytest.mark.parametrize("seed", range(4))
def test_a_price_marked_down_or_reduced(seed):
    rng = random.Random(seed)
    shown, price = _money(rng)
    off = rng.choice([10, 20, 25, 40])
    text = rng.choice([f"${shown} marked down {off}%, new price", f"a ${shown} lamp reduced by {off}%, what's the "
                                                                  "sale price"])
    result = solve_math(text)
    assert result.verified and _value(result) == price * (1 - Fraction(off, 100)), (text, result.answer)
