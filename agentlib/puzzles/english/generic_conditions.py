"""A rule about a kind with a pronoun for the kind in its condition: "A dog is allowed only if it is leashed",
"Students pass if they study", "If they study, students pass".

The pronoun in the condition means the same any-one-N as the subject, so the rule is about each N: for every dog,
if it is allowed it is leashed. Read clause by clause, the subject would be every dog while "it" stays one unknown
thing, and "Rex is a dog. Rex is not leashed. Is Rex allowed?" would come out "cannot be determined" instead of
"no". So the sentence is turned around into the form the grammar binds ("If a dog is allowed, it is leashed";
"If a student studies, she passes"), which says the same: "B if A" is "if A, B", "B only if A" is "if B, A", and
"when" / "whenever" are "if".

"a / an" subjects turn around; plural ones ("students", "all dogs", "no dogs") take the condition as a relative
clause ("Students pass only if they study" -> "all students that pass study"). Before this reading the grammar took
that "they" for the people named ("Students pass only if they study. Ann is a student. Ann does not study. Does Ann
pass?" was answered "cannot be determined"). "Every student passes if she studies" would become "if every student
studies", which says something else, so with "every / each / any" a pronoun in the condition abstains, as it does
after "unless" (its condition is a denial the grammar would have to build) and where the pronoun is not the
condition's subject ("A dog is happy if Ann feeds it"). A condition said first ("If they study, students pass")
is put after its subject and read the same way (the grammar took that "they" for the people named too, so "Ann is a
student. Ann studies." made every student pass). The weather's "it" ("A picnic is cancelled if it rains") is left
to the grammar.
"""

from __future__ import annotations

from collections.abc import Callable

from agentlib.puzzles.english.text import Token
from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma

_INDEFINITE = frozenset({"a", "an"})
_OTHER_RULE_SUBJECTS = frozenset({"every", "each", "all", "any", "no"})
_OPENERS = frozenset({"if", "unless", "when", "whenever"})
_ANAPHORS = frozenset({"it", "he", "she", "they", "him", "her", "them", "its", "his", "their"})
_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they"})
_PLURAL_RULE_SUBJECTS = frozenset({"all", "no"})
_NOT_A_KIND = frozenset({"the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its",
                         "some", "many", "most", "few", "several", "both", "he", "she", "it", "they", "we", "you",
                         "i", "there"})


class PronounOfARule(Exception):
    """The condition's pronoun means any one the rule is about, in a shape this reading does not turn around."""


def turned_around(tokens: list[Token], is_name: Callable[[Token], bool], weather: frozenset[str]) -> list[Token]:
    """`tokens` with the condition's pronoun bound to the rule's subject, or the tokens themselves when the sentence
    has no such shape: "A N <result> (only) if / when <pronoun> <condition>" -> "If a N <condition>, <pronoun>
    <result>"; "(All / No) Ns <result> if <they> <condition>" -> "(All / No) Ns that <condition> <result>". An "it"
    before a word of `weather` ("if it rains") is left as it is; a condition fronted before the subject its pronoun
    means ("If they study, students pass") is put after it first. Raises PronounOfARule for the shapes the module
    notes leave out."""
    words = [t.low for t in tokens]
    if words[:2] == ["no", "one"]:
        return tokens  # "No one passes unless they study": "nobody", whose "they" the grammar binds itself
    if len(words) > 4 and words[0] in ("if", "when", "whenever") and words[1] in _SUBJECT_PRONOUNS and "," in words:
        return _fronted(tokens, is_name, weather)
    plural_end = _plural_subject_end(tokens, is_name)
    if len(words) < 5 or (words[0] not in _INDEFINITE and words[0] not in _OTHER_RULE_SUBJECTS and plural_end is None):
        return tokens
    opener = next((k for k, w in enumerate(words) if k > 1 and w in _OPENERS), None)
    if opener is None or any(is_name(t) for t in tokens[:opener]):
        return tokens
    condition = [t for t in tokens[opener + 1:] if t.low not in (".", "!")]
    pronoun = next((k for k, t in enumerate(condition) if t.low in _ANAPHORS or is_name(t)), None)
    if pronoun is None or is_name(condition[pronoun]):
        return tokens
    if condition[pronoun].low == "it" and any(lemma(t.low, "VERB") in weather or t.low in weather
                                              for t in condition[pronoun + 1:]):
        return tokens  # "A picnic is cancelled if it rains": the weather's "it", which the grammar reads
    only = words[opener - 1] == "only"
    result = [t for t in tokens[:opener - (1 if only else 0)] if t.low != ","]
    end = [tokens[-1]] if tokens[-1].low in (".", "!") else []
    if plural_end is not None and words[0] not in _INDEFINITE:
        if condition[pronoun].low not in ("they", "them", "their"):
            return tokens  # nothing plural to bind
        if condition[0].low != "they" or words[opener] == "unless" or plural_end >= len(result) - 1:
            raise PronounOfARule(condition[pronoun].low)
        subject, result_vp = result[:plural_end + 1], result[plural_end + 1:]
        if words[0] not in _PLURAL_RULE_SUBJECTS:  # a bare plural is about all of them: "all students that ..."
            subject = [Token("All", "all"), Token(subject[0].low, subject[0].low), *subject[1:]]
        first, second = (result_vp, condition[1:]) if only else (condition[1:], result_vp)
        return [*subject, Token("that", "that"), *first, *second, *end]
    if words[0] not in _INDEFINITE or words[opener] == "unless" or pronoun != 0 or \
            condition[0].low not in _SUBJECT_PRONOUNS:
        raise PronounOfARule(condition[pronoun].low)
    verb = next((k for k in range(2, len(result)) if result[k].low in AUXILIARIES or
                 (result[k].low.isalpha() and is_word(result[k].low, "VERB") and
                  lemma(result[k].low, "VERB") != result[k].low)), None)
    if verb is None:
        raise PronounOfARule(condition[0].low)
    subject, result_vp = [Token(result[0].low, result[0].low), *result[1:verb]], result[verb:]
    first, second = (result_vp, condition[1:]) if only else (condition[1:], result_vp)
    return [Token("If", "if"), *subject, *first, Token(",", ","), condition[0], *second, *end]


def _fronted(tokens: list[Token], is_name: Callable[[Token], bool], weather: frozenset[str]) -> list[Token]:
    """ "If they study, students pass" / "When it is fed, a dog is happy": the pronoun comes before the rule's
    subject it means; read as "Students pass if they study" / "A dog is happy when it is fed" are."""
    comma = [t.low for t in tokens].index(",")
    condition, result = tokens[1:comma], [t for t in tokens[comma + 1:] if t.low not in (".", "!")]
    if not result or any(is_name(t) for t in tokens) or \
            any(lemma(t.low, "VERB") in weather or t.low in weather for t in condition):
        return tokens
    end = [tokens[-1]] if tokens[-1].low in (".", "!") else []
    plural = result[0].low in _PLURAL_RULE_SUBJECTS or (
        result[0].low not in _NOT_A_KIND and result[0].low not in _OTHER_RULE_SUBJECTS and
        result[0].low not in _INDEFINITE and _plural_subject_end(result, is_name) is not None)
    if condition[0].low == "they" and plural:
        return turned_around([*result, Token(tokens[0].low, tokens[0].low), *condition, *end], is_name, weather)
    if condition[0].low != "they" and result[0].low in _INDEFINITE:
        return turned_around([*result, Token(tokens[0].low, tokens[0].low), *condition, *end], is_name, weather)
    if result[0].low in _OTHER_RULE_SUBJECTS or plural:
        raise PronounOfARule(condition[0].low)
    return tokens


def _plural_subject_end(tokens: list[Token], is_name: Callable[[Token], bool]) -> int | None:
    """The index of the plural noun that ends a plural rule subject ("students", "red cars", "all (the) dogs", "no
    dogs"), or None."""
    start = 0
    if tokens and tokens[0].low in _PLURAL_RULE_SUBJECTS:
        start = 2 if len(tokens) > 1 and tokens[1].low == "the" else 1
    elif tokens and (tokens[0].low in _NOT_A_KIND or tokens[0].low in _OTHER_RULE_SUBJECTS or
                     tokens[0].low in _INDEFINITE):
        return None  # "the dog barks", "my sisters": one thing or a group, not a rule about a kind
    for k in range(start, min(start + 3, len(tokens))):
        word = tokens[k].low
        if not word.isalpha() or is_name(tokens[k]) or word in AUXILIARIES:
            return None
        if is_word(word, "NOUN") and lemma(word, "NOUN") != word:
            return k
    return None


__all__ = ["PronounOfARule", "turned_around"]
