"""Every share of an amount split in a ratio: "split 120 in the ratio 3:5", "divide $600 among three people in
the ratio 1:2:3", "share 84 in the ratio of 3 to 4", "120을 3:5로 나누면?", "사탕 40개를 3:5로 나누면 각각
몇 개야?", and the share of one of two people named in order: "12만원을 형과 동생이 2:1로 나누면 형은 얼마를
받아?" (the first named takes the first part; a person asked about who was not named is not read).

The shares are total × part / (sum of the parts), one per part, in the order the ratio lists them; the answer is
all of them (asking for one share, "what is the larger share", is read in `everyday_formulas.py`). Two to six
whole, positive parts; anything else is not this reading.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, read_shapes

_N = NUMBER
_PARTS = r"(\d{1,6}(?:\s?:\s?\d{1,6}){1,5})"
_TO = r"(\d{1,6}) to (\d{1,6})"
_AMONG = r"(?: (?:between|among) (two|three|four|five|six|\d) [a-z]{1,20})?"  # the count must match the parts
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SPLIT = r"(?:share|split|divide|distribute)"
_KO_END = (r"(?:면|시오|세요| 때)?(?:,? ?각각(?:의 (?:양|몫|금액)은)? ?(?:얼마인가요|얼마씩인가요|얼마|몇인가요|"
           r"얼마씩이야|얼마야|얼마씩|몇 ?(?:개|장|자루|권|송이|원)씩?(?:이야|야|인가요|예요|일까요|입니까)?)?)?\s?\??")
_KO_THING = r"(?:[가-힣]{1,8} )?"  # "사탕 40개를": what is split does not change the shares
_KO_COUNTER = r"(?:원|개|장|자루|권|송이)"
_KO_NAME = r"([가-힣]{1,6}?)"
_KO_GETS = (r"(?:얼마를|몇 ?(?:개|장|자루|권|송이)를?) (?:받아|받나요|받아요|받을까요|받습니까|가져|가지나요|가질까요|"
            r"갖나요|가져요)")


def _shares(total: str, parts: list[str], count: str | None = None) -> Worded | None:
    numbers = [int(p) for p in parts]
    if not 2 <= len(numbers) <= 6 or 0 in numbers:
        return None
    if count is not None and _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(numbers):
        return None
    whole = sum(numbers)
    formula = "(" + ", ".join(f"({total})*{p}/{whole}" for p in numbers) + ")"
    ratio = ":".join(parts)
    return Worded(formula, f"the shares of {total} in the ratio {ratio} = {total} × part/{whole}, for each part")


def _one_named(total: str, first: str, second: str, a: str, b: str, asked: str) -> Worded | None:
    """The share of the person asked about, who must be one of the two named (the first takes the first part)."""
    if first == second or asked not in (first, second) or int(a) == 0 or int(b) == 0:
        return None
    part = a if asked == first else b
    whole = int(a) + int(b)
    return Worded(f"({total})*{part}/{whole}", f"{asked}'s share of {total} in the ratio {a}:{b} = {total} × "
                                                f"{part}/{whole}")


def _listed(total: str, parts: str, count: str | None = None) -> Worded | None:
    return _shares(total, re.split(r"\s?:\s?", parts), count)


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:how (?:do (?:i|you|we)|would you|to) )?{_SPLIT} {_N}{_AMONG} (?:in|into|by) (?:the |a )?"
                rf"ratio(?: of)? {_PARTS}"
                r"(?:,? (?:what are|find|give me) (?:the|each|all the) (?:shares|parts|amounts))?"),
     lambda total, count, parts: _listed(total, parts, count)),
    (re.compile(rf"(?:how (?:do (?:i|you|we)|would you|to) )?{_SPLIT} {_N}{_AMONG} (?:in|into) (?:an? )?{_PARTS} "
                r"ratio"), lambda total, count, parts: _listed(total, parts, count)),
    (re.compile(rf"{_SPLIT} {_N}{_AMONG} (?:in|into) (?:the |a )?ratio(?: of)? {_TO}"),
     lambda total, count, a, b: _shares(total, [a, b], count)),
    (re.compile(rf"{_KO_THING}{_N}\s?{_KO_COUNTER}?(?:을|를) {_PARTS}\s?(?:으로|로) "
                rf"(?:나누|나눠|나누어|나눌){_KO_END}"), _listed),
    # two people named, then one of them asked about: "12만원을 형과 동생이 2:1로 나누면 형은 얼마를 받아?"
    (re.compile(rf"{_KO_THING}{_N}\s?{_KO_COUNTER}?(?:을|를) {_KO_NAME}(?:와|과|하고|랑|이랑) {_KO_NAME}(?:이|가) "
                rf"(\d{{1,6}})\s?:\s?(\d{{1,6}})\s?(?:으로|로|의 비로|의 비율로) (?:나누면|나눠 가지면|나누어 가지면) "
                rf"{_KO_NAME}(?:은|는|이|가) {_KO_GETS}"), lambda *groups: _one_named(*groups)),
    (re.compile(rf"{_N}\s?(?:원|개)?(?:을|를) {_PARTS}\s?의 비(?:율)?로 "
                rf"(?:나누|나눠|나누어|나눌|분배하|분배할){_KO_END}"),
     _listed),
]


def read_ratio_shares(text: str) -> Worded | None:
    """Every share of the split `text` asks for, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)
