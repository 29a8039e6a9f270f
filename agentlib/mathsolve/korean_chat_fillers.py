"""What a Korean chat message says around the math that is no part of it: "ㅠㅠ 2x+3=11 좀 풀어줘", "답만 알려줘
48÷6+3×4", "7명 중 3명 뽑는 경우의 수 답만", "직사각형 넓이 좀", "급해요 ㅠㅠ".

Emoticons typed as bare jamo (ㅠㅠ, ㅜㅜ, ㅋㅋ, ㅎㅎ: crying, laughing) and pleas for speed or brevity (답만, 제발,
빨리, 급해요) carry no quantity and no task, yet left in the text a reader that reads a whole sentence saw a word it
did not know. They are taken off only at the very start or end of the request and only as whole words, so that
"답" or "좀" inside a sentence is read as before; 빨리 (fast) goes only after 답만, since "누가 더 빨리?" asks
who is faster. "좀 풀어줘" (please solve) keeps 풀어줘: only 좀 goes.
"""

from __future__ import annotations

import re

_JAMO = r"[ㄱ-ㅎㅏ-ㅣ]{2,}"  # ㅠㅠ, ㅋㅋㅋ: a single jamo could be a typo inside a word
_PLEAS = (r"(?:답만(?: 좀)?(?: 알려줘| 알려주세요| 알려줄래| 말해줘| 빨리)?|제발|급해|급해요|급함|부탁해|부탁해요|"
          r"부탁드려요|좀)")
_FILLER = rf"(?:{_JAMO}|{_PLEAS})"
_LEADING = re.compile(rf"^\s*(?:{_FILLER}[\s,.!~]*\s)+(?=\S)")
_END = 200
_TRAILING = re.compile(rf"(?<=\S)(?:[\s,.!~]+{_FILLER}[.!~?]*)+\s*$")


def strip_korean_chat_fillers(text: str) -> str:
    """`text` without emoticons and pleas at its start and end (see the module docstring)."""
    # fillers are a few characters: the patterns look only at the ends, since at each mark of a long run of marks
    # ("," * 20,000) the separator class scanned to the run's end (quadratic: 6 s)
    led = _LEADING.sub("", text[:_END]) + text[_END:]
    stripped = led[:-_END] + _TRAILING.sub("", led[-_END:]) if len(led) > _END else _TRAILING.sub("", led)
    return stripped if stripped.strip() else text


__all__ = ["strip_korean_chat_fillers"]
