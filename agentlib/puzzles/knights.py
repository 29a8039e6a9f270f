"""Knights and knaves: a controlled-language formalizer from puzzle text to the constraint language.

The puzzle's intro names the two kinds ("inhabited only by knights and knaves. Knights always tell
the truth, and knaves always lie"), so other vocabularies (saints/sinners, ...) work without a
word list. Each speaker's statement becomes `speaker_truthful <-> claim`; a claim is a small
grammar over atoms ("X is a knight", "X is not a knave", "I am ...", "X is lying", "X tells the
truth", "X says that <claim>") joined by "if ... then", "if and only if", "or", "and", "either/or",
"neither/nor", "it is (not) the case that", plural and counted subjects ("Ann and I are both knights",
"X or Y is a knave", "we are all knaves", "exactly one of us is a knight", "at most two of Ann, Bob and
Cy are knaves", "none of them is a knight"). Speech attributions ("X said,", "In X's words:",
"\"...\" - X", "X told you that ...") are recognised by the one name outside the quote; an
attribution that could negate the claim ("X denied ...", "X lied ...") is not understood.

A sentence the grammar does not cover is listed in the verdict (`unparsed`), never guessed.
The answer is certified by uniqueness: the constraints are satisfiable, and the constraints plus
"some role differs from this answer" are unsat.

Left out: puzzles with a third kind (normals/spies); "we"/"us" always means every inhabitant (and "we are
both" needs exactly two), never a subgroup the text would have to imply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.numwords import CARDINALS
from agentlib.puzzles.family import PuzzleItem
from agentlib.puzzles.ordered import comes_after
from agentlib.puzzles.verdict import Certificate, SolverCheck, Verdict

NAME = "knights-and-knaves"

_OPEN_QUOTES = "\"“«‘'"
_CLOSE_FOR = {'"': '"', "“": "”", "«": "»", "‘": "’", "'": "'"}
_NEGATING_ATTRIBUTION = re.compile(r"\b(not|never|n't|den(y|ies|ied)|lie[sd]?|lying|false(ly)?|wrong(ly)?)\b", re.I)


class NotUnderstood(InputError):
    """A sentence or claim outside the controlled language."""


@dataclass(frozen=True)
class Vocabulary:
    truthful: str  # singular, e.g. "knight"
    liar: str  # singular, e.g. "knave"
    truthful_plural: str
    liar_plural: str

    def forms(self, truthful: bool) -> list[str]:
        """Singular spellings a statement may use ("heroes" -> hero, heroe)."""
        plural = self.truthful_plural if truthful else self.liar_plural
        primary = self.truthful if truthful else self.liar
        return sorted({primary, plural[:-1], plural[:-2] if plural.endswith("es") else primary}, key=len, reverse=True)


@dataclass(frozen=True)
class Statement:
    speaker: str
    claim: str  # constraint-language expression
    sentence: str


# ---------------------------------------------------------------------------------------------
# Intro: kinds and names
# ---------------------------------------------------------------------------------------------

_KINDS_RE = re.compile(r"inhabited (?:only )?by ([A-Za-z-]+) and ([A-Za-z-]+)", re.I)
_TRUTH_RE = re.compile(r"\b([A-Za-z-]+) (?:always |only )?(?:tell|speak)s? the truth", re.I)
_LIE_RE = re.compile(r"\b([A-Za-z-]+) (?:always |only )?(?:lie|tell lies)", re.I)
_KNIGHT_WORD = re.compile(r"\bknights?\b", re.I)
_KNAVE_WORD = re.compile(r"\bknaves?\b", re.I)
_MEET_RE = re.compile(r"You meet (\d+|[a-z]+) inhabitants?: (.+?)\.(?:\s|$)", re.I)


def singular(plural: str) -> str:
    word = plural.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "oes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def parse_vocabulary(text: str) -> Vocabulary:
    kinds = _KINDS_RE.search(text)
    if kinds is None:
        return Vocabulary("knight", "knave", "knights", "knaves")
    first, second = kinds.group(1).lower(), kinds.group(2).lower()
    truth = _TRUTH_RE.search(text)
    lie = _LIE_RE.search(text)
    truthful_plural = first
    if truth is not None and truth.group(1).lower() == second:
        truthful_plural = second
    elif lie is not None and lie.group(1).lower() == first:
        truthful_plural = second
    liar_plural = second if truthful_plural == first else first
    return Vocabulary(singular(truthful_plural), singular(liar_plural), truthful_plural, liar_plural)


def parse_names(text: str) -> tuple[list[str], int]:
    """The inhabitants listed after "You meet N inhabitants:", and where the list sentence ends."""
    match = _MEET_RE.search(text)
    if match is None:
        raise NotUnderstood("no list of inhabitants found (expected 'You meet N inhabitants: A, B and C.')")
    listed = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(2).strip())
    names = [n.strip() for n in listed if n.strip()]
    if len(set(names)) != len(names):
        raise NotUnderstood("an inhabitant is listed twice")
    count = match.group(1)
    if count.isdigit() and int(count) != len(names):
        raise NotUnderstood(f"the puzzle says {count} inhabitants but lists {len(names)}")
    return names, match.end()


# ---------------------------------------------------------------------------------------------
# Sentences and attributions
# ---------------------------------------------------------------------------------------------


def split_sentences(body: str) -> list[str]:
    """Split at . ! ? outside quotes (quoted statements may contain their own full stops)."""
    sentences: list[str] = []
    start = 0
    closing: str | None = None
    i = 0
    while i < len(body):
        ch = body[i]
        if closing is not None:
            if ch == closing and (closing != "'" or _quote_closes(body, i)):
                closing = None
                # a statement that ends inside its quote: `X said, "A is a knight." Next ...`
                if body[i - 1] in ".!?" and (i + 1 == len(body) or body[i + 1].isspace()):
                    sentences.append(body[start : i + 1].strip())
                    start = i + 1
        elif ch in _OPEN_QUOTES and (ch not in "'’" or _quote_opens(body, i)):
            closing = _CLOSE_FOR[ch]
        elif ch in ".!?" and (i + 1 == len(body) or body[i + 1].isspace()):
            sentences.append(body[start : i + 1].strip())
            start = i + 1
        i += 1
    tail = body[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _quote_opens(text: str, i: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalpha()


def _quote_closes(text: str, i: int) -> bool:
    return i + 1 == len(text) or not text[i + 1].isalnum()


def find_quote(sentence: str) -> tuple[int, int] | None:
    """Start and end (exclusive, including the quote marks) of the quoted statement, if any."""
    for i, ch in enumerate(sentence):
        if ch in _OPEN_QUOTES and (ch not in "'‘" or _quote_opens(sentence, i)):
            closing = _CLOSE_FOR[ch]
            for j in range(len(sentence) - 1, i, -1):
                if sentence[j] == closing and (closing != "'" or _quote_closes(sentence, j)):
                    return i, j + 1
    return None


class KnightsParser:
    def __init__(self, names: list[str], vocabulary: Vocabulary):
        self.names = names
        self.vocabulary = vocabulary
        self.variables = {name: _identifier(name, i) for i, name in enumerate(names)}
        names_alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.name_re = re.compile(rf"(?<![A-Za-z])({names_alt})(?![A-Za-z])")
        v = vocabulary
        self.truthful_forms = {f.lower() for f in v.forms(True)}
        kind_words = "|".join(re.escape(f) for f in sorted({*v.forms(True), *v.forms(False)}, key=len, reverse=True))
        kind = rf"(?:an? )?(?P<kind>{kind_words})"
        subject = rf"(?P<subject>{names_alt}|I)"
        self.atom_patterns = [
            (re.compile(rf"^{subject} (?:is|am)(?P<neg> not)? {kind}$", re.I), "kind"),
            (re.compile(rf"^{subject} (?:is|am)(?P<neg> not)? "
                        rf"(?P<kind>telling the truth|truthful|honest|lying|a liar)$", re.I), "truth"),
            (re.compile(rf"^{subject}(?P<neg> does not| doesn't| do not| don't)? "
                        rf"(?:always )?(?P<kind>tells? the truth|lies|lie)$", re.I), "truth"),
        ]
        plural_words = "|".join(re.escape(f) for f in sorted(
            {*v.forms(True), *v.forms(False), v.truthful_plural, v.liar_plural}, key=len, reverse=True))
        self.plural_kind = rf"(?:an? )?(?P<kind>{plural_words})"
        member = rf"(?:{names_alt}|I|me)"
        self.group_members = rf"{member}(?:(?:,| and|, and) {member})+"
        self.member_re = re.compile(rf"(?<![A-Za-z])({names_alt}|I|me)(?![A-Za-z])")
        self.count_re = re.compile(
            rf"^(?P<count>all|none|each|every one|exactly (?:\d+|{_NUMBER_WORDS})|at least (?:\d+|{_NUMBER_WORDS})|"
            rf"at most (?:\d+|{_NUMBER_WORDS})|only (?:\d+|{_NUMBER_WORDS})|(?:\d+|{_NUMBER_WORDS}))"
            rf" of (?P<group>us|them|the (?:\w+ )?inhabitants|both of us|"
            rf"(?:the )?(?:two|three|four|five|six|seven|eight) of us|"
            rf"{self.group_members}) (?:is|are)(?P<neg> not)? {self.plural_kind}$", re.I)
        self.plural_re = re.compile(
            rf"^(?P<both>both |all )?(?P<group>we|{self.group_members}) (?:are|were)(?P<quant> both| all)?"
            rf"(?P<neg> not)?(?P<quant2> both| all)? {self.plural_kind}$", re.I)
        self.nested_re = re.compile(
            rf"^(?P<subject>{names_alt}|I) (?:would )?(?:say|says|said|claim|claims|claimed|state|states|stated|"
            rf"assert|asserts|asserted|tell you|tells you|told you)(?: that)? (?P<claim>.+)$", re.I
        )

    # -- statements ---------------------------------------------------------------------------
    def statement(self, sentence: str) -> Statement:
        quote = find_quote(sentence)
        if quote is not None:
            start, end = quote
            content = sentence[start + 1 : end - 1]
            outside = sentence[:start] + " " + sentence[end:]
        else:
            that = re.search(r"\b(?:that|:)\s", sentence)
            if that is None:
                raise NotUnderstood(sentence)
            content = sentence[that.end() :]
            outside = sentence[: that.start()]
        speakers = set(self.name_re.findall(outside))
        if len(speakers) != 1 or _NEGATING_ATTRIBUTION.search(outside):
            raise NotUnderstood(sentence)
        speaker = speakers.pop()
        content = content.strip().rstrip(".,!;:").strip()
        claim = self.claim(content, speaker)
        return Statement(speaker, claim, sentence)

    # -- claims -------------------------------------------------------------------------------
    def claim(self, text: str, speaker: str, depth: int = 0) -> str:
        if depth > 30:
            raise NotUnderstood(text)
        text = text.strip().rstrip(".,!;:").strip()
        text = re.sub(r"\s+", " ", text)
        lower = text.lower()
        for prefix in ("it is not the case that ", "it is false that ", "it is not true that "):
            if lower.startswith(prefix):
                return f"not ({self.claim(text[len(prefix):], speaker, depth + 1)})"
        for prefix in ("it is the case that ", "it is true that "):
            if lower.startswith(prefix):
                return self.claim(text[len(prefix):], speaker, depth + 1)
        if lower.startswith("if "):
            then = _split_top(text[3:], " then ")
            if then is None:
                then = _split_top(text[3:], ", ")
            if then is not None:
                left, right = then
                return f"({self.claim(left, speaker, depth + 1)}) -> ({self.claim(right, speaker, depth + 1)})"
        parts = _split_top(text, " if and only if ")
        if parts is not None:
            return f"({self.claim(parts[0], speaker, depth + 1)}) <-> ({self.claim(parts[1], speaker, depth + 1)})"
        if lower.startswith("either "):
            parts = _split_top(text[7:], " or ")
            if parts is not None:
                return f"({self.claim(parts[0], speaker, depth + 1)}) or ({self.claim(parts[1], speaker, depth + 1)})"
        if lower.startswith("neither "):
            parts = _split_top(text[8:], " nor ")
            if parts is not None:
                left, right = self._distribute(list(parts))
                return f"not ({self.claim(left, speaker, depth + 1)}) and not ({self.claim(right, speaker, depth + 1)})"
        group = self.group_claim(text, speaker)
        if group is not None:
            return group
        for word, op in ((" or ", "or"), (" and ", "and")):
            pieces = _split_all(text, word)
            if len(pieces) > 1:
                shared = self._distribute(pieces)
                return f" {op} ".join(f"({self.claim(p, speaker, depth + 1)})" for p in shared)
        nested = self.nested_re.match(text)
        if nested is not None:
            who = speaker if nested.group("subject").lower() == "i" else nested.group("subject")
            return f"({self.variables[who]} <-> ({self.claim(nested.group('claim'), speaker, depth + 1)}))"
        return self.atom(text, speaker)

    def _distribute(self, pieces: list[str]) -> list[str]:
        """Share a predicate or a subject across joined pieces, as English does.

        "Ann or Bob is a knave" -> "Ann is a knave", "Bob is a knave" (bare names take the last piece's
        predicate); "Ann is a knight or a knave" -> "Ann is a knight", "Ann is a knave" (a bare predicate takes
        the first piece's subject). Anything else stays as written and must parse on its own.
        """
        stripped = [p.strip() for p in pieces]
        bare = [self.member_re.fullmatch(p) is not None for p in stripped]
        if len(stripped) > 1 and all(bare[:-1]) and not bare[-1]:
            last = re.match(rf"^({self.member_re.pattern}) (is|are|am) (.+)$", stripped[-1], re.I)
            if last is not None:
                predicate = last.group(4)
                return [f"{p} is {predicate}" for p in stripped[:-1]] + [stripped[-1]]
        first = re.match(rf"^({self.member_re.pattern}) (is|am)( not)? (.+)$", stripped[0], re.I)
        if first is not None and any(re.match(r"^(?:not )?an? ", p, re.I) for p in stripped[1:]):
            subject, verb = first.group(1), first.group(3)
            return [stripped[0]] + [
                f"{subject} {verb} {p}" if re.match(r"^(?:not )?an? ", p, re.I) else p for p in stripped[1:]]
        return pieces

    def group_claim(self, text: str, speaker: str) -> str | None:
        """Plural and counted subjects -> a formula over the members' literals; None if `text` is not one."""
        counted = self.count_re.match(text)
        plural = None if counted else self.plural_re.match(text)
        match = counted or plural
        if match is None:
            return None
        members = self._members(match.group("group"), speaker)
        if counted is None:  # the plural form matched: `match` is it
            both = " ".join(filter(None, (match.group("both"), match.group("quant"), match.group("quant2")))).lower()
            if "both" in both and len(members) != 2:
                raise NotUnderstood(text)
            low = high = len(members)
        else:
            low, high = _count_bounds(counted.group("count"), len(members), text)
        truthful = match.group("kind").lower().rstrip("s") in {f.lower().rstrip("s") for f in self.truthful_forms} \
            or match.group("kind").lower() == self.vocabulary.truthful_plural.lower()
        if match.group("neg"):
            truthful = not truthful
        literals = [self.variables[m] if truthful else f"not {self.variables[m]}" for m in members]
        return _count_formula(literals, low, high)

    def _members(self, group: str, speaker: str) -> list[str]:
        lower = group.lower()
        if lower in ("we", "us", "them", "both of us") or lower.startswith("the ") or lower.endswith(" of us"):
            named = re.match(r"^(?:the )?(two|three|four|five|six|seven|eight) of us$", lower)
            if named is not None and CARDINALS[named.group(1).lower()] != len(self.names):
                raise NotUnderstood(group)
            if lower == "both of us" and len(self.names) != 2:
                raise NotUnderstood(group)
            return list(self.names)
        members = []
        for who in self.member_re.findall(group):
            name = speaker if who.lower() in ("i", "me") else who
            if name in members:
                raise NotUnderstood(group)
            members.append(name)
        return members

    def atom(self, text: str, speaker: str) -> str:
        for pattern, kind in self.atom_patterns:
            match = pattern.match(text)
            if match is None:
                continue
            subject = match.group("subject")
            who = speaker if subject.lower() == "i" else subject
            if who not in self.variables:
                raise NotUnderstood(text)
            word = match.group("kind").lower()
            if kind == "kind":
                truthful = word in self.truthful_forms
            else:
                truthful = word in ("telling the truth", "truthful", "honest", "tells the truth", "tell the truth")
            if match.group("neg"):
                truthful = not truthful
            variable = self.variables[who]
            return variable if truthful else f"not {variable}"
        raise NotUnderstood(text)


_NUMBER_WORDS = "|".join(sorted(CARDINALS, key=len, reverse=True))


def _count_bounds(count: str, n: int, text: str) -> tuple[int, int]:
    """'exactly two' -> (2, 2), 'at least one' -> (1, n), 'none' -> (0, 0), 'all' -> (n, n)."""
    words = count.lower().split()
    if words[0] in ("all", "each", "every"):
        return n, n
    if words[0] == "none":
        return 0, 0
    number = words[-1]
    k = int(number) if number.isdigit() else CARDINALS[number.lower()]
    if k > n:
        raise NotUnderstood(text)
    if words[0] == "at" and words[1] == "least":
        return k, n
    if words[0] == "at" and words[1] == "most":
        return 0, k
    return k, k  # "exactly k", "only k", bare "k of us"


def _count_formula(literals: list[str], low: int, high: int) -> str:
    """Between `low` and `high` of `literals` hold: the constraint language's `count`, linear in the members
    (listing subsets instead would make "exactly six of twelve" a spec too long to state)."""
    counted = f"count({', '.join(f'({literal})' for literal in literals)})"
    if low == high:
        return f"{counted} == {low}"
    return f"{counted} >= {low} and {counted} <= {high}"


def _split_top(text: str, word: str) -> tuple[str, str] | None:
    index = text.lower().find(word)
    if index < 0:
        return None
    return text[:index], text[index + len(word) :]


def _split_all(text: str, word: str) -> list[str]:
    return [p for p in re.split(re.escape(word), text, flags=re.I)]


def _identifier(name: str, index: int) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return f"t{index}_{cleaned}"[:60]


# ---------------------------------------------------------------------------------------------
# Formalize and solve
# ---------------------------------------------------------------------------------------------


@dataclass
class Formalization:
    names: list[str]
    vocabulary: Vocabulary
    statements: list[Statement]
    unparsed: list[str]
    spec: dict[str, Any]


def formalize(text: str) -> Formalization:
    """Puzzle text -> constraint-language spec (one Bool per inhabitant: true = truthful kind)."""
    if not text or not text.strip():
        raise InputError("empty puzzle text")
    vocabulary = parse_vocabulary(text)
    names, end = parse_names(text)
    body = text[end:]
    body = re.split(r"\bSo who is\b|\bWho is a\b|\bwho is a \w+ and who is\b", body, maxsplit=1, flags=re.I)[0]
    parser = KnightsParser(names, vocabulary)
    statements: list[Statement] = []
    unparsed: list[str] = []
    for sentence in split_sentences(body):
        try:
            statements.append(parser.statement(sentence))
        except NotUnderstood:
            unparsed.append(sentence)
    constraints = [
        {"label": f"s{i + 1}", "expr": f"{parser.variables[s.speaker]} <-> ({s.claim})"}
        for i, s in enumerate(statements)
    ]
    spec = {"variables": {v: "Bool" for v in parser.variables.values()}, "constraints": constraints}
    return Formalization(names, vocabulary, statements, unparsed, spec)


def solve(text: str) -> Verdict:
    from agentlib.tools import constraints as cl

    try:
        form = formalize(text)
    except NotUnderstood as error:
        return Verdict(NAME, "abstained", reason=str(error), failure="not_parsed", unparsed=[str(error)])
    if form.unparsed:
        return Verdict(NAME, "abstained", reason=f"{len(form.unparsed)} sentence(s) not understood",
                       failure="not_parsed", spec=form.spec, unparsed=form.unparsed)
    variables = list(form.spec["variables"])
    result = cl.unique(form.spec, variables)
    kinds = {True: form.vocabulary.truthful, False: form.vocabulary.liar}
    by_variable = dict(zip(variables, form.names))
    if result.status == "none":
        core = cl.unsat_core(form.spec).core
        sentences = [form.statements[int(label[1:]) - 1].sentence for label in core]
        return Verdict(NAME, "abstained", reason="the statements contradict each other: " + " / ".join(sentences),
                       failure="unsat", spec=form.spec)
    if result.status == "multiple":
        first = {by_variable[v]: kinds[b] for v, b in result.values.items()}
        second = {by_variable[v]: kinds[b] for v, b in result.other.items()}
        return Verdict(NAME, "abstained", reason=f"more than one solution, e.g. {first} and {second}",
                       failure="ambiguous", spec=form.spec)
    if result.status != "unique":
        return Verdict(NAME, "abstained", reason="the solver gave up", failure="error", spec=form.spec)
    answer = {by_variable[v]: kinds[b] for v, b in result.values.items()}
    described = ", ".join(f"{name} is a {role}" for name, role in answer.items())
    certificate = Certificate(
        method="unique model",
        checks=(
            SolverCheck(f"all {len(form.statements)} statements together", "sat"),
            SolverCheck(f"statements + not({described})", "unsat", "no other assignment of roles exists"),
        ),
    )
    return Verdict(NAME, "verified", answer=answer, reason="the only assignment consistent with every statement",
                   certificate=certificate, spec=form.spec)


class KnightsAndKnaves:
    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        files = sorted(Path(data_dir).glob("*ppl_test.jsonl"), key=lambda p: int(p.name.split("ppl")[0]))
        if not files:
            raise InputError(f"no *ppl_test.jsonl files in {data_dir}")
        items = []
        for path in files:
            subset = path.name.split("_")[0]
            for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if not line.strip():
                    continue
                record = json.loads(line)
                vocabulary = parse_vocabulary(record["quiz"])
                expected = {
                    name: vocabulary.truthful if is_truthful else vocabulary.liar
                    for name, is_truthful in zip(record["names"], record["solution"])
                }
                item_id = f"{subset}-{record.get('index', line_number)}"
                items.append(PuzzleItem(item_id, record["quiz"], expected, subset, record))
        return items

    def detect(self, text: str) -> float:
        kinds_named = _KINDS_RE.search(text) or comes_after(_KNIGHT_WORD, _KNAVE_WORD, text)
        if _MEET_RE.search(text) and kinds_named:
            return 0.95
        return 0.0

    def solve(self, text: str) -> Verdict:
        return solve(text)



FAMILY = KnightsAndKnaves()
