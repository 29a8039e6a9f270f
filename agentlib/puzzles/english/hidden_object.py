"""One thing hidden in one of a few containers: "There are three boxes: red, blue and green. The gold is in one of
them. The gold is not in the red box. ... Which box has the gold?", with cups and a ball, doors and a prize, drawers
and a key, and labels on them of which "exactly one is true".

The containers are listed with their count ("three boxes: red, blue and green", "three doors: A, B and C", "a red
box, a blue box and a green box"); one sentence says the thing is in one of them. Every other sentence must say where
the thing is or is not ("The gold is not in the red box", "Box B is empty", "The red cup hides the ball"), what a
container's label says (a quoted sentence of that kind, where "this box" / "here" is the label's own container), or
how many labels are true ("Exactly one label is true", "All the signs are false"). Each placement of the thing is
tried: a fact holds in it, and the labels' count of true ones matches; the answer is the one placement left ("cannot
be determined" when several are, a contradiction when none). A sentence not of these kinds leaves the text to the
grammar, which abstains on it.

Left out: two hidden things, empty containers beyond the one ("two boxes are empty" is said by the facts), labels
speaking of other labels ("The label on box B is false"), and containers not listed with a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.numwords import small_number
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_PREPOSITIONS = r"(?:in|inside|under|underneath|behind|beneath|on)"
_HAS = r"(?:has|have|contains?|holds?|hides?|conceals?)"
_QUOTE = re.compile(r"(?:(?<=[\s:,])|^)[\"“‘'](?P<said>[^\"“”‘’']+?)[\"”’'](?=[\s.,!?]|$)")
_COUNTED = re.compile(r"\b(?P<count>two|three|four|five|six|[2-6]) (?P<plural>[a-z]{2,}s)\b(?:[:,]| -)?"
                      r"(?: (?:labell?ed|marked|numbered|painted|colou?red))? (?P<items>.+?)[.!]?$")
_TRUTH = re.compile(r"^(?P<amount>exactly one|only one|just one|one|at most one|at least one|none|all|no|both)"
                    r"(?: of)?(?: the)? (?:labels?|signs?|notes?|statements?|inscriptions?|messages?)(?: (?:on|of) the "
                    r"[a-z]+)? (?:(?:is|are) (?P<value>true|false)|(?P<verb>tells? the truth|lies?|lie))[.!]?$",
                    re.I)


@dataclass(frozen=True)
class _Fact:
    """The thing is (`here` True) or is not at `place`; a disjunction when several places."""

    places: frozenset[str]
    here: bool

    def holds(self, where: str) -> bool:
        return (where in self.places) == self.here


def solve_hidden_object(text: str) -> Verdict | None:
    """The verdict for a hidden-thing puzzle, or None when `text` is not one (or has a sentence not read here)."""
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        said = match.group("said").strip()
        quotes.append(said.rstrip(".!"))
        return f"QUOTE{len(quotes) - 1}" + ("." if said.endswith((".", "!")) else "")  # its stop ends the sentence

    plain = _QUOTE.sub(keep, text.strip())
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", plain) if s.strip()]
    if len(sentences) < 3 or not sentences[-1].endswith("?"):
        return None
    listed = [(k, m) for k, s in enumerate(sentences[:-1]) if (m := _COUNTED.search(s)) is not None
              and re.search(r",| and | or ", m.group("items"))]  # a list, not "2 does not have it"
    if len(listed) != 1:
        return None
    index, counted = listed[0]
    noun, labels = _containers(counted)
    if labels is None:
        return None
    refs = _references(noun, labels)
    rest = sentences[:index] + sentences[index + 1:-1]
    thing = _hidden_thing(rest, noun)
    if thing is None:
        return None
    word, stated = thing
    facts: list[_Fact] = []
    sayings: list[tuple[str, _Fact]] = []
    truth: str | None = None
    for k, sentence in enumerate(rest):
        if k == stated:
            continue
        fact = _fact(sentence, word, refs, None)
        if fact is not None:
            facts.append(fact)
            continue
        saying = _saying(sentence, word, refs, quotes)
        if saying is not None:
            sayings.append(saying)
            continue
        found = _TRUTH.match(sentence)
        if found is None or truth is not None:
            return None
        truth = _truth_amount(found)
        if truth is None:
            return None
    asked = _question(sentences[-1], word, noun, refs)
    if asked is None:
        return None
    fits = [where for where in labels
            if all(f.holds(where) for f in facts) and _labels_fit(truth, [f.holds(where) for _, f in sayings])]
    tried = tuple(Check(f"the {word} {_display(noun, where)}", "sat" if where in fits else "unsat")
                  for where in labels)
    if not fits:
        return Verdict("english", "abstained", failure="unsat", reason=f"no {noun} can hold the {word} with every "
                       "statement true", certificate=Certificate("entailment over every placement", tried))
    if asked == "where":
        if len(fits) > 1:
            answer = "cannot be determined"
        else:
            answer = _display(noun, fits[0])
    else:
        answer = "yes" if fits == [asked] else "no" if asked not in fits else "cannot be determined"
    places = ", ".join(_display(noun, w) for w in fits)
    return Verdict("english", "verified", answer=answer,
                   reason=f"with every statement true, the {word} can be only at {places}",
                   certificate=Certificate("entailment over every placement", tried))


def _containers(counted: re.Match[str]) -> tuple[str, list[str] | None]:
    """("box", ["red", "blue", "green"]) from "three boxes: red, blue and green"; None labels when they do not
    count out."""
    plural = counted.group("plural")
    noun = plural[:-2] if plural.endswith(("xes", "shes", "ches", "sses")) else plural[:-1]
    items = re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", counted.group("items"))
    labels = []
    for item in items:
        words = item.strip().split()
        if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
            words = words[1:]  # "a red box"; a lone "A" is a label
        words = [w for w in words if w.lower() not in (noun, "one")]
        if len(words) != 1 or not re.fullmatch(r"[A-Za-z0-9]+", words[0]):
            return noun, None
        labels.append(words[0] if words[0].isupper() or words[0].isdigit() else words[0].lower())
    if small_number(counted.group("count")) != len(labels) or len(set(labels)) != len(labels):
        return noun, None
    return noun, labels


def _references(noun: str, labels: list[str]) -> dict[str, str]:
    """Each way a container is named, lower-cased -> its label: "the red box", "red box", "box a", "the red one"."""
    refs: dict[str, str] = {}
    for label in labels:
        low = label.lower()
        for form in (f"the {low} {noun}", f"{low} {noun}", f"{noun} {low}", f"the {noun} {low}", f"the {low} one"):
            refs[form] = label
        if label.isupper() or label.isdigit():
            refs[f"{noun} number {low}"] = label
    return refs


def _display(noun: str, label: str) -> str:
    return f"{noun} {label}" if label.isupper() or label.isdigit() else f"the {label} {noun}"


def _hidden_thing(sentences: list[str], noun: str) -> tuple[str, int] | None:
    """(the thing's noun, the sentence saying it is in one of the containers)."""
    plural = rf"(?:them|the {noun}e?s|the {noun}s)"
    patterns = [
        rf"^(?:The|A|An) (?P<thing>[a-z]+) is (?:hidden |placed |kept )?{_PREPOSITIONS} (?:exactly |only |just )?one "
        rf"(?:of {plural}|{noun})[.!]?$",
        rf"^(?:Exactly |Only |Just )?[Oo]ne of {plural} {_HAS} (?:the|a|an) (?P<thing>[a-z]+)[.!]?$",
        rf"^(?:Exactly |Only |Just )?[Oo]ne {noun} {_HAS} (?:the|a|an) (?P<thing>[a-z]+)[.!]?$",
    ]
    found = [(m.group("thing"), k) for k, s in enumerate(sentences) for p in patterns if (m := re.match(p, s))]
    return found[0] if len(found) == 1 else None


def _place_list(text: str, refs: dict[str, str]) -> frozenset[str] | None:
    """ "the red box or the blue box" / "box A" -> their labels; None when a part names no container."""
    parts = re.split(r",\s*(?:or\s+)?|\s+or\s+", re.sub(r"^either\s+", "", text.strip().lower()))
    labels = [refs.get(part.strip()) for part in parts]
    return None if not labels or any(label is None for label in labels) else frozenset(labels)  # type: ignore[arg-type]


def _fact(sentence: str, thing: str, refs: dict[str, str], own: str | None) -> _Fact | None:
    """Where the thing is or is not, as `sentence` says; "this box" / "here" / "it" is `own` (a label's container)."""
    text = sentence.strip().rstrip(".!").strip()
    if own is not None:
        own_ref = next(r for r, label in refs.items() if label == own)
        text = re.sub(r"\b(?:this|my) [a-z]+\b|\bme\b", own_ref, text, flags=re.I)
        text = re.sub(r"\bis (not |n't )?here\b|\bisn't here\b", lambda m: "is " + ("not " if m.group(0) != "is here"
                      else "") + f"in {own_ref}", text)
        text = re.sub(r"\bI am empty\b|\bI'm empty\b", f"{own_ref} is empty", text, flags=re.I)
    text = text.replace("isn't", "is not").replace("doesn't", "does not")
    m = re.fullmatch(rf"(?:the|a|an) {thing} is (?P<not>not )?{_PREPOSITIONS} (?P<where>.+)", text, re.I)
    if m is not None:
        places = _place_list(m.group("where"), refs)
        return None if places is None else _Fact(places, not m.group("not"))
    m = re.fullmatch(rf"(?P<where>.+?) (?P<not>does not )?{_HAS} (?:the|a|an) {thing}", text, re.I)
    if m is not None:
        places = _place_list(m.group("where"), refs)
        return None if places is None or len(places) != 1 else _Fact(places, not m.group("not"))
    m = re.fullmatch(r"(?P<where>.+?) is (?P<not>not )?empty", text, re.I)
    if m is not None:
        places = _place_list(m.group("where"), refs)
        return None if places is None or len(places) != 1 else _Fact(places, bool(m.group("not")))
    return None


def _saying(sentence: str, thing: str, refs: dict[str, str], quotes: list[str]) -> tuple[str, _Fact] | None:
    """(the container, what its label says) from "The red box says: QUOTE0" / "The label on box A reads QUOTE1" /
    "Box B: QUOTE2"."""
    m = re.fullmatch(r"(?:(?:the|a) (?:label|sign|note|inscription|message) on )?(?P<where>.+?)(?:'s label)?"
                     r"(?: (?:says|reads|states|has the words))?[:,]? QUOTE(?P<k>\d+)[.!]?", sentence.strip(), re.I)
    if m is None:
        return None
    own = refs.get(m.group("where").strip().lower())
    if own is None:
        return None
    said = quotes[int(m.group("k"))]
    fact = _fact(said, thing, refs, own)
    return None if fact is None else (own, fact)


def _truth_amount(found: re.Match[str]) -> str | None:
    amount = found.group("amount").lower()
    false = found.group("value") == "false" if found.group("value") else bool(re.match("li", found.group("verb")))
    amount = {"only one": "exactly one", "just one": "exactly one", "one": "exactly one", "no": "none"}.get(amount,
                                                                                                       amount)
    if false:
        amount = {"all": "none", "none": "all", "both": "none"}.get(amount, f"{amount} false")
    return "all" if amount == "both" else amount


def _labels_fit(truth: str | None, values: list[bool]) -> bool:
    true = sum(values)
    false = len(values) - true
    return {None: True, "exactly one": true == 1, "at most one": true <= 1, "at least one": true >= 1,
            "none": true == 0, "all": false == 0, "exactly one false": false == 1, "at most one false": false <= 1,
            "at least one false": false >= 1}.get(truth, False)


def _question(question: str, thing: str, noun: str, refs: dict[str, str]) -> str | None:
    """ "where" for a which/where question, or the label a yes/no question asks about; None when not one of these."""
    text = question.strip().rstrip("?").strip()
    which = [rf"Which {noun} {_HAS} (?:the|a|an) {thing}", rf"Which {noun} is (?:the|a|an) {thing} {_PREPOSITIONS}",
             rf"(?:In|Under|Behind|Inside) which {noun} is (?:the|a|an) {thing}", rf"Where is (?:the|a|an) {thing}",
             rf"Which {noun} (?:should|must|do) (?:you|I|we) (?:open|choose|pick|lift)"]
    if any(re.fullmatch(p, text, re.I) for p in which):
        return "where"
    m = re.fullmatch(rf"Is (?:the|a|an) {thing} {_PREPOSITIONS} (?P<where>.+)", text, re.I)
    if m is None:
        m = re.fullmatch(rf"Does (?P<where>.+?) (?:have|contain|hold|hide) (?:the|a|an) {thing}", text, re.I)
    if m is None:
        return None
    return refs.get(m.group("where").strip().lower())


__all__ = ["solve_hidden_object"]
