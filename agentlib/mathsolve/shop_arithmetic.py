"""Shop and restaurant arithmetic in words: unit prices ("if 3 pencils cost $1.20, how much do 8 cost",
"사과 3개에 1200원이면 5개는", "연필 한 자루에 800원일 때 6자루는", "りんごが1個120円のとき、5個でいくら",
"一本书25元，买4本要多少钱", "एक किलो चावल 60 रुपये का है तो 3 किलो कितने का", "si un kilo ... cuesta 2,50 euros,
¿cuánto cuestan 4 kilos?", "Яблоко стоит 40 рублей. Сколько стоят 5 яблок?"), a price times a count ("5000원짜리
물건을 3개 사면"), change ("10000원을 내고 6500원짜리 물건을 사면 거스름돈은"), tips ("a 18% tip on $45") and the
total with one ("the total if I leave a 20% tip on a $65 dinner"), splitting a bill (with or without a tip;
"3명이 24000원을 똑같이 나누면"), things shared out evenly ("사과 12개를 4명이 ... 몇 개",
never when they do not share out), a discount then a tax in one sentence, a price with VAT ("prix TTC ... HT
avec une TVA de 20 %"), and a percent of a number in other languages ("el 15% de 80", "15 % von 80", "25 % de
360", "80的15%").

A unit price is read only when the same thing (the same noun, the same Korean, Japanese or Chinese counter, the
same unit of measure, or a Russian noun in two cases) is named for both counts, so "3 pencils cost $1.20, how much
do 8 pens cost" is not read. Each reading is an `evaluate` request of the filled-in formula, computed exactly and
checked like any other arithmetic.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Builder, Worded, priced, read_shapes

_N = NUMBER
_INT = r"(\d+)"
_MEAL = r"(?: bill| meal| check| dinner| lunch| tab| dollars| bucks)"
_KO_HOW_MUCH = r"(?:얼마인가요|얼마예요|얼마에요|얼마입니까|얼마야|얼마일까요|얼마)"
_FR = r"(\d+)(?:,(\d+))?"  # a French number: a decimal comma, read as two groups (a shape's numbers lose commas)
_COUNTER = r"(개|자루|권|장|병|송이|봉지|상자|켤레)"  # a Korean counter word: what is counted
_WEIGHTS = {"lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound", "kg": "kilogram", "kgs": "kilogram",
            "kilo": "kilogram", "kilos": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "oz": "ounce",
            "ounce": "ounce", "ounces": "ounce"}
_WEIGHT = "(" + "|".join(sorted(_WEIGHTS, key=len, reverse=True)) + ")"
_PEOPLE = r"(?:people|persons|friends|of us|ways|guests|kids|children|roommates|coworkers)"
_JA_COUNTER = r"(個|本|冊|枚|台|匹|杯|箱|袋)"
_ZH_COUNTER = r"(本|个|支|件|瓶|张|斤|只|盒|袋|杯)"
# Native Korean counts before a counter word: "연필 한 자루", "사과 두 개" (as "a dozen eggs" in English)
_KOREAN_COUNTS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_TENTHS = {**{c: i for i, c in enumerate("一二三四五六七八九", 1)}, **{str(i): i for i in range(1, 10)}}
_KOREAN_COUNT = re.compile(r"(?<![가-힣])(" + "|".join(_KOREAN_COUNTS) + r")\s(?=" + _COUNTER + ")")
# people counted natively ("네 명이 나누면"); "한 명당" (per person) stays a phrase of its own
_KOREAN_PEOPLE = re.compile(r"(?<![가-힣])(" + "|".join(c for c in _KOREAN_COUNTS if c != "한") + r")\s(?=명)")


def _decimal(whole: str, fraction: str | None) -> str:
    return whole if fraction is None else f"{whole}.{fraction}"


def _unit_price(count: str, price: str, wanted: str) -> Worded | None:
    if Fraction(count) == 0:
        return None
    return priced(Worded(f"({price})/({count})*({wanted})", "cost = (price ÷ count) × wanted count (the same item)"),
                  Fraction(price) / Fraction(count) * Fraction(wanted))


def _same_item(count: str, first: str, price: str, wanted: str, second: str) -> Worded | None:
    return _unit_price(count, price, wanted) if first == second else None


def _same_item_price_second(count: str, first: str, price: str, wanted: str, second: str) -> Worded | None:
    return _same_item(count, first, price, wanted, second)


def _same_russian_noun(first: str, second: str) -> bool:
    """'яблоко' and 'яблок', 'книга' and 'книг': one noun in two cases (they share all but their endings)."""
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    return shared >= max(4, min(len(first), len(second)) - 2)


def _percent_of(percent: str, whole: str) -> Worded:
    return priced(Worded(f"({percent})/100*({whole})", "p% of a number = p/100 × number"),
                  Fraction(percent) / 100 * Fraction(whole))


def _with_tip(amount: str, percent: str) -> Worded:
    shown = priced(Worded(f"({amount})*(1 + ({percent})/100)", "total = amount × (1 + tip/100)"),
                   Fraction(amount) * (1 + Fraction(percent) / 100))
    return Worded(shown.formula, shown.note, shown.decimal, shown.approximate, money=True)  # to the cent, shown


def _split(total: str, tip: str | None, people: str) -> Worded | None:
    if int(people) == 0:
        return None
    if tip is None:
        return priced(Worded(f"({total})/({people})", "each share = total ÷ number of people"),
                      Fraction(total) / int(people))
    return priced(Worded(f"({total})*(1 + ({tip})/100)/({people})",
                         "each share = total × (1 + tip/100) ÷ number of people"),
                  Fraction(total) * (1 + Fraction(tip) / 100) / int(people))


def _shared_out(count: str, people: str) -> Worded | None:
    """Whole things shared by people: read only when they share out evenly (13 apples among 4 is 3 each and one
    left over, never 3.25 apples)."""
    if int(people) == 0 or int(count) % int(people):
        return None
    return Worded(f"({count})/({people})", "each share = number of things ÷ number of people")


def _change(paid: str, price: str) -> Worded | None:
    if Fraction(paid) < Fraction(price):
        return None  # not enough paid: there is no change
    return priced(Worded(f"({paid}) - ({price})", "change = amount paid - price"),
                  Fraction(paid) - Fraction(price))


def _discount_then_tax(price: str, off: str, tax: str) -> Worded | None:
    if Fraction(off) > 100:
        return None
    return priced(Worded(f"({price})*(1 - ({off})/100)*(1 + ({tax})/100)",
                         "final price = price × (1 - discount/100) × (1 + tax/100)"),
                  Fraction(price) * (1 - Fraction(off) / 100) * (1 + Fraction(tax) / 100))


def _discounted(price: str, off: str) -> Worded | None:
    if Fraction(off) > 100:
        return None
    return priced(Worded(f"({price})*(1 - ({off})/100)", "sale price = price × (1 - discount/100)"),
                  Fraction(price) * (1 - Fraction(off) / 100))


def _with_tax(price: str, tax: str) -> Worded:
    return priced(Worded(f"({price})*(1 + ({tax})/100)", "price with tax = price × (1 + tax/100)"),
                  Fraction(price) * (1 + Fraction(tax) / 100))


def _scaled_recipe(amount: str, made: str, wanted: str) -> Worded | None:
    if Fraction(made) == 0:
        return None
    return Worded(f"({amount})*({wanted})/({made})", "amount needed = amount × wanted / made (in proportion)")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    # Unit prices: the same noun (English) or counter (Korean) for both counts
    # (a count with no noun after it, "how much do 7 cost", "how much for 7", can only count the noun named before)
    (re.compile(rf"(?:if )?{_N} ([a-z]+) costs? {_N}[.,;]? (?:(?:how much|what) (?:do|does|would|will) {_N}"
                rf"(?: of them| (\2))? cost|how much (?:for|are|is|would be) {_N}(?: of them| (\2))?)"),
     lambda count, noun, price, wanted, _same, asked, _again: _unit_price(count, price, wanted or asked)),
    # The price of one: "a dozen eggs cost $3, how much is one egg" (the noun once plural, once singular)
    (re.compile(rf"(?:if )?{_N} ([a-z]+) costs? {_N}[.,;]? (?:so )?(?:how much|what) (?:is|does|would|will) "
                r"(?:(?:one|each)(?: (?!cost\b)([a-z]+))?|(?:a single|1|an?) ([a-z]+))(?: cost)?"),
     lambda count, noun, price, one, single: _unit_price(count, price, "1")
     if _singular(noun) == (one or single or _singular(noun)) else None),
    # A price by weight: "3 lbs of apples at $1.49 a pound" (the same unit of weight twice, however abbreviated)
    (re.compile(rf"(?:how much (?:are|is|do|does|would|will) |what (?:do|does|would|will) |the (?:cost|price) of )?"
                rf"{_N} ?{_WEIGHT} (?:of )?[a-z]+ (?:cost )?at {_N} ?(?:a |an |per |/ ?){_WEIGHT}(?: cost)?"),
     lambda amount, unit, price, per: _unit_price("1", price, amount) if _WEIGHTS[unit] == _WEIGHTS[per] else None),
    # Scaling a recipe: "If 2 cups of flour make 12 cookies, how much flour for 30 cookies?" (the same noun twice)
    (re.compile(rf"if {_N} ([a-z]+) of ([a-z]+) (?:makes?|is enough for|are enough for|is needed for|are needed for) "
                rf"{_N} ([a-z]+),? how (?:much|many) (?:\3|\2(?: of \3)?) (?:is |are )?"
                rf"(?:do (?:i|you|we) need |needed )?(?:for|to make) {_N} (?:\5)"),
     lambda amount, unit, what, made, thing, wanted: _scaled_recipe(amount, made, wanted)),
    (re.compile(rf"(?:([가-힣]+) )?{_N}\s?{_COUNTER}에 {_N}\s?원(?:이면|일 때|이라면|인데|이다\.?|입니다\.?),? "
                rf"(?:([가-힣]+) )?{_N}\s?{_COUNTER}(?:는|은|의 값은|의 가격은|를 사면|을 사면)? ?{_KO_HOW_MUCH}?"),
     lambda noun, count, first, price, again, wanted, second: _same_item(count, first, price, wanted, second)
     if again is None or again == noun else None),
    # Japanese and Chinese name the same counter twice: "りんごが1個120円のとき、5個でいくら", "一本书25元，买4本"
    (re.compile(rf"(?:[^\s\d、,]{{1,12}}?(?:が|は))?{_N}\s?{_JA_COUNTER}\s?{_N}\s?円(?:のとき|なら|だと|の場合)[、,]?\s?"
                rf"{_N}\s?{_JA_COUNTER}(?:では|で|は|だと|なら)?(?:いくら|何円)(?:ですか|になりますか|でしょうか)?"),
     _same_item_price_second),
    (re.compile(rf"(一|{_N})\s?{_ZH_COUNTER}([一-龥]{{0,4}}?)\s?{_N}\s?元[，,]\s?(?:买|购买)?\s?{_N}\s?{_ZH_COUNTER}\3?"
                r"(?:要|需要|得|一共|共)?(?:多少钱|多少元|几元)"),
     lambda one, count, first, noun, price, wanted, second: _same_item(count or "1", first, price, wanted, second)),
    # Hindi and Spanish price a unit of measure: "एक किलो चावल 60 रुपये का है तो 3 किलो कितने का"
    (re.compile(rf"(?:एक|1) (किलो|लीटर|मीटर|दर्जन) [^\d]{{1,20}}? {_N} (?:रुपये|रुपए|रुपया|रु\.?) (?:का|की|के) (?:है|हैं)[,।]? "
                rf"(?:तो )?{_N} (किलो|लीटर|मीटर|दर्जन) (?:कितने|कितना|कितनी) (?:का|की|के)(?: होगा| होगी| होंगे)?"),
     lambda first, price, wanted, second: _unit_price("1", price, wanted) if first == second else None),
    (re.compile(rf"si (?:un|1) (kilo|litro|metro|kg) de [a-záéíóúñ]+ cuesta {_FR} ?"
                rf"(?:euros?|€|pesos?|dólares?|soles?)?,? ¿?(?:cuánto|cuanto) (?:cuestan|costarán|costarían) {_FR} "
                r"(kilos|litros|metros|kg)"),
     lambda first, whole, cents, count, part, second: _unit_price("1", _decimal(whole, cents), _decimal(count, part))
     if second in (first + "s", first) else None),
    # Russian names the thing twice, inflected: "Яблоко стоит 40 рублей. Сколько стоят 5 яблок?"
    (re.compile(rf"(?:{_N} )?([а-яё]+) (?:стоит|стоят|стоил|стоили) {_N} (?:рублей|рубля|рубль|руб\.?)[.,]? "
                rf"сколько (?:стоят|стоит|будут стоить|будет стоить) {_N} ([а-яё]+)"),
     lambda count, first, price, wanted, second: _unit_price(count or "1", price, wanted)
     if _same_russian_noun(first, second) else None),
    # Tips and percents of a number in other languages
    (re.compile(rf"(?:an? )?{_N}\s?% (?:tip|gratuity|tax|service charge) on (?:a |the )?{_N}(?: bill| meal| check)?"),
     _percent_of),
    (re.compile(rf"(?:the )?(?:tip|gratuity|tax|service charge) of {_N}\s?% on (?:a |the )?{_N}"
                r"(?: bill| meal| check)?"),
     _percent_of),
    (re.compile(rf"¿?(?:cuánto|cuanto) es el {_N}\s?% de {_N}"), _percent_of),
    (re.compile(rf"(?:berechne |berechnen sie |rechne )?{_N}\s?% von {_N}"), _percent_of),
    (re.compile(rf"(?:calcula(?:r)? |calcule(?:z|r)? |quanto é |quanto e |quanto fa |calcola )?(?:el |le |o )?"
                rf"{_N}\s?% (?:de|di|do|da) {_N}"), _percent_of),
    (re.compile(rf"(?:wie ?viel|was) (?:sind|ist|macht|ergeben) {_N}\s?% von {_N}"), _percent_of),
    (re.compile(rf"(?:combien (?:font|fait|valent)|calcule(?:z|r)?) {_N}\s?% de {_N}"), _percent_of),
    (re.compile(rf"{_N}\s?(?:元|块|日元)?\s?的\s?{_N}\s?%\s?(?:是多少|等于多少)(?:钱|元)?"),
     lambda whole, percent: _percent_of(percent, whole)),
    (re.compile(rf"{_N}\s?(?:円)?の\s?{_N}\s?%は(?:いくら|何円|いくつ|何)(?:ですか)?"),
     lambda whole, percent: _percent_of(percent, whole)),
    # 割 is a tenth: "1000円の2割は" is 20% of it
    (re.compile(rf"{_N}\s?(?:円)?の\s?([1-9])\s?割は(?:いくら|何円|いくつ|何)?(?:ですか)?"),
     lambda whole, tenths: _percent_of(str(10 * int(tenths)), whole)),
    (re.compile(rf"(?:ile to jest |ile jest |ile wynosi |oblicz |policz )?{_N}\s?% z {_N}"), _percent_of),
    (re.compile(rf"(?:tính |tìm )?{_N}\s?% của {_N}(?: là bao nhiêu| bằng bao nhiêu| là| bằng)?"), _percent_of),
    # "how much is 15 percent tip on 48 dollars": the same tip, the percent and the dollars in words
    (re.compile(rf"(?:how much is )?(?:an? )?{_N} ?(?:%|percent|per cent) (?:tip|gratuity|tax|service charge) on "
                rf"(?:a |the |my |our )?{_N}(?: dollars?| bucks)?{_MEAL}?"),
     _percent_of),
    # the amount first: "tip on $65 at 20%", "how much should I tip on a $65 bill at 20 percent"
    (re.compile(rf"(?:how much (?:should (?:i|we) |do (?:i|we) |to )?tip|(?:the )?tip) (?:on|for) "
                rf"(?:a |the |my |our )?{_N}(?: dollars?| bucks)?{_MEAL}? at {_N} ?(?:%|percent|per cent)"),
     lambda amount, percent: _percent_of(percent, amount)),
    # The total with a tip: "what's the total if I leave a 20% tip on a $65 dinner", "how much is $65 with a 20% tip"
    (re.compile(rf"(?:the )?total(?: cost| bill| amount| to pay)? (?:with|after|including|if (?:i|we|you) "
                rf"(?:leave|add|tip|give)) (?:an? )?{_N}\s?% (?:tip|gratuity) on (?:a |an |the |my |our )?"
                rf"{_N}{_MEAL}?"),
     lambda percent, amount: _with_tip(amount, percent)),
    (re.compile(rf"(?:how much is |the total (?:of|for) )?(?:a |an |the |my |our )?{_N}{_MEAL}? "
                rf"(?:with|plus|including|after) (?:an? )?{_N}\s?% (?:tip|gratuity)"
                r"(?:,? (?:in total|total|altogether))?"),
     _with_tip),
    # Splitting a bill
    # "split $120 between 4 people", "divide $90 equally among 3 friends, how much each?"
    (re.compile(rf"(?:split|divide|share) (?:a |the )?(?:bill of |check of |total of )?{_N}(?: dollars| bucks)? "
                rf"(?:evenly |equally )?(?:between|among|by|into) {_INT} {_PEOPLE}(?: evenly| equally)?"
                r"(?:[,.] how much (?:each|per person|does each (?:person |one )?(?:get|pay)|is each share))?"),
     lambda total, people: _split(total, None, people)),
    (re.compile(rf"split (?:a |the )?(?:bill of |check of |total of )?{_N}(?: dollars| bucks)? {_INT} ways"),
     lambda total, people: _split(total, None, people)),
    (re.compile(rf"the (?:bill|check|total) (?:is|was|comes to|came to) {_N},? (?:and )?(?:we |i )?"
                rf"(?:add|added|leave|left|tip|tipped) (?:an? )?{_N}\s?%(?: tip)?,? (?:and )?"
                r"(?:split|shared|divided) (?:evenly |equally )?"
                rf"(?:between|among|by) {_INT} {_PEOPLE}\.? how much (?:each|(?:does )?each (?:person )?pay|"
                r"per person|is each (?:share|person))"), _split),
    (re.compile(rf"(?:[가-힣]+ )?{_N}\s?원을 {_INT}\s?명이 (?:똑같이 )?(?:나누면|(?:나누어|나눠) (?:내면|낼 때)) "
                rf"(?:한 사람당|1인당|한 명당|각자) {_KO_HOW_MUCH}"),
     lambda total, people: _split(total, None, people)),
    (re.compile(rf"{_INT}\s?명이 {_N}\s?원을 (?:똑같이 )?(?:나누면|나누어 내면|나눠 내면|나누어 낼 때|나눠 낼 때) "
                rf"(?:한 사람당|1인당|한 명당|각자) {_KO_HOW_MUCH}"),
     lambda people, total: _split(total, None, people)),
    # Things shared out: "사과 12개를 4명이 똑같이 나누면 한 명당 몇 개" (only when they share out evenly)
    (re.compile(rf"(?:[가-힣]+ )?{_INT}\s?{_COUNTER}(?:를|을) {_INT}\s?명(?:이|에게) (?:똑같이 )?(?:나누면|나누어 주면|"
                rf"나눠 주면|나눠 가지면|나누어 가지면) (?:한 사람당|1인당|한 명당|각자|한 명이|한 사람이) "
                rf"몇 ?{_COUNTER}(?:씩)?(?:을|를)? ?(?:가지나요|받나요|가질까요|받을까요|인가요|야|이야|씩이야)?"),
     lambda count, counter, people, asked: _shared_out(count, people) if counter == asked else None),
    # A price times a count: "5000원짜리 물건을 3개 사면", "1개에 1200원인 빵을 5개 사면"
    (re.compile(rf"{_N}\s?원(?:짜리|인|하는) (?:[가-힣]+(?:을|를)? )?{_N}\s?{_COUNTER}(?:를|을)? "
                rf"(?:사면|구입하면|살 때|샀다면|샀을 때) (?:모두 |전부 |총 |다 )?{_KO_HOW_MUCH}?"),
     lambda price, wanted, _counter: _unit_price("1", price, wanted)),
    (re.compile(rf"{_N}\s?{_COUNTER}에 {_N}\s?원(?:인|짜리|하는) [가-힣]+(?:을|를) {_N}\s?{_COUNTER}(?:를|을)? "
                rf"(?:사면|구입하면|살 때|샀다면|샀을 때) (?:모두 |전부 |총 |다 )?{_KO_HOW_MUCH}?"),
     lambda count, first, price, wanted, second: _same_item(count, first, price, wanted, second)),
    # Change from a payment: "10000원을 내고 6500원짜리 물건을 사면 거스름돈은"
    (re.compile(rf"{_N}\s?원(?:을|를)? (?:내고|냈을 때|냈다면|내면) {_N}\s?원(?:짜리|인|하는)? (?:[가-힣]+(?:을|를) )?"
                rf"(?:사면|샀다면|샀을 때|샀다)[,.]? 거스름돈(?:은|는)? ?{_KO_HOW_MUCH}?"),
     lambda paid, price: _change(paid, price)),
    # A discount, then a tax, in one sentence
    (re.compile(rf"an? {_N} [a-z]+ is {_N}\s?% off,? (?:and )?then (?:there's |there is |add |with )?(?:an? )?{_N}\s?% "
                r"(?:sales )?tax\.? (?:what's|what is|how much is) the (?:final|total) (?:price|cost)"),
     _discount_then_tax),
    # A discount alone: "a $40 shirt is 25% off. what is the sale price?", "25% off $40", "40000원짜리 ... 25% 할인하면"
    (re.compile(rf"an? {_N} [a-z]+ (?:is|was) (?:on sale (?:for |at )?)?{_N}\s?% off\.? "
                r"(?:what's |what is |how much is |find )?the (?:sale|new|discounted|final) (?:price|cost)"),
     _discounted),
    (re.compile(rf"an? [a-z]+ (?:costs|cost|is priced at|was) {_N},? (?:and )?(?:it )?(?:is|was) {_N}\s?% off\.? "
                r"(?:what's |what is |how much is |find )?the (?:sale|new|discounted|final) (?:price|cost)"),
     _discounted),
    (re.compile(rf"{_N}\s?% off (?:of )?{_N}"), lambda off, price: _discounted(price, off)),
    (re.compile(rf"(?:the )?price of an? {_N} [a-z]+ after an? {_N}\s?% (?:discount|reduction|markdown)"),
     _discounted),
    (re.compile(rf"(?:정가 |가격이 )?{_N}\s?원(?:짜리|인|하는)? [가-힣]+(?:을|를) {_N}\s?% "
                rf"할인(?:하면|한 가격은|받으면) ?{_KO_HOW_MUCH}?"),
     _discounted),
    (re.compile(rf"{_N}\s?円の{_N}\s?%引き(?:は|の値段は|の価格は)?(?:いくら(?:ですか)?|何円(?:ですか)?)?"),
     _discounted),
    # 2割引: two tenths off (割 is a tenth)
    (re.compile(rf"{_N}\s?円の\s?([1-9])\s?割引き?(?:は|の値段は|の価格は)?(?:いくら(?:ですか)?|何円(?:ですか)?)?"),
     lambda price, tenths: _discounted(price, str(10 * int(tenths)))),
    # 打八折: "take eight tenths", a price at 80% (a discount of 20%); 八五折 is eight tenths and five
    # hundredths, 85%
    (re.compile(rf"(?:[一-龥]{{1,8}}?)?(?:原价|价格|售价)?(?:是)?\s?{_N}\s?元[，,]?\s?(?:打\s?)?"
                r"([一二三四五六七八九1-9])([一二三四五六七八九1-9])?\s?折"
                r"(?:后|以后)?(?:的价格)?(?:是)?多少(?:钱|元)?"),
     lambda price, tenths, hundredths: _discounted(
         price, str(100 - 10 * _TENTHS[tenths] - (_TENTHS[hundredths] if hundredths else 0)))),
    (re.compile(rf"{_N}\s?원의 {_N}\s?%(?:는|은)? ?{_KO_HOW_MUCH}?"),
     lambda whole, percent: _percent_of(percent, whole)),
    # Prix TTC from HT and the VAT rate
    (re.compile(rf"quel est le prix ttc d'un (?:article|produit|objet) (?:à|a|de) {_FR} ?(?:euros?|€) ht "
                rf"avec une tva de {_FR} ?%"),
     lambda whole, cents, rate, fraction: _with_tax(_decimal(whole, cents), _decimal(rate, fraction))),
]


# Counts said as words before a noun: "a dozen eggs", "half a dozen rolls", "two dozen"
_DOZENS = ((re.compile(r"\bhalf an? dozen\b", re.I), "6"), (re.compile(r"\b(?:a|one) dozen\b", re.I), "12"),
           (re.compile(r"\btwo dozen\b", re.I), "24"), (re.compile(r"\bthree dozen\b", re.I), "36"))


def _singular(noun: str) -> str:
    """'eggs' -> 'egg', 'boxes' -> 'box', 'cherries' -> 'cherry' (the regular English plurals only)."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses", "oes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def read_shop_arithmetic(text: str) -> Worded | None:
    """The price, share or percent `text` asks for, or None when it is not one of these shapes."""
    for pattern, count in _DOZENS:
        text = pattern.sub(count, text)
    text = _KOREAN_COUNT.sub(lambda m: f"{_KOREAN_COUNTS[m.group(1)]} ", text)
    text = _KOREAN_PEOPLE.sub(lambda m: f"{_KOREAN_COUNTS[m.group(1)]} ", text)
    return read_shapes(_SHAPES, text)
