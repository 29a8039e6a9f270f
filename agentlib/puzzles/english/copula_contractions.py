"""A noun's "'s" that stands for "is": "Tom's swimming.", "Lee's shorter than Max.", "If Sue's late, we leave.",
"the kettle's broken", "Bo's not home", "Ann's a nurse". Pronouns ("it's", "he's") are spelled out in `text.py`;
after a name or a noun the same "'s" is mostly a possessive ("Tom's car", "Emma's son"), so it is spelled "is" only
where a possessive cannot stand:

1. at the start of a clause (the sentence's, or after "if", "when", "unless", "because", "since", "that", "either",
   "so", "then", "therefore", a comma or a semicolon; after "and" / "but" / "or" as well for the first three kinds
   below), as a name or a one-word noun phrase ("the kettle", "my sister"), and
2. before what only a predicate opens: "not", "never", "a" / "an" / "the", "in" / "at" / "on"; a comparative and its
   "than" ("shorter than", "more tired than"); an -ing word that ends the clause or is followed by a preposition
   ("Tom's swimming.", "Ann's running in the park"; never "Tom's running shoes"); or, at a clause start that is not
   after "and" / "but" / "or", a past participle (-ed, -en) or a word of state ("late", "ready", "home") that ends
   the clause ("school's closed.", "the vase's broken or", "If Sue's late,"), where a possessive would leave a
   fragment.

Anything else stays as typed and goes on to be read, or not read, as before.
"""

from __future__ import annotations

import re

_OPENING_WORDS = ("If", "if", "When", "when", "Unless", "unless", "Because", "because", "Since", "since", "that",
                  "Either", "either", "whether", "So", "so", "Then", "then", "Therefore", "therefore", "Hence",
                  "hence", "Thus", "thus")
# one look-behind a word: Python's look-behinds are fixed-width
_CLAUSE_OPENER = "(?:^|(?<=[.!?:;,] )|(?<=\\n)|" + "|".join(rf"(?<=\b{word} )" for word in _OPENING_WORDS) + ")"
_JOINED_OPENER = "(?:" + "|".join(rf"(?<=\b{word} )" for word in ("and", "but", "or")) + ")"
_SUBJECT = r"(?P<subject>(?:[Tt]he|[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir) [a-z]+|[A-Za-z][a-z]+)"
_CLAUSE_END = r"(?=[.,;!?]|$| (?:and|or|but|so|then)\b)"
_PREPOSITION = r"(?:in|at|on|to|with|for|from|into|around|near|by|down|up|about|after|before|home|now|today)\b"
_ONLY_PREDICATE = (
    r"(?:(?:not|never|a|an|the|in|at|on)\b(?![-'])"
    r"|[a-z]+er than\b|(?:more|less) [a-z]+ than\b"
    rf"|[a-z]{{2,}}ing(?:{_CLAUSE_END}| {_PREPOSITION}))")
# a word that only says how someone is, ended by the clause: "Sue's late," (never "Sue's late husband")
_STATE = r"(?:late|early|ready|busy|tired|ill|sick|asleep|awake|alive|dead|right|wrong|sure|afraid|happy|sad|angry|" \
         r"hungry|cold|hot|open|out|away|home|here|there|back|alone|free|full|empty|safe|done|gone)"
_PARTICIPLE = rf"(?:[a-z]{{2,}}(?:ed|en)|{_STATE}){_CLAUSE_END}"

_AT_CLAUSE_START = re.compile(rf"{_CLAUSE_OPENER}{_SUBJECT}'s (?=(?:{_ONLY_PREDICATE}|{_PARTICIPLE}))", re.M)
_AFTER_CONJUNCTION = re.compile(rf"{_JOINED_OPENER}{_SUBJECT}'s (?={_ONLY_PREDICATE})", re.M)
_NOT_SUBJECTS = frozenset(("let", "that", "what", "who", "where", "there", "here", "it", "he", "she", "this", "one",
                           "everyone", "someone", "nobody", "anyone", "today", "tomorrow", "yesterday"))


def spell_copula_s(text: str) -> str:
    """`text` with each noun's "'s" that can only mean "is" spelled "is" (see the module notes)."""
    def spelled(match: re.Match[str]) -> str:
        subject = match.group("subject")
        return match.group(0) if subject.lower() in _NOT_SUBJECTS else f"{subject} is "
    return _AFTER_CONJUNCTION.sub(spelled, _AT_CLAUSE_START.sub(spelled, text))
