"""Spoken arithmetic in other languages: "пять плюс три", "beş artı üç", "सात गुणा आठ", "خمسة زائد ثلاثة",
"三たす五", "三加五", "cinco más tres", "삼 더하기 사", "천 빼기 이백오십", "sieben mal acht", "vingt-sept plus
quinze", "ventitré più diciannove", "vinte e três mais dezenove", "dwadzieścia pięć plus siedem", "zeven keer acht",
"tiga kali empat", "3 nhân 4" are written as the formulas 5 + 3, ..., 1000 - 250 before the request is read.

Only a chain of numbers joined by operator words is rewritten: a number (digits, or number words of the
operator's language, `foreign_cardinals.py` and `latin_cardinals.py`), an operator word, a number, and so on.
Words several languages share ("plus"; "acht" is German and Dutch) belong to each of them, and one language must
say every word of a chain ("sieben plus sept" is none). A chain said only in words English reads itself ("six
plus 7 times 3") is English's; a chain never ends on a number that is also the indefinite article with a word
after it ("tres por un número" is three times a number). A number word anywhere else
stays a word ("一本书", "bir sayı"), and so does an operator word without a number on each side ("增加五" holds 加
inside a word). The operators keep the usual precedence once written as symbols, as in English ("3 plus 4 times
2" is 11). A chain is rewritten only when it holds a word the reader did not already read: a number word, or an
operator word of a language below; "5 más 3" and "2 곱하기 3" are left to `arithmetic_line.py` and `spoken.py`.

A Korean particle glued after the last number ("사는", "오는", "이백오십은") stays after the formula; one after a
number inside the chain ends the chain. A number whose words do not make one well-formed number ("пять три")
breaks the chain, and the request is read as it was (and abstained on).

Left out: the operand order of Chinese 除 alone ("a 除 b" is b / a, so only 除以 is read), Japanese で割る,
"the sum of five and three" phrasings (Hindi "पाँच और तीन का जोड़"), and signs said as words ("минус пять").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agentlib.mathsolve.foreign_cardinals import (
    HAN,
    SINO_KOREAN,
    SPACED,
    SpacedCardinals,
    glued_thousands,
    parse_characters,
    parse_native_korean,
    parse_spaced,
)
from agentlib.mathsolve.latin_cardinals import LATIN_SPACED
from agentlib.mathsolve.number_locale import DECIMAL_COMMA

# Operator words by language; `True` marks the languages whose operator words no other reader knows, a set the
# words of a language that no other reader knows ("mal", where "plus" and "minus" are read already).
_OPERATORS: dict[str, tuple[bool | frozenset[str], dict[str, str]]] = {
    "ru": (True, {"плюс": "+", "минус": "-", "умножить на": "*", "умноженное на": "*", "умножь на": "*",
                  "разделить на": "/", "делить на": "/", "поделить на": "/", "делённое на": "/",
                  "деленное на": "/", "разделённое на": "/", "разделенное на": "/"}),
    "tr": (True, {"artı": "+", "eksi": "-", "çarpı": "*", "kere": "*", "bölü": "/"}),
    "hi": (True, {"धन": "+", "जमा": "+", "ऋण": "-", "घटा": "-", "गुणा": "*", "गुणे": "*", "बटा": "/"}),
    "ar": (True, {"زائد": "+", "ناقص": "-", "ضرب": "*", "ضرب في": "*", "مضروبا في": "*", "مضروب في": "*",
                  "مقسوما على": "/", "مقسوم على": "/", "تقسيم": "/", "قسمة": "/"}),
    "ja": (True, {"たす": "+", "足す": "+", "プラス": "+", "ひく": "-", "引く": "-", "マイナス": "-", "かける": "*",
                  "掛ける": "*", "わる": "/", "割る": "/"}),
    "zh": (True, {"加": "+", "加上": "+", "减": "-", "减去": "-", "減": "-", "減去": "-", "乘": "*", "乘以": "*",
                  "除以": "/"}),
    "es": (False, {"más": "+", "menos": "-", "por": "*", "multiplicado por": "*", "dividido por": "/",
                   "dividido entre": "/", "entre": "/"}),
    "ko": (False, {"더하기": "+", "빼기": "-", "곱하기": "*", "나누기": "/"}),
    "de": (False, {"plus": "+", "minus": "-", "mal": "*", "multipliziert mit": "*",
                                "geteilt durch": "/", "dividiert durch": "/"}),
    "nl": (frozenset({"keer", "maal"}), {"plus": "+", "min": "-", "keer": "*", "maal": "*",
                                         "vermenigvuldigd met": "*", "gedeeld door": "/"}),
    "fr": (False, {"plus": "+", "moins": "-", "fois": "*", "multiplié par": "*", "divisé par": "/"}),
    "it": (False, {"più": "+", "meno": "-", "per": "*", "moltiplicato per": "*", "diviso": "/", "diviso per": "/"}),
    "pt": (False, {"mais": "+", "menos": "-", "vezes": "*", "multiplicado por": "*", "dividido por": "/"}),
    "pl": (frozenset({"razy"}), {"plus": "+", "minus": "-", "razy": "*", "pomnożone przez": "*",
                                 "podzielone przez": "/", "podzielić przez": "/"}),
    "vi": (True, {"cộng": "+", "cộng với": "+", "trừ": "-", "trừ đi": "-", "nhân": "*", "nhân với": "*",
                  "chia": "/", "chia cho": "/"}),
    "id": (frozenset({"tambah", "ditambah", "kurang", "dikurangi", "kali", "dikali", "dikalikan", "bagi", "dibagi"}),
           {"tambah": "+", "ditambah": "+", "kurang": "-", "dikurangi": "-", "kali": "*", "dikali": "*",
            "dikalikan": "*", "bagi": "/", "dibagi": "/"}),
}
# Phrases that open with an operator word and mean something else: "cinco por ciento" is 5%, never 5 × 100.
_NOT_AN_OPERATOR = re.compile(r"(?:por\s+(?:ciento|cien|cento|mil)|per\s+cento)(?![^\W\d_])")
# Number words that are also the indefinite article: before a noun, "tres por un número" is three times a number,
# never 3 × 1, so a chain never ends on one of them with a word after it.
_ARTICLES = frozenset({"un", "una", "uno", "une", "um", "uma", "ein", "eine", "einen", "einem", "einer", "een",
                       "bir", "jeden", "jedna", "jedno", "satu", "một", "один", "одна", "одно", "एक", "واحد"})
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")
# Words English reads as spoken arithmetic itself (`spoken.py`): a chain said only in them ("six plus 7 times 3")
# is English's, with its own precedence and phrases, not French.
_ENGLISH_TOO = frozenset({"six", "zero", "plus", "minus", "cent", "cents"})
# Japanese writes its numbers with the same characters as Chinese.
_CHARACTER_LANGUAGES = frozenset({"ja", "zh"})
# The particles that may close a question after the last number, as (after a final consonant, after a vowel):
# 삼은, 사는. The pair must agree with the number's last syllable, so "오이" (a cucumber) is no 5 with 이, and
# "사과" (an apple) no 4 with 과, a particle that never closes a question.
_KOREAN_PARTICLES = (("은", "는"), ("이", "가"), ("을", "를"))
_DIGITS = r"\d+(?:[.,]\d+)*"
_LONGEST_NUMBER = 12  # words: "две тысячи пятьсот тридцать семь" is five
_THOUSANDS_SHAPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# A letter of a word, with the vowel signs and marks that Python does not count as letters (Devanagari matras,
# Arabic harakat): "सात" is one word, not स and त.
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0962\u0963\u064b-\u065f\u0670])"
_HAN_RUN = "[" + "".join(sorted(HAN.characters())) + "]+"
# A chain must stand apart from a formula: "3일 더하기 5일" (days) holds no number word 일, and "육 나누기 2x" is
# 6/(2x) or (6/2)x once written; so an ASCII letter, digit, bracket, power or factorial glued to either end
# leaves the chain alone.
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9)\]^!.,_]$")
_GLUED_AFTER = re.compile(r"^[A-Za-z0-9(\[^!_]")


@dataclass
class _Token:
    kind: str  # "number", "operator" or "other"
    start: int
    end: int
    formula: str = ""  # a number's digits or an operator's symbol
    languages: frozenset[str] | None = None  # the languages the token is a word of; None: digits, which any writes
    worded: bool = False  # a number said in words, or an operator no other reader knows
    particle: str = ""


def spell_foreign_arithmetic(text: str) -> str:
    """`text` with each chain of numbers and operator words written as a formula (see the module docstring)."""
    if not _could_hold_a_chain(text):
        return text
    tokens = _tokens(text)
    pieces: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        end = _chain_end(text, tokens, index)
        if end is None:
            index += 1
            continue
        chain = tokens[index:end]
        pieces.append(text[position:chain[0].start])
        formula = " ".join(token.formula for token in chain)
        pieces.append(formula + chain[-1].particle)
        position = chain[-1].end
        index = end
    pieces.append(text[position:])
    return "".join(pieces)


def _could_hold_a_chain(text: str) -> bool:
    return _operator_pattern().search(text) is not None


def _chain_end(text: str, tokens: list[_Token], start: int) -> int | None:
    """The end of the chain number (operator number)+ starting at `start`, when it is one to rewrite."""
    if tokens[start].kind != "number" or tokens[start].particle:
        return None
    end = start + 1
    while end + 1 < len(tokens) and tokens[end].kind == "operator" and tokens[end + 1].kind == "number":
        end += 2
        if tokens[end - 1].particle:
            break
    chain = tokens[start:end]
    if _GLUED_BEFORE.search(text[:chain[0].start]) or _GLUED_AFTER.search(text[chain[-1].end:]):
        return None
    said = [token.languages for token in chain if token.languages is not None]
    languages = frozenset.intersection(*said) if said else frozenset()  # one language must say every word
    if len(chain) < 3 or not languages or not any(token.worded for token in chain):
        return None
    if all(" ".join(text[t.start:t.end].lower().split()) in _ENGLISH_TOO for t in chain if t.worded):
        return None
    if text[chain[-1].start:chain[-1].end].lower() in _ARTICLES and _WORD_AFTER.match(text, chain[-1].end):
        return None  # "tres por un número": an article before a noun
    if languages <= DECIMAL_COMMA and any(_THOUSANDS_SHAPED.fullmatch(text[t.start:t.end]) for t in chain):
        return None  # "1,000 artı 250": one, or a thousand? (the operator word is the only sign of the language)
    return end


@lru_cache(maxsize=1)
def _operator_pattern() -> re.Pattern[str]:
    alternatives = []
    for code, (_, table) in _OPERATORS.items():
        for phrase in sorted(table, key=len, reverse=True):
            words = r"\s+".join(re.escape(word) for word in phrase.split())
            bounded = code in _CHARACTER_LANGUAGES
            alternatives.append((len(phrase), words if bounded else rf"(?<!{_LETTER}){words}(?!{_LETTER})"))
    return re.compile("|".join(pattern for _, pattern in sorted(alternatives, key=lambda a: -a[0])))


@lru_cache(maxsize=1)
def _operator_lookup() -> dict[str, tuple[str, frozenset[str], bool]]:
    """Operator phrase (single-spaced) -> (symbol, the languages that say it, worded): "plus" is German, French,
    Dutch and Polish alike."""
    lookup: dict[str, tuple[str, frozenset[str], bool]] = {}
    for code, (new, table) in _OPERATORS.items():
        for phrase, symbol in table.items():
            worded = new if isinstance(new, bool) else phrase in new
            _, languages, before = lookup.get(phrase, (symbol, frozenset(), False))
            lookup[phrase] = (symbol, languages | {code}, before or worded)
    return lookup


# a word may hold hyphens between its letters: French "vingt-sept", "quatre-vingt-dix" are one number each
_TOKEN = re.compile(rf"(?P<digits>{_DIGITS})|(?P<han>{_HAN_RUN})|(?P<word>{_LETTER}+(?:-{_LETTER}+)*)|(?P<other>\S)")


def _tokens(text: str) -> list[_Token]:
    """Numbers, operators and everything else, in order (spaces between them are not tokens)."""
    tokens: list[_Token] = []
    operators = _operator_pattern()
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        operator = operators.match(text, position)
        if operator is not None and not _NOT_AN_OPERATOR.match(text, position):
            symbol, languages, new = _operator_lookup()[" ".join(operator.group().split())]
            tokens.append(_Token("operator", position, operator.end(), symbol, languages, new))
            position = operator.end()
            continue
        match = _TOKEN.match(text, position)
        if match is None:  # only spaces are left unmatched, and they were skipped
            position += 1
            continue
        tokens.append(_token(match))
        position = match.end()
    return _spaced_numbers(text, tokens)


def _token(match: re.Match[str]) -> _Token:
    start, end, kind = match.start(), match.end(), match.lastgroup
    if kind == "digits":
        return _Token("number", start, end, match.group())
    if kind == "han":
        value = parse_characters(HAN, match.group())
        # a numeral run is Chinese or Japanese: the operator beside it says which
        return _Token("number", start, end, str(value), _CHARACTER_LANGUAGES, True) if value is not None else \
            _Token("other", start, end)
    if kind == "word":
        korean = _korean_number(match.group())
        if korean is not None:
            value, particle = korean
            return _Token("number", start, end, str(value), frozenset({"ko"}), True, particle)
    return _Token("other", start, end)


def _korean_number(word: str) -> tuple[int, str] | None:
    """A Sino-Korean or native Korean number, with the particle glued after it ("사는": 4 and 는)."""
    whole = _korean_value(word)
    if whole is not None:
        return whole, ""
    if len(word) < 2:
        return None
    head, particle = word[:-1], word[-1]
    value = _korean_value(head)
    closed = 0xAC00 <= ord(head[-1]) <= 0xD7A3 and (ord(head[-1]) - 0xAC00) % 28 != 0
    if value is None or not any(particle == pair[0 if closed else 1] for pair in _KOREAN_PARTICLES):
        return None
    return value, particle


def _korean_value(word: str) -> int | None:
    native = parse_native_korean(word)
    return native if native is not None else parse_characters(SINO_KOREAN, word)


def _spaced_numbers(text: str, tokens: list[_Token]) -> list[_Token]:
    """Runs of number words of spaced languages, each as one number token when the run is one number."""
    out: list[_Token] = []
    index = 0
    while index < len(tokens):
        run = _number_run(text, tokens, index)
        if run is None:
            out.append(tokens[index])
            index += 1
            continue
        end, value, languages = run
        if value is None:  # "пять три": number words side by side, none of them read
            out += tokens[index:end]
            index = end
            continue
        out.append(_Token("number", tokens[index].start, tokens[end - 1].end, str(value), languages, True))
        index = end
    return out


def _number_run(text: str, tokens: list[_Token], start: int) -> tuple[int, int | None, frozenset[str]] | None:
    """(end, value, languages) of the longest run of words from `start` that a language reads as a number, with
    every language that reads it so ("acht" is German and Dutch); the value is None when the run holds more than
    one number, or when two languages read the same words as different numbers."""
    if tokens[start].kind != "other":
        return None
    readings = [reading for language in _SPACED_LANGUAGES
                if (reading := _run_in(text, tokens, start, language)) is not None]
    if not readings:
        return None
    end = max(reading[0] for reading in readings)
    longest = {(value, code) for run_end, value, code in readings if run_end == end}
    values = {value for value, _ in longest}
    if len(values) != 1 or None in values:
        return end, None, frozenset(code for _, code in longest)
    return end, values.pop(), frozenset(code for _, code in longest)


def _run_in(text: str, tokens: list[_Token], start: int,
            language: SpacedCardinals) -> tuple[int, int | None, str] | None:
    """(end, value, language code) of the run of `language`'s number words from `start` (see `_number_run`)."""
    end = start
    words: list[str] = []
    while end < len(tokens) and tokens[end].kind == "other" and \
            _number_word(language, text[tokens[end].start:tokens[end].end].lower()):
        words.append(text[tokens[end].start:tokens[end].end].lower())
        end += 1
    while words and words[-1] in language.joiners:
        words.pop()
        end -= 1
    if len(words) > _LONGEST_NUMBER:
        return end, None, language.code  # no number is said in so many words: a list, or a flood
    for length in range(len(words), 0, -1):
        value = parse_spaced(language, words[:length])
        if value is not None:
            if length < len(words):
                return end, None, language.code
            return start + length, value, language.code
    return None


_SPACED_LANGUAGES = SPACED + LATIN_SPACED


def _number_word(language: SpacedCardinals, word: str) -> bool:
    if word in language.words() or word in language.joiners or glued_thousands(language, word) is not None:
        return True
    joiner = language.glued_joiner
    return bool(joiner) and word.startswith(joiner) and word[len(joiner):] in language.words()
