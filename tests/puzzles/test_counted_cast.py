""""Exactly two runners finished between Mo and Ned" after "Six runners, Kai, Lou, Mo, Ned, Oli and Pam, ..." was
read as a class named "exactly two runner" (every member of it between the two), which let the race come out with
more than one order. A counted plural is no class (`grammar._counted_plural`), and the cast's own noun counted is a
count over the named cast (`counted_cast.py`). Each race is keyed by trying every order of the cast."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Kai", "Lou", "Mara", "Ned", "Oli", "Pam"]
NUMBER = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _clue(rng, order: list[str], noun: str) -> tuple[str, object]:
    """A true clue about `order`, as (sentence, test on a candidate order)."""
    a, b = rng.sample(order, 2)
    ia, ib = order.index(a), order.index(b)
    kind = rng.choice(["between", "between", "before", "place"])
    if kind == "between" and abs(ia - ib) > 1:  # "exactly zero runners": nobody says so
        k = abs(ia - ib) - 1
        said = noun if k != 1 else "person" if noun == "people" else noun[:-1]
        return (f"Exactly {NUMBER[k]} {said} finished between {a} and {b}.",
                lambda p, a=a, b=b, k=k: abs(p.index(a) - p.index(b)) - 1 == k)
    if kind in ("before", "between"):
        first, second = (a, b) if ia < ib else (b, a)
        return f"{first} finished before {second}.", lambda p, f=first, s=second: p.index(f) < p.index(s)
    return f"{a} finished {ORDINAL[ia]}.", lambda p, a=a, ia=ia: p.index(a) == ia


@given(st.integers(5, 6), st.sampled_from(["runners", "people", "friends"]), st.randoms(use_true_random=False))
@settings(max_examples=14, deadline=None, derandomize=True)
def test_a_count_of_the_cast_between_two_answers_as_every_order(size, noun, rng):
    cast = NAMES[:size]
    order = rng.sample(cast, size)
    asked = rng.randrange(size)
    clues, tests = [], []
    fitting = list(permutations(cast))
    while len({p[asked] for p in fitting}) > 1 and len(clues) < 8:
        said, test = _clue(rng, order, noun)
        clues.append(said)
        tests.append(test)
        fitting = [p for p in fitting if test(p)]
    answers = {p[asked] for p in fitting}
    text = (f"{NUMBER[size].capitalize()} {noun}, {', '.join(cast[:-1])} and {cast[-1]}, ran a race with no ties. "
            f"{' '.join(clues)} Who finished {ORDINAL[asked]}?")
    verdict = solve(text)
    if len(answers) == 1 and any("between" in c for c in clues):
        assert (verdict.status, verdict.answer) == ("verified", answers.pop()), (text, verdict.reason)
    elif verdict.status == "verified":
        assert verdict.answer in answers | {"cannot be determined"}, (text, verdict.reason)


@given(st.sampled_from(["students", "runners"]), st.sampled_from(["Exactly two", "Only two", "Just 2"]))
@settings(max_examples=6, deadline=None, derandomize=True)
def test_a_counted_class_that_is_not_the_whole_cast_is_not_read(noun, how):
    """Ann and Bo are two of however many students: "exactly two students" may count others too."""
    verdict = solve(f"Ann and Bo are {noun}. {how} {noun} passed. Ann passed. Did Bo pass?")
    assert verdict.status != "verified", verdict.reason
