"""The passive voice read as the active one: "The vase was broken by Tom" says what "Tom broke the vase" says.

A passive with its agent ("by Tom", "by either Sam or Ted", "by the manager") is turned round before the grammar
reads it: statements ("The vase was not broken by Ann" -> "Ann did not break the vase") and questions ("Was the
vase broken by Tom?" -> "Did Tom break the vase?", "Who was the vase broken by?" -> "Who broke the vase?"). The
participle must be a verb's past participle in the lexicon (lemminflect), so "is tired by noon" with a noun is left.

Left out: passives without an agent ("The vase was broken": who did it is not said, so nothing is turned round),
"by" of place with a verb of placing ("The lamp was put by the window": the window is where, not who), and
passives inside larger clauses (a condition, a quote): those sentences stay as they are and abstain if not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BE = r"(?:was|were|is|are|has been|have been|had been|got|gets|will be)"
_STATEMENT = re.compile(rf"^(?P<patient>[A-Za-z][\w' -]*?) {_BE} (?P<neg>not )?(?P<participle>[a-z]+) by "
                        r"(?P<agent>[A-Za-z][\w' -]*?)(?P<end>[.!]?)$")
_YES_NO = re.compile(r"^(?:was|were|is|are|has|have) (?P<patient>[A-Za-z][\w' -]*?) (?:been )?"
                     r"(?P<participle>[a-z]+) by (?P<agent>[A-Za-z][\w' -]*?)\?$", re.I)
_WHO_BY = re.compile(r"^(?:who|whom) (?:was|were|is|are|has|have) (?P<patient>[A-Za-z][\w' -]*?) (?:been )?"
                     r"(?P<participle>[a-z]+) by\?$|^by whom (?:was|were|is|are) (?P<patient2>[A-Za-z][\w' -]*?) "
                     r"(?P<participle2>[a-z]+)\?$", re.I)
_PLACING = frozenset({"put", "place", "leave", "set", "keep", "park", "stand", "hang", "locate", "situate", "build",
                      "find", "seat", "lay", "store", "plant", "station"})


@lru_cache(maxsize=4096)
def _verb_of(participle: str) -> str | None:
    """The verb whose past participle this word is ("broken" -> "break"), or None."""
    from lemminflect import getAllLemmas, getInflection

    for verb in getAllLemmas(participle).get("VERB", ()):
        if participle in getInflection(verb, tag="VBN"):
            return verb
    return None


@lru_cache(maxsize=4096)
def _past(verb: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(verb, tag="VBD")
    return forms[0] if forms else verb + "ed"


def _agent_is_who(verb: str, agent: str) -> bool:
    """ "by the window" after a verb of placing says where; a name after it still says who."""
    return verb not in _PLACING or agent[:1].isupper() and not agent.lower().startswith(("the ", "a ", "an "))


_UNIVERSAL = frozenset({"every", "each", "all", "any", "everyone", "everybody", "everything", "anyone", "anybody"})
_EXISTENTIAL = frozenset({"some", "a", "an", "one", "someone", "somebody", "something"})
_NEGATIVE = frozenset({"no", "none", "nobody", "nothing", "neither"})


def _quantifier(phrase: str) -> str | None:
    words = phrase.lower().split()
    head = "no one" if words[:2] == ["no", "one"] else words[0] if words else ""
    if head in _UNIVERSAL:
        return "all"
    if head in _EXISTENTIAL:
        return "some"
    return "no" if head in _NEGATIVE or head == "no one" else None


def _keeps_meaning(patient: str, agent: str, asked: bool = False) -> bool:
    """Turning a passive round puts the agent's quantifier before the patient's, and the grammar reads quantifiers
    in the order they come. Two of one kind commute ("every ... by every ..."), and "Some book was read by every
    student" becomes "Every student read some book", which the grammar reads as each student reading a book (the
    object folded into "read a book"), all the passive's one-book reading says in those words. "Every letter was
    signed by some clerk" would become one clerk signing them all, and a "no" moved past another quantifier
    changes what it denies ("No book was read by every student"): those stay as they are, and abstain. Asked, the
    weaker reading would answer a stronger question ("Was some book read by every student?"), so only quantifiers
    of one kind turn round."""
    first, second = _quantifier(patient), _quantifier(agent)
    if first is None or second is None:
        return True
    return first == second != "no" or (first, second) == ("some", "all") and not asked


def _lower_first(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    return (head.lower() if head in ("The", "A", "An", "Every", "Each", "Some", "No", "All") else head) + (
        " " + rest if rest else "")


def active_voice(sentence: str) -> str:
    """The sentence in the active voice when it is a passive with its agent, else the sentence unchanged."""
    text = sentence.strip()
    if m := _STATEMENT.match(text):
        verb = _verb_of(m.group("participle"))
        agent = m.group("agent")
        if verb is None or not _agent_is_who(verb, agent) or not _keeps_meaning(m.group("patient"), agent):
            return sentence
        action = f"did not {verb}" if m.group("neg") else _past(verb)
        return f"{agent[0].upper()}{agent[1:]} {action} {_lower_first(m.group('patient'))}{m.group('end') or '.'}"
    if m := _YES_NO.match(text):
        verb = _verb_of(m.group("participle"))
        if verb is None or not _agent_is_who(verb, m.group("agent")) or \
                not _keeps_meaning(m.group("patient"), m.group("agent"), asked=True):
            return sentence
        return f"Did {m.group('agent')} {verb} {m.group('patient')}?"
    if m := _WHO_BY.match(text):
        verb = _verb_of(m.group("participle") or m.group("participle2"))
        if verb is None:
            return sentence
        return f"Who {_past(verb)} {m.group('patient') or m.group('patient2')}?"
    return sentence


_AGENTLESS = re.compile(rf"^(?P<patient>[A-Za-z][\w' -]*?) {_BE} (?P<participle>[a-z]+)(?P<end>[.!]?)$")
_AGENTLESS_ASKED = re.compile(r"^(?:was|were|is|are|has|have) (?P<patient>[A-Za-z][\w' -]*?) (?:been )?"
                              r"(?P<participle>[a-z]+)\?$", re.I)


@lru_cache(maxsize=4096)
def _active_forms(verb: str) -> frozenset[str]:
    from lemminflect import getAllInflections

    return frozenset(form for tag, forms in getAllInflections(verb, upos="VERB").items() if tag != "VBN"
                     for form in forms) | {verb}


def _done_to(verb: str, patient: str, sentences: list[str]) -> bool:
    """Whether some sentence says who did `verb` to `patient` in the active voice ("Jim locked the door", "Did Tom
    break the window?"), the passive turned round included."""
    object_ = re.escape(_lower_first(patient).lower())
    forms = "|".join(re.escape(f) for f in sorted(_active_forms(verb)))
    done = re.compile(rf"\b(?:{forms}) {object_}\b", re.I)
    return any(done.search(sentence) for sentence in sentences)


def someone_for_agentless(sentences: list[str]) -> list[str]:
    """ "The cake was eaten." says someone ate the cake, when the text tells who does that to it elsewhere ("The cake
    was eaten by someone", "Did Tom eat the cake?"): read so, "Was the cake eaten?" is "Did someone eat the cake?"
    and the deed links with its doer. Where no sentence does, the participle stays a state ("The window was broken.
    Was the window broken?"), and "Ann was married" beside "Ann married Bob" is left (not done to Ann)."""
    out = []
    for k, sentence in enumerate(sentences):
        others = sentences[:k] + sentences[k + 1:]
        text = sentence.strip()
        m = _AGENTLESS.match(text) or _AGENTLESS_ASKED.match(text)
        verb = _verb_of(m.group("participle")) if m else None
        if m is None or verb is None or verb in _PLACING or not _done_to(verb, m.group("patient"), others):
            out.append(sentence)
        elif text.endswith("?"):
            out.append(f"Did someone {verb} {_lower_first(m.group('patient'))}?")
        else:
            out.append(f"Someone {_past(verb)} {_lower_first(m.group('patient'))}{m.group('end') or '.'}")
    return out


__all__ = ["active_voice", "someone_for_agentless"]
