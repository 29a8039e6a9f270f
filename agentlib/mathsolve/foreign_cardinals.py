"""Cardinal number words of other languages: "тридцать семь", "on iki", "treinta y cinco", "خمسة وعشرون",
"이백오십", "一百零五", "三千五百".

Two shapes of number are read, each only when it is well formed, so that two numbers side by side are never
summed ("пять три" is not 8, "五三" is not 8):
- spaced words (Russian, Turkish, Spanish, Hindi, Arabic): an optional millions part and thousands part (a count
  below a thousand, or none, then the word for million or thousand; a word that is one of them, Indonesian
  "seribu", takes no count), then hundreds, then tens, then units, each at most once and in that order
  (a teen stands for the tens and the units together); Arabic says the units before the tens ("خمسة وعشرون" is
  5 and 20) and joins the parts with "و", Spanish joins tens and units with "y";
- characters (Chinese, Japanese, Sino-Korean): digits and the place characters 十 百 千 (십 백 천), each place
  lower than the one before, in sections closed by 万 / 億 (만 / 억); Chinese 零 marks a skipped place.

Which language a word belongs to is the caller's: `parse_spaced(language, words)` reads one language's words.

Native Korean numbers below a hundred are one word, tens then units ("스물셋"). Left out: Hindi numbers between 21
and 99 that are not whole tens (each is its own word: पच्चीस), ordinals, fractions, and grammatical gender and case
beyond the forms listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True, eq=False)  # identity: one object per language, hashed for the caches
class SpacedCardinals:
    """One language's number words written with spaces. `hundreds` are words worth a whole hundred (двести:
    200); `hundred` is the word that multiplies the count before it (yüz, सौ); `joiners` stand between parts and
    mean nothing ("y", "و" glued before a word)."""

    code: str
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundreds: dict[str, int] = field(default_factory=dict)
    hundred: frozenset[str] = frozenset()
    thousand: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    glued_joiner: str = ""
    units_before_tens: bool = False
    compound_tens: bool = True
    # a word that makes tens of the unit before it ("dua puluh": 20, "hai mươi": 20)
    ten: frozenset[str] = frozenset()
    # a word that makes a teen of the unit before it ("dua belas": 12)
    teen: frozenset[str] = frozenset()
    # unit forms said only after a tens word ("hai mươi lăm": 25, "hai mươi mốt": 21)
    after_tens: dict[str, int] = field(default_factory=dict)
    # unit words never said after a tens word ("hai mươi năm" is "twenty years": 25 is "hai mươi lăm")
    not_after_tens: frozenset[str] = frozenset()
    # tens that a teen may follow, spaced or joined ("soixante et onze": 71, "quatre-vingt dix": 90)
    tens_before_teens: frozenset[int] = frozenset()
    # single words for a whole number below a thousand, read only alone ("dreihundertfünfundzwanzig": 325)
    whole: dict[str, int] = field(default_factory=dict)
    one_hundred_said: bool = False  # "một trăm": the count one is said before the hundred word
    # the word for a million, after a count ("dos millones", "dua juta")
    million: frozenset[str] = frozenset()
    # words for one thousand or one million that take no count ("seribu", "sejuta": se- is one)
    one_scale: frozenset[str] = frozenset()
    # the thousand word glued between a count and the rest ("zweitausendfünf": 2005), read as one word
    glued_thousand: frozenset[str] = frozenset()

    def words(self) -> frozenset[str]:
        return _spaced_words(self)


@lru_cache(maxsize=16)
def _spaced_words(language: SpacedCardinals) -> frozenset[str]:
    """Every word of `language` (computed once: the readers ask for each word of a request)."""
    return frozenset(language.units) | set(language.teens) | set(language.tens) | set(language.hundreds) | \
        language.hundred | language.thousand | language.ten | language.teen | set(language.after_tens) | \
        set(language.whole) | language.million


def _words(text: str, start: int = 0) -> dict[str, int]:
    """"a b | c" -> {a: start, b: start, c: start + 1}: the forms of each value, one value per `|` part."""
    return {word: start + index for index, forms in enumerate(text.split("|")) for word in forms.split()}


# Russian declines its numbers: after "сумму", "от", "из" a number is genitive ("сумму двадцати пяти и сорока"),
# after "к" dative. Each value lists its nominative, then its genitive and dative forms (the instrumental is left
# out: "семью" is also "family").
RUSSIAN = SpacedCardinals(
    "ru",
    units=_words("ноль нуль нуля нулю | один одна одно одного одной одному | два две двух двум |"
                 " три трёх трех трём трем | четыре четырёх четырех четырём четырем | пять пяти | шесть шести |"
                 " семь семи | восемь восьми | девять девяти"),
    teens=_words("десять десяти | одиннадцать одиннадцати | двенадцать двенадцати | тринадцать тринадцати |"
                 " четырнадцать четырнадцати | пятнадцать пятнадцати | шестнадцать шестнадцати |"
                 " семнадцать семнадцати | восемнадцать восемнадцати | девятнадцать девятнадцати", 10),
    tens={w: 10 * v for w, v in _words("двадцать двадцати | тридцать тридцати | сорок сорока |"
                                       " пятьдесят пятидесяти | шестьдесят шестидесяти | семьдесят семидесяти |"
                                       " восемьдесят восьмидесяти | девяносто девяноста", 2).items()},
    hundreds={w: 100 * v for w, v in _words("сто ста | двести двухсот | триста трёхсот трехсот |"
                                            " четыреста четырёхсот четырехсот | пятьсот пятисот |"
                                            " шестьсот шестисот | семьсот семисот | восемьсот восьмисот |"
                                            " девятьсот девятисот", 1).items()},
    thousand=frozenset({"тысяча", "тысячи", "тысяч", "тысячу", "тысячам"}),
    million=frozenset({"миллион", "миллиона", "миллионов"}),
)
TURKISH = SpacedCardinals(
    "tr",
    units=_words("sıfır | bir | iki | üç | dört | beş | altı | yedi | sekiz | dokuz"),
    teens={},
    tens={w: 10 * v for w, v in _words("on | yirmi | otuz | kırk | elli | altmış | yetmiş | seksen | doksan",
                                       1).items()},
    hundred=frozenset({"yüz"}),
    thousand=frozenset({"bin"}),
    million=frozenset({"milyon"}),
)
SPANISH = SpacedCardinals(
    "es",
    units=_words("cero | uno un una | dos | tres | cuatro | cinco | seis | siete | ocho | nueve"),
    teens=_words("diez | once | doce | trece | catorce | quince | dieciséis dieciseis | diecisiete | dieciocho |"
                 " diecinueve | veinte | veintiuno veintiún | veintidós veintidos | veintitrés veintitres |"
                 " veinticuatro | veinticinco | veintiséis veintiseis | veintisiete | veintiocho | veintinueve", 10),
    tens={w: 10 * v for w, v in _words("treinta | cuarenta | cincuenta | sesenta | setenta | ochenta | noventa",
                                       3).items()},
    hundreds={"cien": 100, "ciento": 100, **{w: 100 * v for w, v in _words(
        "doscientos doscientas | trescientos trescientas | cuatrocientos cuatrocientas | quinientos quinientas |"
        " seiscientos seiscientas | setecientos setecientas | ochocientos ochocientas |"
        " novecientos novecientas", 2).items()}},
    thousand=frozenset({"mil"}),
    joiners=frozenset({"y"}),
    million=frozenset({"millón", "millon", "millones"}),
)
HINDI = SpacedCardinals(
    "hi",
    units=_words("शून्य | एक | दो | तीन | चार | पाँच पांच | छह छः छ | सात | आठ | नौ"),
    teens=_words("दस | ग्यारह | बारह | तेरह | चौदह | पंद्रह पन्द्रह | सोलह | सत्रह | अठारह | उन्नीस | बीस", 10),
    tens={w: 10 * v for w, v in _words("तीस | चालीस | पचास | साठ | सत्तर | अस्सी | नब्बे", 3).items()},
    hundred=frozenset({"सौ"}),
    thousand=frozenset({"हज़ार", "हजार"}),
    compound_tens=False,  # 35 is पैंतीस, one word: "तीस पाँच" is no number
)
ARABIC = SpacedCardinals(
    "ar",
    units=_words("صفر | واحد واحدة أحد احد | اثنان اثنين اثنتان اثنا اثني | ثلاثة ثلاث |"
                 " أربعة أربع اربعة اربع | خمسة خمس | ستة ست | سبعة سبع | ثمانية ثماني ثمان | تسعة تسع"),
    teens={},
    tens={w: 10 * v for w, v in _words("عشرة عشر | عشرون عشرين | ثلاثون ثلاثين | أربعون أربعين اربعون اربعين |"
                                       " خمسون خمسين | ستون ستين | سبعون سبعين | ثمانون ثمانين | تسعون تسعين",
                                       1).items()},
    hundreds={"مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200},
    thousand=frozenset({"ألف", "الف"}),
    glued_joiner="و",
    units_before_tens=True,  # "ثلاثة عشر" is 3 and 10, "خمسة وعشرون" 5 and 20
)
SPACED: tuple[SpacedCardinals, ...] = (RUSSIAN, TURKISH, SPANISH, HINDI, ARABIC)


def parse_spaced(language: SpacedCardinals, words: list[str]) -> int | None:
    """The number `words` (lower case) say in `language`, or None when they are not one well-formed number."""
    if len(words) == 1 and (glued := glued_thousands(language, words[0])) is not None:
        return glued
    parts: list[str] = []
    for position, word in enumerate(words):
        if word in language.joiners:
            if position == 0 or position == len(words) - 1:
                return None
            continue
        if language.glued_joiner and position > 0 and word.startswith(language.glued_joiner) and \
                word[len(language.glued_joiner):] in language.words():
            word = word[len(language.glued_joiner):]
        if word not in language.words():
            return None
        parts.append(word)
    if not parts:
        return None
    return _scaled(language, parts, ((language.million, 10**6), (language.thousand, 1000)))


def _scaled(language: SpacedCardinals, parts: list[str],
            scales: tuple[tuple[frozenset[str], int], ...]) -> int | None:
    """Millions, then thousands, then the rest: each scale word at most once, after a count below a thousand
    (none for one; none at all for a word that is one of it, "seribu"), with a smaller number after it."""
    if not scales:
        return _below_a_thousand(language, parts)
    (words, scale), lower = scales[0], scales[1:]
    at = [i for i, word in enumerate(parts) if word in words]
    if len(at) > 1:
        return None
    if not at:
        return _scaled(language, parts, lower)
    split = at[0]
    if split and parts[split] in language.one_scale:
        return None  # "dua seribu": seribu is already one thousand
    count = _below_a_thousand(language, parts[:split]) if split else 1
    rest = _scaled(language, parts[split + 1:], lower) if split + 1 < len(parts) else 0
    return None if count is None or rest is None or count == 0 else count * scale + rest


def glued_thousands(language: SpacedCardinals, word: str) -> int | None:
    """The number one word glues from a count, the thousand word and the rest ("zweitausendfünf" 2005,
    "dreitausendzweihundert" 3200, "duemilacinque" 2005), each part a number word of its own; else None."""
    for thousand in language.glued_thousand:
        head, found, tail = word.partition(thousand)
        if not found or not (head or tail):
            continue
        count = 1 if head in ("", "ein", "een") else \
            (_below_a_thousand(language, [head]) if head in language.words() else None)
        rest = 0 if not tail else (_below_a_thousand(language, [tail]) if tail in language.words() else None)
        if count and rest is not None and (head or thousand in language.thousand):
            return count * 1000 + rest
    return None


def _below_a_thousand(language: SpacedCardinals, parts: list[str]) -> int | None:
    """Hundreds, then tens, then units (units then tens where the language says so); each slot once."""
    if len(parts) == 1 and parts[0] in language.whole:
        return language.whole[parts[0]]
    index, total = 0, 0
    if index < len(parts) and parts[index] in language.hundreds:
        total, index = language.hundreds[parts[index]], index + 1
    elif index + 1 < len(parts) and parts[index] in language.units and parts[index + 1] in language.hundred:
        if language.units[parts[index]] < (1 if language.one_hundred_said else 2):
            return None  # "bir yüz": a hundred is said alone
        total, index = language.units[parts[index]] * 100, index + 2
    elif index < len(parts) and parts[index] in language.hundred:
        total, index = 100, index + 1
    rest = parts[index:]
    if not rest:
        return total if index else None
    below = _below_a_hundred(language, rest)
    if below is None or below == 0 and index:
        return None
    return total + below


def _below_a_hundred(language: SpacedCardinals, rest: list[str]) -> int | None:
    """The tens and units `rest` says: one word, tens and a unit, a unit times the tens word ("dua puluh
    lima"), a unit and the teen word ("tujuh belas"), or tens and a teen where the language says so
    ("soixante onze")."""
    units = language.units
    if len(rest) == 1:
        return language.teens.get(rest[0], language.tens.get(rest[0], units.get(rest[0])))
    if len(rest) == 2 and rest[1] in language.teen and units.get(rest[0], 0) >= 2:
        return 10 + units[rest[0]]
    if rest[1] in language.ten and units.get(rest[0], 0) >= 2:
        multiplied = 10 * units[rest[0]]
        if len(rest) == 2:
            return multiplied
        if len(rest) != 3 or rest[2] in language.not_after_tens:
            return None
        after = language.after_tens.get(rest[2], units.get(rest[2], 0))
        return multiplied + after if after >= 1 else None
    if len(rest) != 2:
        return None
    if language.tens.get(rest[0]) in language.tens_before_teens and 10 <= language.teens.get(rest[1], 0) <= 19:
        return language.tens[rest[0]] + language.teens[rest[1]]
    if language.compound_tens:
        tens, unit = (rest[1], rest[0]) if language.units_before_tens else (rest[0], rest[1])
        value = language.after_tens.get(unit, units.get(unit, 0))
        if tens in language.tens and value >= 1 and unit not in language.not_after_tens:
            return language.tens[tens] + value
    return None


@dataclass(frozen=True, eq=False)
class CharacterCardinals:
    """Numbers written as characters: digits, places below ten thousand, section markers, and a zero that marks
    a skipped place."""

    code: str
    digits: dict[str, int]
    places: dict[str, int]
    sections: dict[str, int]
    skipped: frozenset[str] = frozenset()
    short_tail: bool = False  # 三百五 is 350 to a Chinese speaker and 305 to a Japanese one: refused

    def characters(self) -> frozenset[str]:
        return _characters(self)


_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
HAN = CharacterCardinals("zh", _HAN_DIGITS, {"十": 10, "百": 100, "千": 1000},
                         {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}, frozenset({"零"}), short_tail=True)
SINO_KOREAN = CharacterCardinals(
    "ko", {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9},
    {"십": 10, "백": 100, "천": 1000}, {"만": 10**4, "억": 10**8})
# Native Korean numbers below a hundred: a tens word and a units word glued ("스물셋" is 23, "열" is 10)
NATIVE_KOREAN_UNITS = {"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
NATIVE_KOREAN_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80,
                      "아흔": 90}


def parse_native_korean(word: str) -> int | None:
    """"하나" 1, "열" 10, "스물셋" 23, "아흔아홉" 99; None for anything else."""
    for tens_word, tens in (("", 0), *NATIVE_KOREAN_TENS.items()):
        if word.startswith(tens_word):
            rest = word[len(tens_word):]
            if not rest:
                return tens or None
            if rest in NATIVE_KOREAN_UNITS:
                return tens + NATIVE_KOREAN_UNITS[rest]
    return None


@lru_cache(maxsize=16)
def _characters(language: CharacterCardinals) -> frozenset[str]:
    return frozenset(language.digits) | set(language.places) | set(language.sections) | language.skipped


def parse_characters(language: CharacterCardinals, run: str) -> int | None:
    """The number the characters of `run` write, or None when they are not one well-formed number."""
    if not run or any(c not in language.characters() for c in run):
        return None
    if len(run) == 1 and run in language.skipped:
        return language.digits.get(run)
    total, section, pending = 0, 0, None
    last_place, last_section = 10**5, 10**13
    skipped = False
    for character in run:
        if character in language.skipped and section and pending is None:
            skipped = True  # 一百零五: the tens are skipped
            continue
        if character in language.digits:
            if pending is not None:
                return None
            pending = language.digits[character]
            continue
        if character in language.places:
            place = language.places[character]
            if place >= last_place:
                return None
            section += (1 if pending is None else pending) * place
            pending, last_place = None, place
            continue
        scale = language.sections[character]
        if scale >= last_section:
            return None
        section += pending or 0
        total += (section or 1) * scale
        section, pending, last_place, last_section, skipped = 0, None, 10**5, scale, False
    if run[-1] in language.skipped:
        return None  # 一百零: a skipped place with nothing after it
    value = total + section + (pending or 0)
    if language.short_tail and pending is not None and last_place != 10**5 and last_place > 10 and not skipped:
        return None  # 三百五: 350 said short, or 305? refused
    return value
