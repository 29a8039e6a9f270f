"""Order in time inside a grid of days ("Ann visits before Bo.", "Bo visits two days after Ann."), generated with
fresh names, days and wordings and checked against every assignment."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal"]
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = {1: "one", 2: "two", 3: "three"}


def _puzzle(seed: int) -> tuple[str, str | None]:
    rng = random.Random(seed)
    size = rng.choice([3, 4])
    people = rng.sample(NAMES, size)
    days = sorted(rng.sample(WEEK[:6], size), key=WEEK.index)
    truth = dict(zip(people, rng.sample(days, size)))
    clues: list[tuple[str, object]] = []
    while len(clues) < rng.randint(2, 4):
        kind = rng.randrange(4)
        a, b = rng.sample(people, 2)
        gap = WEEK.index(truth[a]) - WEEK.index(truth[b])
        if kind == 0:
            word = "before" if gap < 0 else "after"
            clues.append((f"{a} visits {word} {b}.", lambda d, a=a, b=b, s=gap < 0:
                          WEEK.index(d[a]) < WEEK.index(d[b]) if s else WEEK.index(d[a]) > WEEK.index(d[b])))
        elif kind == 1 and abs(gap) <= 3:
            count = "the day" if abs(gap) == 1 else f"{NUMBERS[abs(gap)]} days"
            word = "before" if gap < 0 else "after"
            clues.append((f"{a} visits {count} {word} {b}.", lambda d, a=a, b=b, g=gap:
                          WEEK.index(d[a]) - WEEK.index(d[b]) == g))
        elif kind == 2:
            other = rng.choice([day for day in days if day != truth[a]])
            clues.append((f"{a} doesn't visit on {other}.", lambda d, a=a, o=other: d[a] != o))
        else:
            day = rng.choice([x for x in days if x != truth[a]])
            word = "before" if WEEK.index(truth[a]) < WEEK.index(day) else "after"
            clues.append((f"{a} visits {word} {day}.", lambda d, a=a, day=day, w=word:
                          WEEK.index(d[a]) < WEEK.index(day) if w == "before" else WEEK.index(d[a]) > WEEK.index(day)))
    by_day = rng.random() < 0.5
    asked_day, asked_person = rng.choice(days), rng.choice(people)
    answers = set()
    for assignment in itertools.permutations(days):
        d = dict(zip(people, assignment))
        if all(check(d) for _, check in clues):
            answers.add(next(p for p in people if d[p] == asked_day) if by_day else d[asked_person])
    listed = ", ".join(people[:-1]) + " and " + people[-1]
    question = f" Who visits on {asked_day}?" if by_day else f" When does {asked_person} visit?"
    text = (f"{listed} each visit on a different day: {', '.join(days[:-1])} or {days[-1]}. "
            + " ".join(sentence for sentence, _ in clues) + question)
    return text, answers.pop() if len(answers) == 1 else None


@pytest.mark.parametrize("seed", range(40))
def test_times_in_a_grid_agree_with_brute_force(seed: int) -> None:
    text, answer = _puzzle(seed)
    verdict = solve(text)
    assert not verdict.unparsed, (text, verdict.unparsed)
    if answer is None:
        assert verdict.status == "abstained", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason)


def test_the_day_after_is_a_calendar_day() -> None:
    verdict = solve("Ann, Bo and Cy each visit on a different day: Monday, Wednesday or Friday. Bo visits the day "
                    "after Ann. Who visits on Friday?")
    assert (verdict.status, verdict.failure) == ("abstained", "unsat")
