"""Turkish case endings written after a number with an apostrophe: "12 ve 18'in EBOB'u", "5'i", "240'ın".

The genitive ('in, 'ın, 'un, 'ün, 'nin, ...), the accusative ('i, 'ı, 'u, 'ü, 'yi, ...) and the possessive ('si,
'sı, ...) only tie the number into the sentence; the number is the same, so the ending is dropped and the
apostrophe is not read as a prime. The ablative ('den, 'dan: from) and the dative ('e, 'a: to) name bounds;
they stay, and the reader abstains on them rather than guess which bound is which.

Only in a request with a word of the Turkish table, so "the 1990's" is never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agentlib.mathsolve.lexicon import TURKISH

_ENDING = re.compile(r"(?<=\d)['’](?:n?[ıiuü]n|[sy]?[ıiuü])(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")


def drop_turkish_number_endings(text: str) -> str:
    """`text` without the genitive, accusative and possessive endings after its numbers, when it is Turkish."""
    if not _ENDING.search(text) or not any(word.lower() in _turkish_words() for word in _WORD.findall(text)):
        return text
    return _ENDING.sub("", text)


@lru_cache(maxsize=1)
def _turkish_words() -> frozenset[str]:
    return frozenset(word for phrase in TURKISH.phrases for word in phrase if len(word) > 2)
