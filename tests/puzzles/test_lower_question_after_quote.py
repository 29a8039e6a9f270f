"""A question typed in lower case right after a quoted claim that ends in a full stop ('Bo says "Ann is a knave."
is Ann a knight?') was glued to the claim's sentence, and the speech was not understood. A lower-case question word
after a closing quote now starts a sentence, as a capital does. Generated knights and knaves, checked by brute
force over every assignment of kinds."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.text import split_sentences

NAMES = ["Ann", "Bo", "Cleo", "Dax", "Edda", "Fitz"]
# (wording with {me} for the speaker and {you} for the other, truth of it given (speaker knight, other knight))
CLAIMS = [("{you} is a knave.", lambda me, you: not you), ("{you} is a knight.", lambda me, you: you),
          ("We are both knaves.", lambda me, you: not me and not you),
          ("At least one of us is a knave.", lambda me, you: not me or not you),
          ("{you} and I are the same kind.", lambda me, you: me == you)]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
       st.sampled_from(range(len(CLAIMS))), st.sampled_from(range(len(CLAIMS))), st.booleans(),
       st.sampled_from(["'", '"']), st.sampled_from(["", ":", ","]))
def test_a_lower_case_question_after_a_quoted_claim_is_its_own_sentence(people, first, second, ask_first, quote,
                                                                     mark):
    a, b = people
    said = [(a, b, CLAIMS[first]), (b, a, CLAIMS[second])]
    speeches = " ".join(f"{me} says{mark} {quote}{words.format(you=you)}{quote}" for me, you, (words, _) in said)
    asked = a if ask_first else b
    text = f"Knights always tell the truth and knaves always lie. {speeches} is {asked} a knight?"
    kinds = {(ka, kb) for ka, kb in product([True, False], repeat=2)
             if ka == CLAIMS[first][1](ka, kb) and kb == CLAIMS[second][1](kb, ka)}
    verdict = solve(text)
    if not kinds:
        assert verdict.status != "verified" or verdict.answer not in ("yes", "no"), text
        return
    seen = {pair[0] if ask_first else pair[1] for pair in kinds}
    expected = "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)


def test_only_a_question_word_after_the_quote_starts_a_sentence():
    assert split_sentences('Bo says "Ann lies." who is the knave?') == ['Bo says "Ann lies."', "who is the knave?"]
    assert split_sentences('"Stop." he said to Ann.') == ['"Stop." he said to Ann.']
