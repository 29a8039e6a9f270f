"""Distance, time and speed of one trip at one steady speed, in words: "시속 80km로 2시간 30분 달리면 몇 km",
"시속 60km로 90km를 가려면 몇 시간", "240km를 3시간에 갔다면 속력은 시속 몇 km", "分速50mで20分歩くと何m",
"時速40kmで3時間走ると何km", "Un coche va a 90 km/h durante 2 horas. ¿Cuántos km recorre?", "Saatte 90 km hızla 4
saatte kaç km yol gidilir?", "Ein Auto fährt 3 Stunden mit 80 km/h. Wie weit fährt es?", "Sebuah mobil melaju 60
km/jam selama 3 jam. Berapa jarak yang ditempuh?", and in French, Portuguese, Italian, Dutch and Polish.

Each shape names the speed with its units (시속: per hour, 분속: per minute, 초속: per second, km/h), the time or
the distance given, and the quantity asked, so the one operation is certain: distance = speed × time, time =
distance ÷ speed, speed = distance ÷ time. A time given in hours and minutes is converted to the speed's unit of
time exactly; the distance given or asked must be in the speed's unit of length (a conversion between km and m is
left out), and a trip with two speeds, a speed with no time ("시속 60km로 가면 몇 km?"), or a time in a unit the
shape does not name is not read here. In a language that writes decimal commas, "2,5 Stunden" is 2.5 hours. The
result is an `evaluate` request, computed exactly and checked like any other arithmetic.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, priced, read_shapes

_N = NUMBER
# a decimal comma with one or two decimals (three would be the thousands shape, refused before the shapes are read)
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,.])")
_KO_SPEED = rf"(시속|분속|초속) ?{_N}\s?(km|m)"
_KO_TIME = rf"(?:{_N}\s?시간(?: ?{_N}\s?분)?|{_N}\s?분|{_N}\s?초)"  # hours (and minutes), minutes or seconds
_PER = {"시속": Fraction(3600), "분속": Fraction(60), "초속": Fraction(1)}  # the speed's unit of time, in seconds
_ASKED_TIME = {"시간": Fraction(3600), "분": Fraction(60), "초": Fraction(1)}
_KO_END = r"(?:인가요|인가|입니까|이에요|예요|일까요|이야|야)?"
_KO_MOVED = (r"(?:달리면|가면|걸으면|이동하면|달린다면|간다면|걷는다면|이동한다면|운전하면|달렸다면|갔다면|걸었다면|"
             r"이동했다면|날아가면|날면|달렸을 때|갔을 때|걸었을 때|이동했을 때|달릴 때|갈 때|"
             r"달렸습니다|갔습니다|걸었습니다|이동했습니다|달렸다|갔다|걸었다|이동했다|달렸어요|갔어요|걸었어요)")
_KO_MOVER = r"(?:[가-힣]{1,8}(?:가|이|는|은) )?"  # "자동차가", "민수는": who moves does not change the arithmetic
_KO_WENT = r"(?:갔다면|갔다|갔으면|달렸다면|달렸다|달렸으면|이동했다면|이동했다|이동했으면|걸었다면|걸었다|걸었으면)"
_KO_SPEED_ASKED = r"(?:이 때의 |이때 |그 )?(?:평균 )?(?:속력|속도)(?:은|는) "
_KO_DISTANCE_ASKED = r"(?:이동 거리|거리|간 거리|이동한 거리|달린 거리|걸은 거리)(?:는|은)"
_KO_GOES = (r"(?:가나요|갈까요|가|가요|갈 수 있나요|이동하나요|이동할까요|달리나요|달릴까요|달려|걸어|걷나요|걸을까요|"
            r"갔나요|간 건가요|달렸나요|이동했나요|인가요|이야|야|일까요)")


def _seconds(hours: str | None, minutes: str | None, alone_minutes: str | None, seconds: str | None) -> Fraction:
    """The time of `_KO_TIME`'s groups, in seconds."""
    if hours is not None:
        return Fraction(hours) * 3600 + Fraction(minutes or 0) * 60
    if alone_minutes is not None:
        return Fraction(alone_minutes) * 60
    return Fraction(seconds or 0)


def _distance(speed: str, per: Fraction, length: str, seconds: Fraction, asked: str | None) -> Worded | None:
    if asked is not None and asked != length:
        return None
    time = seconds / per  # in the speed's unit of time
    return priced(Worded(f"({speed})*({time})", f"distance = speed × time = {speed} {length} × {time}"),
                  Fraction(speed) * time)


def _ko_distance(kind: str, speed: str, length: str, hours: str | None, minutes: str | None, alone: str | None,
                 seconds: str | None, asked: str | None, asked_again: str | None) -> Worded | None:
    return _distance(speed, _PER[kind], length, _seconds(hours, minutes, alone, seconds), asked or asked_again)


def _ko_time(kind: str, speed: str, length: str, distance: str, distance_length: str, unit: str) -> Worded | None:
    if distance_length != length or Fraction(speed) == 0:
        return None
    scale = _PER[kind] / _ASKED_TIME[unit]  # the speed's unit of time in the asked unit
    return priced(Worded(f"({distance})/({speed})*({scale})", "time = distance ÷ speed"),
                  Fraction(distance) / Fraction(speed) * scale)


def _ko_speed(distance: str, length: str, hours: str | None, minutes: str | None, alone: str | None,
              seconds: str | None, kind: str, asked: str) -> Worded | None:
    time = _seconds(hours, minutes, alone, seconds) / _PER[kind]
    if asked != length or time == 0:
        return None
    return priced(Worded(f"({distance})/({time})", "speed = distance ÷ time"), Fraction(distance) / time)


def _hours_distance(speed: str, hours: str, minutes: str | None = None) -> Worded | None:
    return _distance(speed, Fraction(3600), "km", Fraction(hours) * 3600 + Fraction(minutes or 0) * 60, None)


def _per_minute_distance(speed: str, minutes: str) -> Worded | None:
    return _distance(speed, Fraction(60), "m", Fraction(minutes) * 60, None)


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"{_KO_MOVER}{_KO_SPEED}(?:로|으로|의 (?:속력|속도)으로) {_KO_TIME}\s?(?:을|를)? ?(?:동안 )?"
                rf"{_KO_MOVED}[,.]? (?:몇 ?(km|m)(?:를|을)? ?{_KO_GOES}?|"
                rf"{_KO_DISTANCE_ASKED}(?: (?:몇 ?(km|m)|얼마){_KO_END})?)"),
     _ko_distance),
    (re.compile(rf"{_KO_MOVER}{_KO_SPEED}(?:로|으로|의 (?:속력|속도)으로) {_N}\s?(km|m)(?:를|을)? "
                r"(?:가려면|가면|달리면|이동하려면|걸으려면|가는 데|가는데|달리는 데|걸어가려면) "
                r"몇 (시간|분|초)(?:이|가)? ?"
                r"(?:걸려|걸리나요|걸릴까요|걸리니|걸리나|걸립니까|걸려요|걸리는지)?"),
     _ko_time),
    (re.compile(rf"{_KO_MOVER}{_N}\s?(km|m)(?:를|을) {_KO_TIME}\s?(?:에|만에|동안) {_KO_WENT}[.,]? ?"
                rf"{_KO_SPEED_ASKED}(시속|분속|초속) 몇 ?(km|m){_KO_END}"),
     _ko_speed),
    # the time named first: "3시간 동안 150km를 갔으면 평균 속력은 시속 몇 km야?"
    (re.compile(rf"{_KO_MOVER}{_KO_TIME}\s?(?:에|만에|동안) {_N}\s?(km|m)(?:를|을)? {_KO_WENT}[.,]? ?"
                rf"{_KO_SPEED_ASKED}(시속|분속|초속) 몇 ?(km|m){_KO_END}"),
     lambda hours, minutes, alone, seconds, distance, length, kind, asked: _ko_speed(
         distance, length, hours, minutes, alone, seconds, kind, asked)),
    # the distance named before the speed: "120km를 시속 40km로 가면 몇 시간 걸려요?"
    (re.compile(rf"{_KO_MOVER}{_N}\s?(km|m)(?:를|을) {_KO_SPEED}(?:로|으로) "
                r"(?:가려면|가면|달리면|이동하려면|걸으려면|가는 데|가는데|달리는 데|걸어가려면|걸어가면|걸으면|"
                r"이동하면) "
                r"몇 (시간|분|초)(?:이|가)? ?"
                r"(?:걸려|걸리나요|걸릴까요|걸리니|걸리나|걸립니까|걸려요|걸리는지)?"),
     lambda distance, distance_length, kind, speed, length, unit: _ko_time(kind, speed, length, distance,
                                                                           distance_length, unit)),
    (re.compile(rf"時速\s?{_N}\s?kmで\s?{_N}\s?時間(?:\s?{_N}\s?分)?(?:走る|歩く|進む|移動する|走った|歩いた|進んだ)と"
                r"(?:何|なん)\s?(?:km|キロ)(?:進みますか|進む|ですか|になりますか)?"),
     _hours_distance),
    (re.compile(rf"分速\s?{_N}\s?mで\s?{_N}\s?分(?:間)?(?:走る|歩く|進む|移動する|走った|歩いた|進んだ)と"
                r"(?:何|なん)\s?m(?:進みますか|進む|ですか|になりますか)?"),
     _per_minute_distance),
]
# Shapes of languages that write decimal commas: "2,5 Stunden" is 2.5 hours there.
_DECIMAL_COMMA_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:un|una|el|la) [a-záéíóúñ]+ (?:va|viaja|circula|corre|anda|avanza|se mueve) a {_N} ?km/h "
                rf"durante {_N} horas?[.,]? ¿?(?:cuántos|cuantos) (?:km|kilómetros|kilometros) recorre"),
     _hours_distance),
    # km/h for whole hours in French, Portuguese, Italian, German, Dutch, Polish and Indonesian
    (re.compile(rf"(?:une|un|la|le) [a-zéèàçêô]+ (?:roule|va|avance|se déplace|circule|marche|court) à {_N} ?km/h "
                rf"pendant {_N} heures?[.,]? (?:quelle distance (?:parcourt|parcourt-elle|parcourt-il|"
                r"a-t-elle parcourue|a-t-il parcourue)|combien de (?:km|kilomètres) (?:parcourt|parcourt-elle|"
                r"parcourt-il|fait-elle|fait-il))"),
     _hours_distance),
    (re.compile(rf"(?:um|uma|o|a) [a-zçãõáéíóúâê]+ (?:anda|viaja|vai|se move|corre|circula|se desloca) a {_N} ?km/h "
                rf"(?:durante|por) {_N} horas?[.,]? (?:quantos (?:km|quilômetros|quilómetros) (?:percorre|anda|viaja|"
                r"percorreu)|qual (?:é )?a distância percorrida)"),
     _hours_distance),
    (re.compile(rf"(?:un|una|un'|l')\s?[a-zàèéìòù]+ (?:viaggia|va|corre|procede|cammina) a {_N} ?km/h "
                rf"per {_N} ore[.,]? "
                r"(?:quanti (?:km|chilometri) (?:percorre|fa)|quanta strada (?:fa|percorre))"),
     _hours_distance),
    (re.compile(rf"(?:ein|eine|der|die|das) [a-zäöüß]+ fährt {_N} stunden? (?:lang )?mit {_N} ?km/h[.,]? "
                r"wie (?:weit|viele kilometer|viele km) (?:fährt|kommt) (?:es|er|sie)(?: in dieser zeit)?"),
     lambda hours, speed: _hours_distance(speed, hours)),
    (re.compile(rf"(?:ein|eine|der|die|das) [a-zäöüß]+ fährt mit {_N} ?km/h {_N} stunden?(?: lang)?[.,]? "
                r"wie (?:weit|viele kilometer|viele km) (?:fährt|kommt) (?:es|er|sie)(?: in dieser zeit)?"),
     _hours_distance),
    (re.compile(rf"een [a-z]+ rijdt {_N} uur (?:lang )?met (?:een snelheid van )?{_N} ?km(?:/h|/u| per uur)[.,]? "
                r"(?:hoe ver (?:komt|rijdt) (?:hij|ze|het)|hoeveel (?:km|kilometer) (?:legt (?:hij|ze|het) af|"
                r"rijdt (?:hij|ze|het)))"),
     lambda hours, speed: _hours_distance(speed, hours)),
    (re.compile(rf"[a-ząćęłńóśźż]+ (?:jedzie|porusza się|jechał|jechała) z prędkością {_N} ?km/h przez {_N} "
                r"godzin[yę]?[.,]? (?:jaką drogę (?:przejedzie|pokona|przejechał|przejechała)|ile (?:km|kilometrów) "
                r"(?:przejedzie|pokona|przejechał|przejechała))"),
     _hours_distance),
    (re.compile(r"(?:sebuah|seorang|satu) [a-z]+ (?:melaju|bergerak|berjalan|berlari|berkendara) "
                rf"(?:dengan kecepatan )?(?:rata-rata )?{_N} ?km/jam selama {_N} jam[.,]? "
                r"berapa (?:jarak|km|kilometer) (?:yang )?"
                r"(?:ditempuh|ditempuhnya|dapat ditempuh)(?:nya)?"),
     _hours_distance),
    (re.compile(rf"saatte {_N} km hızla (?:giden (?:bir )?[a-zçğıöşü]+ )?{_N} saatte kaç km (?:yol )?"
                r"(?:gidilir|gider|alınır|alır)"),
     _hours_distance),
]


def read_travel(text: str) -> Worded | None:
    """The distance, time or speed of one steady trip `text` asks for, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text) or read_shapes(_DECIMAL_COMMA_SHAPES, _DECIMAL_COMMA.sub(r"\1.\2", text))
