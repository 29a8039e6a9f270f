"""The wrapping people put around an argument: "Is this argument valid?", "Premise 1: ...", "Conclusion: ...".

People rarely type a bare argument. They ask about it ("Is the following argument valid?", "Valid or invalid?",
"Does the conclusion follow?", "Is this a valid argument: ..."), label its parts ("Premise 1:", "P2:",
"Conclusion:", "C:") or number them as a list ("1. All dogs bark." on its own line). `unframe` takes that wrapping
off and says whether a validity question was asked; a "Conclusion:" label becomes the marker "Therefore", so the
rest of the reader finds the conclusion as in any other argument.

Only wrapping is removed: a sentence that also says something about the world ("Does it follow that Rex barks?")
is kept whole. A question about the truth of one premise is not recognised here and leaves the text as it is, to
abstain later; "Is this reasoning sound?" / "Is that right?" about the whole argument ask, as people use them, whether
its conclusion follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.puzzles.english.answer_options import FORM_QUESTION, without_answer_options
from agentlib.puzzles.english.chatter import is_chatter, without_chatter_lead
from agentlib.puzzles.english.conclusion_tags import without_conclusion_tag
from agentlib.puzzles.english.document_headings import heading
from agentlib.puzzles.english.speaker_turns import without_turn_labels

_LIST_ITEM = re.compile(r"(?m)(?:^|(?<=[?:][ \t]))[ \t]*(?:\(?\d{1,2}[.)]|[-*\u2022])[ \t]+")  # or after "...valid?"
# "Premise 1:", "P2:", and numbered statements, facts or assumptions ("Statement 1: All cats are mammals.")
_PREMISE_LABEL = re.compile(r"(?:^|(?<=[\s.!?;]))(?:(?:premise|p)[ \t]*\d{0,2}|"
                            r"(?:statement|fact|assumption)[ \t]*\d{1,2})[ \t]*:[ \t]*", re.I)
_CONCLUSION_LABEL = re.compile(r"(?:^|(?<=[\s.!?;]))(?:conclusion|c)[ \t]*:[ \t]*", re.I)
# a handout's "P1. ... P2. ... C. ...": labels ended by a stop, read as labels only when numbered premises come first,
# so an initial ("C. S. Lewis") is never taken for a conclusion
_HANDOUT_PREMISE = re.compile(r"(?:^|(?<=[\s.!?;]))(?:[Pp]remise[ \t]*|P)\d{1,2}\.[ \t]+(?=[A-Z])")
_HANDOUT_CONCLUSION = re.compile(r"(?:^|(?<=[\s.!?;]))(?:[Cc]onclusion|C)\.[ \t]+(?=[A-Z])")
_ABOUT = r"(?:this|that|it|the following|the above|the|my)(?: (?:argument|reasoning|inference|conclusion|logic))?"
_VALIDITY_QUESTION = re.compile(
    # "good" asks validity too where nothing else is asked: the premises' truth is what `analyze` never judges
    # "sound" and "right" too: in a chat "Is this reasoning sound?" / "Is that right?" after an argument asks whether
    # its conclusion follows; `analyze` never judges a premise's truth, and an invalid argument is unsound anyway
    r"^(?:(?:hey|hi|so|ok|okay|um+|pls|please|quick one)[,!]?\s+)*"  # "hey is this valid??": a chat's opener
    r"(?:(?:is|was) " + _ABOUT + r"(?: an?)?(?: logically)? (?:valid|invalid|correct|logical|good|sound|right)"
    r"(?: (?:argument|reasoning|inference|or (?:not|invalid)))?"
    r"|(?:is (?:it|this) )?valid or (?:invalid|not)"
    r"|am i (?:right|correct)|right|correct"  # after "So ...": see `validity_question._JUDGED_CONCLUSION`
    r"|(?:logically )?valid|sound"  # a bare "Valid?" typed after the argument
    r"|does (?:the|this|that) (?:conclusion|argument) follow(?: from (?:the|its|these) premises)?"
    r"|does (?:it|this|that) (?:really |logically )?follow(?: from (?:the|its|these) premises)?"
    r"|(?:does|do) (?:the|this|that|my) (?:argument|reasoning|logic) (?:hold(?: up)?|work|check out)"
    r"|(?:please )?(?:consider|evaluate|check|analy[sz]e|assess|judge) (?:the following|this|my) "
    r"(?:argument|reasoning|logic)"
    r"(?: for validity)?"
    r"|(?:here is|here's) (?:an|my|the|a) argument"
    r"|(?:please )?(?:(?:can|could) you )?(?:please )?(?:determine|decide|say|tell(?: me)?|state|check|explain) "
    r"(?:whether|if) " + _ABOUT +
    r" is(?: logically)? (?:valid|invalid|correct)(?: or (?:invalid|not))?"
    r"|(?:please )?(?:determine|decide|say|state|check) (?:whether|if) (?:each|every) (?:(?:one )?of the following )?"
    r"(?:argument )?is(?: logically)? (?:valid|invalid|correct)(?: or (?:invalid|not))?"
    r"|explain(?: (?:why|your answer|your reasoning))?"  # a homework's instruction after its question
    r"|" + FORM_QUESTION +  # "Which form is this argument?", "Identify the fallacy:" (see answer_options)
    r"|argument)\s*(?:[?!]+|[.:])?$", re.I)  # "is this valid??", "valid or not?!": a chat's repeated marks
# an exercise's label or a report of who wrote the argument, before a colon: "Exercise 3:", "(b)", "The student
# wrote:", "Sam's answer:"; only the label goes, the argument after it is read as typed
_ITEM_LABEL = re.compile(r"^(?:(?:exercise|problem|question|example|item|homework|q)\s*\d{1,3}[a-z]?|\(?[a-h]\)|"
                         r"user|human|me|customer|"  # a chat transcript's speaker: "User: All birds can fly. ..."
                         r"(?:the )?(?:student|pupil|author|speaker|[A-Z][a-z]+)(?:'s (?:answer|argument|reasoning)| "
                         r"(?:wrote|writes|argued|argues|reasoned|answered)))$", re.I)
# "My friend argues that X, since Y." / "My teacher claims that if A then B, and A, so B.": an argument reported whole,
# its own marker ("since", "because", "so", "therefore") inside the reported clause; the argument is what is judged
_REPORTED_ARGUMENT = re.compile(
    r"^(?:my|a|our|his|her) (?:friend|colleague|coworker|co-worker|teacher|brother|sister|classmate|roommate|boss|"
    r"neighbou?r|professor|dad|mom|mum|father|mother|son|daughter|partner|opponent) "
    r"(?:argues|argued|claims|claimed|says|said|reasons|reasoned|insists|insisted) that "
    r"(?P<argument>.*\b(?:since|because|so|therefore|hence|thus)\b.+)$",
    re.I | re.S)
_CONCLUSION_THAT = re.compile(r"^does the conclusion that (?P<claim>.+?) follow(?: from (?:the|these) premises)?\?$",
                              re.I | re.S)


# a numbered item's label said as a sentence of its own: "Homework 2.", "Exercise 4."
_NUMBERED_LABEL = re.compile(r"^(?:exercise|problem|question|example|item|homework)\s*\d{1,3}[a-z]?\s*[.:]?$", re.I)


@dataclass(frozen=True)
class Unframed:
    sentences: list[str]
    asked_validity: bool  # the text asked whether the argument is valid (so its last statement may be its conclusion)
    turns_dropped: bool = False  # speakers' labels were taken off ("Agent: ..."): see speaker_turns


def strip_labels(text: str) -> str:
    """List numbers and "Premise 1:" labels removed, "Conclusion:" turned into "Therefore", each on its own sentence."""
    text = _LIST_ITEM.sub("", _inline_numbers(without_answer_options(text)))

    def boundary(match: re.Match[str], replacement: str) -> str:
        before = text[:match.start()].rstrip()
        stop = "" if not before or before[-1] in ".!?;:" else ". "
        return stop + replacement

    text = _PREMISE_LABEL.sub(lambda m: boundary(m, ""), text)
    text = _CONCLUSION_LABEL.sub(lambda m: boundary(m, "Therefore "), text)
    handout = _HANDOUT_PREMISE.search(text)
    conclusion = _HANDOUT_CONCLUSION.search(text, handout.end()) if handout is not None else None
    if handout is None or conclusion is None or len(_HANDOUT_CONCLUSION.findall(text)) != 1:
        return text
    text = text[:conclusion.start()] + "Therefore " + text[conclusion.end():]
    return _HANDOUT_PREMISE.sub("", text)


_VOCATIVE = re.compile(r"^(?:members of the jury|ladies and gentlemen|dear (?:friends|colleagues|readers|class)|"
                       r"your hono(?:u)?r|my friends?|folks|class|students|look|listen|okay|ok|well),\s+(?=\S)", re.I)


def _without_vocative(sentence: str) -> str:
    """ "Members of the jury, if my client was ... , he was seen ...": the people addressed (or a "look," / "well,"
    that opens a turn) before the first comma say nothing; the sentence goes on without them."""
    match = _VOCATIVE.match(sentence)
    if match is None:
        return sentence
    rest = sentence[match.end():]
    return rest[:1].upper() + rest[1:]


def _inline_numbers(text: str) -> str:
    """ "1. If it snows, ... 2. If ... 3. It snows.": a list typed on one line (maybe after a sentence that asks about
    it). Its numbers are taken off only when they count up from 1, each after a sentence's end and before a capital,
    so a number inside a sentence ("costs 2. 3 more") stays."""
    first = re.compile(r"(?:^|(?<=[.!?:]))\s*1[.)][ \t]+(?=[A-Z])").search(text)
    if first is None:
        return text
    out, at, number = [text[:first.start()] + (" " if first.start() else "")], first.end(), 2
    while (found := re.compile(rf"(?<=[.!?])[ \t]+{number}[.)][ \t]+(?=[A-Z])").search(text, at)) is not None:
        out.append(text[at:found.start()] + " ")
        at, number = found.end(), number + 1
    return "".join(out) + text[at:] if number > 2 else text


def unframe(sentences: list[str]) -> Unframed:
    """The sentences without questions and instructions about validity; a leading "Is this argument valid: ..."
    prefix is cut from its sentence; "Does the conclusion that X follow?" becomes "Does it follow that X?"."""
    asked = False
    out: list[str] = []
    for sentence in sentences:
        if is_chatter(sentence):  # "Hi!", "Thanks in advance.": no premise, no conclusion
            continue
        stripped = without_conclusion_tag(_without_vocative(without_chatter_lead(sentence.strip())))
        if _VALIDITY_QUESTION.match(stripped):
            asked = True
            continue
        if _NUMBERED_LABEL.match(stripped):
            continue
        headed = heading(stripped)  # "Section 4.2: ...", "Review by Kim: ...", "MEMO.": a document's headings
        if headed is not None:
            asked = asked or headed.asks_validity
            if not headed.rest:
                continue
            stripped = headed.rest
        head, colon, rest = stripped.partition(":")
        if colon and rest.strip() and _ITEM_LABEL.match(head.strip()):
            stripped = rest.strip()[:1].upper() + rest.strip()[1:]
            head, colon, rest = stripped.partition(":")
        if colon and rest.strip() and _VALIDITY_QUESTION.match(head.strip()):
            asked, stripped = True, rest.strip()
            stripped = stripped[0].upper() + stripped[1:]
        reported = _REPORTED_ARGUMENT.match(stripped)
        if reported is not None:  # "My friend argues that Rex is vaccinated, since ...": the argument reported
            stripped = reported.group("argument")[0].upper() + reported.group("argument")[1:]
        claim = _CONCLUSION_THAT.match(stripped)
        if claim is not None:
            stripped = f"Does it follow that {claim.group('claim')}?"
        out.append(stripped)
    out, turns_dropped = without_turn_labels(out)
    return Unframed(out, asked, turns_dropped)


__all__ = ["Unframed", "unframe", "strip_labels"]
