"""Spoken arithmetic in number words of other languages ("пять плюс три", "삼 더하기 사", "三加五"), with fresh
numbers spelled here, independently of the reader, and answers checked against exact arithmetic."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.foreign_arithmetic import spell_foreign_arithmetic

RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
            "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
            "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
               "девятьсот"]
TR_UNITS = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TR_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
            "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
AR_UNITS = ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
HI_SMALL = ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह",
            "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस"]
HI_TENS = {30: "तीस", 40: "चालीस", 50: "पचास", 60: "साठ", 70: "सत्तर", 80: "अस्सी", 90: "नब्बे"}
HAN = "零一二三四五六七八九"
KO = "영일이삼사오육칠팔구"


def russian(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [RU_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        words.append(RU_TENS[rest // 10])
        if rest % 10:
            words.append(RU_UNITS[rest % 10])
    elif rest or not hundreds:
        words.append(RU_UNITS[rest])
    return " ".join(words)


def turkish(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    hundreds, rest = divmod(rest, 100)
    words = ([] if thousands == 0 else ["bin"] if thousands == 1 else [TR_UNITS[thousands], "bin"])
    words += [] if hundreds == 0 else ["yüz"] if hundreds == 1 else [TR_UNITS[hundreds], "yüz"]
    if rest // 10:
        words.append(TR_TENS[rest // 10])
    if rest % 10 or not words:
        words.append(TR_UNITS[rest % 10])
    return " ".join(words)


def spanish(n: int) -> str:  # 0 to 99
    if n <= 20:
        return ES_UNITS[n]
    if n < 30:
        return "veinti" + ES_UNITS[n - 20] if n != 22 and n != 23 and n != 26 else \
            {22: "veintidós", 23: "veintitrés", 26: "veintiséis"}[n]
    return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_UNITS[n % 10])


def arabic(n: int) -> str:  # 0 to 99 (11 and 12 have their own forms; left out)
    tens, unit = divmod(n, 10)
    if tens == 0:
        return AR_UNITS[unit]
    if unit == 0:
        return AR_TENS[tens]
    if tens == 1:
        return f"{AR_UNITS[unit]} عشر"
    return f"{AR_UNITS[unit]} و{AR_TENS[tens]}"


def hindi(n: int) -> str:  # the numbers this reader knows: 0 to 20, whole tens, and whole hundreds
    if n <= 20:
        return HI_SMALL[n]
    if n in HI_TENS:
        return HI_TENS[n]
    return f"{HI_SMALL[n // 100]} सौ"


def characters(n: int, digits: str, places: str) -> str:
    """Chinese (digits 零一..., places 十百千) or Sino-Korean (영일..., 십백천) below ten thousand."""
    if n == 0:
        return digits[0]
    out = ""
    for place, mark in ((1000, places[2]), (100, places[1]), (10, places[0])):
        count, n = divmod(n, place)
        if count:
            out += ("" if count == 1 else digits[count]) + mark
    return out + (digits[n] if n else "")


def chinese(n: int) -> str:
    """Chinese below ten thousand: 一百, 一百一十, 一百零五, 一千零一十 (零 marks skipped places)."""
    if n == 0:
        return HAN[0]
    out, skipped = "", False
    for place, mark in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        count, n = divmod(n, place)
        if count:
            out += ("零" if skipped else "") + ("" if count == 1 and place == 10 and not out else HAN[count]) + mark
            skipped = False
        elif out:
            skipped = n > 0
    return out


def _japanese_number(rng: random.Random) -> int:
    """Japanese says 305 as 三百五, which Chinese speakers say for 350: such numbers are left out."""
    while True:
        n = rng.randint(0, 9999)
        if not (n >= 100 and n % 10 and (n // 10) % 10 == 0):
            return n


def _hindi_number(rng: random.Random) -> int:
    return rng.choice([*range(0, 21), *HI_TENS, *(100 * k for k in range(2, 10))])


LANGUAGES = {
    # language: (speller, number drawer, operators with their symbols, a template around the chain)
    "ru": (russian, lambda r: r.randint(0, 999), {"плюс": "+", "минус": "-", "умножить на": "*",
                                                   "разделить на": "/"}, ["{}", "Сколько будет {}?"]),
    "tr": (turkish, lambda r: r.randint(0, 9999), {"artı": "+", "eksi": "-", "çarpı": "*", "bölü": "/"},
           ["{}", "{} kaç eder?", "{} kaçtır?"]),
    "es": (spanish, lambda r: r.randint(0, 99), {"más": "+", "menos": "-", "por": "*", "dividido entre": "/"},
           ["{}", "¿Cuánto es {}?"]),
    "ar": (arabic, lambda r: r.choice([n for n in range(100) if n not in (11, 12)]),
           {"زائد": "+", "ناقص": "-", "ضرب": "*"}, ["{}", "كم يساوي {}؟"]),
    "hi": (hindi, _hindi_number, {"धन": "+", "गुणा": "*"}, ["{}", "{} कितना है?"]),
    "zh": (chinese, lambda r: r.randint(0, 9999),
           {"加": "+", "减": "-", "乘以": "*", "除以": "/"}, ["{}", "{}等于多少？", "{}是多少？"]),
    "ja": (lambda n: characters(n, HAN, "十百千"), _japanese_number,
           {"たす": "+", "ひく": "-", "かける": "*", "わる": "/"}, ["{}", "{}は？", "{}はいくつ？"]),
    "ko": (lambda n: characters(n, KO, "십백천"), lambda r: r.randint(0, 9999),
           {"더하기": "+", "빼기": "-", "곱하기": "*", "나누기": "/"},
           ["{}{topic}?", "{}{topic} 얼마야?", "{}{topic} 뭐야?"]),
}
_APPLY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}


def _request(language: str, rng: random.Random) -> tuple[str, Fraction | None]:
    speller, draw, operators, templates = LANGUAGES[language]
    first, second = draw(rng), draw(rng)
    word = rng.choice(sorted(operators))
    symbol = operators[word]
    if symbol == "/" and second == 0:
        second = 4 if language != "hi" else 5
    joiner = "" if language in ("zh", "ja") else " "
    chain = joiner.join((speller(first), word, speller(second)))
    last = ord(chain[-1]) - 0xAC00
    topic = "은" if 0 <= last < 11172 and last % 28 else "는"  # a syllable closed by a consonant takes 은
    return rng.choice(templates).format(chain, topic=topic), _APPLY[symbol](Fraction(first), Fraction(second))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("seed", range(10))
def test_spoken_arithmetic_in_number_words_is_read_and_right(language, seed):
    rng = random.Random(f"{language}-{seed}")
    text, expected = _request(language, rng)
    result = solve_math(text)
    assert result.verified, (text, spell_foreign_arithmetic(text), result.reason)
    found = Fraction(result.value["expression"].replace(" ", ""))
    assert found == expected, (text, result.answer)


@pytest.mark.parametrize("text", [
    "пять три плюс два",  # two numbers side by side: neither read
    "beş üç artı iki",
    "三百五加一",  # 350 said short, or 305?
    "五三加一",
    "육 나누기 2x",  # 6/(2x) or (6/2)x once written
    "삼 더하기 사과",  # an apple is no number
    "минус пять плюс три",  # a sign said as a word: left out
    "一百零加五",
    "cinco por ciento",  # 5%, never 5 × 100
    "veinte por ciento de 50",
    "1,000 artı 250",  # one or a thousand, in a language that writes decimal commas
    "1,000 плюс 250",
    "mil más 1,000",
])
def test_number_words_that_are_not_one_number_are_never_answered(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("text", [
    "一本书25元，买4本要多少钱？",  # a numeral inside a word, no operator
    "3일 더하기 5일",  # days glued to digits: 일 is no number there
    "增加五",  # 加 inside a word
    "2 곱하기 3",  # digits and a Korean operator: spoken.py's
    "5 más 3",  # arithmetic_line.py's
    "bir sayı artı",
])
def test_text_without_a_worded_chain_is_left_as_typed(text):
    assert spell_foreign_arithmetic(text) == text


@pytest.mark.parametrize("text, answer", [
    ("3,5 artı 2", Fraction(11, 2)),  # a decimal comma that cannot be a thousands group
    ("1,000 더하기 삼은?", Fraction(1003)),  # Korean groups thousands with a comma
    ("三加五乘二", Fraction(13)),  # products first, as in "3 plus 5 times 2"
    ("Сколько будет сто минус тридцать семь?", Fraction(63)),
    ("treinta y cinco menos cinco", Fraction(30)),
    ("خمسة وعشرون زائد ثلاثة عشر", Fraction(38)),
    ("一千零五十减五十等于多少？", Fraction(1000)),
    ("스물셋 더하기 열둘은?", Fraction(35)),  # native Korean numbers
    ("하나 더하기 둘은 뭐야?", Fraction(3)),
])
def test_worded_chains_beside_decimals_and_precedence(text, answer):
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"].replace(" ", "")) == answer, (text, result.answer)
