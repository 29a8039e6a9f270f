"""Everyday requests read this round: Korean amounts said in number words before 원 ("천오백원짜리 과자 4개 사면"),
a price times a count without the object particle, scores whose unit 점 comes once ("78, 85, 92, 88점이면 평균이
몇 점이야?"), a Korean trip told time first ("3시간 동안 150km를 갔으면 평균 속력은"), and percent change in Russian
and German ("Цена выросла с 80 до 100 рублей. На сколько процентов?"): fresh numbers checked against exact
arithmetic; a lone digit word before 원 (공원, 사원), "이 만원" (this 10000원) and words that disagree with the
numbers are not read as amounts or changes."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.korean_amounts import spell_korean_amounts

_DIGITS = "영일이삼사오육칠팔구"


def _sino_korean(n: int) -> str:
    """`n` (1 to 99999999) in Sino-Korean number words, as said aloud ("천오백", "삼만 이천")."""
    def below_ten_thousand(value: int) -> str:
        out = ""
        for place, word in ((1000, "천"), (100, "백"), (10, "십")):
            digit, value = divmod(value, place)
            if digit:
                out += ("" if digit == 1 else _DIGITS[digit]) + word
        return out + (_DIGITS[value] if value else "")

    man, rest = divmod(n, 10_000)
    head = "" if not man else ("만" if man == 1 else f"{below_ten_thousand(man)}만")
    return " ".join(part for part in (head, below_ten_thousand(rest)) if part)


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


def test_fresh_spoken_amounts_before_won():
    rng = random.Random("spoken won")
    for _ in range(30):
        amount = rng.choice([rng.randint(1, 99) * 100, rng.randint(1, 999) * 1000, rng.randint(11, 99_999) * 10])
        said = _sino_korean(amount)
        if not any(place in said for place in "십백천만"):
            continue
        assert spell_korean_amounts(f"{said}원짜리") == f"{amount}원짜리", said
        count = rng.randint(2, 9)
        assert _value(f"{said}원짜리 과자 {count}개 사면 얼마야?") == amount * count


@pytest.mark.parametrize("text", ["공원", "그 사원은", "구원", "이 만원으로"])
def test_words_that_end_in_won_are_no_spoken_amount(text):
    spelled = spell_korean_amounts(text)
    assert spelled == text or spelled == "이 10000원으로", spelled


def test_fresh_scores_with_one_unit_word():
    rng = random.Random("scores once")
    for _ in range(8):
        scores = [rng.randint(40, 100) for _ in range(rng.randint(2, 6))]
        listed = ", ".join(map(str, scores))
        text = f"시험 점수가 {listed}점이면 평균이 몇 점이야?"
        assert _value(text) == Fraction(sum(scores), len(scores)), text


def test_fresh_korean_trips_told_time_first():
    rng = random.Random("time first")
    for _ in range(8):
        hours, speed = rng.randint(1, 6), rng.randint(3, 120)
        text = f"{hours}시간 동안 {hours * speed}km를 {rng.choice(['갔으면', '달렸다면'])} 평균 속력은 시속 몇 km야?"
        assert _value(text) == speed, text
        assert _value(f"{hours}시간에 {hours * speed}km 갔으면 속력은 시속 몇 km야?") == speed


RUSSIAN = {"up": ["выросла", "увеличилась", "повысилась"], "down": ["снизилась", "уменьшилась", "упала"]}
GERMAN = {"up": ["stieg", "ist gestiegen"], "down": ["sank", "fiel"]}


def test_fresh_percent_changes_in_russian_and_german():
    rng = random.Random("percent change")
    for _ in range(10):
        old, new = rng.sample(range(20, 900), 2)
        way = "up" if new > old else "down"
        expected = Fraction(abs(new - old), old) * 100
        ru = f"Цена {rng.choice(RUSSIAN[way])} с {old} до {new} рублей. На сколько процентов?"
        de = f"Der Preis {rng.choice(GERMAN[way])} von {old} € auf {new} €. Um wie viel Prozent?"
        assert _value(ru) == expected, ru
        assert _value(de) == expected, de


@pytest.mark.parametrize("text", [
    "Цена выросла с 200 до 150 рублей. На сколько процентов?",  # a rise said of a fall
    "Der Preis stieg von 200 € auf 150 €. Um wie viel Prozent?",
    "Цена выросла с 0 до 150 рублей. На сколько процентов?",
    "Der Preis stieg von 50 auf 60 Euro. Um wie viel Prozent ist er gesunken?",  # the question's verb disagrees
    "Цена выросла с 80 до 100 рублей. На сколько процентов она снизилась?",
])
def test_changes_whose_words_disagree_abstain(text):
    assert solve_math(text).status != "verified", text


def test_fresh_pay_after_a_stated_deduction():
    rng = random.Random("deduction")
    for _ in range(10):
        man, rate = rng.randint(100, 9000), rng.randint(1, 40)
        pay = man * 10_000
        written = f"{man:,}만원"
        expected = Fraction(pay) * (100 - rate) / 100
        told = [f"월급 {written}에서 세금 {rate}% 떼면 얼마 받아?",
                f"연봉 {written}인데 공제율이 {rate}%면 실수령액은 얼마야?",
                f"{written}에서 {rate}% 빼면 얼마?"]
        for text in told:
            assert _value(text) == expected, text


@pytest.mark.parametrize("text", ["월급 300만원에서 세금 110% 떼면 얼마 받아?", "25000원에서 100% 할인하면 얼마야?"])
def test_taking_off_a_hundred_percent_or_more_abstains(text):
    assert solve_math(text).status != "verified", text


def test_fresh_bills_split_total_first():
    rng = random.Random("split")
    for _ in range(8):
        people = rng.randint(2, 9)
        total = people * rng.randint(1, 300) * 100
        text = f"{total:,}원을 {people}명이 똑같이 나누면 한 명당 얼마야?"
        assert _value(text) == Fraction(total, people), text
        native = "두 세 네 다섯 여섯 일곱 여덟 아홉".split()[people - 2]
        text = f"{native} 명이 {total}원을 똑같이 나누면 한 명당 얼마야?"
        assert _value(text) == Fraction(total, people), text


def test_fresh_totals_of_one_thing_each():
    rng = random.Random("one each")
    things = [("사과", "개"), ("연필", "자루"), ("공책", "권"), ("우유", "병"), ("커피", "잔")]
    for _ in range(8):
        chosen = rng.sample(things, rng.randint(2, 3))
        prices = [rng.randint(1, 99) * 100 for _ in chosen]
        listed = ", ".join(f"{name} {rng.choice(['한 ', '1'])}{counter} {_sino_korean(price)} 원"
                           for (name, counter), price in zip(chosen, prices, strict=True))
        text = f"{listed}이면 모두 얼마야?"
        assert _value(text) == sum(prices), text


@pytest.mark.parametrize("text", ["사과 한 개에 천 원, 배 한 개에 천오백 원이면 모두 얼마야?",  # prices per thing
                                  "사과 두 개 천 원, 배 한 개 천오백 원이면 모두 얼마야?",
                                  "사과 한 개당 1000원, 배 1500원이면 모두 얼마야?"])
def test_prices_per_thing_are_no_list_of_amounts(text):
    assert solve_math(text).status != "verified", text
