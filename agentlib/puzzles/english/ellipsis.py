"""Verb-phrase ellipsis: "Either the cat broke the vase or the dog did." -> "... or the dog broke the vase."

People leave out a verb phrase they just said: "A VP or B did", "A VP, and B did too", "A VP and so did B". Each is
read by copying the verb phrase to the second subject, which is what the sentence means in every case of that
shape. Subjects must be simple (a name, or "the"/"a" + at most two words) so the split between subject and verb
phrase is certain; "A is X, (then) B is too" copies the copula's complement the same way; a negated ellipsis
("but B did not") needs the verb's base form and is left as written (unread,
so the puzzle abstains rather than guesses).
"""

from __future__ import annotations

import re

_SUBJECT = r"(?:[A-Z][a-z]+|(?:the|a|an|The|A|An)(?: [a-z]+){1,2})"
_OR_DID = re.compile(rf"^(?P<either>(?:[Ee]ither )?)(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? or "
                     rf"(?P<second>{_SUBJECT}) (?:did|does|do)(?P<end>[.?!]?)$")
_AND_TOO = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? and (?P<second>{_SUBJECT}) "
                      rf"(?:did|does|do) (?:too|as well)(?P<end>[.?!]?)$")
_SO_DID = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<vp>[a-z][^,.;?!]*?),? and so (?:did|does|do) "
                     rf"(?P<second>{_SUBJECT})(?P<end>[.?!]?)$")
_PLACE_WORDS = r"(?:in|on|at|under|inside|behind|near|with|from|to|by)"
# A place phrase and an elided complement are a few words (at most 80 characters): unbounded, each "or in" / "is"
# of a long sentence started a scan to its end (quadratic).
_EITHER_PLACE = re.compile(rf"^(?P<either>[Ee]ither) (?P<subject>{_SUBJECT}|it|they|he|she) "
                           rf"(?P<copula>is|are|was|were) "
                           rf"(?P<first>{_PLACE_WORDS} [^,.;?!]{{1,80}}?),? or "
                           rf"(?P<second>{_PLACE_WORDS} [^,.;?!]{{1,80}}?)"
                           rf"(?P<end>[.?!]?)$")
# "Ann is in the kitchen or the garden": the preposition is left out before the second place
_SHARED_PLACE_WORD = re.compile(rf"^(?P<subject>{_SUBJECT}|it|they|he|she) (?P<copula>is|are|was|were) "
                                rf"(?P<either>either )?(?P<word>{_PLACE_WORDS}) (?P<first>the [a-z]+(?: [a-z]+)?) or "
                                rf"(?P<second>the [a-z]+(?: [a-z]+)?)(?P<end>[.?!]?)$")
_CONDITION_ECHO = re.compile(rf"^(?P<condition>(?:[Ii]f|[Ww]hen|[Ww]henever) (?P<first>{_SUBJECT}|he|she|they|it) "
                             rf"(?P<vp>[a-z][^,.;?!]*?)), (?:then )?(?P<second>{_SUBJECT}|he|she|they|it) "
                             rf"(?P<aux>will|would|does|did|do|can|could|should|must|is|are|was|were)"
                             rf"(?P<negation> not)?(?: too| either| as well)?(?P<end>[.?!]?)$")
# "If Jack goes to the party, so will Jill": the inverted echo, the same as "Jill will too"
_CONDITION_SO = re.compile(rf"^(?P<condition>(?:[Ii]f|[Ww]hen|[Ww]henever) (?P<first>{_SUBJECT}|he|she|they) "
                           rf"(?P<vp>[a-z][^,.;?!]*?)), (?:then )?so "
                           rf"(?P<aux>will|would|does|did|do|can|could|should|must|is|are|was|were) "
                           rf"(?P<second>{_SUBJECT}|he|she|they)(?P<end>[.?!]?)$")
# "If I am a knight, then Eli is too": the copula's complement is what "is too" leaves out
_COPULA_TOO = re.compile(rf"^(?P<head>[^,;\"]*?\b(?:am|is|are|was|were) )(?P<pred>(?!not\b)[a-z][a-z -]{{0,80}}?)"
                         rf"(?P<mid>,? (?:then |and |so )?)(?P<second>{_SUBJECT}) (?P<copula>is|are|was|were) "
                         rf"(?:too|as well)(?P<end>[.?!]?)$")
# "Ed is a knight or a knave, and so is Fay": the copula inverted after "so", the same as "and Fay is too"
_COPULA_SO = re.compile(rf"^(?P<head>{_SUBJECT} (?P<copula>is|are|was|were) )(?P<pred>(?!not\b)[a-z][a-z -]{{0,80}}?)"
                        rf"(?P<mid>,? and )so (?P=copula) (?P<second>{_SUBJECT})(?P<end>[.?!]?)$")
# a complement that is one thing, or a choice of two kinds ("a knight or a knave"), never two clauses
_ONE_COMPLEMENT = re.compile(r"^(?:(?!\b(?:am|is|are|was|were|or|and)\b).)+$|^an? [a-z-]+ or an? [a-z-]+$")
_AUXILIARY_START = re.compile(r"^(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had|not)\b")


def resolve_ellipsis(sentence: str) -> str:
    """`sentence` with an elided verb phrase copied in, or unchanged."""
    text = sentence.strip()
    place = _EITHER_PLACE.match(text)
    if place is not None:  # "Either the key is in the drawer or in my bag": the "or" joins two places
        subject = place.group("subject")
        subject = subject[0].upper() + subject[1:]
        return f"{subject} {place.group('copula')} either {place.group('first')} or {place.group('second')}" \
               f"{place.group('end')}"
    shared = _SHARED_PLACE_WORD.match(text)
    if shared is not None:
        word = shared.group("word")
        return f"{shared.group('subject')} {shared.group('copula')} {shared.group('either') or ''}{word} " \
               f"{shared.group('first')} or {word} {shared.group('second')}{shared.group('end')}"
    inverted = _CONDITION_SO.match(text)
    if inverted is not None:
        _, vp = _parallel(inverted.group("first"), inverted.group("vp"), inverted.group("second"))
        completed = _echoed_verb_phrase(vp, inverted.group("aux"))
        if completed is not None:  # "If Jack goes to the party, so will Jill." -> "..., Jill will go to the party."
            return f"{inverted.group('condition')}, {inverted.group('second')} {inverted.group('aux')} {completed}" \
                   f"{inverted.group('end')}"
    echo = _CONDITION_ECHO.match(text)
    if echo is not None and echo.group("first").lower() != "it":  # "If it rains, the match will not": not "rain"
        _, vp = _parallel(echo.group("first"), echo.group("vp"), echo.group("second"))
        completed = _echoed_verb_phrase(vp, echo.group("aux"))
        if completed is not None:  # "If Rosa attends, Tim will not." -> "..., Tim will not attend."
            return f"{echo.group('condition')}, {echo.group('second')} {echo.group('aux')}" \
                   f"{echo.group('negation') or ''} {completed}{echo.group('end')}"
    for pattern, joiner in ((_OR_DID, "or"), (_AND_TOO, "and"), (_SO_DID, "and")):
        match = pattern.match(text)
        if match is None:
            continue
        first, vp = _parallel(match.group("first"), match.group("vp"), match.group("second"))
        if _AUXILIARY_START.match(vp):
            continue  # "A is tall or B does": not a verb phrase "does" can stand for
        either = match.groupdict().get("either") or ""
        return f"{either}{first} {vp} {joiner} {match.group('second')} {vp}{match.group('end')}"
    inverted_copula = _COPULA_SO.match(text)
    if inverted_copula is not None and _ONE_COMPLEMENT.match(inverted_copula.group("pred")):
        pred = inverted_copula.group("pred")
        head, mid, second = inverted_copula.group("head"), inverted_copula.group("mid"), inverted_copula.group("second")
        return f"{head}{pred}{mid}{second} {inverted_copula.group('copula')} {pred}{inverted_copula.group('end')}"
    copula = _COPULA_TOO.match(text)
    if copula is not None and len(re.findall(r"\b(?:am|is|are|was|were)\b", copula.group("head"))) == 1 and \
            _ONE_COMPLEMENT.match(copula.group("pred")):  # one clause, one complement
        head, pred = copula.group("head"), copula.group("pred")
        return f"{head}{pred}{copula.group('mid')}{copula.group('second')} {copula.group('copula')} {pred}" \
               f"{copula.group('end')}"
    return sentence


def _parallel(first: str, vp: str, second: str) -> tuple[str, str]:
    """The first subject as long as the second ("the cat | broke the vase" beside "the dog"), so the words after
    it are the verb phrase; a name stays a name."""
    first_words, second_words = first.split(), second.split()
    if first_words[0].lower() in ("the", "a", "an") and len(first_words) > len(second_words) >= 2:
        keep = len(second_words)
        return " ".join(first_words[:keep]), " ".join(first_words[keep:] + [vp])
    return first, vp


# a verb left bare is marked as an echo: "Lea goes too", "Lea didn't go", "Did Kai go?", "If Lea goes, ..."
_NEGATED = {"didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "never"}
_AUX_BEFORE_NOT = {"did", "does", "do", "will", "would", "can", "could"}
_PROGRESSIVE = {"is", "are", "was", "were", "am"}
_MODALS = {"will", "would", "can", "could", "shall", "should", "must", "may", "might"}
_CONDITIONS = {"if", "when", "whenever", "unless", "once"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
_NOT_SUBJECTS = {"some", "all", "every", "each", "no", "any", "the", "a", "an", "if", "when", "whenever", "unless",
                 "either", "neither", "both", "so", "therefore", "then", "whoever", "whatever", "anyone", "everyone",
                 "someone", "nobody", "thus", "hence", "only", "most", "many", "few", "none", "it", "there", "this",
                 "that", "these", "those", "and", "or", "but", "not", "is", "are", "was", "were", "did", "does", "do"}
_CLAUSE_ENDS = {",", ".", "?", "!", ";", ":"}
_CLAUSE_WORDS = {"and", "or", "but", "then", "if", "unless", "so", "because", "while", "when", "whenever",
                 "too", "either", "also", "as", "only", "nor", "than", "even", "though", "although"}
_WORD = re.compile(r"[A-Za-z][A-Za-z']*|[,.?!;:]")


# pronouns that are only ever subjects: one of them after a verb starts the next clause ("If Sam studies he passes")
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})


def _next_subject(tokens: list[re.Match[str]], lows: list[str], k: int) -> bool:
    """Whether word `k` begins a clause of its own in a text typed without a comma: a subject-only pronoun, or
    "you" / "it" / a name right before an auxiliary ("If you study you will pass", "If Ann calls Bob will answer")."""
    if lows[k] in _NOMINATIVE:
        return True
    before_auxiliary = k + 1 < len(lows) and lows[k + 1] in _AUXILIARY_STARTS
    return before_auxiliary and (lows[k] in ("you", "it") or tokens[k].group()[:1].isupper())


_AUXILIARY_STARTS = frozenset({"will", "would", "can", "could", "shall", "should", "must", "may", "might", "is", "was",
                               "does", "did", "has", "had", "won't", "can't", "doesn't", "didn't", "isn't", "wasn't"})


_CONDITION_OPENERS = frozenset({"if", "when", "whenever", "unless"})
_WH_WORDS = frozenset(("what", "which", "where", "when", "who", "whom", "how", "in", "at", "on"))


def complete_bare_verbs(sentences: list[str]) -> list[str]:
    """The text with a bare verb given the one complement the same verb took earlier: "If Kai goes to the party,
    Lea goes too. Lea didn't go. Did Kai go?" -> "... Lea goes to the party too. Lea didn't go to the party. Did Kai
    go to the party?".

    A verb is completed only where its subject is a name, a pronoun or "the" + a noun, it is left bare and marked
    as an echo (followed by "too" / "as well" / "either", also after "will"; after "also", negated, asked with "did"
    ..., in the progressive "is going", or in the condition of "if / when / unless"), only after the verb was said
    with its complement, and only when every earlier use of that verb took the same complement: two different
    complements ("goes to school", "goes to the gym") leave it bare, and the reader then abstains on the gap rather
    than guessing which was meant."""
    from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma

    complements: dict[str, set[str]] = {}
    out: list[str] = []
    for sentence in sentences:
        tokens = list(_WORD.finditer(sentence))
        lows = [t.group().lower() for t in tokens]
        insertions: list[tuple[int, str]] = []
        for k, low in enumerate(lows):
            if k == 0 or low in AUXILIARIES or low in _CLAUSE_WORDS or low in _NOT_SUBJECTS or \
                    not is_word(low, "VERB"):
                continue
            echo = _echo_context(tokens, lows, k)
            if echo is None:
                continue
            end = k + 1
            while end < len(lows) and lows[end] not in _CLAUSE_ENDS and lows[end] not in _CLAUSE_WORDS and \
                    lows[end] not in AUXILIARIES and not _next_subject(tokens, lows, end):
                end += 1
            verb = lemma(low, "VERB")
            if end > k + 1:
                # "If the dog barks the baby wakes up": typed without a comma or "then", where the condition's verb
                # phrase ends is the reader's to find, so "the baby wakes up" is never taken for what "barks" took
                uncut = "," not in sentence and any(w in _CONDITION_OPENERS for w in lows[:k]) and \
                    (end >= len(lows) or lows[end] in _CLAUSE_ENDS)
                if lows[k + 1] not in AUXILIARIES and not uncut:
                    complements.setdefault(verb, set()).add(" ".join(lows[k + 1:end]))
                continue
            marked = echo or lows[end:end + 1] in (["too"], ["either"]) or lows[end:end + 2] == ["as", "well"]
            if end < len(lows) and lows[end] not in _CLAUSE_ENDS and lows[end] not in ("too", "either", "as"):
                continue  # "Ben goes and ...": only a verb at the end of its clause is bare
            said = complements.get(verb, set())
            if lows[0] in _WH_WORDS:
                continue  # "What place did Ali finish?": the question word is the verb's complement, not a gap
            if marked and len(said) == 1:
                insertions.append((tokens[k].end(), " " + next(iter(said))))
        for position, phrase in reversed(insertions):
            sentence = sentence[:position] + phrase + sentence[position:]
        out.append(sentence)
    return out


def _echo_context(tokens: list[re.Match[str]], lows: list[str], k: int) -> bool | None:
    """None when the word at `k` has no name, pronoun or "the" + noun for its subject; else whether the way it is
    said marks a bare verb as an echo of one said before ("Lea didn't go", "Did Kai go?", "Lea also goes", "if Lea
    goes")."""
    before = lows[k - 1]
    start = _subject_start(tokens, lows, k - 1)
    if start is not None:
        if start >= 1 and lows[start - 1] in _AUX_BEFORE_NOT:
            return True  # "Did Kai go?", "Did the goat play?"
        return start >= 1 and lows[start - 1] in _CONDITIONS  # "if Lea goes"
    if before in _NEGATED and _subject_start(tokens, lows, k - 2) is not None:
        return True
    if before == "not" and k >= 3 and lows[k - 2] in _AUX_BEFORE_NOT and \
            _subject_start(tokens, lows, k - 3) is not None:
        return True
    if before == "also" and _subject_start(tokens, lows, k - 2) is not None:
        return True
    if before in _PROGRESSIVE and lows[k].endswith("ing") and _subject_start(tokens, lows, k - 2) is not None:
        return True
    if before in _MODALS and _subject_start(tokens, lows, k - 2) is not None and \
            (lows[k + 1:k + 2] in (["too"], ["either"]) or lows[k + 1:k + 3] == ["as", "well"]):
        return False  # "Jill will go too" (marked by "too"); "he will pass the exam" is no echo and records nothing
    return None


def _subject_start(tokens: list[re.Match[str]], lows: list[str], index: int) -> int | None:
    """Where the subject ending at `index` starts: a capitalised name or a subject pronoun there, or "the" + a noun
    ("the cat will play too"); None when the word there ends no such subject."""
    if index < 0 or lows[index] in _NOT_SUBJECTS:
        return None
    if index >= 1 and lows[index - 1] == "the":
        from agentlib.puzzles.english.words import is_word

        return index - 1 if is_word(lows[index], "NOUN") else None
    return index if tokens[index].group()[:1].isupper() or lows[index] in _SUBJECT_PRONOUNS else None


_COPULA_WORDS = {"is", "are", "was", "were"}


def _echoed_verb_phrase(vp: str, aux: str) -> str | None:
    """The verb phrase an auxiliary stands for: "attends the meeting" after "will" -> "attend the meeting"; "is late"
    after "is" -> "late". None when the two do not fit (a copula phrase after "will", a modal phrase)."""
    from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma

    words = vp.split()
    if words[0] in _COPULA_WORDS:
        return " ".join(words[1:]) if aux in _COPULA_WORDS and len(words) > 1 else None
    if aux in _COPULA_WORDS or words[0] in AUXILIARIES or words[0] == "not" or not is_word(words[0], "VERB"):
        return None
    return " ".join([lemma(words[0], "VERB"), *words[1:]])


# "Ann is a doctor. So is Bo." / "Bo is too." / "Ann plays chess. So does Bo." / "Bo does too.": an echo of the
# sentence before it, said of another subject
_ECHO_SO = re.compile(rf"^(?:[Aa]nd )?[Ss]o (?P<aux>is|are|was|were|does|did) (?P<second>{_SUBJECT})(?P<end>[.!]?)$")
_ECHO_TOO = re.compile(rf"^(?P<second>{_SUBJECT}) (?P<aux>is|are|was|were|does|did) (?:too|as well)(?P<end>[.!]?)$")
_COPULA_SENTENCE = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<copula>is|are|was|were) "
                              rf"(?P<pred>[A-Za-z][A-Za-z' -]{{0,80}}?)[.!]?$")
# "Ann didn't go to the party. Neither did Bo." / "Nor did Bo." / "Bo didn't either."
_ECHO_NEITHER = re.compile(rf"^(?:[Aa]nd )?(?:[Nn]either|[Nn]or) (?P<aux>is|are|was|were|does|did|can|will|has) "
                           rf"(?P<second>{_SUBJECT})(?P<end>[.!]?)$")
_ECHO_EITHER = re.compile(rf"^(?P<second>{_SUBJECT}) (?P<aux>is|are|was|were|does|did|can|will|has)(?:n't| not) "
                          rf"either(?P<end>[.!]?)$")
_NEGATIVE_SENTENCE = re.compile(rf"^(?P<first>{_SUBJECT}) (?P<aux>is|are|was|were|does|did|can|will|has)"
                                rf"(?:n't| not) (?P<rest>[a-z][A-Za-z' -]{{0,80}}?)[.!]?$")
_VERB_SENTENCE = re.compile(r"^(?P<first>[A-Z][a-z]+) (?P<vp>[a-z][A-Za-z' -]{0,80}?)[.!]?$")


# "Ann likes jazz. Bo doesn't." / "Ann is a doctor, but Bo isn't." / "Ann can swim. Bo can't.": the contrast, the
# sentence before it denied of another subject
_CONTRAST_SUBJECT = rf"(?:(?:Mr|Mrs|Ms|Dr)\.? )?{_SUBJECT}"
_CONTRAST_AUX = r"(?:is|are|was|were|does|do|did|can|could|will|would|has|have)"
_ECHO_NOT = re.compile(rf"^(?:[Bb]ut )?(?P<second>{_CONTRAST_SUBJECT}) (?P<aux>{_CONTRAST_AUX})(?:n't| not)"
                       rf"(?P<end>[.!]?)$")
_BUT_ECHO_NOT = re.compile(rf"^(?P<head>[^,;]{{1,120}}?),? but (?P<tail>{_CONTRAST_SUBJECT} {_CONTRAST_AUX}"
                           rf"(?:n't| not)[.!]?)$")
_MODAL_OR_PERFECT = frozenset({"can", "could", "will", "would", "has", "have"})
_PRESENT_AUX, _PAST_AUX = frozenset({"is", "are", "does", "do"}), frozenset({"was", "were", "did"})


def unfold_echo_sentences(sentences: list[str]) -> list[str]:
    """Each echo ("So is Bo.", "Bo does too.", "Bo doesn't.") written out from the sentence just before it ("Bo is a
    doctor.", "Bo plays chess.", "Bo does not play chess."); an echo of anything else (a negation echoed by a
    contrast, two clauses, a plural) is left as written."""
    out: list[str] = []
    for sentence in _contrasts_apart(sentences):
        echo = _ECHO_SO.match(sentence.strip()) or _ECHO_TOO.match(sentence.strip())
        denied = _ECHO_NEITHER.match(sentence.strip()) or _ECHO_EITHER.match(sentence.strip())
        contrast = _ECHO_NOT.match(sentence.strip()) if echo is None and denied is None else None
        written = _echoed(out[-1].strip(), echo) if echo is not None and out else \
            _echoed_denial(out[-1].strip(), denied) if denied is not None and out else \
            _contrasted(out[-1].strip(), contrast) if contrast is not None and out else None
        out.append(written if written is not None else sentence)
    return out


def _contrasts_apart(sentences: list[str]) -> list[str]:
    """ "Ann likes jazz, but Bo doesn't." as "Ann likes jazz." and "Bo doesn't." ("but" asserts both), where the
    first clause is one simple sentence the contrast can be read against; other sentences as they are."""
    out: list[str] = []
    for sentence in sentences:
        split = _BUT_ECHO_NOT.match(sentence.strip())
        if split is not None and _contrasted(split["head"] + ".", _ECHO_NOT.match(split["tail"])) is not None:
            out += [split["head"] + ".", split["tail"]]
        else:
            out.append(sentence)
    return out


def _contrasted(before: str, echo: re.Match[str] | None) -> str | None:
    """ "Bo doesn't." after "Ann likes jazz.": "Bo does not like jazz."; None where the sentence before is not one
    positive clause of the auxiliary's tense."""
    if echo is None or _PRONOUNS.search(before.split(" ", 1)[-1]) or \
            re.search(r"\b(?:and|or|but|not|n't|never|no|if|unless|because)\b", before, re.I):
        return None
    aux, second = echo["aux"], echo["second"]
    if before.split(" ", 1)[0].lower() in _NOT_A_DOER:
        return None  # "It rained, but Ann didn't.": the weather's "it" did nothing Ann could fail to do
    vp = _predicate_of(before)
    if vp is None:
        return None
    head, _, rest = vp.partition(" ")
    if aux in _COPULA_WORDS:
        if head not in _COPULA_WORDS or not _same_tense(head, aux) or not rest or not _ONE_COMPLEMENT.match(rest):
            return None
        return f"{second} {aux} not {rest}."
    if aux in _MODAL_OR_PERFECT:  # "Ann can swim. Bo can't.": the same modal, its verb phrase kept
        return f"{second} {aux} not {rest}." if head == aux and rest else None
    if _AUXILIARY_START.match(vp):
        return None
    past = head.endswith("ed") or head in _PAST_IRREGULAR
    if (aux == "did") != past:
        return None  # "Ann likes jazz. Bo didn't.": the tenses differ
    base = _echoed_verb_phrase(vp, "does")
    return f"{second} {aux} not {base}." if base is not None else None


_TITLED = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+$|^(?:the|a|an|The|A|An)(?: [a-z]+){1,2}$")


def _predicate_of(clause: str) -> str | None:
    """The verb phrase of one simple clause ("The new tenant | likes jazz", "Mr Park | can swim"): the subject is a
    name (with a title) or "the" + one or two words, and the verb phrase starts with a verb form."""
    from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma

    words = clause.rstrip(".!").split()
    for size in (1, 2, 3):
        subject, rest = " ".join(words[:size]), words[size:]
        if not rest or not _TITLED.match(subject) or not re.fullmatch(r"[a-z][a-z'-]*", rest[0]):
            continue
        if rest[0] in AUXILIARIES or rest[0] in _COPULA_WORDS or \
                (is_word(rest[0], "VERB") and lemma(rest[0], "VERB") != rest[0]):
            vp = " ".join(rest)
            return vp if re.fullmatch(r"[a-z][A-Za-z' -]{0,80}", vp) else None
    return None


_NOT_A_DOER = frozenset({"it", "there", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you",
                         "today", "tomorrow", "yesterday"})


def _same_tense(copula: str, aux: str) -> bool:
    return (copula in _PRESENT_AUX) == (aux in _PRESENT_AUX)


# "Ann loves her mother. So does Bo.": Bo's own mother or Ann's? A copied pronoun may point either way
_PRONOUNS = re.compile(r"\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|himself|herself|itself|"
                       r"themselves|one's)\b")


def _echoed(before: str, echo: re.Match[str]) -> str | None:
    aux, second = echo.group("aux"), echo.group("second")
    if _PRONOUNS.search(before.split(" ", 1)[-1]):
        return None
    if aux in ("is", "are", "was", "were"):
        said = _COPULA_SENTENCE.match(before)
        if said is None or said.group("copula") != aux or said.group("pred").startswith("not ") or \
                not _ONE_COMPLEMENT.match(said.group("pred")):
            return None
        return f"{second} {aux} {said.group('pred')}."
    said = _VERB_SENTENCE.match(before)
    if said is None or " " in second or _AUXILIARY_START.match(said.group("vp")) or \
            re.search(r"\b(?:and|or|not|n't|never|but)\b", said.group("vp")):
        return None  # "So does Bo" copies a verb phrase said of one name by one name (its verb agrees as it is)
    verb = said.group("vp").split(" ", 1)[0]
    if (aux == "does") != (verb.endswith("s") and not verb.endswith("ss")) and aux == "does":
        return None
    if aux == "did" and not verb.endswith("ed") and verb not in _PAST_IRREGULAR:
        return None
    return f"{second} {said.group('vp')}."


def _echoed_denial(before: str, echo: re.Match[str]) -> str | None:
    """ "Neither did Bo." after "Ann didn't go to the party.": "Bo did not go to the party."."""
    said = _NEGATIVE_SENTENCE.match(before)
    if said is None or said.group("aux") != echo.group("aux") or _PRONOUNS.search(said.group("rest")) or \
            re.search(r"\b(?:and|or|but|not|n't|never)\b", said.group("rest")):
        return None
    return f"{echo.group('second')} {echo.group('aux')} not {said.group('rest')}."


_PAST_IRREGULAR = frozenset({"went", "came", "saw", "ate", "drank", "took", "gave", "made", "won", "lost", "ran",
                             "bought", "sold", "read", "wrote", "left", "found", "got", "had", "sang", "swam", "met"})
