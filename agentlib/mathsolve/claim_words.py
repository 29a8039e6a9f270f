""""Is this right?" said in other languages around a stated equality: "3/4+2/3=17/12 맞아?", "12×15=170 이거
맞아?", "7*8=56 맞나요?", "3/4+2/3=17/12で合ってる？", "3/4+2/3=17/12 对吗？", "¿Está bien que 7 × 8 = 54?",
"Est-ce que 9 × 7 = 63 ?", "Ist 12 · 12 = 144 richtig?".

`numeric_claims.py` reads the English checks; this table gives it the words that ask for a yes or no elsewhere, as
a lead before the claim or a tail after it. What is left must be a claim written with "=" (the sign, never a
word): a question word alone does not say where the claim splits, so "12 더하기 15는 27 맞아?" is not read here.

Left out: checks of a letter's value ("x=3 맞아?" is a solution check, not two numbers) and inequalities.
"""

from __future__ import annotations

import re

# A yes-or-no question word after the claim, glued or spaced: Korean, Japanese, Chinese, then the spaced ones.
_TAILS = (
    r"(?:(?:이거|이게|이것|답)\s?)?(?:맞아|맞아요|맞나|맞나요|맞니|맞지|맞죠|맞냐|맞음|맞습니까|맞는지|"
    r"맞는거야|맞는 거야|맞는건가요|맞는 건가요|맞았어|맞았나요|정답이야|정답인가요)",
    r"(?:で|は)?(?:合ってる|合ってます|合っています|あってる|あってます|正しい|正しいです)(?:か|かな|の|よね)?",
    r"で(?:いい|いいですか|いいの|良い|良いですか)",
    r"(?:是)?(?:对吗|对不对|对吧|正确吗|是对的吗|对的吗|对嘛)",
    r"(?:¿)?(?:está bien|es correcto|es cierto|está correcto|verdad)",
    r"(?:está certo|está correto|é correto|certo)",
    r"(?:c'est (?:juste|correct|bon|vrai)|est-ce (?:juste|correct)|correct|juste)",
    r"(?:richtig|korrekt|stimmt das|stimmt's|stimmt)",
    r"(?:è giusto|è corretto|giusto|corretto)",
    r"(?:верно|правильно|это верно|это правильно)",
    r"(?:doğru mu|dogru mu)",
    r"(?:đúng không|có đúng không|đúng chưa)",
    r"(?:benar|betul|benar tidak|apakah benar)",
    r"(?:klopt dat|klopt het|klopt)",
    r"(?:czy to dobrze|dobrze|poprawnie|czy to prawda)",
    r"(?:सही है|क्या यह सही है)",
    r"(?:صحيح|هل هذا صحيح)",
)
# A question lead before the claim that asks whether it holds.
_LEADS = (
    r"¿?(?:está bien que|es correcto que|es cierto que|es verdad que)",
    r"(?:está certo que|é verdade que|é correto que)",
    r"(?:est-ce que|est-il vrai que|est-ce vrai que)",
    r"(?:ist|stimmt es,? dass|ist es richtig,? dass)",
    r"(?:è vero che|è giusto che)",
    r"(?:верно ли,? что|правда ли,? что|правильно ли,? что)",
    r"(?:apakah)",
    r"(?:klopt het dat|is het waar dat)",
    r"(?:czy)",
    r"(?:هل)",
    r"(?:क्या)",
)
_TAIL = re.compile(rf"(?P<claim>.+?[\d)])\s?,?\s?(?:{'|'.join(_TAILS)})")
_LEAD = re.compile(rf"(?:{'|'.join(_LEADS)})\s(?P<claim>.+?)(?:\s(?:{'|'.join(_TAILS)}))?")
_ENDS = " ?？!！.。"


def asked_claim(text: str) -> str | None:
    """The "A = B" that `text` asks to be checked in another language's words, or None.

    `text` is the request lowercased with its spaces collapsed; the claim keeps its own characters.
    """
    plain = text.strip().rstrip(_ENDS)
    for pattern in (_LEAD, _TAIL):
        match = pattern.fullmatch(plain)
        if match is not None:
            claim = match.group("claim").strip(" ,")
            return claim if claim.count("=") == 1 else None
    return None


__all__ = ["asked_claim"]
