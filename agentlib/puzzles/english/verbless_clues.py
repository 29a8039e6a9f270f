"""Clues typed without their verb, the way notes are: "Al taller than Bo. Cy shorter than Bo." says "Al is taller
than Bo. Cy is shorter than Bo."

A sentence that is only a name, a comparative and "than" with another name has one reading, with "is" between the
name and the comparative; the rewrite adds it. Only whole sentences of that shape are read so, with a comparative
the lexicon knows ("taller", "better", "more careful"); a sentence with a verb, or any other word, is left as typed.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative, is_word

_NAME = r"[A-Z][a-z]+"
_VERBLESS = re.compile(rf"(?:^|(?<=[.!?:])\s+)(?P<first>{_NAME}) (?P<more>more [a-z]+|[a-z]+) than (?P<second>{_NAME})"
                       rf"(?P<end>[.!;])")


def verbless_as_said(text: str) -> str | None:
    """`text` with "Al taller than Bo." said as "Al is taller than Bo."; None when no clue is verbless so."""
    def said(match: re.Match[str]) -> str:
        word = match["more"]
        known = is_word(word[len("more "):], "ADJ") if word.startswith("more ") else \
            (comparative(word) or ("", ""))[1] == "er"
        if not known:
            return match.group(0)
        lead = match.group(0)[:match.start("first") - match.start()]
        return f"{lead}{match['first']} is {word} than {match['second']}{match['end']}"

    rewritten = _VERBLESS.sub(said, text)
    return rewritten if rewritten != text else None
