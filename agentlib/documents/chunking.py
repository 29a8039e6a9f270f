"""Structure-aware chunking: paragraphs with ids, grouped into overlapping chunks under a token budget.

Paragraphs are blocks separated by blank lines (lines of nothing but whitespace); a Markdown heading (`#`)
starts a section and is carried as the `heading` of every paragraph under it, so each chunk knows where it
sits. A block longer than `MAX_PARAGRAPH_CHARS` (a file of one line, a PDF without blank lines) is read as
several paragraphs of whole sentences, cut one window at a time, so no reader ever stems or scores more
than that between two looks at its deadline. Chunks never cut a paragraph unless the paragraph alone
exceeds the budget (then it is cut the same way at the budget). A single over-long sentence is cut at the
last whitespace within the bound (at the bound in a run without any). Consecutive chunks share `overlap`
paragraphs so a fact that straddles a boundary is seen whole once.
Left out: semantic (embedding) segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from agentlib.documents.reader import Document
from agentlib.documents.sentences import split_sentences
from agentlib.errors import DeadlineReached, InputError
from agentlib.limits import Deadline

_HEADING = re.compile(r"(#{1,6})[ \t]+(\S.*)")  # on one line; trailing "#"s are stripped in code
_BLANK_LINES = re.compile(r"\n\s*\n")  # starts only at a line break; the run after it is read once
_NOT_SPACE = re.compile(r"\S")
# A block of text longer than this is read as several paragraphs: `ask` stemmed a 13 MB file of one line as one
# paragraph, 16 s past a 5 s deadline. About a page; an ordinary paragraph is far shorter.
MAX_PARAGRAPH_CHARS = 8_000
_SENTENCE_LOOKAHEAD = 64  # characters past a window the sentence splitter reads to see a sentence end at its edge


@dataclass(frozen=True)
class Paragraph:
    """A block of the document: id like "P3", span [start, end), and the heading it sits under."""

    id: str
    start: int
    end: int
    heading: str
    text: str


@dataclass(frozen=True)
class Chunk:
    """Consecutive paragraphs that fit the budget; `text` renders them with their [P#] ids."""

    index: int
    paragraphs: tuple[Paragraph, ...]

    @property
    def start(self) -> int:
        return self.paragraphs[0].start

    @property
    def end(self) -> int:
        return self.paragraphs[-1].end

    @property
    def text(self) -> str:
        return render_paragraphs(self.paragraphs)


def render_paragraphs(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> str:
    """Paragraphs as `[P3] text` lines, with the section heading shown when it changes."""
    lines, heading = [], None
    for paragraph in paragraphs:
        if paragraph.heading and paragraph.heading != heading:
            lines.append(f"## {paragraph.heading}")
            heading = paragraph.heading
        lines.append(f"[{paragraph.id}] {paragraph.text}")
    return "\n\n".join(lines)


def split_paragraphs(document: Document, max_chars: int | None = None,
                     deadline: Deadline | None = None) -> list[Paragraph]:
    """Paragraphs of the document in order (headings are not paragraphs; they label them).

    Raises:
        DeadlineReached: `deadline` passed before the end (a document of many megabytes takes seconds).
    """
    paragraphs = list(_paragraphs(document, max_chars, deadline, at_least=0))
    if not paragraphs:
        raise InputError(f"{document.source} has no paragraphs of text")
    return paragraphs


def paragraphs_until(document: Document, deadline: Deadline) -> tuple[list[Paragraph], bool]:
    """The paragraphs read before `deadline` passed (at least the first one), and whether that is all of them.

    For callers that answer from what was read so far rather than fail (`agentlib.documents.qa`'s retrieval).

    Raises:
        InputError: the document has no paragraphs of text.
    """
    paragraphs: list[Paragraph] = []
    try:
        for paragraph in _paragraphs(document, None, deadline, at_least=1):
            paragraphs.append(paragraph)
    except DeadlineReached:
        return paragraphs, False
    if not paragraphs:
        raise InputError(f"{document.source} has no paragraphs of text")
    return paragraphs, True


def _paragraphs(document: Document, max_chars: int | None, deadline: Deadline | None,
                at_least: int) -> Iterator[Paragraph]:
    """The paragraphs in order; DeadlineReached once `deadline` has passed and `at_least` were yielded."""
    count = 0
    heading = ""
    bound = MAX_PARAGRAPH_CHARS if max_chars is None else min(max_chars, MAX_PARAGRAPH_CHARS)
    for start, block in _blocks(document.text):
        first, _, rest = block.partition("\n")
        heading_match = _HEADING.match(first)
        if heading_match:
            heading = heading_match.group(2).rstrip().rstrip("#").rstrip()
            if not rest.strip():
                continue
            start = start + len(first) + 1 + (len(rest) - len(rest.lstrip()))
            block = rest.strip()
        for s, e in _pieces(block, start, bound):
            if deadline is not None and count >= at_least and deadline.expired:
                raise DeadlineReached(f"the deadline passed while splitting {document.source} into paragraphs")
            count += 1
            yield Paragraph(f"P{count}", s, e, heading, document.text[s:e])


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each block between blank lines, stripped of the whitespace around it; empty ones left out."""
    position = 0
    for separator in _BLANK_LINES.finditer(text):
        yield from _stripped(text, position, separator.start())
        position = separator.end()
    yield from _stripped(text, position, len(text))


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    block = text[start:end]
    stripped = block.strip()
    if stripped:
        yield start + len(block) - len(block.lstrip()), stripped


def _pieces(block: str, start: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """[start, end) of the pieces of `block` (at `start` in its document), each at most `max_chars` long: whole
    sentences packed greedily, an over-long sentence cut at its last whitespace within the bound. One window of
    `max_chars` is split into sentences at a time, so the first piece of a block of megabytes comes at once."""
    s = 0
    while len(block) - s > max_chars:
        window = block[s : s + max_chars + _SENTENCE_LOOKAHEAD]
        end = _packed_end(window, max_chars)
        yield start + s, start + s + len(window[:end].rstrip())
        following = _NOT_SPACE.search(block, s + end)
        s = following.start() if following else len(block)
    if s < len(block):
        yield start + s, start + len(block)


def _packed_end(window: str, max_chars: int) -> int:
    """Where the first piece of `window` ends: after its last sentence that ends within `max_chars`, else (one
    sentence longer than that) at the last whitespace within it, else at `max_chars`."""
    ends = [sentence.end for sentence in split_sentences(window) if sentence.end <= max_chars]
    if ends:
        return ends[-1]
    head = window[: max_chars + 1]
    if head[-1].isspace():
        return len(head)
    before_last_word = head.rsplit(None, 1)
    return len(before_last_word[0]) if len(before_last_word) == 2 else max_chars


def chunk_document(document: Document, budget_tokens: int, count_tokens: Callable[[str], int],
                   overlap: int = 1, deadline: Deadline | None = None) -> list[Chunk]:
    """Group paragraphs into chunks whose rendered text is at most `budget_tokens` tokens.

    Raises:
        InputError: the budget is too small to hold even a short sentence.
        DeadlineReached: `deadline` passed before the end.
    """
    if budget_tokens < 16:
        raise InputError(f"chunk budget of {budget_tokens} tokens is too small; raise the context length")
    # About 3 characters a token is a safe upper bound for cutting over-long paragraphs.
    paragraphs = split_paragraphs(document, max_chars=max(32, budget_tokens * 3 - 64), deadline=deadline)
    chunks: list[Chunk] = []
    current: list[Paragraph] = []
    for paragraph in paragraphs:
        if deadline is not None and deadline.expired:
            raise DeadlineReached(f"the deadline passed while cutting {document.source} into chunks")
        if count_tokens(render_paragraphs([paragraph])) > budget_tokens:
            raise InputError(
                f"paragraph {paragraph.id} does not fit a {budget_tokens}-token chunk; raise the context length"
            )
        if current and count_tokens(render_paragraphs([*current, paragraph])) > budget_tokens:
            chunks.append(Chunk(len(chunks), tuple(current)))
            carried = current[-overlap:] if overlap else []
            current = carried if count_tokens(render_paragraphs([*carried, paragraph])) <= budget_tokens else []
        current.append(paragraph)
    chunks.append(Chunk(len(chunks), tuple(current)))
    return chunks
