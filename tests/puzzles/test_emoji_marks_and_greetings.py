"""An emoji typed in place of a sentence's mark ("hiya 👋 who is the fastest? ...", "knaves always lie 🙂 Cy says
..."), and the chat greetings and thanks around a puzzle ("yo!", "hiya", "heya", "ur help needed:", "ta", "ty",
"cheers"). Generated with fresh names, orders, emoji and places, keyed by brute force over the orders and the
knights' assignments; before, the sentence an emoji ran into, and each greeting or thanks, was "not understood". An
emoji inside a sentence ("gia 🏃 is faster than hal") stays decoration."""

from __future__ import annotations

from itertools import permutations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["rosa", "sid", "tara", "umar", "vita", "wolf", "xena", "yuki"]
EMOJI = ["👋", "😊", "🙂", "😅", "🙏", "👍🏽", "❤️", "🤔🤔"]
GREETINGS = ["hiya", "yo!", "heya", "hey", "ur help needed:", "need ur help", ""]
THANKS = ["ta", "ty", "cheers", "thx", "thnks", ""]
SCALES = [("faster", "fastest", "slowest", "runs"), ("older", "oldest", "youngest", "is"),
          ("taller", "tallest", "shortest", "is")]


@settings(max_examples=20, deadline=None)
@given(st.permutations(NAMES), st.sampled_from(SCALES), st.sampled_from(GREETINGS), st.sampled_from(EMOJI),
       st.sampled_from(THANKS), st.booleans(), st.booleans())
def test_an_emoji_ends_a_sentence_between_greeting_question_and_facts(names, scale, greeting, emoji, thanks,
                                                                      ask_top, question_first):
    a, b, c = names[:3]
    word, top, bottom, verb = scale
    question = f"who is the {top if ask_top else bottom}?"
    facts = f"{a} {verb} {word} than {b}. {b} {verb} {word} than {c}"
    body = f"{question} {facts}" if question_first else f"{facts}. {question}"
    text = f"{greeting} {emoji} {body} {emoji} {thanks}".strip()
    orders = [p for p in permutations((a, b, c)) if p.index(a) < p.index(b) < p.index(c)]
    expected = {(p[0] if ask_top else p[-1]).capitalize() for p in orders}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == expected, (text, verdict.reason, verdict.unparsed)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([("Cy", "Dee"), ("Ari", "Bea"), ("Kip", "Lu")]), st.sampled_from(EMOJI), st.booleans())
def test_an_emoji_after_the_knights_rule(pair, emoji, accuse):
    first, second = pair
    # first: "second is a knave" (accuse) or "second is a knight"; second: "we are both knights"
    text = (f"Knights always tell the truth, knaves always lie {emoji} {first} says: '{second} is a "
            f"{'knave' if accuse else 'knight'}.' {second} says: 'We are both knights.' What are {first} and "
            f"{second}?")
    worlds = [(f, s) for f, s in product([True, False], repeat=2)
              if f == ((not s) if accuse else s) and s == (f and s)]
    verdict = solve(text)
    if len(worlds) != 1:
        assert verdict.status != "verified" or not isinstance(verdict.answer, dict), (text, verdict.answer)
        return
    f, s = worlds[0]
    expected = {first: "knight" if f else "knave", second: "knight" if s else "knave"}
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason, verdict.unparsed)


def test_an_emoji_inside_a_sentence_stays_decoration():
    verdict = solve("gia 🏃 is faster than hal. hal is faster than ivy 🐢. who is the slowest?")
    assert (verdict.status, verdict.answer) == ("verified", "Ivy")
