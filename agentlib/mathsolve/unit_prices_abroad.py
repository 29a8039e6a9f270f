"""The price of several things from the price of one, in French, Portuguese, Italian, Spanish, German, Dutch,
Polish, Turkish, Indonesian, Vietnamese and Hindi: "Un croissant coûte 1,20 €. Combien coûtent 6 croissants ?", "Se uma
caneta custa 3,50 reais, quanto custam 4 canetas?", "Bir kalem 12 lira ise 5 kalem kaç lira?", "Een pen kost 2
euro. Hoeveel kosten 5 pennen?", "एक पेन 15 रुपये का है तो 6 पेन कितने के?", "Một quyển vở giá 8000 đồng. Mua 5
quyển hết bao nhiêu tiền?" (Vietnamese may name the thing again by its classifier alone).

The one operation (price × count) is certain only when the thing priced and the thing asked about are the same,
so each language names its noun twice and the second must be the first or its plural by that language's grammar
(`_PLURALS`): "croissant" / "croissants", "penna" / "penne", "Apfel" / "Äpfel", "pen" / "pennen", "długopis" /
"długopisów"; "Een pen kost 2 euro. Hoeveel kosten de schriften?" (another thing, no count) is not read. A price
is written with a decimal comma or point and at most two decimals ("1,20", "3.50"): "1,200 €" is refused (a
thousands group, or 1.2?). English, Korean, Japanese, Chinese, Hindi, Russian and Spanish prices by weight are
`shop_arithmetic.py`'s. The result is an `evaluate` request, computed exactly and checked like any other
arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, priced, read_shapes

_PRICE = r"(\d+)(?:[.,](\d{1,2}))?(?![.,]?\d)"  # whole units, then cents; no thousands groups
_COUNT = r"(\d+)"
_NOUN = r"([^\W\d_][\w'-]*)"
_SAME_ITEM_NOTE = "cost = price of one × count (the same item)"


def _latin_plural(*endings: str) -> Callable[[str, str], bool]:
    """A plural made by adding one of `endings` ("croissant" + "s"); a noun that stays as it is also counts."""
    return lambda one, many: many == one or any(many == one + ending for ending in endings)


def _italian(one: str, many: str) -> bool:
    """penna / penne, gelato / gelati, chiave / chiavi, pesca / pesche; caffè stays caffè."""
    if many == one:
        return True
    stem, last = one[:-1], one[-1:]
    changed = {"a": ("e",), "o": ("i",), "e": ("i",)}.get(last, ())
    hardened = ("he", "hi") if stem.endswith(("c", "g")) else ()
    return any(many == stem + ending for ending in changed + hardened)


def _portuguese(one: str, many: str) -> bool:
    """caneta / canetas, flor / flores, jornal / jornais, homem / homens, pão / pães, limão / limões."""
    if many in (one, one + "s", one + "es"):
        return True
    if one.endswith("l") and many == one[:-1] + "is" or one.endswith("m") and many == one[:-1] + "ns":
        return True
    return one.endswith("ão") and many in (one[:-2] + "ões", one[:-2] + "ães", one + "s")


def _spanish(one: str, many: str) -> bool:
    """cuaderno / cuadernos, lápiz / lápices, flor / flores."""
    return many in (one, one + "s", one + "es") or one.endswith("z") and many == one[:-1] + "ces"


_UMLAUTS = str.maketrans({"a": "ä", "o": "ö", "u": "ü"})


def _german(one: str, many: str) -> bool:
    """Stift / Stifte, Apfel / Äpfel, Brötchen / Brötchen, Flasche / Flaschen, Buch / Bücher, Heft / Hefte."""
    stems = {one} | {one[:index] + one[index].translate(_UMLAUTS) + one[index + 1:]
                     for index in range(len(one)) if one[index] in "aou"}
    return any(many == stem + ending for stem in stems for ending in ("", "e", "n", "en", "er", "s"))


def _dutch(one: str, many: str) -> bool:
    """pen / pennen, appel / appels, boek / boeken, fiets / fietsen (a doubled last consonant, or -en / -s)."""
    return many in (one, one + "en", one + "s", one + "'s", one + one[-1:] + "en")


def _inflected(one: str, many: str) -> bool:
    """Polish nouns change their ending with the count ("długopis", "długopisów"; "jabłko", "jabłek"): the same
    noun when they share all but their endings, as in `shop_arithmetic`'s Russian."""
    shared = 0
    while shared < min(len(one), len(many)) and one[shared] == many[shared]:
        shared += 1
    return shared >= max(4, min(len(one), len(many)) - 2)


def _unchanged(one: str, many: str) -> bool:
    """Turkish, Indonesian and Vietnamese keep the noun as it is after a count ("5 kalem", "5 pensil")."""
    return one == many


def _vietnamese(one: str, many: str) -> bool:
    """"quyển vở" / "quyển vở", and the classifier alone after a count ("Mua 5 quyển"): the same thing, named
    again by the word that counts it."""
    return many == one or " " in one and many == one.split()[0]


def _hindi(one: str, many: str) -> bool:
    """पेन / पेन, किताब / किताबें, कॉपी / कॉपियाँ: the plural adds ें, or ियाँ in place of a final ी."""
    return many in (one, one + "ें", one + "एँ", one + "एं") or \
        one.endswith("ी") and many in (one[:-1] + "ियाँ", one[:-1] + "ियां")


def _cost(same: Callable[[str, str], bool]) -> Callable[..., Worded | None]:
    def build(noun: str, whole: str, cents: str | None, count: str, again: str) -> Worded | None:
        if not same(noun, again):
            return None
        price = Fraction(whole) + (Fraction(cents) / 10 ** len(cents) if cents else 0)
        written = whole if cents is None else f"{whole}.{cents}"
        return priced(Worded(f"({written})*({count})", _SAME_ITEM_NOTE), price * int(count))
    return build


def _shape(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{P}", _PRICE).replace("{C}", _COUNT).replace("{W}", _NOUN))


_EURO = r"(?:€|euros?|eur)"
_SHAPES: list[tuple[re.Pattern[str], Callable[..., Worded | None]]] = [
    (_shape(r"(?:si )?(?:un|une|1) {W} (?:coûte|coute|vaut|est à) {P} ?" + _EURO + r"[.,;]? "
            r"(?:combien (?:coûtent|coutent|valent|coûteront|couteront|coûteraient|couteraient)|quel est le prix de) "
            r"{C} {W}"), _cost(_latin_plural("s", "x"))),
    (_shape(r"(?:se )?(?:um|uma|1) {W} (?:custa|custar) (?:r\$ ?)?{P} ?(?:reais|real|euros?|€)?[.,;]? "
            r"quanto (?:custam|custarão|custarao|custariam|vão custar|vao custar) {C} {W}"), _cost(_portuguese)),
    (_shape(r"(?:se )?(?:un|uno|una|1) ?'?{W} costa {P} ?(?:€|euro|euri)[.,;]? "
            r"quanto (?:costano|costeranno|costerebbero) {C} {W}"), _cost(_italian)),
    (_shape(r"(?:si )?(?:un|una|1) {W} cuesta {P} ?(?:euros?|€|pesos?|dólares?|dolares?|soles?)?[.,;]? "
            r"¿?(?:cuánto|cuanto) (?:cuestan|costarán|costaran|costarían|costarian) {C} {W}"), _cost(_spanish)),
    (_shape(r"(?:wenn )?(?:ein|eine|1) {W} (?:kostet|kostete) {P} ?" + _EURO + r"[.,;]? "
            r"(?:wie ?viel|was) (?:kosten|kostet|würden|wuerden) {C} {W}(?: kosten)?"), _cost(_german)),
    (_shape(r"(?:als )?(?:een|één|1) {W} (?:kost|kostte) {P} ?" + _EURO + r"[.,;]? "
            r"(?:hoeveel|wat) (?:kosten|kost) {C} {W}"), _cost(_dutch)),
    (_shape(r"(?:jeśli |jezeli |jeżeli )?(?:jeden|jedna|jedno|1) {W} (?:kosztuje|kosztował|kosztowała) {P} ?"
            r"(?:zł|zl|złote|złotych|zlotych)[.,;]? ile (?:kosztuje|kosztują|kosztuja|będzie kosztować) {C} {W}"),
     _cost(_inflected)),
    (_shape(r"(?:bir|1) {W} {P} ?(?:lira|tl|₺)(?: ise| ise,|,|\.)? {C} {W} kaç (?:lira|tl)"
            r"(?: eder| tutar| olur|dır|dir)?"), _cost(_unchanged)),
    (_shape(r"(?:harga )?(?:satu|sebuah|seekor|sebatang|1) {W} (?:harganya |seharga |adalah )?"
            r"(?:rp\.? ?{P}|{P} rupiah)[.,;]? berapa harga {C} {W}"),
     lambda noun, whole, cents, whole2, cents2, count, again:
     _cost(_unchanged)(noun, whole or whole2, cents if whole else cents2, count, again)),
]
# Vietnamese nouns are often two words ("cây bút"): the noun is every word between the count and the price
_VIETNAMESE = re.compile(r"(?:một|1) ([^\d,.;]{1,20}?) (?:giá|có giá|là) " + _PRICE +
                         r" ?(?:đồng|đ|vnđ|vnd)[.,;]? (?:vậy |thì )?(?:mua )?" + _COUNT +
                         r" ([^\d,.;]{1,20}?) (?:giá bao nhiêu|bao nhiêu tiền|hết bao nhiêu tiền|giá bao nhiêu tiền)")

# Hindi writes its nouns with vowel signs Python does not count as letters: a noun is a run of Devanagari
_HINDI = re.compile(r"(?:एक|1) ([\u0900-\u097f]+) " + _PRICE + r" ?(?:रुपये|रुपए|रुपया|रु\.?) (?:का|की|के) "
                    r"(?:है|हैं|है,|है।)[,।]? (?:तो )?" + _COUNT + r" ([\u0900-\u097f]+) (?:कितने|कितना|कितनी) "
                    r"(?:का|की|के)(?: होंगे| होगा| होगी| हुए| हुईं)?")


def read_unit_price_abroad(text: str) -> Worded | None:
    """The price of a count of things whose one price `text` names, or None when it is not one of the shapes."""
    found = read_shapes(_SHAPES, text)
    if found is not None:
        return found
    return read_shapes([(_VIETNAMESE, _cost(_vietnamese)), (_HINDI, _cost(_hindi))], text)
