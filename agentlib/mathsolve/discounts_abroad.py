"""A price after a percent discount, in Spanish, French, German, Italian, Portuguese, Russian and Turkish: "Un libro
cuesta 12,50 € con un descuento del 20 %. ¿Cuánto pago?", "Une veste coûte 80 € avec une remise de 25 %. Combien je
paie ?", "Ein Buch kostet 20 € mit 15 % Rabatt. Wie viel zahle ich?", "Un libro costa 20 € con uno sconto del 15%.
Quanto pago?", "Um livro custa 50 reais com desconto de 10%. Quanto vou pagar?", "Куртка стоит 3000 рублей, скидка
20%. Сколько она стоит со скидкой?", "Bir ürün 250 TL, %20 indirimle kaç TL olur?" (Turkish writes the percent
sign first).

The one operation is certain from the words: a price, a discount named as such (descuento, remise, réduction, Rabatt,
sconto, desconto, скидка, indirim) of a percent below a hundred, and a question for what is paid; price × (100 − p) /
100. A price is written with a decimal comma or point and at most two decimals ("12,50"): "1,200 €" is not read (a
thousands group, or 1.2?). A discount then a tax, or two discounts, is no shape here and abstains. The result is an
`evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, priced, read_shapes

_PRICE = r"(\d+)(?:[.,](\d{1,2}))?(?![.,]?\d)"  # whole units, then cents; no thousands groups
_PERCENT = r"(\d{1,2}(?:[.,]\d)?)\s?%"
_PERCENT_FIRST = r"%\s?(\d{1,2}(?:[.,]\d)?)"  # Turkish "%20"
_THING = r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,3}?"  # "libro", "paio di scarpe": up to four words


def _discounted(whole: str, cents: str | None, percent: str) -> Worded | None:
    rate = Fraction(percent.replace(",", "."))
    if not 0 < rate < 100:
        return None
    written = whole if cents is None else f"{whole}.{cents}"
    return priced(Worded(f"({written})*(100 - {rate})/100", "price after a discount = price × (100 − p)/100"),
                  Fraction(written) * (100 - rate) / 100)


_SHAPES = [
    (re.compile(rf"(?:un|una|el|la) {_THING} cuesta {_PRICE} ?(?:€|euros?|pesos?|dólares?)?,? (?:con|y tiene|tiene) "
                rf"un descuento del? {_PERCENT}[.,;]? ¿?(?:cuánto|cuanto) (?:pago|pagaré|pagare|tengo que pagar|"
                r"cuesta ahora|cuesta con el descuento|cuesta)"), _discounted),
    (re.compile(rf"(?:un|une|le|la) {_THING} coûte {_PRICE} ?(?:€|euros?),? avec une (?:remise|réduction) de "
                rf"{_PERCENT}[.,;]? (?:combien (?:je paie|vais-je payer|coûte-t-(?:il|elle))|quel est (?:le )?"
                r"(?:nouveau )?prix)"), _discounted),
    (re.compile(rf"(?:ein|eine|der|die|das) {_THING} kostet {_PRICE} ?(?:€|euro),? mit {_PERCENT} rabatt[.,;]? "
                r"(?:wie ?viel (?:zahle ich|muss ich zahlen|kostet (?:es|er|sie) (?:jetzt|dann))|"
                r"was kostet (?:es|er|sie) (?:jetzt|dann))"), _discounted),
    (re.compile(rf"(?:un|una|uno|il|la|lo) {_THING} costa {_PRICE} ?(?:€|euro)?,? con (?:uno|lo) sconto del "
                rf"{_PERCENT}[.,;]? (?:quanto (?:pago|costa ora|costa adesso|costa scontat[oa])|qual è il prezzo "
                r"(?:scontato|finale))"), _discounted),
    (re.compile(rf"(?:um|uma|o|a) {_THING} custa {_PRICE} ?(?:€|euros?|reais|r\$)?,? com (?:um )?desconto de "
                rf"{_PERCENT}[.,;]? (?:quanto (?:vou pagar|pago|custa agora|fica|vai custar)|qual é o (?:novo )?"
                r"preço)"), _discounted),
    (re.compile(rf"{_THING} стоит {_PRICE} ?(?:рублей|рубля|рубль|руб|₽)[.,;]? скидка {_PERCENT}[.,;]? "
                r"сколько (?:(?:он|она|оно) )?(?:стоит|будет стоить) (?:со скидкой|теперь)"), _discounted),
    (re.compile(rf"(?:bir )?{_THING} {_PRICE} ?(?:tl|lira)[.,;]? {_PERCENT_FIRST} indirim(?:le|li)? "
                r"(?:kaç (?:tl|lira)|ne kadar) (?:olur|eder|öderim|tutar)"), _discounted),
]


def read_discount_abroad(text: str) -> Worded | None:
    """The price after the discount `text` names, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)
