"""One-operation word problems in French, Portuguese, Italian, Spanish, German, Dutch, Polish, Turkish, Indonesian,
Vietnamese and Korean: fresh prices, counts, speeds and times in each language's sentence, checked against exact
arithmetic; a second noun that is another thing, and a price shaped like a thousands group, abstain."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

# (sentence with {price} {count}, decimal comma?, (one, many) noun pairs)
PRICES = {
    "fr": ("Un {one} coûte {price} €. Combien coûtent {count} {many} ?", True,
           [("croissant", "croissants"), ("gâteau", "gâteaux"), ("livre", "livres")]),
    "pt": ("Se uma {one} custa {price} reais, quanto custam {count} {many}?", True,
           [("caneta", "canetas"), ("flor", "flores"), ("jornal", "jornais")]),
    "it": ("Una {one} costa {price} euro. Quanto costano {count} {many}?", True,
           [("penna", "penne"), ("pesca", "pesche"), ("chiave", "chiavi")]),
    "es": ("Un {one} cuesta {price} euros. ¿Cuánto cuestan {count} {many}?", True,
           [("cuaderno", "cuadernos"), ("lápiz", "lápices"), ("pan", "panes")]),
    "de": ("Ein {one} kostet {price} €. Wie viel kosten {count} {many}?", True,
           [("Apfel", "Äpfel"), ("Heft", "Hefte"), ("Buch", "Bücher"), ("Brötchen", "Brötchen")]),
    "nl": ("Een {one} kost {price} euro. Hoeveel kosten {count} {many}?", True,
           [("pen", "pennen"), ("appel", "appels"), ("boek", "boeken")]),
    "pl": ("Jeden {one} kosztuje {price} zł. Ile kosztuje {count} {many}?", True,
           [("długopis", "długopisów"), ("zeszyt", "zeszytów")]),
    "tr": ("Bir {one} {price} lira ise {count} {many} kaç lira?", True, [("kalem", "kalem"), ("defter", "defter")]),
    "id": ("Harga satu {one} {price} rupiah. Berapa harga {count} {many}?", False, [("pensil", "pensil")]),
    "vi": ("Một {one} giá {price} đồng. {count} {many} giá bao nhiêu?", False, [("cây bút", "cây bút")]),
}
OTHER_THING = {"fr": "baguettes", "pt": "lápis", "it": "matite", "es": "gomas", "de": "Birnen", "nl": "schriften",
               "pl": "ołówków", "tr": "silgi", "id": "buku", "vi": "quyển vở"}


def _price(rng: random.Random, decimal_comma: bool) -> tuple[str, Fraction]:
    whole, cents = rng.randint(1, 40), rng.choice([None, 5, 20, 50, 75, 99])
    if cents is None:
        return str(whole), Fraction(whole)
    return f"{whole}{',' if decimal_comma else '.'}{cents:02d}", whole + Fraction(cents, 100)


@pytest.mark.parametrize("language", sorted(PRICES))
def test_fresh_unit_prices_are_the_price_times_the_count(language):
    sentence, decimal_comma, nouns = PRICES[language]
    rng = random.Random(language)
    for _ in range(6):
        one, many = rng.choice(nouns)
        written, price = _price(rng, decimal_comma and language not in ("id", "vi"))
        if language in ("id", "vi"):
            written, price = str(rng.randint(1, 50) * 500), None
            price = Fraction(written)
        count = rng.randint(2, 12)
        text = sentence.format(one=one, many=many, price=written, count=count)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == price * count, (text, result.answer)


@pytest.mark.parametrize("language", sorted(PRICES))
def test_another_thing_asked_about_is_not_priced(language):
    sentence, _, nouns = PRICES[language]
    text = sentence.format(one=nouns[0][0], many=OTHER_THING[language], price="3", count=4)
    assert solve_math(text).status != "verified", text


@pytest.mark.parametrize("language", ["fr", "pt", "it", "de", "nl", "pl"])
def test_a_price_shaped_like_a_thousands_group_is_not_read(language):
    sentence, _, nouns = PRICES[language]
    text = sentence.format(one=nouns[0][0], many=nouns[0][1], price="1,200", count=3)
    assert solve_math(text).status != "verified", text


TRIPS = {
    "fr": "Une voiture roule à {speed} km/h pendant {hours} heures. Quelle distance parcourt-elle ?",
    "pt": "Um carro anda a {speed} km/h durante {hours} horas. Quantos km percorre?",
    "it": "Un'auto viaggia a {speed} km/h per {hours} ore. Quanti km percorre?",
    "de": "Ein Auto fährt {hours} Stunden mit {speed} km/h. Wie weit fährt es?",
    "de2": "Ein Zug fährt mit {speed} km/h {hours} Stunden lang. Wie weit kommt er?",
    "nl": "Een auto rijdt {hours} uur met {speed} km/h. Hoe ver komt hij?",
    "pl": "Samochód jedzie z prędkością {speed} km/h przez {hours} godziny. Jaką drogę przejedzie?",
    "id": "Sebuah mobil melaju {speed} km/jam selama {hours} jam. Berapa jarak yang ditempuh?",
}


@pytest.mark.parametrize("language", sorted(TRIPS))
def test_fresh_trips_are_the_speed_times_the_hours(language):
    rng = random.Random(language)
    for _ in range(5):
        speed, hours = rng.randint(3, 130), rng.randint(2, 9)
        text = TRIPS[language].format(speed=speed, hours=hours)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == speed * hours, (text, result.answer)


def test_fresh_korean_trips_with_the_distance_named_first_take_distance_over_speed():
    rng = random.Random(7)
    for _ in range(8):
        kind, unit, per = rng.choice([("시속", "km", 1), ("분속", "m", 60)])
        speed, asked = rng.randint(2, 90), rng.choice(["시간", "분"])
        distance = speed * rng.randint(1, 12)
        text = f"{distance}{unit}를 {kind} {speed}{unit}로 가면 몇 {asked} 걸려요?"
        result = solve_math(text)
        hours_per_unit = Fraction(1) if kind == "시속" else Fraction(1, 60)
        expected = Fraction(distance, speed) * hours_per_unit * (60 if asked == "분" else 1)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == expected, (text, result.answer)


def test_a_korean_distance_in_another_unit_than_the_speed_is_not_read():
    # 1.2km at 60m a minute: the conversion between km and m is left out, so the trip abstains
    assert solve_math("1.2km를 분속 60m로 걸으면 몇 분 걸려요?").status != "verified"
