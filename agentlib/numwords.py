"""English number words, defined once for every reader of prose (puzzles, checking, documents).

Each table maps a word to its value; readers combine the ones they need (a puzzle counts people
with `CARDINALS`, a word-problem checker also knows that "a dozen" is 12 and "a third" divides by 3).
"""

from __future__ import annotations

import re

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                          "trillion": 1_000_000_000_000}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
# "a third", "two fifths": the denominator a fraction word names ("second" is never a fraction)
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{word: value for word, value in ORDINALS.items() if value >= 3},
    **{word + "s": value for word, value in ORDINALS.items() if value >= 3},
    "hundredth": 100, "hundredths": 100,
}
MULTIPLIERS: dict[str, int] = {"twice": 2, "double": 2, "doubles": 2, "triple": 3, "thrice": 3, "quadruple": 4}
GROUPS: dict[str, int] = {"dozen": 12, "dozens": 12, "pair": 2, "pairs": 2, "couple": 2, "score": 20}


def small_number(word: str) -> int | None:
    """The value of a digit string or a cardinal word ("7", "seven"), else None."""
    word = word.lower()
    if word.isascii() and word.isdigit():
        return int(word)
    return CARDINALS.get(word)


def compound_number(word: str) -> int | None:
    """A cardinal from zero to ninety-nine written as one word ("seven", "forty", "twenty-one"), else None."""
    word = word.lower()
    if word in CARDINALS:
        return CARDINALS[word]
    if word in TENS:
        return TENS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and CARDINALS.get(unit, 0) in range(1, 10):
        return TENS[tens] + CARDINALS[unit]
    return None


def numbers_in_digits(text: str) -> str:
    """Lower-case `text` with its cardinal words in digits: "one hundred and five" -> "105", "twenty-one" -> "21",
    "a two-digit number" -> "a 2-digit number"; "between one hundred and one hundred twenty" keeps its "and"
    (an "and" is read into a number only when no "hundred" follows the next word)."""
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)*|\d+|[^\sa-z\d]+|\s+", text)
    words = [(index, token) for index, token in enumerate(tokens) if not token.isspace()]
    out = list(tokens)
    position = 0
    while position < len(words):
        index, token = words[position]
        digit_word = re.fullmatch(r"([a-z]+(?:-[a-z]+)?)-digit", token)
        if digit_word and compound_number(digit_word.group(1)) is not None:
            out[index] = f"{compound_number(digit_word.group(1))}-digit"
            position += 1
            continue
        value, used = _spoken_number([word for _, word in words[position:position + 8]])
        if used == 0:
            position += 1
            continue
        last = words[position + used - 1][0]
        out[index] = str(value)
        for dropped in range(index + 1, last + 1):
            out[dropped] = ""
        position += used
    return "".join(out)


def _spoken_number(words: list[str]) -> tuple[int, int]:
    """The value of the number words at the start of `words` and how many words it took; (0, 0) if none."""
    def small(at: int) -> int | None:
        return compound_number(words[at]) if at < len(words) else None

    def is_scale(at: int) -> bool:
        return at < len(words) and words[at] == "hundred"

    first = small(0)
    if first is None and not (words[:1] in (["a"], ["one"]) and is_scale(1)):
        return 0, 0
    if not is_scale(1):
        return first or 0, 1
    value, used = (first if first is not None else 1) * 100, 2
    if used < len(words) and words[used] == "and" and small(used + 1) is not None and not is_scale(used + 2):
        used += 1
    rest = small(used)
    if rest is not None and rest > 0 and not is_scale(used + 1):
        value, used = value + rest, used + 1
    return value, used


def is_ordinal(word: str) -> bool:
    """Whether `word` names a place in an order, of any size: "first", "twelfth", "fortieth", "hundredth",
    "millionth", or digits with a suffix ("12th", "999999999999th"). Readers that only know some places use it to
    refuse the others rather than read them as plain words."""
    word = word.lower()
    if word[:-2].isascii() and word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return True
    if word in ORDINALS:
        return True
    stem = word[:-4] + "y" if word.endswith("ieth") else word[:-2] if word.endswith("th") else ""
    return stem in TENS or stem in SCALES

