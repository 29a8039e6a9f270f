"""Unit conversions asked in other languages: "Wie viel sind 2,5 km in Metern?", "Combien de mètres dans 3,5 km ?",
"¿Cuántos metros son 3,5 km?", "Quantos gramas tem 1,2 kg?", "Quanti minuti sono 2 ore?", "Сколько метров в 3,5 км?",
"1,5 km kaç metre?", "Hoeveel meter is 2,5 km?", "Ile metrów to 2,5 km?", "2,5 km bằng bao nhiêu mét?".

The unit words of each language name `units.py`'s units, whose exact sizes make the answer (value × size(source) /
size(target)); a unit word this table does not hold, or two units of different dimensions, is not read. A decimal
comma or point is the decimal mark; a number with three digits after its mark ("2.500", "2,500") is a thousands
group in some of these languages and a decimal in others, and is not read.

Left out: units said before their number, compound units (km/h) in words, and the other questions these languages
ask about units.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded, priced
from agentlib.mathsolve.units import describe, factor, unit

# unit word (lower case) -> the unit's name in `units.py`
_WORDS: dict[str, str] = {}
for _name, _forms in {
    "meters": "m meter metern metro metros mètre mètres metri metre metry metrów mét метр метра метров метры метрах м",
    "km": "km kilometer kilometern kilómetro kilómetros kilomètre kilomètres chilometro chilometri kilometre "
          "kilometry kilometrów ki-lô-mét километр километра километров километрах км",
    "cm": "cm zentimeter zentimetern centímetro centímetros centimètre centimètres centimetro centimetri santimetre "
          "centimeter centymetr centymetrów сантиметр сантиметра сантиметров см",
    "mm": "mm millimeter millimetern milímetro milímetros millimètre millimètres millimetro millimetri milimetre "
          "milimetrów миллиметр миллиметров мм",
    "grams": "g gramm gramos gramo gramas grama gramme grammes grammo grammi gram gramów грамм грамма граммов "
             "граммах г",
    "kg": "kg kilogramm kilogramos kilogramo kilos kilo kilogramas quilos quilogramas kilogramme kilogrammes "
          "chilogrammi chilogrammo kilogram kilogramów килограмм килограмма килограммов килограммах кг",
    "liters": "l liter litern litro litros litre litres litri litrów lít литр литра литров литрах л",
    "ml": "ml milliliter millilitern mililitro mililitros millilitre millilitres millilitri mililitre mililitrów "
          "миллилитр миллилитров мл",
    "hours": "stunde stunden hora horas heure heures ora ore saat uur godzina godziny godzin jam giờ час часа часов "
             "часах",
    "minutes": "minute minuten minuto minutos minutes minuti dakika minuut minut minuty menit phút минута минуты "
               "минут минутах мин",
    "seconds": "sekunde sekunden segundo segundos seconde secondes secondo secondi saniye seconde seconden sekunda "
               "sekundy sekund detik giây секунда секунды секунд секундах сек",
}.items():
    for _form in _forms.split():
        _WORDS[_form] = _name

_N = r"(\d+(?:[.,]\d+)?)"
_U = r"([^\W\d_][\w-]*)"
_SHAPES: list[tuple[re.Pattern[str], bool]] = [  # (pattern, whether the target unit comes first)
    (re.compile(rf"(?:wie ?viele?|was) (?:sind|ist|macht|ergeben) {_N} ?{_U} in {_U}"), False),
    (re.compile(rf"wie ?viele? {_U} (?:sind|ergeben|hat|haben) {_N} ?{_U}"), True),
    (re.compile(rf"combien (?:de |d')?{_U} (?:dans|en|font|fait|y a-t-il dans|y a-t-il en) {_N} ?{_U}"), True),
    (re.compile(rf"(?:convertis|convertissez|convertir) {_N} ?{_U} en {_U}"), False),
    (re.compile(rf"¿?cu[áa]nt[oa]s {_U} (?:son|hay en|tiene|caben en) {_N} ?{_U}"), True),
    (re.compile(rf"(?:convierte|convertir|pasa) {_N} ?{_U} a {_U}"), False),
    (re.compile(rf"quant[oa]s {_U} (?:são|sao|há em|ha em|tem|cabem em) {_N} ?{_U}"), True),
    (re.compile(rf"(?:converta|converter|converte) {_N} ?{_U} (?:para|em) {_U}"), False),
    (re.compile(rf"quant[ie] {_U} (?:sono|ci sono in|fanno|ha) {_N} ?{_U}"), True),
    (re.compile(rf"(?:converti|convertire) {_N} ?{_U} in {_U}"), False),
    (re.compile(rf"сколько {_U} (?:в|составляет|составляют) {_N} ?{_U}"), True),
    (re.compile(rf"(?:переведите|переведи|перевести) {_N} ?{_U} в {_U}"), False),
    (re.compile(rf"{_N} ?{_U} kaç {_U}(?: eder| yapar| olur|dır|dir)?"), False),
    (re.compile(rf"hoeveel {_U} (?:is|zijn|gaan er in|in) {_N} ?{_U}"), True),
    (re.compile(rf"(?:reken|zet) {_N} ?{_U} om (?:naar|in) {_U}"), False),
    (re.compile(rf"ile {_U} (?:to|ma|jest w|mieści) {_N} ?{_U}"), True),
    (re.compile(rf"(?:zamień|zamien|przelicz) {_N} ?{_U} na {_U}"), False),
    (re.compile(rf"{_N} ?{_U} (?:berapa|sama dengan berapa) {_U}"), False),
    (re.compile(rf"berapa {_U} (?:dalam|dari) {_N} ?{_U}"), True),
    (re.compile(rf"{_N} ?{_U} (?:bằng|là) bao nhiêu {_U}"), False),
    (re.compile(rf"(?:đổi|chuyển) {_N} ?{_U} (?:ra|sang|thành) {_U}"), False),
]
_ENDS = " ?？!.。"
_THOUSANDS_SHAPED = re.compile(r"\d+[.,]\d{3}")


def read_unit_abroad(text: str) -> Worded | None:
    """The converted value `text` asks for, or None when it is not one of the shapes above."""
    plain = " ".join(text.lower().split()).strip(_ENDS).lstrip("¿")
    if len(plain) > 120:
        return None
    for pattern, target_first in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        if target_first:
            target, number, source = match.groups()
        else:
            number, source, target = match.groups()
        return _converted(number, source, target)
    return None


def _converted(number: str, source_word: str, target_word: str) -> Worded | None:
    source, target = _WORDS.get(source_word), _WORDS.get(target_word)
    if source is None or target is None or _THOUSANDS_SHAPED.fullmatch(number):
        return None
    ratio = factor(source, target)
    if ratio is None or unit(source) is None:
        return None
    value = Fraction(number.replace(",", "."))
    exact = value * ratio
    shown = priced(Worded(f"({value})*({ratio})", describe(source, target)), exact)
    if shown.decimal or exact.denominator == 1:
        return shown
    return Worded(f"({value})*({ratio})", f"{describe(source, target)} (≈ {float(exact):.6g} {target})",
                  approximate=True)


__all__ = ["read_unit_abroad"]
