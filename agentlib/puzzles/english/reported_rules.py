"""A rule someone in charge states, passed on by the asker: "My teacher said anyone who hands in late work loses a
point", "my sister says if it's sunny we'll go hiking", "The rule at my pool is that nobody swims without a cap",
"Rules of the club: only members can enter the lounge".

People pose everyday questions this way: the rule is the premise, and who stated it only says where it comes from.
A parent may be named as a sibling names them ("Mum said we can have ice cream only if ..."), and a choice the
source lays down ("either Tom or Ella walks the dog, but not both") is a rule as much as a condition is.
The report is read as its rule when the source is one that sets or tells rules (a teacher, a boss, a parent, a sign,
the rules themselves) and the claim is general (a condition or a quantified statement, or a condition put on the
asker: "my lease says I can sublet only if the landlord agrees"). A reported fact ("my friend
says Ann is home") stays a report and is left unread, as is a rule from the other side of a dispute ("the
prosecution says ..."), which the asker may be quoting to refute (`opponent_claims`).
"""

from __future__ import annotations

import re

_SOURCES = (r"(?:teacher|boss|mom|mum|dad|mother|father|parents?|sister|brother|landlord|landlady|manager|coach|"
            r"doctor|professor|principal|instructor|supervisor|employer|school|company|gym|office|sign|manual|"
            r"handbook|syllabus|contract|lease|policy|rules?|law|guide|club|library|team)")
_GENERAL = (r"(?:if|when|whenever|every|everyone|everybody|everything|anyone|anybody|anything|all|no|nobody|"
            r"none|only|unless|each|whoever|whatever|either|neither)\b")
_LEAD = r"(?:(?:so|ok|okay|well|and|hey|hi|um|basically)\s*,?\s+)*"
# a rule about the asker, its condition after the main clause: "my lease says I can sublet only if the landlord agrees"
_ABOUT_ME = r"(?:i|we|you)\s+[^.?!]*?\b(?:only if|if|unless|provided that|as long as)\b"
# a parent called by the family's name for them, as a sibling would: "Mum said ...", "Dad says ..."
_PARENT = r"(?:mum|mom|dad|mummy|mommy|daddy|mama|papa)"
_SAYS = re.compile(rf"^{_LEAD}(?:(?:my|our|the) (?:[a-z]+ )?{_SOURCES}|{_PARENT}) (?:always |usually |just )?"
                   r"(?:says|said|told (?:me|us|everyone)|tells (?:me|us|everyone)|keeps saying|states|stated)"
                   rf",?(?: that)?,?\s+(?P<rule>(?:{_GENERAL}|{_ABOUT_ME}).+)$", re.I | re.S)
_IS = re.compile(rf"^{_LEAD}(?:the|our|my) (?:[a-z]+ )?(?:rule|rules|policy|law|deal)(?: (?:at|in|of|for) "
                 rf"[a-z' ]{{1,30}}?)? (?:is|are|says)(?: that)?,?\s+(?P<rule>{_GENERAL}.+)$", re.I | re.S)

# a heading before a colon: "Rules of the club: only members ...", "Pool rules: no one swims ..."
_HEADING = re.compile(rf"^{_LEAD}(?:(?:the|our|my) )?(?:[a-z]+ )?(?:rule|rules|policy|law)(?: (?:at|in|of|for) "
                      rf"[a-z' ]{{1,30}}?)?\s*:\s*(?P<rule>{_GENERAL}.+)$", re.I | re.S)


def reported_rule(sentence: str) -> str:
    """The rule a trusted source states, as a sentence of its own ("My teacher said anyone who ... ." -> "Anyone who
    ... ."), or the sentence unchanged."""
    match = _SAYS.match(sentence.strip()) or _IS.match(sentence.strip()) or _HEADING.match(sentence.strip())
    if match is None:
        return sentence
    rule = match.group("rule").strip()
    return rule[:1].upper() + rule[1:]
