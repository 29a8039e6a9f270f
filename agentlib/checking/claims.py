"""Arithmetic claims found in one step of a reasoning trace: "3 x 4 = 12", "$12 + $5 = $17", "a = b = c".

A claim is a relation (=, ≈, <, >, ≤, ≥, "is", "equals") between two plain arithmetic expressions,
at least one with an operation. The normalizer turns prose and LaTeX into arithmetic (\\frac, \\times,
\\cdot, \\sqrt, %, "of", "times", thousands separators, currency, units); the extractor then takes the
arithmetic right before and right after each relation and keeps the pair only when both ends sit at a
clean boundary: "x + 5 = 12", "2x = 10" or "= 6 + y" are equations with unknowns, never claims.

Left out: claims in words only ("twelve"), mixed numbers ("2 1/2"), symbolic algebra (see `algebra.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from agentlib.checking.arithmetic import Evaluated, NotArithmetic, Number, evaluate
from agentlib.checking.steps import MAX_STEP_CHARS
from agentlib.checking.units import separate_conversions

# Placeholders keep function names out of the letter-free expression alphabet.
_FUNCTIONS = {"Ƒ": "frac", "√": "sqrt", "ƥ": "pct", "ǃ": "fact", "Ʃ": "series"}
# "1 + 2 + ... + 60": an ellipsis between plus signs continues a progression; it does not mark an approximation
_SERIES = re.compile(r"(?<![\d.])((?:\d+\s*\+\s*){2,})(?:\.\.\.|…|\\[lc]?dots)\s*\+\s*(\d+)(?![\d.])")
_EXPR_CHARS = set("0123456789.+-*/^(), ") | set(_FUNCTIONS)
_RELATION = re.compile(r"(?<![!<>=])(=|≈|≤|≥|<|>|⩵)(?!=)")
_IS = "⩵"  # "is", "equals" in prose: a claim only as `expression is number`
_APPROX_WORDS = re.compile(r"\b(approx\w*|about|around|roughly|nearly|almost|round\w*|estimat\w*)\b|≈|~|\.\.\.|…", re.I)
# markdown bold marks: "**" opening before a word, number or math, or closing after one; "2**3" is a power
_BOLD = re.compile(r"(?<![\w).])\*\*(?=[\w(\\$-])|(?<=[\w).%$])\*\*(?![\w(])")
# "100 - 30%": a percent added to or taken from a number, which calculators and people read as a change of it
_PERCENT_CHANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([-+])\s*ƥ\(([\d.]+)\)\s*$")
# "the sum is -4 + 8": a minus written onto its number right after a lowercase word of two or more letters is a
# sign; "Age - 4", "x -4" (a capital or a one-letter name, or a spaced minus) stay a subtraction
_NEGATIVE_AFTER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}\s+-\d$")


@dataclass(frozen=True)
class ArithmeticClaim:
    """`left relation right` as written (normalized), with both sides evaluated."""

    left: str
    relation: str
    right: str
    left_value: Evaluated
    right_value: Evaluated
    approximate: bool
    decimals: int  # digits after the point in the written result

    @property
    def result(self) -> str:
        """The side that states a value (the one with fewer operations): what later steps may reuse."""
        return self.right if self.right_value.operations <= self.left_value.operations else self.left

    @property
    def result_value(self) -> Evaluated:
        """The value of `result`."""
        return self.right_value if self.right_value.operations <= self.left_value.operations else self.left_value

    @property
    def text(self) -> str:
        return f"{display(self.left)} {self.relation} {display(self.right)}"


def normalize(text: str) -> str:
    """Prose and LaTeX -> text whose arithmetic is plain `+ - * / ^ ( )` with placeholder functions."""
    t = separate_conversions(text[:MAX_STEP_CHARS])  # "36 inches = 3 feet": equal amounts, different numbers
    t = _BOLD.sub(" ", t)  # "**Total = 4 + 5 + 6 = 15**", "= **15**": markdown emphasis, not a power
    t = re.sub(r"(?<=[\d)}])\s*\\(?:text|mathrm|mbox)\s*\{\s*[A-Za-z][^{}]*\}(?:\^\{?[23]\}?)?", "", t)  # units, cm^2
    t = re.sub(r"\\(?:text|mathrm|mbox)\s*\{\s*(of|times|plus|minus)\s*\}", r" \1 ", t)  # words between numbers
    t = re.sub(r"\\(?:text|mathrm|textbf|mbox|operatorname)\s*\{[^{}]*\}", " ¶ ", t)  # a label, not arithmetic
    t = re.sub(r"\\(?:begin|end)\s*\{[a-z]+\*?\}|\\\\", " ¶ ", t)  # environments and row breaks of align, cases
    t = re.sub(r"\\h?phantom\s*\{[^{}]*\}|&", " ", t)  # alignment marks: "3^2 + 8^2 &= 73"
    t = re.sub(r"\\(left|right|big|Big|bigg|Bigg)\b", "", t)
    t = re.sub(
        r"(?<=[\w)])\s*\((?:from|for|of|in|on|at|per|each|after|before)\b[^()\d]{0,40}\)", "", t
    )  # "3 (from snack)"
    t = re.sub(r"\\[,;:! ]|\{,\}", "", t)
    t = re.sub(r"\\?\$(?=\s?-?\d)", " ", t)  # currency
    t = t.replace("$", " ¶ ").replace("\\%", "%")
    t = re.sub(r"\\[\[\]()]|\n", " ¶ ", t)  # display-math and line boundaries
    t = re.sub(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°", "", t)
    t = re.sub(r"\\(?:times|cdot|ast)\b|[×·∗⋅]", "*", t)
    t = re.sub(r"\\div\b|÷", "/", t)
    t = re.sub(r"\\(?:approx|simeq|sim)\b", "≈", t)
    t = re.sub(r"\\(?:leq|le)\b", "≤", t)
    t = re.sub(r"\\(?:geq|ge)\b", "≥", t)
    t = t.replace("<=", "≤").replace(">=", "≥").replace("−", "-").replace("–", "-")
    t = t.replace("²", "^2").replace("³", "^3")
    t = re.sub(r"\\boxed\s*", "", t)
    for _ in range(6):  # innermost first; nested fractions unwrap one level per pass
        t, count = re.subn(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"Ƒ((\1),(\2))", t)
        t, roots = re.subn(r"\\sqrt\s*\{([^{}]*)\}", r"√(\1)", t)
        if not count and not roots:
            break
    t = re.sub(r"\\[dt]?frac\s*(\d)\s*(\d)", r"Ƒ(\1,\2)", t)
    t = t.replace("{", "(").replace("}", ")")
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    t = re.sub(r"(?:(?<=^)|(?<=[\s(*/+\-=]))\.(?=\d)", "0.", t)  # "60 x .5": a leading decimal point
    t = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"ƥ(\1)", t)
    t = re.sub(r"(\d+)!", r"ǃ(\1)", t)
    t = _SERIES.sub(_series, t)
    t = re.sub(r"(?<=[\d)])(?:\s+[A-Za-z]{2,}){0,2}\s*\b[x]\b\s*(?=[\d(])", " * ", t)  # "2 bags x 2.50"
    t = re.sub(r"\b(?:one[- ]|a[- ])?half of (?:the )?(?=\d)", "1/2 of ", t, flags=re.I)  # "half of 40 is 20"
    t = re.sub(
        r"\b(?:one[- ]|a[- ])?(third|quarter|fourth|fifth|tenth) of (?:the )?(?=\d)",
        lambda m: {"third": "1/3", "fifth": "1/5", "tenth": "1/10"}.get(m.group(1).lower(), "1/4") + " of ",
        t,
        flags=re.I,
    )
    t = re.sub(
        r"\b(twice|double|triple)\s+(?=\d)",
        lambda m: "2 * " if m.group(1).lower() != "triple" else "3 * ",
        t,
        flags=re.I,
    )
    t = re.sub(r"(?<=\d),?\s+(?:and\s+)?(?:then\s+)?(plus|minus|times)\s+(?=\d)", r" \1 ", t)  # "= 60, plus 15 is 75"
    t = re.sub(r"(?<=[\d)])\s+(?:times|multiplied by)\s+(?=[\d(])", " * ", t)
    t = re.sub(r"(?<=[\d)])\s+divided by\s+(?=[\d(])", " / ", t)
    t = re.sub(r"(?<=[\d)])\s+plus\s+(?=[\d(])", " + ", t)
    t = re.sub(r"(?<=[\d)])\s+minus\s+(?=[\d(])", " - ", t)
    t = re.sub(r"(ƥ\([\d.]+\)|\b\d+/\d+)\s+of\s+(?:the\s+)?(?=[\d(])", r"\1 * ", t)
    # "x = (9 + 5)/2 = 7 or x = (9 - 5)/2 = 2": "or"/"and" before a name and "=" opens a new equation; the
    # words are not a unit to strip, or the chain would read on as "7 = (9 - 5)/2"
    t = re.sub(r"(?<=[\d)])(?=\s+(?:or|and)\s+[A-Za-z]\w*(?:_\w+|\(\w+\))?\s*=)", ";", t)
    # units between a number and an operator: "105000 calories / 386 days" -> "105000 / 386"
    t = re.sub(r"(?<=\d)/[A-Za-z]{3,}\b", "", t)
    t = re.sub(
        r"(?<=[\d)])(?:\s+[A-Za-z][A-Za-z']*(?:-[A-Za-z]+)*(?![\w'\-])){1,3}(?:\s*/\s*[A-Za-z]{2,})?(?=\s*[-+*/=≈<>≤≥])",
        "",
        t,
    )
    t = re.sub(r"(?<=\d)/[A-Za-z]{3,}\b", "", t)
    t = re.sub(
        r"(?<=[\d)])\s+(?:is equal to|equals|is|are|gives|makes)"
        r"(?:\s+(?:about|approximately|roughly|around|nearly))?\s+(?=[-\d(.])",
        f" {_IS} ",
        t,
    )
    t = re.sub(r"(?<=\d)\s*(?=\()", "*", t)
    t = re.sub(r"\)\s*(?=[\d(])", ")*", t)
    return t


def extract(step: str) -> list[ArithmeticClaim]:
    """All arithmetic claims in one step, in order."""
    text = normalize(step)
    approximate_step = bool(_APPROX_WORDS.search(_SERIES.sub(" ", step)))
    pieces = _RELATION.split(text)
    segments, relations = pieces[0::2], pieces[1::2]
    claims: list[ArithmeticClaim] = []
    chained: ArithmeticClaim | None = None  # the claim whose right side is this segment, in "a = b = c"
    running = False  # this segment is a running total whose start was checked ("= 60 + 15")
    for i, relation in enumerate(relations):
        whole = segments[i].strip()
        in_chain = i > 0 and _value(whole) is not None
        left_text = whole if in_chain else _suffix(segments[i])
        right_text = _prefix(segments[i + 1])
        left, right = _value(left_text or ""), _value(right_text or "")
        if in_chain and chained is not None and left is not None and left.operations == 0 and relation == "=":
            left_text, left = chained.left, chained.left_value  # "3 + 4 = 7 = 8": check 3 + 4 against 8
        chained, continues = None, running
        running = False
        if not left_text or not right_text or left is None or right is None:
            continue
        if left.operations == 0 and right.operations == 0:
            continue
        left, right = _as_percent(left_text, left, right), _as_percent(right_text, right, left)
        whole_right = right_text == segments[i + 1].strip()
        if relation == "=" and not in_chain and left.operations == 0 < right.operations and whole_right \
                and i + 1 < len(relations) and relations[i + 1] == "=":
            continue  # "her 6 nephews = 96/6 = 16": a bare number opening a chain describes, it is not a value
        lead = _running_start(left_text, left, right_text) if relation == "=" and right.value != left.value else None
        if lead is not None:  # "45 + 30 = 75 + 10 = 85": a running total, whose start is the claim 45 + 30 = 75
            claims.append(ArithmeticClaim(left_text, "=", lead, left, Evaluated(Fraction(lead), 0),
                                          approximate=approximate_step, decimals=_decimals(lead)))
            running = whole_right
            continue
        if relation == "=" and right.operations > 0 and _leads_with(right_text, left.value) \
                and right.value != left.value:
            continue  # "$3/2 = $1.50 + $3.00 = $4.50": a running total, not a claim that 1.50 = 4.50
        if relation == _IS:  # "= 60 + 15 is 75" continues a running total
            if (in_chain and not continues) or left.operations == 0 or right.operations > 0:
                continue
            relation = "="
        written = right_text if right.operations <= left.operations else left_text
        rounded_result = min(left.operations, right.operations) == 0  # "about 3.3" rounds a result, not an identity
        claims.append(ArithmeticClaim(left_text, relation, right_text, left, right,
                                      approximate=relation == "≈" or (approximate_step and rounded_result),
                                      decimals=_decimals(written)))
        chained = claims[-1] if right_text == segments[i + 1].strip() else None
    return claims


def _series(match: re.Match[str]) -> str:
    """"1 + 2 + ... + 60" as `Ʃ(1,2,60)` when the listed terms end in a run that fixes one progression: three
    or more terms with one common difference, or two consecutive integers ("4 + 9 + ... + 100" may be squares,
    so two terms further apart stay unread). Terms before the run stay plain summands."""
    terms = [int(term) for term in re.findall(r"\d+", match.group(1))]
    start = len(terms) - 2
    while start > 0 and terms[start] - terms[start - 1] == terms[start + 1] - terms[start]:
        start -= 1
    run = terms[start:]
    if len(run) == 2 and run[1] - run[0] != 1:
        return match.group(0)
    before = "".join(f"{term} + " for term in terms[:start])
    return f"{before}Ʃ({run[0]},{run[1]},{match.group(2)})"


def without_emphasis(text: str) -> str:
    """`text` without markdown bold marks ("**Total:** 4 + 5 = **9**"); "2**3" keeps its power."""
    return _BOLD.sub(" ", text)


def percent_change(text: str) -> Fraction | None:
    """"100 - 30%" read as a change of the number (70), the way calculators and people write it; None when `text`
    (normalized) is not a number plus or minus a percent."""
    match = _PERCENT_CHANGE.match(text)
    if match is None:
        return None
    base, sign, rate = Fraction(match.group(1)), match.group(2), Fraction(match.group(3)) / 100
    return base * (1 + rate if sign == "+" else 1 - rate)


def _as_percent(text: str, value: Evaluated, other: Evaluated) -> Evaluated:
    """"3/4 * 100 = 75%": a bare percent read as its number when the other side is that number."""
    bare = re.fullmatch(r"ƥ\(([\d.]+)\)", text.strip())
    if bare and value.operations <= 1 and Fraction(bare.group(1)) == other.value:
        return Evaluated(other.value, 0)
    return value


def _running_start(left_text: str, left: Evaluated, right_text: str) -> str | None:
    """The number a running total `left = start op ...` starts from, or None when the right side is not one.

    The start is the left side's value or, for a single operation, a number the left side does not hold;
    a longer left side may be rewritten term by term ("4096 * 64 - 128 * 729 = 262144 - ..."), and
    "20 * 3 = 20 * 4" rewrites an operand: neither states a value for the left side."""
    first = re.match(r"\s*(\d+(?:\.\d+)?)\s*[-+*/]\s*[\d(]", right_text)
    if first is None or left.operations == 0:
        return None
    start = Fraction(first.group(1))
    held = {Fraction(n) for n in re.findall(r"\d+(?:\.\d+)?", left_text)}
    return first.group(1) if start == left.value or (left.operations == 1 and start not in held) else None


def _leads_with(text: str, value: Number) -> bool:
    first = re.match(r"\(?\s*(\d+(?:\.\d+)?)\s*[-+*/]", text)
    return first is not None and Fraction(first.group(1)) == value


def _value(text: str) -> Evaluated | None:
    if not text or any(c not in _EXPR_CHARS for c in text):
        return None
    source = text
    for mark, name in _FUNCTIONS.items():
        source = source.replace(mark, name)
    try:
        return evaluate(source)
    except NotArithmetic:
        return None


def _starts(text: str) -> list[int]:
    return [
        i
        for i, c in enumerate(text)
        if c in _EXPR_CHARS and c != " " and (i == 0 or not (text[i - 1].isdigit() or text[i - 1] == "."))
    ]


def _suffix(segment: str) -> str | None:
    """The longest arithmetic expression ending the segment, if it starts at a clean boundary."""
    end = len(segment.rstrip())
    tail_start = end
    while tail_start > 0 and segment[tail_start - 1] in _EXPR_CHARS:
        tail_start -= 1
    for i in _starts(segment[tail_start:end]):
        candidate = segment[tail_start + i:end].strip()
        if _value(candidate) is not None:
            before = segment[:tail_start + i]
            if candidate.startswith("-") and before.strip() and before.strip()[-1] not in "(=,:[¶" \
                    and not _NEGATIVE_AFTER_WORD.search(segment[:tail_start + i + 2]):
                return None  # "Age - 4 = 6": a binary minus after a word, not a negative number
            return candidate if _clean_before(before) and not candidate.startswith(("+", "*", "/", "^")) else None
    return None


def _prefix(segment: str) -> str | None:
    """The longest arithmetic expression opening the segment, if it ends at a clean boundary."""
    stripped = segment.lstrip()
    limit = 0
    while limit < len(stripped) and stripped[limit] in _EXPR_CHARS:
        limit += 1
    for j in range(limit, 0, -1):
        splits_number = j < limit and (
            stripped[j].isdigit() or (stripped[j] == "." and stripped[j + 1 : j + 2].isdigit())
        )
        if stripped[j - 1] in " ." or splits_number:
            continue
        candidate = stripped[:j].strip()
        if _value(candidate) is not None:
            return candidate if _clean_after(stripped[len(stripped[:j].rstrip()):]) else None
    return None


def _clean_before(text: str) -> bool:
    gap = len(text) - len(text.rstrip())
    before = text.rstrip()
    if not before:
        return True
    last = before[-1]
    if last in "+-*/^\\_|" or last.isdigit():
        return False
    if last == "¶" and before.rstrip("¶ ")[-1:] in ("+", "-", "*", "/", "^"):
        return False  # "... × \( 1/100 = ...": the expression began before the math opened
    if last == "(" and len(before) > 1 and (before[-2].isalnum() or before[-2] in "\\_^"):
        return False  # inside a call or a command we did not translate
    if last == ".":
        return gap > 0  # a sentence end or list number, not a decimal point
    if last.isalpha() or last in ")]'":
        if gap == 0:
            return False
        word = re.search(r"[\w\\'’]+$", before)
        if not word:
            return False
        letters = re.sub(r"['’]", "", word.group())  # "that's" is a word
        return letters.isalpha() and (len(letters) > 1 or letters in ("a", "A", "I"))
    return True


def _clean_after(text: str) -> bool:
    gap = len(text) - len(text.lstrip())
    after = text.lstrip()
    if not after:
        return True
    first = after[0]
    if first in "+-*/^(\\_|" or first.isdigit() or first in _FUNCTIONS:
        return False
    if first.isalpha():
        if gap == 0:
            return False
        word = re.match(r"[A-Za-z]+", after)
        return word is not None and (len(word.group()) > 1 or word.group() in ("a", "I"))
    return True


def _decimals(text: str) -> int:
    found = re.findall(r"\d+\.(\d+)", text)
    return max((len(d) for d in found), default=0)


def display(text: str) -> str:
    """A normalized expression as people write it (placeholders back to names, pct(20) as 20%)."""
    for mark, name in _FUNCTIONS.items():
        text = text.replace(mark, name)
    text = re.sub(r"pct\(([\d.]+)\)", r"\1%", text)
    text = re.sub(r"series\((\d+),(\d+),(\d+)\)", r"\1 + \2 + ... + \3", text)
    for _ in range(4):
        text = re.sub(r"frac\(\(([^()]*)\),\(([^()]*)\)\)", r"(\1)/(\2)", text)
    text = re.sub(r"\((\d+(?:\.\d+)?)\)", r"\1", text)
    return re.sub(r"\s+", " ", text)
