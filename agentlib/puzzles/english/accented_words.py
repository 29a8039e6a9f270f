"""Words with accents ("José", "Zoë", "Bjørn", "café"): read as their plain Latin letters, shown as typed.

The grammar's tokens are ASCII letters, so an accented letter used to be dropped where it stood: "The café opens
first." answered "the caf", and "José is taller than Zoë." was not read at all. `fold_accents` spells every word with
an accent in plain letters (the accents taken off, and the letters that have none spelled out: "ø" -> "o", "ß" ->
"ss"), and `Folding.restore` puts the typed words back in what is shown.

A fold is refused, and the text abstains with the words named, where it would change what the text says:
- two different words fold to one ("Zoë" and "Zoe" are two people to the writer);
- letters of another script remain ("Борис"): the grammar would drop them silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

_SPELLED_OUT = {"ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l",
                "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"}
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


class FoldRefused(ValueError):
    """The text's accented words cannot be read as plain letters without changing what it says."""


@dataclass(frozen=True)
class Folding:
    text: str  # the text in plain Latin letters
    originals: dict[str, str] = field(default_factory=dict)  # a folded word (and its lower case) -> the typed word

    @cached_property
    def _folded_word(self) -> re.Pattern[str]:
        """Any folded word, longest first (built once: a verdict restores several fields)."""
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(self.originals, key=len, reverse=True))
                          + r")\b")

    def restore(self, value: Any) -> Any:
        """`value` (a string, or lists and dicts of them, keys included) with the folded words typed again."""
        if not self.originals:
            return value
        return _restored(value, lambda s: self._folded_word.sub(lambda m: self.originals[m.group(0)], s))

    def restore_fields(self, record: Any, names: tuple[str, ...]) -> None:
        """The named fields of `record` (a verdict, an analysis) restored in place."""
        for name in names:
            setattr(record, name, self.restore(getattr(record, name)))


def _restored(value: Any, restore_text: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return restore_text(value)
    if isinstance(value, list):
        return [_restored(v, restore_text) for v in value]
    if isinstance(value, tuple):
        return tuple(_restored(v, restore_text) for v in value)
    if isinstance(value, dict):
        return {_restored(k, restore_text): _restored(v, restore_text) for k, v in value.items()}
    return value


def plain_letters(word: str) -> str:
    """`word` with its accents taken off and its letters that have none spelled out; other scripts kept."""
    letters = []
    for char in word:
        if char.isascii():
            letters.append(char)
        elif char in _SPELLED_OUT:
            letters.append(_SPELLED_OUT[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            letters.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(letters)


def fold_accents(text: str) -> Folding | None:
    """The text in plain letters, or None when it has no letter outside ASCII.

    Raises:
        FoldRefused: two typed words fold to one, or a word keeps letters of another script.
    """
    if text.isascii():
        return None
    words = set(_WORD.findall(text))
    typed = {w for w in words if not w.isascii()}
    if not typed:
        return None
    folded = {w: plain_letters(w) for w in typed}
    foreign = sorted(w for w, f in folded.items() if not f.isascii())
    if foreign:
        raise FoldRefused("words in a script the English reader does not read: "
                          + ", ".join(repr(w) for w in foreign[:5]))
    plain = {w.lower(): w for w in words - typed}
    originals: dict[str, str] = {}
    for word, fold in folded.items():
        for key, shown in ((fold, word), (fold.lower(), word.lower())):
            earlier = originals.setdefault(key, shown)
            other = (earlier if earlier != shown else None) or plain.get(key.lower())  # plain words have no accents
            if other is not None:
                raise FoldRefused(f"{word!r} and {other!r} are different words that read alike without accents")
    return Folding(_WORD.sub(lambda m: folded.get(m.group(0), m.group(0)), text), originals)
