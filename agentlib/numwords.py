"""English number words, defined once for every reader of prose (puzzles, checking, documents).

Each table maps a word to its value; readers combine the ones they need (a puzzle counts people
with `CARDINALS`, a word-problem checker also knows that "a dozen" is 12 and "a third" divides by 3).
"""

from __future__ import annotations

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

