"""Contract and everyday wordings of a condition, spelled as the grammar's own: "in the event that B, A" is "if B,
A", "A on condition that B" and "A providing that B" are "A provided that B"; "A whether or not B" asserts A, as
"A even if B" does; "A, or else B" is "A or B"; "every time / each time / any time B, A" are "whenever B, A", "as
soon as B, A" is "when B, A".

Only phrases that always state a sufficient condition. "In case" is left alone: "Take an umbrella in case it rains"
is a precaution, not "if it rains"; and "given that" introduces a premise ("since"), not a condition.
"""

from __future__ import annotations

import re
from functools import partial

# "every time" joins a clause only when a clause's subject follows it: "Every time zone ..." or "Ann sings every
# time." keep the noun "time" (the latter a time phrase the grammar drops, as "every day").
_CLAUSE_SUBJECT = (r"(?=(?:i|you|he|she|it|we|they|there|the|a|an|my|your|his|her|its|our|their|this|that|these|"
                   r"those|someone|somebody|anyone|anybody|everyone|everybody|no|nobody|(?-i:[A-Z][a-z]+))\b)")

_SPELLINGS = [
    (re.compile(r"\b(?:every|each|any) (?:single )?time (?:that )?" + _CLAUSE_SUBJECT, re.I), "whenever "),
    (re.compile(r"\banytime (?:that )?" + _CLAUSE_SUBJECT, re.I), "whenever "),
    # "as soon as" is a "when": a rule in the present, and in the past perhaps one event (`past_episodes.py`)
    (re.compile(r"\bas soon as (?!possible\b|ever\b)" + _CLAUSE_SUBJECT, re.I), "when "),
    (re.compile(r"\bin the event that\b", re.I), "if"),
    (re.compile(r"\bwhether or not\b", re.I), "even if"),
    (re.compile(r",? or else\b", re.I), " or"),
    (re.compile(r"\bon (?:the )?condition that\b", re.I), "provided that"),
    (re.compile(r"\bproviding that\b", re.I), "provided that"),
]


def spell_conditions(sentence: str) -> str:
    """ "In the event that the buyer defaults, ..." -> "If the buyer defaults, ..."."""
    for pattern, plain in _SPELLINGS:
        sentence = pattern.sub(partial(_cased, plain), sentence)
    return sentence


def _cased(plain: str, match: re.Match[str]) -> str:
    """`plain`, capitalized where the words it replaces opened the sentence."""
    return plain.capitalize() if match.group(0)[0].isupper() else plain
