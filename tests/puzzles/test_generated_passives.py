"""Generated passives with their agent, read as the active voice and checked against the active reading's truth.

Fresh names, verbs (regular and irregular participles) and objects; facts and questions each drawn active or
passive, positive or negative; "either X or Y" with one ruled out, asked "Who VERBed it?", "Who was it VERBed
by?", "By whom was it VERBed?". A place after a verb of placing ("put by the window") is never an agent.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.passives import active_voice

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]
ACTS = [("break", "broke", "broken", "the vase"), ("paint", "painted", "painted", "the fence"),
        ("eat", "ate", "eaten", "the cake"), ("write", "wrote", "written", "the letter"),
        ("steal", "stole", "stolen", "the bike"), ("sign", "signed", "signed", "the form")]


def _fact(rng: random.Random, agent: str, act: tuple[str, str, str, str], done: bool) -> str:
    verb, past, participle, thing = act
    if rng.random() < 0.5:
        return f"{agent} {past if done else 'did not ' + verb} {thing}."
    return f"{thing.capitalize()} was {'' if done else 'not '}{participle} by {agent}."


@pytest.mark.parametrize("seed", range(16))
def test_a_passive_fact_answers_as_its_active_reading(seed):
    rng = random.Random(seed)
    act = rng.choice(ACTS)
    agent, other = rng.sample(NAMES, 2)
    done = rng.random() < 0.5
    asked = agent if rng.random() < 0.75 else other
    verb, _, participle, thing = act
    question = (f"Did {asked} {verb} {thing}?" if rng.random() < 0.5
                else f"Was {thing} {participle} by {asked}?")
    verdict = solve(_fact(rng, agent, act, done) + " " + question)
    if asked == agent:
        assert (verdict.status, verdict.answer) == ("verified", "yes" if done else "no")
    else:  # nothing says only one person did it
        assert verdict.status != "verified"


@pytest.mark.parametrize("seed", range(10))
def test_either_of_two_with_one_ruled_out_in_either_voice(seed):
    rng = random.Random(seed)
    act = rng.choice(ACTS)
    first, second = rng.sample(NAMES, 2)
    verb, past, participle, thing = act
    choice = (f"Either {first} or {second} {past} {thing}." if rng.random() < 0.5
              else f"{thing.capitalize()} was {participle} by either {first} or {second}.")
    ruled_out = rng.choice([first, second])
    question = rng.choice([f"Who {past} {thing}?", f"Who was {thing} {participle} by?",
                           f"By whom was {thing} {participle}?"])
    verdict = solve(f"{choice} {_fact(rng, ruled_out, act, False)} {question}")
    assert (verdict.status, verdict.answer) == ("verified", second if ruled_out == first else first)


@pytest.mark.parametrize("sentence", ["The lamp was put by the window.", "The car was parked by the gate.",
                                      "The vase was broken.", "Ann is taller than Bo."])
def test_a_place_after_placing_and_a_passive_without_agent_stay(sentence):
    assert active_voice(sentence) == sentence
