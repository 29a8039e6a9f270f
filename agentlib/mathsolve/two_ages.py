"""Two people's ages from two facts: "Ann is three times as old as Ben; in 4 years the sum of their ages will be 48.
How old is Ben?", "a father is 30 years older than his son; in 5 years he will be three times as old as his son. How
old is the son now?", "Tom is twice as old as Sue. 5 years ago the sum of their ages was 20. How old is Tom?".

Each fact is one linear equation in the two ages now (a, b):

    P is k times as old as Q              a = k·b           P is d years older / younger than Q   a = b ± d
    in y years P will be k times as old   a + y = k(b + y)  y years ago P was k times as old      a - y = k(b - y)
    the sum of their ages is s            a + b = s         in y years / y years ago the sum      a + b ± 2y = s

Exactly two people, named the same way each time ("Ann", "the father" / "a father" / "his father"; "he" or "she" is
the first fact's subject), exactly two facts, each clause one of the shapes, and one person asked ("how old is Ben
(now)", "what is Ben's age"). The two equations are solved exactly (they must have one solution), and every age
then, now and later must be at least 0; anything else is not read. The answer is an `evaluate` of the asked age.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded

_KIN = r"(?:father|mother|dad|mom|mum|son|daughter|brother|sister|grandfather|grandmother|grandpa|grandma|uncle|" \
       r"aunt|nephew|niece|friend|cousin|husband|wife|boy|girl|man|woman|teacher|student)"
_PERSON = rf"((?:(?:a|an|the|his|her|their|my) )?{_KIN}|[A-Z][a-z]{{1,15}}|he|she)"
_TIMES: dict[str, Fraction] = {"twice": Fraction(2), "two times": Fraction(2), "three times": Fraction(3),
                               "thrice": Fraction(3), "four times": Fraction(4), "five times": Fraction(5),
                               "six times": Fraction(6), "half": Fraction(1, 2)}
_K = r"(twice|thrice|half|two times|three times|four times|five times|six times|(\d{1,2}) times)"
_N = r"(\d{1,3})"
_FACTS = [  # (shape, pattern); the groups are read by `_equation`
    ("times_now", re.compile(rf"{_PERSON} is {_K} as old as {_PERSON}")),
    ("older", re.compile(rf"{_PERSON} is {_N} years? (older|younger) than {_PERSON}")),
    ("times_later", re.compile(rf"in {_N} years?,? {_PERSON} will be {_K} as old as {_PERSON}")),
    ("times_ago", re.compile(rf"{_N} years? ago,? {_PERSON} was {_K} as old as {_PERSON}")),
    ("sum_now", re.compile(rf"(?:the sum of their ages|their ages add up to|their combined age|their total age) "
                           rf"(?:is )?{_N}")),
    ("sum_later", re.compile(rf"in {_N} years?,? (?:the sum of their ages will be|their ages will add up to|their "
                             rf"combined age will be|their total age will be) {_N}")),
    ("sum_ago", re.compile(rf"{_N} years? ago,? (?:the sum of their ages was|their ages added up to|their combined "
                           rf"age was|their total age was) {_N}")),
]
_ASKED = re.compile(rf"(?:how old is {_PERSON}(?: now| today)?|what is {_PERSON}'s (?:current )?age(?: now)?)")


def read_two_ages(text: str) -> Worded | None:
    """The asked person's age now, or None when `text` is not two facts about two ages and one question."""
    clauses = [c.strip() for c in re.split(r"[.;?!]\s*|,\s+(?=and |in \d|\d+ years? ago|the sum|their|how|what)|"
                                           r"\s+and\s+", " ".join(text.replace("’", "'").split())) if c.strip()]
    if not 3 <= len(clauses) <= 4 or len(text) > 400:
        return None
    *facts, question = clauses
    asked = _ASKED.fullmatch(_lower_first(question))
    if asked is None:
        return None
    people: list[str] = []
    equations = []
    for clause in facts:
        equation = _equation(_lower_first(clause), people)
        if equation is None:
            return None
        equations.append(equation)
    who = _person(asked.group(1) or asked.group(2), people)
    if len(equations) != 2 or len(people) != 2 or who is None:
        return None
    return _solved(equations, people, who)


def _lower_first(clause: str) -> str:
    """A clause's first word in lower case unless it is a name ("In 4 years" -> "in 4 years"; "Ann is" stays)."""
    first, _, rest = clause.partition(" ")
    lowered = first.lower()
    if lowered in ("in", "how", "what", "the", "a", "an", "his", "her", "their", "he", "she", "my") or \
            first[:1].isdigit():
        return f"{lowered} {rest}".strip()
    return clause


def _person(words: str | None, people: list[str]) -> str | None:
    """The person `words` name, registered in `people` on first sight; "he" / "she" is the first one named."""
    if words is None:
        return None
    if words in ("he", "she"):
        return people[0] if people else None
    name = re.sub(r"^(?:a|an|the|his|her|their|my) ", "", words)
    if name not in people:
        people.append(name)
    return name


def _factor(groups: tuple) -> Fraction:
    word, digits = groups
    return Fraction(digits) if digits else _TIMES[word]


Equation = tuple[dict[str, Fraction], Fraction, list[tuple[str, Fraction]]]  # coefficients, constant, ages at offsets


def _equation(clause: str, people: list[str]) -> Equation | None:
    """The clause as Σ c·age = constant, with the (person, years from now) ages it speaks of; None if no shape fits."""
    for shape, pattern in _FACTS:
        match = pattern.fullmatch(clause)
        if match is None:
            continue
        g = match.groups()
        if shape == "times_now":
            p, k, q = _person(g[0], people), _factor(g[1:3]), _person(g[3], people)
            return _linear({p: 1, q: -k}, 0, [(p, 0), (q, 0)]) if p and q and p != q else None
        if shape == "older":
            p, d, q = _person(g[0], people), Fraction(g[1]) * (1 if g[2] == "older" else -1), _person(g[3], people)
            return _linear({p: 1, q: -1}, d, [(p, 0), (q, 0)]) if p and q and p != q else None
        if shape in ("times_later", "times_ago"):
            y = Fraction(g[0]) * (1 if shape == "times_later" else -1)
            p, k, q = _person(g[1], people), _factor(g[2:4]), _person(g[4], people)
            # a + y = k (b + y)  ->  a - k b = (k - 1) y
            return _linear({p: 1, q: -k}, (k - 1) * y, [(p, y), (q, y)]) if p and q and p != q else None
        if len(people) != 2:
            return None  # "their ages" before both people are named
        y = Fraction(0) if shape == "sum_now" else Fraction(g[0]) * (1 if shape == "sum_later" else -1)
        total = Fraction(g[-1])
        return _linear({people[0]: 1, people[1]: 1}, total - 2 * y, [(people[0], y), (people[1], y)])
    return None


def _linear(coefficients: dict, constant: Fraction | int, ages: list) -> Equation:
    return {p: Fraction(c) for p, c in coefficients.items()}, Fraction(constant), ages


def _solved(equations: list[Equation], people: list[str], who: str) -> Worded | None:
    (first, c1, ages1), (second, c2, ages2) = equations
    a1, b1 = (first.get(p, Fraction(0)) for p in people)
    a2, b2 = (second.get(p, Fraction(0)) for p in people)
    determinant = a1 * b2 - a2 * b1
    if determinant == 0:
        return None  # the two facts say the same thing, or contradict each other
    now = {people[0]: (c1 * b2 - c2 * b1) / determinant, people[1]: (a1 * c2 - a2 * c1) / determinant}
    if any(now[p] + y < 0 for p, y in ages1 + ages2) or any(v < 0 for v in now.values()):
        return None  # an age below zero then or now: the facts describe no real people
    other = next(p for p in people if p != who)
    # Cramer's rule for the asked age, left for the evaluator to compute exactly
    if who == people[0]:
        formula = f"(({c1})*({b2}) - ({c2})*({b1}))/({determinant})"
    else:
        formula = f"(({a1})*({c2}) - ({a2})*({c1}))/({determinant})"
    return Worded(formula, f"two equations in the ages now, solved exactly: {who} {now[who]}, {other} {now[other]}")


# The Korean facts (korean_two_ages.py) are the same equations, solved the same way.
solved_ages = _solved
linear_age_equation = _linear

__all__ = ["Equation", "linear_age_equation", "read_two_ages", "solved_ages"]
