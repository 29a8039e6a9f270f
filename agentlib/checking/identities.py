"""Symbolic rewrites: "= A = B" chains and "C = A" then "C = B" lines claim that A and B are the same expression.

A chain of three or more members ("(x+1)^2 = x^2 + 2x + 1 = ...") rewrites one expression; two equations
in a row with one side in common ("2000 = 10(90/d + 5) - ..." then "2000 = 900/d + 50 - ...") rewrite the
other side; a displayed expression that a rewrite verb ("combine like terms:") introduces right after
another one restates it, across steps too. Two members with the same free symbols must agree as expressions.
Numeric equations in LaTeX ("\\sqrt{50} = 5\\sqrt{2}", "8 = 4b - 4b", where symbols cancel) are checked as numbers,
rounding-aware, unless the arithmetic extractor (`claims.py`) already checked the same pair of values. Members are
read and compared by `members.py`: at random points a difference everywhere refutes, agreement verifies; a member
it cannot read is skipped.

An equation that "simplifying", "expanding", "rearranging" ... introduces right after another in the same step
must restate it: the numerators of lhs - rhs differ by a constant factor (a factor in unknowns the new equation
lost is a division, left unchecked).

The last equation with symbols is remembered across prose and steps: a later equation in the same single unknown
with the same number on one side rewrites the other side ("8(8^x) = 2^{61}" ... "2^3 \\cdot 2^x = 2^{61}"); two
equations in the same two or more unknowns whose lhs - rhs differ by a nonzero constant cannot both hold; "A = T"
that rewrote A, then "T = B", goes on rewriting, so B must be T. None of these follows prose that opens another
case or tries a value ("case", "if", "otherwise", "check", ...). A function the problem defines (`definitions.py`)
is written out at numbers; "A \\ne B" between two numbers is refuted when they are equal. The next equation in the
same single unknown must share a real solution with the last one (`roots.py`). An inline expression that only a
restating phrase ("can be rewritten as", "factors as") follows restates the one before. Numbers a step lists as the
solutions must meet the problem's one condition (`answers.py`).

Left out: two-member equations on their own (an equation to solve, not a rewrite), equivalence of
equations without such a verb (multiplying out, squaring), inequalities, and rewrites that use an earlier condition
(a member is compared only with members holding exactly its own symbols); remembered equations in two or more
unknowns that share a side (usually a system); whatever `members.py` leaves unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from agentlib.checking.answers import Condition, check_listed, problem_condition
from agentlib.checking.arithmetic import compare, format_number
from agentlib.checking.definitions import Definition, expand_calls, function_definitions
from agentlib.checking.members import (
    MATH_SPAN,
    MAX_DIGITS,
    called_letters,
    constant_value,
    declared_letters,
    parse_member,
    same_expression,
    statements,
    written_symbols,
)
from agentlib.checking.report import ClaimResult, Rule
from agentlib.checking.roots import disjoint_solutions

_PLUS_MINUS = re.compile(r"\\[pm]m(?![A-Za-z])")
_LONE_LETTER = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*$")
_GIVES_UP = re.compile(r"contradict|impossible|not possible|no solution|never|cannot|can't|inconsistent", re.I)
_BARE_NUMBER = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.S)
_REWRITE_VERB = re.compile(r"\b(?:combin|simplif|rewrit|collect|reduc|becomes|this is|which is)", re.I)
_MAX_CONDITIONS = 30
_SIMPLIFIES = re.compile(r"\b(?:simplif\w*|expand\w*|rearrang\w*|combin\w*|collect\w*|becomes|reduces? to|"
                         r"distribut\w*|factor\w*|multipl\w* out)\b[^.$\\]{0,40}$", re.I)
# verbs that only rewrite: an equation they open restates the last one, also from the step before
_REWRITES_LAST = re.compile(r"\b(?:factor\w*|expand\w*|distribut\w*|multipl\w* out)\b[^.$\\=]{0,40}$", re.I)
_ANOTHER = re.compile(r"\b(?:second|other|another|next|first|third|similarly|also)\b", re.I)
# prose that starts another case or tries a value: an equation after it need not follow from the one before
_ALTERNATIVE_WORDS = (r"case|or|if|suppose|assum\w*|try|consider|check\w*|verif\w*|test\w*|otherwise|instead|second|"
                      r"other|another|next|similarly|also|alternativ\w*")
_ALTERNATIVE = re.compile(rf"\b(?:{_ALTERNATIVE_WORDS})\b", re.I)
_EQUATION_WORDS = re.compile(r"\b(?:equation|solv\w*|set(?:ting)?|equal to|roots?|intersect\w*)\b", re.I)
_INLINE = re.compile(r"\\\((.+?)\\\)|(?<!\$)\$([^$]+?)\$(?!\$)", re.S)
# all the prose between two inline expressions when the second restates the first
_RESTATED = re.compile(r"^[\s.,:]*(?:(?:this|which|that|it)\s+)?(?:(?:can|may)\s+be\s+|is\s+)?(?:re-?written|expressed|"
                       r"simplified|simplifies|expands?|expanded|factored|factors|is\s+equivalent)\s+(?:as|to|into)"
                       r"\s*:?\s*$", re.I)
# prose before an equation in one unknown that may make it about another case or quantity than the last one
_NEW_QUANTITY = re.compile(rf"\b(?:{_ALTERNATIVE_WORDS}|and|each|either|both|let|denot\w*|defin\w*|when|where|roots?|"
                           r"factors?|extraneous|reject\w*|part|new|for)\b", re.I)
# a verb before an equation that rewrites an expression rather than stating a condition (`_identity`)
_IDENTITY_VERB = re.compile(r"\b(?:factor\w*|expand\w*|distribut\w*|multipl\w* out|foil\w*|combin\w*|collect\w*|"
                            r"simplif\w*|complet\w* the square)\b[^.$\\=]{0,40}$", re.I)
_PLAIN_EXPRESSION = re.compile(r"(?<![\w'’.])(?:\d+(?:\.\d+)?(?![\d.])|(?<![A-Za-z'’])[b-zB-HJ-Z](?![A-Za-z'’])|"
                               r"[-+*/^()]|[ \t]){5,}")
# a step opening with what the last statement came to: "This is \\( -48 - 28 + 1 \\).", "That gives 12 - 6 + 8."
_CONTINUES_VALUE = re.compile(r"^\W*(?:this|that|which|it)\s+(?:is|equals|gives|becomes|simplifies\s+to)\s+"
                              r"(?:\\\((.{1,200}?)\\\)|([-\d(][-+*/^().\d ]{0,200}?))\s*(?:[.,;]\s|[.]?$)", re.I)
_OPENING = re.compile(r"^\W*next\s*,", re.I)  # "Next, ..." opens a sentence; it is not "the next case"
# "subtract 2 from both sides", "move 7 to the other side": an operation on the equation, not another case
_BOTH_SIDES = re.compile(r"\b(?:both|each)\s+sides?\b|\b(?:to|over\s+to|onto|across\s+to)\s+the\s+(?:other|right|left)"
                         r"(?:[-\s]+(?:hand\s+)?side)?\b", re.I)
# "A ≠ B" read sign by sign: each side runs to the nearest "=<>,;:" (a single pattern with a lazy left side rescans
# the rest of the text from every start when no sign follows, quadratic in a long formula).
_NOT_EQUAL_SIGN = re.compile(r"\s*(?:\\neq?(?![A-Za-z])|≠)\s*")
_SIDE_END = re.compile(r"[=<>,;:]")
_UNEQUAL_END = re.compile(r"\\(?:implies|Rightarrow|iff|quad|qquad|text\s*\{[^{}]*\})|\\\\|\band\b")


def check_step(step: str, checked: set[frozenset[Any]] | frozenset[frozenset[Any]] = frozenset(),
               context: Context | None = None) -> list[ClaimResult]:
    """Claims of one step: every rewrite in a chain, the changed side of consecutive equations, and numeric
    equations whose pair of values is not in `checked` (the arithmetic extractor's, so none is counted twice)."""
    results: list[ClaimResult] = []
    context = context if context is not None else Context()
    previous: list[tuple[str, Any]] | None = None
    equation = None  # the step's last equation with symbols, as the numerator of lhs - rhs
    context.age += 1
    context.calls |= called_letters(step)
    context.learn_definitions(step)
    results.extend(_continued_value(step, context, checked))
    for members, close, gap in statements(step):
        results.extend(_plus_minus(members, context, checked))
        parsed = [(m, parse_member(expand_calls(m, context.functions), context.letters, context.calls))
                  for m in members]
        rewrites = []  # pairs that must be the same expression
        source = ""  # where an earlier statement a rewrite is compared with comes from
        numeric = []  # pairs that must be the same number
        offsets = []  # "... = 0" then "... - 5 = 0": equations that cannot both hold
        if len(parsed) >= 3:
            rewrites = list(zip(parsed, parsed[1:]))
            numeric = list(rewrites)
            if parsed[0][1] is not None and any(parsed[0][1] in sides for sides in context.sides):
                rewrites = rewrites[1:]  # "rs+st+rt = ..." after "rs+st+rt = (a^2-81)/2": may use that equation
            offsets = _worked_out(parsed, previous if close else None, context, gap, step)
        elif len(parsed) == 2:
            numeric.append((parsed[0], parsed[1]))
            a, b = parsed[0][1], parsed[1][1]
            lone = a is not None and b is not None and (a.is_Symbol or b.is_Symbol)  # "set x = x + 1": a substitution
            if (a is not None and b is not None and a.free_symbols and not (a - b).free_symbols and not lone
                    and not _GIVES_UP.search(step)):
                # "x - 14 - 7 = x - 21": symbols cancel
                numeric.append(((parsed[0][0], a - b), (parsed[1][0], b - b)))
            if close and previous is not None and len(previous) == 2:
                for side in (0, 1):
                    shared, before, now = previous[side], previous[1 - side], parsed[1 - side]
                    same_text = (_show(shared[0]) == _show(parsed[side][0]) != ""
                                 and not _LONE_LETTER.match(shared[0]))
                    same_number = (shared[1] is not None and shared[1] == parsed[side][1] and shared[1].is_number
                                   and abs(shared[1]) > 1 and len(_unknowns(before, now)) <= 1)
                    # "2u + 3v = -4 and u - v = -4": in two unknowns, equations sharing a value are a system
                    if same_number:
                        rewrites.append((before, now))  # "2000 = A" right before "2000 = B"
                    if same_text or same_number:
                        numeric.append((before, now))  # "Jojo's points = 251 - 239" right before "Jojo's points = 12"
            follows = not _GIVES_UP.search(step) and not _ALTERNATIVE.search(gap)
            near = close and previous is not None and len(previous) == 2 and _has_symbols(previous)
            earlier = previous if near else context.equation
            if not near and earlier is not None and len(earlier) == 2 and follows:
                shared_pairs = _shared_side(earlier, parsed)
                rewrites.extend(shared_pairs)
                if shared_pairs and context.equation_step != context.step:
                    source = _cited(context.equation_step, earlier)
            if not rewrites and follows and _IDENTITY_VERB.search(gap[-60:]):
                identity = _identity(parsed, context)
                if identity is not None:
                    rewrites.append(identity)
                    if _LONE_LETTER.match(parsed[0][0]) and context.equation is not None:
                        source = _cited(context.equation_step, context.equation)  # "the problem: y = x^2 - 4x + 3"
            if earlier is not None and len(earlier) == 2 and follows:
                offsets = _constant_offset(earlier, parsed)
            if earlier is not None and not rewrites and (near or context.age <= 1) and not _GIVES_UP.search(step):
                offsets.extend(_disjoint(earlier, parsed, gap, context.sides))
            if earlier is not None and not near and context.equation_step != context.step:
                for result in offsets:
                    result.source = _cited(context.equation_step, earlier)
            if context.statement is not None and follows and not _EQUATION_WORDS.search(step):
                continued = _continued(context.statement, parsed, context.conditions)
                if context.statement_step != context.step:
                    for result in continued:
                        result.source = _cited(context.statement_step, context.statement)
                results.extend(continued)
        for (a_text, a), (b_text, b) in numeric:
            if a is not None and b is not None and not a.free_symbols and not b.free_symbols:
                numeric_result = _numeric(a, a_text, b, b_text, f"{_show(a_text)} = {_show(b_text)}", checked)
                if numeric_result is not None:
                    results.append(numeric_result)
        for (a_text, a), (b_text, b) in rewrites:
            if a is None or b is None or a.is_Symbol or b.is_Symbol or not a.free_symbols:
                continue
            if a.free_symbols != b.free_symbols:
                continue
            text = f"{_show(a_text)} = {_show(b_text)}"
            verdict = same_expression(a, b)
            if verdict is True:
                results.append(ClaimResult("algebra", text, "verified", rule=Rule.REWRITE))
            elif verdict is False and _uses_condition(a - b, context.conditions):
                results.append(ClaimResult("algebra", text, "unchecked",
                                           reason="agrees once an earlier equation is used", rule=Rule.REWRITE))
            elif verdict is False:
                results.append(ClaimResult("algebra", text, "refuted", rule=Rule.REWRITE, source=source,
                                           correct=f"the two sides differ as expressions (e.g. {_witness(a, b)})"))
        if len(parsed) == 2 and parsed[0][1] is not None and parsed[1][1] is not None:
            condition = parsed[0][1] - parsed[1][1]
            if condition.free_symbols:
                context.conditions = (context.conditions + [condition])[-_MAX_CONDITIONS:]
                context.sides = (context.sides + [(parsed[0][1], parsed[1][1])])[-_MAX_CONDITIONS:]
                rewritten: tuple[Any, str] | None = equation
                last = context.equation
                if (rewritten is None and _REWRITES_LAST.search(gap[-60:]) and context.age <= 1 and last is not None
                        and len(last) == 2 and last[0][1] is not None and last[1][1] is not None):
                    # "Factor: (x - 2)(x + 3) = 0" opening a step after "x^2 - 5x + 6 = 0" rewrites that equation
                    rewritten = (last[0][1] - last[1][1], f"{_show(last[0][0])} = {_show(last[1][0])}")
                if rewritten is not None and _SIMPLIFIES.search(gap[-60:]) and not _ANOTHER.search(gap):
                    restated = _equivalent(rewritten, condition, text=f"{_show(members[0])} = {_show(members[1])}")
                    if restated is not None:
                        if restated.verdict == "refuted" and rewritten is not equation:
                            restated.source = _cited(context.equation_step, last or [])
                        results.append(restated)
                        offsets = []  # the restatement check already compared the two
                equation = (condition, f"{_show(members[0])} = {_show(members[1])}")
            else:
                equation = None
        else:
            equation = None
        results.extend(offsets)
        previous = context.statement = parsed
        context.statement_step = context.step
        if len(parsed) >= 2 and _has_symbols(parsed):
            context.equation, context.age, context.equation_step = parsed, 0, context.step
    results.extend(_unequal(step))
    context.cite_definitions(results)
    return results


def _continued_value(step: str, context: Context,
                     checked: set[frozenset[Any]] | frozenset[frozenset[Any]]) -> list[ClaimResult]:
    """"f(-5) = 2(-5)^2 + 7(-5) - 4." then the next step "This is 50 - 35 - 4.": a step that opens by calling an
    expression what the last statement of the step before came to ("this is", "that gives", "which equals")
    restates its value; both must be numbers (after a defined function is written out)."""
    opening = _CONTINUES_VALUE.match(step[:400])
    last = context.statement
    if opening is None or last is None or context.statement_step != context.step - 1 or len(last) < 2:
        return []
    body = opening.group(1) or opening.group(2) or ""
    if re.search(r"[=<>≤≥≈]", body) or not re.search(r"\d", body):
        return []
    value = parse_member(expand_calls(body, context.functions), context.letters, context.calls)
    last_text, last_value = last[-1]
    if value is None or last_value is None or value.free_symbols or last_value.free_symbols:
        return []
    result = _numeric(last_value, last_text, value, body, f"{_show(last_text)} = {_show(body)}", checked)
    if result is not None and result.verdict == "refuted":
        result.source = _cited(context.statement_step, last)
    return [result] if result is not None else []


def _identity(parsed: list[tuple[str, Any]], context: Context) -> tuple[tuple[str, Any], tuple[str, Any]] | None:
    """"Factor: x^2 - 4x - 32 = (x - 4)(x - 8)", "Distribute: (3x - 6)(4x - 6) = 12x^2 - ...": after a rewrite verb,
    an equation one side of which is an expression already written (a standalone expression of the problem, a
    side of an earlier equation, the result of an earlier such rewrite) rewrites that expression, unless it
    restates an earlier equation (lhs - rhs a constant multiple of an earlier one: "expanding, x^2 + 2x + 1 = 4x"
    after "(x + 1)^2 = 4x"). Returns (known side, other side), or None."""
    (a_text, a), (b_text, b) = parsed
    named = _named_rewrite(parsed, context)
    if named is not None:
        return named
    if (a is None or b is None or not a.free_symbols or a.free_symbols != b.free_symbols
            or _LONE_LETTER.match(a_text) or _LONE_LETTER.match(b_text)):
        return None
    known = context.expressions + [side for pair in context.sides for side in pair]
    pair = None
    for side, other in (((a_text, a), (b_text, b)), ((b_text, b), (a_text, a))):
        if any(k.free_symbols == side[1].free_symbols and same_expression(k, side[1]) is True for k in known):
            pair = (side, other)
            break
    if pair is None:
        return None
    difference = a - b
    for condition in context.conditions[-_MAX_CONDITIONS:]:
        if condition.free_symbols != difference.free_symbols:
            continue
        ratio = constant_value(difference / condition)
        if ratio is not None and ratio != 0:
            return None  # the equation restates an earlier one
    context.expressions = (context.expressions + [pair[1][1]])[-_MAX_CONDITIONS:]
    return pair


def _named_rewrite(parsed: list[tuple[str, Any]], context: Context) -> tuple[tuple[str, Any], tuple[str, Any]] | None:
    """"y = x^2 - 4x + 3" (the last equation), then "complete the square: y = (x - 2)^2 + 1": a letter the last
    equation gave as an expression, given again after a rewrite verb, must be the same expression. Returns
    (the earlier expression, the new one), or None."""
    (a_text, a), (b_text, b) = parsed
    last = context.equation
    if not _LONE_LETTER.match(a_text) or b is None or not b.free_symbols or last is None or len(last) != 2:
        return None
    for side in (0, 1):
        if _show(last[side][0]) == _show(a_text) and last[1 - side][1] is not None:
            earlier = last[1 - side]
            if earlier[1].free_symbols == b.free_symbols and not _LONE_LETTER.match(earlier[0]):
                return earlier, (b_text, b)
    return None


def _cited(step: int, statement: list[tuple[str, Any]]) -> str:
    """Where an earlier statement comes from: "step 3: a = b", "the problem: a = b"."""
    shown = " = ".join(_show(text) for text, _ in statement)
    return f"step {step}: {shown}" if step else f"the problem: {shown}"


def _plus_minus(members: list[str], context: Context,
                checked: set[frozenset[Any]] | frozenset[frozenset[Any]]) -> list[ClaimResult]:
    """"\\frac{5 \\pm \\sqrt{25 - 24}}{2} = \\frac{5 \\pm 1}{2}": two neighbouring members that both hold a
    plus-minus are two equations, one per branch (`\\pm` as + in both, then as - in both; `\\mp` the other way)."""
    results: list[ClaimResult] = []
    for a_text, b_text in zip(members, members[1:]):
        if not (_PLUS_MINUS.search(a_text) and _PLUS_MINUS.search(b_text)):
            continue
        for sign in ("+", "-"):
            other = "-" if sign == "+" else "+"
            branch = [re.sub(r"\\mp(?![A-Za-z])", other, re.sub(r"\\pm(?![A-Za-z])", sign, m))
                      for m in (a_text, b_text)]
            a, b = (parse_member(expand_calls(m, context.functions), context.letters, context.calls) for m in branch)
            if a is None or b is None or a.free_symbols != b.free_symbols:
                break
            text = f"{_show(branch[0])} = {_show(branch[1])}"
            if not a.free_symbols:
                result = _numeric(a, branch[0], b, branch[1], text, checked)
            else:
                verdict = same_expression(a, b)
                result = None if verdict is None else ClaimResult(
                    "algebra", text, "verified" if verdict else "refuted", rule=Rule.REWRITE,
                    correct="" if verdict else f"the two differ (e.g. {_witness(a, b)})")
            if result is not None:
                results.append(result)
                if result.verdict == "refuted":
                    break
    return results


def _has_symbols(statement: list[tuple[str, Any]]) -> bool:
    return any(value is not None and value.free_symbols for _, value in statement)


def _unknowns(*members: tuple[str, Any]) -> set[Any]:
    """The letters of parsed members (text, expression or None)."""
    return set().union(*(getattr(value, "free_symbols", set()) for _, value in members if value is not None))


def _shared_side(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]]) -> list[tuple]:
    """"8(8^x) = 2^{61}", some prose, then "2^3 \\cdot 2^x = 2^{61}": the same number on one side, so the other
    sides must be one expression. Only in one unknown: in two, equations sharing a value are usually a system."""
    pairs = []
    for side in (0, 1):
        shared, before, now = earlier[side], earlier[1 - side], parsed[1 - side]
        if (shared[1] is not None and shared[1].is_number and shared[1] == parsed[side][1] and abs(shared[1]) > 1
                and before[1] is not None and now[1] is not None and len(before[1].free_symbols) == 1):
            pairs.append((before, now))
    return pairs


def _constant_offset(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]]) -> list[ClaimResult]:
    """Two equations in the same two or more unknowns whose `lhs - rhs` differ by a nonzero constant cannot
    both hold: "(x^2 + 4x) + y^2 + 5 = 0" then "x^2 + 4x + 4 + y^2 + 5 - 4 - 5 = 0" lost a term."""
    if (any(value is None for _, value in earlier + parsed)
            or any(_LONE_LETTER.match(text) for text, _ in earlier + parsed)):
        return []
    old, new = earlier[0][1] - earlier[1][1], parsed[0][1] - parsed[1][1]
    if len(old.free_symbols) < 2 or old.free_symbols != new.free_symbols:
        return []
    for sign in (1, -1):
        offset = constant_value(new - sign * old)
        if offset is not None and offset != 0:
            text = f"{_show(parsed[0][0])} = {_show(parsed[1][0])}"
            return [ClaimResult("algebra", f"{text} restates {_show(earlier[0][0])} = {_show(earlier[1][0])}",
                                "refuted", rule=Rule.OFFSET,
                                correct=f"the two equations differ by the constant {format_number(offset)}, "
                                        "so not both hold")]
    return []


def _disjoint(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]], gap: str,
              sides: list[tuple[Any, Any]]) -> list[ClaimResult]:
    """The ends of the last equation and this one, in the same one unknown, must share a real solution
    (`roots.py`); not after prose that opens a case or names a new quantity, nor for "x = 5" (a value, reused).
    Called only when no rewrite already compares the two (a shared number side)."""
    ends = [earlier[0], earlier[-1], parsed[0], parsed[-1]]
    if (any(value is None for _, value in ends) or any(_LONE_LETTER.match(text) for text, _ in ends)
            or _NEW_QUANTITY.search(_BOTH_SIDES.sub("", _OPENING.sub("", gap)))):
        return []
    shared = {ends[0][1], ends[1][1]} & {value for _, value in ends[2:] if value.free_symbols}
    others = [value for _, value in ends if value not in shared]
    if shared and all(not value.free_symbols for value in others):
        return []  # "x^2 + 3x = 4" then "x^2 + 3x = 10": one expression set to values in turn
    shown = [_show(text).rstrip(".,;:") for text, _ in ends]
    return disjoint_solutions((ends[0][1], ends[1][1], f"{shown[0]} = {shown[1]}"),
                              (ends[2][1], ends[3][1], f"{shown[2]} = {shown[3]}"), sides)


def _worked_out(parsed: list[tuple[str, Any]], previous: list[tuple[str, Any]] | None, context: Context, gap: str,
                step: str) -> list[ClaimResult]:
    """"8x = 138 + 26 = 164" right after "8x + 26 = 138": a chain whose first member holds the unknown and whose
    other members are numbers is the equation "8x = 164" with its number side worked out; like a two-member
    equation, it must share a real solution with the last equation in that unknown (`_disjoint`)."""
    first, rest = parsed[0][1], [value for _, value in parsed[1:]]
    if first is None or not first.free_symbols or any(value is None or value.free_symbols for value in rest):
        return []
    near = previous is not None and len(previous) == 2 and _has_symbols(previous)
    earlier = previous if near else context.equation
    if earlier is None or len(earlier) != 2 or not (near or context.age <= 1) or _GIVES_UP.search(step):
        return []
    found = _disjoint(earlier, [parsed[0], parsed[-1]], gap, context.sides)
    if not near and context.equation_step != context.step:
        for result in found:
            result.source = _cited(context.equation_step, earlier)
    return found


def _continued(last: list[tuple[str, Any]], parsed: list[tuple[str, Any]], conditions: list[Any]) -> list[ClaimResult]:
    """"A = T" rewrote A into T; a next line "T = B" goes on rewriting, so B must be T
    ("x^2 + (10x - 2x^2) + ... = x^2 - 2x^2 + x^2 + 10x - 10x + 25", then "x^2 - 2x^2 + ... + 25 = x^2")."""
    if len(last) < 2 or len(parsed) < 2:
        return []
    (rewritten_text, rewritten), (last_text, last_value), (new_text, new) = last[-2], last[-1], parsed[1]
    if (_show(last_text) != _show(parsed[0][0]) or not _show(last_text) or rewritten is None or last_value is None
            or new is None or not new.free_symbols or same_expression(rewritten, last_value) is not True):
        return []
    if not {s.name for s in new.free_symbols} <= written_symbols(last_text):
        return []
    if same_expression(last_value, new) is False and not _uses_condition(last_value - new, conditions):
        return [ClaimResult("algebra", f"{_show(last_text)} = {_show(new_text)}", "refuted", rule=Rule.REWRITE,
                            correct=f"it continues the rewrite {_show(rewritten_text)} = {_show(last_text)}, "
                                    f"but the two differ (e.g. {_witness(last_value, new)})")]
    return []



def unequal_sides(body: str) -> list[tuple[str, str]]:
    """The two sides of each "A ≠ B" (or "A \\ne B") in `body`, in linear time: the left side runs back from the sign
    to the nearest "=<>,;:" (or the end of the last claim), the right side on to the next one; a side that is only
    blank is no claim."""
    pairs = []
    position = 0
    while (sign := _NOT_EQUAL_SIGN.search(body, position)) is not None:
        before = body[position:sign.start()]
        left = before[max(before.rfind(mark) for mark in "=<>,;:") + 1:]
        end = _SIDE_END.search(body, sign.end())
        right = body[sign.end():end.start() if end else len(body)]
        position = sign.end() + len(right)
        if left.strip() and right.strip():
            pairs.append((left, right))
    return pairs


def _unequal(step: str) -> list[ClaimResult]:
    """"3 + 4 \\ne 7": a claim that two numbers differ, refuted when they are the same number."""
    results = []
    for match in MATH_SPAN.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None)
        for left_side, right_side in unequal_sides(body):
            left, right = _UNEQUAL_END.split(left_side)[-1], _UNEQUAL_END.split(right_side)[0]
            a, b = parse_member(left), parse_member(right)
            if a is None or b is None or a.free_symbols or b.free_symbols:
                continue
            if same_expression(a, b) is True:
                results.append(ClaimResult("arithmetic", f"{_show(left)} ≠ {_show(right)}", "refuted",
                                           rule=Rule.UNEQUAL, correct=f"both sides are {format_number(_as_number(a))}"))
    return results


def _as_number(value: Any) -> Any:
    return Fraction(int(value.p), int(value.q)) if value.is_Rational else float(value)


def _equivalent(before: tuple[Any, str], after: Any, text: str) -> ClaimResult | None:
    """"Simplifying, we get E2" after E1: E2 must be E1 with its sides rewritten, so the numerators of
    lhs - rhs (over a common denominator) differ by a constant factor.

    E2 may lose unknowns of E1 ("35k + A = 33k + B" -> "A = B" lost k): then the factor may hold only the lost
    ones (dividing "2g^2 b = 12g^2" by 2g^2 gives "b = 6"); right after a substitution ("a = c") E1 is not compared."""
    import sympy

    lost = before[0].free_symbols - after.free_symbols
    if not after.free_symbols <= before[0].free_symbols or (lost and _substitution(before[1])):
        return None
    try:
        ratio = sympy.cancel(sympy.fraction(sympy.together(before[0]))[0] / sympy.fraction(sympy.together(after))[0])
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError, sympy.PolynomialError):
        return None
    claim = f"{text} restates {before[1]}"
    if lost and ratio != 0 and ratio.free_symbols and not ratio.free_symbols & after.free_symbols:
        return ClaimResult("algebra", claim, "unchecked", reason="divided by a factor in the unknowns it lost",
                           rule=Rule.RESTATED)
    if not ratio.free_symbols and ratio != 0:
        return ClaimResult("algebra", claim, "verified", rule=Rule.RESTATED)
    return ClaimResult("algebra", claim, "refuted", rule=Rule.RESTATED,
                       correct="it is a different equation (lhs - rhs is not a constant multiple)")


def _substitution(equation: str) -> bool:
    """"a = c", "x_1 = 2y": an equation that gives one unknown, which the next line may substitute."""
    return any(_LONE_LETTER.match(side.strip().rstrip(".")) for side in equation.split("="))


def _uses_condition(difference: Any, conditions: list[Any]) -> bool:
    """Does `difference` vanish once an earlier equation, solved for a symbol it holds linearly, is substituted?
    ("(x+y)^2 - 2xy = 10^2 - 2xy" after "x + y = 10" substitutes; it does not rewrite wrongly.)"""
    import sympy

    for condition in reversed(conditions):
        for symbol in condition.free_symbols & difference.free_symbols:
            try:
                slope = sympy.diff(condition, symbol)
                if symbol in slope.free_symbols or slope == 0:
                    continue  # not linear in this symbol
                value = -condition.subs(symbol, 0) / slope
                if same_expression(difference.subs(symbol, value), sympy.Integer(0)) is True:
                    return True
            except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
                continue
    return False


@dataclass
class Context:
    """What a trace has written so far: the last displayed expression standing alone (no relation) and
    the equations with symbols (as `lhs - rhs`), which a later rewrite may use as a condition."""

    last: tuple[str, Any] | None = None
    conditions: list[Any] = field(default_factory=list)
    functions: dict[str, Definition] = field(default_factory=dict)  # the problem's f(x) = ..., see definitions.py
    statement: list[tuple[str, Any]] | None = None  # the last statement, parsed: a next line may continue it
    equation: list[tuple[str, Any]] | None = None  # the last statement with symbols and two or more members
    sides: list[tuple[Any, Any]] = field(default_factory=list)  # the two sides of each of those equations
    letters: frozenset[str] = frozenset()  # the problem's one-letter variables: "qab" is a product
    condition: Condition | None = None  # the problem's one condition, which listed solutions must meet
    calls: frozenset[str] = frozenset()  # letters written as functions so far ("d(n)"): "d(n + 1)" is no product
    given_functions: frozenset[str] = frozenset()  # functions the problem defines: a step cannot redefine them
    conflicting: set[str] = field(default_factory=set)  # functions the trace defined two ways
    function_steps: dict[str, int] = field(default_factory=dict)  # the step a trace's function was defined in
    age: int = 0  # texts checked since `equation` was set: an equation two steps back may be about something else
    step: int = 0  # the printed number of the step being read (0: the problem)
    equation_step: int = 0  # the step `equation` came from
    statement_step: int = 0  # the step `statement` came from
    expressions: list[Any] = field(default_factory=list)  # standalone expressions written so far (`_identity`)

    def learn_definitions(self, step: str) -> None:
        """Functions the step defines ("Let $g(t) = 3t + 1$"); a name defined two ways is dropped for good."""
        for name, definition in function_definitions(step, in_a_step=True).items():
            if name in self.given_functions or name in self.conflicting:
                continue
            if name in self.functions and self.functions[name] != definition:
                del self.functions[name]
                self.conflicting.add(name)
            else:
                self.functions[name] = definition
                self.function_steps.setdefault(name, self.step)

    def cite_definitions(self, results: list[ClaimResult]) -> None:
        """Name the definition a refuted claim evaluated ("step 1: g(t) = 3t + 1", "the problem: f(x) = x^3")."""
        for result in results:
            if result.verdict != "refuted" or result.source:
                continue
            for name, definition in self.functions.items():
                if re.search(rf"(?<![A-Za-z\\]){name}\s*\(", result.text):
                    where = self.function_steps.get(name, 0)
                    shown = f"{name}({definition.variable}) = {definition.body}"
                    result.source = f"step {where}: {shown}" if where else f"the problem: {shown}"
                    break

    @classmethod
    def for_problem(cls, problem: str) -> Context:
        """What the problem gives before any step: its functions, variables and condition."""
        functions = function_definitions(problem)
        letters, calls = declared_letters(problem), called_letters(problem)
        expressions = []  # "Expand \\( (3x - 6)(4x - 6) \\)": an expression the problem asks to rewrite
        for body in standalone_expressions(problem):
            value = parse_member(body, letters, calls)
            if value is not None and value.free_symbols:
                expressions.append(value)
        return cls(functions=dict(functions), letters=letters, condition=problem_condition(problem),
                   calls=calls, given_functions=frozenset(functions), expressions=expressions[:_MAX_CONDITIONS])



def standalone_expressions(text: str) -> list[str]:
    """Expressions `text` writes on their own, outside any relation: its math spans with no relation sign, or,
    without math delimiters, runs of numbers, lone letters and operators with a letter and an operator that
    neither "=" nor a comparison touches ("Expand (5x + 2)(4x - 2) and ...")."""
    text = text[:20_000]
    if MATH_SPAN.search(text):
        bodies = [next(g for g in m.groups() if g is not None).strip().rstrip(".,") for m in MATH_SPAN.finditer(text)]
        return [b for b in bodies if not re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text|in)\b", b)
                and not _LONE_LETTER.match(b)]
    found = []
    for match in _PLAIN_EXPRESSION.finditer(text):
        run = match.group().strip()
        around = text[max(0, match.start() - 2):match.start()] + text[match.end():match.end() + 2]
        if re.search(r"[A-Za-z]", run) and re.search(r"[-+*/^()]", run) and not re.search(r"[=<>≤≥≈]", around):
            found.append(run)
    return found


def check_displays(context: Context, step: str) -> list[ClaimResult]:
    """A displayed expression that a rewrite verb ("combine", "simplify", ...) introduces right after
    another displayed expression claims the two are equal:
    `$$\\sqrt{3\\cdot(2\\cdot3)}$$ Combine: $$\\sqrt{2\\cdot3^2}$$`; so does an inline one that only a restating
    phrase follows ("\\( 2ab \\). This can be rewritten as \\( ... \\)").
    Numbers a step lists as the solutions must meet the problem's condition (`answers.py`)."""
    results = _inline_rewrites(context, step)
    if context.condition is not None:
        results.extend(check_listed(context.condition, step, context.letters))
    gap_start = 0
    for match in _DISPLAY.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None).strip().rstrip(".,")
        gap = step[gap_start:match.start()]
        gap_start = match.end()
        if re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text)", body):
            context.last = None
            continue
        value = parse_member(body, context.letters, context.calls)
        before, context.last = context.last, (body, value) if value is not None else None
        if value is None or before is None or not _REWRITE_VERB.search(gap) or len(gap) > 160:
            continue
        if before[1].free_symbols != value.free_symbols:
            continue
        text = f"{_show(before[0])} = {_show(body)}"
        if not value.free_symbols:
            result = _numeric(before[1], before[0], value, body, text, set())
            if result is not None:
                results.append(result)
            continue
        verdict = same_expression(before[1], value)
        if verdict is not None:
            results.append(ClaimResult("algebra", text, "verified" if verdict else "refuted", rule=Rule.REWRITE,
                                       correct="" if verdict
                                       else f"the two differ (e.g. {_witness(before[1], value)})"))
    return results


def _inline_rewrites(context: Context, step: str) -> list[ClaimResult]:
    """Two inline expressions with only a restating phrase between them ("can be rewritten as", "simplifies to",
    "is equivalent to") are one expression written twice."""
    results = []
    spans = [m for m in _INLINE.finditer(step[:20_000]) if not _LONE_LETTER.match(next(g for g in m.groups() if g))]
    for first, second in zip(spans, spans[1:]):
        gap = step[first.end():second.start()]
        sentences = re.split(r"(?<=\.)\s+", gap)
        # "\( qab \), where \( a \) and \( b \) are ... . This can be rewritten as": letters named between
        if not _RESTATED.match(gap) and not (len(sentences) == 2 and re.match(r"(?:this|it)\b", sentences[1], re.I)
                                             and _RESTATED.match(sentences[1]) and len(gap) <= 160):
            continue
        texts = [next(g for g in m.groups() if g is not None).strip().rstrip(".,") for m in (first, second)]
        if any(re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text)", t) or _LONE_LETTER.match(t) for t in texts):
            continue
        a, b = (parse_member(expand_calls(t, context.functions), context.letters, context.calls) for t in texts)
        if a is None or b is None or a.free_symbols != b.free_symbols:
            continue
        text = f"{_show(texts[0])} = {_show(texts[1])}"
        if not a.free_symbols:
            result = _numeric(a, texts[0], b, texts[1], text, set())
            if result is not None:
                results.append(result)
            continue
        verdict = same_expression(a, b)
        if verdict is not None:
            results.append(ClaimResult("algebra", text, "verified" if verdict else "refuted", rule=Rule.REWRITE,
                                       correct="" if verdict else f"the two differ (e.g. {_witness(a, b)})"))
    return results


def _numeric(a: Any, a_text: str, b: Any, b_text: str, text: str,
             checked: set[frozenset[Any]] | frozenset[frozenset[Any]]) -> ClaimResult | None:
    """A numeric equation ("\\binom{5}{2} = 10", "8 = 4b - 4b"): exact for rationals, rounding-aware otherwise."""
    import sympy

    if _BARE_NUMBER.match(a_text) and _BARE_NUMBER.match(b_text):
        return None  # "0 = 5": a contradiction the trace states on purpose
    try:
        values = [v if v.is_Rational else sympy.N(v, 30) for v in (a, b)]
        if not all(v.is_real for v in values):
            return None
        if any(v.is_Rational and max(len(str(abs(v.p))), len(str(v.q))) > MAX_DIGITS for v in values):
            return None  # too large to check
        numbers = [Fraction(int(v.p), int(v.q)) if v.is_Rational else float(v) for v in values]
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return None
    if frozenset(numbers) in checked:
        return None
    written = b_text if _operations(b_text) <= _operations(a_text) else a_text
    decimals = max((len(d) for d in re.findall(r"\d\.(\d+)", written)), default=0)
    approximate = "." in a_text + b_text or any(not v.is_Rational for v in values)
    try:
        outcome = compare(numbers[0], numbers[1], decimals=decimals, approximate=approximate)
    except (OverflowError, ValueError, ArithmeticError):
        return None
    if outcome.verdict == "refuted":
        return ClaimResult("arithmetic", text, "refuted", rule=Rule.NUMERIC,
                           correct=f"{format_number(numbers[0])} ≠ {format_number(numbers[1])}")
    return ClaimResult("arithmetic", text, outcome.verdict, reason=outcome.reason, rule=Rule.NUMERIC)


def _operations(text: str) -> int:
    return len(re.findall(r"[-+*/^]|\\(?:frac|sqrt|times|cdot|div|binom)", text.lstrip("-")))


def _show(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _witness(a: Any, b: Any) -> str:
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    point = {s: sympy.Integer(2 + i) for i, s in enumerate(symbols)}
    try:
        shown = ", ".join(f"{s} = {v}" for s, v in point.items())
        return f"at {shown}: {sympy.nsimplify(a.subs(point))} vs {sympy.nsimplify(b.subs(point))}"
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return "at a random point"
