"""How a word problem's stated quantities compose, put to the step that composes them the other way.

Each reading is a fact of arithmetic about a phrase the problem writes once; a step's claim is refuted only when
its operands are exactly the phrase's numbers and its value is exactly the misreading's:

- "Ann has 3 times as many stamps as Ben. Ann has 24": Ben has 24 / 3; "24 x 3" for Ben goes the wrong way (and,
  with Ben's count known, "w / 3" for Ann);
- "2/3 of the students ..., and 1/4 of those ...": a fraction of a fraction is their product; "2/3 + 1/4" adds;
- "12 students averaged 80 ... the other 18 averaged 90": the mean of the whole is weighted by group size;
  "(80 + 90) / 2" is the mean of the means, wrong when the groups differ in size;
- "a post every 5 m ... including one at each end" along 60 m: 60 / 5 gaps and 60 / 5 + 1 posts; a step that
  calls 60 / 5 the number of posts (with no + 1) counted the gaps;
- "8 pages in 24 minutes": 24 / 8 is minutes per page and 8 / 24 pages per minute; a quotient of two such
  numbers labelled with the divisor's unit has its units inverted;
- "cut by 20%, and then raised by 25%": successive changes multiply, (1 - 0.2)(1 + 0.25); a step that adds the
  percents ("-20% + 25% = 5%") is wrong unless one of them is 0.

Only problems in prose (no LaTeX math) are read, a sentence at a time (one past 400 characters is skipped, which
keeps the lazy gaps of these patterns linear). Left out: these relations in other words ("double", "half as
many", percents of percents, groups given as totals), several such phrases in one problem (which one applies
is not certain), and a step that states the misreading in order to reject it ("not", "instead").
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.checking.claims import ArithmeticClaim, display
from agentlib.checking.grounding import operand_values, show_value
from agentlib.checking.report import ClaimResult, Rule

_NUMBER = r"(\d+(?:\.\d+)?)"
_TIMES_WORDS = {"twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5, "six times": 6,
                "seven times": 7, "eight times": 8, "nine times": 9, "ten times": 10, "thrice": 3}
_MULTIPLIER = r"(twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times|(\d+)\s+times)"
_TIMES_AS_MANY = re.compile(rf"\b([A-Z][a-z]+)\s+(?:\w+\s+){{0,2}}?{_MULTIPLIER}\s+as\s+(?:many|much)\b[^.?!]*?"
                            r"\bas\s+(?:does\s+|did\s+|has\s+)?([A-Z][a-z]+)\b")
_MULTIPLICATIVE = re.compile(r"\b(?:twice|thrice|times|double[sd]?|triple[sd]?|half|halve[sd]?)\b", re.I)
_FRACTION = r"(\d+\s*/\s*\d+|\d+(?:\.\d+)?\s*%)"
_OF_THOSE = re.compile(rf"{_FRACTION}\s+of\s+(?:the|all|his|her|their|its)\b[^.?!]*?\b{_FRACTION}\s+of\s+"
                       r"(?:those|them|these|the\s+latter)\b", re.I)
_GROUP_MEAN = re.compile(rf"(?<![\d.])(\d+)\s+[a-z]+\b[^.;?!\d]{{0,60}}?\b(?:average|mean)\b(?:\s+[a-z]+)?\s+"
                         rf"(?:of\s+)?{_NUMBER}", re.I)
_MEAN_OF_MEANS = re.compile(r"\b(?:average|mean)\s+of\s+(?:the\s+)?(?:two\s+|group\s+|class\s+)*(?:averages|means)\b",
                            re.I)
_LENGTH_UNIT = r"(?:m|meters?|metres?|feet|ft|foot|yards?|yd|km|kilometers?|miles?|cm|inch(?:es)?)"
_EVERY = re.compile(rf"\b(?:a|one)\s+([a-z]+)\s+every\s+{_NUMBER}\s*{_LENGTH_UNIT}\b[^.?!]*?"
                    r"\b(?:each|both|either)\s+ends?\b", re.I)
_COUNT_AFTER = r"\s*(?:\\[)\]]|\$\$?)?\s*(?:[a-z]+\s+)?"
_NOUN_AFTER = re.compile(r"(?<![\d.$/])(\d+(?:\.\d+)?)\s+([a-z]+)\b", re.I)
_FALLS = r"cut|reduced|decreased|lowered|discounted|marked\s+down|falls?|fell|drops?|dropped|goes\s+down"
_RISES = r"raised|increased|rises?|rose|grows?|grew|goes\s+up|marked\s+up"
_PERCENT_CHANGE = re.compile(rf"\b(?:({_FALLS})|{_RISES})\s+(?:again\s+)?by\s+{_NUMBER}\s*(?:%|percent)", re.I)
_PERCENT = r"\s*\\?%"
_PERCENT_SUM = re.compile(rf"([-+−]?)\s*{_NUMBER}{_PERCENT}\s*([-+−])\s*{_NUMBER}{_PERCENT}\s*=\s*([-+−]?)\s*"
                          rf"{_NUMBER}{_PERCENT}")
_RATE_WORDS = {"half": Fraction(1, 2), "a third": Fraction(1, 3), "one third": Fraction(1, 3),
               "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4), "a fourth": Fraction(1, 4),
               "a fifth": Fraction(1, 5), "one fifth": Fraction(1, 5)}
_RATE = rf"(\d+\s*/\s*\d+|\d+(?:\.\d+)?\s*%|{'|'.join(_RATE_WORDS)})"
# "buys 20 more stickers, and then gives away a third of all the stickers": the third is of the new total
_AFTER_MORE = re.compile(rf"(?<![\d.])(\d+)\s+more\s+([a-z]+)\b[^.?!]*?\bthen\b[^.?!]*?\b{_RATE}\s+of\s+all\s+"
                         r"(?:the\s+|her\s+|his\s+|their\s+|its\s+)?([a-z]+)\b", re.I)
_REJECTS = re.compile(r"\b(?:not|instead|mistake|wrong|incorrect|tempting)\b|n't\b", re.I)
_MAX_SENTENCE = 400
_LATEX = re.compile(r"\\\(|\\\[|\\frac|\$\$|\$[^\d\s]")


class Compositions:
    """The compositions a prose word problem states (see the module docstring); `check` refutes a step's claim
    that composes them the misread way."""

    def __init__(self, problem: str):
        prose = not _LATEX.search(problem)
        counts = _occurrences(problem)
        self.times: list[tuple[Fraction, Fraction, bool, str]] = []  # (known value, k, known is the larger, words)
        self.of_those: list[tuple[Fraction, Fraction, str]] = []
        self.groups: list[tuple[Fraction, Fraction]] = []
        self.group_words = ""
        self.posts: list[tuple[str, Fraction, str]] = []
        self.nouns: dict[Fraction, str] = {}
        self.after_more: list[tuple[Fraction, Fraction, str]] = []  # (starting amount, rate, words)
        self.changes: list[Fraction] = []  # signed: -20 for "cut by 20%", in the problem's order
        if not prose:
            return
        self._read_times(problem, counts)
        for _, match in _in_sentences(_OF_THOSE, problem):
            first, second = _fraction(match.group(1)), _fraction(match.group(2))
            if (first is not None and second is not None and first != second
                    and all(_written_once(m, problem) for m in (match.group(1), match.group(2)))):
                self.of_those.append((first, second, match.group(0)))
        groups = [(Fraction(m.group(1)), Fraction(m.group(2)), m.group(0))
                  for _, m in _in_sentences(_GROUP_MEAN, problem)]
        if (len(groups) == 2 and groups[0][0] != groups[1][0] and groups[0][1] != groups[1][1]
                and all(counts.get(mean) == 1 for _, mean, _ in groups) and not _MEAN_OF_MEANS.search(problem)):
            self.groups = [(size, mean) for size, mean, _ in groups]
            self.group_words = f"{groups[0][2]} ... {groups[1][2]}"
        everies = [m for _, m in _in_sentences(_EVERY, problem)]
        if len(everies) == 1 and counts.get(Fraction(everies[0].group(2))) == 1 and Fraction(everies[0].group(2)):
            self.posts = [(everies[0].group(1).lower(), Fraction(everies[0].group(2)), everies[0].group(0))]
        for match in _NOUN_AFTER.finditer(problem):
            value = Fraction(match.group(1))
            if counts.get(value) == 1:
                self.nouns[value] = match.group(2).lower()
        after_more = _in_sentences(_AFTER_MORE, problem)
        for offset, match in after_more if len(after_more) == 1 else []:  # two such phrases: which share is which
            start = [m for m in _NOUN_AFTER.finditer(problem[:offset + match.start()])
                     if _same_noun(m.group(2), match.group(4))]
            if (_same_noun(match.group(2), match.group(4)) and len(start) == 1
                    and counts.get(Fraction(start[0].group(1))) == 1 and counts.get(Fraction(match.group(1))) == 1):
                rate = _RATE_WORDS.get(match.group(3).lower()) or _fraction(match.group(3))
                if rate is not None:
                    self.after_more.append((Fraction(start[0].group(1)), rate, match.group(0)))
        changes = [Fraction(m.group(2)) * (-1 if m.group(1) else 1) for m in _PERCENT_CHANGE.finditer(problem)]
        if len(changes) == 2 and all(changes):  # each percent is read by its own phrase: no need to be unique
            self.changes = changes

    def _read_times(self, problem: str, counts: dict[Fraction, int]) -> None:
        comparisons = _in_sentences(_TIMES_AS_MANY, problem)
        if len(comparisons) != 1 or len(_MULTIPLICATIVE.findall(problem)) != 1:
            return
        offset, match = comparisons[0]
        larger, smaller = match.group(1), match.group(4)
        k = Fraction(match.group(3)) if match.group(3) else Fraction(_TIMES_WORDS[re.sub(r"\s+", " ", match.group(2))
                                                                                  .lower()])
        if larger == smaller or k < 2 or (match.group(3) and counts.get(k) != 1):
            return
        rest = problem[:offset + match.start()] + " " + problem[offset + match.end():]
        for name, is_larger in ((larger, True), (smaller, False)):
            known = re.findall(rf"\b{name}\s+(?:has|had|owns|owned|collects|collected|reads|read|earns|earned|"
                               rf"scores|scored|sells|sold|makes|made|is|was)\s+(?:\$\s*)?{_NUMBER}", rest)
            if len(known) == 1 and counts.get(Fraction(known[0])) == 1:
                self.times.append((Fraction(known[0]), k, is_larger, match.group(0)))

    def check(self, step: str, claims: list[ArithmeticClaim]) -> list[ClaimResult]:
        """Refutations for this step's claims (and its percent sums)."""
        if _REJECTS.search(step):
            return []
        results = self._percent_sums(step)
        for claim in claims:
            if claim.relation != "=":
                continue
            worked = claim.left if claim.left_value.operations >= claim.right_value.operations else claim.right
            value = claim.result_value.value
            if not isinstance(value, Fraction) or max(claim.left_value.operations, claim.right_value.operations) == 0:
                continue
            operands = operand_values(worked)
            found = (self._times(claim, operands, value) or self._of_those(claim, worked, operands, value)
                     or self._mean(claim, operands, value) or self._posts(step, claims, claim, operands, value)
                     or self._rate(step, claim, worked, value) or self._after_more(claim, operands, value))
            if found is not None:
                results.append(found)
        return results

    def _times(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction) -> ClaimResult | None:
        for known, k, is_larger, words in self.times:
            if operands != {known, k}:
                continue
            if is_larger and value == known * k:
                return _refuted(claim, words, f"the other amount is {show_value(known)} / {show_value(k)} = "
                                              f"{show_value(known / k)}, not {show_value(known)} x {show_value(k)}")
            if not is_larger and value == known / k:
                return _refuted(claim, words, f"the other amount is {show_value(known)} x {show_value(k)} = "
                                              f"{show_value(known * k)}, not {show_value(known)} / {show_value(k)}")
        return None

    def _of_those(self, claim: ArithmeticClaim, worked: str, operands: set[Fraction],
                  value: Fraction) -> ClaimResult | None:
        for first, second, words in self.of_those:
            parts = {first, second, first * 100, second * 100, Fraction(first.numerator), Fraction(first.denominator),
                     Fraction(second.numerator), Fraction(second.denominator)}
            if value in (first + second, (first + second) * 100) and "+" in display(worked) and operands <= parts:
                return _refuted(claim, words, f"a fraction of a fraction is their product: {show_value(second)} x "
                                              f"{show_value(first)} = {_shown(first * second)}")
        return None

    def _mean(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction) -> ClaimResult | None:
        if not self.groups:
            return None
        (n1, m1), (n2, m2) = self.groups
        if operands == {m1, m2, Fraction(2)} and value == (m1 + m2) / 2:
            weighted = (n1 * m1 + n2 * m2) / (n1 + n2)
            return _refuted(claim, self.group_words,
                            f"groups of {show_value(n1)} and {show_value(n2)} weigh their means by size: "
                            f"({show_value(n1)} x {show_value(m1)} + {show_value(n2)} x {show_value(m2)}) / "
                            f"{show_value(n1 + n2)} = {_shown(weighted)}")
        return None

    def _posts(self, step: str, claims: list[ArithmeticClaim], claim: ArithmeticClaim, operands: set[Fraction],
               value: Fraction) -> ClaimResult | None:
        for noun, gap, words in self.posts:
            plural = rf"(?:{re.escape(noun)}s|{re.escape(noun)}es|{re.escape(noun)})"
            whole = value * gap
            if operands != {whole, gap} or value.denominator != 1 or any(c.left_value.value == value + 1
                                                                          or c.right_value.value == value + 1
                                                                          for c in claims):
                continue
            named = re.search(rf"\bnumber\s+of\s+{plural}\b", step, re.I) or re.search(
                rf"=\s*{re.escape(show_value(value))}{_COUNT_AFTER}{plural}\b", step, re.I)
            if named and not re.search(r"\+\s*1\b|\bplus\s+(?:1|one)\b", step):
                return _refuted(claim, words, f"with one at each end, {show_value(whole)} / {show_value(gap)} = "
                                              f"{show_value(value)} gaps need {show_value(value + 1)}")
        return None

    def _rate(self, step: str, claim: ArithmeticClaim, worked: str, value: Fraction) -> ClaimResult | None:
        quotient = re.fullmatch(r"\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?\s*/\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?\s*", display(worked))
        if quotient is None:
            return None
        top, bottom = Fraction(quotient.group(1)), Fraction(quotient.group(2))
        top_noun, bottom_noun = self.nouns.get(top), self.nouns.get(bottom)
        if top_noun is None or bottom_noun is None or _same_noun(top_noun, bottom_noun) or not top or not bottom:
            return None
        shown = display(claim.result)
        label = re.search(rf"=\s*{re.escape(shown)}\s*(?:\\[)\]]|\$\$?)?\s*([a-z]+)(?:\s+per\s+([a-z]+))?", step, re.I)
        if label is None:
            return None
        unit, per = label.group(1).lower(), (label.group(2) or "").lower()
        if _same_noun(unit, bottom_noun) and not _same_noun(unit, top_noun) and (not per or _same_noun(per, top_noun)):
            return _refuted(claim, f"{show_value(top)} {top_noun} ... {show_value(bottom)} {bottom_noun}",
                            f"{show_value(top)} / {show_value(bottom)} is {top_noun} per {bottom_noun}; "
                            f"{bottom_noun} per {top_noun} is {show_value(bottom)} / {show_value(top)} = "
                            f"{_shown(bottom / top)}")
        return None

    def _after_more(self, claim: ArithmeticClaim, operands: set[Fraction], value: Fraction) -> ClaimResult | None:
        for start, rate, words in self.after_more:
            forms = {rate, rate * 100, Fraction(rate.numerator), Fraction(rate.denominator), Fraction(100)}
            if start in operands and operands - {start} and operands - {start} <= forms and value == start * rate:
                return _refuted(claim, words, f"the {show_value(rate * 100)}% is of all of them after the more were "
                                              f"added, not of the starting {show_value(start)}")
        return None

    def _percent_sums(self, step: str) -> list[ClaimResult]:
        if not self.changes:
            return []
        results = []
        for match in _PERCENT_SUM.finditer(step):
            first, second = Fraction(match.group(2)), Fraction(match.group(4))
            if sorted((first, second)) != sorted(abs(p) for p in self.changes):
                continue
            product = (1 + self.changes[0] / 100) * (1 + self.changes[1] / 100)
            net = (product - 1) * 100
            results.append(_refuted_text(match.group(0).strip(), "two percent changes in a row",
                                         f"successive changes multiply: the net change is {_shown(net)}%, "
                                         "not the sum of the percents"))
        return results


def _in_sentences(pattern: re.Pattern[str], problem: str) -> list[tuple[int, re.Match[str]]]:
    """Matches of a pattern that spans one sentence, with the sentence's offset: each sentence is searched on its
    own, and one longer than `_MAX_SENTENCE` is skipped, so the lazy gaps of these patterns stay linear."""
    found: list[tuple[int, re.Match[str]]] = []
    for sentence in re.finditer(r"[^.?!]+(?:[.?!](?=\d)[^.?!]*)*[.?!]?", problem):
        if len(sentence.group()) <= _MAX_SENTENCE:
            found.extend((sentence.start(), match) for match in pattern.finditer(sentence.group()))
    return found


def _refuted(claim: ArithmeticClaim, words: str, correct: str) -> ClaimResult:
    return _refuted_text(claim.text, words, correct)


def _refuted_text(text: str, words: str, correct: str) -> ClaimResult:
    return ClaimResult("arithmetic", text, "refuted", rule=Rule.RELATION, source=f"the problem: '{words}'",
                       correct=correct)


def _shown(value: Fraction) -> str:
    return show_value(value) if value.denominator in (1, 2, 4, 5, 8, 10, 20, 25, 50, 100) else \
        f"{value.numerator}/{value.denominator}"


def _fraction(text: str) -> Fraction | None:
    """"2/3" or "40%" as a positive fraction; None for "1/0" or a zero."""
    text = text.replace(" ", "")
    if text.endswith("%"):
        value = Fraction(text[:-1]) / 100
    else:
        numerator, denominator = text.split("/")
        value = Fraction(int(numerator), int(denominator)) if int(denominator) else Fraction(0)
    return value if value > 0 else None


def _written_once(text: str, problem: str) -> bool:
    return len(re.findall(rf"(?<![\d./]){re.escape(text)}(?![\d/])", problem)) == 1


def _occurrences(problem: str) -> dict[Fraction, int]:
    """How often each number is written in digits in the problem."""
    counts: dict[Fraction, int] = {}
    for written in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", re.sub(r"(?<=\d),(?=\d{3})", "", problem)):
        counts[Fraction(written)] = counts.get(Fraction(written), 0) + 1
    return counts


def _stem(noun: str) -> str:
    noun = noun.lower()
    for ending, replacement in (("ves", "f"), ("ies", "y"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"),
                                ("ses", "s"), ("s", "")):
        if noun.endswith(ending) and len(noun) > len(ending) + 1:
            return noun[: -len(ending)] + replacement
    return noun


def _same_noun(a: str, b: str) -> bool:
    return _stem(a) == _stem(b)
