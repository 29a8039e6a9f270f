"""Heights, weights and scores with numbers: "Rex weighs 10 kg. Sky weighs 3 kg more than Rex. Who is the heaviest?",
"Ann is 150 cm tall. Bo is 5 cm taller than Ann. How tall is Bo?". Fresh people, values, units, differences and
question forms, each keyed by computing every value in Python; before, every sentence with a unit was "not
understood" (or the question "compares by weight, which no statement does")."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Rex", "Sky", "Tux", "Ulla", "Vera", "Wes", "Xena", "Yuri"]
# measure -> (units, fixed sentence, difference sentence (more, less), superlatives, comparatives, how-question)
MEASURES = {
    "height": (["cm", "inches"], "{a} is {n} {u} tall.", ("{a} is {n} {u} taller than {b}.",
                                                          "{a} is {n} {u} shorter than {b}."),
               ("the tallest", "the shortest"), ("taller", "shorter"), "How tall is {a}?"),
    "weight": (["kg", "pounds"], "{a} weighs {n} {u}.", ("{a} weighs {n} {u} more than {b}.",
                                                         "{a} is {n} {u} lighter than {b}."),
               ("the heaviest", "the lightest"), ("heavier", "lighter"), "How much does {a} weigh?"),
    "points": (["points"], "{a} scored {n} {u}.", ("{a} scored {n} more {u} than {b}.",
                                                   "{a} scored {n} fewer {u} than {b}."),
               ("the most", "the fewest"), ("more", "fewer"), "How many points did {a} score?"),
}


def _puzzle(rng: random.Random):
    measure = rng.choice(sorted(MEASURES))
    units, fixed, (more, less), superlatives, comparatives, how = MEASURES[measure]
    unit = rng.choice(units)
    people = rng.sample(NAMES, rng.randint(2, 4))
    values = {people[0]: Fraction(rng.randint(40, 180))}
    sentences = [fixed.format(a=people[0], n=values[people[0]], u=unit)]
    for person in people[1:]:
        other = rng.choice([p for p in people if p in values])
        if rng.random() < 0.3:
            values[person] = Fraction(rng.randint(40, 180))
            sentences.append(fixed.format(a=person, n=values[person], u=unit))
            continue
        step = rng.randint(1, 30)
        if rng.random() < 0.5:
            values[person] = values[other] + step
            sentences.append(more.format(a=person, n=step, u=unit, b=other))
        else:
            values[person] = values[other] - step
            sentences.append(less.format(a=person, n=step, u=unit, b=other))
    rng.shuffle(sentences)
    return measure, unit, people, values, sentences, superlatives, comparatives, how


@pytest.mark.parametrize("seed", range(40))
def test_a_measured_puzzle_is_answered_as_its_values_say(seed):
    rng = random.Random(seed)
    measure, unit, people, values, sentences, superlatives, comparatives, how = _puzzle(rng)
    shape = seed % 4
    if shape == 0:  # who is the most / least
        largest = rng.random() < 0.5
        word = superlatives[0 if largest else 1]
        question = f"Who scored {word}?" if measure == "points" else f"Who is {word}?"
        best = (max if largest else min)(values.values())
        tied = list(values.values()).count(best) > 1
        expected = None if tied else next(p for p in people if values[p] == best)
    elif shape == 1:  # is A more than B
        a, b = rng.sample(people, 2)
        word = comparatives[rng.randint(0, 1)]
        question = f"Did {a} score {word} points than {b}?" if measure == "points" else f"Is {a} {word} than {b}?"
        holds = values[a] > values[b] if word in ("taller", "heavier", "more") else values[a] < values[b]
        expected = "yes" if holds else "no"
    elif shape == 2:  # which of the two
        a, b = rng.sample(people, 2)
        word = comparatives[rng.randint(0, 1)]
        question = f"Who scored {word}, {a} or {b}?" if measure == "points" else f"Who is {word}, {a} or {b}?"
        pick = max if word in ("taller", "heavier", "more") else min
        expected = None if values[a] == values[b] else pick((a, b), key=lambda p: values[p])
    else:  # how much
        a = rng.choice(people)
        question = how.format(a=a)
        if values[a] <= 0:
            expected = None  # a value the statements make impossible for a height or weight
        else:
            expected = int(values[a]) if measure == "points" else f"{values[a]} {_unit(unit)}"
    text = " ".join(sentences) + " " + question
    verdict = solve(text).to_dict()
    if expected is None or min(values.values()) <= 0:
        assert verdict["status"] != "verified" or verdict["answer"] == expected, text
        return
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text


def _unit(unit: str) -> str:
    return {"cm": "cm", "inches": "in", "kg": "kg", "pounds": "lb"}[unit]


@pytest.mark.parametrize("text", [
    "Ann is 150 cm tall. Bo is 1.6 m tall. Who is taller?",  # two units: never converted, never guessed
    "Ann weighs 50 kg. Bo weighs 110 pounds. Who is heavier?",
])
def test_two_units_for_one_measure_are_not_compared(text):
    assert solve(text).to_dict()["status"] != "verified"
