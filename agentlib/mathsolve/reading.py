"""Read an everyday math request (English, Korean, formulas in plain, Unicode or LaTeX notation).

`read(text)` returns a `Reading`: a `MathRequest` when the request is understood with certainty, else the
typed reason. The steps:

1. `segments.segment` splits the text into words and formulas; each formula is converted by
   `agentlib.tools.notation.to_plain` (a formula it cannot read is a reason to abstain, never a guess).
2. Words become concepts (`vocabulary.py`): a task (solve, 미분, determinant, ...), a modifier (positive,
   second, 정수), a connector (with respect to, from ... to, 에서 ... 까지, as x → a) or filler. An unknown word
   ends the reading: it may change the question.
3. The task comes from the words, or from the formula itself (∫, d/dx, lim, Σ, a determinant's bars); with
   neither, an equation or inequality is solved and a constant is evaluated; anything else is ambiguous.
4. Connectors attach formulas to their roles: the variable (with respect to x, x에 대해), integration
   bounds (from 0 to 1, 0에서 1까지, on [0, 1]), the limit point (as x → 0, x가 0으로 갈 때), values to
   substitute (at x = 2, x = 2일 때), the divisor of a remainder (divided by 7, 7로 나눈 나머지).

Left out: word problems (no formula to read): `solve.py` hands them to a model when one is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from agentlib.emphasis import without_emphasis
from agentlib.mathsolve.age_differences import read_age_difference
from agentlib.mathsolve.ages_and_mixtures import read_age_or_mixture
from agentlib.mathsolve.amount_totals import read_amount_total
from agentlib.mathsolve.angle_units import read_angle_conversion, unread_angle_unit
from agentlib.mathsolve.area_between_curves import read_area_between_curves
from agentlib.mathsolve.area_to_axis import read_area_to_axis
from agentlib.mathsolve.arithmetic_line import read_arithmetic_line
from agentlib.mathsolve.arithmetic_verbs import spell_arithmetic_verb
from agentlib.mathsolve.asked_value import strip_asked_blank
from agentlib.mathsolve.assignments import spell_assignments
from agentlib.mathsolve.better_buy import read_better_buy
from agentlib.mathsolve.box_blank import spell_box_blank
from agentlib.mathsolve.calculator_percent import read_calculator_percent
from agentlib.mathsolve.calendar_days import read_calendar
from agentlib.mathsolve.cards_drawn import read_cards_drawn
from agentlib.mathsolve.chance_in_words import read_chance
from agentlib.mathsolve.chat_everyday import read_chat_everyday
from agentlib.mathsolve.chat_shorthand import spell_chat_shorthand
from agentlib.mathsolve.choosing import read_choosing
from agentlib.mathsolve.clock_times import clock_request, read_clock
from agentlib.mathsolve.complex_argument import spell_argument_call
from agentlib.mathsolve.compound_growth import read_compound_growth
from agentlib.mathsolve.compound_quantities import read_compound_quantity
from agentlib.mathsolve.consecutive_integers import read_consecutive_integers
from agentlib.mathsolve.cost_and_price import read_cost_and_price
from agentlib.mathsolve.counting_multiples import read_counting_multiples
from agentlib.mathsolve.counting_notation import spell_counting_notation
from agentlib.mathsolve.counting_phrases import spell_counting_phrases
from agentlib.mathsolve.critical_points import read_critical_points
from agentlib.mathsolve.data_reading import DataRequest, read_data_request
from agentlib.mathsolve.decimal_commas import spell_decimal_commas
from agentlib.mathsolve.discounts_abroad import read_discount_abroad
from agentlib.mathsolve.division_colon import spell_division_colon
from agentlib.mathsolve.dose_by_weight import read_dose_by_weight
from agentlib.mathsolve.english_number_runs import spell_english_number_runs
from agentlib.mathsolve.equal_pieces import read_equal_pieces
from agentlib.mathsolve.everyday_formulas import read_worded_formula
from agentlib.mathsolve.exchange_rates import read_exchange
from agentlib.mathsolve.foreign_arithmetic import spell_foreign_arithmetic
from agentlib.mathsolve.foreign_power_words import spell_foreign_power_words
from agentlib.mathsolve.fraction_operands import group_fraction_operands
from agentlib.mathsolve.han_amounts import spell_han_amounts
from agentlib.mathsolve.homework_labels import strip_homework_label
from agentlib.mathsolve.instalments import read_instalment
from agentlib.mathsolve.integrand_after_bounds import spell_integrand_after_bounds
from agentlib.mathsolve.korean_amounts import spell_korean_amounts
from agentlib.mathsolve.korean_chat_endings import plain_korean_chat_ending
from agentlib.mathsolve.korean_chat_fillers import strip_korean_chat_fillers
from agentlib.mathsolve.korean_fractions import spell_korean_fractions
from agentlib.mathsolve.korean_glued_particles import unglue_korean_particles
from agentlib.mathsolve.korean_roots import read_korean_root
from agentlib.mathsolve.korean_two_ages import read_korean_two_ages
from agentlib.mathsolve.latex_lists import plain_number_lists
from agentlib.mathsolve.letter_arrangements import read_letter_arrangements
from agentlib.mathsolve.lettered_words import spell_lettered_words
from agentlib.mathsolve.lexicon import LANGUAGES, Language, cut, hangul, match_phrase, normalize, unspaced
from agentlib.mathsolve.line_features import read_line_feature
from agentlib.mathsolve.line_through import read_line_request
from agentlib.mathsolve.list_bullets import without_list_bullets
from agentlib.mathsolve.matrix_dimensions import drop_matrix_size
from agentlib.mathsolve.measure_from_measure import read_measure_from_measure
from agentlib.mathsolve.mixed_numbers import spell_mixed_numbers
from agentlib.mathsolve.multiples_in_words import spell_multiples
from agentlib.mathsolve.number_locale import ascii_digits, thousands_in_doubt
from agentlib.mathsolve.number_runs import read_number_run
from agentlib.mathsolve.number_sentences import read_number_sentence
from agentlib.mathsolve.numeric_claims import read_numeric_claim
from agentlib.mathsolve.origin import spell_origin
from agentlib.mathsolve.pace_and_speed import read_pace_or_speed
from agentlib.mathsolve.paint_coverage import read_paint_coverage
from agentlib.mathsolve.partial_derivatives import spell_partial_derivatives
from agentlib.mathsolve.percent_and_interest import read_percent_or_interest
from agentlib.mathsolve.percent_of_words import spell_percent_of_words
from agentlib.mathsolve.percent_words import spell_english_percent, spell_percent_words
from agentlib.mathsolve.physics_formulas import read_physics_formula
from agentlib.mathsolve.piecewise import read_piecewise
from agentlib.mathsolve.prime_factor_questions import read_prime_factor_question
from agentlib.mathsolve.prime_neighbours import read_prime_neighbours
from agentlib.mathsolve.primed_calls import primed_call
from agentlib.mathsolve.proportions import spell_proportions
from agentlib.mathsolve.rates_in_words import read_rate
from agentlib.mathsolve.ratio_shares import read_ratio_shares
from agentlib.mathsolve.recipe_servings import read_recipe_servings
from agentlib.mathsolve.recurring_totals import read_recurring_total
from agentlib.mathsolve.repeated_trials import read_repeated_trials
from agentlib.mathsolve.repeating_decimals import spell_dotted_repeats, spell_repeating_decimals
from agentlib.mathsolve.request import MathRequest, Task
from agentlib.mathsolve.result import Failure
from agentlib.mathsolve.room_sizes import read_room_size
from agentlib.mathsolve.root_words import spell_root_words
from agentlib.mathsolve.rounding import Rounding, read_rounding
from agentlib.mathsolve.scaled_measures import read_scaled_measure
from agentlib.mathsolve.scientific_form import read_scientific_form
from agentlib.mathsolve.scientific_notation import glued_exponent, spell_scientific
from agentlib.mathsolve.segments import NO_LETTER_WORDS, LetterWords, Segment, segment
from agentlib.mathsolve.sequence_formulas import read_sequence_formula
from agentlib.mathsolve.sequences import read_sequence_request
from agentlib.mathsolve.shape_stories import spell_shape_story
from agentlib.mathsolve.shapes_in_words import read_named_measures
from agentlib.mathsolve.shared_cycles import read_shared_cycle
from agentlib.mathsolve.shop_arithmetic import read_shop_arithmetic
from agentlib.mathsolve.slope_at_point import spell_slope_at_point
from agentlib.mathsolve.solution_check import read_solution_check
from agentlib.mathsolve.space_grouped_thousands import join_space_grouped_thousands
from agentlib.mathsolve.spoken import rewrite, single_term
from agentlib.mathsolve.spoken_lead_ins import spell_pronoun_i, strip_spoken_lead_in
from agentlib.mathsolve.stacked_discounts import read_stacked_discounts
from agentlib.mathsolve.standard_scores import read_standard_score
from agentlib.mathsolve.stated_relations import spell_stated_relation
from agentlib.mathsolve.sums_in_words import read_sum_or_product
from agentlib.mathsolve.tax_included import read_tax_included
from agentlib.mathsolve.temperature import read_temperature
from agentlib.mathsolve.tile_counts import read_tile_count
from agentlib.mathsolve.time_zones import read_time_zone
from agentlib.mathsolve.travel_in_words import read_travel
from agentlib.mathsolve.trig_degree_words import spell_trig_degrees
from agentlib.mathsolve.turkish_endings import drop_turkish_number_endings
from agentlib.mathsolve.two_ages import read_two_ages
from agentlib.mathsolve.two_dice import read_dice
from agentlib.mathsolve.two_numbers import read_two_numbers
from agentlib.mathsolve.typed_function_names import spell_function_names
from agentlib.mathsolve.unit_prices_abroad import read_unit_price_abroad
from agentlib.mathsolve.unit_rates import read_unit_rate
from agentlib.mathsolve.units_abroad import read_unit_abroad
from agentlib.mathsolve.units_digit import read_units_digit
from agentlib.mathsolve.units_in_lists import drop_list_units
from agentlib.mathsolve.vocabulary import ENGLISH_FILLER, ENGLISH_PHRASES, korean_parts, ordinal
from agentlib.mathsolve.weighted_average import read_weighted_average
from agentlib.mathsolve.worded_matrices import spell_worded_matrices
from agentlib.mathsolve.worded_operations import spell_worded_operation
from agentlib.tools.notation import NotationError, to_plain

# What a function's formula is asked about (its tangent, vertex, inverse, ...): each reads one function.
FEATURES = frozenset(("tangent_line", "vertex", "axis_of_symmetry", "complete_square", "partial_fractions",
                      "coefficient", "inverse_function", "range", "local_maximum", "local_minimum",
                      "local_extrema"))
_MONOMIAL = re.compile(r"^\s*[A-Za-z](?:\*\*\d+)?\s*$")  # x, x**3: the power whose coefficient is asked
_POINT = re.compile(r"^\s*\(\s*[^(),]+\s*,\s*[^(),]+\s*\)\s*$")  # (2, 3)
# tasks about a function that may be named by its graph ("the curve y = ...", "그래프의 꼭짓점")
_GRAPH_TASKS = frozenset(("minimum", "maximum", "domain", "differentiate", "integrate", "area", "solve"))
_TASK_CONCEPTS = frozenset((
    "solve", "differentiate", "integrate", "limit", "simplify", "expand", "factor", "prime_factorization",
    "evaluate", "determinant", "inverse", "eigenvalues", "eigenvectors", "rank", "transpose", "gcd", "lcm",
    "remainder", "divisor_count", "divisor_sum", "power", "sum", "product", "inequality", "system", "divisors",
    "count", "order2", "dot", "domain", "distance", "identity", "arrangements", "minimum", "maximum", "is_prime",
    "modulus", "conjugate", "argument", "integer_sum", "cross", "slope", "midpoint", "area", "rationalize", "quotient",
)) | FEATURES
_CONGRUENCE = re.compile(r"^(?P<left>.+?)(?:≡|\\equiv)(?P<right>.+?)\(?\s*(?:\\pmod\s*\{\s*|\\bmod\s*|\\mod\s*|mod\s*)"
                         r"(?P<m>\d+)\s*\}?\s*\)?\s*$")
_LEIBNIZ = re.compile(r"^\s*d\s*([a-z]?)\s*/\s*d\s*([a-z])\s*$")  # dy/dx, or d/dx on its own
_BARE_TRIG = re.compile(r"\b(?:sin|cos|tan|cot|sec|csc)\(([2-9]|[1-9]\d+)\)")
_SELECTIONS = ("sum", "product", "count", "only", "largest", "smallest", "positive_difference")
_LONGEST_PHRASE = max(len(p) for p in ENGLISH_PHRASES)
_CALCULUS_PREFIXES = {"Integral(": "integrate", "Derivative(": "differentiate", "Limit(": "limit",
                      "LimitLeft(": "limit", "LimitRight(": "limit", "Sum(": "series", "Product(": "series",
                      "Determinant(": "determinant"}
_ARROW = re.compile(r"^\s*([A-Za-z])\s*(?:->|→|⟶|\\to|\\rightarrow)\s*(.+?)\s*$")
_DEFINITION = re.compile(r"^\s*([A-Za-z])\s*\(\s*([A-Za-z])\s*\)\s*=\s*(.+)$", re.S)
# f(x, y) = x^2 y: a function of several variables; a task on it must name its variable (see _implicit_curve)
_SEVERAL_PARAMETERS = re.compile(r"^\s*([A-Za-z])\s*\(\s*([A-Za-z](?:\s*,\s*[A-Za-z]){1,3})\s*\)\s*=\s*(.+)$", re.S)
_NAMED = re.compile(r"^\s*([yz])\s*=\s*(.+)$", re.S)
_MATRIX_NAME = re.compile(r"^\s*([A-Z])\s*=\s*(.+)$", re.S)
_NUMBER_GIVEN = re.compile(r"^\s*[A-Za-z]\s*=\s*[-−]?\d+(?:\.\d+)?(?:/\d+)?\s*$")  # "x = 2", "b = -1/2"
_INTERVAL = re.compile(r"^\s*\[\s*([^\[\],]+?)\s*,\s*([^\[\],]+?)\s*\]\s*$")
# [0, 2π), (0, π]: an interval with one open end ((a, b) is left out: it is also a point)
_HALF_OPEN = re.compile(r"^\s*(?:\[\s*([^\[\]()]+?)\s*,\s*([^\[\]()]+?)\s*\)|"
                        r"\(\s*([^\[\]()]+?)\s*,\s*([^\[\]()]+?)\s*\])\s*$")
# a ≤ x < b (after to_plain): the interval an equation is solved on
_INVERSE_CALL = re.compile(r"^\s*([A-Za-z])\s*(?:\^\s*\{?\s*\(?\s*-\s*1\s*\)?\s*\}?|⁻¹)\s*\(\s*([A-Za-z])\s*\)\s*$")
# a(x - p)^2 + q with letters for the constants: the completed square as a template
_RECTANGULAR_TEMPLATE = re.compile(r"^\s*a\s*\+\s*(?:b\s*\*\s*[iI]|[iI]\s*\*\s*b)\s*$")
_SQUARE_TEMPLATE = re.compile(r"^\s*(?:[a-z]\s*\*\s*)?\(\s*[a-z]\s*[-+]\s*[a-z]\s*\)\s*\*\*\s*2\s*[-+]\s*[a-z]\s*$")
_CHAIN = re.compile(r"^\s*([^<>=]+?)\s*(<=|<)\s*([A-Za-z])\s*(<=|<)\s*([^<>=]+?)\s*$")
_DEGREE_MARK = re.compile(r"°|\\circ|\\degree")
# right ends a person in degrees writes with no unit: radians or degrees?
_DEGREE_LIKE = frozenset(("90", "180", "270", "360", "450", "540", "720"))
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z](?:_\w+)?)\s*=\s*([^=<>]+?)\s*$")
_TRAILING_DIFFERENTIAL = re.compile(r"(?:\\,|\\;|\s|\*)*(?:\\mathrm\{d\}|\bd)\s*([a-z])\s*$")
# "x^1/2" (x^(1/2) or x/2?) and "√2x" (√(2x) or √2·x?): people write both meanings, so neither is chosen.
# "x^3/3" (a power over a number at least as large as the exponent is not a root's exponent) stays (x^3)/3.
_FRACTION_EXPONENT = re.compile(r"[A-Za-z]\s*\^\s*(\d+)\s*/\s*(\d+)")
_ROOT_OF_PRODUCT = re.compile(r"(?:√|\bsqrt\s)\s*\d+(?:\.\d+)?\s*[A-Za-z(]")
_SIDED_POINT = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*(?:\^\s*\{?\s*[+-]\s*\}?|[+-]|[⁺⁻])\s*$")
_ONE_SIDED = re.compile(r"\^\s*\{?\s*([+-])\s*\}?\s*$|([+-])\s*$|([⁺⁻])\s*$")


@dataclass(frozen=True)
class Reading:
    """What `read` understood: a request, or why not (`kind` says whether a model could help)."""

    request: MathRequest | None
    reason: str = ""
    failure: Failure | None = None
    kind: Literal["formula", "word_problem", "none"] = "formula"
    notes: tuple[str, ...] = ()


@dataclass
class _Item:
    kind: Literal["math", "concept", "unknown", "comma", "break", "literal"]
    text: str
    attached: bool = False
    particle: str = ""  # for a formula: the Korean particle glued after it (에서, 까지, 으로, ...)
    post: str = ""  # for a formula: the role of a postposition after it in other languages (から: "from", ...)
    value: int | None = None
    used: bool = False
    plain: str = ""
    # for "200 + 10% of 50" made of one share: the plain lead operand and its sign, so that a share before it
    # ("15% of 200 + 10% of 50") takes the lead alone
    lead: tuple[str, str] | None = None


# "of what", "divided by what", "times which number": a question word where an operand belongs asks for that
# operand (an equation), so it must not be dropped as a filler and leave "15% of 30"
_INTERROGATIVES = frozenset(("what", "which", "what's", "whats"))
_TAKES_AN_OPERAND = frozenset(("of", "divided_by", "times", "by"))
# Words for 'from' that mean 'of' too (German, Spanish, French, Italian, Portuguese, Dutch, Indonesian, Russian,
# Arabic: "20% dari 250", "20% от 150", "25% من 80").
_FROM_AND_OF = frozenset({"von", "vom", "de", "del", "da", "di", "van", "dari", "от", "من"})


def _items(segments: list[Segment], language: Language | None = None) -> list[_Item]:
    """Formulas and concepts; `language` None reads English (with spoken arithmetic) and Korean."""
    if language is None:
        segments = rewrite(segments)
    items: list[_Item] = []
    index = 0
    while index < len(segments):
        seg = segments[index]
        if seg.kind in ("math", "comma", "break"):
            items.append(_Item(seg.kind, seg.text, seg.attached))
            index += 1
            continue
        if language is not None and (language.tokens or language.phrases):
            used = _foreign(segments, index, language, items)
            last = items[-1] if used == 1 and items else None
            if last is not None and last.kind == "concept" and last.text == "from" and seg.lower in _FROM_AND_OF:
                last.post = "of"  # "3/4 von 200": the word means 'of' too, read so after a part of a number
            if used:
                index += used
                continue
        if seg.text.isascii() and language is None:
            if seg.lower in _INTERROGATIVES and items and items[-1].kind == "concept" and \
                    items[-1].text in _TAKES_AN_OPERAND:
                items.append(_Item("unknown", seg.text))  # "15% of what number is 30": the operand is the unknown
                index += 1
                continue
            matched = _phrase(segments, index)
            if matched is not None:
                concept, length = matched
                for part in concept.split("+"):
                    items.append(_Item("concept", part, value=ordinal(seg.text) if part == "order" else None))
                index += length
                if concept == "arrangements" and index < len(segments) and segments[index].kind == "word":
                    items.append(_Item("literal", segments[index].text))  # the word whose letters are arranged
                    index += 1
                continue
            word = seg.lower.strip("'")
            if word in ENGLISH_FILLER or word.endswith("'s") and word[:-2] in ENGLISH_FILLER:
                index += 1
                continue
            items.append(_Item("unknown", seg.text))
            index += 1
            continue
        korean, known = korean_parts(seg.text)
        spaced_particle = known and korean is None and hangul(seg.text)  # "y 에 대하여": 에 belongs to y
        if items and items[-1].kind == "math" and (seg.attached or spaced_particle and not items[-1].particle):
            items[-1].particle = seg.text
        if korean == "infinity":  # 무한대로: the value ∞ with its particle; 음의 무한대: -∞
            negative = bool(items) and items[-1].kind == "concept" and items[-1].text == "negative"
            if negative:
                items.pop()
            items.append(_Item("math", "-oo" if negative else "oo", seg.attached,
                               particle=seg.text[len("무한대"):]))
            index += 1
            continue
        if not known:
            items.append(_Item("unknown", seg.text))
        elif korean is not None and korean != "filler":
            items.append(_Item("concept", korean, attached=seg.attached))
        index += 1
    return items


def _foreign(segments: list[Segment], index: int, language: Language, items: list[_Item]) -> int:
    """Read the word at `index` with `language`'s table; appends items and returns the words used (0: not a word
    of this language's script, left to the Korean reader)."""
    seg = segments[index]
    if unspaced(seg.text):
        tokens = cut(language, seg.text) if language.tokens else None
        if tokens is None:
            items.append(_Item("unknown", seg.text))
            return 1
        after_formula = bool(items) and items[-1].kind == "math"
        for position, token in enumerate(tokens):
            concept = language.tokens[token]
            if concept.startswith("post:"):
                if position == 0 and after_formula:
                    items[-1].post = concept[len("post:"):]
            else:
                _concept(concept, items)
        return 1
    if not language.phrases or hangul(seg.text):
        return 0
    words: list[str] = []
    owners: list[int] = []  # the segment each word came from
    for offset, candidate in enumerate(segments[index:index + language.longest]):
        if candidate.kind != "word" or unspaced(candidate.text):
            break
        for word in normalize(language, candidate.text):
            if word:
                words.append(word)
                owners.append(offset)
    if not words:
        return 1  # an elided article alone
    matched = match_phrase(language, words)
    if matched is None:
        items.append(_Item("unknown", seg.text))
        return 1
    concept, length = matched
    _concept(concept, items)
    return owners[length - 1] + 1


def _concept(concept: str, items: list[_Item]) -> None:
    """One table concept as items: "infinity" is the value ∞, "order3" a third derivative, "filler" nothing."""
    if concept == "infinity":
        items.append(_Item("math", "oo"))
    elif concept == "neg_infinity":
        items.append(_Item("math", "-oo"))
    elif re.fullmatch(r"order[3-9]", concept):
        items += [_Item("concept", "differentiate"), _Item("concept", "order", value=int(concept[len("order"):]))]
    elif concept != "filler":
        items.append(_Item("concept", concept))


def _phrase(segments: list[Segment], index: int) -> tuple[str, int] | None:
    for length in range(_LONGEST_PHRASE, 0, -1):
        words = segments[index:index + length]
        if len(words) < length or any(w.kind != "word" or not w.text.isascii() for w in words):
            continue
        key = tuple(w.lower.strip("'") for w in words)
        if key in ENGLISH_PHRASES:
            return ENGLISH_PHRASES[key], length
    return None


def read(text: str) -> Reading:
    """Read one request; see the module docstring.

    English (with Korean) is read first; when it leaves words unknown, each language of `lexicon.LANGUAGES`
    reads the text, and a language that knows every word gives the reading. Two such languages must agree,
    else the request is ambiguous. With none, the reason quotes the words of the closest reading.
    """
    text = join_space_grouped_thousands(ascii_digits(without_emphasis(text)))  # "**x^2 = 4**"; "1 000 000": 1000000
    text = without_list_bullets(text)  # "- solve 2x = 10\n- thanks": a list's marks, no minus signs
    text = plain_korean_chat_ending(text)  # "30%는 얼마임?": 얼마야
    text = spell_function_names(text)  # "log₂8", "사인 30도", "로그 2의 8": log_{2}8, sin 30도, log_{2}(8)
    barred = spell_dotted_repeats(text)  # "0.333...": 0.\overline{3}, read as 1/3 below
    if barred is None:
        return Reading(None, "a decimal ends in '...' without showing which digits repeat: write the repeating "
                             "digits with a bar, 0.\\overline{3}, or three times, 0.333...", "ambiguous")
    text = barred
    spoken = spell_foreign_arithmetic(text)  # "пять плюс три", "삼 더하기 사": 5 + 3, 3 + 4
    if spoken != text and (doubt := thousands_in_doubt(text)) is not None:
        return Reading(None, doubt, "ambiguous")  # "1,000 плюс 250": the words that tell the language are gone after
    # "one hundred forty four": 144; "5km": 5 km; "25 percent": 25% (typed digits only, before the words become some)
    text = spell_english_number_runs(spell_english_percent(spell_chat_shorthand(spoken)))
    text = drop_list_units(text)  # "average of 4 kg, 5.5 kg and 7 kg": average of 4, 5.5 and 7
    text = spell_worded_operation(spell_arithmetic_verb(  # "the sum of 3 and 4": 3 + 4
        strip_homework_label(spell_pronoun_i(strip_spoken_lead_in(strip_korean_chat_fillers(text))))))
    text = spell_korean_fractions(spell_scientific(strip_asked_blank(spell_box_blank(text))))
    text = spell_slope_at_point(text)  # "slope of y = x^3 at x = 2": the tangent's slope, the derivative there
    text = spell_shape_story(text)  # "a rectangle is 8 cm by 5 cm, what's its area": area of a rectangle 8 cm by 5 cm
    # "2만 5천원", "3万5千円": 25000원, 35000円; "30 Prozent": 30%
    text = spell_root_words(spell_percent_words(spell_han_amounts(spell_korean_amounts(text))))
    text = spell_foreign_power_words(text)  # "2의 10승", "7 al cuadrado", "6 Fakultät": 2^10, 7^2, 6!
    text = spell_percent_of_words(text)  # "25% dari sejuta": 25% dari 1000000
    text = spell_integrand_after_bounds(text)  # "integral from 0 to 1 x^2 dx": "... to 1 of x^2 dx"
    if (doubt := thousands_in_doubt(text)) is not None:
        return Reading(None, doubt, "ambiguous")
    text = drop_turkish_number_endings(spell_multiples(text))  # "la mitad de 30": (30)/2; "18'in": 18
    if (glued := glued_exponent(text)) is not None:
        return Reading(None, glued, "ambiguous")
    text = spell_counting_phrases(text)  # "combinations of 5 things taken 2 at a time": 5C2
    text = spell_partial_derivatives(spell_counting_notation(group_fraction_operands(spell_argument_call(text))))
    rounding = read_rounding(text)
    if isinstance(rounding, str):
        return Reading(None, rounding, "ambiguous")
    if rounding is not None:
        return _rounded(_read_unrounded(rounding.rest), rounding)
    reading = _read_unrounded(text)
    if reading.request is not None and _MIXED_ASKED.search(text):  # "convert 7/2 to a mixed number": 3 1/2
        return Reading(replace(reading.request, fraction=True, mixed=True), reading.reason, reading.failure,
                       reading.kind, reading.notes)
    if reading.request is not None and _FRACTION_ASKED.search(text):  # "convert 0.375 to a fraction": keep 3/8
        return Reading(replace(reading.request, fraction=True), reading.reason, reading.failure, reading.kind,
                       reading.notes)
    return reading


_FRACTION_ASKED = re.compile(r"\bfractions?\b|분수|\bfracci[oó]n\b|\bBruch\b|分数", re.I)
_MIXED_ASKED = re.compile(r"\bmixed\s+(?:numbers?|numerals?|fractions?)\b", re.I)


def _rounded(reading: Reading, rounding: Rounding) -> Reading:
    """The reading of the rest of the text, its answer rounded as the removed phrase asked."""
    request = reading.request
    if request is None:
        return reading
    if request.round_to is not None or request.significant is not None:
        return Reading(None, "the request gives more than one rounding precision", "ambiguous")
    precision = (f"{rounding.significant} significant figures" if rounding.significant is not None
                 else "the nearest whole number" if rounding.places == 0
                 else f"{rounding.places} decimal places" if (rounding.places or 0) > 0
                 else f"the nearest {10 ** -(rounding.places or 0):,}")
    rounded = replace(request, decimal=True, round_to=rounding.places, significant=rounding.significant,
                      notes=request.notes + (f"the answer rounded to {precision}",))
    return Reading(rounded, reading.reason, reading.failure, reading.kind, reading.notes)


def _read_unrounded(text: str) -> Reading:
    text = spell_repeating_decimals(text)  # "0.\overline{36}": written as the fraction 4/11
    text = spell_trig_degrees(text)  # "cos(60 degrees)": written cos(60°)
    piecewise = read_piecewise(text)  # before the spellings: "if" in a case's condition is not an assignment
    if piecewise is not None:
        return Reading(piecewise)
    text = spell_lettered_words(text)  # "the $y$-intercept": the word as typed plainly, y-intercept
    text = spell_origin(text)  # "the distance from the origin to (-6, 8)": the origin is (0, 0) there
    text = spell_stated_relation(text)  # "If y = 2x + 1, find y when x = 3": the relation, then the question
    text = spell_assignments(text)  # "when x is 4", "x가 2일 때": written as "x = 4" first
    text = spell_worded_matrices(text)  # "the matrix with rows 1 2 and 3 4": written as [[1, 2], [3, 4]]
    text = drop_matrix_size(text)  # "the 2x2 matrix [[1, 2], [3, 4]]": the size is the matrix's
    text = spell_proportions(text)  # "3:4 = x:20": written as "(3)/(4) = (x)/(20)"
    calendar = read_calendar(text)
    if calendar is not None:
        return Reading(calendar)
    clock = read_clock(text) or read_time_zone(text)
    if clock is not None:
        return Reading(clock_request(clock))
    root = read_korean_root(text) or read_line_feature(text) or read_critical_points(text)
    if root is not None:
        return Reading(root)
    area = read_area_to_axis(text) or read_area_between_curves(text) or read_line_request(text)
    if area is not None:
        return Reading(area)
    worded = read_compound_quantity(text) or read_calculator_percent(text) or read_worded_formula(text) \
        or read_measure_from_measure(text) \
        or read_named_measures(text) or read_unit_abroad(text) or read_temperature(text) \
        or read_angle_conversion(text) \
        or read_shop_arithmetic(text) or read_unit_price_abroad(text) or read_rate(text) or read_travel(text) \
        or read_exchange(text) or read_instalment(text) or read_amount_total(text) or read_discount_abroad(text) \
        or read_sum_or_product(text) or read_tax_included(text) or read_stacked_discounts(text) \
        or read_two_ages(text) or read_korean_two_ages(text) or read_age_or_mixture(text) or read_age_difference(text) \
        or read_percent_or_interest(text) or read_choosing(text) or read_ratio_shares(text) \
        or read_repeated_trials(text) or read_cards_drawn(text) or read_chance(text) \
        or read_dice(text) or read_recipe_servings(text) or read_unit_rate(text) or read_pace_or_speed(text) \
        or read_compound_growth(text) \
        or read_standard_score(text) or read_weighted_average(text) or read_cost_and_price(text) \
        or read_equal_pieces(text) or read_dose_by_weight(text) or read_recurring_total(text) \
        or read_shared_cycle(text) \
        or read_physics_formula(text) \
        or read_letter_arrangements(text) or read_paint_coverage(text) or read_tile_count(text) \
        or read_room_size(text) \
        or read_scaled_measure(text) or read_chat_everyday(text)
    if worded is not None:
        return Reading(worded.to_request(text))
    if (unread_unit := unread_angle_unit(text)) is not None:
        return Reading(None, unread_unit, "ambiguous")
    line = read_arithmetic_line(text) or read_two_numbers(text) or read_number_sentence(text) \
        or read_consecutive_integers(text) or read_better_buy(text)
    if line is not None:
        return Reading(line)
    data = read_data_request(text)
    if isinstance(data, DataRequest):
        return Reading(data.to_request())
    if isinstance(data, str):
        return Reading(None, data, "ambiguous")
    listed = plain_number_lists(text)  # "$3, 7, 11, \ldots$" as the sequence readers read it: 3, 7, 11, ...
    sequence = read_number_run(listed) or read_sequence_request(listed) or read_sequence_formula(text)
    if isinstance(sequence, MathRequest):
        return Reading(sequence)
    if isinstance(sequence, str):
        return Reading(None, sequence, "not_understood")
    primes = read_prime_factor_question(text) or read_prime_neighbours(text)
    if primes is not None:
        return Reading(primes)
    digit = read_units_digit(text) or read_scientific_form(text)
    if digit is not None:
        return Reading(digit)
    check = read_solution_check(text)
    if isinstance(check, MathRequest):
        return Reading(check)
    if isinstance(check, str):
        return Reading(None, check, "ambiguous")
    claim = read_numeric_claim(text, lambda side: read(side).request)
    if claim is not None:
        return Reading(claim)
    multiples = read_counting_multiples(text)
    if isinstance(multiples, MathRequest):
        return Reading(multiples)
    if isinstance(multiples, str):
        return Reading(None, multiples, "ambiguous")
    text = spell_decimal_commas(spell_division_colon(spell_mixed_numbers(text)))
    english, unknown = _read_in(text, None)
    if not unknown:
        return english
    foreign = segment(text, _ALL_LETTER_WORDS)  # the same segments for every table: cut once
    readings: list[tuple[Language, Reading]] = []
    closest = (len(unknown), english)
    for language in LANGUAGES:
        reading, missing = _read_in(text, language, foreign)
        if not missing:
            readings.append((language, reading))
        elif len(missing) < closest[0]:
            closest = (len(missing), reading)
    if not readings:
        return closest[1]
    first = readings[0][1]
    for language, reading in readings[1:]:
        if _describe_request(reading) != _describe_request(first):
            return Reading(None, f"the words read differently in {readings[0][0].name} and {language.name}",
                           "ambiguous")
    return first


def _describe_request(reading: Reading) -> object:
    return reading.request.to_dict() if reading.request else (reading.failure, reading.reason)


def _letter_words(language: Language | None) -> LetterWords:
    """Outside English, a lone letter that is a word in any listed language is segmented as a word; the reading
    language's table then knows it or not ("0 e 1" is Portuguese "0 and 1", unknown to the Spanish reading)."""
    if language is None:
        return NO_LETTER_WORDS
    return _ALL_LETTER_WORDS


_ALL_LETTER_WORDS = LetterWords(frozenset(letter for language in LANGUAGES for letter in language.letters),
                                frozenset(pair for language in LANGUAGES for pair in language.after))


def _read_in(text: str, language: Language | None,
             segments: list[Segment] | None = None) -> tuple[Reading, list[str]]:
    """The reading of `text` in one language (from its `segments` when already cut), and the words that language
    does not know."""
    cut = list(segments) if segments is not None else segment(text, _letter_words(language))
    items = _items(unglue_korean_particles(cut), language)
    unknown = [i.text for i in items if i.kind == "unknown"]
    return _read_items_checked(items), unknown


_SPACED_X = re.compile(r"\d\s+[xX]\s+\d")
# "%" with an operand on each side, as "10 % 3": a programmer's remainder (1) or a percent times a number (0.3)
_PERCENT_BETWEEN = re.compile(r"[\w)]\s*%\s*[\w(]")
# connectors whose operand comes after them: a request cannot end at one
_AWAITS_AN_OPERAND = frozenset(("of", "divided_by", "by", "from"))


def _read_items_checked(items: list[_Item]) -> Reading:
    formulas = [i for i in items if i.kind in ("math", "literal")]
    unknown = [i.text for i in items if i.kind == "unknown"]
    if not formulas:
        words = [i for i in items if i.kind in ("concept", "unknown")]
        kind: Literal["word_problem", "none"] = "word_problem" if words else "none"
        return Reading(None, "there is no formula in the request", "not_math", kind)
    if unknown:
        shown = ", ".join(repr(w if len(w) <= 40 else w[:40] + "…") for w in unknown[:5])
        return Reading(None, f"words this reader does not know: {shown}", "not_understood", "word_problem")
    last = next((i for i in reversed(items) if i.kind not in ("comma", "break")), None)
    if last is not None and last.kind == "concept" and last.text in _AWAITS_AN_OPERAND:
        # "what is 15% of", "15 divided by": the operand after the word is missing, not a word to drop
        return Reading(None, f"the request ends at {last.text.replace('_', ' ')!r}: what comes after it is missing",
                       "ambiguous")
    spaced_x = next((i.text for i in formulas if _SPACED_X.search(i.text)), None)
    if spaced_x is not None:  # "2 x 3 = 6": 2·x·3 = 6, or the times sign in a statement to check?
        return Reading(None, f"in {spaced_x!r}, is x the times sign or a letter? Write * or 2x", "ambiguous")
    percent_between = next((i.text for i in formulas if _PERCENT_BETWEEN.search(i.text)), None)
    if percent_between is not None:
        return Reading(None, f"in {percent_between!r}, is % the remainder or a percent? Write 'mod' or '% of'",
                       "ambiguous")
    try:
        return _read_items(items)
    except NotationError as error:
        failure: Failure = "too_large" if error.kind == "too_long" else "not_understood"
        return Reading(None, f"the formula could not be read: {error}", failure)


def _read_items(items: list[_Item]) -> Reading:
    if any(i.kind == "concept" and i.text in _LIST_TASKS for i in items):  # "최대공약수 36 48", "lcm 4 6 8"
        items = [part for item in items for part in _listed_integers(item)]
    notes: list[str] = []
    definitions: list[tuple[str, tuple[str, ...], str]] = []
    functions: dict[str, tuple[list[str], str]] = {}
    matrices: dict[str, str] = {}
    for item in items:  # definitions first: a function may be used before the sentence that defines it
        if item.kind != "math":
            continue
        named_matrix = _MATRIX_NAME.match(item.text)
        if named_matrix:
            value = to_plain(named_matrix.group(2))
            if value.startswith("Matrix("):
                matrices[named_matrix.group(1)] = value
                item.plain, item.value = value, 2  # a named matrix: context, or the formula itself
                continue
        definition = _DEFINITION.match(item.text) or _SEVERAL_PARAMETERS.match(item.text)
        if definition and definition.group(1) not in ("x", "y", "z", "t", "n", "k"):
            name, listed, body = definition.groups()
            parameters = tuple(p.strip() for p in listed.split(","))
            plain_body = to_plain(body, functions=functions)
            functions[name] = (list(parameters), plain_body)
            definitions.append((name, parameters, plain_body))
            item.plain = plain_body
            item.value = 1  # a definition: its body is the expression a task acts on
    primed = _primed_calls(items, definitions)
    if isinstance(primed, Reading):
        return primed
    items[:] = primed
    for item in items:
        if item.kind != "math" or item.value is not None:
            continue
        if _ARROW.match(item.text) and "lim" not in item.text:
            continue  # "x → 0": read by the limit connector
        if _LEIBNIZ.match(item.text):
            continue  # "dy/dx": read as the derivative's name and variable
        if _CONGRUENCE.match(item.text):
            item.value = 3  # "3x ≡ 4 (mod 7)": read whole by the congruence task
            continue
        if item.text.rstrip().endswith(("%", "\\%")):
            continue  # "15% of 80": read with the formula after "of"
        if _INTERVAL.match(item.text):
            continue  # "[0, 1]": bounds, read by the integral connector (or a vector, read later)
        if _HALF_OPEN.match(item.text):
            continue  # "[0, 2π)": the interval an equation is solved on
        if _SIDED_POINT.match(item.text) and any(i.kind == "concept" and i.text == "limit" for i in items):
            continue  # "0+" in "x가 0+로 갈 때": a one-sided limit point, read by the limit connector
        unclear = _unclear_extent(item.text)
        if unclear:
            return Reading(None, f"{unclear.group().strip()!r}: where does the exponent or root end? Add brackets, "
                                 "e.g. x^(1/2) or (x^1)/2, √(2x) or √2·x", "ambiguous")
        item.plain = to_plain(item.text, functions=functions)
        if re.search(r"\blog\(", item.plain) and re.search(r"(?<![\\a-z])log(?!_)", item.text):
            notes.append("log is read as the natural logarithm (ln)")
    for item in items:  # A^n, det(A): the named matrix written out
        if item.kind == "math" and item.value != 2 and matrices and item.plain:
            for name, value in matrices.items():
                item.plain = re.sub(rf"\b{name}\b", value, item.plain)
    task = _task(items)
    if isinstance(task, Reading):
        return task
    bare = [m for i in items if i.kind == "math" and (m := _BARE_TRIG.search(i.plain))]
    if task in ("evaluate", "simplify", "solve") and bare:
        return Reading(None, f"{bare[0].group()}: degrees or radians? Write {bare[0].group(1)}° (or "
                             f"{bare[0].group(1)}^\\circ, or '{bare[0].group(1)} degrees') or a multiple of π",
                       "ambiguous")
    if notes and task in ("evaluate", "solve", "simplify"):  # calculus reads ln; a number's log may be log10
        return Reading(None, "'log' without a base is ambiguous here (natural or base 10): write ln(x) or "
                             "log_10(x)", "ambiguous")
    request = _arguments(task, items, tuple(definitions))
    if isinstance(request, Reading):
        return request
    return Reading(replace(request, notes=tuple(dict.fromkeys(notes + list(request.notes)))), notes=tuple(notes))


def _primed_calls(items: list[_Item], definitions: list[tuple[str, tuple[str, ...], str]]) -> list[_Item] | Reading:
    """f''(2) after "f(x) = ..." -> the words "differentiate, order 2, with respect to x, at x = 2"; f^{-1}(x) -> the
    word "inverse function"."""
    parameters = {name: parameters[0] for name, parameters, _ in definitions}
    read: list[_Item] = []
    for item in items:
        inverse = _INVERSE_CALL.match(item.text) if item.kind == "math" and item.value is None else None
        if inverse and inverse.group(1) in parameters and inverse.group(2) == parameters[inverse.group(1)]:
            read.append(_Item("concept", "inverse_function"))
            continue
        if inverse:
            return Reading(None, f"{item.text.strip()}: the inverse of a function the request does not define, or at "
                                 "a value", "unsupported")
        call = primed_call(item.text) if item.kind == "math" and item.value is None else None
        if call is None:
            read.append(item)
            continue
        if call.name not in parameters:
            return Reading(None, f"{item.text.strip()}: the request does not define {call.name}", "not_understood")
        parameter = parameters[call.name]
        argument = call.argument.strip()
        if re.fullmatch(r"[A-Za-z]", argument) and argument != parameter:
            return Reading(None, f"{item.text.strip()}: {call.name} is defined in {parameter}, not {argument}",
                           "ambiguous")
        read += [_Item("concept", "differentiate"), _Item("concept", "order", value=call.order),
                 _Item("concept", "wrt"), _Item("math", parameter)]
        if argument != parameter:
            read += [_Item("concept", "at"), _Item("math", f"{parameter} = {argument}")]
    return read


# ---------------------------------------------------------------------------------------------------
# The task
# ---------------------------------------------------------------------------------------------------


_SPACED_INTEGERS = re.compile(r"^\s*\d+(?:\s+\d+)+\s*$")
_LIST_TASKS = frozenset({"gcd", "lcm", "gcd_lcm"})


def _listed_integers(item: _Item) -> list[_Item]:
    """A formula of whole numbers side by side ("36 48"), for a task that takes a list, as the numbers listed."""
    if item.kind != "math" or not _SPACED_INTEGERS.match(item.text):
        return [item]
    numbers = item.text.split()
    parts: list[_Item] = []
    for k, number in enumerate(numbers):
        if k:
            parts.append(_Item("comma", ","))
        parts.append(_Item("math", number, particle=item.particle if k == len(numbers) - 1 else "",
                           post=item.post if k == len(numbers) - 1 else ""))
    return parts


def _task(items: list[_Item]) -> Task | Reading:
    concepts = [i.text for i in items if i.kind == "concept"]
    tasks = {c for c in concepts if c in _TASK_CONCEPTS}
    implied = {_CALCULUS_PREFIXES[p] for i in items if i.kind == "math" for p in _CALCULUS_PREFIXES
               if i.plain.startswith(p) and _one_call(i.plain)}
    if "order2" in tasks:
        tasks = (tasks - {"order2"}) | {"differentiate"}
    if "prime_factorization" in tasks:
        tasks -= {"factor"}
    if "divisors" in tasks:  # "12의 약수는?", "the divisors of 12": the divisors themselves, unless counted or summed
        tasks -= {"divisors"}
        tasks |= {"divisor_sum" if "sum" in tasks else "divisor_count" if "count" in tasks else "divisor_list"}
        tasks -= {"sum", "count"}
    if any(i.kind == "math" and i.value == 3 for i in items):
        tasks = (tasks - {"solve", "evaluate"}) | {"congruence"}
    if "integer_sum" in tasks:
        tasks = (tasks - {"sum", "evaluate", "integer_sum"}) | {"series"}
    if tasks & {"modulus", "conjugate", "argument"}:
        wrapper = "modulus" if "modulus" in tasks else "conjugate" if "conjugate" in tasks else "argument"
        tasks = (tasks - {"modulus", "conjugate", "argument", "evaluate"}) | {"evaluate"}
        formulas = [i for i in items if i.kind == "math" and i.value is None and i.plain]
        if len(formulas) != 1 or len(tasks) != 1 or len(set(concepts) & {"modulus", "conjugate", "argument"}) > 1:
            return Reading(None, f"the {wrapper} of which number?", "ambiguous")
        number = formulas[0].plain
        # the principal argument, in (-π, π]: atan2 of the parts (the safe parser has no arg)
        formulas[0].plain = {"modulus": f"Abs({number})", "conjugate": f"conjugate({number})",
                             "argument": f"atan2(im({number}), re({number}))"}[wrapper]
    if "zeros" in concepts:
        tasks = tasks | {"solve"}  # 영점: the zeros of a function (its roles say so: a graph y = f(x) is f(x) = 0)
    if "graph" in concepts and not tasks & (FEATURES | _GRAPH_TASKS):
        return Reading(None, "what about the graph (or curve) is asked?", "ambiguous")
    features = _feature_task(items, tasks)
    if isinstance(features, Reading):
        return features
    tasks = features
    if {"eigenvalues", "eigenvectors"} <= tasks:
        tasks -= {"eigenvalues"}  # eigenvectors come with their eigenvalues
    if {"gcd", "lcm"} <= tasks:
        tasks = (tasks - {"gcd", "lcm"}) | {"gcd_lcm"}
    if {"local_maximum", "local_minimum"} <= tasks:  # "극댓값과 극솟값", "the local maximum and local minimum"
        tasks = (tasks - {"local_maximum", "local_minimum"}) | {"local_extrema"}
    if any(i.kind == "math" and _LEIBNIZ.match(i.text) for i in items):
        tasks = (tasks - {"evaluate"}) | {"differentiate"}  # "dy/dx if y = x^3"
    if "sum" in tasks and (_worded_series(items) is not None or _integer_sum(items) is not None):
        tasks = (tasks - {"sum", "evaluate"}) | {"series"}
    if "product" in tasks and "sum" not in tasks and (_worded_series(items, "Product") is not None or
                                                      _integer_sum(items, "Product") is not None):
        tasks = (tasks - {"product", "evaluate"}) | {"series"}  # "the product of 1 - 1/k^2 for k from 2 to ∞"
    if "area" in tasks:
        tasks = (tasks - {"area", "evaluate"}) | {"integrate"}  # "the area under f from a to b": ∫ |f|
    if {"inequality", "system"} & tasks:
        tasks = (tasks - {"inequality", "system"}) | {"solve"}
    if {"quotient", "remainder"} <= tasks:
        tasks = (tasks - {"quotient", "remainder"}) | {"quotient_remainder"}
    elif "quotient" in tasks:  # the exact 17/5 or its whole part 3? People mean both; the pair is unambiguous
        return Reading(None, "'the quotient' alone may be the exact fraction or its whole part: ask for the quotient "
                             "and the remainder", "ambiguous")
    if tasks & {"remainder", "quotient_remainder"}:
        tasks -= {"divided_by"}
    if tasks & {"expand", "factor"} and "simplify" in tasks:
        tasks -= {"simplify"}
    if "power" in tasks and any(i.plain.startswith("Matrix(") for i in items if i.kind == "math"):
        tasks = (tasks - {"power"}) | {"matrix_power"}
    elif "power" in tasks:  # "power of 2": which power? (a number's is written 2^10 or "2 to the 10th power")
        return Reading(None, "'power' without an exponent: write it as 2^10, '2 to the 10th power' or "
                             "'the 10th power of 2'", "ambiguous")
    if "denominator" in concepts and tasks - {"evaluate"} != {"rationalize"}:
        return Reading(None, "'the denominator' is read only in 'rationalize the denominator'", "unsupported")
    if "rationalize" in tasks:
        tasks -= {"simplify"}  # "simplify by rationalizing the denominator"
    if len(tasks) > 1 or implied:
        tasks -= {"evaluate"}  # "compute", "what is", "값": the weakest word gives way to a named task
    written = {word for word, call in (("sum", "Sum("), ("product", "Product(")) for i in items
               if i.kind == "math" and i.plain.startswith(call)}  # "the sum of the series ∑ ...": the same sum
    if implied & {"series", "determinant"} and tasks - implied - written:
        implied = set()  # a sum or determinant written out is a value that a named task works on
    if implied:
        if tasks - implied - {"sum", "product"}:
            return Reading(None, "the words ask for one operation and the formula shows another", "ambiguous")
        tasks = implied
    selections = tasks & {"sum", "product", "count"}
    tasks -= {"sum", "product", "count"}
    if selections and not tasks and any(_relation(i.plain) for i in items if i.kind == "math"):
        tasks = {"solve"}  # "the sum of all x with ...": a selection of the solutions
    if selections and tasks != {"solve"}:
        return Reading(None, "a sum, product or count of something this reader does not name", "ambiguous")
    if len(tasks) > 1:
        return Reading(None, f"the request names several operations: {', '.join(sorted(tasks))}", "ambiguous")
    if not tasks and "base" in concepts:
        tasks = {"evaluate"}  # "Express 1000 in base 5"
    formulas_ = [i for i in items if i.kind == "math" and i.value is None and i.plain]
    if tasks == {"evaluate"} and len(formulas_) == 1 and \
            re.fullmatch(r"Matrix\(.*\)\*\*(\w+|\(-?\d+\))", formulas_[0].plain):
        return "matrix_power"  # "Compute A^2": a power of a written-out matrix
    if tasks == {"evaluate"} and any(_relation(i.plain) and not _ASSIGNMENT.match(i.text) for i in items
                                     if i.kind == "math" and i.value is None):
        return "solve"  # "If 3x + 7 = 22, what is x?": the value follows from an equation
    if tasks:
        return tasks.pop()  # type: ignore[return-value]
    return _task_from_formulas(items)


def _feature_task(items: list[_Item], tasks: set[str]) -> set[str] | Reading:
    """The tasks once a function's feature is named: "the equation of the tangent" / "축의 방정식" ask for the line,
    not to solve; "the coefficient in the expansion" is not an expansion; with no matrix written, "inverse" is the
    inverse function and Korean 계수 the coefficient (not the rank)."""
    matrix = any(i.kind == "math" and i.plain.startswith("Matrix(") for i in items)
    axis = [i for i in items if i.kind == "concept" and i.text == "axis"]
    if axis:
        if any(i.attached for i in axis):
            return Reading(None, "a named axis (x축, y축) is not read here", "unsupported")
        tasks = tasks | {"axis_of_symmetry"}
    if not matrix and "inverse" in tasks:
        tasks = (tasks - {"inverse"}) | {"inverse_function"}
    if not matrix and "rank" in tasks:
        tasks = (tasks - {"rank"}) | {"coefficient"}
    if any(i.kind == "concept" and i.text == "constant_term" for i in items):
        tasks = tasks | {"coefficient"}
    if "simplify" in tasks and any(i.kind == "concept" and i.text == "wrt" for i in items) and \
            any(_relation(i.plain) for i in items if i.kind == "math"):
        tasks = (tasks - {"simplify"}) | {"solve"}  # "2x - 3y = 6 을 y 에 대하여 정리": rearranged for y
    rectangular = [i for i in items if i.kind == "math" and _RECTANGULAR_TEMPLATE.match(i.plain)]
    if rectangular and len([i for i in items if i.kind == "math" and not i.used]) > len(rectangular):
        for template in rectangular:
            template.used = True  # "in the form a + bi": the form of the answer, as evaluating writes it
        tasks = tasks or {"evaluate"}
    templates = [i for i in items if i.kind == "math" and _SQUARE_TEMPLATE.match(i.plain)]
    if templates and any(i.kind == "concept" and i.text == "form" for i in items):
        for template in templates:
            template.used = True  # "in the form a(x - p)^2 + q": the form of the answer, not a formula
        tasks = (tasks - {"simplify", "evaluate"}) | {"complete_square"}
    concepts = [i for i in items if i.kind == "concept"]
    slope_of_tangent = any(a.text == "tangent_line" and b.text == "slope" for a, b in zip(concepts, concepts[1:]))
    if slope_of_tangent and {"tangent_line", "slope"} <= tasks:
        tasks = (tasks - {"tangent_line", "slope"}) | {"differentiate"}  # 접선의 기울기: the derivative at the point
    if tasks & FEATURES:
        tasks = tasks - {"solve", "evaluate"}
        if "coefficient" in tasks:
            tasks = tasks - {"expand"}
        if "complete_square" in tasks:
            tasks = tasks - {"vertex"}  # "vertex form"
    return tasks


def _unclear_extent(text: str) -> re.Match[str] | None:
    """`x^1/2`, `x^2/3` (an exponent that reads as a proper fraction) or `√2x`: where the power or root ends."""
    for power in _FRACTION_EXPONENT.finditer(text):
        if int(power.group(1)) < int(power.group(2)):
            return power
    return _ROOT_OF_PRODUCT.search(text)


def _one_call(plain: str) -> bool:
    """`Integral(...)` is the whole formula, not a part of it."""
    depth = 0
    for index, ch in enumerate(plain):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and ch == ")" and index != len(plain) - 1:
            return False
    return True


def _task_from_formulas(items: list[_Item]) -> Task | Reading:
    written = [i for i in items if i.kind == "math"]
    if len(written) == 1 and _LONE_PERCENT.fullmatch(written[0].text):
        return "evaluate"  # "write 45% as a fraction": the number the percent stands for, as `_percent_of` reads it
    formulas = [i for i in items if i.kind == "math" and i.plain]
    formulas = [i for i in formulas if i.value is None] or formulas  # definitions are context
    given = [id(i) for n, i in enumerate(items) if i.kind == "math" and _NUMBER_GIVEN.match(i.text) and
             _marked_assignment(items, n)]
    rest = [i for i in formulas if id(i) not in given]
    if given and rest and not any(_relation(i.plain) for i in rest):
        return "evaluate"  # "x^2 + 1 when x = 2": the values given are substituted, not solved for
    if any(_relation(i.plain) for i in formulas):
        return "solve"
    if len(formulas) == 1 and not re.search(r"[A-Za-z]", _strip_constants(formulas[0].plain)):
        return "evaluate"
    if len(formulas) == 1 and re.fullmatch(r"Matrix\(.*\)\*\*(\w+|\(-?\d+\))", formulas[0].plain):
        return "matrix_power"
    if len(formulas) == 1 and _MATRIX_PRODUCT.fullmatch(formulas[0].plain):
        return "matrix_product"  # "[[1, 2], [3, 4]] * [[0, 1], [1, 0]]", "multiply A by B": A·B
    if any(i.plain.startswith("Matrix(") for i in formulas):
        return Reading(None, "say what to compute with the matrix (determinant, inverse, eigenvalues, ...)",
                       "ambiguous")
    return Reading(None, "say what to do with the expression (solve, simplify, expand, factor, differentiate, "
                         "integrate, ...)", "ambiguous")


# two matrices written out side by side or with "*" ("Matrix([[1, 2], [3, 4]])*Matrix([[0, 1], [1, 0]])"); an entry
# with a parenthesis in it is left to the formula reader
_MATRIX_PRODUCT = re.compile(r"(?P<a>Matrix\(\[[^()]{1,4000}\]\))\*(?P<b>Matrix\(\[[^()]{1,4000}\]\))")


def _strip_constants(plain: str) -> str:
    return re.sub(r"\b(pi|E|I|oo|sqrt|root|real_root|log|exp|sin|cos|tan|cot|sec|csc|asin|acos|atan|sinh|cosh|"
                  r"tanh|Abs|floor|ceiling|factorial|binomial|gcd|lcm|Mod|Max|Min|re|im|sign)\b", "", plain)


def _relation(plain: str) -> bool:
    depth = 0
    for index, ch in enumerate(plain):
        depth += ch in "(["
        depth -= ch in ")]"
        if depth == 0 and (ch in "<>" or (ch == "=" and plain[index - 1:index] not in ("<", ">", "!", "="))):
            return True
    return False


# ---------------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------------


@dataclass
class _Roles:
    dependent: str | None = None  # y in "dy/dx if y = x^3"
    base: int | None = None  # "in base 5": the answer's digits
    decimal: bool = False
    round_to: int | None = None
    variable: str | None = None
    lower: str | None = None
    upper: str | None = None
    point: str | None = None
    direction: str = "+-"
    at: list[tuple[str, str]] = field(default_factory=list)
    divisor: str | None = None
    domain: str | None = None
    order: int = 1
    ends: str = "[]"
    degrees: bool = False
    zeros: bool = False  # "the zeros of y = f(x)": f(x) = 0, not the equation solved for x in terms of y


def _graph_value(item: _Item) -> _Item:
    """The value of a function given as its graph: "y = -x^2 + 4x" or "f(x) = ..." has the extrema of its right
    side; any other formula is itself."""
    named = _NAMED.match(item.text) or _DEFINITION.match(item.text)
    if named is None:
        return item
    right = named.group(named.lastindex or 1)
    return replace(item, text=right, plain=to_plain(right))


_SIGNS = frozenset(("positive", "negative"))


def _arguments(task: Task, items: list[_Item], definitions: tuple) -> MathRequest | Reading:
    roles = _Roles()
    concepts = [i.text for i in items if i.kind == "concept"]
    for item in items:
        leibniz = _LEIBNIZ.match(item.text) if item.kind == "math" else None
        if leibniz:
            roles.dependent, roles.variable = leibniz.group(1) or None, leibniz.group(2)
            item.used = True
    percent = _percent_of(items, task)
    if isinstance(percent, Reading):
        return percent
    for index, item in enumerate(items[:-1]):
        counted = re.search(r"\s(\d+)\s*$", item.text) if item.kind == "math" else None
        if counted and items[index + 1].kind == "concept" and items[index + 1].text == "times":
            # Regression: "differentiate x^3 2 times" was read as the derivative of x^3·2.
            if task != "differentiate":
                return Reading(None, f"'{counted.group(1)} times' after a formula: times what?", "ambiguous")
            roles.order = int(counted.group(1))
            item.text = item.text[:counted.start()]
            item.plain = to_plain(item.text)
    if task != "differentiate" and any(i.kind == "concept" and i.text == "times" for i in items):
        # Regression: "what's twelve times" answered 12. Outside a count of derivatives a "times" left over (the
        # operator words between two formulas were read earlier) is a product missing a factor.
        return Reading(None, "'times' with nothing on one side: times what?", "not_understood")
    for index, item in enumerate(items):
        if item.kind == "concept" and item.text in _SIGNS and index + 1 < len(items) and \
                items[index + 1].kind == "math" and not re.search(r"[A-Za-z]", items[index + 1].text):
            # "negative 3 squared": a sign on a number, not a domain of the unknown (dropped as one, it answered 9;
            # "negative 3 plus 5" answered 8 before signs beside operator words were read)
            return Reading(None, f"'{item.text} {items[index + 1].text}': a sign word before a number is read only "
                                 "where its extent is clear ('5 minus negative 3', 'negative 3 plus 5')", "ambiguous")
        if item.kind == "concept":
            _modifier(item, items, index, roles, concepts)
    for index, item in enumerate(items):
        if item.kind == "math" and not item.used:
            outcome = _connector(task, items, index, roles)
            if isinstance(outcome, Reading):
                return outcome
    main = [i for i in items if i.kind == "math" and not i.used]
    if task == "arrangements":
        literal = [i.text for i in items if i.kind == "literal"]
        word = literal[0] if literal and not main else ""
        if not re.fullmatch(r"[A-Za-z]{1,20}", word):
            return Reading(None, "the word whose letters are arranged was not found", "not_understood")
        return MathRequest(task="arrangements", items=(f"{len(word)}",), shown=(word.upper(),))
    if task in FEATURES:
        if _selection(concepts) != "all" or roles.domain is not None or roles.lower is not None or roles.decimal:
            return Reading(None, f"a selection, condition or format with the {task.replace('_', ' ')} is not read here",
                           "unsupported")
        return _feature_request(task, main, roles, "constant_term" in concepts)
    if any(i.value is None for i in main):  # definitions are context when something else uses them
        main = [i for i in main if i.value is None]
    if not main:
        return Reading(None, "no formula is left to work on", "not_understood")
    if task == "matrix_power":
        return _matrix_power_request(main)
    if task in ("evaluate", "simplify") and len(main) == 1 and _MATRIX_PRODUCT.fullmatch(main[0].plain):
        task = "matrix_product"  # "what is A * B": the product's value
    if task == "matrix_product":
        product = _MATRIX_PRODUCT.fullmatch(main[0].plain) if len(main) == 1 else None
        if product is None:
            return Reading(None, "write the product as A*B with both matrices written out", "not_understood")
        return MathRequest(task="matrix_product", items=(product["a"], product["b"]), shown=(main[0].text,))
    multiplied = any(i.kind == "concept" and i.text == "product" for i in items) and \
        not any(i.kind == "concept" and i.text == "sum" for i in items)  # "the product of ... for k from 2 to ∞"
    consumed = {"divisor_count": ("count", "divisors"), "divisor_sum": ("sum", "divisors"),
                "divisor_list": ("divisors",), "series": ("product",) if multiplied else ("sum",)}.get(task, ())
    select = _selection([c for c in concepts if c not in consumed])
    if select == "ambiguous":
        return Reading(None, "the request asks for several different things about the solutions", "ambiguous")
    if select != "all" and task != "solve":
        return Reading(None, f"'{select}' does not apply to the {task} task here", "ambiguous")
    if task == "solve":
        request = _solve_request(main, roles, definitions, select)
        return request if isinstance(request, Reading) else replace(request, decimal=roles.decimal,
                                                                     round_to=roles.round_to)
    if task == "identity":
        return _identity_request(main, roles, items)
    if task in ("minimum", "maximum"):
        expressions = [_graph_value(m) for m in main]
        if len(main) != 1 or _relation(expressions[0].plain):
            return Reading(None, f"the {task} of which expression?", "ambiguous")
        return MathRequest(task=task, items=(expressions[0].plain,), shown=(expressions[0].text,),
                           variable=roles.variable, domain=roles.domain, lower=roles.lower, upper=roles.upper)  # type: ignore[arg-type]
    if roles.base is not None and task != "evaluate":
        return Reading(None, "a base is read only for evaluating a number", "unsupported")
    if roles.base is not None and not 2 <= roles.base <= 36:
        return Reading(None, f"base {roles.base} is not a base from 2 to 36", "not_understood")
    if task in ("dot", "distance", "cross", "slope", "midpoint"):
        if len(main) != 2:
            return Reading(None, f"the {task} needs exactly two vectors or points", "not_understood")
        return MathRequest(task=task, items=(main[0].plain, main[1].plain), shown=(main[0].text, main[1].text),
                           decimal=roles.decimal, round_to=roles.round_to)
    if task == "congruence":
        congruences = [i for i in items if i.kind == "math" and i.value == 3]
        match = _CONGRUENCE.match(congruences[0].text) if len(congruences) == 1 else None
        if match is None:
            return Reading(None, "one congruence a·x ≡ b (mod m) at a time", "ambiguous")
        relation = f"{to_plain(match.group('left'))} = {to_plain(match.group('right'))}"
        return MathRequest(task="congruence", items=(relation, match.group("m")), shown=(congruences[0].text,),
                           variable=roles.variable)
    worded = (_worded_series(items, "Product") or _integer_sum(items, "Product") if multiplied else
              _worded_series(items) or _integer_sum(items)) if task == "series" else None
    if worded is not None:
        return MathRequest(task="series", items=(worded,), shown=(worded,), decimal=roles.decimal,
                           round_to=roles.round_to)
    if task == "is_prime":
        if len(main) != 1:
            return Reading(None, "which number should be tested?", "ambiguous")
        return MathRequest(task="is_prime", items=(main[0].plain,), shown=(main[0].text,))
    if task in ("gcd", "lcm", "gcd_lcm"):
        values = [part for m in main for part in _split_top(m.plain)]
        return MathRequest(task=task, items=tuple(values), shown=tuple(m.text for m in main))
    if task in ("remainder", "quotient_remainder"):
        return _remainder_request(task, main, roles)
    if len(main) != 1:
        return Reading(None, f"{len(main)} formulas where one was expected", "ambiguous")
    formula = main[0]
    plain = formula.plain
    differential = _TRAILING_DIFFERENTIAL.search(formula.text)
    if task == "integrate" and differential and not plain.startswith("Integral("):
        plain = to_plain(formula.text[:differential.start()])
        if roles.variable not in (None, differential.group(1)):
            return Reading(None, "the integration variable is named twice, differently", "ambiguous")
        roles.variable = differential.group(1)
    named = _NAMED.match(formula.text)
    if named and task in ("differentiate", "integrate", "limit", "simplify", "expand", "factor", "domain"):
        plain = to_plain(named.group(2))
    implicit = _implicit_curve(task, plain, formula.text, roles)
    if implicit is not None:
        return implicit
    if roles.variable is None and task in ("differentiate", "integrate", "limit") and \
            any(len(parameters) > 1 for _, parameters, _ in definitions):
        return Reading(None, f"a function of several variables: {task} with respect to which one?", "ambiguous")
    if _relation(plain) and task not in ("simplify",):
        return Reading(None, f"an equation was given where the {task} task needs an expression", "ambiguous")
    written = _written_calculus(plain, roles)
    if isinstance(written, Reading):
        return written
    plain = written
    if "area" in concepts:
        if task != "integrate" or roles.lower is None or roles.upper is None:
            return Reading(None, "an area needs its bounds (from a to b)", "ambiguous")
        plain = f"Abs({plain})"  # the area counts the parts below the axis too
    return MathRequest(task=task, items=(plain,), shown=(formula.text,), variable=roles.variable,
                       lower=roles.lower, upper=roles.upper, point=roles.point, direction=roles.direction,  # type: ignore[arg-type]
                       order=roles.order, at=tuple(roles.at), definitions=definitions, decimal=roles.decimal,
                       round_to=roles.round_to, base=roles.base)


def _implicit_curve(task: Task, plain: str, text: str, roles: _Roles) -> MathRequest | None:
    """dy/dx of one equation in x and y that is not y = f(x) ("dy/dx if x^2 + y^2 = 25"): y is the function of x
    the equation defines, differentiated implicitly (`implicit.py`). Only the first derivative, at no point."""
    dependent, variable = roles.dependent, roles.variable
    if task != "differentiate" or dependent is None or variable is None or dependent == variable:
        return None
    if plain.count("=") != 1 or re.search(r"[<>!]", plain) or roles.order != 1 or roles.at:
        return None
    if not all(re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", plain) for letter in (dependent, variable)):
        return None
    return MathRequest(task="differentiate", items=(plain,), shown=(text,), variable=variable, target=dependent,
                       notes=(f"{dependent} read as the function of {variable} the equation defines: d{dependent}/"
                              f"d{variable} by implicit differentiation",))


def _feature_request(task: Task, main: list[_Item], roles: _Roles, constant_term: bool) -> MathRequest | Reading:
    """One function (as y = ..., f(x) = ... or an expression) and, for a tangent, its point: at x = a, an unmarked
    x = a, or (a, b). The coefficient reads the power x^k and the expression, in either order (the constant term:
    the expression alone, in its one variable)."""
    if task == "coefficient" and constant_term:
        letters = set(re.findall(r"\b[A-Za-z]\b", _strip_constants(main[0].plain))) if len(main) == 1 else set()
        if len(letters) != 1:
            return Reading(None, "the constant term of which expression, in which variable?", "ambiguous")
        return MathRequest(task="coefficient", items=("1", main[0].plain), shown=(main[0].text,),
                           variable=letters.pop())
    if task == "coefficient":
        powers = [m for m in main if _MONOMIAL.match(m.plain)]
        others = [m for m in main if not _MONOMIAL.match(m.plain)]
        if len(powers) != 1 or len(others) != 1 or roles.at:
            return Reading(None, "the coefficient of which power (x^k), in which expression?", "ambiguous")
        return MathRequest(task="coefficient", items=(powers[0].plain, others[0].plain),
                           shown=(powers[0].text, others[0].text))
    points = [m for m in main if _POINT.match(m.plain) or _constant_assignment(m.text)]
    functions = [m for m in main if m not in points]
    if len(functions) != 1:
        return Reading(None, f"the {task.replace('_', ' ')} of which function?", "ambiguous")
    function = _graph_value(functions[0])
    if _relation(function.plain):
        return Reading(None, f"the {task.replace('_', ' ')} of an equation that is not y = f(x)", "ambiguous")
    definition = _DEFINITION.match(functions[0].text)
    variable = roles.variable or (definition.group(2) if definition else None)
    at = list(roles.at)
    extra: tuple[str, ...] = ()
    for point in points:
        if _POINT.match(point.plain):
            extra += (point.plain,)
        else:
            name, value = _ASSIGNMENT.match(point.text).groups()  # type: ignore[union-attr]
            at.append((name, to_plain(value)))
    if task != "tangent_line" and (at or extra):
        return Reading(None, f"a point was given, which the {task.replace('_', ' ')} does not use", "ambiguous")
    if task == "tangent_line" and len(at) + len(extra) != 1:
        return Reading(None, "the tangent line at which point?", "ambiguous")
    return MathRequest(task=task, items=(function.plain,) + extra, shown=(function.text,), variable=variable,
                       at=tuple(at))


def _constant_assignment(text: str) -> bool:
    """"x = 2", "x = -1/2", "x = π/4": a value for a letter, with no other letter in it."""
    match = _ASSIGNMENT.match(text)
    return match is not None and not re.search(r"[A-Za-z]", _strip_constants(to_plain(match.group(2))))


def _written_calculus(plain: str, roles: _Roles) -> str | Reading:
    """A formula that is already an integral or a limit, with bounds or a point also given in words.

    Regression: "∫ x^2 dx from 0 to 3" answered the indefinite integral (the worded bounds were dropped).
    An indefinite ∫ f dx takes the worded bounds; anything given twice is ambiguous.
    """
    worded_bounds = roles.lower is not None or roles.upper is not None
    if plain.startswith("Integral(") and _one_call(plain) and worded_bounds:
        parts = _split_top(plain[len("Integral("):-1])
        if len(parts) == 2 and re.fullmatch(r"[A-Za-z]", parts[1]) and roles.variable in (None, parts[1]):
            roles.variable = parts[1]
            return parts[0]
        return Reading(None, "the bounds of the integral are given twice", "ambiguous")
    if plain.startswith(("Limit(", "LimitLeft(", "LimitRight(")) and _one_call(plain) and roles.point is not None:
        return Reading(None, "the point of the limit is given twice", "ambiguous")
    return plain


def _modifier(item: _Item, items: list[_Item], index: int, roles: _Roles, concepts: list[str]) -> None:
    if item.text == "order" and item.value:
        roles.order = item.value
    elif item.text == "order2":
        roles.order = 2
    elif item.text in ("two", "three") and index + 1 < len(items) and items[index + 1].text == "times":
        roles.order = 2 if item.text == "two" else 3
    elif item.text == "left":
        roles.direction = "-"
    elif item.text == "right":
        roles.direction = "+"
    elif item.text == "base":
        base_digits = index + 1 < len(items) and items[index + 1].kind == "math" and \
            re.fullmatch(r"\d{1,2}", items[index + 1].text.strip())
        if base_digits:
            roles.base = int(items[index + 1].text.strip())
            items[index + 1].used = True
    elif item.text == "decimal":
        roles.decimal = True
    elif item.text == "degrees":
        roles.degrees = True
    elif item.text == "zeros":
        roles.zeros = True
    elif item.text.startswith("round") and item.text[5:].isdigit():
        roles.decimal, roles.round_to = True, int(item.text[5:])
    elif item.text == "in_terms_of":
        following = _next_math(items, index - 1) if index + 1 < len(items) and items[index + 1].kind == "math" \
            else None
        if following is not None:
            items[following].used = True  # "in terms of π": a format, not a formula to work on
    elif item.text in ("real", "integer", "positive", "negative", "natural"):
        if roles.domain in ("positive",) and item.text == "integer":
            roles.domain = "positive_integer"
        else:
            roles.domain = item.text


def _neighbours(items: list[_Item], index: int) -> tuple[str, str]:
    """The concept right before and right after the formula at `index` ("" when none)."""
    before = items[index - 1].text if index > 0 and items[index - 1].kind == "concept" else ""
    after = items[index + 1].text if index + 1 < len(items) and items[index + 1].kind == "concept" else ""
    return before, after


def _next_math(items: list[_Item], index: int) -> int | None:
    for j in range(index + 1, min(len(items), index + 4)):
        if items[j].kind == "math":
            return j
    return None


def _connector(task: Task, items: list[_Item], index: int, roles: _Roles) -> Reading | None:
    item = items[index]
    before, after = _neighbours(items, index)
    text = item.text.strip()
    particle = item.particle
    single_letter = re.fullmatch(r"[A-Za-z]", text) is not None
    limit_variable = task == "limit" and before == "for"  # "per x che tende a 1": the limit's variable and point
    if single_letter and not limit_variable and (before in ("wrt", "for") or item.post == "wrt" or
                                                 (particle.startswith("에") and after == "wrt")):
        roles.variable = text
        item.used = True
        return None
    arrow = _ARROW.match(text)
    if arrow and task == "limit" and "lim" not in text:
        roles.variable, point = arrow.group(1), arrow.group(2)
        roles.point, direction = _point(point)
        roles.direction = direction or roles.direction
        item.used = True
        return None
    if task == "limit" and single_letter and (before in ("as", "when", "for") or particle in ("가", "이") or
                                              item.post == "subject"):
        following = _next_math(items, index)
        if following is not None:
            roles.variable = text
            roles.point, direction = _point(items[following].text)
            roles.direction = direction or roles.direction
            item.used = items[following].used = True
            return None
    if task == "integrate":
        interval = _INTERVAL.match(text)
        if interval and before in ("on", "in", "from", "between"):
            roles.lower, roles.upper = to_plain(interval.group(1)), to_plain(interval.group(2))
            item.used = True
            return None
        if before in ("from", "between") or particle in ("에서", "부터") or item.post == "from":
            following = _next_math(items, index)
            if following is not None:
                second = items[following]
                between = [i.text for i in items[index + 1:following]]
                if ("to" in between or "and" in between) or second.particle == "까지" or second.post == "to":
                    bounds = _named_bounds(text, second.text, roles)  # "from x = 0 to x = 2": the values
                    if isinstance(bounds, Reading):
                        return bounds
                    roles.lower, roles.upper = bounds
                    item.used = second.used = True
                    return None
    assignment = _ASSIGNMENT.match(text)
    if assignment and assignment.group(1) == roles.dependent:
        return None  # "y = x^3" after "dy/dx if": the function itself
    if assignment and _marked_assignment(items, index):
        name, value = assignment.groups()
        given = [v for n, v in roles.at if n == name]
        if given and given[0] != to_plain(value):
            # "derivative of x^2 at x = 2 and x = 3" answered 4 at x = 2 alone: the second value was dropped
            return Reading(None, f"{name} is given two values ({given[0]} and {to_plain(value)}): ask at one value at "
                                 "a time", "ambiguous")
        roles.at.append((name, to_plain(value)))
        item.used = True
        return None
    if task == "solve" and before in ("on", "in", "for", "over") and (_INTERVAL.match(text) or _HALF_OPEN.match(text)):
        _interval_role(text, roles)
        item.used = True
        return None
    interval = _INTERVAL.match(text)
    if task in ("minimum", "maximum") and interval and before in ("on", "in", "for"):
        roles.lower, roles.upper = to_plain(interval.group(1)), to_plain(interval.group(2))
        item.used = True
        return None
    # "Find all real x with |2x - 1| < 5": with no other relation to solve, the inequality is what is solved
    others = [i for k, i in enumerate(items) if k != index and i.kind == "math" and _relation(i.plain)]
    if task in ("solve", "minimum", "maximum") and before in ("for", "when") and _relation(item.plain) and \
            re.search(r"[<>]", text) and not (task == "solve" and (_CHAIN.match(item.plain) or not others)):
        domain = _domain_condition(item.plain)
        if domain is None:
            return Reading(None, f"the condition {text!r} is not read here", "unsupported")
        roles.domain = domain
        item.used = True
        return None
    if task in ("remainder", "quotient_remainder") and \
            (before == "divided_by" or after == "divided_by" and particle in ("로", "으로")):
        roles.divisor = item.plain
        item.used = True
    return None


_NAMED_BOUND = re.compile(r"^\s*([A-Za-z])\s*=\s*(\S.*)$")


def _named_bounds(low: str, high: str, roles: _Roles) -> tuple[str, str] | Reading:
    """The plain bounds of "from 0 to 2" or "from x = 0 to x = 2" (the letter named is the variable integrated; two
    letters, or another than the one named before, make the request ambiguous)."""
    named = [_NAMED_BOUND.match(b) for b in (low, high)]
    letters = {m.group(1) for m in named if m is not None}
    if len(letters) > 1 or (letters and roles.variable is not None and roles.variable not in letters):
        return Reading(None, "the bounds name another letter than the one integrated", "ambiguous")
    if letters and roles.variable is None:
        roles.variable = letters.pop()
    return tuple(to_plain(m.group(2) if m is not None else b) for m, b in zip(named, (low, high)))  # type: ignore


def _interval_role(text: str, roles: _Roles) -> None:
    """[a, b] or a half-open [a, b), (a, b] as the solving interval."""
    closed = _INTERVAL.match(text)
    if closed:
        roles.lower, roles.upper, roles.ends = to_plain(closed.group(1)), to_plain(closed.group(2)), "[]"
    else:
        half = _HALF_OPEN.match(text)
        assert half is not None
        low, high = (half.group(1), half.group(2)) if half.group(1) is not None else (half.group(3), half.group(4))
        roles.lower, roles.upper = to_plain(low), to_plain(high)
        roles.ends = "[)" if half.group(1) is not None else "(]"
    roles.degrees = roles.degrees or bool(_DEGREE_MARK.search(text))


def _marked_assignment(items: list[_Item], index: int) -> bool:
    """Whether the assignment at `index` gives a value to substitute: a when/at/for word before it ("at x = 2"),
    "when" or "일 때" after it ("x = 2 일 때"), or a chain of assignments joined by commas or "and" of which the
    first or last is so marked ("if a = 3 and b = 5", "a = 3, b = 5 일 때")."""
    chain = [index]
    for step in (-2, 2):  # walk over "<assignment> , | and <assignment>" both ways
        position = index
        while 0 <= position + step < len(items) and _joins(items[position + step // 2]) and \
                items[position + step].kind == "math" and _ASSIGNMENT.match(items[position + step].text):
            position += step
            chain.append(position)
    first, last = min(chain), max(chain)
    before, _ = _neighbours(items, first)
    _, after = _neighbours(items, last)
    korean_when = after == "be" and last + 2 < len(items) and items[last + 2].text == "when"  # "x = 2 일 때"
    if before in ("at", "when", "for"):
        return True
    # marked after: "x = 2 when ..." gives a value, "y = x^3 when x = 2" names the function
    values = [_ASSIGNMENT.match(items[i].text) for i in chain]
    constant = all(v is not None and not re.search(r"[A-Za-z]", _strip_constants(v.group(2))) for v in values)
    at_korean = items[last].particle in ("일", "일때", "에서", "에서의")  # "x = 2 에서의 미분계수": at x = 2
    return constant and (after == "when" or korean_when or at_korean)


def _joins(item: _Item) -> bool:
    return item.kind == "comma" or (item.kind == "concept" and item.text == "and")


_NUMBER_FRACTION = re.compile(r"\s*\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*")


def _percent_of(items: list[_Item], task: Task) -> Reading | None:
    """"15% of 80" -> one formula (15/100)*(80), in place of the two; when a number is evaluated, a fraction of a
    number too ("3/4 of 200", German "3/4 von 200": a 'from' word that means 'of' too is 'of' only where no 'to'
    bound follows). Read from the right, so that a chain "10% of 20% of 500" nests: the last part takes the
    number, each earlier one the product after it."""
    bounded = any(i.kind == "concept" and i.text == "to" for i in items)

    def links(between: list[_Item]) -> bool:
        return len(between) == 1 and (between[0].text == "of" or between[0].text == "from" and
                                      between[0].post == "of" and task == "evaluate" and not bounded)

    for index, item in reversed(list(enumerate(items))):
        if item.kind != "math" or item.used:
            continue
        percent = item.text.rstrip().endswith(("%", "\\%"))
        if not percent and not (task == "evaluate" and _NUMBER_FRACTION.fullmatch(item.text)):
            continue
        following = _next_math(items, index)
        linked = following is not None and links(items[index + 1:following])
        if not linked:
            if percent and task == "evaluate" and _LONE_PERCENT.fullmatch(item.text) and \
                    sum(i.kind == "math" for i in items) == 1:
                item.plain = f"({to_plain(item.text)})"  # "convert 12.5% to a fraction": the number it stands for
                continue
            if percent:
                return Reading(None, f"a percentage ({item.text}) of what?", "ambiguous")
            continue
        base = items[following]  # type: ignore[index]
        written = _LAST_PERCENT.fullmatch(item.text) if percent else None
        if base.lead is not None and written is not None:
            # "15% of 200 + 10% of 50": a sum of shares, each of the number right after its "of"
            lead, sign = base.lead
            share = f"({to_plain(written.group(2))})*({lead}) {sign} {base.plain[len(lead):].lstrip()[1:]}"
        elif not single_term(base.text) or written is not None and written.group(1) and \
                not written.group(1).rstrip().endswith(("+", "-", "−", "*")):
            return Reading(None, f"'{item.text} of {base.text}': which part is the share of? Bracket the base, "
                                 "e.g. 20% of (50 + 10), or write the share last, e.g. 10 + 20% of 50",
                           "ambiguous")
        else:
            share = f"({to_plain(written.group(2))})*({base.plain})" if written is not None else \
                f"({to_plain(item.text)})*({base.plain})"
        item.plain = f"{to_plain(written.group(1).rstrip()[:-1])} {written.group(1).rstrip()[-1]} {share}" \
            if written is not None and written.group(1) else share
        if written is not None and written.group(1) and written.group(1).rstrip()[-1] in "+-−" and \
                _SHARE_LEAD.fullmatch(written.group(1).rstrip()[:-1]):
            item.lead = (to_plain(written.group(1).rstrip()[:-1]), written.group(1).rstrip()[-1].replace("−", "-"))
        item.text = f"{item.text} of {base.text}"
        base.used = True
    return None


_LONE_PERCENT = re.compile(r"\s*\d+(?:\.\d+)?\s*\\?%\s*")
# the lead operand a share before it may take alone: one number, no operator ("200 + 10% of 50")
_SHARE_LEAD = re.compile(r"\s*\d+(?:\.\d+)?\s*")
# "20%", or "10 + 20%": the percentage is the last operand of what is written before "of"; only it takes the base
_LAST_PERCENT = re.compile(r"(.*?[-+−*/]\s*)?(\d+(?:\.\d+)?\s*\\?%)\s*", re.S)


_SERIES_INDEX = re.compile(r"^\s*([a-z])\s*=\s*(-?\d+)\s*$")


def _worded_series(items: list[_Item], call: str = "Sum") -> str | None:
    """"the sum of 1/2^n from n = 1 to infinity", "n=1부터 무한대까지 1/2^n의 합", "n=1 から ∞ まで 1/2^n の和"
    -> Sum(1/2**n, (n, 1, oo)), else None ("the product of ..." -> Product(...) with `call`). The start (`n = 1`) and
    the end are the two formulas the from/to words or particles mark, in that order; the third formula is the
    body."""
    formulas = [i for i in items if i.kind == "math"]
    index_letter = _index_letter(items, formulas)
    if index_letter is not None:  # "for n from 1 to ∞", "pour n allant de 1 à l'infini": n then its start
        formulas.remove(index_letter)
    if len(formulas) != 3:
        return None
    starts = [position for position, f in enumerate(formulas)
              if (_SERIES_INDEX.match(f.text) if index_letter is None
                  else _place(items, f) == _place(items, index_letter) + 2)]
    end_named = None
    if len(starts) == 2 and starts[1] == starts[0] + 1 and index_letter is None:
        # "from k=1 to k=10": the end said with the index's letter too
        first_letter = _SERIES_INDEX.match(formulas[starts[0]].text)
        last = _SERIES_INDEX.match(formulas[starts[1]].text)
        if first_letter is None or last is None or first_letter.group(1) != last.group(1):
            return None
        end_named, starts = last.group(2), starts[:1]
    if len(starts) != 1 or starts[0] == 2:
        return None
    start, end = formulas[starts[0]], formulas[starts[0] + 1]
    body = next(f for f in formulas if f is not start and f is not end)
    index = _SERIES_INDEX.match(start.text if index_letter is None else f"{index_letter.text} = {start.text}")
    if index is None:
        return None
    texts = [i.text for i in items]
    start_at, end_at = _place(items, start), _place(items, end)
    to_between = any(i.kind == "concept" and i.text == "to" for i in items[start_at + 1:end_at])
    # "from n = 1 to ∞", or "n = 1 to ∞" with no "from" before it (the index assignment says where it starts)
    worded = to_between and ("from" not in texts or texts.index("from") < start_at)
    marked = start.particle in ("부터", "에서") and end.particle.startswith("까지") or \
        start.post == "from" and end.post == "to"
    if not (worded or marked):
        return None
    variable, first = index.groups()
    if not re.search(rf"\b{variable}\b", body.plain):
        return None
    return f"{call}({body.plain}, ({variable}, {first}, {end_named or to_plain(end.text)}))"


def _place(items: list[_Item], item: _Item) -> int:
    """The position of this very item (items that look alike compare equal)."""
    return next(position for position, candidate in enumerate(items) if candidate is item)


def _index_letter(items: list[_Item], formulas: list[_Item]) -> _Item | None:
    """The lone letter of "for n from 1 to ∞": a one-letter formula, then the word from, then a number."""
    for position, item in enumerate(items[:-2]):
        if item.kind == "math" and re.fullmatch(r"[a-z]", item.text.strip()) and len(formulas) == 4 and \
                items[position + 1].kind == "concept" and items[position + 1].text == "from" and \
                re.fullmatch(r"-?\d+", items[position + 2].text.strip()):
            return item
    return None


def _integer_sum(items: list[_Item], call: str = "Sum") -> str | None:
    """"the sum of the integers from 1 to 100", "1부터 100까지의 합" -> Sum(k, (k, 1, 100)); with `call` "Product",
    "the product of the integers from 1 to 10", "1부터 10까지 곱하면" -> Product(k, (k, 1, 10)); else None."""
    formulas = [i for i in items if i.kind == "math"]
    if len(formulas) != 2 or not all(re.fullmatch(r"-?\d+", f.text.strip()) for f in formulas):
        return None
    first, last = formulas
    texts = [i.text for i in items]
    english = "from" in texts and "to" in texts and texts.index("from") < items.index(first) < texts.index("to")
    korean = first.particle in ("부터", "에서") and last.particle.startswith("까지")
    if not (english or korean):
        return None
    return f"{call}(k, (k, {first.text.strip()}, {last.text.strip()}))"


def _point(text: str) -> tuple[str, str]:
    """A limit point with an optional one-sided mark: "0^+" -> ("0", "+")."""
    mark = _ONE_SIDED.search(text)
    direction = ""
    if mark and text.strip() not in ("+", "-"):
        sign = mark.group(1) or mark.group(2) or {"⁺": "+", "⁻": "-"}[mark.group(3)]
        direction = sign
        text = text[:mark.start()]
    return to_plain(text), direction


def _domain_condition(plain: str) -> str | None:
    compact = plain.replace(" ", "")
    for pattern, domain in ((r"[a-z]>0", "positive"), (r"[a-z]<0", "negative"), (r"[a-z]>=0", "nonnegative"),
                            (r"0<[a-z]", "positive"), (r"0>[a-z]", "negative")):
        if re.fullmatch(pattern, compact):
            return domain
    return None


def _selection(concepts: list[str]) -> str:
    chosen = [c for c in concepts if c in _SELECTIONS]
    return chosen[0] if len(set(chosen)) == 1 else ("ambiguous" if chosen else "all")


def _split_top(plain: str) -> list[str]:
    """"a, b" at the top level -> ["a", "b"]; gcd(a, b) -> ["a", "b"]."""
    match = re.fullmatch(r"(?:gcd|lcm)\((.*)\)", plain)
    if match:
        plain = match.group(1)
    parts, depth, current = [], 0, ""
    for ch in plain:
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    if len(parts) == 1 and plain.startswith("(") and plain.endswith(")"):
        return _split_top(plain[1:-1])
    return [p for p in parts if p]


def _solve_request(main: list[_Item], roles: _Roles, definitions: tuple, select: str) -> MathRequest | Reading:
    equations: list[str] = []
    shown: list[str] = []
    declared: list[str] = []  # "x, y and z are positive ...": the unknowns, named before the equations
    targets: list[_Item] = []
    for item in main:
        if re.fullmatch(r"[A-Za-z]", item.text.strip()):
            declared.append(item.text.strip())
            continue
        graph = _NAMED.match(item.text) if roles.zeros else None
        if graph and not re.search(rf"\b{graph.group(1)}\b", graph.group(2)):
            item = _graph_value(item)  # the zeros of y = f(x) are the roots of f(x)
        elif roles.zeros and _relation(item.plain):
            return Reading(None, f"the zeros of {item.text.strip()!r}: a function y = f(x) or an expression is needed",
                           "ambiguous")
        if not _relation(item.plain):
            targets.append(item)
            continue
        relations = item.plain.count("=") + item.plain.count("<") + item.plain.count(">")
        equations.extend(_split_top(item.plain) if relations > 1 and "," in item.plain else [item.plain])
        shown.append(item.text)
    if not equations and len(targets) == 1 and re.search(r"[A-Za-z]", _strip_constants(targets[0].plain)):
        equations, shown, targets = [targets[0].plain], [targets[0].text], []  # "the roots of x^2 - 4": = 0
    if not equations:
        return Reading(None, "there is no equation to solve", "not_understood")
    if len(targets) > 1:
        return Reading(None, f"{len(targets)} expressions besides the equations: which is asked?", "ambiguous")
    target = targets[0].plain if targets else None
    if target is not None and not re.search(r"[A-Za-z]", _strip_constants(target)):
        # "solve 2x = 4 and 3": a number beside the equation is no quantity to report; never answer with it
        return Reading(None, f"{targets[0].text.strip()!r} beside the equation has no unknown: what is asked?",
                       "ambiguous")
    if target is not None and len(equations) == 1 and re.fullmatch(r"[A-Za-z]", target.strip()):
        roles.variable, target = target.strip(), None  # "solve EQ for x", "what is x"
    if select != "all" and len(equations) > 1:
        return Reading(None, "a selection among the solutions of a system is not read here", "unsupported")
    variable = roles.variable
    if len(equations) > 1 and declared and variable is None:
        variable = ",".join(declared)
    chains = [e for e in equations if _CHAIN.match(e)]
    if any(re.search(r"[<>]", e) for e in equations if e not in chains) or len(chains) == len(equations):
        chains = []  # inequalities alone ("1 < x < 5", "x^2 < 4 and 0 < x < 3") are solved as inequalities
    if chains:
        if len(chains) > 1 or roles.lower is not None:
            return Reading(None, "the interval is given more than once", "ambiguous")
        low, left, letter, right, high = _CHAIN.match(chains[0]).groups()  # type: ignore[union-attr]
        equations.remove(chains[0])
        roles.lower, roles.upper = low, high
        roles.ends = ("[" if left == "<=" else "(") + ("]" if right == "<=" else ")")
        roles.degrees = roles.degrees or any(_DEGREE_MARK.search(text) for text in shown)
        if variable not in (None, letter):
            return Reading(None, f"the interval is for {letter}, the unknown is {variable}", "ambiguous")
        variable = letter
    if roles.lower is not None:
        if select != "all" or target is not None or roles.domain is not None or roles.at:
            return Reading(None, "a selection, value or condition besides the interval is not read here", "unsupported")
        return _on_interval(equations, shown, variable, roles)
    named = sorted(set(declared) | ({variable} if variable else set()))
    if len(equations) == 1 and declared:
        # Regression: "3x + 2y = 12 를 y 에 대하여 풀면" dropped the lone y and solved for x.
        if len(named) > 1:
            return Reading(None, f"one equation, several unknowns named ({', '.join(named)}): solve for which?",
                           "ambiguous")
        variable = named[0]
    absent = _absent_unknowns(variable, equations)
    if absent:
        # Regression: "Q: solve x^2 - 4x + 4 = 0" took the label Q as the unknown and answered "no solution".
        return Reading(None, f"the unknown {', '.join(absent)} is not in the equation: solve for which?",
                       "ambiguous")
    return MathRequest(task="solve", items=tuple(equations), shown=tuple(shown), variable=variable,
                       at=tuple(roles.at), definitions=definitions, domain=roles.domain,  # type: ignore[arg-type]
                       select=select, target=target)  # type: ignore[arg-type]


def _absent_unknowns(variable: str | None, equations: list[str]) -> list[str]:
    """The named unknowns that appear in no equation (a solution set for them would say nothing)."""
    names = [name.strip() for name in (variable or "").split(",") if name.strip()]
    return [name for name in names
            if not any(re.search(rf"(?<![A-Za-z_]){re.escape(name)}(?![A-Za-z_])", e) for e in equations)]


def _on_interval(equations: list[str], shown: list[str], variable: str | None, roles: _Roles) -> MathRequest | Reading:
    """One equation solved on the interval the roles hold; a right end such as 360 with no unit is ambiguous."""
    if len(equations) != 1 or re.search(r"[<>]", equations[0]):
        return Reading(None, "one equation is solved on an interval here", "unsupported")
    if not roles.degrees and (roles.upper or "").replace(" ", "") in _DEGREE_LIKE:
        return Reading(None, f"the interval ends at {roles.upper}: degrees or radians? Write {roles.upper}° or "
                             "'degrees', or use π", "ambiguous")
    notes = ("angles are in degrees",) if roles.degrees else ()
    return MathRequest(task="solve_on_interval", items=(equations[0],), shown=tuple(shown), variable=variable,
                       lower=roles.lower, upper=roles.upper, ends=roles.ends, degrees=roles.degrees, notes=notes)


def _identity_request(main: list[_Item], roles: _Roles, items: list[_Item]) -> MathRequest | Reading:
    """"E can be written in the form F ... What is T?" / "There exist constants ... such that E = F ... Find T"."""
    formulas = [i for i in main if not re.fullmatch(r"[A-Za-z]", i.text.strip()) or i is main[-1]]
    relations = [i for i in formulas if _relation(i.plain)]
    others = [i for i in formulas if not _relation(i.plain)]
    if len(relations) == 1 and len(others) == 1:
        identity, target = relations[0].plain, others[0].plain
    elif not relations and len(others) == 3:
        identity, target = f"{others[0].plain} = {others[1].plain}", others[2].plain
    else:
        return Reading(None, "the identity and what it asks for were not found", "not_understood")
    return MathRequest(task="identity", items=(identity,), shown=tuple(i.text for i in formulas),
                       variable=roles.variable, target=target, decimal=roles.decimal, round_to=roles.round_to)


_WHOLE_DIVISION = re.compile(r"\s*\(?\s*(\d{1,60})\s*\)?\s*/\s*\(?\s*(\d{1,60})\s*\)?\s*")


def _remainder_request(task: Task, main: list[_Item], roles: _Roles) -> MathRequest | Reading:
    if roles.divisor is not None and len(main) == 1:
        return MathRequest(task=task, items=(main[0].plain, roles.divisor), shown=(main[0].text,))
    if len(main) == 1 and task == "quotient_remainder":  # "17 ÷ 5 with remainder": one written division
        division = _WHOLE_DIVISION.fullmatch(main[0].plain)
        if division:
            return MathRequest(task=task, items=division.groups(), shown=(main[0].text,))
    if len(main) == 1:
        match = re.fullmatch(r"Mod\((.*)\)", main[0].plain)
        if match:
            parts = _split_top(match.group(1))
            if len(parts) == 2:
                return MathRequest(task=task, items=tuple(parts), shown=(main[0].text,))
    if len(main) == 2:
        return MathRequest(task=task, items=(main[0].plain, main[1].plain), shown=(main[0].text, main[1].text))
    return Reading(None, "a remainder needs a number and what it is divided by", "ambiguous")


def _matrix_power_request(main: list[_Item]) -> MathRequest | Reading:
    """A^n written as one formula, or a matrix and its exponent side by side ([[1, 1], [0, 1]]의 n제곱)."""
    if len(main) == 1:
        match = re.fullmatch(r"(Matrix\(.*\))\*\*(\w+|\(-?\d+\))", main[0].plain)
        if match:
            return MathRequest(task="matrix_power", items=(match.group(1),), shown=(main[0].text,),
                               exponent=match.group(2).strip("()"))
    matrices_ = [m for m in main if m.plain.startswith("Matrix(")]
    exponents = [m for m in main if re.fullmatch(r"[a-z]|\d+", m.plain)]
    if len(matrices_) == 1 and len(exponents) == 1 and len(main) == 2:
        return MathRequest(task="matrix_power", items=(matrices_[0].plain,), shown=(matrices_[0].text,),
                           exponent=exponents[0].plain)
    return Reading(None, "write the power as A^n with the matrix written out", "not_understood")


def describe(reading: Reading) -> dict[str, Any]:
    """A reading as JSON (for logs and tests)."""
    return {"request": reading.request.to_dict() if reading.request else None, "reason": reading.reason,
            "failure": reading.failure, "kind": reading.kind}
