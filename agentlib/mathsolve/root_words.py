"""The square root of a number said in words in other languages: "raíz cuadrada de 81", "raiz quadrada de 144",
"racine carrée de 49", "radice quadrata di 64", "Quadratwurzel aus 16" / "Wurzel aus 16", "квадратный корень из
25", "căn bậc hai của 36", "akar kuadrat dari 49", "karekök 16", "루트 2" are written √81, ... before the request
is read.

Only the words followed by digits are respelled, so the root is of exactly that number; "la raíz cuadrada de x +
1" (of x, or of x + 1?) keeps its words and is not read. English says its own ("square root of", `spoken.py`).
"""

from __future__ import annotations

import re

_ROOT_OF = (r"raíz cuadrada de|raiz cuadrada de|raiz quadrada de|racine carrée de|racine carree de|"
            r"radice quadrata di|quadratwurzel (?:aus|von)|wurzel aus|квадратный корень из|корень квадратный из|"
            r"căn bậc hai của|akar kuadrat dari|akar dari|karekök|karekökü")
# the number must end the operand: "raíz cuadrada de 81 + 19" (of 81, or of 100?) keeps its words
_ROOT = re.compile(rf"(?<![^\W\d_])(?:(?:la|el|a|o|die) )?(?:{_ROOT_OF})\s+(\d+(?:[.,]\d+)?)"
                   r"(?![\d^.,]|\s*[-+*/×÷^]\s*[\d(a-z])", re.IGNORECASE)

# Korean says √ as 루트 (root), typed with or without a space: "루트 2 곱하기 루트 8". A spoken operator and a bare
# number after it ("루트 16 더하기 9": √16 + 9, or √25?) leave the words, as "square root of 16 plus 9" does; another
# 루트 after the operator is a parallel term.
_KOREAN_ROOT = re.compile(r"(?<![가-힣])루트\s?(\d+(?:\.\d+)?)"
                          r"(?![\d^.,]|\s*[-+*/×÷^]\s*[\d(a-z]|\s?(?:더하기|빼기|곱하기|나누기)\s?\d)", re.IGNORECASE)


def spell_root_words(text: str) -> str:
    """`text` with each square root of a number said in words written as √ and the number."""
    for root in (_ROOT, _KOREAN_ROOT):
        text = root.sub(lambda match: f"√{match.group(1)}", text)
    return text
