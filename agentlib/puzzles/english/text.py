"""Plain text -> sentences -> tokens, the way the English grammar wants them.

- Sentences end at `.`, `!` or `?` outside quotes (a quoted statement keeps its own full stops), never
  after a title ("Mr.", "Dr.") or inside a number ("3.5"); a line break that ends a line of text ends
  a sentence too (lists, one premise per line).
- Typographic quotes and apostrophes become ASCII; contractions are spelled out ("isn't" -> "is not",
  "won't" -> "will not", "can't" -> "can not", "it's" -> "it is", "I'm" -> "I am"), and a noun's "'s" where only
  "is" can stand ("Tom's swimming.", `copula_contractions.py`).
- Tokens are words (letters, inner apostrophes and hyphens), numbers, and the punctuation the
  grammar reads (`,` `;` `:`); a `Token` keeps its original spelling (names are told by their
  capitals) and its lower-case form.

Left out: quotes nested in quotes; sentences that end without punctuation mid-line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.puzzles.english.collective_disjunctions import group_in_each_alternative
from agentlib.puzzles.english.copula_contractions import spell_copula_s
from agentlib.puzzles.english.locative_inversion import uninvert_location
from agentlib.puzzles.english.named_possessions import name_possessions

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                         "—": " - ", "–": " - ", "\u00a0": " "})
_TITLES = ("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mt")
_CONTRACTIONS = [
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"), (r"\bshan't\b", "shall not"),
    (r"\bain't\b", "is not"), (r"\b(\w+)n't\b", r"\1 not"),
    (r"\b(i)'m\b", r"\1 am"), (r"\b(you|we|they)'re\b", r"\1 are"), (r"\b(i|you|we|they)'ve\b", r"\1 have"),
    (r"\b(i|you|we|they|he|she)'ll\b", r"\1 will"), (r"\b(i|you|we|they|he|she)'d\b", r"\1 would"),
    (r"\b(it|he|she|that|there|what|who|here)'s\b", r"\1 is"), (r"\blet's\b", "let us"),
]
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9']*(?:-[A-Za-z0-9']+)*|[0-9]+(?:\.[0-9]+)?|[,;:()]")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    low: str  # lower case

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


# "Ann says: 'Bo is a knave.'": words in single quotes after a speech verb or a colon, as in double quotes (an
# apostrophe inside, "We're", is followed by a lower-case letter; the closing quote by a space, a stop or the end),
# typed with a capital or without one ("Mo says 'it wasnt me'").
# `(?:\s*[:,])?\s*`, not `\s*[:,]?\s*`: two runs of spaces side by side split a long run every way (quadratic).
_SINGLE_QUOTED_SPEECH = re.compile(
    r"(?P<lead>(?:\b(?:says?|said|claims?|claimed|states?|stated|replies|replied|answers?|answered|insists?|insisted|"
    r"adds?|added|shouts?|shouted|whispers?|whispered|declares?|declared)(?:\s*[:,])?|:)\s*)"
    r"'(?P<body>[A-Za-z][^']*?(?:'[a-z][^']*?)*)'(?=\s|$|[.,;!?)])")


def normalize(text: str) -> str:
    """ASCII quotes and dashes, spelled-out contractions, single spaces (line breaks kept)."""
    text = text.translate(_QUOTES)
    text = _SINGLE_QUOTED_SPEECH.sub(lambda m: f'{m.group("lead")}"{m.group("body")}"', text)
    for pattern, replacement in _CONTRACTIONS:
        text = re.sub(pattern, replacement, text, flags=re.I)
    text = spell_copula_s(re.sub(r"[ \t\f\v]+", " ", text))
    return group_in_each_alternative(name_possessions(uninvert_location(text)))


def split_sentences(text: str) -> list[str]:
    """Sentences with their final punctuation, quotes respected (see the module notes)."""
    sentences: list[str] = []
    start = 0
    in_quote = False
    i = 0
    n = len(text)
    # where the last visible character is: the slices text[start:i].strip() and .rstrip()[-1:] asked at every
    # newline were quadratic in a sentence spread over thousands of lines ("Alice" + 10,000 " \n")
    visible = -1
    while i < n:
        ch = text[i]
        if ch == '"':
            in_quote = not in_quote
            if not in_quote and i > 0 and text[i - 1] in ".!?" and (i + 1 == n or text[i + 1].isspace()):
                follower = text[i + 1:].lstrip()[:1]
                # `He said, "Stop." Then ...`; `Bo says "Ann lies." who is the knight?`: a question typed in lower
                if not follower or follower.isupper() or _LOWER_QUESTION.match(text, i + 1):
                    sentences.append(text[start:i + 1])
                    start = i + 1
        elif ch == "\n" and not in_quote and visible >= start and (i + 1 == n or text[i + 1] in "\n-*0123456789"
                                                                  or text[visible] in ".!?:"):
            sentences.append(text[start:i])
            start = i + 1
        elif ch in ".!?" and not in_quote and (i + 1 == n or text[i + 1].isspace() or text[i + 1] == '"'):
            word = _last_word(text[start:i])
            is_title = ch == "." and word is not None and word.lower() in _TITLES
            before = _last_word(text[start:i - len(word)], after_gap=True) if word is not None else None
            # "J. R. Tolkien": an initial; "A, B, C, D, E. A finished": a list of one-letter names ends there
            listed = word is not None and text[start:i - len(word)].rstrip().endswith(",")
            is_initial = ch == "." and word is not None and len(word) == 1 and word.isupper() and not listed \
                and i + 2 < n and text[i + 2].isupper() and before is not None and before[:1].isupper()
            if not is_title and not is_initial:
                sentences.append(text[start:i + 1])
                start = i + 1
        if not ch.isspace():
            visible = i
        i += 1
    if text[start:].strip():
        sentences.append(text[start:])
    cleaned = [re.sub(r"\s+", " ", s).strip() for s in sentences]
    return [re.sub(r"^(?:[-*]|\d+[.)])\s+", "", s) for s in cleaned if s.strip(" -*")]


_WORD_AT_START = re.compile(r"\w+")
# a lower-case question word opening what follows a closing quote: a new sentence, as a capital would mark it
_LOWER_QUESTION = re.compile(r"\s+(?:who|whom|whose|what|which|where|when|how|is|are|was|were|does|do|did|can|will)"
                             r"\b[^.!?\"]*\?")
_GAP_THEN_WORD_AT_START = re.compile(r"\W+(\w+)")


def _last_word(text: str, after_gap: bool = False) -> str | None:
    """The word that ends `text` (with `after_gap`, the word before the non-word characters that end it), or None.

    Read on the reversed text: a search for a word anchored at the end (`\\w+$`) tries every start and takes
    quadratic time on one long word (a 20,000-letter word took a minute)."""
    backwards = text[::-1]
    match = (_GAP_THEN_WORD_AT_START if after_gap else _WORD_AT_START).match(backwards)
    if match is None:
        return None
    return match.group(match.lastindex or 0)[::-1]


def tokenize(sentence: str) -> list[Token]:
    """Words, numbers and `, ; : ( )`; other punctuation (final stops, quotes) is dropped."""
    words = []
    for match in _TOKEN_RE.finditer(sentence):
        text = match.group(0).strip("'")
        if text:
            words.append(Token(text, text.lower()))
    return words


def strip_titles(text: str) -> str:
    """ "Mr. Smith" -> "Mr Smith", so titles never end a sentence or split a name."""
    return re.sub(rf"\b({'|'.join(_TITLES)})\.(?=\s+[A-Z])", r"\1", text, flags=re.I)


_LETTER_AFTER_QUANTIFIER = re.compile(r"\b(?:[Aa]ll|[Nn]o|[Ss]ome|[Ee]very|[Ee]ach|[Aa]ny)\s+([A-Z])\b(?!['.-]\w)")
_LETTER_AFTER_COPULA = re.compile(r"\b(?:are|is|were|was)(?:\s+not)?(?:\s+an?)?\s+([A-Z])\b(?!['.-]\w)")
_PLURAL_BEFORE = {"all", "no", "some", "are", "not", "any", "were"}


def letter_kinds(text: str) -> str:
    """ "All A are B. All C are B. So all A are C." -> "All a-things are b-things ...": capital letters used as the
    terms of categorical statements become kind nouns the grammar reads ("A" is otherwise the article "a").

    Only where a letter follows a quantifier somewhere in the text are letters terms (that one, and letters after
    "are" / "is a"), so a puzzle's people "A says ..." stay names; each use of such a letter becomes "x-things" after
    a plural word ("all", "are", "not") and "x-thing" otherwise ("every A", "is an A")."""
    letters = set(_LETTER_AFTER_QUANTIFIER.findall(text)) - {"I"}
    if not letters:
        return text
    letters |= set(_LETTER_AFTER_COPULA.findall(text)) - {"I"}

    def noun(match: re.Match[str]) -> str:
        before = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 12):match.start()])
        plural = bool(before) and before[-1].lower() in _PLURAL_BEFORE
        return f"{match.group(0).lower()}-thing{'s' if plural else ''}"

    return re.sub(rf"\b[{''.join(sorted(letters))}]\b(?!['-]\w)", noun, text)


# "Island puzzle:", "BRAIN TEASER OF THE WEEK (Grades 3-5):"; a quiz, a thread or a hint only as a label ("Weekly
# quiz:", "Thread:", "Escape room hint:"), since "Ann failed the quiz:" states something; "Premises:", "Clues:",
# "Given:" before the statements
_HEADING = re.compile(r"^\s*(?:(?:[A-Za-z][\w'-]*(?: [\w'-]+){0,3} )?(?:puzzle|riddle|problem|question|challenge|"
                      r"brain ?teaser|exercise)|(?:(?:weekly|daily|quick|pop|bonus|fun|logic|escape room|today's|"
                      r"this week's) )?(?:quiz|thread|hint|teaser)|premises|clues|facts|statements|given)"
                      r"(?: of the (?:day|week|month))?"
                      r"(?: (?:#|no\.? ?)?\d+)?(?: \([^()]{1,30}\))?\s*[:\-]\s+", re.I)


# A preface is the asker talking about the puzzle, not the puzzle's world: it points at the text ("here's", "this
# one", "this:", "this puzzle") with the asker in it ("my kid", "we're stumped"), or it is "here's" with a puzzle
# noun or "one". A pointer alone, the asker alone or a bare noun ("My brother has a problem.") is not enough, so a
# premise in the first person or about "this" box is never dropped; a question never is a preface.
_PREFACE_SENTENCE = re.compile(r"^\s*(?P<words>[^.!?:\"\n]{1,160}?)(?:[.!]+|:)(?:\s+|$)")
_HERE = re.compile(r"\bhere(?:'s| is)\b", re.I)
_PUZZLE_NOUN = re.compile(r"\b(?:puzzle|riddle|problem|question|brain ?teaser|homework|exercise|challenge)s?\b",
                          re.I)
_POINTER = re.compile(r"\b(?:here(?:'s| is)|this one|this(?=\s*(?:,|$))|the following)\b|\b(?:this|these) "
                      r"(?:" + _PUZZLE_NOUN.pattern + ")", re.I)
_HERE_WHAT = re.compile(_PUZZLE_NOUN.pattern + r"|\bone\b", re.I)  # "Here's a riddle", "Here is one"
_ASKER = re.compile(r"\b(?:i|i'm|me|my|we|we're|us|our)\b", re.I)


def strip_heading(text: str) -> str:
    """ "Island puzzle: Kim says ..." -> "Kim says ...": a heading that names the text is not one of its sentences;
    nor is a leading preface where the asker talks about the puzzle ("Here's one my kid brought home, we're
    stumped!", "My teacher gave us this:")."""
    text = _HEADING.sub("", text, count=1)
    while (preface := _PREFACE_SENTENCE.match(text)) is not None and _is_preface(preface.group("words")):
        text = text[preface.end():]
    return text


def _is_preface(words: str) -> bool:
    words = words.strip()
    return bool(_POINTER.search(words) and (_ASKER.search(words) or (_HERE.search(words) and _HERE_WHAT.search(words))))
