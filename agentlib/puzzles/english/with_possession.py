"""Possession said with "with": "Only people with a pass can enter", "Everyone with a ticket can board", "Students
with tickets sit in front". After a quantified or plural subject, "with a pass" is what "who have a pass" says, and
the grammar reads the relative clause; so "Does Rita have a pass?" is asked of the same property.

Only "with" right after a word that stands for everyone of a kind ("people", "everyone", "those", "anyone", a plural
noun) and before an article and a noun (or a bare plural noun) is read so; "Ann went with a friend" and "people with
Ann" (company, not possession) stay as typed.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import is_word

_SINGULAR_HEADS = r"everyone|everybody|anyone|anybody|someone|somebody|no one|nobody|each one|every one"
_WITH = re.compile(
    rf"\b(?P<head>(?i:{_SINGULAR_HEADS}|those|people)|[a-z]{{3,}}s) with (?P<thing>(?:an?|the) [a-z]+|[a-z]{{3,}}s)\b")


def spell_with_possession(sentence: str) -> str:
    """`sentence` with "people with a pass" said as "people who have a pass" (see the module docstring)."""
    def who_have(match: re.Match[str]) -> str:
        head, thing = match.group("head").lower(), match.group("thing")
        noun = thing.split()[-1]
        if not is_word(noun, "NOUN") or (head not in ("those", "people") and " " not in head and
                                         not re.fullmatch(_SINGULAR_HEADS, head) and not is_word(head, "NOUN")):
            return match.group(0)
        verb = "has" if re.fullmatch(_SINGULAR_HEADS, head) else "have"
        return f"{match.group('head')} who {verb} {thing}"
    return _WITH.sub(who_have, sentence)
