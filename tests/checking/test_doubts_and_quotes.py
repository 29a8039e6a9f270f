"""Flags a word-problem trace raises itself: stated assumptions and self-reported trouble (doubts.py), and rates
quoted with another of the problem's numbers (quotes.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.doubts import stated_doubt
from agentlib.checking.quotes import rates_in

GERALD = "Gerald works at a daycare that pays him $30 every day. He worked for an entire week and spent a total of $100."
CLEANERS = ("Alicia's weekly drop-off includes 5 blouses, 2 pants and 1 skirt. If they charge her $5.00 per blouse, "
            "$6.00 per skirt and $8.00 per pair of pants, how much does she spend on dry-cleaning in 5 weeks?")


def test_a_stated_assumption_is_the_flagged_step():
    steps = ["He works every day of the week: 7 x 30 = 210.",
             "Assuming he also gets a bonus, he keeps 210 - 100 = 110 dollars."]
    assert check_trace(GERALD, steps).first_error_step is None  # doubts are off unless asked for (issue 13)
    report = check_trace(GERALD, steps, doubts=True)
    assert report.first_error_step == 2
    claim = report.steps[1].flagged[0]
    assert (claim.kind, claim.verdict) == ("doubt", "unsupported")
    assert report.explanation.startswith('Step 2: "Assuming he also gets a bonus, he keeps 210 - 100 = 110 dollars." '
                                         'states an assumption or a doubt; the step says "Assuming"')


def test_a_step_calling_its_own_result_impossible_is_flagged():
    problem = "Dale ordered 100 candies and sold 150 of them. Then he ordered 100 more. How many are left to sell?"
    report = check_trace(problem, ["He has 100 - 150 = -50 candies.",
                                   "A negative number of candies is not possible, so we made a mistake."], doubts=True)
    assert report.first_error_step == 2
    assert report.steps[1].flagged[0].reason == "doubts its own result"


def test_rounding_and_verification_are_not_doubts():
    problem = "Tickets cost $20 each and Mia has $45. How many tickets can she buy?"
    assert check_trace(problem, ["45 / 20 = 2.25 tickets.",
                                 "A part of a ticket is not possible, so she can buy 2 tickets. This seems right."],
                       doubts=True).first_error_step is None


def test_proof_words_in_competition_math_are_not_doubts():
    problem = r"Prove that $x^2 + 1 = 0$ has no real root, and find the least prime $p > 2$ dividing $3^4 - 1$."
    report = check_trace(problem, ["Assume a real root $x$ exists; then $x^2 = -1$, which is impossible.",
                                   "Since $3^4 - 1 = 80 = 2^4 \\cdot 5$, the answer is $5$."], doubts=True)
    assert report.first_error_step is None


def test_the_shown_sentence_stops_at_display_math():
    [claim] = stated_doubt(r"So \[ J = 3 \times 22 = 66 \] Since nothing is given about sofas, we assume none.")
    assert claim.text == "Since nothing is given about sofas, we assume none."


_NEUTRAL = st.sampled_from(["First, add the prices.", "Next, multiply by the number of weeks.", "So she pays this much.",
                            "Then we subtract what he spent.", "Finally, the total is found."])


@settings(max_examples=60, deadline=None)
@given(st.lists(_NEUTRAL, min_size=1, max_size=6), st.integers(0, 5),
       st.sampled_from(["Assuming a 5-day week, ", "The price is unclear, so ", "This doesn't make sense, so ",
                        "We must have made a mistake, so ", "Wait, "]))
def test_a_planted_doubt_is_found_at_its_step_and_neutral_prose_is_never_flagged(sentences, where, doubt):
    assert check_trace(GERALD, sentences, doubts=True).first_error_step is None
    where = min(where, len(sentences) - 1)
    planted = [*sentences[:where], doubt + sentences[where].lower(), *sentences[where + 1:]]
    assert check_trace(GERALD, planted, doubts=True).first_error_step == where + 1
    assert check_trace(GERALD, planted).first_error_step is None


def test_rates_are_read_per_noun():
    assert rates_in(CLEANERS) == {("$", "blouse"): {5}, ("$", "skirt"): {6}, ("$", "pant"): {8}}
    assert rates_in(r"2 bags x \$2.50 per bag, 30 miles an hour, 12 pounds of ore per day, 4 dozen a day") == {
        ("$", "bag"): {2.5}, ("mile", "hour"): {30}, ("pound", "day"): {12}, ("dozen", "day"): {4}}


def test_a_rate_quoted_with_another_problem_number_is_flagged():
    report = check_trace(CLEANERS, ["Blouses: 5 x $5.00 = $25.00.", "Skirt: 1 skirt x $8.00/skirt = $8.00."])
    assert report.first_error_step == 2
    assert report.explanation == ("Step 2: $8 per skirt misquotes the problem's rate; the problem gives $6 per skirt; "
                                  "8 is another of its numbers.")


def test_rates_in_other_units_are_other_rates():
    problem = "It takes 1/4 pound of butter per dozen croissants. He makes 4 dozen a day for 12 days."
    assert check_trace(problem, ["He needs 12 pounds of butter per day."]).first_error_step is None


def test_right_and_derived_rates_are_not_flagged():
    assert check_trace(CLEANERS, ["Blouses: 5 x $5.00 = $25.00.", "Skirt: 1 x $6.00 per skirt = $6.00.",
                                  "Pants: 2 x $8.00 = $16.00.", "A week: 25 + 6 + 16 = $47.00.",
                                  "In 5 weeks: 47 x 5 = $235.00."]).first_error_step is None
    problem = "A shop sells 10 pens for $20 and pencils at $2 per pencil. How much do 3 pens cost?"
    assert check_trace(problem, ["A pen costs 20 / 10 = $2 per pen.", "So 3 pens cost 3 x $2 per pen = $6."]
                       ).first_error_step is None


def test_clock_intervals_are_recomputed():
    from agentlib.checking.clock import check_durations

    [wrong] = check_durations(r"So, the total time from 8:00 AM until 11:00 PM is \(11 + 8 = 19\) hours.")
    assert (wrong.verdict, wrong.correct) == ("refuted", "that interval is 15 hours")
    assert [r.verdict for r in check_durations("From 10 PM to 6 AM there are a total of 8 hours. "
                                               "Between 8:30 a.m. and noon is 3.5 hours, or 210 minutes.")] == ["verified"] * 2
    assert check_durations("From 8 AM to 11 PM he staples 30 reports every 15 minutes.") == []  # a rate, not the length
    assert check_durations("From 9 AM to 5 PM is 7 hours and 30 minutes.") == []  # mixed units are left out
    problem = "Vince can staple 30 reports every 15 minutes. If he staples from 8:00 AM until 11:00 PM, how many?"
    report = check_trace(problem, ["Count the hours.", "The time from 8:00 AM until 11:00 PM is 11 + 8 = 19 hours."])
    assert report.first_error_step == 2 and "that interval is 15 hours" in report.explanation


def test_a_think_monologue_and_the_repair_callback_leave_doubts_out():
    from agentlib.checking.checker import make_reasoning_checker

    thinking = "<think>He earns 7 x 30 = 210.\n\nWait, assuming he spends 100, he keeps 210 - 100 = 110.</think>"
    assert check_trace(GERALD, thinking).first_error_step is None
    assert check_trace(GERALD, thinking, doubts=True).first_error_step == 2
    solution = ["He earns 7 x 30 = 210.", "Assuming he spends 100, he keeps 210 - 100 = 110."]
    assert check_trace(GERALD, solution).first_error_step is None
    assert check_trace(GERALD, solution, doubts=True).first_error_step == 2
    assert make_reasoning_checker()(GERALD, "\n\n".join(solution)) is None
    assert make_reasoning_checker(doubts=True)(GERALD, "\n\n".join(solution)).startswith('Step 2: "Assuming')
