"""Unsupported operands: numbers a word problem's computation uses that nothing before it gives."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.claims import extract
from agentlib.checking.grounding import (Grounding, fractional_count, is_count_problem, is_story_problem,
                                         is_word_problem)

GERALD = "Gerald works at a daycare that pays him $30 every day. He worked for an entire week and spent a total of $100."


def _flags(problem, steps):
    grounding = Grounding(problem)
    return [[c.text for c in grounding.check(step, extract(step))] for step in steps]


def test_invented_quantity_is_unsupported_at_its_step():
    report = check_trace(GERALD, ["We need his weekly pay.", r"A workweek has 5 days: \[ 5 \times \$30 = \$150 \]"])
    assert report.first_error_step == 1
    assert report.steps[1].flagged[0].verdict == "unsupported"
    assert report.explanation.startswith("Step 2: 5 * 30 = 150 uses an unsupported number; 5 is given by neither")


def test_unit_facts_percents_and_earlier_results_are_supported():
    assert _flags("Xavier was 4 feet tall and grew 3 inches.", ["4 feet x 12 inches/foot = 48 inches", "48 + 3 = 51"]) == [[], []]
    assert _flags("She pays $250 an hour for 6 hours, 4 times a week, and gets a 10% discount.",
                  ["250 x 6 = 1500", "1500 x 4 = 6000", "6000 x 0.10 = 600", "6000 - 600 = 5400"]) == [[], [], [], []]
    assert _flags(GERALD, ["He works 7 days: 7 x 30 = 210", "210 - 100 = 110"]) == [[], []]
    assert _flags("Ann has three dozen eggs and uses half.", ["3 x 12 = 36", "36 / 2 = 18"]) == [[], []]
    assert _flags("She bought 2 bags of rocks for $2.50 each and a tank for $10.00.",
                  ["2 bags x $2.50 per bag = $5.00. Add this: $10.00 + $5.00 = $15.00."]) == [[]]


def test_only_word_problems_with_quantities_are_grounded():
    assert is_word_problem(GERALD)
    assert not is_word_problem(r"Evaluate $\sqrt{3\cdot6}$.")
    assert not is_word_problem("Find the least prime.")
    assert not is_word_problem("Yann and Camille go to a restaurant with 10 items on the menu. How many 2-dish orders?")
    assert check_trace("Evaluate $2^{10}$.", ["2^10 = 32 * 32 = 1024"]).first_error_step is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(3, 999), min_size=2, max_size=4, unique=True), st.integers(1001, 9999).filter(lambda n: n % 100), st.booleans())
def test_chains_over_given_numbers_are_supported_and_fresh_numbers_are_not(given_numbers, fresh, plant):
    problem = "A shop earns " + ", ".join(f"${n}" for n in given_numbers) + ". How many dollars in all?"
    steps, total = [], given_numbers[0]
    for n in given_numbers[1:]:
        steps.append(f"Adding {n}: {total} + {n} = {total + n} boxes.")
        total += n
    if plant:
        steps.append(f"Then {total} + {fresh} = {total + fresh} boxes.")
    report = check_trace(problem, steps)
    assert report.first_error_step == (len(steps) - 1 if plant else None)


def test_taking_a_known_value_apart_and_scaled_units_are_supported():
    assert _flags("A class of 65 students pays $5 each.", ["65 = 5 x 13, so 13 x 5 = 65"]) == [[]]
    assert _flags("A factory makes 5000 bars a day and sells them for $2. How much in two weeks?",
                  ["In two weeks it makes 14 x 5000 = 70000 bars", "70000 x 2 = 140000"]) == [[], []]
    assert _flags("Three-fourths of 20 students have a desk, priced $30 each.", ["1 - 3/4 = 1/4", "20 x 1/4 = 5"]) == [[], []]


POINTS = ("Four students scored a total of 251 points in a board game. Naomi scored 68 of the points. Yuri scored "
          "10 more than half as many points as Naomi. How many points did Jojo score?")


def test_fractional_count_in_a_count_problem():
    assert is_count_problem(POINTS)
    report = check_trace(POINTS, ["Naomi and Brianna: 68 + 85 = 153.", r"Half of that: \[ \frac{153}{2} = 76.5 \]"])
    assert report.first_error_step == 1
    assert report.explanation == ("Step 2: 153/2 = 76.5 gives a fraction of a whole count; "
                                  "the problem counts whole things, but this gives 76.5.")
    assert check_trace(POINTS, ["Half of Naomi's: 68 / 2 = 34.", "Yuri: 34 + 10 = 44."]).first_error_step is None


def test_measured_problems_are_not_count_problems():
    assert not is_count_problem("Pat has 3 pizzas and shares them among 2 friends. How many pizzas does each get?" " It takes 5 hours.")
    assert not is_count_problem(GERALD)
    assert not is_count_problem("What is the probability that 2 dice show 7?")
    assert fractional_count(extract("So 3 / 4 = 0.75 and 4 / 2 = 2.")) == []  # a fraction below 1 is a share, not a count


def test_story_count_problems_are_grounded_but_counting_and_number_theory_are_not():
    story = "Samantha has 12 fewer paintings than Shelley, and Shelley has 8 paintings more than Kim. If Samantha has 27 paintings, how many paintings does Kim have?"
    assert is_story_problem(story)
    assert check_trace(story, ["Shelley has 27+12=39 paintings.", "Kim has 39-8=31 paintings."]).first_error_step is None
    assert check_trace(story, ["Shelley has 27+12=39 paintings.", "Kim has 33-8=25 paintings."]).first_error_step == 1
    seats = "In how many ways can 6 girls and 2 boys sit in a row if the 2 boys insist on sitting next to each other?"
    assert is_count_problem(seats) and not is_story_problem(seats)
    # regression: "Friday" read as a measure and "2/5" as a non-count kept these stories ungrounded
    school = "There are 96 fourth-graders. 43 of them are girls. On Friday, 4 boys were absent. How many boys came?"
    assert is_story_problem(school) and not is_word_problem(school) and not is_count_problem(school)
    assert check_trace(school, ["96 - 43 = 53 boys.", "53 - 4 = 49 boys came."]).first_error_step is None
    assert check_trace(school, ["96 - 43 = 53 boys.", "44 - 4 = 40 boys came."]).first_error_step == 1
    assert check_trace(seats, ["Treat the boys as one: 7! * 2! = 10080 ways."]).first_error_step is None


@pytest.mark.parametrize("answer, flagged", [
    (r"So the answer is \boxed{96}.", False),
    (r"So the answer is \boxed{86}.", True),       # no step computed 86
    ("The answer is 96 dollars.", False),
    ("The answer is 69.", True),
    (r"Rounded, that is \boxed{97}.", False),      # 96.4 rounded up is a value the trace holds
    (r"The total is 90 + 6 = \boxed{96}.", False),  # computed in the answer step itself
    (r"The total is 90 + 6 = \boxed{97}.", True),   # the arithmetic is wrong (refuted), so the step is flagged
])
def test_final_answer_must_be_a_value_the_trace_holds(answer, flagged):
    steps = ["He earns $8 per day for 12 days: 8 * 12 = 96 dollars.", "With tips it is about 96.4 dollars."]
    report = check_trace("Sam earns $8 a day and works 12 days. How many dollars does he earn?", [*steps, answer])
    assert report.first_error_step == (2 if flagged else None)


def test_a_capacity_question_rounds_its_fraction_by_design():
    buses = "A school takes 45 pupils and 5 teachers on a trip; a bus seats 20 people. How many buses are needed?"
    assert is_count_problem(buses)
    assert check_trace(buses, ["45 + 5 = 50 people.", "50 / 20 = 2.5 buses.", "We round up: 3 buses."]
                       ).first_error_step is None
    points = "Four students scored 251 points. Naomi scored 68 and Brianna 85. How many points did Jojo score?"
    assert check_trace(points, ["68 + 85 = 153", "153 / 2 = 76.5", "We round to a whole number: 77."]
                       ).first_error_step == 1
