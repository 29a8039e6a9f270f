"""Regressions: readers whose patterns took time quadratic (or worse) in a long run of near-matches, found by
timing `solve_math` / `solve` on 20,000-100,000 characters of one repeated piece. Each test times the reader on
fresh variants of the hostile input and checks that the linear rewrite reads short inputs exactly as the old
pattern did (the old pattern is the oracle there: on short text it is fast).
"""

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

_FAST_S = 2.0  # each hostile input below took from 7 s to minutes (or a RecursionError) before the fix


def _timed(call, *args):
    started = time.monotonic()
    result = call(*args)
    return result, time.monotonic() - started


# The closing words of an arithmetic line ("= ?", "를 계산하시오", "?!"): `(?:\s*unit)+$` was cubic in spaces.

_OLD_TAIL = re.compile(r"(?:\s*=\s*\??|\s*(?:을|를)?\s*(?:계산하시오|계산하세요|계산해 주세요|계산하면\??|구하시오)"
                       r"|\s*(?:은|는)\s*(?:얼마인가요|얼마)?\??|\s*[?？.!。])+$")
_TAIL_PIECES = ["=", "?", " ", "  ", ".", "!", "。", "？", "를", "을", "계산하시오", "계산해 주세요", "계산하면", "는",
                "얼마", "얼마인가요", "1", "+", "x", "2 1/2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=10))
def test_the_arithmetic_tail_is_stripped_as_the_old_pattern_stripped_it(pieces):
    from agentlib.mathsolve.arithmetic_line import _TAIL, _TAIL_SPAN
    from agentlib.mathsolve.tails import strip_tail

    text = "".join(pieces).strip()
    assert strip_tail(text, _TAIL, _TAIL_SPAN) == _OLD_TAIL.sub("", text)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from([" ", "?", "!", ".", "= ", " ?", "? ", "。"]), st.sampled_from(["", "what is ", "Everyone "]),
       st.sampled_from(["", " x", "1", '"', "?"]))
def test_a_request_of_thousands_of_spaces_or_marks_is_read_quickly(piece, head, tail):
    # regression: "Everyone " + 19,900 spaces + " x" ran for minutes (arithmetic_line's tail pattern; then the
    # closing-marks pattern of the everyday formulas, quadratic in a run of "?.")
    from agentlib.mathsolve.solve import read_problem

    text = head + piece * (19_900 // len(piece)) + tail
    _, seconds = _timed(read_problem, text)
    assert seconds < _FAST_S


def test_a_request_of_thousands_of_quotes_is_read_quickly():
    # regression: the look-ahead for accented words ran over the whole run of quotes at each quote (quadratic)
    from agentlib.mathsolve.solve import read_problem

    for text in ("Everyone " + "'" * 19_000, "'" * 19_900 + "1", "what is " + "a'" * 9_900 + "1"):
        _, seconds = _timed(read_problem, text)
        assert seconds < _FAST_S


# Korean particles: a word of thousands of particle syllables exhausted the stack (RecursionError).

def _old_suffixes(rest: str) -> bool:
    from agentlib.mathsolve.vocabulary import KOREAN_SUFFIXES

    return not rest or any(rest.startswith(s) and _old_suffixes(rest[len(s):]) for s in KOREAN_SUFFIXES)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["을", "를", "이", "가", "에서", "으로", "하세요", "요", "입니까", "값", "넓", "x"]),
                max_size=8))
def test_a_run_of_korean_endings_is_recognised_as_before(syllables):
    from agentlib.mathsolve.vocabulary import _endings_from

    word = "".join(syllables)
    assert _endings_from(word)[0] == _old_suffixes(word)
    assert all(_endings_from(word)[k] == _old_suffixes(word[k:]) for k in range(len(word) + 1))


def test_a_word_of_thousands_of_particles_is_a_word_problem_not_a_recursion_error():
    from agentlib.mathsolve.solve import read_problem

    for text in ("가" * 19_890 + " 3개에", "을를" * 9_000, "의" * 19_000 + "?"):
        reading, seconds = _timed(read_problem, text)
        assert seconds < _FAST_S and reading.request is None
