"""Everyday chat batch, round two (`everyday_chat_b.py`, written before reading the code that reads it).

First sight (before any code change for it): right 29, abstained 19, wrong 1 of 49. The wrong one is an answer, not
a key: "Jed's favourite colour is grey ... Whose favourite colour is red?" was answered "red" (the value asked about,
not its owner "Lou"). Read right already: "then" for "than" in an order, "Q: ... A:", "1)" and "•" lists, "## Puzzle"
with a **bold** question, a sentence broken over four lines, emoji after a name, "r" in a syllogism, "didnt", the
question before the facts in a grid, "R" as a name, and every near-miss that must abstain.
The abstentions, by cause:
- chat words around the facts: "yo! ur help needed:", "hiya 👋 ... cheers!", "can u tell me who's oldest?",
  "hey 😊 ... ta", "is this valid??" and "**Q:** ... valid or not??" before an argument;
- typos of function words: "adn" (with "then" for "than"), "teh" inside a fact;
- "&" for "and" (an intro "amy, bob & cat r siblings", a knights rule, an argument premise);
- "r" for "are" inside a quote ("we r both knaves") and in "what r ed and fay?"; a lowercase "i" in a quote;
- "w/" for "with" (a grid), "hasn't got" with an emoji after the list of cars, a "Q:" grid with "A: ?";
- "isnt" (with "cheers"), an emoji after the knights rule;
- an argument as a numbered list ending "3. so ...";
- "u" as a single-letter name (abstaining is honest; the key is "W").

After round 37: right 45, abstained 4, wrong 0 of 49. Fixed: "Whose X is V?" in a grid (`grid._target_category`);
"&", "w/", "w/o", "r" beside capital names, "teh"/"adn" (`chat_spellings.py`); an emoji as a sentence's mark
(`emoji_marks.py`); "hiya", "yo", "ta", "cheers", "ur help needed" (`chatter.py`); "can u tell me who's oldest?"
(`embedded_questions.py`); "is this valid??", "valid or not??" (`framing.py`); an argument one premise a line without
stops (`argument.py`); "A: ?" (`typed_layout.without_empty_answer`). Still abstaining: "If the oven is on the kitchen
is warm" (no comma: "on the kitchen" reads two ways, honestly), "lives w/ the cat" (living with is no grid relation),
the cars grid ("each have a car: a Fiat, a Ford or a Mini", "hasn't got"), "u is older than v" (letters as names).

A verified wrong answer is never allowed; the floor on right outcomes is a ratchet (RIGHT_FLOOR)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_chat_b")
RIGHT_FLOOR = 45


def outcomes() -> list[tuple[str, str]]:
    return GRADING.outcomes(BATCH.CHAT_SOLVE, BATCH.CHAT_ANALYZE)


def test_chat_batch_b_gets_no_wrong_answer_and_the_right_ones_do_not_shrink():
    GRADING.assert_ratchet(outcomes(), RIGHT_FLOOR)


if __name__ == "__main__":  # python tests/puzzles/test_everyday_chat_b.py: the batch's figure
    GRADING.print_figure(outcomes())
