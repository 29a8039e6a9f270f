"""Chances and expectations of fair dice asked in a sentence, counted over every outcome: two dice ("the chance of
rolling a sum of 7 with two dice", "a sum of 10 or more", "doubles"; the sum said of the dice: "the probability that
two dice sum to 7", "that the sum of two dice is at least 10"), a face at least once in n rolls of one die
("at least one 6 in 4 rolls of a die"), and the expected value of one roll.

Two fair dice have 36 equally likely ordered rolls; an event is the set of rolls its test accepts, found by trying
all 36, so the answer is favourable/36 with the count named in the note. "At least one k in n rolls" is
1 - (5/6)^n: the complement of never rolling k, each roll independent. The expected value of a fair die is the mean
of its faces, 7/2. "Odds" is not read: it is a ratio of favourable to unfavourable to some and a probability to
others. Left out: dice other than six-sided, more than two dice, products and differences of faces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from agentlib.mathsolve.everyday_formulas import Builder, Worded, read_shapes

_FACES = range(1, 7)
_P = r"(?:the )?(?:probability|chance)"
_ROLL = r"(?:rolling|getting|throwing)"
_PLAIN = r"(?:fair |regular |standard |six-sided |normal )*"
_TWO_DICE = rf"(?:with|on|when rolling|when throwing|from) (?:two|2|a pair of) {_PLAIN}dice"
_ONE_DIE = rf"(?:a|one|1) {_PLAIN}die"
_K = r"(\d{1,2})"
_COUNT = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}
_MOST_ROLLS = 60


def _two_dice(test: Callable[[int, int], bool], name: str) -> Worded:
    rolls = [roll for roll in product(_FACES, _FACES) if test(*roll)]
    return Worded(f"{len(rolls)}/36", f"P({name}) with two fair dice = {len(rolls)} of the 36 equally likely rolls")


def _sum_builder(compare: Callable[[int, int], bool], words: str) -> Builder:
    return lambda k: _two_dice(lambda a, b: compare(a + b, int(k)), f"a sum {words} {k}")


_SUM_BOUNDS: list[tuple[str, Callable[[int, int], bool], str]] = [
    (rf"a (?:sum|total) of {_K}", lambda s, k: s == k, "of"),
    (rf"a (?:sum|total) of {_K} or (?:more|higher|greater|above)", lambda s, k: s >= k, "of at least"),
    (rf"a (?:sum|total) of (?:at least) {_K}", lambda s, k: s >= k, "of at least"),
    (rf"a (?:sum|total) of {_K} or (?:less|lower|fewer|below)", lambda s, k: s <= k, "of at most"),
    (rf"a (?:sum|total) of (?:at most) {_K}", lambda s, k: s <= k, "of at most"),
    (rf"a (?:sum|total) (?:greater|more|higher|bigger) than {_K}", lambda s, k: s > k, "greater than"),
    (rf"a (?:sum|total) (?:less|lower|smaller) than {_K}", lambda s, k: s < k, "less than"),
]


def _at_least_once(face: str, rolls: str) -> Worded | None:
    k, n = int(face), _WORDS.get(rolls) or int(rolls)
    if not 1 <= k <= 6 or not 1 <= n <= _MOST_ROLLS:
        return None
    return Worded(f"1 - (5/6)**{n}", f"P(at least one {k} in {n} rolls of a fair die) = 1 - P(no {k}) = 1 - (5/6)^{n}")


# the same bounds said of the dice themselves: "that two dice sum to 7", "that the sum of two dice is 10 or more"
_PREDICATES: list[tuple[str, Callable[[int, int], bool], str]] = [
    (_K, lambda s, k: s == k, "of"),
    (rf"{_K} or (?:more|higher|greater|above)|at least {_K}", lambda s, k: s >= k, "of at least"),
    (rf"{_K} or (?:less|lower|fewer|below)|at most {_K}", lambda s, k: s <= k, "of at most"),
    (rf"(?:greater|more|higher|bigger) than {_K}", lambda s, k: s > k, "greater than"),
    (rf"(?:less|lower|smaller) than {_K}", lambda s, k: s < k, "less than"),
]
_DICE = rf"(?:the )?(?:two|2|a pair of) {_PLAIN}dice"
_DICE_SUM = (rf"(?:the )?(?:sum|total) (?:of|on) {_DICE} (?:is|equals|will be)",  # "the sum of two dice is 7"
             rf"{_DICE} (?:sum|add up|add|total|come to)(?: to)?")  # "two dice sum to 7", "two dice add up to 7"


def _either_bound(compare: Callable[[int, int], bool], name: str) -> Builder:
    """A sum bound whose number may sit in either of its pattern's two alternatives ("K or more", "at least K")."""
    return lambda *ks: _sum_builder(compare, name)(next(k for k in ks if k is not None))


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"{_P} (?:of (?:{_ROLL} )?|that (?:you |i |we )?(?:roll|get|throw) ){words} {_TWO_DICE}"),
     _sum_builder(compare, name))
    for words, compare, name in _SUM_BOUNDS
]
_SHAPES += [
    (re.compile(rf"{_P} (?:that )?{subject} (?:{words})"), _either_bound(compare, name))
    for subject in _DICE_SUM for words, compare, name in _PREDICATES
]
_SHAPES += [  # the event first, the question after: "two dice sum to 7, what is the probability"
    (re.compile(rf"{subject} (?:{words})[,.;:]? (?:what(?:'s| is) )?{_P}"), _either_bound(compare, name))
    for subject in _DICE_SUM for words, compare, name in _PREDICATES
]
_SHAPES += [
    (re.compile(rf"{_P} of {_ROLL} (?:doubles|a double) {_TWO_DICE}"),
     lambda: _two_dice(lambda a, b: a == b, "doubles")),
    (re.compile(rf"{_P} of (?:{_ROLL} )?(?:at least one|at least a) {_K} in {_COUNT} rolls of {_ONE_DIE}"),
     _at_least_once),
    (re.compile(rf"{_P} of (?:{_ROLL} )?(?:at least one|at least a) {_K} (?:when|if) (?:you |i )?(?:roll|rolling) "
                rf"{_ONE_DIE} {_COUNT} times"), _at_least_once),
    (re.compile(rf"(?:the )?expected value of "
                rf"(?:(?:a |one )?roll of {_ONE_DIE}|rolling {_ONE_DIE}|{_ONE_DIE}(?: roll)?)"),
     lambda: Worded("(1 + 2 + 3 + 4 + 5 + 6)/6", "E[one roll of a fair die] = the mean of its faces 1..6")),
]


def read_dice(text: str) -> Worded | None:
    """The chance or expectation `text` asks for with fair dice in one of the shapes above, or None."""
    return read_shapes(_SHAPES, text)


__all__ = ["read_dice"]
