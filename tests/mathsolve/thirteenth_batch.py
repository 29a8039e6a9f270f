"""A thirteenth batch of everyday requests, written before any change for it.

Everyday word problems and arithmetic in many languages: a discount then tax in one sentence, "el 15% de 80",
"15 % von 80", "prix TTC", rounding words ("auf zwei Nachkommastellen runden"), Fahrenheit and Celsius, km/h and
m/s, unit conversions without money, areas, surfaces and volumes of triangles, trapezoids, cylinders, cones and
spheres in words, two numbers from their sum and difference, ages, work rates, mixtures, average speed, ratios and
proportions, tips and splitting a bill, clock arithmetic, and Korean word problems ("사과 3개에 1200원이면 5개는?").
Fifteen or more are Korean; several are Spanish, German, French, Japanese and Chinese. Expected answers are
computed here by SymPy and exact fractions, never by agentlib, and graded as in `third_batch.py`.

Run `python tests/mathsolve/thirteenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix for this batch): right 3, wrong 0, abstained 51 of 54 (unit prices, two numbers from
sum and difference, temperatures, speeds in Korean and Japanese, triangle, trapezoid, cylinder and cone in words,
discount and tax in one sentence, tips and bill splitting, clock arithmetic, ages, work rates, mixtures, average
speed, proportions, "el 15% de", "Wie viel sind", "Combien font", "prix TTC", rounding words, and the Korean,
Japanese and Chinese words for all of these).
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import grade
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import grade

R = sp.Rational
pi = sp.pi


def _celsius(fahrenheit: int) -> sp.Expr:
    return (fahrenheit - 32) * R(5, 9)


def _fahrenheit(celsius: int) -> sp.Expr:
    return celsius * R(9, 5) + 32


def _two_numbers(total: int, difference: int) -> list:
    # the two numbers, as the tenth batch expects them for the same construction
    return [R(total + difference, 2), R(total - difference, 2)]


def _together(*hours: int) -> sp.Expr:
    return 1 / sum(R(1, h) for h in hours)


def _clock(hour: int, minute: int, plus_minutes: int) -> str:
    total = (hour * 60 + minute + plus_minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


CASES: list[Case] = [
    # Korean
    Case("사과 3개에 1200원이면 5개는 얼마인가요?", "ko", R(1200, 3) * 5),
    Case("연필 4자루에 2000원이면 7자루는 얼마예요?", "ko", R(2000, 4) * 7),
    Case("두 수의 합이 30이고 차가 4일 때 두 수를 구하시오", "ko", _two_numbers(30, 4)),
    Case("화씨 98.6도는 섭씨 몇 도인가요?", "ko", _celsius(R(986, 10))),
    Case("섭씨 25도는 화씨 몇 도야?", "ko", _fahrenheit(25)),
    Case("초속 15m는 시속 몇 km인가요?", "ko", R(15 * 3600, 1000)),
    Case("밑변이 8이고 높이가 5인 삼각형의 넓이는?", "ko", R(8 * 5, 2)),
    Case("윗변 4, 아랫변 10, 높이 6인 사다리꼴의 넓이를 구하시오", "ko", R((4 + 10) * 6, 2)),
    Case("반지름이 3이고 높이가 10인 원기둥의 부피는?", "ko", pi * 9 * 10),
    Case("반지름 6인 구의 겉넓이는?", "ko", 4 * pi * 36),
    Case("50000원짜리 옷을 20% 할인하면 얼마인가요?", "ko", 50000 * R(80, 100)),
    Case("식사비 84000원을 4명이 나누어 내면 한 사람당 얼마?", "ko", R(84000, 4)),
    Case("10시 30분에서 3시간 45분 후는 몇 시인가요?", "ko", _clock(10, 30, 3 * 60 + 45)),
    Case("2.5km는 몇 m인가요?", "ko", R(2500)),
    Case("어떤 일을 A는 6시간, B는 3시간에 끝낸다. 둘이 함께 하면 몇 시간이 걸리나?", "ko", _together(6, 3)),
    Case("3:4 = x:20 일 때 x의 값은?", "ko", [R(3 * 20, 4)]),  # "x의 값": the solution set {15}
    Case("240km를 3시간에 갔다면 평균 속력은 시속 몇 km?", "ko", R(240, 3)),
    # English
    Case("what is 15% of 80", "en", R(15, 100) * 80),
    Case("a $120 dress is 30% off and then there's 7% tax. what's the final price?", "en",
         120 * R(70, 100) * R(107, 100)),
    Case("convert 77 F to celsius", "en", _celsius(77)),
    Case("what is 30 degrees celsius in fahrenheit", "en", _fahrenheit(30)),
    Case("how many m/s is 54 km/h", "en", R(54 * 1000, 3600)),
    Case("convert 3.5 kilometers to meters", "en", R(3500)),
    Case("how many inches in 5 feet", "en", R(60)),
    Case("area of a triangle with base 12 and height 7", "en", R(12 * 7, 2)),
    Case("area of a trapezoid with bases 5 and 9 and height 4", "en", R((5 + 9) * 4, 2)),
    Case("volume of a cylinder with radius 2 and height 9", "en", pi * 4 * 9),
    Case("volume of a cone with radius 3 and height 8", "en", R(1, 3) * pi * 9 * 8),
    Case("surface area of a sphere with radius 5", "en", 4 * pi * 25),
    Case("the sum of two numbers is 30 and their difference is 4. what are the numbers?", "en",
         _two_numbers(30, 4)),
    Case("in 5 years Ana will be twice as old as she was 10 years ago. how old is Ana now?", "en", R(25)),
    Case("Tom can paint a fence in 4 hours and Jerry in 6 hours. how long if they work together?", "en",
         _together(4, 6)),
    Case("I drove 60 km at 30 km/h and then 60 km at 60 km/h. what was my average speed?", "en",
         R(120) / (R(60, 30) + R(60, 60))),
    Case("what's a 18% tip on $45", "en", R(18, 100) * 45),
    Case("the bill is $96 and we add a 15% tip, split between 4 people. how much each?", "en",
         96 * R(115, 100) / 4),
    Case("what time is 3 h 45 min after 10:30?", "en", _clock(10, 30, 225)),
    Case("what time is it 50 minutes after 11:20", "en", _clock(11, 20, 50)),
    Case("if 3 pencils cost $1.20, how much do 8 pencils cost?", "en", R(120, 100) / 3 * 8),
    Case("solve the proportion 5/8 = x/24", "en", [R(5 * 24, 8)]),
    Case("how many liters of 20% salt solution must be mixed with 10 liters of 50% solution to get a 30% "
         "solution?", "en", R(20)),
    # Spanish
    Case("¿Cuánto es el 15% de 80?", "es", R(15, 100) * 80),
    Case("convierte 100 grados Fahrenheit a Celsius", "es", _celsius(100)),
    Case("área de un triángulo de base 10 y altura 6", "es", R(30)),
    # German
    Case("Wie viel sind 15 % von 80?", "de", R(15, 100) * 80),
    Case("Berechne 7 geteilt durch 3 und runde auf zwei Nachkommastellen", "de", R(233, 100)),
    Case("Wie viel sind 72 km/h in m/s?", "de", R(72 * 1000, 3600)),
    Case("Volumen eines Zylinders mit Radius 4 und Höhe 5", "de", pi * 16 * 5),
    # French
    Case("Quel est le prix TTC d'un article à 50 euros HT avec une TVA de 20 % ?", "fr", 50 * R(120, 100)),
    Case("Combien font 25 % de 360 ?", "fr", R(90)),
    Case("Convertir 20 degrés Celsius en Fahrenheit", "fr", _fahrenheit(20)),
    # Japanese
    Case("半径3の球の体積を求めよ", "ja", R(4, 3) * pi * 27),
    Case("時速36kmは秒速何mですか", "ja", R(36 * 1000, 3600)),
    # Chinese
    Case("底是6，高是4的三角形面积是多少？", "zh", R(12)),
    Case("80的15%是多少？", "zh", R(12)),
]


if __name__ == "__main__":
    main(CASES, grade)
