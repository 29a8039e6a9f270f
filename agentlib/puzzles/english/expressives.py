"""Sentences around a puzzle that assert nothing: expressives ("Sorry to bother you again.", "Congratulations to all
players!", "Thanks in advance."), greetings with the addressee's name ("Hi Tom,"), requests for help ("Can you help
Benny Bear?") and titles of the text ("Ribbit riddle!", "Friday team-building puzzle").

Why dropping them is sound: none has a truth value about the puzzle's world. An expressive thanks, greets or
congratulates; a request asks the reader to act; a title names the text. A sentence is read as one only when its
form says so and nothing in it could carry a claim: no copula or auxiliary (a finite clause), no clause word
("that", "who", "if"), no negation, no number other than a label's, and, except in a greeting's or request's
addressee, no word that may be a name. Sharing a word with the puzzle does not keep it ("Congratulations to all
players!" beside "played"): a sentence that asserts nothing cannot settle or reopen a question. A request is never
the text's last question. `unrelated_remarks.py` drops these as it drops instructions, only when the text as typed
abstains and the rest verifies an answer more premises would keep.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative, is_word

_OPENERS = (r"sorry|so sorry|thanks|thank you|thank u|thx|many thanks|congratulations|congrats|good luck|best of luck|"
            r"well done|welcome(?: back)?|cheers|have fun|enjoy|see you|see ya|happy \w+day|greetings")
_EXPRESSIVE = re.compile(rf"^(?:(?:hi|hello|hey|dear)\b[^,.!?]*,\s*)?(?:{_OPENERS})\b(?P<rest>[^?]*)$", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: (?:all|everyone|everybody|team|"
                       r"folks|guys|there|again|(?-i:[A-Z][a-z]+)))?\s*[,.!]*$", re.I)
_REQUEST = re.compile(r"^(?:(?:so|ok|okay|hey|please),?\s+)?(?:can|could|will|would) (?:you|u|anyone|someone|somebody|"
                      r"anybody|you guys|you all) (?:please )?(?:help|solve|crack|figure out|work out)"
                      r"(?: (?:me|us|him|her|them|out|with this|with it|this|it|"
                      r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)))*\s*\?+$", re.I)
_TITLE_HEADS = {"puzzle", "riddle", "teaser", "brainteaser", "quiz", "quickie", "exercise", "worksheet", "lesson",
                "problem", "challenge"}
_CLAIMS = re.compile(r"\b(?:is|are|was|were|am|be|been|has|have|had|does|do|did|will|can|could|may|might|must|"
                     r"shall|should|would|that|who|whom|whose|which|what|if|unless|because|when|where|than|not|no|"
                     r"never|only|n't|\w+n't)\b", re.I)
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+")


def asserts_nothing(piece: str, last_question: bool = False) -> bool:
    """Whether `piece` (one sentence, as typed) is an expressive, a greeting, a request or a title (module notes)."""
    text = piece.strip()
    if _REQUEST.match(text):
        return not last_question
    if text.endswith("?"):
        return False
    if _GREETING.match(text):
        return True
    expressive = _EXPRESSIVE.match(text)
    if expressive is not None:
        return _empty_of_claims(expressive.group("rest"), names_allowed=False)
    return _title(text)


def _title(text: str) -> bool:
    """ "Ribbit riddle!", "Friday team-building puzzle", "RIDDLE 12!": a noun phrase headed by a word for the text,
    nothing else (a number after the head labels it)."""
    words = _WORD.findall(text)
    if len(words) > 1 and words[-1].isdigit():
        words = words[:-1]  # "RIDDLE 12!", "Brainteaser 3": the number labels the text
    if not 1 <= len(words) <= 5 or text.rstrip(".!")[-1:] in ":," or words[-1].lower() not in _TITLE_HEADS:
        return False
    return _empty_of_claims(" ".join(words[:-1]), names_allowed=True)


def _empty_of_claims(rest: str, names_allowed: bool) -> bool:
    if _CLAIMS.search(rest):
        return False
    for word in _WORD.findall(rest):
        low = word.lower()
        compared = comparative(low)
        if word.isdigit() or compared is not None and compared[1] in ("er", "est"):
            return False  # a count or a comparison may say something of the cast
        if not names_allowed and low not in _CALENDAR and (word[:1].isupper() or not _known(low)):
            return False  # a name: it may be one more of the cast
    return True


def _known(word: str) -> bool:
    return all(is_word(part) for part in word.split("-") if part) or word in {"u", "ya", "ur"}
