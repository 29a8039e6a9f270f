"""The clipped chat ending -임 that closes a Korean question typed in a hurry: "5000원의 30%는 얼마임?", "2^5 몇임",
"이거 뭐임" ask what 얼마야 / 몇이야 / 뭐야 ask. The 음슴체 ending is a register, not a word of its own, so it is
written in the plain 반말 form every reader already knows, and only at the very end of the request: "임" inside a
sentence (모임, 임의의) is left alone.
"""

from __future__ import annotations

import re

_TAIL = 40  # the ending closes the request: only its last characters are looked at (bounded on any input)
_CLIPPED = re.compile(r"(얼마|몇|뭐)임(?=[?？!.~ ]{0,8}$)")
_PLAIN = {"얼마": "얼마야", "몇": "몇이야", "뭐": "뭐야"}


def plain_korean_chat_ending(text: str) -> str:
    """`text` with a closing 얼마임 / 몇임 / 뭐임 written 얼마야 / 몇이야 / 뭐야."""
    head, tail = text[:-_TAIL], text[-_TAIL:]
    return head + _CLIPPED.sub(lambda match: _PLAIN[match.group(1)], tail)
