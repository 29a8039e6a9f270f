"""Ratchets for the third to ninth everyday batches: every request verified and right, none wrong.

The batches (`third_batch.py` ... `sixth_batch.py`) hold their first-reading figures; after their
fixes every case must stay right, so a change to the reader that breaks one fails here with the request named.
"""

import pytest

from agentlib import solve_math

from .eighth_batch import CASES as EIGHTH
from .eleventh_batch import CASES as ELEVENTH
from .fifth_batch import CASES as FIFTH
from .fourteenth_batch import CASES as FOURTEENTH
from .fourth_batch import CASES as FOURTH
from .ninth_batch import CASES as NINTH
from .seventh_batch import CASES as SEVENTH
from .sixth_batch import CASES as SIXTH
from .tenth_batch import CASES as TENTH
from .third_batch import CASES as THIRD
from .third_batch import grade
from .thirteenth_batch import CASES as THIRTEENTH

CASES = [("third", case) for case in THIRD] + [("fourth", case) for case in FOURTH] + \
    [("fifth", case) for case in FIFTH] + [("sixth", case) for case in SIXTH] + [("seventh", c) for c in SEVENTH]
# Requests still read as ambiguous on purpose: they must abstain, never be answered wrong.
STILL_ABSTAINED = frozenset({"sum 1/n^2 n=1 to infinity"})  # "1/n^2 n=1" runs together as one formula


@pytest.mark.parametrize("batch, case", CASES, ids=[f"{b}-{c.language}-{i}" for i, (b, c) in enumerate(CASES)])
def test_everyday_batch_request_is_verified_and_right(batch, case):
    result = solve_math(case.text)
    expected = "abstained" if case.text in STILL_ABSTAINED else "right"
    assert grade(case, result) == expected, (case.text, result.status, result.answer, result.reason)


def test_regression_root_multiplicities_are_integers_in_the_answer_value():
    # The bug: a multiplicity from factoring was a SymPy Integer and reached the JSON value as the string '2'.
    result = solve_math("solve x^3 + x^2 = 0")
    assert result.verified and result.value["multiplicities"] == [1, 2]
    assert all(type(m) is int for m in result.value["multiplicities"])


# The eighth batch: 21 of 53 abstained before any fix for it; after the ninth and tenth batches' rounds 11 remain.
# None may ever be wrong, and abstentions may only go down.
EIGHTH_ABSTAINED_NOW = 7  # after the twentieth batch's round (was 11, then 9)


@pytest.mark.parametrize("case", EIGHTH, ids=[f"eighth-{c.language}-{i}" for i, c in enumerate(EIGHTH)])
def test_eighth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_eighth_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in EIGHTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= EIGHTH_ABSTAINED_NOW, verdicts


# The ninth batch (everyday arithmetic: percentages, units, formulas named in words, statistics, counting):
# first reading right 24, wrong 1, abstained 42 of 67; now right 64, abstained 3. None may ever be wrong.
NINTH_ABSTAINED = 3


@pytest.mark.parametrize("case", NINTH, ids=[f"ninth-{c.language}-{i}" for i, c in enumerate(NINTH)])
def test_ninth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_ninth_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in NINTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= NINTH_ABSTAINED, verdicts


# The tenth batch: 25 of 59 abstained at first reading; after its fixes (graph extrema, Korean zeros and extrema,
# sequences in words, rationalizing) 15 remain. None may ever be wrong, and abstentions may only go down.
TENTH_ABSTAINED_NOW = 1  # after two_numbers.py (sum and difference, answered as the two numbers)


@pytest.mark.parametrize("case", TENTH, ids=[f"tenth-{c.language}-{i}" for i, c in enumerate(TENTH)])
def test_tenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_tenth_batch_keeps_its_readings():
    verdicts = [grade(case, solve_math(case.text)) for case in TENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TENTH_ABSTAINED_NOW, verdicts


# The eleventh batch (substitutions in words, sequences, mixed numbers, decimal commas, tangent slopes; written in
# parallel with the ninth): first reading right 11, wrong 0, abstained 42 of 53; after its round and the merge of the
# ninth and tenth batches' readers, 19 remain. None may ever be wrong, and abstentions may only go down.
ELEVENTH_ABSTAINED_NOW = 0  # after ratio_shares.py, chance_in_words.py, number_runs.py, unnamed sequences (was 10)


@pytest.mark.parametrize("case", ELEVENTH, ids=[f"eleventh-{c.language}-{i}" for i, c in enumerate(ELEVENTH)])
def test_eleventh_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_eleventh_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in ELEVENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= ELEVENTH_ABSTAINED_NOW, verdicts


# The twelfth batch (tangent lines, quadratic features, partial fractions, coefficients, f'(a), inverse functions,
# domain and range, equations on an interval, matrices in words): first reading right 17, wrong 1, abstained 43 of
# 61; after its fixes none abstains. Imported here, at the end, so the batches above keep their import block.
from .twelfth_batch import CASES as TWELFTH  # noqa: E402
from .twelfth_batch import grade as grade_twelfth  # noqa: E402

TWELFTH_ABSTAINED_NOW = 0


@pytest.mark.parametrize("case", TWELFTH, ids=[f"twelfth-{c.language}-{i}" for i, c in enumerate(TWELFTH)])
def test_twelfth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twelfth(case, result) != "wrong", (case.text, result.answer)


def test_twelfth_batch_abstains_no_more_than_now():
    verdicts = [grade_twelfth(case, solve_math(case.text)) for case in TWELFTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWELFTH_ABSTAINED_NOW, verdicts


# The thirteenth batch (everyday word problems in many languages: temperatures, named measurements, shop
# arithmetic, unit conversions, proportions, rates): first reading right 3, wrong 0, abstained 51 of 54; after its
# round 5 remain (clock times: an answer that is a time of day has no kind yet; two numbers from their sum and
# difference: a system's answer is not the list of two numbers the tenth batch expects).
# None may ever be wrong, and abstentions may only go down.
THIRTEENTH_ABSTAINED_NOW = 0  # after two_numbers.py (sum and difference) and clock_times.py (times of day)


@pytest.mark.parametrize("case", THIRTEENTH,
                         ids=[f"thirteenth-{c.language}-{i}" for i, c in enumerate(THIRTEENTH)])
def test_thirteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_thirteenth_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in THIRTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTEENTH_ABSTAINED_NOW, verdicts


# The fourteenth batch (chat-style requests of every kind, 18 Korean, written after the ratio / chance / runs
# round and before its first run): first reading right 44, wrong 0, abstained 4 of 48 ("60의 25%", both coins
# heads, shares "각각", books "on a shelf"); after its short round none abstain.
FOURTEENTH_ABSTAINED_NOW = 0


@pytest.mark.parametrize("case", FOURTEENTH,
                         ids=[f"fourteenth-{c.language}-{i}" for i, c in enumerate(FOURTEENTH)])
def test_fourteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_fourteenth_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in FOURTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= FOURTEENTH_ABSTAINED_NOW, verdicts


# The fifteenth batch (chat and homework requests, 14 Korean, LaTeX, unicode; written before reading the reader):
# first reading right 41, wrong 2 (decimals answered as fractions), abstained 8 of 51; after its round right 45,
# abstained 6. None may ever be wrong, and abstentions may only go down.
from .fifteenth_batch import CASES as FIFTEENTH  # noqa: E402
from .fifteenth_batch import grade_fifteenth  # noqa: E402

FIFTEENTH_ABSTAINED_NOW = 2  # after the seventeenth batch's round: dice and dozen read (was 6)


@pytest.mark.parametrize("case", FIFTEENTH, ids=[f"fifteenth-{c.language}-{i}" for i, c in enumerate(FIFTEENTH)])
def test_fifteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_fifteenth(case, result) != "wrong", (case.text, result.answer)


def test_fifteenth_batch_abstains_no_more_than_now():
    verdicts = [grade_fifteenth(case, solve_math(case.text)) for case in FIFTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= FIFTEENTH_ABSTAINED_NOW, verdicts


# The sixteenth batch (formula requests of every task kind, half Korean, homework labels, LaTeX and unicode):
# first reading right 52, wrong 1, abstained 12 of 65 (the label "Q:" read as the unknown: "no solution"); after
# homework_labels.py, the absent-unknown guard, glued one-sided limits and French "module", 8 abstain.
from .sixteenth_batch import CASES as SIXTEENTH  # noqa: E402

SIXTEENTH_ABSTAINED_NOW = 5  # after the seventeenth batch's round: 편미분, dy/dx implicit, argument (was 8)


@pytest.mark.parametrize("case", SIXTEENTH, ids=[f"sixteenth-{c.language}-{i}" for i, c in enumerate(SIXTEENTH)])
def test_sixteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade(case, result) != "wrong", (case.text, result.answer)


def test_sixteenth_batch_abstains_no_more_than_now():
    verdicts = [grade(case, solve_math(case.text)) for case in SIXTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= SIXTEENTH_ABSTAINED_NOW, verdicts


# The seventeenth batch (everyday requests, 30 Korean homework, English chat, one each in Spanish, German,
# Japanese, Chinese and Vietnamese; written before reading the reader): first reading right 34, wrong 0, abstained
# 25 of 59; after its round (a blank after '=', nCr / nPr notation, letter arrangements, age differences, implicit
# and partial derivatives, the argument of a complex number, signed series, prices of one, discounts in Korean,
# Japanese and Chinese, cards of either kind, balls in a bag, Korean times, rectangles, prices by weight) 3 abstain.
# None may ever be wrong.
from .seventeenth_batch import CASES as SEVENTEENTH  # noqa: E402

SEVENTEENTH_ABSTAINED_NOW = 3  # after rectangles (가로 / 세로), Korean scores, prices by weight (was 9, 6, then 4)


@pytest.mark.parametrize("case", SEVENTEENTH,
                         ids=[f"seventeenth-{c.language}-{i}" for i, c in enumerate(SEVENTEENTH)])
def test_seventeenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_fifteenth(case, result) != "wrong", (case.text, result.answer)


def test_seventeenth_batch_abstains_no_more_than_now():
    verdicts = [grade_fifteenth(case, solve_math(case.text)) for case in SEVENTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= SEVENTEENTH_ABSTAINED_NOW, verdicts


# The eighteenth batch (textbook and competition requests in LaTeX and words: "Find the value of $x$ such that",
# binomials, divisors, remainders, repeating decimals, bases, floor / ceiling, distances, slopes, functions by
# cases, systems in `cases`, sequences): first reading right 46, wrong 0, abstained 17 of 63; after its round 3
# remain. None may ever be wrong, and abstentions may only go down.
from .eighteenth_batch import CASES as EIGHTEENTH  # noqa: E402
from .eighteenth_batch import grade_eighteenth  # noqa: E402

EIGHTEENTH_ABSTAINED_NOW = 3


@pytest.mark.parametrize("case", EIGHTEENTH,
                         ids=[f"eighteenth-{c.language}-{i}" for i, c in enumerate(EIGHTEENTH)])
def test_eighteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_eighteenth(case, result) != "wrong", (case.text, result.answer)


def test_eighteenth_batch_abstains_no_more_than_now():
    verdicts = [grade_eighteenth(case, solve_math(case.text)) for case in EIGHTEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= EIGHTEENTH_ABSTAINED_NOW, verdicts


# The nineteenth batch (calculator-style input: words and symbols mixed, implied multiplication, percent after a
# plus or minus, money with commas, signs and powers, roots, rounding, units inside arithmetic, dates; written
# before reading the reader): first reading right 40, wrong 0, abstained 21 of 61 (three of them must abstain); after
# its round right 45, abstained 16 (four must). None may ever be wrong, and abstentions may only go down.
from .nineteenth_batch import CASES as NINETEENTH  # noqa: E402
from .nineteenth_batch import grade_nineteenth  # noqa: E402

NINETEENTH_ABSTAINED_NOW = 7  # after the twentieth batch's round: feet and inches, dates, weekdays, "10 minus 20%",
# "12% of $1,250", "3 times 4 squared", hours and minutes, "a 15% increase on", 늘리면 (was 21, then 16)


@pytest.mark.parametrize("case", NINETEENTH,
                         ids=[f"nineteenth-{c.language}-{i}" for i, c in enumerate(NINETEENTH)])
def test_nineteenth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_nineteenth(case, result) != "wrong", (case.text, result.answer)


def test_nineteenth_batch_abstains_no_more_than_now():
    verdicts = [grade_nineteenth(case, solve_math(case.text)) for case in NINETEENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= NINETEENTH_ABSTAINED_NOW, verdicts


# The twenty-first batch (everyday requests in fourteen languages, decimal and list commas, number words; written
# before reading the reader): first reading right 71, wrong 1 (German "1.000 + 250" answered 251), abstained 19 of
# 91; after its round right 89, abstained 2 (one must). None may ever be wrong, and abstentions may only go down.
from .twenty_first_batch import CASES as TWENTY_FIRST  # noqa: E402
from .twenty_first_batch import grade_twenty_first  # noqa: E402

TWENTY_FIRST_ABSTAINED_NOW = 2


@pytest.mark.parametrize("case", TWENTY_FIRST,
                         ids=[f"twenty-first-{c.language}-{i}" for i, c in enumerate(TWENTY_FIRST)])
def test_twenty_first_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_twenty_first_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in TWENTY_FIRST]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_FIRST_ABSTAINED_NOW, verdicts


# The twentieth batch (everyday requests typed as into a calculator or chat box: compound units, durations, dates
# and weekdays, statistics of a list, chance, percents of money, powers in words, fraction / decimal / percent
# conversions; written before reading the reader): first reading right 29, wrong 1 (the batch's own expectation),
# abstained 41 of 71 (five must); after its round right 66, abstained 5 (the five that must). None may ever be
# wrong, and abstentions may only go down.
from .twentieth_batch import CASES as TWENTIETH  # noqa: E402

TWENTIETH_ABSTAINED_NOW = 5  # after compound units, calendars, power words, calculator percents (was 41)


@pytest.mark.parametrize("case", TWENTIETH, ids=[f"twentieth-{c.language}-{i}" for i, c in enumerate(TWENTIETH)])
def test_twentieth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_nineteenth(case, result) != "wrong", (case.text, result.answer)


def test_twentieth_batch_abstains_no_more_than_now():
    verdicts = [grade_nineteenth(case, solve_math(case.text)) for case in TWENTIETH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTIETH_ABSTAINED_NOW, verdicts


# The twenty-second batch (voices not heard before: homework chat, a spreadsheet user, a cook, a DIY person, a
# runner, LaTeX typed half-right, a calculus student, money, one-formula word problems; written before reading the
# reader): first reading right 27, wrong 1 (a conversion with no decimal shown), abstained 41 of 69 (five must).
# None may ever be wrong, and abstentions may only go down.
from .twenty_second_batch import CASES as TWENTY_SECOND  # noqa: E402
from .twenty_second_batch import grade_twenty_second  # noqa: E402

TWENTY_SECOND_ABSTAINED_NOW = 23  # after approximately, room sizes, scaled measures (41), unit rates, weeks (27)


@pytest.mark.parametrize("case", TWENTY_SECOND,
                         ids=[f"twenty-second-{c.language}-{i}" for i, c in enumerate(TWENTY_SECOND)])
def test_twenty_second_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_second(case, result) != "wrong", (case.text, result.answer)


def test_twenty_second_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_second(case, solve_math(case.text)) for case in TWENTY_SECOND]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_SECOND_ABSTAINED_NOW, verdicts


# The twenty-third batch (Korean homework and everyday requests, number words and one-operation word problems in
# Russian, Turkish, Hindi, Arabic, Japanese, Chinese and Spanish; written before reading the reader): first reading
# right 19, wrong 0, abstained 45 of 64 (two must); after its round right 60, abstained 4. None may ever be wrong,
# and abstentions may only go down.
from .twenty_third_batch import CASES as TWENTY_THIRD  # noqa: E402

TWENTY_THIRD_ABSTAINED_NOW = 4  # after number words in eight languages and one-operation word problems (was 45)


@pytest.mark.parametrize("case", TWENTY_THIRD,
                         ids=[f"twenty-third-{c.language}-{i}" for i, c in enumerate(TWENTY_THIRD)])
def test_twenty_third_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_twenty_third_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in TWENTY_THIRD]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_THIRD_ABSTAINED_NOW, verdicts


# The twenty-fifth batch (math in any language: Korean voices not heard before, and French, German, Portuguese,
# Italian, Vietnamese, Indonesian, Turkish, Arabic, Polish and Dutch; written before reading the reader): first
# reading right 46, wrong 0, abstained 20 of 66 (two must); after its round right 64, abstained 2 (the two that
# must). None may ever be wrong, and abstentions may only go down.
from .twenty_fifth_batch import CASES as TWENTY_FIFTH  # noqa: E402

TWENTY_FIFTH_ABSTAINED_NOW = 2  # after Korean amounts, unit prices, number words and percent words abroad (was 20)


@pytest.mark.parametrize("case", TWENTY_FIFTH,
                         ids=[f"twenty-fifth-{c.language}-{i}" for i, c in enumerate(TWENTY_FIFTH)])
def test_twenty_fifth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_twenty_fifth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in TWENTY_FIFTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_FIFTH_ABSTAINED_NOW, verdicts


# The twenty-fourth batch (a voice assistant, a nurse, a carpenter, a gamer, a small business, a driver, clock
# times, algebra, calculus and statistics students; written before reading the reader): first reading right 30,
# wrong 3 (a dangling "times", a percentage with no decimal, and one expectation revised), abstained 38 of 71 (six
# must). None may ever be wrong, and abstentions may only go down.
from .twenty_fourth_batch import CASES as TWENTY_FOURTH  # noqa: E402

TWENTY_FOURTH_ABSTAINED_NOW = 8  # after the twenty-sixth batch's readings (22 after its own round, 38 at first)


@pytest.mark.parametrize("case", TWENTY_FOURTH,
                         ids=[f"twenty-fourth-{c.language}-{i}" for i, c in enumerate(TWENTY_FOURTH)])
def test_twenty_fourth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_second(case, result) != "wrong", (case.text, result.answer)


def test_twenty_fourth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_second(case, solve_math(case.text)) for case in TWENTY_FOURTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_FOURTH_ABSTAINED_NOW, verdicts


# The twenty-seventh batch (math in any language: a 익힘책 box, 가계부, 환율, 무이자 할부, ratio shares, LaTeX limits
# and integrals in Korean; Japanese, Chinese, Spanish, French, German, Russian, Hindi, Vietnamese, Indonesian and
# Turkish; written before reading the reader): first reading right 33, wrong 0, abstained 28 of 61 (two must).
# None may ever be wrong, and abstentions may only go down.
from .twenty_seventh_batch import CASES as TWENTY_SEVENTH  # noqa: E402

TWENTY_SEVENTH_ABSTAINED_NOW = 4  # after number words, Korean money, boxes, trips, prices, shares, roles, π (was 28)


@pytest.mark.parametrize("case", TWENTY_SEVENTH,
                         ids=[f"twenty-seventh-{c.language}-{i}" for i, c in enumerate(TWENTY_SEVENTH)])
def test_twenty_seventh_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_twenty_seventh_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in TWENTY_SEVENTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_SEVENTH_ABSTAINED_NOW, verdicts


# The twenty-sixth batch (a smart speaker, a finance blog, a runner, a baker, a DIY renovator, physics, probability,
# precalculus, calculus and statistics students; written before reading the reader): first reading right 26, wrong 0,
# abstained 39 of 65 (eight must). None may ever be wrong, and abstentions may only go down.
from .twenty_sixth_batch import CASES as TWENTY_SIXTH  # noqa: E402

TWENTY_SIXTH_ABSTAINED_NOW = 11  # after the twenty-eighth batch's recipes, tiles, paint and cards drawn (15, 39)


@pytest.mark.parametrize("case", TWENTY_SIXTH,
                         ids=[f"twenty-sixth-{c.language}-{i}" for i, c in enumerate(TWENTY_SIXTH)])
def test_twenty_sixth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_second(case, result) != "wrong", (case.text, result.answer)


def test_twenty_sixth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_second(case, solve_math(case.text)) for case in TWENTY_SIXTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_SIXTH_ABSTAINED_NOW, verdicts


# The twenty-eighth batch (a parent checking homework, a small business, a nurse, a gardener, a traveller, a gamer,
# engineering, statistics and high-school students, the known gaps in fresh wording; written before reading the
# reader): first reading right 27, wrong 1 (compound interest with no cents shown), abstained 50 of 78 (twelve
# must). None may ever be wrong, and abstentions may only go down.
from .twenty_eighth_batch import CASES as TWENTY_EIGHTH  # noqa: E402
from .twenty_eighth_batch import grade_twenty_eighth  # noqa: E402

TWENTY_EIGHTH_ABSTAINED_NOW = 22  # after the thirtieth batch (cheaper, drip, money at a rate: 26); its round (50)


@pytest.mark.parametrize("case", TWENTY_EIGHTH,
                         ids=[f"twenty-eighth-{c.language}-{i}" for i, c in enumerate(TWENTY_EIGHTH)])
def test_twenty_eighth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_twenty_eighth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in TWENTY_EIGHTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_EIGHTH_ABSTAINED_NOW, verdicts


# The twenty-ninth batch (math in any language: a 반말 chatbot, 수능 LaTeX, unit prices, 실수령, dice, slopes, series,
# cubes, gcd and lcm in Korean; amount totals, 万 and 千, 八五折, glued thousands, se- numbers, declensions, percent
# change, Thai and Eastern Arabic digits abroad; written before reading the reader): first reading right 29, wrong 0,
# abstained 33 of 62 (two must). None may ever be wrong, and abstentions may only go down.
from .twenty_ninth_batch import CASES as TWENTY_NINTH  # noqa: E402

TWENTY_NINTH_ABSTAINED_NOW = 3  # after Thai, 万, totals, 八五折, declensions, percents of number words (33 at first)


@pytest.mark.parametrize("case", TWENTY_NINTH,
                         ids=[f"twenty-ninth-{c.language}-{i}" for i, c in enumerate(TWENTY_NINTH)])
def test_twenty_ninth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_twenty_ninth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in TWENTY_NINTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= TWENTY_NINTH_ABSTAINED_NOW, verdicts


# The thirtieth batch (everyday math typed as people type to a chatbot: "whats", "pls", glued units, homework
# phrasings, unit-price comparisons, drip rates, BMI, consecutive integers, tip splits; written before reading the
# reader): first reading right 37, wrong 1, abstained 28 of 66 (eleven must). None may ever be wrong, and
# abstentions may only go down.
from .thirtieth_batch import CASES as THIRTIETH  # noqa: E402

THIRTIETH_ABSTAINED_NOW = 12  # the twelve that must; after sale prices, bills, rates, drips, BMI, ... (28)


@pytest.mark.parametrize("case", THIRTIETH, ids=[f"thirtieth-{c.language}-{i}" for i, c in enumerate(THIRTIETH)])
def test_thirtieth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_thirtieth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in THIRTIETH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTIETH_ABSTAINED_NOW, verdicts


# The thirty-first batch (Korean as typed to a chatbot, "is this right?" checks in eight languages, percents of
# number words, and homework in fifteen more languages): zero wrong, abstentions at most the figure now.
from .thirty_first_batch import CASES as THIRTY_FIRST  # noqa: E402

THIRTY_FIRST_ABSTAINED_NOW = 4  # after checks abroad, percents of number words, chat fillers, ages, ... (21 at first)


@pytest.mark.parametrize("case", THIRTY_FIRST,
                         ids=[f"thirty-first-{c.language}-{i}" for i, c in enumerate(THIRTY_FIRST)])
def test_thirty_first_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_thirty_first_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in THIRTY_FIRST]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_FIRST_ABSTAINED_NOW, verdicts


# The thirty-second batch (everyday English math: homework pastes, chat, LaTeX, one-formula word problems with units,
# algebra to complex numbers in everyday words; written before reading the reader): first reading right 54, wrong 0,
# abstained 24 of 78 (nine must). None may ever be wrong, and abstentions may only go down.
from .thirty_second_batch import CASES as THIRTY_SECOND  # noqa: E402

THIRTY_SECOND_ABSTAINED_NOW = 9  # the nine that must; after verbs, labels, trips, price changes, ... (24 at first)


@pytest.mark.parametrize("case", THIRTY_SECOND,
                         ids=[f"thirty-second-{c.language}-{i}" for i, c in enumerate(THIRTY_SECOND)])
def test_thirty_second_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_thirty_second_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in THIRTY_SECOND]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_SECOND_ABSTAINED_NOW, verdicts


# The thirty-third batch (Korean school words and number words, full-width and Unicode notation, homework in twelve
# more languages): zero wrong, abstentions at most the figure now.
from .thirty_third_batch import CASES as THIRTY_THIRD  # noqa: E402

THIRTY_THIRD_ABSTAINED_NOW = 8  # after unknowns named after an equation, glued Korean words, remainders (12 at first)


@pytest.mark.parametrize("case", THIRTY_THIRD,
                         ids=[f"thirty-third-{c.language}-{i}" for i, c in enumerate(THIRTY_THIRD)])
def test_thirty_third_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_thirty_third_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in THIRTY_THIRD]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_THIRD_ABSTAINED_NOW, verdicts


# The thirty-fourth batch (everyday English math, fresh: tips, splits, primes below a bound, factors listed, a square
# from its area, statistics, chances, counting, one-formula geometry, the clock, units, rounding, LCM stories; written
# before reading the reader): first reading right 57, wrong 0, abstained 30 of 87 (nine must). None may ever be
# wrong, and abstentions may only go down.
from .thirty_fourth_batch import CASES as THIRTY_FOURTH  # noqa: E402

THIRTY_FOURTH_ABSTAINED_NOW = 9  # the nine that must; after squares, cycles, splits, primes, factors, ... (30 at first)


@pytest.mark.parametrize("case", THIRTY_FOURTH,
                         ids=[f"thirty-fourth-{c.language}-{i}" for i, c in enumerate(THIRTY_FOURTH)])
def test_thirty_fourth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_thirty_fourth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in THIRTY_FOURTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_FOURTH_ABSTAINED_NOW, verdicts


# The thirty-fifth batch (Korean known misses, everyday shapes and school wording; power, factorial and root words in
# thirteen more languages): zero wrong, abstentions at most the figure now.
from .thirty_fifth_batch import CASES as THIRTY_FIFTH  # noqa: E402

THIRTY_FIFTH_ABSTAINED_NOW = 11  # after power and factorial words abroad, 얼마임, 루트, 제곱근 알려줘 (29 at first)


@pytest.mark.parametrize("case", THIRTY_FIFTH,
                         ids=[f"thirty-fifth-{c.language}-{i}" for i, c in enumerate(THIRTY_FIFTH)])
def test_thirty_fifth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_thirty_fifth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in THIRTY_FIFTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_FIFTH_ABSTAINED_NOW, verdicts


# The chat batch (math typed into a chat box: greetings, thanks, "u", "??", numbers as words, typos, markdown, lists;
# written before reading the reader): first reading right 21, wrong 0, abstained 14 of 35 (six must). None may ever
# be wrong, and abstentions may only go down.
from .chat_batch import CASES as CHAT  # noqa: E402

CHAT_ABSTAINED_NOW = 6  # the six that must (14 at first; 9 after round 36)


@pytest.mark.parametrize("case", CHAT, ids=[f"chat-{c.language}-{i}" for i, c in enumerate(CHAT)])
def test_chat_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_chat_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in CHAT]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= CHAT_ABSTAINED_NOW, verdicts


# The second chat batch (math in words, "u"/"w/", British spellings, emoji, "Q:"/"A:", markdown; written before
# reading the reader): first reading right 28, wrong 1, abstained 14 of 43 (five must). None may ever be wrong, and
# abstentions may only go down.
from .chat_batch_b import CASES as CHAT_B  # noqa: E402

CHAT_B_ABSTAINED_NOW = 6  # the six that must ("10 % 3" among them) and "7 x 8", asked back (14 at first)


@pytest.mark.parametrize("case", CHAT_B, ids=[f"chat-b-{c.language}-{i}" for i, c in enumerate(CHAT_B)])
def test_chat_batch_b_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_eighth(case, result) != "wrong", (case.text, result.answer)


def test_chat_batch_b_abstains_no_more_than_now():
    verdicts = [grade_twenty_eighth(case, solve_math(case.text)) for case in CHAT_B]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= CHAT_B_ABSTAINED_NOW, verdicts


# The thirty-sixth batch (Korean school wording, everyday amounts, number words and chat endings; Japanese, Chinese
# and five more languages; written before reading the reader): first reading right 54, wrong 3, abstained 23 of 80
# (six must). None may ever be wrong, and abstentions may only go down.
from .thirty_sixth_batch import CASES as THIRTY_SIXTH  # noqa: E402

THIRTY_SIXTH_ABSTAINED_NOW = 23  # after 만 beside operators and nouns of endings (23 at first, with 2 real wrongs)


@pytest.mark.parametrize("case", THIRTY_SIXTH,
                         ids=[f"thirty-sixth-{c.language}-{i}" for i, c in enumerate(THIRTY_SIXTH)])
def test_thirty_sixth_batch_request_is_never_answered_wrong(case):
    result = solve_math(case.text)
    assert grade_twenty_first(case, result) != "wrong", (case.text, result.answer)


def test_thirty_sixth_batch_abstains_no_more_than_now():
    verdicts = [grade_twenty_first(case, solve_math(case.text)) for case in THIRTY_SIXTH]
    assert verdicts.count("wrong") == 0
    assert verdicts.count("abstained") <= THIRTY_SIXTH_ABSTAINED_NOW, verdicts
