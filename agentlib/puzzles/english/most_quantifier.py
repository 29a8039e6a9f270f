""""Most dogs bark": a quantifier read for what it certainly says, which is no more than "some dogs bark".

"Most Xs are Y" holds when more Xs are Y than are not; it says nothing certain of any one X ("Rex is a dog. Does
Rex bark?" cannot be determined) and "Most ... So all ..." does not follow. With one such sentence, the text is
read with "some" in place of "most", and every answer that reading gives holds for "most" too:

- whatever follows from "some Xs are Y" follows from "most Xs are Y" (most of a kind that exists is some of it);
- a world where "some Xs are Y" holds has an X that is Y; copies of that one individual (unnamed, standing in the
  same relations and with the same values) keep every other statement true, since the grammar's formulas never
  say two individuals are the same one and its counts count named people; enough copies make the Ys most of the
  Xs. So what "some" leaves open, "most" leaves open.

The copies argument needs the one "most" sentence: two ("Most dogs bark. Most dogs are brown.") may force a dog
that is both, so the text is left as typed. So is a text with counts or exceptions ("exactly", "only", "other",
numbers) that might bound how many individuals there are, a "most" asked or concluded (a conclusion is not
weakened), and adverbial uses ("Most days, ...", "Most likely ...").
"""

from __future__ import annotations

import re

_GROUP = r"(?:of (?:the|my|our|your|his|her|their|these|those) )?"
_ADVERBIAL = r"(?:likely|probably|often|importantly|notably|days|mornings|afternoons|evenings|nights|weekends|weeks" \
             r"|months|years|times|of (?:the|my|our|their) time)\b"
# "Most" opening a premise, as a determiner: "Most dogs", "Most of the players"
_OPENING = re.compile(rf"(?:^|(?<=[.!]\s))Most (?!{_ADVERBIAL}){_GROUP}(?=[a-z])")
_ANY_MOST = re.compile(r"\bmost\b", re.I)
# words that count or except individuals: with them, unnamed copies might be counted
_COUNTING = re.compile(r"\b(?:exactly|only|other|others|else|rest|just|alone|sole|single|\d+|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|both)\b", re.I)


def most_as_some(text: str) -> tuple[str, str] | None:
    """(the text with its one "Most" as "Some", the sentence read so) where the module notes allow it, else None."""
    if len(_ANY_MOST.findall(text)) != 1 or _COUNTING.search(text):
        return None
    found = _OPENING.search(text)
    if found is None:
        return None
    end = re.search(r"[.!?]", text[found.end():])
    if end is None or text[found.end() + end.start()] != ".":
        return None  # asked ("Most dogs bark?"), or the text ends inside it
    sentence = text[found.start():found.end() + end.end()]
    return text[:found.start()] + "Some" + text[found.start() + len("Most"):], sentence


def with_most_said(reason: str, sentence: str) -> str:
    """A verdict's reason, with the reading of the "most" sentence it rests on said first."""
    return (f"'{sentence}' is read as no more than 'Some{sentence[len('Most'):]}' (most leaves room for exceptions, "
            f"and nothing else said depends on how many): {reason}")
