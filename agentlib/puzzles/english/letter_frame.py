"""The frame of a letter, an email or a forum post around a puzzle: the greeting that opens it ("Hi Ms. Patel,",
"Hello!", "Dear tutor,", "Hi all,", "Team,"), the sign-off that closes it ("Thanks,\\nJordan", "Cheers, Dana",
"Best, HR", "Thank you so much!", "Thanks in advance for any help."), the labels of notes added later ("EDIT:",
"EDIT 2:", "UPDATE:", "P.S."), and the label of a subject line or a post's title ("Subject:", "Title:"), whose
words stay as a heading.

Why dropping them is sound: a greeting is a vocative, addressed to the reader, and a sign-off thanks the reader and
signs a name; neither states anything of anyone, so no premise is lost, even when the name greeted is one of the
cast (it is then named where the puzzle speaks of it). Only these fixed formulas go, and only where a letter has
them: the greeting at the very start, before a comma, "!" or the line's end, with at most three words after the
greeting word (names, titles, "all", "team"); the sign-off at the very end, after the last sentence, with at most a
name after it. An edit label is dropped but its note is kept, since it may carry a clue ("EDIT: knights always tell
the truth"), and only where the label's word is used nowhere else in the text (so "Edit", a name, who speaks or is
spoken of, stays a speaker); otherwise "EDIT:" would be read as a speaker whose words may be false.
"""

from __future__ import annotations

import re

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Mx)\.?"
# names keep their capital: "hey ann likes bo, ..." is a clue, not a greeting
_ADDRESSEE = rf"(?:{_TITLE}\s+)?(?:[A-Z][A-Za-z'-]*|(?i:all|everyone|everybody|team|folks|guys|there|tutor|sir|" \
             r"madam|friends|y'all|class))"
_GREETING = re.compile(rf"^\s*(?:(?i:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening))"
                       rf"(?:\s+{_ADDRESSEE}){{0,3}}|(?i:team|folks))\s*(?:[,!]+[ \t]*|\n)\s*")
_THANKS = r"(?i:thanks|thank you|many thanks|thx|ty|tia|cheers|best|best wishes|all the best|regards|kind regards|" \
          r"warm regards|best regards|sincerely|yours|love)"
_THANKS_TAIL = r"(?i:\s+(?:so much|very much|a lot|a ton|again|in advance|for (?:your|any|the|all the|all your) help|" \
               r"for helping|for reading|for looking|everyone|all|guys|folks))*"
_SIGNATURE = r"(?:[ \t]*(?:\n\s*)?-?[ \t]*(?:[A-Z][A-Za-z'.-]*)(?:[ \t]+[A-Z][A-Za-z'.-]*){0,2}\.?)?"
_SIGN_OFF = re.compile(rf"(?:(?<=[.!?])|(?<=\n)|^)\s*{_THANKS}{_THANKS_TAIL}\s*[,.!]*{_SIGNATURE}\s*$")
# an email's subject line or a post's title: its label goes, its words stay a heading for `unrelated_remarks`
_SUBJECT = re.compile(r"^\s*(?P<label>subject|title|re|fwd?)[ \t]*:[ \t]*(?P<line>[^\n]+)\n", re.I)
_EDIT = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|^)[ \t]*(?P<label>EDIT|Edit|UPDATE|Update|ETA|PS|P\.S\.)"
                   r"(?:[ \t]*\d{1,2})?(?:[ \t]*[:\-][ \t]*|(?<=\.)[ \t]+)(?P<note>\S)")


def without_letter_frame(text: str) -> str:
    """`text` without its letter's greeting, sign-offs and edit labels (see the module notes); as typed otherwise."""
    subject = _SUBJECT.match(text)
    if subject is not None and not re.search(rf"\b{subject.group('label')}\b", text[subject.end():], re.I):
        return subject.group("line") + "\n\n" + without_letter_frame(text[subject.end():])
    greeted = _GREETING.match(text)
    if greeted is not None and greeted.end() < len(text):
        text = text[greeted.end():]
    while True:
        signed = _SIGN_OFF.search(text)
        if signed is None or signed.start() == 0 or not text[:signed.start()].strip():
            break
        text = text[:signed.start()].rstrip()
    return _EDIT.sub(lambda m: _note(text, m), text)


def _note(text: str, label: re.Match[str]) -> str:
    word = label.group("label").rstrip(".").replace(".", "")
    rest = text[:label.start()] + text[label.end():]
    if re.search(rf"\b{re.escape(word)}\b", rest, re.I):
        return label.group(0)
    return label.group("note").upper()
