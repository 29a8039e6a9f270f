"""Statements made inside the question or marked as assumptions: "If John is older than Mary and Mary is older than
Sue, who is the youngest?" -> "John is older than Mary and Mary is older than Sue." + "Who is the youngest?";
"Given that all dogs bark and Rex is a dog, does Rex bark?"; "Suppose every bird can fly." -> "Every bird can fly.".

A question that opens with "if / given that / suppose / assuming" asks what holds once its condition is granted:
the condition joins the statements (an assumption that contradicts them makes the puzzle abstain on the
contradiction, as any statement would). Only a condition followed by a comma and a question word or an auxiliary is
split, so a conditional statement ("If it rains, the match is off.") and a question about a conditional ("Is it
true that if A, B?") stay as written.
"""

from __future__ import annotations

import re

_ASKED = r"(?:who|whom|whose|what|which|where|when|how|is|are|was|were|am|does|do|did|can|could|will|would|must|" \
         r"should|has|have)"
_ASSUMED_QUESTION = re.compile(rf"^(?:[Ii]f|[Gg]iven that|[Ss]uppose(?: that)?|[Aa]ssuming(?: that)?|"
                               rf"[Aa]ssume(?: that)?)"
                               rf" (?P<condition>[^?]+?), (?:then )?(?P<question>{_ASKED}\b[^?]*\?)\s*$")
_ASSUMED_STATEMENT = re.compile(r"^(?:[Ss]uppose|[Aa]ssume|[Ll]et(?:'s| us) (?:say|assume|suppose)) (?:that )?"
                                r"(?P<statement>[^?]+[.!])\s*$")


def split_assumptions(sentence: str) -> list[str]:
    """`sentence` as the statements and question it holds (one sentence, unchanged, when it holds no assumption)."""
    text = sentence.strip()
    asked = _ASSUMED_QUESTION.match(text)
    if asked is not None:
        condition = asked.group("condition").strip()
        question = asked.group("question").strip()
        return [_capitalized(condition) + ".", _capitalized(question)]
    assumed = _ASSUMED_STATEMENT.match(text)
    if assumed is not None:
        return [_capitalized(assumed.group("statement").strip())]
    return [sentence]


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
