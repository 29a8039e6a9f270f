"""The words the math reader knows, in English and Korean, each mapped to what it means for the request.

A request is read only when every word in it is known: a task word (solve, 미분), a modifier the reading
handles (positive, 정수), a connector (from ... to, 에서 ... 까지) or filler (please, the, 주세요). Any other
word might change the question ("the tangent line", "the area"), so the reader abstains on it instead of
guessing. Korean words are a known stem followed by known particles and endings (`korean_parts`):
풀어주세요 = 풀 + 어 + 주세요, 미분하세요 = 미분 + 하세요, 0으로 = (a number) + 으로.

Concepts are short strings; the reader (`reading.py`) gives them their meaning.
"""

from __future__ import annotations

from functools import lru_cache

from agentlib.numwords import ORDINALS

# English phrases (tuples of lower-case words, longest first when matched) -> concept
ENGLISH_PHRASES: dict[tuple[str, ...], str] = {
    # tasks
    ("solve",): "solve", ("solving",): "solve", ("solution",): "solve", ("solutions",): "solve",
    ("roots",): "solve", ("root",): "solve", ("zeros",): "solve+zeros", ("zeroes",): "solve+zeros",
    ("derivative",): "differentiate", ("derivatives",): "differentiate", ("differentiate",): "differentiate",
    ("differentiation",): "differentiate",
    # the slope of the tangent at a point is the derivative there (the point comes as "at x = 2")
    ("slope", "of", "the", "tangent"): "differentiate", ("slope", "of", "the", "tangent", "line"): "differentiate",
    ("gradient", "of", "the", "tangent"): "differentiate",
    ("gradient", "of", "the", "tangent", "line"): "differentiate",
    ("integral",): "integrate", ("integrate",): "integrate", ("integration",): "integrate",
    ("antiderivative",): "integrate", ("anti-derivative",): "integrate", ("primitive",): "integrate",
    ("indefinite",): "filler", ("definite",): "filler",
    ("limit",): "limit", ("lim",): "limit",
    ("rationalize",): "rationalize", ("rationalise",): "rationalize", ("rationalizing",): "rationalize",
    ("rationalising",): "rationalize", ("denominator",): "denominator",
    ("simplify",): "simplify", ("simplified",): "simplify", ("simplest", "form"): "simplify",
    ("reduce",): "simplify",  # "reduce 12/18": a fraction to lowest terms
    ("expand",): "expand", ("expansion",): "expand", ("multiply", "out"): "expand",
    ("factor",): "factor", ("factorise",): "factor", ("factorize",): "factor", ("factorization",): "factor",
    ("factorisation",): "factor", ("factored",): "factor", ("factoring",): "factor",
    ("prime", "factorization"): "prime_factorization", ("prime", "factorisation"): "prime_factorization",
    ("prime", "factors"): "prime_factorization", ("prime", "decomposition"): "prime_factorization",
    ("compute",): "evaluate", ("calculate",): "evaluate", ("evaluate",): "evaluate", ("value",): "evaluate",
    ("what", "is"): "evaluate", ("what's",): "evaluate", ("whats",): "evaluate", ("result",): "evaluate",
    ("how", "much", "is"): "evaluate",
    ("determinant",): "determinant", ("det",): "determinant",
    ("inverse",): "inverse", ("invert",): "inverse",
    ("eigenvalue",): "eigenvalues", ("eigenvalues",): "eigenvalues",
    ("eigenvector",): "eigenvectors", ("eigenvectors",): "eigenvectors",
    ("absolute", "value"): "modulus", ("modulus",): "modulus", ("magnitude",): "modulus",
    ("argument",): "argument", ("principal", "argument"): "argument", ("arg",): "argument",
    ("conjugate",): "conjugate", ("complex", "conjugate"): "conjugate",
    ("sum", "of", "the", "integers"): "integer_sum", ("sum", "of", "all", "integers"): "integer_sum",
    ("sum", "of", "the", "numbers"): "integer_sum", ("sum", "of", "all", "the", "integers"): "integer_sum",
    ("rank",): "rank", ("transpose",): "transpose", ("prime",): "is_prime", ("a", "prime"): "is_prime",
    ("prime", "number"): "is_prime",
    ("gcd",): "gcd", ("gcf",): "gcd", ("hcf",): "gcd", ("greatest", "common", "divisor"): "gcd",
    ("greatest", "common", "factor"): "gcd", ("highest", "common", "factor"): "gcd",
    ("lcm",): "lcm", ("least", "common", "multiple"): "lcm", ("lowest", "common", "multiple"): "lcm",
    ("remainder",): "remainder", ("modulo",): "remainder", ("mod",): "remainder",
    # "17 divided by 5 with remainder": the whole quotient and the remainder, not the remainder alone
    ("quotient",): "quotient", ("with", "remainder"): "quotient+remainder",
    ("with", "a", "remainder"): "quotient+remainder", ("with", "the", "remainder"): "quotient+remainder",
    ("number", "of", "divisors"): "divisor_count", ("number", "of", "positive", "divisors"): "divisor_count",
    ("how", "many", "divisors"): "divisor_count", ("how", "many", "positive", "divisors"): "divisor_count",
    ("sum", "of", "the", "divisors"): "divisor_sum", ("sum", "of", "divisors"): "divisor_sum",
    ("divisors",): "divisors", ("positive", "divisors"): "divisors",
    # "the factors of 12" alone may mean the prime factors; asked for all of them, or as a list, they are the divisors
    ("all", "the", "factors"): "divisors", ("all", "factors"): "divisors", ("all", "of", "the", "factors"): "divisors",
    ("all", "the", "positive", "factors"): "divisors", ("all", "positive", "factors"): "divisors",
    ("list", "the", "factors"): "divisors", ("list", "factors"): "divisors",
    # how many there are counts all of them: "how many factors does 36 have" (the prime ones are "prime factors")
    ("how", "many", "factors"): "divisor_count", ("number", "of", "factors"): "divisor_count",
    ("how", "many", "positive", "factors"): "divisor_count",
    ("list", "the", "positive", "factors"): "divisors", ("list", "positive", "factors"): "divisors",
    ("inequality",): "inequality", ("inequalities",): "inequality",
    ("system",): "system", ("simultaneous",): "system",
    # where two curves meet: the solutions of their equations together ("the intersection of y = x + 1 and y = 3 - x")
    ("intersection",): "system", ("intersections",): "system", ("intersect",): "system", ("meet",): "system",
    ("point", "of", "intersection"): "system", ("points", "of", "intersection"): "system",
    ("intersection", "point"): "system", ("intersection", "points"): "system", ("where", "do"): "filler",
    ("power",): "power", ("nth", "power"): "power", ("n-th", "power"): "power",
    ("sum",): "sum", ("series",): "sum", ("product",): "product",
    ("area", "under"): "area", ("area", "under", "the", "curve"): "area", ("area", "below"): "area",
    ("cross", "product"): "cross", ("slope",): "slope", ("midpoint",): "midpoint",
    ("line", "passing", "through"): "filler", ("line", "through"): "filler", ("line", "containing"): "filler",
    ("segment", "with", "endpoints"): "filler", ("endpoints",): "filler", ("in", "radians"): "filler",
    ("base",): "base", ("in", "base"): "base", ("to", "base"): "base", ("a", "base"): "base",
    ("dot", "product"): "dot", ("domain",): "domain", ("distance", "between"): "distance", ("distance",): "distance",
    ("minimum", "value"): "minimum", ("maximum", "value"): "maximum", ("minimum",): "minimum",
    ("maximum",): "maximum",
    ("degrees",): "degrees", ("in", "degrees"): "degrees", ("degree",): "degrees",
    ("max",): "maximum", ("min",): "minimum", ("max", "value"): "maximum", ("min", "value"): "minimum",
    ("line", "tangent"): "tangent_line", ("line", "tangent", "to"): "tangent_line",
    ("x-coordinate", "of", "the", "vertex"): "axis_of_symmetry",  # the vertex's x is the axis x = h
    ("parabola",): "graph", ("curve",): "graph", ("the", "graph", "of"): "graph", ("graph", "of"): "graph",
    ("local", "maximum"): "local_maximum", ("relative", "maximum"): "local_maximum", ("local", "max"): "local_maximum",
    ("local", "minimum"): "local_minimum", ("relative", "minimum"): "local_minimum", ("local", "min"): "local_minimum",
    ("local", "maximum", "value"): "local_maximum", ("local", "minimum", "value"): "local_minimum",
    ("local", "extrema"): "local_extrema", ("relative", "extrema"): "local_extrema",
    ("local", "extremum"): "local_extrema", ("local", "extreme", "values"): "local_extrema",
    ("local", "maxima", "and", "minima"): "local_extrema", ("relative", "maxima", "and", "minima"): "local_extrema",
    ("local", "maximum", "and", "minimum"): "local_extrema", ("local", "max", "and", "min"): "local_extrema",
    ("local", "minimum", "and", "maximum"): "local_extrema",
    ("constant", "term"): "constant_term", ("in", "the", "form"): "form",
    ("tangent",): "tangent_line", ("tangent", "line"): "tangent_line", ("tangent", "line", "equation"): "tangent_line",
    ("vertex",): "vertex", ("turning", "point"): "vertex", ("axis", "of", "symmetry"): "axis_of_symmetry",
    ("line", "of", "symmetry"): "axis_of_symmetry", ("symmetry", "axis"): "axis_of_symmetry",
    ("complete", "the", "square"): "complete_square", ("completing", "the", "square"): "complete_square",
    ("complete", "the", "square", "for"): "complete_square", ("complete", "the", "square", "of"): "complete_square",
    ("completed", "square", "form"): "complete_square", ("vertex", "form"): "complete_square",
    ("partial", "fractions"): "partial_fractions", ("partial", "fraction"): "partial_fractions",
    ("partial", "fraction", "decomposition"): "partial_fractions",
    ("into", "partial", "fractions"): "partial_fractions",
    ("decompose",): "filler", ("decomposition",): "filler",
    ("coefficient",): "coefficient", ("inverse", "function"): "inverse_function", ("range",): "range",
    ("simplest", "fractional", "form"): "filler", ("in", "simplest", "fractional", "form"): "filler",
    ("with",): "when", ("subject", "to"): "when",
    ("distance", "between", "the", "points"): "distance",
    ("can", "be", "written", "in", "the", "form"): "identity", ("can", "be", "written", "as"): "identity",
    ("can", "be", "expressed", "in", "the", "form"): "identity", ("there", "exist", "constants"): "identity",
    ("number", "of", "ways", "to", "arrange", "the", "letters", "of", "the", "word"): "arrangements",
    ("ways", "to", "arrange", "the", "letters", "of", "the", "word"): "arrangements",
    ("arrangements", "of", "the", "letters", "in", "the", "word"): "arrangements",
    ("arrangements", "of", "the", "letters", "of", "the", "word"): "arrangements",
    ("convert",): "evaluate", ("expressed", "as", "a", "decimal"): "decimal",
    # selections of solutions
    ("what", "integer"): "integer+only", ("which", "integer"): "integer+only",
    ("the", "positive", "value"): "positive+only", ("the", "positive", "solution"): "positive+only",
    ("the", "negative", "value"): "negative+only", ("the", "negative", "solution"): "negative+only",
    ("largest",): "largest", ("greatest",): "largest", ("smallest",): "smallest", ("least",): "smallest",
    ("positive", "difference"): "positive_difference", ("how", "many"): "count",
    # "Find the number of solutions of ...": a count, as "how many" ("solutions" alone listed them: x = 2 or x = 3)
    ("number", "of", "solutions"): "count+solve", ("number", "of", "roots"): "count+solve",
    ("number", "of", "real", "solutions"): "count+real+solve", ("number", "of", "real", "roots"): "count+real+solve",
    # answer formats
    ("as", "a", "decimal"): "decimal", ("a", "decimal"): "decimal", ("terminating", "decimal"): "decimal",
    ("to", "the", "nearest", "tenth"): "round1", ("to", "the", "nearest", "hundredth"): "round2",
    ("to", "the", "nearest", "thousandth"): "round3", ("to", "the", "nearest", "whole", "number"): "round0",
    ("to", "the", "nearest", "integer"): "round0",
    ("in", "simplest", "radical", "form"): "filler", ("simplest", "radical", "form"): "filler",
    ("as", "a", "common", "fraction"): "filler", ("common", "fraction"): "filler",
    ("mixed", "number"): "filler", ("mixed", "fraction"): "filler",  # shown as one: `mixed` in the request
    ("improper", "fraction"): "filler",  # "convert 2 1/2 to an improper fraction": the exact fraction, 5/2
    ("in", "simplest", "form"): "filler", ("in", "lowest", "terms"): "filler", ("lowest", "terms"): "filler",
    ("separated", "by", "commas"): "filler", ("in", "terms", "of"): "in_terms_of",
    ("such", "that"): "filler", ("for", "all"): "filler", ("real-valued",): "filler",
    # modifiers
    ("real",): "real", ("integer",): "integer", ("integers",): "integer", ("whole",): "integer",
    ("positive",): "positive", ("negative",): "negative", ("natural",): "natural", ("complex",): "complex",
    ("second",): "order", ("third",): "order", ("fourth",): "order", ("fifth",): "order",
    ("2nd",): "order", ("3rd",): "order", ("4th",): "order", ("5th",): "order",
    **{(word,): "order" for word in "sixth seventh eighth ninth tenth 6th 7th 8th 9th 10th".split()},
    ("twice",): "order2",
    ("left",): "left", ("right",): "right", ("decimal",): "decimal",
    # connectors
    ("with", "respect", "to"): "wrt", ("wrt",): "wrt", ("respect", "to"): "wrt",
    ("for",): "for", ("from",): "from", ("to",): "to", ("between",): "between", ("and",): "and",
    ("at",): "at", ("when",): "when", ("where",): "when", ("if",): "when", ("given",): "when",
    ("as",): "as", ("approaches",): "approaches", ("tends",): "approaches", ("goes",): "approaches",
    ("approach",): "approaches", ("on",): "on", ("over",): "on", ("divided", "by"): "divided_by",
    ("is", "divided", "by"): "divided_by", ("of",): "of", ("in",): "in", ("by",): "by",
    ("times",): "times",
}

ENGLISH_FILLER = frozenset("""
a an the please pls plz can could would will you me i we us my help find determine get give tell show what
what's whats which is are be being this that these those following given expression equation equations function
polynomial quadratic cubic linear quartic number numbers matrix vector work steps step explain explanation answer
exact exactly out up need want do does how it its form using use method formula detail detailed details
step-by-step thanks thank quick quickly simple also then now here just all let's lets see kindly possible list
like try hello hi hey question check verify let s so such that write express state your enter satisfy satisfies
satisfying
values completely fraction units unit then does have has there points point constant constants angles angle
resulting simplest surd surds proportion
thx thanx thnx thnks thnk tysm ta cheers lol teh waht wat wot wots wot's hiya heya yo maths hw homework
""".split())  # the last line: what a chat box adds around a request (sign-offs, typos of "the" and "what")

KOREAN_STEMS: dict[str, str] = {
    "풀": "solve", "풀이": "solve", "푸": "solve", "근": "solve", "방정식": "solve", "해집합": "solve",
    "영점": "zeros", "유리화": "rationalize", "분모": "denominator",  # the zeros of a function, as "zeros" in English
    "최댓값": "maximum", "최대값": "maximum", "최솟값": "minimum", "최소값": "minimum",
    "접선": "tangent_line", "꼭짓점": "vertex", "꼭지점": "vertex", "대칭축": "axis_of_symmetry", "축": "axis",
    "완전제곱식": "complete_square", "완전제곱": "complete_square", "완전제곱꼴": "complete_square",
    "부분분수": "partial_fractions", "분해": "filler", "전개식": "expand", "역함수": "inverse_function",
    "극값": "local_extrema",
    "극댓값": "local_maximum", "극대값": "local_maximum", "극솟값": "local_minimum", "극소값": "local_minimum",
    "기울기": "slope", "이차함수": "filler", "일차함수": "filler", "삼차함수": "filler", "꼴": "form", "형태": "form",
    "그래프": "graph", "포물선": "graph", "상수항": "constant_term", "정의역": "domain", "치역": "range",
    "곡선": "graph", "점": "filler", "직선": "filler", "지나": "filler",  # "지나는 직선": the line through
    "위": "filler", "좌표": "filler",
    "연립방정식": "system", "연립": "system", "교점": "system", "교점의": "system", "부등식": "inequality",
    "일차방정식": "solve", "이차방정식": "solve", "삼차방정식": "solve", "고차방정식": "solve",
    "일차부등식": "inequality", "이차부등식": "inequality",
    "미분": "differentiate", "도함수": "differentiate", "미분계수": "differentiate", "이계도함수": "order2",
    "적분": "integrate", "부정적분": "integrate", "정적분": "integrate", "원시함수": "integrate",
    "극한": "limit", "극한값": "limit", "우극한": "right", "좌극한": "left",
    "간단히": "simplify", "정리": "simplify", "단순화": "simplify", "약분": "simplify", "기약분수": "simplify",
    "나타내": "filler",
    "전개": "expand", "인수분해": "factor", "소인수분해": "prime_factorization",
    "계산": "evaluate", "값": "evaluate", "얼마": "evaluate", "무엇": "evaluate",
    "행렬식": "determinant", "역행렬": "inverse", "고유값": "eigenvalues", "고윳값": "eigenvalues",
    "고유치": "eigenvalues", "고유벡터": "eigenvectors", "랭크": "rank", "계수": "rank", "전치": "transpose",
    "전치행렬": "transpose", "거듭제곱": "power", "제곱": "power",
    "최대공약수": "gcd", "최소공배수": "lcm", "나머지": "remainder", "몫": "quotient", "나누": "divided_by",
    "나눈": "divided_by",
    "나눌": "divided_by", "나눠": "divided_by", "나누었": "divided_by", "나눴": "divided_by",
    "무한대": "infinity", "절댓값": "modulus", "절대값": "modulus", "켤레복소수": "conjugate", "켤레": "conjugate",
    "편각": "argument",
    "자연수들": "filler", "정수들": "filler", "약수": "divisors", "개수": "count", "몇": "count", "소수": "is_prime",
    "몇이": "evaluate",  # "12÷4×3은 몇이야?": what number it is, not how many (몇 개)
    "소수인지": "is_prime",
    # 소수 is both "prime number" (素數) and "decimal" (小數): "소수로 나타내면" (written as a decimal) is the format
    "소수로": "decimal", "분수로": "filler", "판별": "filler",
    "합": "sum", "곱": "product", "급수": "sum", "더하": "sum", "더한": "sum",  # "1부터 100까지 더하면": the sum
    "실수": "real", "실근": "real", "정수": "integer", "자연수": "natural", "양수": "positive", "양": "positive",
    "음수": "negative", "음": "negative", "마이너스": "negative", "복소수": "filler",
    "대해": "wrt", "대하여": "wrt", "대한": "wrt", "대해서": "wrt",
    "갈": "approaches", "가까워질": "approaches", "접근할": "approaches", "다가갈": "approaches", "보낼": "approaches",
    "때": "when", "일": "be",
    "두": "two", "세": "three", "번": "times", "이계": "order2", "2계": "order2",
    "다음": "filler", "아래": "filler", "주어진": "filler", "식": "filler", "함수": "filler", "행렬": "filler",
    "수": "filler", "답": "filler", "과정": "filler", "단계": "filler", "단계별": "filler", "자세히": "filler",
    "설명": "filler", "보여": "filler", "알려": "filler", "좀": "filler", "구하": "filler", "구해": "filler",
    "구": "filler", "해": "filler", "주": "filler", "그리고": "and", "및": "and", "이": "filler", "그": "filler",
    "모든": "filler", "결과": "filler", "풀이과정": "filler", "해주": "filler", "계산하": "evaluate",
    "정답": "filler", "문제": "filler",
    "이거": "filler", "이것": "filler", "이걸": "filler",  # "이거 어떻게 풀어? 3x+5=20": "this", the formula
    "어케": "filler", "뭐임": "evaluate",  # chat spellings of 어떻게 (how) and 뭐야 (what is it)
    "값을": "evaluate", "어떻게": "filler", "되": "filler", "는": "filler",
    "무엇인가": "evaluate", "인가": "filler", "입니까": "filler", "뭐": "evaluate", "뭘까": "evaluate",
    # "만족하는 x의 범위": the solution set itself; "모두", "중근까지": all of them, which every answer gives
    "만족": "filler", "만족시키": "filler", "범위": "filler", "모두": "filler", "전부": "filler", "중근": "filler",
    "다": "filler",  # "다 더하면": all of them, as 모두
}

KOREAN_SUFFIXES = frozenset("""
을 를 이 가 은 는 의 에 에서 로 으로 와 과 도 만 까지 부터 께 에게 한테 랑 이랑 하고 들
하세요 해주세요 주세요 줘 해줘 하시오 시오 하라 해라 합니다 하다 한 할 해 해서 하여 하면 세요 라 요 어 어라
어요 여라 면 는지 인지 인가요 입니까 이다 니다 습니까 나요 가요 하기 기 하는 해요 하여라 해보세요 보세요
봐 봐요 드려요 드립니다 주십시오 십시오 고 며 려면 으면 을까요 ㄹ까요 할까요 지 죠 요? 면서 이에요 예요
하였을 했을 을때 할때 었을 았을 였을 한다면 된 되는 될 된다 됩니다 인 인지요 일까요 주실래요 줄래 줄래요
해줄래 해줄래요 내 내요 하십시오 하게 해봐 해봐요 야 이야 일까 냐 이냐 지요
""".split())


# Words that a known stem and ending would spell but that mean something else: 주기 is "period", not 주 + 기.
KOREAN_NOT_COMPOSED = frozenset(("주기", "주기를", "주기는", "주기의"))
# Nouns spelled wholly by particles and endings that carry a quantity's meaning: 할인 (a discount, not 할 + 인),
# 이내 (within, a bound), 한도 (a limit), 만기 (maturity), 고가 (a high price). Read as endings they vanished, and
# "30% 할인" was verified as 0.3; with any particles after them they are unknown words, so the request abstains.
KOREAN_NOUNS_OF_ENDINGS = ("할인", "이내", "한도", "만기", "고가")


@lru_cache(maxsize=4096)
def korean_parts(word: str) -> tuple[str | None, bool]:
    """(concept of the stem or None, whether the word is fully known): stem + known particles/endings."""
    if word in KOREAN_NOT_COMPOSED:
        return None, False
    endings_from = _endings_from(word)
    if any(word.startswith(noun) and endings_from[len(noun)] for noun in KOREAN_NOUNS_OF_ENDINGS):
        return None, False
    for end in range(len(word), -1, -1):
        stem = word[:end]
        if stem and stem not in KOREAN_STEMS:
            continue
        if endings_from[end]:
            return (KOREAN_STEMS[stem] if stem else None), True
    return None, False


def _endings_from(word: str) -> list[bool]:
    """For each position i of `word` (and its end), whether `word[i:]` is a run of known particles and endings
    (the end counts: an empty run). Computed from the end backwards, not by recursion: a word of thousands of
    particle syllables ("가가가...") must not exhaust the stack."""
    known = [False] * len(word) + [True]
    for start in range(len(word) - 1, -1, -1):
        known[start] = any(word.startswith(s, start) and known[start + len(s)] for s in KOREAN_SUFFIXES)
    return known


def ordinal(word: str) -> int | None:
    """2 for "second" / "2nd", 3 for "third" / "3rd", ..."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return None
