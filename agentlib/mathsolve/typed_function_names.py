"""Function names as people type them outside plain notation: a logarithm's base in subscript digits ("log₂8",
"log₁₀(1000)"), and the Korean names of sin, cos, tan and log ("사인 30도", "코사인 60도", "탄젠트 45도", "로그 2의 8",
"밑이 2인 로그 8"), written in the notation the reader parses ("log_{2}(8)", "sin 30도").

The Korean words are read as functions only right before what a function takes (a number, a letter x, y or θ, or a
bracket): "사인" is also a signature and a cause of death, and then it is followed by other words. "로그 a의 b" is
the logarithm of b to the base a, as Korean textbooks say it; "밑이 a인 로그 b" says the base outright.
"""

from __future__ import annotations

import re

_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_LOG_SUBSCRIPT = re.compile(r"\blog([₀₁₂₃₄₅₆₇₈₉]{1,4})")
_ARGUMENT = r"(?=\s?(?:\d|[xyθ]\b|[(]))"
_KOREAN_FUNCTIONS = [(re.compile(rf"코사인{_ARGUMENT}"), "cos"), (re.compile(rf"탄젠트{_ARGUMENT}"), "tan"),
                     (re.compile(rf"(?<!코)사인{_ARGUMENT}"), "sin")]
_KOREAN_LOG_BASE = re.compile(r"(?:로그|log)\s?(\d{1,4})\s?의\s?(\d{1,12}(?:\.\d{1,6})?|[a-z])(?![\d.])")
_KOREAN_BASE_SAID = re.compile(r"밑이\s?(\d{1,4})\s?인\s?(?:로그|log)\s?(\d{1,12}(?:\.\d{1,6})?|[a-z])(?![\d.])")
_KOREAN_LOG = re.compile(rf"로그{_ARGUMENT}")


def spell_function_names(text: str) -> str:
    """`text` with subscript log bases and Korean function names in plain notation (see the module notes)."""
    text = _LOG_SUBSCRIPT.sub(lambda m: f"log_{{{m.group(1).translate(_SUBSCRIPT_DIGITS)}}}", text)
    if not re.search(r"[가-힣]", text):
        return text
    text = _KOREAN_BASE_SAID.sub(r"log_{\1}(\2)", text)
    text = _KOREAN_LOG_BASE.sub(r"log_{\1}(\2)", text)
    for pattern, name in _KOREAN_FUNCTIONS:
        text = pattern.sub(name, text)
    return _KOREAN_LOG.sub("log", text)
