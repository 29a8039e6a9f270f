"""The sum of a run of whole numbers asked with the verb 더하다 ("1부터 100까지 더하면?", "다 더한 값은"), as with
the noun 합, in fresh bounds and endings, against the sum itself; adding two named things stays unread."""

import random

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("seed", range(30))
def test_adding_a_run_of_numbers(seed):
    rng = random.Random(seed)
    low = rng.randint(1, 20)
    high = low + rng.randint(1, 200)
    middle = rng.choice(["", "모두 ", "다 ", "전부 "])
    ending = rng.choice(["더하면?", "더하면 얼마야?", "더한 값은?", "더하면 얼마예요?"])
    text = f"{low}부터 {high}까지 {middle}{ending}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == sum(range(low, high + 1)), (text, result.answer)


@pytest.mark.parametrize("text", ["1부터 100까지 짝수를 더하면?", "1부터 20까지 홀수만 더하면?"])
def test_adding_a_filtered_run_is_not_read_as_the_whole_run(text):
    result = solve_math(text)
    assert not result.verified or int(result.value["expression"]) != sum(range(1, 101 if "100" in text else 21)), \
        (text, result.answer)
