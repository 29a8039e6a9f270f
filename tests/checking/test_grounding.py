"""Word-problem values the trace did not derive: a final answer nothing computed, a result carried wrongly."""

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.claims import extract
from agentlib.checking.grounding import Grounding, is_story_problem, is_word_problem, miscopied, near_miss, widen
from agentlib.checking.report import Rule

GERALD = "Gerald works at a daycare that pays him $30 every day. He worked for an entire week and spent a total of $100."


def _flags(problem, steps):
    grounding = Grounding(problem)
    return [[c.text for c in grounding.check(step, extract(step), number)] for number, step in enumerate(steps, 1)]


def test_an_unknown_number_alone_is_no_flag():
    """Regression (issue 13): any number nothing gave was flagged, and correct solutions use facts the text does
    not give (a 5-day workweek, 52 cards); only a miscopied earlier result is flagged now."""
    report = check_trace(GERALD, ["We need his weekly pay.", r"A workweek has 5 days: \[ 5 \times \$30 = \$150 \]"])
    assert report.first_error_step is None


def test_a_result_carried_with_a_digit_changed_is_flagged_with_its_source():
    problem = "A baker bakes 12 cakes a day for 4 days and sells 40 of them. How many cakes are left?"
    report = check_trace(problem, ["She bakes 12 * 4 = 48 cakes.", "She has 46 - 40 = 6 cakes left.", "The answer is 6."])
    assert report.first_error_step == 2
    claim = report.steps[1].flagged[0]
    assert (claim.rule, claim.verdict, claim.source) == (Rule.CARRIED_VALUE, "unsupported", "step 1: computed 48")
    assert report.explanation == ("Step 2: 46 - 40 = 6 uses an earlier result with a different value; 46 is given by "
                                  "neither the problem nor an earlier step; step 1 computed 48.")
    assert check_trace(problem, ["She bakes 12 * 4 = 48 cakes.", "She has 48 - 40 = 8 cakes left."]).first_error_step is None


@pytest.mark.parametrize("value, right, near", [
    (46, 48, True), (84, 48, True), (480, 48, True), (4.8, 48, True), (58, 48, True), (49, 48, True),
    (148, 48, False), (30, 48, False), (7, 5, False), (48, 48, False), (12.5, 125, True), (1250, 125, True)])
def test_near_miss_is_how_a_value_is_miscopied(value, right, near):
    assert near_miss(Fraction(str(value)), Fraction(str(right))) is near


def test_unit_facts_percents_and_earlier_results_are_supported():
    assert _flags("Xavier was 4 feet tall and grew 3 inches.", ["4 feet x 12 inches/foot = 48 inches", "48 + 3 = 51"]) == [[], []]
    assert _flags("She pays $250 an hour for 6 hours, 4 times a week, and gets a 10% discount.",
                  ["250 x 6 = 1500", "1500 x 4 = 6000", "6000 x 0.10 = 600", "6000 - 600 = 5400"]) == [[], [], [], []]
    assert _flags(GERALD, ["He works 7 days: 7 x 30 = 210", "210 - 100 = 110"]) == [[], []]
    assert _flags("Ann has three dozen eggs and uses half.", ["3 x 12 = 36", "36 / 2 = 18"]) == [[], []]


def test_only_word_problems_with_quantities_are_grounded():
    assert is_word_problem(GERALD)
    assert not is_word_problem(r"Evaluate $\sqrt{3\cdot6}$.")
    assert not is_word_problem("Find the least prime.")
    assert not is_word_problem("Yann and Camille go to a restaurant with 10 items on the menu. How many 2-dish orders?")
    assert check_trace("Evaluate $2^{10}$.", ["2^10 = 32 * 32 = 1024"]).first_error_step is None


_NAMES = ["Ava", "Ben", "Caro", "Dev", "Eli"]
_THINGS = ["stamps", "marbles", "apples", "coins"]


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 40), st.integers(3, 40), st.integers(1, 30), st.sampled_from(_NAMES), st.sampled_from(_THINGS),
       st.integers(1, 9), st.booleans())
def test_generated_stories_pass_and_a_carried_slip_is_found(per, count, given_away, name, things, slip, plant):
    """Fresh stories (names, things, numbers): the right solution is never flagged; carrying the product with a
    slip of 1-9 into the next step is flagged at that step."""
    assume(len({per, count, given_away}) == 3)  # a story with fewer numbers is not read as one
    total = per * count
    problem = f"{name} buys {count} boxes of {per} {things} and gives away {given_away} {things}. How many are left?"
    used = total + slip if plant else total
    steps = [f"{name} has {count} x {per} = {total} {things}.", f"After giving some away: {used} - {given_away} = "
             f"{used - given_away} {things}.", f"The answer is {used - given_away}."]
    report = check_trace(problem, steps)
    known = {count, per, given_away, total}
    base = widen({Fraction(k) for k in known | {0, 1, 2, 10, 100}})  # what a step may use without a source
    if plant and total >= 10 and used not in widen(base | {Fraction(used - given_away)}) and used - given_away not in base:
        assert report.first_error_step == 2
        assert report.steps[1].flagged[0].rule is Rule.CARRIED_VALUE
    elif not plant:
        assert report.first_error_step is None


def test_story_problems_are_grounded_but_counting_and_number_theory_are_not():
    story = "Samantha has 12 fewer paintings than Shelley, and Shelley has 8 paintings more than Kim. If Samantha has 27 paintings, how many paintings does Kim have?"
    assert is_story_problem(story)
    assert check_trace(story, ["Shelley has 27+12=39 paintings.", "Kim has 39-8=31 paintings."]).first_error_step is None
    assert check_trace(story, ["Shelley has 27+12=39 paintings.", "Kim has 33-8=25 paintings."]).first_error_step == 2
    seats = "In how many ways can 6 girls and 2 boys sit in a row if the 2 boys insist on sitting next to each other?"
    assert not is_story_problem(seats)
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
    assert report.first_error_step == (3 if flagged else None)


def test_an_unsupported_answer_names_the_last_computed_value():
    report = check_trace("Sam earns $8 a day and works 12 days. How many dollars does he earn?",
                         ["He earns 8 * 12 = 96 dollars.", "The answer is 69."])
    claim = report.steps[1].flagged[0]
    assert (claim.rule, claim.source) == (Rule.UNSUPPORTED_ANSWER, "step 1: computed 96")
    assert report.explanation == ("Step 2: the answer 69 is not a value the solution computed; 69 is not a value the "
                                  "problem, an earlier step or this one gives; the last computed value is 96.")


@settings(max_examples=40, deadline=None)
@given(st.integers(101, 9999).filter(lambda n: n % 10), st.integers(0, 3), st.integers(1, 8))
def test_a_competition_answer_miscopied_from_the_trace_is_flagged(value, position, change):
    """In any problem, a boxed answer written nowhere before that is a number of the trace with one digit changed."""
    digits = str(value)
    position = min(position, len(digits) - 1)
    wrong = digits[:position] + str((int(digits[position]) + change) % 10) + digits[position + 1:]
    problem = r"Let $N$ be the number described. Find $N$."
    steps = [rf"Counting the cases gives \(N = {value}\) in all.", rf"So the answer is \(\boxed{{{wrong}}}\)."]
    report = check_trace(problem, steps)
    if wrong.startswith("0") or len(wrong.strip("0")) < 3:
        return  # a leading zero or a round number: not a miscopy this check reads
    assert report.first_error_step == 2
    claim = report.steps[1].flagged[0]
    assert (claim.rule, claim.source) == (Rule.UNSUPPORTED_ANSWER, f"step 1: {value}")
    assert check_trace(problem, [steps[0], rf"So the answer is \(\boxed{{{value}}}\)."]).first_error_step is None


def test_round_numbers_and_derived_answers_are_not_miscopies():
    assert not miscopied(Fraction(600), Fraction(100))
    assert miscopied(Fraction(1250), Fraction(1350)) and miscopied(Fraction(1243), Fraction(1234))
    problem = r"Find the number of ways to seat $5$ people."
    assert check_trace(problem, [r"There are \(5! = 120\) orders.", r"So the answer is \(\boxed{24}\)."]
                       ).first_error_step is None  # derived in words (rotations): no digit-miscopy of 120
