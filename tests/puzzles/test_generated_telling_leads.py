"""Lead-ins that say who tells or where a puzzle comes from, and tags after its question, generated with fresh names,
order and wording, and checked against the order the chain was made from.

"lol my sis asked me:", "Detective Moss asked:", "Ms. Ortiz's riddle:", "Translated from a German riddle book:",
"sry one more:", "ESCAPE ROOM - CLUE SHEET #2." and "Thread:" made the puzzles after them abstain (a name, an "I",
"one more" or a title's period kept the remark), and so did "..., eh?", "..., yes or no?" and "Now list them ...".
A name in a remark that tells nothing ("Kobi came too.") still keeps it: that person may belong to the cast; so does
"Kobi says:" before a claim, which a speaker who may lie makes.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
LEADS = ["lol my sis asked me:", "Detective {teller} asked:", "Ms. {teller}'s riddle:", "sry one more:",
         "Translated from a Portuguese riddle book:", "From a Greek puzzle book (my translation):",
         "my cousin {teller} asked me this:", "ESCAPE ROOM - CLUE SHEET #{n}.", "Thread:", "Weekly quiz:",
         "Mr. {teller}'s homework sheet:"]
TAGS = ["", ", eh", ", right", ", then", ", yes or no"]


# a name's first letter is none of the leads' ("Bako" would be kin of "book" to the remark's generous word match)
FIRST = ["ko", "ze", "vi", "jin", "fen", "nu", "yu"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = (rng.choice(FIRST) + rng.choice(SYLLABLES)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _chain(rng: random.Random, order: list[str]) -> list[str]:
    sentences = [f"{a} is taller than {b}." if rng.random() < 0.5 else f"{b} is shorter than {a}."
                 for a, b in zip(order, order[1:])]
    rng.shuffle(sentences)
    return sentences


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 4))
def test_a_telling_lead_and_a_tag_leave_the_puzzle_as_it_is(seed, n):
    rng = random.Random(seed)
    order = _names(rng, n)
    teller = (rng.choice(["ha", "mo", "pa"]) + rng.choice(SYLLABLES)).capitalize()  # no kin of a cast name
    lead = rng.choice(LEADS).format(teller=teller, n=rng.randint(2, 9))
    tag = rng.choice(TAGS)
    question, expected = rng.choice([(f"Who is the tallest{tag}?", order[0]), (f"Who is the shortest{tag}?", order[-1]),
                                     (f"Is {order[0]} taller than {order[-1]}{tag}?", "yes"),
                                     ("Now list them from tallest to shortest.", order)])
    text = f"{lead} {' '.join(_chain(rng, order))} {question}"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_a_name_in_a_remark_that_tells_nothing_keeps_it(seed):
    rng = random.Random(seed)
    *order, other = _names(rng, 4)
    text = f"{other} came too. {' '.join(_chain(rng, order))} Who is the tallest?"
    verdict = solve(text)
    assert not (verdict.status == "verified" and verdict.answer == order[0]), text


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_a_speaker_before_a_colon_is_never_dropped(seed):
    # regression: "Old Kobi says: Ann is a knave." was unread, "Old Kobi says:" dropped as a teller's lead-in, and
    # "Is Ann a knave?" answered "yes", though Kobi may be a knave
    rng = random.Random(seed)
    speaker, a = _names(rng, 2)
    lead = rng.choice([f"Old {speaker} says:", f"{speaker} says loudly:", f"Old {speaker} said:"])
    text = f"Each of them is a knight or a knave. {lead} {a} is a knave. Is {a} a knave?"
    verdict = solve(text)
    assert not (verdict.status == "verified" and verdict.answer == "yes"), (text, verdict.reason)
