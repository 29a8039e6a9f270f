"""Split a request into words and formulas: `2x^2 - 3x - 2 = 0을 풀어주세요` -> [math, word 을, word 풀어주세요].

Formulas are found two ways:
- LaTeX delimiters: `$...$`, `$$...$$`, `\\(...\\)`, `\\[...\\]` and `align`/`equation` environments (an align
  environment gives one formula per row); a matrix environment (`pmatrix`, `bmatrix`, ...) typed without `$` is
  one formula;
- elsewhere, runs of math pieces: numbers, single letters, operators and brackets, Unicode math (√ π ≤ ∫ ²),
  function names followed by an argument (sin x, log(2)), `dx` after a formula, and short letter runs glued
  to digits or operators (2xy). English words, Hangul and other scripts are words; a lone "a" or "I"
  between two words is a word. Sentence punctuation ends a formula; a comma inside brackets does not.

Each segment records whether a space came before it (`attached`): Korean particles attach to the formula
before them (`0으로`, `x에`), which is how the reader finds what they refer to. Linear in the text length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from agentlib.numwords import compound_number

MAX_SEGMENTS = 400

_MATH_WORDS = frozenset("""sin cos tan cot sec csc arcsin arccos arctan asin acos atan sinh cosh tanh ln log exp sqrt
cbrt abs pi floor ceil sgn""".split())
# Function names as other languages write them (sen x in Spanish and Portuguese, tg x in Russian and French): read
# as the names the notation parser knows, never as a product of letters (s·e·n).
_LOCAL_FUNCTIONS = {"sen": "sin", "tg": "tan", "ctg": "cot", "cotg": "cot", "arcsen": "arcsin", "arctg": "arctan",
                    "cosec": "csc", "senh": "sinh", "tgh": "tanh"}
# "2階微分", "2阶导数": a derivative's order written with a digit, read as the Han numeral (二階微分) the tables list.
_ORDER_DIGIT = re.compile(r"(?<![\d.])([2-9])(?=[階阶])")
_HAN_DIGITS = "〇一二三四五六七八九"
# "log2(x)", "log10 x": the base glued to log (never log(2x), which is how the notation parser reads "log2(x)").
_LOG_BASE = re.compile(r"(?<![A-Za-z])log(\d+)(?=\s*[(A-Za-z])")
# "lim (x->inf) f": the limit's variable and point in brackets, as lim_{x → inf} f.
_LIMIT_IN_BRACKETS = re.compile(r"\blim\s*\(\s*([A-Za-z])\s*(?:->|→)\s*([^()]+?)\s*\)")
_NEGATIVE_INFINITY = re.compile(r"\b(?:negative|minus)\s+(?=infinity\b)", re.I)
# Short number words of other languages: beside an operator they are words (unknown, so the reader abstains),
# never a product of letters ("x + dos = 5" is not x + d·o·s = 5).
_SHORT_NUMBER_WORDS = frozenset("uno dos tres un une due tre um dois ein zwei drei een twee drie bir iki dua tiga "
                                "satu hai ba".split())
_OPERATORS = frozenset("+-*/^=<>×÷·⋅−–≤≥≠")
_VALUE_WORDS = frozenset(("infinity", "infty", "inf", "oo", "pi"))  # math wherever they stand
_CALL_WORDS = frozenset("gcd lcm max min det lim mod".split())  # math only when an argument follows directly
_MATH_CHARACTERS = set("+-*/^=<>()[]{}|%×÷·⋅−–≤≥≠√∛∜∫∑∏∞π→≡°′±∓…⋯∂⌊⌋⌈⌉∈∪∩≈ℝ⁄") | set(
    "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋ₙ")
# The look-ahead of `accented` is bounded: unbounded, it ran over a whole run of quotes (''''...) at each one.
_PIECE = re.compile(r"""
 (?P<space>\s+)
|(?P<ordinal>\d+(?:st|nd|rd|th)\b)
|(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+)
|(?P<ellipsis>\.\.\.|…|⋯)
|(?P<command>\\[A-Za-z]+|\\[^A-Za-z\s])
|(?P<accented>(?=[A-Za-z'’]{0,40}[À-ÖØ-öø-ɏ\u1e00-\u1eff])[A-Za-zÀ-ÖØ-öø-ɏ\u1e00-\u1eff]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏ\u1e00-\u1eff]+)*)
|(?P<hyphenated>[A-Za-z]{2,}(?:-[A-Za-z]{2,})+)
|(?P<latin>[A-Za-z]+(?:'[a-z]+)?)
|(?P<greek>[\u0370-\u03ff])
|(?P<mathchar>[+\-*/^=<>()\[\]{}|%×÷·⋅−–≤≥≠√∛∜∫∑∏∞→≡°′±∓∂⌊⌋⌈⌉∈∪∩≈ℝ⁄⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋ₙ_!'&\\])
|(?P<cjk>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\u0e00-\u0e7f]+)
|(?P<word>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0965\u0970-\u097f\u064b-\u065f\u0670])*)
|(?P<char>.)
""", re.X | re.S)
_LATEX_SPAN = re.compile(
    r"\$\$(?P<display>.+?)\$\$|\$(?P<inline>.+?)\$|\\\[(?P<bracket>.+?)\\\]|\\\((?P<paren>.+?)\\\)"
    r"|\\begin\{(?P<env>align|equation|gather|eqnarray|aligned)\*?\}(?P<body>.+?)\\end\{(?P=env)\*?\}"
    r"|(?P<matrix>\\begin\{(?P<menv>[pbvBV]?matrix)\}.+?\\end\{(?P=menv)\})", re.S)


@dataclass(frozen=True)
class Segment:
    kind: Literal["word", "math", "comma", "break"]  # comma: a list separator; break: sentence punctuation
    text: str
    attached: bool = False  # no space before it

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class LetterWords:
    """Single letters that are words in the request's language (Spanish "a" = to, "y" = and): such a letter,
    spaced on both sides, is a word between two formulas ("de 0 a 1") or after one of the `after` words
    ("respecto a x"); anywhere else it stays a variable."""

    letters: frozenset[str] = frozenset()
    after: frozenset[tuple[str, str]] = frozenset()


NO_LETTER_WORDS = LetterWords()


def segment(text: str, letter_words: LetterWords = NO_LETTER_WORDS) -> list[Segment]:
    """Words and formulas of `text`, in order (see the module docstring)."""
    text = unicodedata.normalize("NFC", text).replace("\\$", " ＄ ")
    text = _ORDER_DIGIT.sub(lambda m: _HAN_DIGITS[int(m.group(1))], text)
    text = _LOG_BASE.sub(r"log_{\1}", _NEGATIVE_INFINITY.sub("-", text))
    text = _LIMIT_IN_BRACKETS.sub(r"lim_{\1 → \2}", text)
    out: list[Segment] = []
    position = 0
    for match in _LATEX_SPAN.finditer(text):
        out += _plain(text[position:match.start()], letter_words)
        attached = match.start() > 0 and not text[match.start() - 1].isspace()
        if match.group("env") is not None:
            rows = [r.replace("&", "") for r in re.split(r"\\\\", match.group("body")) if r.strip()]
            for index, row in enumerate(rows):
                if index:
                    out.append(Segment("comma", ","))
                out.append(Segment("math", row.strip(), attached and index == 0))
        else:
            body = next(g for g in (match.group("display"), match.group("inline"), match.group("bracket"),
                                    match.group("paren"), match.group("matrix")) if g is not None)
            # "$a + b = 5,$ $b + c = 7,$": a comma typed inside the dollars still ends the formula, as outside
            trailing = body.strip().endswith(",")
            rows = _system_rows(body.strip().removesuffix(",") if trailing else body)
            for index, row in enumerate(rows):
                if index:
                    out.append(Segment("comma", ","))
                out.append(Segment("math", row, attached and index == 0))
            if trailing and rows:
                out.append(Segment("comma", ","))
        position = match.end()
        if len(out) > MAX_SEGMENTS:
            break
    out += _plain(text[position:], letter_words)
    return merge_math(_lone_letters(out))[:MAX_SEGMENTS]


# A system typed as one formula: `\begin{cases} x + y = 5 \\ x - y = 1 \end{cases}` (or the array inside
# `\left\{ ... \right.`), or equations joined by commas at the top level (`a + b = 5,\; b + c = 7`). Each row
# becomes its own formula, as if typed `$x + y = 5$, $x - y = 1$`. A row with text in it (a case of a function
# defined by cases: `x^2 & \text{if } x < 0`) is not a relation, so such a body is left whole. Commas split
# equations only: `0 < a, b < 1` says both a and b lie in (0, 1), never 0 < a and b < 1.
_SYSTEM_ENVIRONMENT = re.compile(r"^\\begin\{cases\}(?P<rows>.*)\\end\{cases\}$|"
                                 r"^\\left\s*\\\{\s*\\begin\{array\}\s*\{[lcr]*\}(?P<array>.*)\\end\{array\}"
                                 r"\s*\\right\s*\.$", re.S)
_RELATION_SIGN = re.compile(r"=|<|>|\\(?:le|ge|leq|geq|ne|neq|lt|gt)(?![A-Za-z])")
_EQUATION_SIGN = re.compile(r"(?<![<>!=])=(?!=)")
_TEXT_IN_ROW = re.compile(r"\\(?:text|mbox|textrm|mathrm|quad|qquad)(?![A-Za-z])")


def _system_rows(body: str) -> list[str]:
    """The formulas of one delimited body: its rows when it is a system (see above), else the body."""
    body = body.strip()
    environment = _SYSTEM_ENVIRONMENT.match(body)
    if environment is not None:
        rows = [r.replace("&", "").strip() for r in re.split(r"\\\\", environment.group("rows") or
                                                             environment.group("array") or "")]
        rows = [r.rstrip(",;.").strip() for r in rows if r.strip()]
    else:
        rows = [r.strip() for r in _top_level_commas(body)]
        rows = [r for r in rows if r]
        if len(rows) < 2 or not all(_EQUATION_SIGN.search(r) for r in rows):
            return [body] if body else []
    if all(_RELATION_SIGN.search(r) and not _TEXT_IN_ROW.search(r) for r in rows):
        return rows
    return [body] if body else []


def _top_level_commas(body: str) -> list[str]:
    """`body` cut at the commas outside brackets (a LaTeX space after a comma, `,\\;`, goes with it)."""
    pieces, depth, start = [], 0, 0
    for index, character in enumerate(body):
        depth += character in "([{"
        depth -= character in ")]}"
        if character == "," and depth == 0:
            pieces.append(body[start:index])
            start = index + 1
    pieces.append(body[start:])
    return [re.sub(r"^\s*(?:\\[,;:! ]|\\quad|\\qquad|~)+", "", p) for p in pieces]


def _plain(text: str, letter_words: LetterWords = NO_LETTER_WORDS) -> list[Segment]:
    # A Han or kana run is a word of its own: "解方程x^2-4=0", "までx^2" (no space before the formula there)
    pieces = [("word" if m.lastgroup == "cjk" else m.lastgroup or "char", m.group()) for m in _PIECE.finditer(text)]
    out: list[Segment] = []
    depth = 0
    spaced = True
    relation_before = False  # whether the formula being built has a relation sign: "x + y = 3" is complete
    for index, (kind, piece) in enumerate(pieces):
        if kind == "space":
            spaced = True
            if _line_break_between_formulas(piece, pieces, index, out, depth, relation_before):
                out.append(Segment("comma", ","))
                relation_before = False
            continue
        before = _neighbour(pieces, index, -1)
        after = _neighbour(pieces, index, 1)
        glued_after = index + 1 < len(pieces) and pieces[index + 1][0] != "space"
        is_math = False
        if kind == "mathchar" and piece == "(" and after[0] in ("latin", "hyphenated") and len(after[1]) >= 2 and \
                after[1].lower() not in _MATH_WORDS | _CALL_WORDS | set(_LOCAL_FUNCTIONS):
            kind = "char"  # "(as a decimal)": a parenthesis around words
        if kind == "mathchar" and piece == ")" and out and out[-1].kind == "word":
            kind = "char"
        if kind in ("number", "greek", "mathchar", "command"):
            is_math = True
            if piece in "([{":
                depth += 1
            elif piece in ")]}":
                depth = max(0, depth - 1)
            if piece == "!" and not (out and out[-1].kind == "math" and not spaced):
                is_math = False
        elif kind == "ellipsis":
            is_math = bool(out) and out[-1].kind == "math"
        elif kind == "latin" and piece.lower() in letter_words.letters and spaced and not glued_after and \
                _letter_is_word(piece.lower(), before, after, out, letter_words):
            kind = "word"
        elif kind == "latin":
            is_math = _latin_is_math(piece, before, after, spaced, glued_after, out)
        elif kind == "char" and piece in ",;" and depth > 0:
            is_math = True
        relation_before = is_math and (relation_before or piece in _RELATION_CHARACTERS)
        if is_math:
            out.append(Segment("math", _LOCAL_FUNCTIONS.get(piece.lower(), piece), not spaced))
        elif kind in ("latin", "word", "ordinal", "hyphenated", "accented"):
            out.append(Segment("word", piece, not spaced))
        elif piece in ",;":
            out.append(Segment("comma", piece))
        else:
            out.append(Segment("break", piece))
        spaced = False
    return out


_RELATION_CHARACTERS = frozenset("=<>≤≥≠")
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")


def _line_break_between_formulas(space: str, pieces: list[tuple[str, str]], index: int, out: list[Segment],
                                 depth: int, relation_before: bool) -> bool:
    """A line break between two complete formulas ends the first: "x + y = 3\nx - y = 1" is a system of two
    equations, never x + y = 3·x - y = 1. A line that ends in an operator or an open bracket, or a next line that
    starts with one ("3x\n- 2 = 0"), continues the formula."""
    if "\n" not in space or depth or not out or out[-1].kind != "math":
        return False
    before, after = _neighbour(pieces, index, -1), _neighbour(pieces, index, 1)
    ends_operand = before[0] in ("number", "latin", "greek") or before[1] in (")", "]", "}", "!") or \
        before[0] == "mathchar" and before[1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
    if not ends_operand:
        return False
    starts_operand = after[0] in ("number", "latin", "greek") or after[1] in ("(", "[", "|", "√")
    # "x + y = 3\n-x + 2y = 0": a line that opens with a sign starts a new equation when both lines are relations
    signed_relation = after[1] in ("-", "−", "+") and relation_before and _next_line_relates(pieces, index)
    return starts_operand or signed_relation


def _next_line_relates(pieces: list[tuple[str, str]], index: int) -> bool:
    for kind, piece in pieces[index + 1:]:
        if kind == "space" and "\n" in piece:
            return False
        if kind == "mathchar" and piece in _RELATION_CHARACTERS:
            return True
    return False


def _neighbour(pieces: list[tuple[str, str]], index: int, step: int) -> tuple[str, str]:
    index += step
    while 0 <= index < len(pieces) and pieces[index][0] == "space":
        index += step
    return pieces[index] if 0 <= index < len(pieces) else ("none", "")


def _letter_is_word(letter: str, before: tuple[str, str], after: tuple[str, str], out: list[Segment],
                    letter_words: LetterWords) -> bool:
    if before[0] in ("latin", "accented", "word") and (before[1].lower(), letter) in letter_words.after:
        return not (out and out[-1].kind == "math")
    if before[0] in ("latin", "accented", "word") and after[0] in ("latin", "accented", "word") and \
            (before[0] != "latin" or len(before[1]) > 1) and (after[0] != "latin" or len(after[1]) > 1) and \
            after[1].lower() not in _MATH_WORDS | _VALUE_WORDS:
        return True  # between two words ("Calcule o limite"): an article, not a variable
    ends_formula = before[0] in ("number", "greek") or before[0] == "latin" and len(before[1]) == 1 or \
        before[1] in (")", "]", "}", "!")
    from agentlib.mathsolve.lexicon import infinity_word

    starts_formula = after[0] in ("number", "greek", "latin") or after[1] in ("(", "[", "{", "-", "√") or \
        infinity_word(after[1])
    return ends_formula and starts_formula and bool(out) and out[-1].kind == "math"


def _latin_is_math(piece: str, before: tuple[str, str], after: tuple[str, str], spaced: bool, glued_after: bool,
                   out: list[Segment]) -> bool:
    lower = piece.lower()
    previous_math = bool(out) and out[-1].kind == "math"
    if lower in _VALUE_WORDS:
        return True
    if lower in _MATH_WORDS or lower in _LOCAL_FUNCTIONS:
        return after[0] in ("number", "latin", "greek", "mathchar") and after[1] not in ("=",) or previous_math
    if lower in _CALL_WORDS:
        if lower == "mod":
            return previous_math and after[0] in ("number", "latin", "mathchar")
        return after[1] in ("(", "_", "[") or (lower == "lim" and after[0] == "latin" and len(after[1]) == 1)
    if len(piece) == 1:
        return True
    if compound_number(lower) is not None or lower in _SHORT_NUMBER_WORDS:
        return False  # "x*two", "x + dos": a number word, never the product t·w·o
    bound_follows = after[0] == "number" or after[1] in ("-", "+", "−")
    preposition = bound_follows and _is_english(lower)
    if re.fullmatch(r"d[a-df-z]", piece) and previous_math and after[1] != "(" and not preposition:
        # the dx that ends an integral (never "de", nor "da" before a bound: a preposition, "da -1 a 0")
        return True
    if len(piece) <= 3 and ((previous_math and not spaced) or (glued_after and after[0] in ("number", "mathchar"))):
        return piece.isascii() and not piece.isupper() or len(piece) == 1
    operator_before = before[0] == "mathchar" and before[1] in _OPERATORS
    operator_after = after[0] == "mathchar" and after[1] in _OPERATORS
    if len(piece) <= 3 and piece.islower() and (operator_before or operator_after) and not _is_english(lower):
        return True  # "ax^2 + bx + c": a product of letters between operators
    return False


def _is_english(word: str) -> bool:
    """A word of the English vocabulary, a number word or a word of another language's table ("de", "von", "bis"):
    never a product of letters."""
    from agentlib.mathsolve.lexicon import known_word
    from agentlib.mathsolve.vocabulary import ENGLISH_FILLER, ENGLISH_PHRASES

    return word in ENGLISH_FILLER or any(word in phrase for phrase in ENGLISH_PHRASES) or known_word(word) or \
        compound_number(word) is not None  # "x + one": the number word, never o·n·e


def _lone_letters(segments: list[Segment]) -> list[Segment]:
    """A lone "a", "A" or "I" before a word, after a word or a space ("is 91 a prime"), is the English word; before
    a Hangul word it stays a variable ("2t=6 a 구해줘" asks for a, never "a 구해줘")."""
    out = list(segments)
    for index, seg in enumerate(out):
        if seg.kind == "math" and seg.text in ("a", "A", "I") and index < len(out) - 1:
            after_word = out[index + 1].kind == "word" and not out[index + 1].attached and \
                not _HANGUL.match(out[index + 1].text)
            before_word = index > 0 and out[index - 1].kind == "word"
            if after_word and (before_word or not seg.attached):
                out[index] = Segment("word", seg.text, seg.attached)
    return out


def merge_math(segments: list[Segment]) -> list[Segment]:
    """Consecutive math pieces form one formula (with single spaces where the text had any), except a letter that
    names the unknown after an equation (see `_names_the_unknown`)."""
    out: list[Segment] = []
    related = False  # whether the formula being joined has a relation sign (kept, not rescanned: linear time)
    for index, seg in enumerate(segments):
        if seg.kind == "math" and out and out[-1].kind == "math" and \
                not (related and not _ends_in_a_function(out[-1].text) and
                     _names_the_unknown(seg, segments[index + 1:index + 2 * _LONGEST_LETTER_LIST + 2])):
            joined = out[-1].text + ("" if seg.attached else " ") + seg.text
            out[-1] = Segment("math", joined, out[-1].attached)
            related = related or _RELATION_SIGN_IN_TEXT.search(seg.text) is not None
        else:
            out.append(seg)
            related = seg.kind == "math" and _RELATION_SIGN_IN_TEXT.search(seg.text) is not None
    return out


# The words after a letter that make it the thing asked about: "x에 대해 풀어" (for x), "x의 값은" (x's value),
# "x는?", "x를 구해", "x 구해줘", Japanese "xについて解いて", "xの値". 의 alone is not one: "y=3 x의 그래프" may be 3x.
_KOREAN_NAMING_WORDS = frozenset("에대해 에대하여 에대한 에대해서 는 은 를 을 값 값은 값을 값이".split())
_KOREAN_ASKING_STARTS = ("구해", "구하", "값")
_JAPANESE_NAMING_PARTICLES = ("について", "の値", "を求め")
_RELATION_SIGN_IN_TEXT = re.compile(r"[=<>≤≥≠]")
_LONGEST_LETTER_LIST = 4  # "x, y, z" named after a system


def _names_the_unknown(letter: Segment, following: list[Segment]) -> bool:
    """A lone letter (or a list of them) typed after a space behind a complete equation, with a word that asks about
    it after it, is the unknown the request names, never a factor of the equation's last term: "2x+5=13 x에 대해
    풀어" solves 2x+5=13 for x (read as 2x+5=13x it answered x = 5/11), "x-y=2 x,y 구해" solves for x and y. Only
    with a relation sign before it (the caller's test): "x^2+3 x를 미분해" stays one formula."""
    if letter.attached or not _lone_letter(letter):
        return False
    index = 0
    while index + 1 < min(len(following), 2 * _LONGEST_LETTER_LIST) and following[index].kind == "comma" and \
            _lone_letter(following[index + 1]):
        index += 2
    words = [seg.text for seg in following[index:index + 2] if seg.kind == "word"]
    if not words:
        return False
    first, second = words[0], (words[1] if len(words) > 1 else "")
    return first in _KOREAN_NAMING_WORDS or first.startswith(_KOREAN_ASKING_STARTS) or \
        first == "에" and second.startswith("대") or first == "의" and second.startswith("값") or \
        first.startswith(_JAPANESE_NAMING_PARTICLES)


def _ends_in_a_function(formula: str) -> bool:
    """"y = sin x cos": the letter after it is the function's argument, whatever follows (only the tail is read)."""
    tail = re.search(r"[A-Za-z]+$", formula[-8:])
    return tail is not None and tail.group().lower() in _MATH_WORDS | _CALL_WORDS | set(_LOCAL_FUNCTIONS)


def _lone_letter(seg: Segment) -> bool:
    return seg.kind == "math" and re.fullmatch(r"[A-Za-z]", seg.text) is not None
