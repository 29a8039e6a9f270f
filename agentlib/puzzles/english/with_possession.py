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
    rf"\b(?P<head>(?i:{_SINGULAR_HEADS}|those|people)|(?:^[A-Z]|[a-z])[a-z]{{2,}}s) with "  # "Students with ...": first
    rf"(?P<thing>(?:an?|the) [a-z]+|[a-z]{{3,}}s)\b")

# "Bo is a student with tickets": one of the kind, said of someone; after "is a" the noun is a kind, not a thing
# acted on ("Ann ate an apple with a friend" is company)
_ONE_WITH = re.compile(r"\b(?P<head>(?:is|was) an? (?P<noun>[a-z]+)) with (?P<thing>(?:an?|the) [a-z]+|[a-z]{3,}s)\b")


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
    return _ONE_WITH.sub(lambda m: f"{m['head']} who has {m['thing']}" if is_word(m["noun"], "NOUN") and
                         is_word(m["thing"].split()[-1], "NOUN") else m.group(0), _WITH.sub(who_have, sentence))
