"""How people lay out a puzzle they type, undone before it is read: numbered or bulleted clue lines ("1. Sara finished
ahead of Tom.", "- Jon is to the right of Ida", "Clue 2: Gia lives in the first house."), a last question typed
without its question mark ("did jack beat leo"), contractions typed without their apostrophe ("doesnt", "whos"),
opening remarks built of several pieces of chatter ("ok so my teacher gave us this and I'm stuck."), and an empty
answer slot on the last line ("A: ?", "Answer: ___").

Each change is one of layout, never of content: a marker is dropped only at the start of a line, a full stop is
added only to a marked line that has none, a question mark only to a last sentence that opens with a question word
and ends without punctuation, and a remark drops only when every one of its clauses is chatter or a preface (see
`chatter.py` and `text.strip_heading`). Anything else is left as typed, for the grammar to read or abstain on.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.asked_first import ask_put_last
from agentlib.puzzles.english.book_labels import without_book_label
from agentlib.puzzles.english.chatter import is_chatter
from agentlib.puzzles.english.digit_counts import spelled_counts
from agentlib.puzzles.english.digit_ordinals import spelled_ordinals
from agentlib.puzzles.english.inline_clues import clues_on_lines
from agentlib.puzzles.english.label_colons import without_label_colon
from agentlib.puzzles.english.text import strip_heading
from agentlib.puzzles.english.words import is_word

# "1.", "2)", "(3)", "-", "*", "•", "Clue 1:", "Fact 2 -", "Step 3." at the start of a line
_MARKER = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]|[-*\u2022]|(?:clue|fact|hint|statement|rule|condition|step)"
                     r"[ \t]*#?\d{1,2}[ \t]*[:.)-])[ \t]+", re.I)
_QUESTION_WORDS = ("who", "whom", "whose", "what", "which", "where", "when", "how", "is", "are", "was", "were", "do",
                   "does", "did", "can", "could", "will", "would", "has", "have", "should")
_APOSTROPHE_LESS = re.compile(r"\b(does|do|did|is|was|are|were|has|have|had|could|would|should|ca|wo)nt\b", re.I)
# "whos the youngest", "whats Cy's colour": "'s" typed without its apostrophe after a question word (none of these
# is a word of its own, unlike "its" and "lets")
_IS_APOSTROPHE_LESS = re.compile(r"\b(who|what|where|how|there|that)s\b", re.I)
# "unless its windy", "its not raining": "its" is the possessive unless what follows can be owned by nothing, a word
# that is never a noun ending its clause, or "not"
_ITS = re.compile(r"\b(?P<its>[Ii]ts) (?:(?P<not>not)\b|(?P<word>[a-z]+)(?=[.,;!?]|$| (?:and|or|but|then|so|today|now|"
                  r"outside)\b))")
# "Knights and knaves again:", "Logic puzzle #3 -": a topic named before the puzzle starts
_TOPIC_HEADING = re.compile(r"^\s*(?:a |an |another |more )?(?:knights? and knaves?|liars? and truth-?tellers?|logic|"
                            r"seating|zebra|whodunn?it|ordering|scheduling)(?: (?:puzzle|problem|riddle|question)s?)?"
                            r"(?: again| time| #?\d{1,3})?\s*[:!-]\s+", re.I)
# "ok so", "so", "well", "um": words that open a remark without adding to it
_OPENER = re.compile(r"^(?:(?:ok(?:ay)?|so|well|um+|uh+|alright|right|(?:hey|hi|hello)(?: (?:all|everyone|guys|folks|"
                     r"there))?)\b[,!]?\s*)+", re.I)
_CLAUSE_BREAK = re.compile(r"\s*(?:,\s*(?:and|but|so)?|\band\b|\bbut\b|\bso\b)\s*", re.I)
_FIRST_SENTENCE = re.compile(r"^\s*(?P<sentence>[^.!?\n\"]{1,200}[.!?]+)(?:\s+|$)")
# "A: ?", "Answer: ___", "Ans: ..." on the last line: the slot a worksheet leaves for the answer, with nothing in it
_EMPTY_ANSWER = re.compile(r"\n[ \t]*(?:\*\*)?(?:a|ans|answer)(?:\*\*)?[ \t]*[:=-][?_.…*\s]*$", re.I)


def without_empty_answer(text: str) -> str:
    """ "Q: ... Who plays the drums?\nA: ?" without its last line: an empty answer slot asks and says nothing (left
    in, "A:" read as a speaker's turn and "?" as one more question)."""
    return _EMPTY_ANSWER.sub("", text)


def tidy_layout(text: str) -> str:
    """The typed puzzle with its layout undone (see the module notes); text without such layout comes back as is."""
    text = without_empty_answer(text)
    text = clues_on_lines(without_book_label(without_label_colon(text)))  # "Whiteboard:", "Puzzle 9.", "(1) ... (2)"
    text = ask_put_last(_TOPIC_HEADING.sub("", _unmarked_lines(text), count=1))  # "Rank them by age: ..."
    text = spelled_counts(spelled_ordinals(with_apostrophes(text)))  # "2nd": second; "4 people sit": Four people
    text = _without_opening_remarks(text)
    return _question_marked(text)


# "Which of the following must be true?": the numbered lines after it are options, not clues (choices.py reads them)
_CHOICE_QUESTION = re.compile(r"\bwhich\b[^\n]*[?:]\s*$", re.I)


def _unmarked_lines(text: str) -> str:
    lines = []
    options = False
    for line in text.split("\n"):
        marker = None if options else _MARKER.match(line)
        options = options or bool(_CHOICE_QUESTION.search(line))
        if marker is not None:
            line = line[marker.end():].rstrip()
            if line and line[-1] not in ".!?:\"'":
                line += "?" if _opens_question(line) else "."
        lines.append(line)
    return "\n".join(lines)


# "if its raining", "its not raining": "it's" typed as "its", told from the possessive by where it stands (a clause's
# subject) and what follows ("not", or an -ing verb where a possessive's noun would come and no verb after it)
_ITS_AS_IT_IS = re.compile(r"(^|[.!?,;]\s+|\b(?:if|when|whenever|because|since|so|and|but|unless)\s+)its"
                           r"(\s+(?:not|never)\b|\s+\w+ing(?=\s*(?:[.!?,;]|$|\b(?:the|a|an|again|today|now|outside)\b)))",
                           re.I | re.M)


def with_apostrophes(text: str) -> str:
    """ "doesnt", "wasnt", "cant", "whos", "its raining": contractions typed without their apostrophe, spelled out
    ("does not", "who is", "it is raining"). "its" is "it is" where it opens a clause before "not" or an -ing verb
    (`_ITS_AS_IT_IS`), or where what follows can be owned by nothing (`_ITS`)."""
    text = _IS_APOSTROPHE_LESS.sub(lambda m: f"{m.group(1)} is", text)
    text = _ITS_AS_IT_IS.sub(lambda m: f"{m.group(1)}{'It' if m.group(1).strip() in '.!?' else 'it'} is{m.group(2)}",
                             text)
    text = _ITS.sub(_its_spelled, text)
    return _APOSTROPHE_LESS.sub(lambda m: _spelled_contraction(m.group(1)), text)


def _its_spelled(match: re.Match[str]) -> str:
    word = match.group("not") or match.group("word")
    # an -ing word is left to `_ITS_AS_IT_IS`, which reads it only where "its" opens a clause ("The firm cut its
    # spending.": the possessive)
    clause = word == "not" or not is_word(word, "NOUN") and is_word(word, "ADJ") and not word.endswith("ing")
    return f"{match.group('its')[0]}t is {word}" if clause else match.group(0)


def _spelled_contraction(stem: str) -> str:
    full = {"ca": "can", "wo": "will"}.get(stem.lower(), stem)
    return f"{full} not"


def _without_opening_remarks(text: str) -> str:
    while (first := _FIRST_SENTENCE.match(text)) is not None and _is_remark(first.group("sentence")):
        text = text[first.end():]
    return text


def _is_remark(sentence: str) -> bool:
    """Whether every clause of `sentence` is chatter or a preface: "ok so my teacher gave us this and I'm stuck."."""
    words = _OPENER.sub("", sentence.strip().rstrip(".!?").strip())
    clauses = [clause for clause in _CLAUSE_BREAK.split(words) if clause.strip()]
    if len(clauses) < 2 and words == sentence.strip().rstrip(".!?").strip():
        return False  # one plain clause: chatter.py and strip_heading judge it where the grammar reads
    return bool(clauses) and all(is_chatter(clause) or not strip_heading(clause + ".").strip() for clause in clauses)


def _opens_question(sentence: str) -> bool:
    first = re.match(r"[A-Za-z']+", sentence.strip())
    return first is not None and first.group(0).lower().split("'")[0] in _QUESTION_WORDS


def _question_marked(text: str) -> str:
    body = text.rstrip()
    tail = re.split(r"(?<=[.!?])\s+|\n", body)[-1].strip()
    if body and body[-1] not in ".!?\"'" and _opens_question(tail):
        return body + "?"
    return text


def lines_as_sentences(text: str) -> str | None:
    """`text` with each line that ends without punctuation ended as a sentence ("Everyone who studies passes\nJo
    studies\nDoes Jo pass?"), or None when no line lacks it. The line-per-clue layout without bullets: tried only
    after the text as typed was not understood, since a sentence wrapped over two lines would be cut by it (and
    then, cut mid-clause, is not understood either)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    changed = False
    for index, line in enumerate(lines):
        body = line.rstrip()
        if body.strip() and body[-1] not in ".!?:;,\"'":
            lines[index] = body + ("?" if _opens_question(body) else ".")
            changed = True
    return "\n".join(lines) if changed else None
