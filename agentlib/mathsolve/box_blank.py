"""One box to fill in an equation, as workbooks ask: "□ 안에 알맞은 수를 써넣으세요. 27 + □ = 45", "8 × □ = 56에서
□ 안에 들어갈 수는?", "Fill in the box: 36 ÷ □ = 4", "□にあてはまる数を求めなさい。□ - 7 = 12", "□里应填几？5 × □ = 35".

The request is the instruction (a box or "빈칸" and the number asked for in it) and one equation of numbers and
operators with exactly one box; the box is then the unknown, and the request is written "solve <equation>" with x
in the box. An equation with a letter, a second box or a second equals sign, or a box beside a number (asking
for a digit, "3□ + 15 = 52", or a sign, "3 □ 4 = 7"), is left as typed for the other readers (and abstained on).
"""

from __future__ import annotations

import re

_BOX = "□☐▢"
_ASKED = re.compile(
    rf"(?:[{_BOX}]|빈칸|빈 칸|네모)\s?(?:안에|속에|에)\s?(?:들어갈\s)?(?:알맞은\s)?수(?:를|는|을)?\s?"
    r"(?:써넣으세요|써넣으시오|써 넣으세요|써 넣으시오|쓰세요|쓰시오|구하시오|구하세요|구해 보세요|무엇인가요|"
    r"얼마인가요|얼마입니까|얼마야|뭐야)?"
    rf"|fill in the (?:box|blank)|what number goes in the (?:box|blank)"
    rf"|[{_BOX}]\s?に(?:あてはまる|当てはまる|入る)数(?:を求めなさい|を答えなさい|は何ですか|はいくつですか|を書きなさい)?"
    rf"|[{_BOX}]\s?(?:里|中)(?:应该|应)?填(?:几|多少|什么数)", re.I)
_EQUATION = re.compile(rf"[\d\s.,+\-−×÷*/()={_BOX}]+")
_CONNECTOR = re.compile(r"^[\s.:：,，?？。]*|(?:에서|에서의)?[\s.:：,，?？。]*$")


def spell_box_blank(text: str) -> str:
    """`text` as "solve <equation>" with x in the box, when it is only a box to fill in (see the docstring)."""
    if not any(box in text for box in _BOX) and "빈칸" not in text and "빈 칸" not in text:
        return text
    asked = list(_ASKED.finditer(text))
    if len(asked) != 1:
        return text
    rest = _CONNECTOR.sub("", text[:asked[0].start()] + " " + text[asked[0].end():]).strip()
    rest = _CONNECTOR.sub("", rest).strip()
    if not _EQUATION.fullmatch(rest) or rest.count("=") != 1 or sum(rest.count(box) for box in _BOX) != 1:
        return text
    if re.search(rf"[\d.]\s*[{_BOX}]|[{_BOX}]\s*[\d.(]", rest):
        return text  # "3□ + 15 = 52" asks for a digit, "3 □ 4 = 7" for a sign
    left, right = (side.strip() for side in rest.split("="))
    if not re.search(r"\d", left + right) or not left or not right:
        return text
    return "solve " + re.sub(f"[{_BOX}]", "x", rest)
