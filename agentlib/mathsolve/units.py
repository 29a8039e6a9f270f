"""Units of one dimension and their exact sizes, for conversions asked in words ("convert 72 inches to feet", "how
many seconds are in a day", "5 miles in km", "2.5km는 몇 m인가요?").

Each unit is an exact multiple of its dimension's base (metre, kilogram, second, litre, metre per second): the
international definitions (1 inch = 0.0254 m, 1 pound = 0.45359237 kg, 1 mile = 1609.344 m) and the US customary
volumes (1 US gallon = 3.785411784 L, 1 US cup = 236.5882365 mL = 8 fluid ounces = 16 tablespoons = 48 teaspoons;
the note says "US"; "ounces" alone are a weight). Units whose size depends on
a convention the words do not settle (a ton, a month, a year, an imperial or US pint said bare) are not here, so a
conversion that needs one is not read. Converting is value × size(source) / size(target), computed exactly.
"""

from __future__ import annotations

from fractions import Fraction

# unit -> (dimension, size in the dimension's base unit)
_SIZES: dict[str, tuple[str, Fraction]] = {
    "mm": ("length", Fraction(1, 1000)), "cm": ("length", Fraction(1, 100)), "meters": ("length", Fraction(1)),
    "km": ("length", Fraction(1000)), "inches": ("length", Fraction("0.0254")), "feet": ("length", Fraction("0.3048")),
    "yards": ("length", Fraction("0.9144")), "miles": ("length", Fraction("1609.344")),
    "mcg": ("mass", Fraction(1, 10**9)), "mg": ("mass", Fraction(1, 10**6)),
    "grams": ("mass", Fraction(1, 1000)), "kg": ("mass", Fraction(1)),
    "pounds": ("mass", Fraction("0.45359237")), "ounces": ("mass", Fraction("0.028349523125")),
    "seconds": ("time", Fraction(1)), "minutes": ("time", Fraction(60)), "hours": ("time", Fraction(3600)),
    "days": ("time", Fraction(86400)), "weeks": ("time", Fraction(604800)),
    "ml": ("volume", Fraction(1, 1000)), "liters": ("volume", Fraction(1)),
    "US gallons": ("volume", Fraction("3.785411784")), "US cups": ("volume", Fraction("0.2365882365")),
    # a US tablespoon is 1/16 US cup (half a US fluid ounce), a teaspoon a third of that
    "US tablespoons": ("volume", Fraction("0.2365882365") / 16),
    "US teaspoons": ("volume", Fraction("0.2365882365") / 48),
    "US fluid ounces": ("volume", Fraction("0.2365882365") / 8),  # 1/128 US gallon; "ounces" alone weigh
    "m/s": ("speed", Fraction(1)), "km/h": ("speed", Fraction(1000, 3600)),
    "mph": ("speed", Fraction("1609.344") / 3600),
}
_WORDS = {
    "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "m": "meters", "meter": "meters", "metre": "meters", "metres": "meters",
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "in": "inches", "inch": "inches", "ft": "feet", "foot": "feet", "yd": "yards", "yard": "yards",
    "mi": "miles", "mile": "miles",
    "microgram": "mcg", "micrograms": "mcg", "µg": "mcg", "μg": "mcg", "ug": "mcg",
    "milligram": "mg", "milligrams": "mg", "g": "grams", "gram": "grams", "kilogram": "kg", "kilograms": "kg",
    "kgs": "kg", "lb": "pounds", "lbs": "pounds", "pound": "pounds", "oz": "ounces", "ounce": "ounces",
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "min": "minutes", "mins": "minutes",
    "minute": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "day": "days",
    "week": "weeks", "wk": "weeks", "wks": "weeks",
    "milliliter": "ml", "milliliters": "ml", "millilitre": "ml", "millilitres": "ml", "l": "liters",
    "liter": "liters", "litre": "liters", "litres": "liters", "gallon": "US gallons", "gallons": "US gallons",
    "cup": "US cups", "cups": "US cups", "tablespoon": "US tablespoons", "tablespoons": "US tablespoons",
    "tbsp": "US tablespoons", "tbsps": "US tablespoons", "teaspoon": "US teaspoons", "teaspoons": "US teaspoons",
    "tsp": "US teaspoons", "tsps": "US teaspoons", "fluid ounce": "US fluid ounces", "fluid ounces": "US fluid ounces",
    "fl oz": "US fluid ounces", "fl. oz": "US fluid ounces", "fluid oz": "US fluid ounces",
    "fl ounces": "US fluid ounces",
    "kph": "km/h", "kmh": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph",
    "meters per second": "m/s", "metres per second": "m/s",
}


def unit(word: str) -> str | None:
    """The unit a word names ("inch", "in", "inches" -> "inches"), or None when it is not one of these."""
    word = word.strip()
    if word in _SIZES:
        return word
    return _WORDS.get(word.lower()) or (word.lower() if word.lower() in _SIZES else None)


def factor(source: str, target: str) -> Fraction | None:
    """size(source) / size(target) when both are units of one dimension, else None."""
    a, b = unit(source), unit(target)
    if a is None or b is None or a == b or _SIZES[a][0] != _SIZES[b][0]:
        return None
    return _SIZES[a][1] / _SIZES[b][1]


def describe(source: str, target: str) -> str:
    """ "1 inches = 2.54 cm" written with the unit names: the note a conversion carries."""
    a, b = unit(source), unit(target)
    ratio = factor(source, target)
    if a is None or b is None or ratio is None:
        return ""
    shown = str(ratio) if ratio.denominator == 1 or len(str(ratio)) < 12 else f"{float(ratio):.10g}"
    return f"1 {a} = {shown} {b}"
