"""Chances people ask about in a sentence: one fair die ("the probability of rolling an even number", "a number
greater than 4", "주사위 한 개를 던질 때 짝수가 나올 확률은?") and fair coins ("exactly 2 heads in 3 coin flips",
"at least one tail when you toss a coin 4 times", "flip a coin 3 times, probability of at least one head",
"동전 3개를 던질 때 앞면이 2개 나올 확률").

A die event is a set of faces, found by testing every face 1..6, so the answer is favourable/6 with the faces
named in the note. Coins count heads (or tails) among n fair, independent flips: exactly k is C(n, k)/2^n, at
least k and at most k are sums of those. Anything else (a loaded die, two dice for anything but a sum, cards) is
not read here; the whole request must be one of the shapes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from agentlib.mathsolve.everyday_formulas import Builder, Worded, read_shapes

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "a": 1, "an": 1, "once": 1, "twice": 2,
          # native Korean counts before a counter: "동전 세 개", "세 번"
          "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KO_COUNT = r"(\d{1,3}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?"
_COUNT = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_FACES = range(1, 7)
_MOST_SHOWN_TERMS = 24  # a longer sum of binomials is added here (the formula parser bounds its nesting)
_PRIMES = {2, 3, 5}


def _count(word: str) -> int:
    return _WORDS[word] if word in _WORDS else int(word)


# One die ----------------------------------------------------------------------------------------------------

def _event(kind: str, number: str | None) -> tuple[Callable[[int], bool], str] | None:
    """The faces' test for a worded event, with its name, or None when the words name no event of one die."""
    k = _count(number) if number else 0
    tests: dict[str, tuple[Callable[[int], bool], str]] = {
        "even": (lambda f: f % 2 == 0, "an even number"), "odd": (lambda f: f % 2 == 1, "an odd number"),
        "prime": (lambda f: f in _PRIMES, "a prime"), "face": (lambda f: f == k, f"a {k}"),
        "greater": (lambda f: f > k, f"more than {k}"), "less": (lambda f: f < k, f"less than {k}"),
        "at least": (lambda f: f >= k, f"at least {k}"), "at most": (lambda f: f <= k, f"at most {k}"),
        "multiple": (lambda f: k > 0 and f % k == 0, f"a multiple of {k}"),
        "divisor": (lambda f: k > 0 and k % f == 0, f"a divisor of {k}"),
    }
    return tests.get(kind)


def _die(kind: str, number: str | None = None) -> Worded | None:
    found = _event(kind, number)
    if found is None or (kind == "face" and not 1 <= _count(number or "0") <= 6):
        return None
    test, name = found
    faces = [f for f in _FACES if test(f)]
    listed = ", ".join(map(str, faces)) if faces else "none"
    return Worded(f"{len(faces)}/6", f"P({name}) with one fair die = {len(faces)} of the 6 faces ({listed})")


_EN_KINDS: list[tuple[str, str]] = [  # (words, kind); a group (\d) or a number word where the kind needs one
    (r"an? (even) number", "even"), (r"an? (odd) number", "odd"), (r"an? (prime)(?: number)?", "prime"),
    (rf"an? {_COUNT}", "face"),
    (rf"a number (?:greater|more|higher|bigger) than {_COUNT}", "greater"),
    (rf"a number (?:less|lower|smaller) than {_COUNT}", "less"),
    (rf"(?:a number )?(?:of )?at least {_COUNT}", "at least"), (rf"(?:a number )?(?:of )?at most {_COUNT}", "at most"),
    (rf"a multiple of {_COUNT}", "multiple"), (rf"a (?:divisor|factor) of {_COUNT}", "divisor"),
]
_DIE = r"(?:a|one|1) (?:fair |regular |standard |six-sided |normal )*(?:die|dice|dice cube)"
_P = r"(?:the )?(?:probability|chance)"  # never "odds": the odds of a 6 are 1:5, not 1/6
_KO_END = r"(?:은|을|는)? ?(?:구하시오|구하세요|얼마인가요|얼마|몇인가요|은\?)?"
# "주사위를 던져서": a die named with no count is one die, as in the textbooks
_KO_DIE = (r"주사위(?: (?:한 개|하나|1개|한 번))?(?:를|을)? (?:한 번 )?"
           r"(?:(?:던질|던졌을|굴릴) 때,?|던져서|던져|던지면|굴려서|굴리면)")
_KO_KINDS: list[tuple[str, str]] = [
    (r"(짝수)(?:의 눈)?", "even"), (r"(홀수)(?:의 눈)?", "odd"), (r"(소수)(?:의 눈)?", "prime"),
    (r"(\d) ?(?:의 눈|의 눈이|이|가)?", "face"), (r"(\d)보다 큰 (?:수|눈)", "greater"),
    (r"(\d)보다 작은 (?:수|눈)", "less"),
    (r"(\d) ?이상의 (?:수|눈)", "at least"), (r"(\d) ?이하의 (?:수|눈)", "at most"),
    (r"(\d)의 배수(?:의 눈)?", "multiple"), (r"(\d)의 약수(?:의 눈)?", "divisor"),
]


def _die_builder(kind: str) -> Builder:
    if kind in ("even", "odd", "prime"):
        return lambda _word: _die(kind)
    return lambda number: _die(kind, number)


_SHAPES: list[tuple[re.Pattern[str], Builder]] = []
for _words, _kind in _EN_KINDS:
    _SHAPES.append((re.compile(rf"{_P} of (?:rolling|getting|throwing) {_words} (?:with|on|when rolling|from) {_DIE}"),
                    _die_builder(_kind)))
    _SHAPES.append((re.compile(rf"(?:if|when) (?:you|i|we) (?:roll|throw) {_DIE},? (?:what is |what's )?{_P} "
                               rf"(?:of (?:rolling|getting)|that (?:you|i|we) (?:roll|get)|that it (?:shows|lands on)) "
                               rf"{_words}"), _die_builder(_kind)))
    # "the probability of rolling a 6": rolling one face, with no dice named, is one die's roll
    _SHAPES.append((re.compile(rf"{_P} of rolling {_words}"), _die_builder(_kind)))
for _words, _kind in _KO_KINDS:
    _SHAPES.append((re.compile(rf"{_KO_DIE} {_words}(?:가|이)? (?:나올|나타날) 확률{_KO_END}"), _die_builder(_kind)))


# Coins ------------------------------------------------------------------------------------------------------

def _coins(flips: str, bound: str, wanted: str) -> Worded | None:
    n, k = _count(flips), _count(wanted)
    if not 1 <= n <= 200 or k > n:
        return None
    if bound == "exactly":
        return Worded(f"binomial({n}, {k})/2**{n}", f"P(exactly {k} of {n} fair flips) = C({n}, {k})/2^{n}")
    low, high = (k, n) if bound == "at least" else (0, k)
    note = f"P({bound} {k} of {n} fair flips) = sum of C({n}, j)/2^{n}, j = {low}..{high}"
    if high - low < _MOST_SHOWN_TERMS:
        terms = " + ".join(f"binomial({n}, {j})" for j in range(low, high + 1))
        return Worded(f"({terms})/2**{n}", note)
    favourable = sum(math.comb(n, j) for j in range(low, high + 1))  # too many terms to write out: added here
    return Worded(f"{favourable}/2**{n}", f"{note} ({favourable} favourable sequences)")


_SIDE = r"(?:heads?|tails?)"
_BOUND = r"(exactly|at least|at most|)"
_FLIPS = (rf"(?:in|from|out of|with|when flipping|when tossing) {_COUNT} (?:fair )?(?:coin flips|coin tosses|flips|"
          r"tosses|coins|flips of a (?:fair )?coin|tosses of a (?:fair )?coin)")


def _bounded(bound: str) -> str:
    return bound or "exactly"


def _all_alike(flips: str) -> Worded | None:
    return _coins(flips, "exactly", flips)


def _korean_coins(flips: str, before: str | None, wanted: str, after: str | None) -> Worded | None:
    """'적어도 2개', '2개 이상' (at least), '많아야 2개', '2개 이하' (at most); two words only if they agree."""
    bounds = {"적어도": "at least", "최소": "at least", "많아야": "at most", "이상": "at least", "이하": "at most",
               "정확히": "exactly"}
    said = {bounds[w] for w in (before, after) if w}
    if len(said) > 1:
        return None
    return _coins(flips, said.pop() if said else "exactly", wanted)


_SHAPES += [
    (re.compile(rf"{_P} of (?:getting |flipping |tossing )?{_BOUND} ?{_COUNT} {_SIDE} {_FLIPS}"),
     lambda bound, k, n: _coins(n, _bounded(bound), k)),
    # the flips told first, as a condition or an imperative: "if you flip a coin 3 times, ...", "toss 4 coins. ..."
    (re.compile(rf"(?:(?:if|when) (?:you|i|we) )?(?:flip|toss) "
                rf"(?:a (?:fair )?coin {_COUNT} times|{_COUNT} (?:fair )?coins)[,.;]? "
                rf"(?:what is |what's )?{_P} (?:of (?:getting )?|that (?:you|i|we) get ){_BOUND} ?{_COUNT} {_SIDE}"),
     lambda n_times, n_coins, bound, k: _coins(n_times or n_coins, _bounded(bound), k)),
    (re.compile(rf"동전 {_KO_COUNT}개를 (?:동시에 )?던질 때,? (?:앞면|뒷면)이 (정확히 |적어도 |최소 |많아야 )?"
                rf"{_KO_COUNT}개( 이상| 이하)? 나올 확률{_KO_END}"),
     lambda n, before, k, after: _korean_coins(n, before, k, after)),
    (re.compile(rf"동전(?: (?:한 개|하나|1개))?(?:를|을) {_KO_COUNT}번 던질 때,? (?:앞면|뒷면)이 "
                rf"(정확히 |적어도 |최소 |많아야 )?{_KO_COUNT}번( 이상| 이하)? 나올 확률{_KO_END}"),
     lambda n, before, k, after: _korean_coins(n, before, k, after)),
    (re.compile(rf"동전 {_KO_COUNT}개를 (?:동시에 )?(?:던질 때|던져서|던졌을 때),? (?:모두|모두 다|전부) "
                rf"(?:앞면|뒷면)이 나올 확률{_KO_END}"), _all_alike),
    # "둘 다" (both of the two), "셋 다" (all three): the word counts the coins, and must agree with the count
    (re.compile(rf"동전 {_KO_COUNT}개를 (?:동시에 )?(?:던질 때|던져서|던졌을 때),? (둘|셋|넷) 다 (?:앞면|뒷면)이 "
                rf"나올 확률{_KO_END}"),
     lambda flips, all_of: _all_alike(flips) if _count(flips) == {"둘": 2, "셋": 3, "넷": 4}[all_of] else None),
    (re.compile(rf"동전(?: (?:한 개|하나|1개))?(?:를|을) {_KO_COUNT}번 던질 때,? (?:모두|매번|전부) "
                rf"(?:앞면|뒷면)이 나올 확률{_KO_END}"), _all_alike),
    (re.compile(rf"{_P} of (?:getting |flipping |tossing )?(?:all|only) {_SIDE} {_FLIPS}"), _all_alike),
    (re.compile(rf"{_P} (?:that )?(?:all|both|every one) of {_COUNT} (?:fair )?coins (?:land|come up|show) {_SIDE}"),
     _all_alike),
]


def read_chance(text: str) -> Worded | None:
    """The chance `text` asks for with one die or fair coins, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)
