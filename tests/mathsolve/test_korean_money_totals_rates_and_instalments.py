"""Korean money questions the twenty-seventh batch found unread: the total of a labelled list of amounts (가계부,
"사과 3천원이랑 배 4천5백원이면 모두 얼마야?"), money changed at a stated rate (환율), interest-free instalments
(무이자 할부) and 억 without 원 ("3억의 20%"). Fresh amounts, labels, joining particles and wordings, each checked
against exact arithmetic; requests whose operation the words leave open abstain."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.korean_amounts import spell_korean_amounts

from .test_korean_amounts import _written

_LABELS = ["식비", "교통비", "통신비", "관리비", "월세", "사과", "배", "우유", "빵", "책", "커피", "간식비", "전기요금"]
_JOINS = [", ", "이랑 ", "하고 ", ", 그리고 "]
_ASKED = ["모두 얼마야?", "합계는 얼마야?", "총 얼마예요?", "전부 얼마인가요?", "다 합치면 얼마야?"]


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(3))
def test_fresh_totals_of_labelled_amounts(seed):
    rng = random.Random(f"totals {seed}")
    for _ in range(8):
        amounts = [rng.randint(1, 99) * rng.choice([100, 1000, 10000]) for _ in range(rng.randint(2, 5))]
        labels = rng.sample(_LABELS, len(amounts))
        spelled = [_written(a, rng) if rng.random() < 0.5 else str(a) for a in amounts]
        items = [f"{label} {amount}원" for label, amount in zip(labels, spelled)]
        listed = items[0] + "".join(rng.choice(_JOINS) + item for item in items[1:])
        text = rng.choice(["{}이면 {}", "{}. {}", "이번 달 가계부: {}. {}"]).format(listed, rng.choice(_ASKED))
        assert _value(text) == sum(amounts), text


@pytest.mark.parametrize("text", [
    "하루 식비 3000원, 교통비 2000원이면 한 달에 총 얼마야?",  # a period: per day, asked per month
    "식비 3000원, 교통비 2000원이면 한 달에 총 얼마야?",
    "수입 300만원, 식비 50만원 합계는 얼마야?",  # money coming in beside money spent
    "용돈 10000원, 간식비 3000원이면 모두 얼마야?",
    "사과 3개 3000원이랑 배 4500원이면 모두 얼마야?",  # a count: not only a list of amounts
    "사과 3000원씩 배 4500원이면 모두 얼마야?",
    "사과 3000원이랑 배 4500원이면 차이는 얼마야?",  # not the total
    "사과 3000원이면 모두 얼마야?",  # one amount is no list
    "식비 35000원, 교통비 12000원을 20% 할인하면 모두 얼마야?",
])
def test_lists_whose_operation_is_open_abstain(text):
    assert solve_math(text).status != "verified", text


_CURRENCIES = ["달러", "엔", "유로", "위안", "파운드"]


def _particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """The particle form that fits `word`'s last syllable (엔이, 달러가)."""
    return after_consonant if (ord(word[-1]) - 0xAC00) % 28 else after_vowel


@pytest.mark.parametrize("seed", range(3))
def test_fresh_exchange_at_a_stated_rate_both_ways(seed):
    rng = random.Random(f"rates {seed}")
    for _ in range(6):
        currency = rng.choice(_CURRENCIES)
        units, rate = rng.choice([1, 1, 10, 100]), rng.randint(5, 1800)
        amount = rng.randint(1, 500)
        rate_said = rng.choice([f"{units}{currency}{_particle(currency, '이', '가')} {rate}원일 때",
                                f"환율이 {units}{currency}에 {rate}원이면", f"{units}{currency}에 {rate}원이라면,"])
        topic = rng.choice([_particle(currency, "은", "는"), ""])
        to_won = f"{rate_said} {amount}{currency}{topic} {rng.choice(['몇 원이야?', '얼마야?'])}"
        assert _value(to_won) == Fraction(rate, units) * amount, to_won
        won = amount * rate
        back = f"{rate_said} {won}원은 몇 {currency}야?"
        assert _value(back) == Fraction(won * units, rate), back


@pytest.mark.parametrize("text", [
    "1달러가 1350원일 때 200유로는 몇 원이야?",  # no rate for euros
    "1달러가 1350원일 때 27만원은 몇 엔이야?",
])
def test_an_exchange_without_the_asked_currencys_rate_abstains(text):
    assert solve_math(text).status != "verified", text


@pytest.mark.parametrize("seed", range(3))
def test_fresh_interest_free_instalments(seed):
    rng = random.Random(f"instalments {seed}")
    for _ in range(6):
        price, months = rng.randint(1, 300) * 10000, rng.choice([2, 3, 5, 6, 10, 12, 24])
        item = rng.choice(["", "짜리 노트북", "짜리 냉장고", "짜리 휴대폰"])
        particle = "을" if item == "" or item.endswith(("북", "폰")) else "를"
        free = rng.choice([f"무이자 {months}개월", f"{months}개월 무이자"])
        asked = rng.choice(["한 달에 얼마씩 내야 해?", "매달 얼마씩 내요?", "월 납부액은?", "한 달에 얼마야?"])
        bought = rng.choice(["사면", "하면", "구입하면"])
        text = f"{_written(price, rng)}원{item}{particle} {free} 할부로 {bought} {asked}"
        assert _value(text) == Fraction(price, months), text


@pytest.mark.parametrize("text", [
    "36만원을 6개월 할부로 하면 월 납부액은?",  # with interest, at a rate not given
    "36만원을 연 5% 6개월 할부로 하면 월 납부액은?",
])
def test_instalments_that_may_carry_interest_abstain(text):
    assert solve_math(text).status != "verified", text


@pytest.mark.parametrize("seed", range(2))
def test_fresh_eok_without_won_in_a_percent(seed):
    rng = random.Random(f"eok {seed}")
    for _ in range(6):
        eok, percent = rng.randint(1, 99), rng.choice([5, 10, 20, 25, 30])
        text = f"{eok}억의 {percent}%는 {rng.choice(['얼마야?', '얼마인가요?', '얼마예요?'])}"
        assert _value(text) == Fraction(eok * 10**8 * percent, 100), text


@pytest.mark.parametrize("written", ["1억 5천의 10%", "5천만 더하면", "1억 5000의 10%"])
def test_amounts_said_short_or_ending_on_man_stay_as_typed(written):
    # "1억 5천" is said for 1억 5천만 as often as for 100005000; a bare 만 may be the particle "only"
    assert spell_korean_amounts(written) == written
