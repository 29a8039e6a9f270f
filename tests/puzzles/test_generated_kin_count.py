"""Generated family counts checked by brute force over every family (boys, girls, and each named child's sex).

Statements are true of a hidden family and worded as people type them: "Nell has two brothers and one sister", "each
boy has as many sisters as brothers", "each of her brothers has twice as many sisters as brothers", "Ada has three
sons and two daughters". Every verified answer must be the brute-force one, and where the brute force finds one
answer the reader must give it (these are the constructions `kin_count.py` reads).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

WORDS = {0: "no", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
CHILDREN = ["Nell", "Ossie", "Brin"]
QUESTIONS = {"total": "How many children are in the family?", "parents": "How many children do {pos} parents have?",
             "siblings": "How many siblings does {name} have?", "boys": "How many boys are there?",
             "her_family": "How many children are in {pos} family?",
             "kids_there": "How many kids are there in {pos} family?"}
OWN_FAMILY = ("parents", "her_family", "kids_there")  # "her parents", "in her family": the named child's family


def _siblings(boys: int, girls: int, girl: bool) -> tuple[int, int]:
    """(brothers, sisters) of one child."""
    return boys - (0 if girl else 1), girls - (1 if girl else 0)


@st.composite
def families(draw):
    boys, girls = draw(st.integers(0, 5)), draw(st.integers(0, 5))
    if boys + girls == 0:
        boys = 1
    name = draw(st.sampled_from(CHILDREN))
    girl = draw(st.booleans()) if boys and girls else girls > 0
    statements = []  # (text, test(boys, girls, girl))
    brothers, sisters = _siblings(boys, girls, girl)
    pos = "her" if girl else "his"
    kinds = draw(st.lists(st.sampled_from(["counts", "one_count", "each_boy", "each_girl", "each_of_hers"]),
                          min_size=1, max_size=2, unique=True))
    kinds.sort(key=lambda k: k != "counts" and k != "one_count")  # a pronoun comes after the name it points at
    for kind in kinds:
        if kind == "counts":
            statements.append((f"{name} has {WORDS[brothers]} brothers and {WORDS[sisters]} sisters.",
                               lambda b, g, f, n=(brothers, sisters): _siblings(b, g, f) == n))
        elif kind == "one_count":
            statements.append((f"{name} has {WORDS[brothers]} brothers.",
                               lambda b, g, f, n=brothers: _siblings(b, g, f)[0] == n))
        elif kind == "each_boy" and boys:
            bro, sis = _siblings(boys, girls, False)
            statements.append((f"Each boy has {WORDS[sis]} sisters.", lambda b, g, f, n=sis: b >= 1 and g == n))
        elif kind == "each_girl" and girls:
            bro, sis = _siblings(boys, girls, True)
            statements.append((f"Each girl has {WORDS[bro]} brothers.", lambda b, g, f, n=bro: g >= 1 and b == n))
        elif kind == "each_of_hers" and brothers and statements and name in statements[0][0]:
            bro, sis = _siblings(boys, girls, False)
            statements.append((f"Each of {pos} brothers has {WORDS[sis]} sisters.",
                               lambda b, g, f, n=sis: _siblings(b, g, f)[0] >= 1 and g == n))
    question = draw(st.sampled_from(sorted(QUESTIONS)))
    return name, girl, pos, statements, question


def _answer(question: str, b: int, g: int, girl: bool) -> int:
    return {"total": b + g, "parents": b + g, "her_family": b + g, "kids_there": b + g, "siblings": b + g - 1,
            "boys": b}[question]


@settings(max_examples=40, deadline=None)
@given(families())
def test_a_family_count_agrees_with_every_family(case):
    name, girl, pos, statements, question = case
    if not statements or (question in (*OWN_FAMILY, "siblings") and not any(name in s for s, _ in statements)):
        return  # "his parents" / "Nell's siblings" with nobody named: nothing to point at
    asked = QUESTIONS[question].format(pos=pos, name=name)
    text = " ".join(s for s, _ in statements) + " " + asked
    uses_pronoun = question in OWN_FAMILY or "her" in text.split() or "his" in text.split()
    answers = set()
    for b in range(0, 41):
        for g in range(0, 41 - b):
            for f in (True, False):
                if (b if not f else g) < 1 or (uses_pronoun and f != girl):
                    continue
                if all(test(b, g, f) for _, test in statements):
                    answers.add(_answer(question, b, g, f))
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(answers)), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


def test_a_half_sibling_is_not_counted_by_this_reading():
    verdict = solve("Pim has two half brothers and one sister. How many children do his parents have?")
    assert verdict.status != "verified" or verdict.answer != 4
