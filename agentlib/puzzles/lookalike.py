"""Look-alike words: names written in two scripts that a reader cannot tell apart.

A puzzle that says "Ann" in one sentence and "Аnn" (a Cyrillic А) in another has two different names
to a parser and one to a person, so any answer would be about the wrong people. `find_lookalikes`
reports every word that mixes scripts, and every pair of different words that look the same once
confusable letters are mapped to Latin ("skeletons", a small table in the spirit of Unicode TS #39),
naming the script of each letter run so the message shows why. The table covers the Cyrillic and
Greek capitals and lower-case letters that look like Latin ones; other scripts are reported only when
they are mixed inside one word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CONFUSABLE = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "υ": "u", "α": "a",
}
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Lookalike:
    """Words that look alike but are not the same text, each described by the scripts of its letters."""

    words: tuple[str, ...]
    scripts: tuple[str, ...]  # one description per word, e.g. "Cyrillic А + Latin nn"

    def describe(self) -> str:
        if len(self.words) == 1:
            return f"{self.words[0]!r} mixes scripts ({self.scripts[0]})"
        pairs = " and ".join(f"{w!r} ({s})" for w, s in zip(self.words, self.scripts))
        return f"{pairs} look alike but are different words"


def script_of(char: str) -> str:
    """The script of a letter from its Unicode name ("LATIN SMALL LETTER A" -> "Latin")."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0].capitalize() if name else "Unknown"


def describe_scripts(word: str) -> str:
    """Runs of one script: "Аnn" -> "Cyrillic А + Latin nn"."""
    runs: list[tuple[str, str]] = []
    for char in word:
        script = script_of(char)
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return " + ".join(f"{script} {text}" for script, text in runs)


def skeleton(word: str) -> str:
    return "".join(_CONFUSABLE.get(char, char) for char in unicodedata.normalize("NFC", word))


def find_lookalikes(text: str, *, limit: int = 20) -> list[Lookalike]:
    """Mixed-script words and look-alike pairs in `text` (at most `limit` findings)."""
    findings: list[Lookalike] = []
    by_skeleton: dict[str, set[str]] = {}
    for word in dict.fromkeys(_WORD_RE.findall(text)):
        scripts = {script_of(c) for c in word}
        if len(scripts) > 1:
            findings.append(Lookalike((word,), (describe_scripts(word),)))
        by_skeleton.setdefault(skeleton(word), set()).add(word)
    for words in by_skeleton.values():
        if len(words) > 1:
            ordered = tuple(sorted(words))
            findings.append(Lookalike(ordered, tuple(describe_scripts(w) for w in ordered)))
    return findings[:limit]
