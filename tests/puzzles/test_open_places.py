"""Places beyond the people named: "Sue finished third. Tim finished right after Sue. In what position did Tim
finish?" names two of a larger race, so its places are only bounded (it abstained: "position 3, only 2 places").
Only answers that hold for every number of places stand: a place forced by the clues; "Who came last?" and open
answers abstain. A place said with words the grammar leaves unread ("Ann finished fifth in the race" read as one
property) beside a ranking is refused: "Bo finished right after Ann. Who came last?" was a verified "Bo".

Fresh names, places, offsets and wordings; the expected place is worked out here."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bertil", "Cosima", "Dagny", "Evander", "Fenna"]
ORDINAL = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
STEP = {1: "one", 2: "two", 3: "three"}


@pytest.mark.parametrize("seed", range(20))
def test_a_place_forced_from_a_place_beyond_the_named(seed):
    rng = random.Random(seed)
    anchor, other = rng.sample(NAMES, 2)
    place = rng.randint(3, 8)
    offset = rng.choice([-2, -1, 1, 2]) if place > 3 else rng.choice([-1, 1, 2])
    if offset == 1:
        relation = rng.choice(["right after", "immediately after", "directly behind"])
    elif offset == -1:
        relation = rng.choice(["right before", "immediately before", "directly ahead of"])
    else:
        relation = f"{STEP[abs(offset)]} places {'behind' if offset > 0 else 'ahead of'}"
    clues = [f"{anchor} finished {ORDINAL[place]}.", f"{other} finished {relation} {anchor}."]
    rng.shuffle(clues)
    text = " ".join(clues) + f" In what position did {other} finish?"
    verdict = solve(text)
    assert verdict.status == "verified" and str(verdict.answer) == str(place + offset), (text, verdict.answer,
                                                                                          verdict.reason)


@pytest.mark.parametrize("seed", range(6))
def test_the_end_of_an_open_line_up_is_not_known(seed):
    rng = random.Random(seed)
    anchor, other = rng.sample(NAMES, 2)
    place = rng.randint(3, 8)
    occasion = rng.choice(["", " in the race", " in the marathon"])
    text = f"{anchor} finished {ORDINAL[place]}{occasion}. {other} finished right after {anchor}. Who came last?"
    assert solve(text).status != "verified", text


@pytest.mark.parametrize("seed", range(8))
def test_a_building_with_more_floors_than_people_is_not_read_as_one_floor_each(seed):
    """"Ann, Bo and Cy live on different floors of a 5-storey building. Ann lives on the top floor. Bo lives
    directly below Ann." put Bo on floor 2 (the top of three): the count of floors was an unread property."""
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    floors = rng.choice([4, 5, 6, 8])
    word = {4: "four", 5: "five", 6: "six", 8: "eight"}[floors]
    written = rng.choice([f"{floors}-storey", f"{floors}-story", f"{word}-storey"])
    text = (f"{people[0]}, {people[1]} and {people[2]} live on different floors of a {written} building. "
            f"{people[0]} lives on the top floor. {people[1]} lives directly below {people[0]}. "
            f"On which floor does {people[1]} live?")
    verdict = solve(text)
    assert verdict.status != "verified" or str(verdict.answer) == str(floors - 1), (text, verdict.answer)


@pytest.mark.parametrize("seed", range(6))
def test_a_race_with_more_runners_than_named_is_not_theirs_alone(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    runners = rng.randint(4, 12)
    noun = rng.choice(["runners", "swimmers", "competitors", "cyclists"])
    text = (f"{people[0]}, {people[1]} and {people[2]} were in a race with {runners} {noun}. {people[0]} finished "
            f"last. {people[1]} finished right before {people[0]}. What place did {people[1]} finish in?")
    verdict = solve(text)
    assert verdict.status != "verified" or str(verdict.answer) == str(runners - 1), (text, verdict.answer)
