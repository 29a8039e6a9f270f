"""Cardinal number words of German, Dutch, French, Italian, Portuguese, Polish, Indonesian and Vietnamese, as the
tables of `foreign_cardinals.SpacedCardinals`: "sieben", "siebenundzwanzig", "vingt-sept", "quatre-vingt-dix",
"ventitré", "vinte e três", "dwadzieścia pięć", "tiga", "hai mươi lăm".

Languages that glue their tens and units into one word (German "siebenundzwanzig", Dutch "zevenentwintig",
Italian "ventisette") and French, which joins them with hyphens ("vingt-sept", "quatre-vingt-dix"), list each
number below a hundred as one word, generated here from its parts (so no hand-typed table can hold a typo); the
spaced ones (Portuguese "vinte e três", Polish "dwadzieścia pięć", French "vingt et un") are read by the tens and
units slots. Hundreds and thousands are read where the language writes them as words of their own ("deux cents",
"cento e vinte", "dwieście", "mille"); German, Dutch and Italian glue them to the rest ("dreihundertfünfundzwanzig",
"trecentoventicinque"), read as one word standing alone, and "tausend" alone is read. Indonesian and Vietnamese
make tens with a word after the unit ("dua puluh lima", "hai mươi lăm": 25), Indonesian teens with "belas" ("tujuh
belas": 17); Vietnamese says 1, 4 and 5 after tens as "mốt", "tư", "lăm". French "soixante et onze" is 60 and a
teen. German, Dutch and Italian glue a thousand between its count and the rest ("zweitausendfünf",
"tweeduizendvijf", "duemilacinque": `foreign_cardinals.glued_thousands`); Indonesian says one thousand and one
million with se- ("seribu", "sejuta"), and each language here names millions ("zwei Millionen", "dua juta",
"hai triệu"). Left out: numbers past a thousand millions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agentlib.mathsolve.foreign_cardinals import SpacedCardinals


def _numbered(words: str, start: int = 0, step: int = 1) -> dict[str, int]:
    """"a b | c" -> {a: start, b: start, c: start + step}: the forms of each value, one value per `|` part."""
    return {word: start + index * step for index, forms in enumerate(words.split("|")) for word in forms.split()}


def _glued_hundreds(hundreds: dict[str, int], below: dict[str, int],
                    join: Callable[[str, str], list[str]]) -> dict[str, int]:
    """Every hundreds word glued to a word below a hundred ("dreihundert" + "fünfundzwanzig"), with its value."""
    return {word: value + rest for hundred, value in hundreds.items() for part, rest in below.items()
            if 1 <= rest <= 99 for word in join(hundred, part)}


def _glued(tens: dict[str, int], units: dict[str, int], join: Callable[[str, str], str]) -> dict[str, int]:
    """Every tens-and-units word `join(tens word, unit word)` makes, with its value."""
    return {join(ten, unit): value + digit for ten, value in tens.items() for unit, digit in units.items()
            if 1 <= digit <= 9 and 20 <= value}


_GERMAN_UNITS = _numbered("null | eins ein eine | zwei | drei | vier | fünf | sechs | sieben | acht | neun")
_GERMAN_TENS = _numbered("zwanzig | dreißig dreissig | vierzig | fünfzig | sechzig | siebzig | achtzig | neunzig",
                         20, 10)
GERMAN = SpacedCardinals(
    "de", units=_GERMAN_UNITS,
    teens={**_numbered("zehn | elf | zwölf | dreizehn | vierzehn | fünfzehn | sechzehn | siebzehn | achtzehn |"
                       " neunzehn", 10),
           **_glued(_GERMAN_TENS, {u: v for u, v in _GERMAN_UNITS.items() if u not in ("eins", "eine")},
                    lambda ten, unit: f"{unit}und{ten}")},
    tens=_GERMAN_TENS,
    hundreds={"hundert": 100, "einhundert": 100, **{f"{unit}hundert": 100 * value for unit, value in
                                                    _GERMAN_UNITS.items() if 2 <= value}},
    thousand=frozenset({"tausend"}),
    compound_tens=False,  # "zwanzig sieben" is no number: 27 is one word
    million=frozenset({"million", "millionen"}),
    glued_thousand=frozenset({"tausend"}),
)
GERMAN = replace(GERMAN, whole=_glued_hundreds(
    GERMAN.hundreds, {**{u: v for u, v in _GERMAN_UNITS.items() if u not in ("ein", "eine")}, **GERMAN.teens,
                      **GERMAN.tens},
    lambda hundred, rest: [hundred + rest, f"{hundred}und{rest}"]))  # "hundertfünf", "hundertundfünf"

_DUTCH_UNITS = _numbered("nul | een één | twee | drie | vier | vijf | zes | zeven | acht | negen")
_DUTCH_TENS = _numbered("twintig | dertig | veertig | vijftig | zestig | zeventig | tachtig | negentig", 20, 10)
DUTCH = SpacedCardinals(
    "nl", units=_DUTCH_UNITS,
    teens={**_numbered("tien | elf | twaalf | dertien | veertien | vijftien | zestien | zeventien | achttien |"
                       " negentien", 10),
           **_glued(_DUTCH_TENS, {u: v for u, v in _DUTCH_UNITS.items() if u != "één"},
                    lambda ten, unit: f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}"),
           **_glued(_DUTCH_TENS, {u: v for u, v in _DUTCH_UNITS.items() if u.endswith("e") and u != "één"},
                    lambda ten, unit: f"{unit}en{ten}")},  # "tweeentwintig", typed without the diaeresis
    tens=_DUTCH_TENS,
    hundreds={"honderd": 100, "eenhonderd": 100, **{f"{unit}honderd": 100 * value for unit, value in
                                                    _DUTCH_UNITS.items() if 2 <= value}},
    thousand=frozenset({"duizend"}),
    compound_tens=False,
    million=frozenset({"miljoen"}),
    glued_thousand=frozenset({"duizend"}),
)
DUTCH = replace(DUTCH, whole=_glued_hundreds(DUTCH.hundreds, {**DUTCH.units, **DUTCH.teens, **DUTCH.tens},
                                             lambda hundred, rest: [hundred + rest, f"{hundred}en{rest}"]))

_FRENCH_UNITS = _numbered("zéro zero | un une | deux | trois | quatre | cinq | six | sept | huit | neuf")
_FRENCH_TENS = _numbered("vingt | trente | quarante | cinquante | soixante", 20, 10)
_FRENCH_TEENS = _numbered("dix | onze | douze | treize | quatorze | quinze | seize | dix-sept | dix-huit | dix-neuf",
                          10)


def _french_below_a_hundred() -> dict[str, int]:
    """21-99 as one hyphenated word: vingt-deux, vingt-et-un, soixante-dix, soixante-et-onze, quatre-vingts,
    quatre-vingt-un, quatre-vingt-dix-neuf."""
    words: dict[str, int] = {}
    for ten, value in _FRENCH_TENS.items():
        for unit, digit in _FRENCH_UNITS.items():
            if 1 <= digit:
                words[f"{ten}-{'et-' if digit == 1 else ''}{unit}"] = value + digit
    for teen, value in _FRENCH_TEENS.items():
        words[f"soixante-{'et-' if value == 11 else ''}{teen}"] = 60 + value
        words[f"quatre-vingt-{teen}"] = 80 + value
    for unit, digit in _FRENCH_UNITS.items():
        if 1 <= digit:
            words[f"quatre-vingt-{unit}"] = 80 + digit
    words.update({"quatre-vingts": 80, "quatre-vingt": 80})
    return words


FRENCH = SpacedCardinals(
    "fr", units=_FRENCH_UNITS, teens={**_FRENCH_TEENS, **_french_below_a_hundred()},
    tens={**_FRENCH_TENS, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90},  # Belgium, Switzerland
    hundred=frozenset({"cent", "cents"}),
    thousand=frozenset({"mille"}),
    million=frozenset({"million", "millions"}),
    joiners=frozenset({"et"}),  # "vingt et un"
    tens_before_teens=frozenset({60}),  # "soixante et onze", "soixante dix-sept"
)

_ITALIAN_UNITS = _numbered("zero | uno una un | due | tre | quattro | cinque | sei | sette | otto | nove")
_ITALIAN_TENS = _numbered("venti | trenta | quaranta | cinquanta | sessanta | settanta | ottanta | novanta",
                          20, 10)


def _italian_join(ten: str, unit: str) -> str:
    """venti + uno = ventuno, venti + otto = ventotto (the vowel elided), venti + tre = ventitré."""
    unit = "tré" if unit == "tre" else unit
    return ten[:-1] + unit if unit[0] in "uo" else ten + unit


ITALIAN = SpacedCardinals(
    "it", units=_ITALIAN_UNITS,
    teens={**_numbered("dieci | undici | dodici | tredici | quattordici | quindici | sedici | diciassette |"
                       " diciotto | diciannove", 10),
           **_glued(_ITALIAN_TENS, {u: v for u, v in _ITALIAN_UNITS.items() if u not in ("una", "un")},
                    _italian_join),
           **{ten + "tre": value + 3 for ten, value in _ITALIAN_TENS.items()}},  # "ventitre", typed unaccented
    tens=_ITALIAN_TENS,
    hundreds={"cento": 100, **{f"{unit}cento": 100 * value for unit, value in _ITALIAN_UNITS.items()
                               if 2 <= value and unit != "un"}},
    thousand=frozenset({"mille"}),
    compound_tens=False,
    million=frozenset({"milione", "milioni"}),
    glued_thousand=frozenset({"mille", "mila"}),  # "milleduecento" 1200, "duemilacinque" 2005
)
ITALIAN = replace(ITALIAN, whole=_glued_hundreds(
    ITALIAN.hundreds, {**{u: v for u, v in _ITALIAN_UNITS.items() if u not in ("una", "un")}, **ITALIAN.teens,
                       **ITALIAN.tens},
    lambda hundred, rest: [hundred + rest, hundred[:-1] + rest] if rest[0] == "o" else [hundred + rest]))

PORTUGUESE = SpacedCardinals(
    "pt",
    units=_numbered("zero | um uma | dois duas | três tres | quatro | cinco | seis | sete | oito | nove"),
    teens=_numbered("dez | onze | doze | treze | catorze quatorze | quinze | dezesseis dezasseis | dezessete"
                    " dezassete | dezoito | dezenove dezanove", 10),
    tens=_numbered("vinte | trinta | quarenta | cinquenta | sessenta | setenta | oitenta | noventa", 20, 10),
    hundreds={"cem": 100, "cento": 100, **_numbered(
        "duzentos duzentas | trezentos trezentas | quatrocentos quatrocentas | quinhentos quinhentas |"
        " seiscentos seiscentas | setecentos setecentas | oitocentos oitocentas | novecentos novecentas", 200, 100)},
    thousand=frozenset({"mil"}),
    joiners=frozenset({"e"}),  # "vinte e três", "cento e vinte"
    million=frozenset({"milhão", "milhao", "milhões", "milhoes"}),
)

POLISH = SpacedCardinals(
    "pl",
    units=_numbered("zero | jeden jedna jedno | dwa dwie | trzy | cztery | pięć | sześć | siedem | osiem |"
                    " dziewięć"),
    teens=_numbered("dziesięć | jedenaście | dwanaście | trzynaście | czternaście | piętnaście | szesnaście |"
                    " siedemnaście | osiemnaście | dziewiętnaście", 10),
    tens=_numbered("dwadzieścia | trzydzieści | czterdzieści | pięćdziesiąt | sześćdziesiąt | siedemdziesiąt |"
                   " osiemdziesiąt | dziewięćdziesiąt", 20, 10),
    hundreds=_numbered("sto | dwieście | trzysta | czterysta | pięćset | sześćset | siedemset | osiemset |"
                       " dziewięćset", 100, 100),
    thousand=frozenset({"tysiąc", "tysiące", "tysięcy"}),
    million=frozenset({"milion", "miliony", "milionów"}),
)

INDONESIAN = SpacedCardinals(
    "id",
    units=_numbered("nol | satu | dua | tiga | empat | lima | enam | tujuh | delapan | sembilan"),
    teens=_numbered("sepuluh | sebelas", 10),
    tens={},
    hundreds={"seratus": 100},
    hundred=frozenset({"ratus"}),  # "dua ratus"
    thousand=frozenset({"ribu", "seribu"}),  # "dua ribu"; se- is one: "seribu" 1000
    million=frozenset({"juta", "sejuta"}),
    one_scale=frozenset({"seribu", "sejuta"}),
    compound_tens=False,
    ten=frozenset({"puluh"}),  # "dua puluh lima": 25
    teen=frozenset({"belas"}),  # "tujuh belas": 17
)

VIETNAMESE = SpacedCardinals(
    "vi",
    units=_numbered("không | một | hai | ba | bốn | năm | sáu | bảy | tám | chín"),
    teens={},
    tens={"mười": 10},  # "mười lăm": 15
    hundred=frozenset({"trăm"}),  # "hai trăm"
    thousand=frozenset({"nghìn", "ngàn"}),
    million=frozenset({"triệu"}),
    joiners=frozenset({"linh", "lẻ"}),  # "một trăm linh năm": 105
    ten=frozenset({"mươi"}),  # "hai mươi lăm": 25
    after_tens={"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5},  # 21 is "hai mươi mốt", 25 "hai mươi lăm"
    not_after_tens=frozenset({"năm"}),  # "mười năm", "hai mươi năm": ten years, twenty years
    one_hundred_said=True,  # "một trăm": 100
)

LATIN_SPACED: tuple[SpacedCardinals, ...] = (GERMAN, DUTCH, FRENCH, ITALIAN, PORTUGUESE, POLISH, INDONESIAN,
                                              VIETNAMESE)
