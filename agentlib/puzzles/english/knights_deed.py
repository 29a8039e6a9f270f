"""The deed of a whodunit, and the short ways speakers refer to it: "Tam did it.", "It wasn't me.", "I didn't do it."

A whodunit names its deed once ("One of Sid, Tam and Ugo broke the vase."); suspects then speak of it with a pro-form
that stands for the whole verb phrase. Each is read by putting the deed back:

    "X did it" / "X is the one who did it"  -> "X broke the vase"
    "It was X" / "It was me"                 -> "X broke the vase" / "I broke the vase"
    "It wasn't X" / "It wasn't me"           -> "X did not break the vase" / "I did not break the vase"
    "X didn't do it" / "I didn't do it"      -> "X did not break the vase"
    "X broke it" / "I didn't break it"       -> "X broke the vase" / "I did not break the vase"

Only with exactly one deed named in the text (a past-tense verb and its object after "one of <names>" or "someone");
otherwise the claim is left as written (and not read, so the puzzle abstains).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import is_word, lemma

# the group a deed is said of: "one of Sid, Tam and Ugo", "one of them", "one of the (three) suspects"
_GROUP = (r"(?:[A-Z]\w*(?:, [A-Z]\w*)*,? (?:and|or) [A-Z]\w*|them|"
          r"(?:the )?(?:\w+ )?(?:suspects|children|kids|friends|people|students|boys|girls|brothers|sisters))")
_DEED = re.compile(rf"^(?i:exactly )?(?:(?i:one) of {_GROUP}|(?i:someone|somebody)) (?P<verb>[a-z]+) "
                   r"(?P<object>(?:the|a|an|my|our|his|her|their) [a-z]+(?: [a-z]+)?)\.?$")
_SUBJECT = r"(?P<who>[A-Z]\w*|I|he|she)"
_DID_IT = re.compile(r"^(?i:(?:only|exactly|just) )?(?i:one) of "
                     r"(?:[A-Z]\w*(?:, [A-Z]\w*)*,? (?:and|or) [A-Z]\w*|them|us|"
                     r"(?:the )?(?:\w+ )?(?:suspects|children|kids|friends|people|students))(?: (?:really|actually))? "
                     r"did it(?:,|\.|$)")
# "Only one of them is guilty.", "One of the suspects is the thief.": the deed named as a role, "did it" being it
_ROLE = re.compile(rf"^(?i:(?:only|exactly|just) )?(?i:one) of {_GROUP} (?:is|was) "
                   r"(?P<role>guilty|the (?:culprit|thief|robber|burglar|killer|murderer|vandal))\.?$")


def find_deed(sentences: list[str]) -> tuple[str, str] | None:
    """(past verb phrase, base verb phrase) of the one deed the text names, e.g. ("broke the vase", "break the
    vase"); None without exactly one."""
    found = set()
    for sentence in sentences:
        match = _DEED.match(sentence.strip())
        if match is None:
            continue
        verb = match.group("verb")
        base = lemma(verb, "VERB")
        if base == verb or not is_word(base, "VERB"):
            continue  # a past tense ("broke", "ate", "took"), never a present or a noun
        found.add((f"{verb} {match.group('object')}", f"{base} {match.group('object')}"))
    for sentence in sentences:
        if _DID_IT.match(sentence.strip()):  # "Exactly one of them did it.": the deed said only as "did it"
            found.add(("did it", "do it"))
        role = _ROLE.match(sentence.strip())
        if role is not None:
            found.add((f"is {role.group('role')}", f"be {role.group('role')}"))
    return found.pop() if len(found) == 1 else None


def one_culprit(sentence: str) -> str:
    """ "One of them is guilty." in a whodunit whose suspects speak of the deed ("I didn't do it"): the deed is one,
    so "one of them" is exactly one ("Exactly one of them is guilty."); any other sentence as it is. Out of such a
    text "one of them is guilty" may mean at least one, and the grammar leaves it unread."""
    stripped = sentence.strip()
    if _ROLE.match(stripped) is None or re.match(r"^(?:only|exactly|just) ", stripped, re.I):
        return sentence
    return f"Exactly o{stripped[1:]}" if stripped[:1] in "Oo" else sentence


def restore_deed(claim: str, deed: tuple[str, str] | None) -> str:
    """`claim` with a pro-form for the deed replaced by the deed itself, or unchanged."""
    if deed is None:
        return claim
    past, base = deed
    text = claim.strip().rstrip(".!")
    if base.startswith("be "):
        return _role_restored(text, base[3:]) or claim
    patterns = [
        (rf"^{_SUBJECT} did it$", lambda m: f"{m.group('who')} {past}"),
        (rf"^{_SUBJECT} (?:is|was) the one who did it$", lambda m: f"{m.group('who')} {past}"),
        (rf"^{_SUBJECT} (?:did not|didn't|never) do it$", lambda m: f"{m.group('who')} did not {base}"),
        (r"^it was (?P<who>[A-Z]\w*|me)$", lambda m: f"{_subject(m.group('who'))} {past}"),
        (r"^it (?:was not|wasn't) (?P<who>[A-Z]\w*|me)$", lambda m: f"{_subject(m.group('who'))} did not {base}"),
        # "Fae took it", "I didn't take it": the deed's own verb with "it" for its object
        (rf"^{_SUBJECT} {re.escape(past.split()[0])} it$", lambda m: f"{m.group('who')} {past}"),
        (rf"^{_SUBJECT} (?:did not|didn't|never) {re.escape(base.split()[0])} it$",
         lambda m: f"{m.group('who')} did not {base}"),
    ]
    for pattern, build in patterns:
        match = re.match(pattern, text, re.I)
        if match is not None:
            return build(match)
    return claim


def _role_restored(text: str, role: str) -> str | None:
    """ "Tim did it" -> "Tim is guilty", "It wasn't me" -> "I am not guilty" (the deed named as a role)."""
    patterns = [
        (rf"^{_SUBJECT} did it$", True), (rf"^{_SUBJECT} (?:is|was) the one who did it$", True),
        (rf"^{_SUBJECT} (?:did not|didn't|never) do it$", False),
        (r"^it was (?P<who>[A-Z]\w*|me)$", True), (r"^it (?:was not|wasn't) (?P<who>[A-Z]\w*|me)$", False),
    ]
    for pattern, affirmed in patterns:
        match = re.match(pattern, text, re.I)
        if match is not None:
            who = _subject(match.group("who"))
            copula = "am" if who == "I" else "is"
            return f"{who} {copula} {'' if affirmed else 'not '}{role}"
    return None


def asked_deed(question: str, deed: tuple[str, str] | None) -> str:
    """ "Who did it?" -> "Who broke the vase?" / "Who is guilty?"; "Who is the culprit?" / "Who is guilty?" -> "Who
    broke the vase?"; "Did Tim do it?" -> "Did Tim break the vase?" / "Is Tim guilty?"; unchanged without a deed or
    such a question."""
    if deed is None:
        return question
    past, base = deed
    who = re.match(r"^(?P<ask>who|which (?:one )?of (?:them|the \w+))(?: really| actually)? did it\?$",
                   question.strip(), re.I)
    if who is not None:
        return f"{who.group('ask')} {past}?"
    culprit = re.match(r"^(?P<ask>who|which (?:one )?of (?:them|the \w+)) (?:is|was) (?:the )?(?:culprit|guilty one|"
                       r"guilty party|guilty person|guilty|one who did it|person who did it)\?$",
                       question.strip(), re.I)
    if culprit is not None:  # "Who is the culprit?": the one who did the deed
        return f"{culprit.group('ask')} {past}?"
    did = re.match(rf"^did {_SUBJECT} (?:really |actually )?do it\?$", question.strip(), re.I) or \
        re.match(rf"^(?:is|was) {_SUBJECT} (?:the )?(?:culprit|guilty one|guilty party|guilty person|guilty|"
                 r"one who did it|person who did it)\?$", question.strip(), re.I)  # "Is Pia the culprit?"
    if did is not None:
        if base.startswith("be "):
            return f"Is {did.group('who')} {base[3:]}?"
        return f"Did {did.group('who')} {base}?"
    return question


def _subject(word: str) -> str:
    return "I" if word.lower() == "me" else word


__all__ = ["asked_deed", "find_deed", "one_culprit", "restore_deed"]
