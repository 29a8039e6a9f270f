"""Predicates a group holds together, never each member alone: "Ann and Bo are a team" does not make Ann a team.

A subject of names joined by "and" usually distributes ("Ann and Bo are tall": each is), and the grammar reads it so.
Five shapes break that, and reading them member by member verifies wrong answers ("Ann and Bo are neighbors. Bo
and Cy are neighbors. So Ann and Cy are neighbors." came out valid):
  - one singular indefinite noun after the copula: "are a team", "are a good match" (two people are not each one);
  - a reciprocal adjective or plural noun ending the clause: "are similar", "are together", "are old friends",
    "are neighbors" (a relation between them with its other side left unsaid);
  - a collective or reciprocal verb with no object: "met", "gathered in the hall", "disagree";
  - a number as the verb's object: "ate ten cookies", "have three children", "earn 5000 dollars" (a total, or
    each?), never one inside a phrase after it ("sit in a row of three chairs");
  - a list of singular indefinite nouns after the copula: "Ravi, Sam and Tia are a doctor, a lawyer and a chef (in
    some order)" gives one role to each (the grid reads that), never all three to Ravi.
A bare reciprocal word ("are friends", "are not similar") is read as a relation between every two of them, the
same both ways, so "Ann and Cy are friends" needs its own premise; any other such clause is not read (the caller
skips the distributive reading), so the text abstains; "each" or "both"
("are each a doctor", "both met Cy") keeps the distributive reading. Left out: the relations themselves
("neighbors" as a symmetric relation is another module's business).
"""

from __future__ import annotations

from agentlib.puzzles.english.words import lemma

_COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
_DISTRIBUTIVE = frozenset({"each", "both", "all", "individually", "separately", "respectively"})
_RECIPROCAL_ADJECTIVES = frozenset({"similar", "alike", "equal", "identical", "together", "apart", "related",
                                    "unrelated", "acquainted", "compatible", "incompatible", "close", "engaged",
                                    "inseparable", "equivalent", "opposite", "opposites", "adjacent", "parallel",
                                    "connected", "divorced", "separated", "reunited", "united"})
_RECIPROCAL_NOUNS = frozenset({"friend", "neighbor", "neighbour", "partner", "classmate", "colleague", "roommate",
                               "teammate", "rival", "enemy", "stranger", "ally", "opposite", "lover", "acquaintance",
                               "twin", "pen-pal", "penpal", "housemate", "flatmate", "coworker", "co-worker",
                               "bandmate", "schoolmate", "workmate", "companion", "sweetheart", "couple", "pair"})
_COLLECTIVE_VERBS = frozenset({"meet", "gather", "disagree", "agree", "quarrel", "argue", "collide", "differ", "kiss",
                               "hug", "embrace", "divorce", "separate", "cooperate", "coincide", "reunite", "unite",
                               "merge", "mingle", "assemble", "congregate", "huddle", "split", "date", "marry",
                               "correspond", "converge", "intersect", "touch", "overlap", "clash"})
_OBJECTLESS_FOLLOWERS = frozenset({"in", "at", "on", "for", "yesterday", "today", "again", "often", "once", "twice",
                                   "last", "this", "every", "before", "after", "during", "about", "over", "with",
                                   "by", "outside", "inside", "here", "there", "downtown", "online", "recently"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozen", "dozens",
                          "several", "many", "pair"})
_APPROXIMATELY = frozenset({"about", "over", "exactly", "nearly", "around", "almost", "a"})  # "ate a dozen"
_AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might",
                          "not", "never", "have", "has", "had", "often", "always", "usually", "sometimes"})


def _counts(word: str) -> bool:
    return word.isdigit() or word.startswith("$") or word in _COUNT_WORDS


def mutual_word(vp: list[str]) -> tuple[str, bool] | None:
    """ "are (not) (good) friends" / "are similar" -> ("friend" / "similar", negated): a reciprocal word ending the
    clause after the copula, which holds between every two of the group (`Grammar.clause` reads it as a relation,
    the same both ways); None for any other verb phrase."""
    words = [w for w in vp if w not in (",", ".")]
    if not words or words[0] not in _COPULAS or _DISTRIBUTIVE & set(words):
        return None
    negated = "not" in words[1:] or "never" in words[1:]
    rest = [w for w in words[1:] if w not in ("not", "never")]
    if len(rest) == 1 and rest[0] in _RECIPROCAL_ADJECTIVES:
        return rest[0], negated
    if len(rest) == 1 and rest[0] != lemma(rest[0], "NOUN") and lemma(rest[0], "NOUN") in _RECIPROCAL_NOUNS:
        return lemma(rest[0], "NOUN"), negated
    return None


def collective_predicate(vp: list[str]) -> str:
    """Why the verb phrase `vp` (lower-case words after a subject of names joined by "and") holds only of the group
    together, or "" when it distributes over the members."""
    words = [w for w in vp if w not in (",", ".")]
    if not words or _DISTRIBUTIVE & set(words):
        return ""
    if words[0] in _COPULAS:
        rest = [w for w in words[1:] if w not in ("not", "never")]
        listed = [w for w in vp[1:] if w not in ("not", "never", ".")]
        if rest[:1] in (["a"], ["an"]) and \
                any(w in ("and", ",") and after in ("a", "an") for w, after in zip(listed, listed[1:])):
            return f"'{' '.join(rest)}' shared out among them (one each), not said of each"
        if rest[:1] in (["a"], ["an"]) and len(rest) >= 2 and "and" not in rest and "," not in vp and \
                lemma(rest[-1], "NOUN") == rest[-1]:
            return f"'{' '.join(rest)}' said of two or more together"
        if len(rest) == 1 and rest[0] in _RECIPROCAL_ADJECTIVES:
            return f"'{rest[0]}' relates them to each other"
        if rest and "of" not in rest and "to" not in rest and rest[-1] != lemma(rest[-1], "NOUN") and \
                lemma(rest[-1], "NOUN") in _RECIPROCAL_NOUNS:
            return f"'{rest[-1]}' relates them to each other"
        return ""
    k = 0
    while k + 1 < len(words) and words[k] in _AUXILIARIES and not _counts(words[k + 1]) and \
            words[k + 1] not in _APPROXIMATELY:
        k += 1  # "have ten boxes": "have" is the verb there, not an auxiliary
    counted = words[k + 1:k + 3] if words[k + 1:k + 2] and words[k + 1] in _APPROXIMATELY else words[k + 1:k + 2]
    if counted and _counts(counted[-1]):
        return "a number said of two or more: a total, or each one's?"  # the verb's object, not "in a row of three"
    if k < len(words) and lemma(words[k], "VERB") in _COLLECTIVE_VERBS and \
            (k + 1 == len(words) or words[k + 1] in _OBJECTLESS_FOLLOWERS):
        return f"'{words[k]}' is done together"
    return ""
