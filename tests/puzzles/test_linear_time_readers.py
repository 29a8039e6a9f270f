"""Puzzle readers whose patterns were quadratic, found by `agentlib.evals.limits_sweep` and cProfile: `comes_after` /
`ends_after` answer what `A.*B` patterns answered, in linear time (`agentlib/puzzles/ordered.py`), and the
lettered-options reader cuts its question without retrying at every newline.

The old patterns are the oracle on short generated texts (fast there); the regressions assert the outcome on texts
of thousands of trigger words without the second word, which took from 7 s to minutes before (140 s: 10,000
"Alice is a knight." sentences in the knights detector).
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.ordered import comes_after, ends_after

# (first, then, flags of the old `first.*then` pattern): the pairs the puzzle readers ask about
PAIRS = [
    (r"\bknights?\b", r"\bknaves?\b", re.I | re.S),
    (r"\b(?:list|rank|sort|arrange|order|put)\b", r"\bfrom\b", re.I),
    (r"\b(?:houses?|seats?|chairs?|rooms?|spots?|places?)\b",
     r"\b(?:in a row|in a line|side by side|numbered|next to each other)\b", 0),
]
WORDS = ["knight", "knights", "Knave", "knaves", "list", "rank", "from", "house", "seats", "in a row", "numbered",
         "side by side", "each", "they", "all", "always", "either", "tells the truth", "lies", "or", "x", "knightx",
         "xfrom", "eachtells"]
SEPARATORS = [" ", "\n", ", ", ". ", "", "-"]


def _texts():
    return st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=12).map(
        lambda parts: "".join(word + separator for word, separator in parts))


@settings(max_examples=400, deadline=None)
@given(_texts(), st.sampled_from(PAIRS))
def test_comes_after_answers_what_the_dot_star_pattern_answered(text, pair):
    first, then, flags = pair
    old = re.search(f"{first}.*{then}", text, flags) is not None
    assert comes_after(re.compile(first, flags & re.I), re.compile(then, flags & re.I), text,
                       one_line=not flags & re.S) == old


_SUBJECT = r"\b(?:each|all|every one of them|they|both|everyone)\b"
_BEHAVIOUR = (r"\b(?:either )?(?:always )?(?:tells? the truth,? or (?:always )?lies?|lies?,? or (?:always )?tells? the "
              r"truth)$")


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_ends_after_answers_what_the_end_anchored_pattern_answered(text):
    old = re.search(f"{_SUBJECT}.*{_BEHAVIOUR}", text) is not None
    assert ends_after(re.compile(_SUBJECT), re.compile(_BEHAVIOUR), text) == old


def test_thousands_of_knights_and_no_knave_is_no_knights_puzzle():
    # regression: the knights detector's `\bknights?\b.*\bknaves?\b` ran 140 s on 10,000 such sentences
    from agentlib.puzzles.knights import FAMILY

    assert FAMILY.detect("Alice is a knight. " * 3_000) == 0.0
    assert FAMILY.detect("You meet 2 inhabitants: A and B. " + "A is a knight. " * 3_000 + "B is a knave.") == 0.95


def test_thousands_of_ordering_verbs_without_from_are_not_a_question():
    # regression: `\b(?:list|rank|...)\b.*\bfrom\b` on one line of 8,000 "list"s ran 17 s
    from agentlib.puzzles.english.family import _questionish

    assert not _questionish("list " * 5_000 + "\nfrom")
    assert _questionish("list " * 5_000 + "from")


def test_thousands_of_subjects_without_the_behaviour_type_nothing():
    # regression: `\b(?:each|...)\b.*\b...lies$` on 8,000 "each"s ran 43 s
    from agentlib.puzzles.english.reader import KindSet, kind_typing

    kinds = KindSet()
    assert not kind_typing("each " * 5_000 + "of them is tall.", kinds) and kinds.all == []
    assert kind_typing("each " * 5_000 + "either always tells the truth or always lies.", kinds)
    assert kinds.truthful == ["truth_teller"] and kinds.lying == ["liar"]


_OLD_OPTIONS_QUESTION = r"\n*(?:Question: )?Which of the following is true\?\s*$"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "Alice is first.", "Question: ", "Which of the following is true?", "x",
                                 "A) Alice is first.", "B) Bob is first."]), max_size=10))
def test_the_options_question_is_cut_as_the_old_pattern_cut_it(pieces):
    from agentlib.puzzles.deduction import split_problem

    text = "".join(pieces)
    context, _ = split_problem(text)
    lines = []
    for line in text.splitlines():  # the context lines, as split_problem takes them
        if re.match(r"^\s*\(?([A-Z])\)\s*(.+)$", line):
            break
        lines.append(line)
    assert context == re.sub(_OLD_OPTIONS_QUESTION, "", "\n".join(lines).strip()).strip()


def test_a_run_of_newlines_before_the_options_question_is_read_quickly():
    # regression: the leading `\n*` retried at every newline: "Alice" + 20,000 newlines held `solve` for 56 s
    from agentlib.puzzles.deduction import split_problem

    text = "Alice" + "\n" * 15_000 + "is first.\nWhich of the following is true?\nA) Alice is first."
    assert split_problem(text) == ("Alice" + "\n" * 15_000 + "is first.", [("A", "Alice is first.")])


def _old_split_sentences(text):
    """split_sentences before the fix (slicing at every newline): the oracle on short texts."""
    from agentlib.puzzles.english.text import _TITLES, _last_word

    sentences, start, in_quote, i, n = [], 0, False, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            in_quote = not in_quote
            if not in_quote and i > 0 and text[i - 1] in ".!?" and (i + 1 == n or text[i + 1].isspace()):
                follower = text[i + 1:].lstrip()[:1]
                if not follower or follower.isupper():
                    sentences.append(text[start:i + 1])
                    start = i + 1
        elif ch == "\n" and not in_quote and i > start and text[start:i].strip() and (
                i + 1 == n or text[i + 1] in "\n-*0123456789" or text[start:i].rstrip()[-1:] in ".!?:"):
            sentences.append(text[start:i])
            start = i + 1
        elif ch in ".!?" and not in_quote and (i + 1 == n or text[i + 1].isspace() or text[i + 1] == '"'):
            word = _last_word(text[start:i])
            is_title = ch == "." and word is not None and word.lower() in _TITLES
            before = _last_word(text[start:i - len(word)], after_gap=True) if word is not None else None
            is_initial = ch == "." and word is not None and len(word) == 1 and word.isupper() \
                and i + 2 < n and text[i + 2].isupper() and before is not None and before[:1].isupper()
            if not is_title and not is_initial:
                sentences.append(text[start:i + 1])
                start = i + 1
        i += 1
    if text[start:].strip():
        sentences.append(text[start:])
    cleaned = [re.sub(r"\s+", " ", s).strip() for s in sentences]
    return [re.sub(r"^(?:[-*]|\d+[.)])\s+", "", s) for s in cleaned if s.strip(" -*")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "\t", ".", ":", "?", '"', "Alice", "Mr.", "J.", "Bob", "1.", "- ", "x",
                                 "is first", "She said, "]), max_size=14))
def test_sentences_are_split_as_before(pieces):
    import re

    from hypothesis import assume

    from agentlib.puzzles.english.text import _LOWER_QUESTION, split_sentences

    text = "".join(pieces)
    # a lower-case question after a closing quote now starts a sentence on purpose ('Gem says "Eli lies." who is the
    # knight?', `test_lower_question_after_quote.py`); the old splitter kept it in the quote's sentence
    assume(not re.search('"' + _LOWER_QUESTION.pattern, text))
    assert split_sentences(text) == _old_split_sentences(text)


def test_a_sentence_spread_over_thousands_of_lines_is_one_sentence():
    # regression: every newline sliced the sentence so far: "Alice" + 10,000 " \n" held `solve` about 5 s
    from agentlib.puzzles.english.text import split_sentences

    assert split_sentences("Alice" + " \n" * 30_000 + "is first. Who is first?") == ["Alice is first.",
                                                                                     "Who is first?"]


_OLD_OPTION_LINE = re.compile(r"^\s*(?:Options:|[A-E]\)\s.*)\s*$", re.I | re.M)
_LINES = ["Options:", "A) True", "B) False", "  C) Unknown  ", "Bob is cold.", "", "  ", "a) true", "F) no", "A)x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=10))
def test_option_lines_are_dropped_as_the_multiline_pattern_dropped_them(lines):
    # the old pattern also ate the blank lines around an option line; sentences never depend on blank lines, so the
    # oracle compares the non-blank lines left
    from agentlib.puzzles.rules import _OPTION_LINE_RE

    text = "\n".join(lines)
    new = [line for line in text.split("\n") if not _OPTION_LINE_RE.fullmatch(line)]
    old = _OLD_OPTION_LINE.sub("", text).split("\n")
    assert [line for line in new if line.strip()] == [line for line in old if line.strip()]


def test_a_statement_question_after_thousands_of_blank_lines_is_read():
    # regression: the multi-line option pattern ran 5.5 s on 20,000 newlines and past the 60 s deadline on 150,000
    from agentlib.puzzles.rules import split_question

    question = split_question("Bob is cold.\n" + "\n" * 20_000 + "Based on the above information, is the following "
                              "statement true or false? Bob is cold.\nOptions:\nA) True\nB) False")
    assert question.statement.rstrip(".") == "Bob is cold"
