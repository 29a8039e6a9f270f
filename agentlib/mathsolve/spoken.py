"""Spoken arithmetic in English: "7 times 8", "x squared plus 2x", "2 to the power of 10", "the square root of
144", "half of 90", "log base 2 of 32" become formulas before the words are read.

The rewrite happens on segments (`segments.segment`), and only where the reading is certain:
- an operator word joins two formulas that stand on both sides of it ("7 times 8"), in the usual order of
  operations (powers, then products and quotients, then sums: "3 plus 4 times 2" is 11, as written 3 + 4 × 2
  would be); `*`, `/` and `^` take single terms on both sides (no top-level + or -), so "2 to the power of x + 1"
  stays words and the reader abstains instead of choosing 2^x + 1 or 2^(x + 1);
- "squared"/"cubed" follow a single term; "square root of", "cube root of", "half of" and "log base B of" take
  one atom (a number, a letter, a bracketed group or a function call); where the spoken extent is unclear ("x plus
  1 squared", "the square root of 2 times 8") nothing is rewritten and the reader abstains;
- "divided by" stays the divisor connector in a remainder question ("the remainder of 17 divided by 5").

- a number word ("seven", "twenty-one") is a number where it is an operand: beside a spoken operator ("seven
  times eight", "two x plus three equals seven"), beside an operator symbol ("x + one = three") or before a lone
  letter ("two x"); elsewhere ("the two roots") it stays a word.

Korean operator words (더하기, 빼기, 곱하기, 나누기) join formulas by the same rules, and "A의 B제곱" (A to the
power B), "A의 제곱" and "A의 세제곱" take atoms on both sides.

Left out: number words past ninety-nine or in several words ("one hundred", "twenty one"), spoken arithmetic in
other languages.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.power_words import drop_article_after_operator, spell_ordinal_powers, spell_powers_of
from agentlib.mathsolve.segments import Segment, merge_math
from agentlib.numwords import DENOMINATORS, ORDINALS, compound_number

_INFIX: dict[tuple[str, ...], str] = {
    ("plus",): "+", ("minus",): "-", ("times",): "*", ("multiplied", "by"): "*", ("divided", "by"): "/",
    ("to", "the", "power", "of"): "^", ("raised", "to", "the", "power", "of"): "^", ("to", "the", "power"): "^",
    ("raised", "to"): "^", ("equals",): "=",
    # Korean spoken arithmetic: "2 곱하기 3", "6 나누기 2" (the same rules: * and / take single terms)
    ("더하기",): "+", ("빼기",): "-", ("곱하기",): "*", ("나누기",): "/",
}
_POSTFIX: dict[tuple[str, ...], str] = {("squared",): "^2", ("cubed",): "^3", ("factorial",): "!"}
_PREFIX: dict[tuple[str, ...], str] = {
    ("square", "root", "of"): "sqrt({})", ("cube", "root", "of"): "cbrt({})", ("half", "of"): "({})/2",
    ("square", "of"): "({})^2", ("cube", "of"): "({})^3",
}
_REMAINDER_WORDS = frozenset(("remainder", "remainders", "mod", "modulo"))
_NUMBER_OR_LETTER = re.compile(r"\d+(?:\.\d+)?|[A-Za-z]|[a-z]+\s*\(.*\)|\(.*\)")


def _enclosed(text: str) -> bool:
    """`(...)` or `f(...)` whose first bracket closes at the end."""
    start = text.find("(")
    depth = 0
    for index, ch in enumerate(text[start:], start):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return index == len(text) - 1
    return False


def atom(text: str) -> bool:
    text = text.strip()
    if not _NUMBER_OR_LETTER.fullmatch(text):
        return False
    return "(" not in text or _enclosed(text)


def single_term(text: str) -> bool:
    """No top-level + or - (after the first character) and no relation: one term of a sum."""
    depth = 0
    for index, ch in enumerate(text.strip()):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch in "=<>" or depth == 0 and index > 0 and ch in "+-":
            return False
    return True


def _match(table: dict[tuple[str, ...], str], segments: list[Segment], index: int) -> tuple[str, int] | None:
    for length in range(5, 0, -1):
        words = segments[index:index + length]
        if len(words) == length and all(w.kind == "word" for w in words):
            key = tuple(w.lower for w in words)
            if key in table:
                return table[key], length
    return None


def rewrite(segments: list[Segment]) -> list[Segment]:
    """Spoken operators between, after and before formulas, as formulas (see the module docstring).

    Passes in the order of precedence: "square root of 2", "4 squared" first, then the operators between them,
    powers before products before sums, so a spoken operator never takes a sum its neighbour binds tighter than.
    """
    infix = dict(_INFIX)
    if any(s.kind == "word" and s.lower in _REMAINDER_WORDS for s in segments):
        del infix[("divided", "by")]
    segments = _number_words(segments)
    operator_words = _OPERATOR_ENDS | _OPERATOR_STARTS
    segments = spell_powers_of(spell_ordinal_powers(segments, atom, operator_words), atom, operator_words)
    segments = drop_article_after_operator(segments)
    segments = _pass(_signed_numbers(_korean_powers(segments)), {})
    for tier in ("^", "*/", "+-="):  # powers, then products, then sums: "3 plus 4 times 2" is 3 + 4·2
        segments = _pass(segments, {words: op for words, op in infix.items() if op in tier})
    return segments


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SIGN_WORDS = frozenset(("negative", "minus"))
_ASKING = frozenset(("is", "what's", "whats"))


def _signed_numbers(segments: list[Segment]) -> list[Segment]:
    """"5 minus negative 3" -> 5 minus (-3); "what is 3 less than 10" -> 10 - 3, "4 more than 9" -> 9 + 4.

    A sign word is a sign only right after an operator word or a question ("what is negative 3 plus 5") and before
    a plain number that no power follows ("negative 3 squared" is -(3²) or (-3)²?). "A less / more than B" is read
    only between two plain numbers that a question opens ("is 3 less than 10?" asks a comparison)."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        seg = segments[index]
        before = out[-1] if out else None
        after = segments[index + 1] if index + 1 < len(segments) else None
        asked = before is None or before.kind == "word" and (before.lower in _OPERATOR_ENDS or before.lower in
                                                              _ASKING and (before.lower != "is" or _what_before(out)))
        if seg.kind == "word" and seg.lower in _SIGN_WORDS and asked and after is not None and \
                after.kind == "math" and _PLAIN_NUMBER.fullmatch(after.text.strip()) and \
                not _before_a_power(segments, index + 1):
            out.append(Segment("math", f"(-{after.text.strip()})", seg.attached))
            index += 2
            continue
        compared = _compared(segments, index, out)
        if compared is not None:
            out[-1], index = compared
            continue
        out.append(seg)
        index += 1
    return out


def _what_before(out: list[Segment]) -> bool:
    return len(out) >= 2 and out[-2].kind == "word" and out[-2].lower == "what"


_POWER_WORDS = frozenset(("squared", "cubed", "to", "raised"))


def _before_a_power(segments: list[Segment], index: int) -> bool:
    """A power follows the number: the sign binds looser than it ("negative 3 squared" is -9 by the usual rule, 9
    as many say it), so nothing is chosen. Sums and products take the signed number as it is."""
    following = segments[index + 1] if index + 1 < len(segments) else None
    return following is not None and (following.kind == "word" and following.lower in _POWER_WORDS or
                                      following.kind == "math" and following.text.lstrip()[:1] == "^")


def _compared(segments: list[Segment], index: int, out: list[Segment]) -> tuple[Segment, int] | None:
    """"3 less than 10" at `index` ("less"), 3 already in `out`: 10 - 3 when a question opens the pair."""
    words = segments[index:index + 3]
    if len(words) < 3 or not out or words[0].kind != "word" or words[0].lower not in ("less", "more") or \
            words[1].kind != "word" or words[1].lower != "than" or words[2].kind != "math":
        return None
    left, right = out[-1].text.strip(), words[2].text.strip()
    if out[-1].kind != "math" or not (_PLAIN_NUMBER.fullmatch(left) and _PLAIN_NUMBER.fullmatch(right)):
        return None
    opener = out[-2] if len(out) >= 2 else None
    if opener is None or opener.kind != "word" or not (opener.lower in ("what's", "whats") or
                                                       opener.lower == "is" and _what_before(out[:-1])):
        return None
    if index + 3 < len(segments) and segments[index + 3].kind in ("word", "math"):
        return None  # "3 less than 10 times 2": which extent?
    operator = "-" if words[0].lower == "less" else "+"
    return Segment("math", f"{right} {operator} {left}", out[-1].attached), index + 3


def _pass(segments: list[Segment], infix: dict[tuple[str, ...], str]) -> list[Segment]:
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        seg = segments[index]
        previous = out[-1] if out and out[-1].kind == "math" else None
        if seg.kind == "word":
            joined = _join(infix, segments, index, previous)
            if joined is not None:
                out[-1], index = joined
                continue
            postfix = _match(_POSTFIX, segments, index)
            if postfix and previous is not None and atom(previous.text) and \
                    not _after_operator(segments, index - 1, out):
                out[-1] = Segment("math", f"({previous.text}){postfix[0]}", previous.attached)
                index += postfix[1]
                continue
            prefix = _match(_PREFIX, segments, index) or _nth_root(segments, index)
            following = index + prefix[1] if prefix else len(segments)
            operand = _prefix_operand(segments[following]) if following < len(segments) else None
            if prefix and operand is None and prefix[0] == "({})/2" and following < len(segments) and \
                    segments[following].kind == "math" and _SIMPLE_FRACTION.fullmatch(segments[following].text.strip()):
                operand = f"({segments[following].text.strip()})"  # "half of 3/4": the fraction, the whole formula
            if prefix and operand is not None and not _before_operator(segments, following):
                out.append(Segment("math", prefix[0].format(operand), seg.attached))
                index = following + 1
                continue
            if seg.lower == "base" and previous is not None and previous.text.strip() == "log":
                logarithm = _log_base(segments, index)
                if logarithm is not None:
                    out[-1], index = Segment("math", logarithm[0], previous.attached), logarithm[1]
                    continue
        out.append(seg)
        index += 1
    return merge_math(out)


_SIGNED_NUMBER = re.compile(r"[-−]\s*\d+(?:\.\d+)?")
_SIMPLE_FRACTION = re.compile(r"\d{1,9}\s*/\s*\d{1,9}")
_ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def _prefix_operand(seg: Segment) -> str | None:
    """What "square root of", "half of" ... take: an atom, or a signed number ("cube root of -27" is ∛(-27): a
    sign right after "of" can belong to nothing else)."""
    if seg.kind != "math":
        return None
    text = seg.text.strip()
    if atom(text):
        return text
    return f"({text})" if _SIGNED_NUMBER.fullmatch(text) else None


def _nth_root(segments: list[Segment], index: int) -> tuple[str, int] | None:
    """"4th root of", "the fifth root of": the n-th root (n >= 2) as TeX's \\sqrt[n]{...}, which takes the real
    root of a negative number for an odd n (the fifth root of -32 is -2)."""
    words = segments[index:index + 3]
    if len(words) < 3 or any(w.kind != "word" for w in words) or [w.lower for w in words[1:]] != ["root", "of"]:
        return None
    digits = _ORDINAL_DIGITS.fullmatch(words[0].lower)
    degree = int(digits.group(1)) if digits else ORDINALS.get(words[0].lower)
    if degree is None or degree < 2:
        return None
    return "\\sqrt[" + str(degree) + "]{{{}}}", 3


_KOREAN_POWER = re.compile(r"^(세)?제곱(?!근)")  # 제곱 (squared), 세제곱 (cubed); never 제곱근 (a square root)


def _korean_powers(segments: list[Segment]) -> list[Segment]:
    """"2의 10제곱" -> 2^10, "3의 제곱" -> 3^2, "x의 세제곱" -> x^3: a base, 의, an optional exponent glued to 제곱."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        base = segments[index]
        window = segments[index:index + 4]
        if base.kind == "math" and atom(base.text) and len(window) >= 3 and window[1].kind == "word" and \
                window[1].text == "의" and window[1].attached:
            power = _KOREAN_POWER.match(window[2].text) if window[2].kind == "word" else None
            if power and not window[2].attached:
                exponent = "3" if power.group(1) else "2"
                out.append(Segment("math", f"({base.text})^({exponent})", base.attached))
                out.append(Segment("word", window[2].text[power.end():] or "의", True))
                index += 3
                continue
            power = _KOREAN_POWER.match(window[3].text) if len(window) == 4 and window[3].kind == "word" else None
            if power and not power.group(1) and window[2].kind == "math" and atom(window[2].text) and \
                    window[3].attached:
                out.append(Segment("math", f"({base.text})^({window[2].text})", base.attached))
                out.append(Segment("word", window[3].text[power.end():] or "의", True))
                index += 4
                continue
        out.append(base)
        index += 1
    return out


def _number_words(segments: list[Segment]) -> list[Segment]:
    """Number words that are operands, as numbers, and fractions said in words ("three quarters", "a half") that
    are operands, as bracketed fractions (see the module docstring)."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        seg = segments[index]
        fraction = _worded_fraction(segments, index)
        if fraction is not None and _operand(segments[:index] + segments[index + 1:], index):
            out.append(Segment("math", fraction, seg.attached))  # the pair read as one operand at `index`
            index += 2
            continue
        value = compound_number(seg.text) if seg.kind == "word" else None
        if value is not None and _operand(segments, index):
            out.append(Segment("math", str(value), seg.attached))
        else:
            out.append(seg)
        index += 1
    return merge_math(out)


def _worded_fraction(segments: list[Segment], index: int) -> str | None:
    """ "three quarters", "a half", "two thirds" at `index` as "(3/4)", "(1/2)", "(2/3)"; None where the two words
    are not one (the count and the noun must agree: "two third", "one thirds" are not)."""
    if index + 1 >= len(segments) or segments[index].kind != "word" or segments[index + 1].kind != "word":
        return None
    count = 1 if segments[index].lower in ("a", "an") else compound_number(segments[index].text)
    denominator = DENOMINATORS.get(segments[index + 1].lower)
    if count is None or not 1 <= count < 10 or denominator is None:
        return None
    plural = segments[index + 1].lower.endswith("s")
    return f"({count}/{denominator})" if plural == (count > 1) else None


def _operand(segments: list[Segment], index: int) -> bool:
    before = segments[index - 1] if index > 0 else None
    after = segments[index + 1] if index + 1 < len(segments) else None
    if before is not None and before.kind == "word" and before.lower in _OPERATOR_ENDS:
        return True
    if before is not None and before.kind == "math" and before.text.rstrip()[-1:] in _SYMBOLS:
        return True  # "x + one"
    if after is not None and after.kind == "math" and after.text.lstrip()[:1] in _SYMBOLS - {"-"}:
        return True  # "one + x" (a leading minus may be a sign: "two -3")
    if after is None:
        return False
    if after.kind == "word" and after.lower in _OPERATOR_STARTS:
        return True
    return after.kind == "math" and re.fullmatch(r"[a-z]", after.text.strip()) is not None and \
        not (index + 2 < len(segments) and segments[index + 2].kind == "math")


_SYMBOLS = frozenset("+-*/^=<>×÷·−")
_OPERATOR_ENDS = frozenset(key[-1] for key in _INFIX)
_OPERATOR_STARTS = frozenset(key[0] for key in list(_INFIX) + list(_POSTFIX))


def _after_operator(segments: list[Segment], index: int, out: list[Segment]) -> bool:
    """The formula at `index` is the right side of a spoken sum whose extent a power may take: "x plus 1 squared"
    is x + 1² or (x + 1)². A product or quotient is not ("2 times x squared" is 2x², as powers bind first), nor
    a sum whose left side is itself a spoken power ("7 squared plus 3 cubed": the parallel terms are 7² and 3³)."""
    if index <= 0 or segments[index - 1].kind != "word" or segments[index - 1].lower not in _OPERATOR_ENDS:
        return False
    spoken = next((words for words in _INFIX if _words_end_at(segments, index, words)), None)
    if spoken is None:  # "derivative of x cubed": "of" ends "to the power of" only, and no operator ends here
        return False
    if _INFIX[spoken] in ("*", "/"):  # times, multiplied by, divided by, 곱하기
        return False
    left = out[-3] if len(out) >= 3 and out[-2].kind == "word" else None
    return not (left is not None and left.kind == "math" and _SPOKEN_POWER_END.search(left.text))


def _words_end_at(segments: list[Segment], index: int, words: tuple[str, ...]) -> bool:
    """Whether the word segments right before `index` spell `words`."""
    start = index - len(words)
    return start >= 0 and all(seg.kind == "word" and seg.lower == word
                              for seg, word in zip(segments[start:index], words))


_SPOKEN_POWER_END = re.compile(r"\)\^[23]$")


def _before_operator(segments: list[Segment], index: int) -> bool:
    """A spoken operator follows: "the square root of 2 times 8" is √2·8 or √16."""
    following = index + 1
    return following < len(segments) and segments[following].kind == "word" and \
        segments[following].lower in _OPERATOR_STARTS


def _join(infix: dict[tuple[str, ...], str], segments: list[Segment], index: int,
          previous: Segment | None) -> tuple[Segment, int] | None:
    matched = _match(infix, segments, index)
    if matched is None or previous is None:
        return None
    operator, length = matched
    following = index + length
    if following >= len(segments) or segments[following].kind != "math":
        return None
    left, right = previous.text, segments[following].text
    if operator not in "+-" and re.search(r"[=<>]", left + right):
        return None  # + and - bind tighter than a relation on either side; *, / and ^ take single terms
    if operator in "*/" and not (single_term(left) and single_term(right)):
        return None
    if operator == "^":
        if not (atom(left) and atom(right)):
            return None
        return Segment("math", f"({left})^({right})", previous.attached), following + 1
    if operator in "*/":  # "3/4 divided by 1/2" is (3/4)/(1/2): each side as written is one operand
        left, right = (f"({side.strip()})" if _OPERATOR_INSIDE.search(side.strip()[1:]) else side
                       for side in (left, right))
    return Segment("math", f"{left} {operator} {right}", previous.attached), following + 1


_OPERATOR_INSIDE = re.compile(r"[-+*/^×÷·−]")


def _log_base(segments: list[Segment], index: int) -> tuple[str, int] | None:
    """"log" already read; segments[index] is "base": base B of N -> log_{B}(N)."""
    parts = segments[index + 1:index + 4]
    if len(parts) == 3 and parts[0].kind == "math" and parts[1].kind == "word" and parts[1].lower == "of" and \
            parts[2].kind == "math" and atom(parts[0].text) and atom(parts[2].text):
        return f"log_{{{parts[0].text}}}({parts[2].text})", index + 4
    return None
