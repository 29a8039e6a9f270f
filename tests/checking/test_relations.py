"""Relations a word problem states, put to the step that computes the related quantity (`relations.py`): each
reading on fresh numbers and wording, the correct step passing beside the misreading."""

from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_steps
from agentlib.checking.relations import Relations
from agentlib.checking.report import Rule


def _first(problem: str, steps: list[str]) -> int | None:
    return check_steps(problem, steps).first_error_step


def _rule(problem: str, steps: list[str]) -> Rule:
    report = check_steps(problem, steps)
    assert report.first_error_step is not None
    return report.steps[report.first_error_step - 1].flagged[0].rule


@given(st.integers(2, 300), st.integers(3, 90), st.integers(2, 9))
@settings(max_examples=25, deadline=None)
def test_an_inclusive_range_counts_both_ends(first, length, cost):
    last = first + length
    problem = (f"Tickets numbered {first} through {last} were sold at ${cost} apiece. "
               "How much money did the sales bring in?")
    assert _first(problem, [f"The number of tickets is {last} - {first} + 1 = {length + 1}.",
                            f"They bring in {length + 1} * {cost} = {(length + 1) * cost} dollars."]) is None
    wrong = [f"The number of tickets is {last} - {first} = {length}.", f"They bring in {length} * {cost} = "
             f"{length * cost} dollars."]
    assert _first(problem, wrong) == 1 and _rule(problem, wrong) is Rule.RELATION


def test_a_difference_not_called_a_count_or_followed_by_plus_one_is_left_alone():
    problem = "Rooms from 120 to 150, inclusive, are painted, each for $40. What does the painting cost?"
    assert _first(problem, ["The difference is 150 - 120 = 30, and 30 + 1 = 31 rooms.",
                            "The cost is 31 * 40 = 1240 dollars."]) is None
    assert _first(problem, ["There are 150 - 120 = 30 gaps, so 30 + 1 = 31 rooms."]) is None


@given(st.integers(3, 40), st.integers(3, 40), st.integers(2, 12))
@settings(max_examples=25, deadline=None)
def test_a_triangles_area_is_half_base_times_height(base, height, price):
    assume(base != height and price not in (base, height))
    problem = (f"A triangular sail has a base of {base} ft and a height of {height} ft. Canvas costs ${price} per "
               "square foot. What does the canvas cost?")
    half = Fraction(base * height, 2)
    assert _first(problem, [f"The area is {base} * {height} / 2 = {half} square feet.",
                            f"The canvas costs {half} * {price} = {half * price} dollars."]) is None
    assert _first(problem, [f"Area = {base} * {height} = {base * height}, half of it is {half} square feet."]) is None
    wrong = [f"The area is {base} * {height} = {base * height} square feet."]
    assert _first(problem, wrong) == 1 and _rule(problem, wrong) is Rule.RELATION


def test_a_rectangle_beside_the_triangle_leaves_the_area_unread():
    problem = "A triangle with a base of 6 cm and a height of 10 cm sits on a rectangle. Find the area of the shape."
    assert Relations(problem).triangle is None
    assert Relations("A triangular lot has a base of 30 m and a height of 20 m; grass is $2 per square m.").triangle


@given(st.sampled_from([10, 20, 25, 40, 50, 60]), st.sampled_from([30, 45, 90, 150, 210]))
@settings(max_examples=25, deadline=None)
def test_p_percent_more_than_is_a_percent_of_the_smaller_amount(p, smaller):
    larger = Fraction(smaller * (100 + p), 100)
    assume(larger.denominator == 1 and larger not in (p, smaller))
    problem = (f"A blue kettle costs {p}% more than a red kettle. The blue kettle costs ${larger}. "
               "How much is the red kettle?")
    assert _first(problem, [f"The red kettle costs {larger} / {(100 + p) / 100} = {smaller} dollars."]) is None
    misread = larger * (100 - p) / 100
    wrong = [f"The red kettle costs {larger} - {p}/100 * {larger} = {misread} dollars."]
    assert _first(problem, wrong) == 1 and _rule(problem, wrong) is Rule.RELATION


@given(st.sampled_from([(1, 2), (1, 3), (2, 3), (3, 4), (2, 5)]), st.integers(2, 15))
@settings(max_examples=25, deadline=None)
def test_a_rate_of_the_rest_applies_to_what_is_left(rate, scale):
    a, b = rate
    total = 60 * scale
    problem = (f"A farmer has {total} eggs. He sells 1/6 of them at the market and gives {a}/{b} of the remaining "
               "eggs to a neighbour. How many eggs does he keep?")
    rest = total - total // 6
    given_away = rest * a // b
    assume(rest not in (total, a, b))
    assert _first(problem, [f"He sells {total} / 6 = {total // 6} eggs.", f"That leaves {total} - {total // 6} = {rest}.",
                            f"He gives away {a}/{b} * {rest} = {given_away}."]) is None
    wrong = [f"He sells {total} / 6 = {total // 6} eggs.", f"That leaves {total} - {total // 6} = {rest}.",
             f"He gives away {a}/{b} * {total} = {total * a // b}."]
    assert _first(problem, wrong) == 3 and _rule(problem, wrong) is Rule.RELATION


def test_a_rate_written_twice_in_the_problem_is_not_read():
    problem = "Of 90 cards, Ivo gives 1/3 to Ana and 1/3 of the rest to Ben. How many are left?"
    assert Relations(problem).of_rest == []
    assert _first(problem, ["Ana gets 1/3 * 90 = 30.", "That leaves 90 - 30 = 60.", "Ben gets 1/3 * 60 = 20."]) is None


@given(st.sampled_from([10, 20, 30, 40]), st.sampled_from([5, 10, 15]), st.sampled_from([50, 90, 130, 170]))
@settings(max_examples=25, deadline=None)
def test_a_percent_added_to_the_reduced_price_is_a_percent_of_that_price(off, fee, price):
    assume(len({off, fee, price}) == 3)
    problem = (f"Shoes list at ${price}. The store takes {off}% off, then charges a {fee}% service fee on the "
               "reduced price. What do the shoes cost?")
    cut = Fraction(price * off, 100)
    reduced = price - cut
    steps = [f"The reduction is {off}% of ${price} = ${cut}.", f"The reduced price is ${price} - ${cut} = ${reduced}."]
    right = steps + [f"The fee is {fee}% of ${reduced} = ${reduced * fee / 100}."]
    wrong = steps + [f"The fee is {fee}% of ${price} = ${Fraction(price * fee, 100)}."]
    assert _first(problem, right) is None
    assert _first(problem, wrong) == 3 and _rule(problem, wrong) is Rule.RELATION


@given(st.integers(2, 9), st.integers(11, 40))
@settings(max_examples=25, deadline=None)
def test_a_count_and_a_unit_price_are_multiplied_not_added(count, price):
    problem = f"Rosa orders {count} lunch boxes at ${price} each and a $10 bottle. How much does she pay?"
    assert _first(problem, [f"The boxes cost {count} x ${price} = ${count * price}."]) is None
    wrong = [f"The boxes cost {count} + ${price} = ${count + price}."]
    assert _first(problem, wrong) == 1 and _rule(problem, wrong) is Rule.RELATION


def test_a_number_that_is_also_a_price_is_not_read_as_a_count():
    assert Relations("Tea is $4. Buy 4 mugs at $9 each.").unit_prices == []
    assert Relations("Buy 5 mugs at $9 each and 2 cups at $9 each.").unit_prices == []


@given(st.sampled_from([10, 30, 50]), st.sampled_from([20, 40, 60]), st.sampled_from([500, 800, 1200]))
@settings(max_examples=20, deadline=None)
def test_a_second_change_applies_to_the_changed_amount(up, down, start):
    problem = (f"A club has {start} members. Membership grows by {up}% in spring and then drops by {down}% in "
               "autumn. How many members are there after autumn?")
    risen = start + start * up // 100
    steps = [f"Spring adds {up}% of {start} = {start * up // 100}.", f"That makes {start} + {start * up // 100} = {risen}."]
    assert _first(problem, steps + [f"Autumn removes {down}% of {risen} = {Fraction(risen * down, 100)}."]) is None
    wrong = steps + [f"Autumn removes {down}% of {start} = {start * down // 100}."]
    assert _first(problem, wrong) == 3 and _rule(problem, wrong) is Rule.RELATION
