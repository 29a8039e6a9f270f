"""Chat words around a math request ("thx", "cheers", "lol", "maths hw:", "teh", "waht", "hiya", "ta", "tysm",
"thnks", "wot's") change nothing: the request is read as it is without them. Generated: each request with chat words
drawn before and after, checked against the same request typed plainly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

REQUESTS = ["solve 3x - 4 = 11", "wot's 9 times 6", "what is the derivative of x^3", "what is 40% of 90",
            "simplify (x^2 - 4)/(x - 2)"]
BEFORE = ["", "maths hw: ", "homework: ", "lol ", "waht is teh answer: ", "hiya, ", "yo ", "heya! "]
AFTER = ["", " thx", " cheers", " lol", " thanx!!", " thnx", " ta", " thnks", " tysm"]


@settings(max_examples=16, deadline=None)
@given(st.sampled_from(REQUESTS), st.sampled_from(BEFORE), st.sampled_from(AFTER))
def test_chat_words_around_a_request_leave_its_answer_alone(request, before, after):
    plain = solve_math(request)
    chatty = solve_math(before + request + after)
    assert plain.status == "verified"
    assert (chatty.status, chatty.answer) == (plain.status, plain.answer), before + request + after
