"""Read a request for statistics of listed numbers: "the average of 4, 8, 15, 16, 23 and 42", "3, 7, 7, 2, 9의
평균과 중앙값을 구하시오", "Calcula la media y la moda de 2; 4; 4; 5".

The grammar is small and strict: the text must consist only of
- names of measures (mean / average, median, mode, range, variance, standard deviation, with "sample" or
  "population"), in English, Korean, Spanish, French, German, Japanese and Chinese;
- numbers (integers, decimals with a point, simple fractions a/b, a sign), at least two;
- separators between numbers: ", " ";" "and" (and its translations), Korean particles;
- filler words from a closed list (what is the, find, of, my test scores were, 구하시오, ...).
Anything else (a unit, a letter, an unknown word) means the text is not this kind of request and the general
reader decides (it may be "the average speed of a car that ..."). Commas between digits with no space ("1,2,3")
separate values unless a group of three digits follows ("1,250": a thousands separator or a list?), which is
ambiguous and abstains; with other separators present, "3,5" (a decimal comma beside "; " or "and") abstains too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.mathsolve.listed_thousands import ungroup_listed_thousands
from agentlib.mathsolve.request import MathRequest

MAX_VALUES = 10_000

# measure phrases, longest first when matched; "sample"/"population" qualify variance and standard deviation
_MEASURE_PHRASES: dict[str, str] = {
    # English
    "arithmetic mean": "mean", "mean": "mean", "average": "mean", "avg": "mean", "median": "median",
    "mode": "mode", "modal value": "mode", "range": "range",
    "population variance": "population_variance", "sample variance": "sample_variance", "variance": "variance",
    "population standard deviation": "population_std", "sample standard deviation": "sample_std",
    "standard deviation": "std", "std dev": "std", "std": "std",
    # Korean
    "산술평균": "mean", "평균값": "mean", "평균": "mean", "중앙값": "median", "중간값": "median", "최빈값": "mode",
    "범위": "range", "모분산": "population_variance", "표본분산": "sample_variance",
    "모표준편차": "population_std", "표본표준편차": "sample_std",
    # Korean and Japanese school statistics define 분산/分散 of data as the mean of the squared deviations
    # (divide by n); the sample figure is always named (표본분산, 標本分散)
    "분산": "population_variance", "표준편차": "population_std",
    # Spanish
    "media aritmética": "mean", "media": "mean", "promedio": "mean", "mediana": "median", "moda": "mode",
    "rango": "range", "varianza": "variance", "desviación estándar": "std", "desviación típica": "std",
    # French
    "moyenne": "mean", "médiane": "median", "étendue": "range", "écart type": "std", "écart-type": "std",
    # German
    "mittelwert": "mean", "durchschnitt": "mean", "arithmetisches mittel": "mean", "modus": "mode",
    "modalwert": "mode", "spannweite": "range", "varianz": "variance", "standardabweichung": "std",
    # Japanese and Chinese
    "平均値": "mean", "平均值": "mean", "平均数": "mean", "平均": "mean", "中央値": "median", "中位数": "median",
    "最頻値": "mode", "众数": "mode", "方差": "variance", "标准差": "std",
    "標本分散": "sample_variance", "不偏分散": "sample_variance", "分散": "population_variance",
    "標準偏差": "population_std",
}
_SPOKEN = {"std": "standard deviation", "population_std": "population standard deviation",
           "sample_std": "sample standard deviation", "population_variance": "population variance",
           "sample_variance": "sample variance"}
_MEASURE_PATTERN = re.compile("|".join(re.escape(p) for p in sorted(_MEASURE_PHRASES, key=len, reverse=True)))
_LATIN_WORD_MEASURE = re.compile(r"[a-zà-ÿ]")

_FILLER = frozenset("""
what what's whats is are was were the a an of for find calculate compute determine work out give me please pls plz
tell show get numbers number data dataset set values value list following these those this my our his her their
scores score marks mark grades grade results test tests exam exams quiz i we got have has it its here them
can you could would help with and how do does
qué cuál cuáles es son la el los las de del calcula calcular calcule halla hallar encuentra encontrar números
datos valores por favor siguientes estos
quelle quel est sont la le les de des du calcule calculez calculer trouve trouvez nombres données valeurs
suivants ces s'il vous plaît
was ist sind der die das den von berechne berechnen sie bestimme bestimmen zahlen daten werte folgenden bitte
""".split())
_KOREAN_FILLER = frozenset("""
다음 자료 데이터 수 숫자 값 구하시오 구하세요 구해줘 구해 구하라 구해주세요 계산하시오 계산하세요 계산해줘 계산 얼마
무엇 인가요 입니까 인가 알려줘 알려주세요 해주세요 해줘 하시오 점수 시험 변량 각각 모두 어떻게 되나요 돼 돼요
수학 영어 국어 과학 사회 성적 과목
점 몇
""".split())  # 점 is the score's unit ("국어 80점의 평균", "평균이 몇 점이야"): the numbers' meaning is unchanged
# particles and endings after a word of the list ("88점이면", "몇 점이야")
_KOREAN_PARTICLES = ("에서", "으로", "이고", "이며", "을", "를", "은", "는", "이", "가", "의", "와", "과", "도", "만",
                     "들", "로", "요", "은요", "는요", "이면", "면", "이야", "야", "이에요", "예요")
_CJK_FILLER = ("일 때", "일때",  # "점수가 85, 90, 80일 때 평균은": the list ends at 일 때 ("when they are")
               "次のデータの", "次のデータ", "データの", "データ", "を求めよ", "を求めなさい", "を求めて", "を求め",
               "を計算", "求めよ", "と", "の", "を", "は", "、", "。", "求", "计算", "数据", "这组", "这些", "下列",
               "的", "和", "是", "多少", "组")
_AND = frozenset(("and", "y", "e", "et", "und", "&", "와", "과", "및", "그리고", "と", "和"))

# a number may carry a Korean particle or Japanese postposition glued after it ("9의", "4と"), never a letter
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])[-−–]?\s?(?:\d+(?:\.\d+)?|\.\d+)(?:\s?/\s?\d+)?(?![A-Za-z0-9_])")
_COMMA_DIGITS = re.compile(r"\d,\d")
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


@dataclass(frozen=True)
class DataRequest:
    """What the text asks: the measures in order, the numbers as written, whether any had a decimal point."""

    measures: tuple[str, ...]
    numbers: tuple[str, ...]

    def to_request(self) -> MathRequest:
        return MathRequest(task="statistics", items=self.numbers, shown=self.numbers, measures=self.measures,
                           notes=(f"read as the {', '.join(_SPOKEN.get(m, m) for m in self.measures)} of "
                                  f"{len(self.numbers)} listed numbers",))


def read_data_request(text: str) -> DataRequest | str | None:
    """A `DataRequest`, a reason to abstain (an ambiguous list), or None when the text is not this kind."""
    lowered = text.lower().replace("’", "'")
    measures: list[str] = []
    for match in _MEASURE_PATTERN.finditer(lowered):
        phrase = match.group(0)
        if _LATIN_WORD_MEASURE.match(phrase) and not _whole_word(lowered, match.start(), match.end()):
            continue
        measures.append(_MEASURE_PHRASES[phrase])
    if not measures:
        return None
    region = _without_measures(lowered)
    region = ungroup_listed_thousands(region, text) or region  # "1,200, 1,500 and 1,800": certain groups only
    comma_digits = _COMMA_DIGITS.search(region) is not None
    numbers = [_clean(m.group(0)) for m in _NUMBER.finditer(_comma_separated(region) if comma_digits else region)]
    rest = _NUMBER.sub(" ", _comma_separated(region) if comma_digits else region)
    if not _only_filler(rest):
        return None
    if len(numbers) < 2:
        return None
    if comma_digits and (_THOUSANDS.search(region) or re.search(r";|\s,|,\s|\b(?:and|y|et|und)\b|와|과", region)):
        return "the commas between digits could be decimal commas, thousands separators or list separators"
    if len(numbers) > MAX_VALUES:
        return f"{len(numbers):,} numbers; at most {MAX_VALUES:,} are described"
    unique = tuple(dict.fromkeys(measures))
    return DataRequest(unique, tuple(numbers))


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalpha() or after.isalpha())


def _without_measures(text: str) -> str:
    def blank(match: re.Match[str]) -> str:
        phrase = match.group(0)
        if _LATIN_WORD_MEASURE.match(phrase) and not _whole_word(text, match.start(), match.end()):
            return phrase
        return " "
    return _MEASURE_PATTERN.sub(blank, text)


def _comma_separated(text: str) -> str:
    """"1,2,3" -> "1, 2, 3": a comma between digits separates values (the caller refuses the ambiguous cases)."""
    return re.sub(r"(?<=\d),(?=\d)", ", ", text)


def _clean(number: str) -> str:
    return re.sub(r"\s", "", number).replace("−", "-").replace("–", "-")


def _only_filler(rest: str) -> bool:
    for fragment in _CJK_FILLER:
        rest = rest.replace(fragment, " ")
    for token in re.split(r"[\s,;:?!.()]+", rest):
        if not token or token in _AND or token in _FILLER:
            continue
        if not _korean_filler(token):
            return False
    return True


def _korean_filler(token: str) -> bool:
    """A Hangul token that is a filler word, possibly followed by particles ("자료의", "값은")."""
    if not re.fullmatch(r"[\uac00-\ud7a3]+", token):
        return False
    while token:
        if token in _KOREAN_FILLER or token in _AND:
            return True
        for particle in _KOREAN_PARTICLES:
            if token.endswith(particle):
                token = token[: -len(particle)]
                break
        else:
            return False
    return True
