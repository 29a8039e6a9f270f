"""A price after a percent discount in Spanish, French, German, Italian, Portuguese, Russian and Turkish ("Un libro
cuesta 12,50 € con un descuento del 20 %. ¿Cuánto pago?"): fresh prices (decimal commas, at most two decimals) and
percents, checked against exact fractions; a price shaped like a thousands group, a discount of a hundred percent or
more, and a discount then something else abstain."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

SENTENCES = {
    "es": "Un {thing} cuesta {price} € con un descuento del {percent} %. ¿Cuánto pago?",
    "es2": "Una {thing} cuesta {price} euros y tiene un descuento del {percent}%. ¿Cuánto cuesta ahora?",
    "fr": "Une {thing} coûte {price} € avec une remise de {percent} %. Combien je paie ?",
    "fr2": "Un {thing} coûte {price} euros avec une réduction de {percent} %. Quel est le nouveau prix ?",
    "de": "Ein {thing} kostet {price} € mit {percent} % Rabatt. Wie viel zahle ich?",
    "de2": "Eine {thing} kostet {price} Euro mit {percent}% Rabatt. Was kostet sie jetzt?",
    "it": "Un {thing} costa {price} € con uno sconto del {percent}%. Quanto pago?",
    "pt": "Um {thing} custa {price} reais com desconto de {percent}%. Quanto vou pagar?",
    "ru": "{thing} стоит {price} рублей, скидка {percent}%. Сколько она стоит со скидкой?",
    "tr": "Bir {thing} {price} TL, %{percent} indirimle kaç TL olur?",
    "it2": "Un {thing} costa {price} € con uno sconto del {percent}%. Quanto pago?",
}
THINGS = {"es": "libro", "es2": "camisa", "fr": "veste", "fr2": "livre", "de": "Buch", "de2": "Jacke", "it": "libro",
          "pt": "livro", "ru": "Куртка", "tr": "ürün",
          "it2": "paio di scarpe"}


@pytest.mark.parametrize("sentence", sorted(SENTENCES))
def test_fresh_discounts(sentence):
    rng = random.Random(f"discount {sentence}")
    for _ in range(6):
        whole, cents = rng.randint(1, 400), rng.choice([None, 5, 50, 99])
        price = Fraction(whole) + (Fraction(cents, 100) if cents else 0)
        written = str(whole) if cents is None else f"{whole},{cents:02d}"
        percent = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75])
        text = SENTENCES[sentence].format(thing=THINGS[sentence], price=written, percent=percent)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == price * (100 - percent) / 100, (text, result.answer)


@pytest.mark.parametrize("text", [
    "Un libro cuesta 1,200 € con un descuento del 20 %. ¿Cuánto pago?",  # a thousands group, or 1.2?
    "Ein Buch kostet 20 € mit 100 % Rabatt. Wie viel zahle ich?",
    "Un libro cuesta 12,50 € con un descuento del 20 % y un impuesto del 10 %. ¿Cuánto pago?",
    "Bir ürün 250 TL, %100 indirimle kaç TL olur?",
    "Куртка стоит 3000 рублей, скидка 20% и ещё 10%. Сколько она стоит со скидкой?",
])
def test_discounts_not_of_this_shape_abstain(text):
    assert solve_math(text).status != "verified", text
