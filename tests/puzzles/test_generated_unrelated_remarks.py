"""Generated puzzles wrapped in remarks that share nothing with them ("Long day, brain fried.", "Puzzle 12.",
"quick q:", "Show your work."), checked by brute force over every order of the people: the remark drops and the
puzzle answers as it does alone. Remarks that could bear on the answer (a name, a count, a quantifier, a pronoun, a
shared word, the only statement) are kept, so the text abstains or reads as before.
"""

from __future__ import annotations

from itertools import permutations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.book_labels import without_book_label
from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.instructions import is_instruction
from agentlib.puzzles.english.unrelated_remarks import without_unrelated_remarks

# names that share no stem or consonant skeleton with the remarks' words
NAMES = ["Ada", "Eli", "Ivo", "Uma", "Oki", "Ezra", "Ines", "Otto", "Ulla", "Arno"]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("heavier", "lighter", "heaviest", "lightest")]
LABELS = ["Puzzle", "Exercise", "Problem", "Task", "Worksheet", "Lesson"]
MOODS = [("Long day", "brain fried"), ("Late night", "coffee gone"), ("Rough week", "head spinning"),
         ("Long week", "brain mush")]
SUBJECTS = ["math", "science", "spelling", "geography"]
LEADS = ["quick q", "lol settle this", "ppl pls help", "Clue A", "Bonus round"]
INSTRUCTIONS = ["Show your work.", "Circle the right answer.", "Read each clue carefully.", "Use a pencil."]


def remark(kind: int, number: int) -> str:
    """A fresh remark of one of four shapes: a label, a mood, a first-person aside, an instruction."""
    if kind == 0:
        return f"{LABELS[number % len(LABELS)]} {number}."
    if kind == 1:
        opener, state = MOODS[number % len(MOODS)]
        return f"{opener}, {state}."
    if kind == 2:
        return f"It's {number % 12 + 1}pm and I'm doing {SUBJECTS[number % len(SUBJECTS)]} homework."
    return INSTRUCTIONS[number % len(INSTRUCTIONS)]


def brute_force(facts: list[tuple[str, str]], people: list[str], holds) -> set:
    """What `holds(order)` gives over every order of `people` (first = most) consistent with `facts` (a above b)."""
    return {holds(order) for order in permutations(people) if all(order.index(a) < order.index(b) for a, b in facts)}


@settings(max_examples=12, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=4, unique=True), st.sampled_from(SCALES),
       st.integers(0, 3), st.integers(1, 40), st.sampled_from(["before", "after", "lead"]), st.booleans(),
       st.randoms(use_true_random=False))
def test_a_chain_answers_as_brute_force_with_a_remark_around_it(people, scale, kind, number, where, top, rng):
    up, _, most, least = scale
    facts = list(zip(people, people[1:]))
    said = [f"{a} is {up} than {b}." for a, b in facts]
    rng.shuffle(said)
    question = f"Who is the {most if top else least}?"
    body = " ".join(said)
    if where == "lead":
        text = f"{LEADS[number % len(LEADS)]}: {body} {question}"
    elif where == "before":
        text = f"{remark(kind, number)} {body} {question}"
    else:
        text = f"{body} {question} {remark(kind, number)}"
    extremes = brute_force(facts, people, lambda order: order[0] if top else order[-1])
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", extremes.pop()), text


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.integers(0, 3), st.integers(1, 40), st.integers(0, 2), st.integers(0, 2))
def test_a_yes_no_question_answers_as_brute_force_with_a_remark_before_it(people, scale, kind, number, i, j):
    up, _, _, _ = scale
    facts = [(people[0], people[1]), (people[1], people[2])]
    x, y = people[i], people[j] if j != i else people[(i + 1) % 3]
    text = f"{remark(kind, number)} {facts[0][0]} is {up} than {facts[0][1]}, and {facts[1][0]} is {up} than " \
           f"{facts[1][1]}. Is {x} {up} than {y}?"
    seen = brute_force(facts, people, lambda order: order.index(x) < order.index(y))
    expected = "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text


def test_remarks_that_may_bear_on_the_answer_are_kept():
    unread = ["Four kids were measured.", "Zed came too.", "Everyone was tired.", "She was tired.",
              "A tall kid was measured.", "I am tall."]
    puzzle = "Ada is taller than Eli. Ivo is taller than Ada. Who is the shortest?"
    for kept in unread:  # a count, a name, a quantifier, a pronoun, a shared word ("tall")
        assert without_unrelated_remarks(f"{kept} {puzzle}", unread) is None, kept
    # the first person is kept when the puzzle speaks in it too
    assert without_unrelated_remarks("I am sleepy. I am taller than Eli. Who is the shortest?", ["I am sleepy."]) \
        is None
    # a statement the question shares no word with is not told from a remark: nothing drops
    assert without_unrelated_remarks("Long day. The movie is after dinner. What happens first?",
                                     ["Long day.", "The movie is after dinner."]) is None
    # a remark the reader did read stays
    assert without_unrelated_remarks(f"Long day, brain fried. {puzzle}", []) is None


def test_an_imperative_with_content_or_a_name_that_is_a_verb_is_no_instruction():
    for sentence in ["Mark sits next to Ann.", "Sue is older than Bo.", "Find the liar.", "List them by age.",
                     "Long day, brain fried.", "Last one I swear.",
                     "Assume Ann is a knight.", "Bill, Ann and Cy sit in a row.", "Show that Ann is older."]:
        assert not is_instruction(sentence), sentence
    for sentence in ["Show your work.", "Circle yes or no.", "Read each clue carefully and answer the question."]:
        assert is_instruction(sentence), sentence


CHAT_LEADS = ["mods pls pin \U0001f64f", "@everyone puzzle time \U0001f9e9", "Got asked this at an interview today:",
              "Last one I swear."]


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(CHAT_LEADS),
       st.sampled_from(["knight", "knave"]), st.sampled_from(["knight", "knave"]))
def test_chat_leads_drop_before_a_knight_puzzle_whose_speaker_says_i(people, lead, said, other):
    """The speaker's "I" inside quotes is not the writer's, so "Last one I swear." still drops; a puzzle with two
    solutions still abstains."""
    a, b = people
    text = (f"{lead} Knights always tell the truth and knaves always lie. {a} says 'I am a knight and {b} is a "
            f"{said}.' {b} says '{a} is a {other}.' What are {a} and {b}?")
    worlds = [(x, y) for x, y in product([True, False], repeat=2)
              if (x and y == (said == "knight")) == x and (x == (other == "knight")) == y]
    kind = {True: "knight", False: "knave"}
    verdict = solve(text)
    if len(worlds) == 1:
        assert (verdict.status, verdict.answer) == ("verified", {a: kind[worlds[0][0]], b: kind[worlds[0][1]]}), text
    else:
        assert verdict.status != "verified", text


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([("bloggers", "writers", "editors"), ("poets", "dreamers", "sailors"),
                        ("pilots", "travellers", "golfers")]), st.booleans())
def test_a_question_that_states_its_premises_keeps_them_when_its_lead_drops(kinds, chain):
    a, b, c = kinds
    middle, asked = ("all", "all") if chain else ("some", "some")  # Barbara is valid; all-some-some is not
    text = (f"Got asked this at an interview today: if all {a} are {b} and {middle} {b} are {c}, can we conclude "
            f"that {asked} {a} are {c}?")
    verdict = solve(text)
    if chain:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), text
    else:  # "no" says it does not follow: an open answer, which the dropped lead might have settled
        assert verdict.status != "verified", text


WEATHER = [("rains", "raining", "Lots of thunder today."), ("snows", "snowing", "Big grey clouds this morning."),
           ("storms", "storming", "Scary sky tonight.")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(WEATHER), st.integers(0, 3), st.integers(1, 40), st.booleans(), st.booleans())
def test_an_open_answer_without_the_remark_abstains_and_an_entailed_one_stands(weather, kind, number, stated, own):
    """ "Lots of thunder today." may settle "did it rain?" for a reader who knows the words: with the remark dropped
    only an answer that more premises keep is given, never "cannot be determined". An instruction to the solver
    ("Show your work.") and a puzzle book's label ("Problem 12.", `book_labels.py`) state nothing, so "cannot be
    determined" may stand after them."""
    verb, _, hint = weather
    lead = hint if own else remark(kind, number)
    text = f"{lead} If it {verb}, the game is cancelled. {'It ' + verb + '. ' if stated else ''}Is the game cancelled?"
    verdict = solve(text)
    if stated:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), text
    elif not own and (lead in INSTRUCTIONS or without_book_label(text) != text):  # they state nothing
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", text
    else:
        assert verdict.status != "verified", text
