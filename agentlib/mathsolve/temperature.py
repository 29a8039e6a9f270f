"""Temperature conversions in words: "convert 77 F to celsius", "섭씨 25도는 화씨 몇 도", "20 degrés Celsius en
Fahrenheit".

Each shape names both scales, so the direction is never guessed: °C = (°F - 32) × 5/9 and °F = °C × 9/5 + 32.
The filled-in formula is an `evaluate` request, computed exactly and checked like any other arithmetic.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Builder, Worded, read_shapes

_T = r"(-?\d+(?:\.\d+)?)"  # a temperature may be below zero
_C = r"(?:°\s?c|℃|c|celsius|centigrade|degrees? c(?:elsius)?|grad celsius|grados? celsius|degrés? celsius)"
_F = r"(?:°\s?f|℉|f|fahrenheit|degrees? f(?:ahrenheit)?|grad fahrenheit|grados? fahrenheit|degrés? fahrenheit)"
_CONVERT = r"(?:convert|change|turn|convierte|convertir|conversion de|rechne|umrechnen:?)"
_TO = r"(?:to|into|in|a|en|→|->)"
_KO_END = r"(?:인가요|인가|입니까|이에요|야|일까요)?"


def _celsius(fahrenheit: str) -> Worded:
    return Worded(f"(({fahrenheit}) - 32)*5/9", "°C = (°F - 32) × 5/9")


def _fahrenheit(celsius: str) -> Worded:
    return Worded(f"({celsius})*9/5 + 32", "°F = °C × 9/5 + 32")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:{_CONVERT} )?{_T} ?{_F} {_TO} (?:degrees? |grados |degrés |grad )?{_C}(?: um)?"), _celsius),
    (re.compile(rf"(?:{_CONVERT} )?{_T} ?{_C} {_TO} (?:degrees? |grados |degrés |grad )?{_F}(?: um)?"), _fahrenheit),
    (re.compile(rf"how many (?:degrees )?{_C} is {_T} ?{_F}"), _celsius),
    (re.compile(rf"how many (?:degrees )?{_F} is {_T} ?{_C}"), _fahrenheit),
    (re.compile(rf"화씨 {_T}\s?(?:도|℉)(?:는|은) 섭씨 (?:몇 ?도|얼마){_KO_END}"), _celsius),
    (re.compile(rf"섭씨 {_T}\s?(?:도|℃)(?:는|은) 화씨 (?:몇 ?도|얼마){_KO_END}"), _fahrenheit),
]


def read_temperature(text: str) -> Worded | None:
    """The conversion `text` asks for between Celsius and Fahrenheit, or None when it is not one."""
    return read_shapes(_SHAPES, text)
