"""The headings of the document an argument is typed in: "Section 4.2: ...", "Review by Kim: ...", "Reply from Tom:
...", "MEMO. Re: Smith lease. ...", "To the editor: ...", "Honorable judges, ...", "My opponent's argument runs:
...", "Exercise 3.7. Symbolize and test: ...".

A heading names the part of a document, its author or its addressee; it says nothing of anyone in the argument, so
dropping it loses no premise. Left in, it is a sentence (or the start of one) the grammar does not read, and the
argument abstained. Only these shapes go, each before a colon, a comma or the sentence's end: a numbered part
("Section 4.2", "Clause 7", "Exercise 3.7"), a post of a thread with its author ("Review by Kim", "Reply from Tom",
"Comment #3", "Posted by Ana"), a memo's or letter's heading ("MEMO.", "Re: Smith lease.", a subject line of at most
four words with no verb of being, quantifier or negation; "To the editor:", "Dear Editor,"), the audience of a
speech ("Honorable judges,", "Madam Chair,"), the report that an argument follows ("My opponent's argument runs:",
"The defense's case is this:"), and a textbook's instruction to test it ("Symbolize and test for validity:"), which
asks whether the argument is valid.

Left out: a heading that also claims something ("Section 4: all users are adults."), where only the label goes, and
a report of a claim the speaker disputes ("My opponent claims that ..."), which `opponent_claims.py` weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"#?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
_PART = rf"(?:section|clause|article|paragraph|part|chapter|rule|exercise|problem|question|item|case)\s*{_NUMBER}"
_POST = (rf"(?:(?:review|reply|comment|post|response|answer|message|update)(?:\s+{_NUMBER})?(?:\s+(?:by|from)\s+"
         rf"{_NAME})?|posted by\s+{_NAME}|{_NAME} (?:replied|replies|commented|comments|posted|posts|reviewed))")
_REPORTED = (r"(?:(?:my|our|the) (?:opponent|opponents|other side|prosecution|defen[cs]e|critic|critics|author)|"
             rf"{_NAME})(?:'s?)? (?:argument|reasoning|case|proof|position) (?:runs|goes|is this|is as follows|"
             r"is)(?: (?:like )?this)?")
_ADDRESS = (r"(?:(?:letter )?to the editor|dear (?:editor|sir|madam|sir or madam)|(?:honou?rable|esteemed|respected) "
            r"(?:judges|members of the jury|members|colleagues|guests|adjudicators|audience)|judges|madam chair|"
            r"mister chair|mr\.? chair|sir|madam)")
_TEST = (r"(?:symboli[sz]e|formali[sz]e|translate)(?: (?:it|this|the following|the argument))?(?: (?:and|then) "
         r"(?:test|check|evaluate|determine|decide)(?: (?:it|its validity))?)?(?: for validity| whether it is valid)?")

_LABEL = re.compile(rf"^(?:(?P<test>{_TEST})|{_PART}|{_POST}|{_REPORTED}|{_ADDRESS})\s*[:,]\s+(?P<rest>\S.*)$",
                    re.I | re.S)
_ALONE = re.compile(rf"^(?:memo(?:randum)?|{_PART}|(?P<test>{_TEST}))\s*[.:]?$", re.I)
_SUBJECT = re.compile(r"^(?:re|subject|title)\s*:\s*(?P<line>[^.?!:]+)[.]?$", re.I)
_CLAIM_WORDS = {"is", "are", "was", "were", "be", "been", "not", "no", "all", "every", "each", "some", "if", "only",
                "never", "none", "nobody", "anyone", "everyone", "someone", "does", "do", "did", "has", "have", "had"}


@dataclass(frozen=True)
class Heading:
    rest: str  # the sentence after the heading ("" when it was only a heading)
    asks_validity: bool  # "Symbolize and test for validity:": the text asks whether the argument is valid


def heading(sentence: str) -> Heading | None:
    """The sentence without the document heading that opens it (see the module notes), or None where it has none."""
    text = sentence.strip()
    alone = _ALONE.match(text)
    if alone is not None:
        return Heading("", alone.group("test") is not None)
    subject = _SUBJECT.match(text)
    if subject is not None:
        words = subject.group("line").lower().split()
        if len(words) <= 4 and not set(words) & _CLAIM_WORDS:
            return Heading("", False)
        return None
    label = _LABEL.match(text)
    if label is None:
        return None
    rest = label.group("rest").strip()
    return Heading(rest[:1].upper() + rest[1:], label.group("test") is not None)
