"""Remarks typed around a puzzle that share nothing with it: "Long day, brain fried.", "Welcome back, contestants!",
"Puzzle 12.", "Lesson 6 practice.", "ok my son has this for homework and i am way too tired for it.", and lead-ins
before a colon ("lol settle this: ...", "Clue A: ...").

Why dropping them is sound (relevance): a set of premises entails a conclusion from fewer premises only if the
premises it leaves out share vocabulary (a name, a predicate, the speaker) with the rest and the question, or speak
of the whole domain. A satisfiable sentence whose words appear nowhere else, with no quantifier, count, pronoun
pointing back, or name, can neither settle the question nor keep it open. So a remark is dropped only when none of
its content words (compared by lemma and by a generous stem, so "ran" meets "run") occurs in any other sentence of
the text, and it has no quantifier or number word, no third-person pronoun, no generic "you", no first person that
another sentence also uses, no word written with a capital inside the sentence (a name the cast would count), and
no quotation. Questions are never dropped.

A remark the reader did read is dropped too when it read every sentence and still abstained ("The sun was setting
over the lake." makes the sun one more thing that might have caught the most fish).

Instructions to the solver ("Show your work.", see `instructions.py`) state nothing and drop too. After the last
question a remark's "no" / "all" before a noun, its "you" and its dates are read more closely (`closing_remarks.py`).

`solve` tries the text without such remarks only after the text as typed abstains, and keeps that reading only when
it verifies an answer that more premises would keep (an entailment or the one model, not "cannot be determined", a
possibility or a count of solutions): a remark may still mean something to a reader who knows words the grammar does
not ("It's pouring outside." before "Is it raining?"). Everything else is left to the grammar to read or abstain on.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.closing_remarks import closing_mask
from agentlib.puzzles.english.expressives import asserts_nothing
from agentlib.puzzles.english.instructions import is_instruction
from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.reports import SAYING_VERBS
from agentlib.puzzles.english.words import NUMBER_WORDS, PREPOSITIONS, comparative, is_word, lemma, scale_of

# Words that speak of the whole domain or count it: a remark with one of them may constrain every reading
_QUANTIFIERS = {"all", "every", "each", "some", "any", "none", "nobody", "noone", "nothing", "everyone", "everybody",
                "everything", "someone", "somebody", "something", "anyone", "anybody", "anything", "exactly",
                "only", "most", "least", "more", "fewer", "less", "both", "either", "neither", "there", "many",
                "few", "several", "always", "never", "whoever", "whatever", "not", "no", "n't"}
# Pronouns that point back to someone named elsewhere, and generic "you" (a universal: "you can ride only if ...")
_ANAPHORS = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their", "theirs",
             "themselves", "you", "your", "yours", "yourself", "u", "ur"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "im", "i'm", "i've", "i'd", "i'll", "we", "us", "our", "ours",
                 "ourselves", "we're"}
# A number after one of these labels the text ("Puzzle 12.", "Q5", "Exercise 2:"); any other number may count
_LABELS = {"puzzle", "riddle", "exercise", "question", "problem", "q", "worksheet", "lesson", "task", "round",
           "level", "part", "page", "unit", "chapter", "no", "number", "#", "day", "week", "clue", "hint", "example",
           "sheet", "card", "thread", "grade", "grades"}
# words of asking or translating, and the sources a puzzle comes from (`telling_lead`); not "says" / "told" /
# "reasoned": what someone says may be a claim of the puzzle ("Ann says: Bob is a knave."), true or not
_TELLING = {"ask", "translate", "translation", "riddle", "puzzle", "teaser", "problem", "quiz", "notebook", "homework",
            "worksheet", "bulletin", "newsletter", "thread", "olympiad"}
# labels of the text itself, which speak of nothing in the puzzle's world
_TEXT_LABELS = {"puzzle", "riddle", "exercise", "worksheet", "lesson", "clue", "hint", "sheet", "card", "thread"}
# chat words and fillers: no content, and no name
_STOP = FUNCTION_WORDS | PREPOSITIONS | {
    "it's", "its", "this", "that", "ok", "okay", "so", "well", "lol", "pls", "plz", "please", "hey", "hi", "hello",
    "oh", "um", "uh", "yeah", "like", "ppl", "ngl", "tbh", "btw", "omg", "q", "pm", "am", "lmao", "idk", "imo",
    "rn", "ty", "thx", "jk", "sis", "bro", "sry", "tia", "w", "k", "gonna", "wanna"}
_TOKEN = re.compile(r"@\w+|[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.:]\d+)?(?:am|pm)?|#")
# a sentence ends at its mark, a line's end, or an emoji typed in place of a mark ("mods pls pin \U0001f64f Uri is ...")
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf"
_SENTENCE = re.compile(rf"[^.!?\n{_EMOJI}]+(?:[.!?{_EMOJI}]+|(?=\n)|$)")
_STEM = 5
# capitalized inside a sentence, yet never a name of the cast: "It was a sunny Saturday morning."
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CLAUSE_VERBS = {"is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "does", "do", "did", "will",
                 "can", "may", "must", "shall", "should", "would", "could", "isn't", "aren't", "wasn't"}
_TITLE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sgt|Insp|St)\.$")
# "if all A are B, can we conclude ...?": a question that states its own premises
_GIVEN = re.compile(r"\s*(?:if|given(?: that)?|since|suppose|assuming)\b", re.I)
# what someone says: its "I" is the speaker's, not the writer's
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|(?<![A-Za-z])'(?:[^']|'(?=[A-Za-z]))*'(?![A-Za-z])")
_QUESTION_START = (r"(?:who|whos|whose|whom|what|whats|which|where|when|how|why|is|are|was|were|do|does|did|can|could|"
                   r"will|would|has|have|should|must|list|rank|name|order)\b")


def without_unrelated_remarks(text: str, unread: list[str], read_too: bool = False) -> str | None:
    """`text` without the remarks that share nothing with the puzzle its question belongs to; None when there is
    none to drop. Only a remark among `unread` (the sentences the reader could not read) is dropped, or with
    `read_too` (the reader read every sentence and still abstained) a remark it read as well: "The sun was setting
    over the lake." read as a fact puts the sun among those who might have caught the most fish."""
    pieces = _pieces(text)
    asked = [k for k, (start, end) in enumerate(pieces) if _is_question(text[start:end])]
    if not asked:
        return None
    puzzle = _connected(text, pieces, asked[-1])
    # a question that shares no word with any statement leaves nothing to tell a remark from the puzzle by; what
    # asserts nothing (an instruction, a greeting, a title) still goes
    separable = len(puzzle) >= 2 or _GIVEN.match(text[slice(*pieces[asked[-1]])]) is not None
    unread_words = [_words(sentence) for sentence in unread]
    cased = re.search("[A-Z]", text) is not None
    dropped = [(start, end) for k, (start, end) in enumerate(pieces) if is_instruction(text[start:end]) or
               asserts_nothing(text[start:end], last_question=k == asked[-1]) or
               separable and k not in puzzle and _is_remark(closing_mask(text[start:end], text[:start] + text[end:])
                                              if k > asked[-1] else text[start:end], cased, opening=k == 0)
               and not (_first_person(text[start:end]) and not telling_lead(text[start:end])
                        and _first_person(_QUOTED.sub(" ", text[:start] + text[end:])))
               and (read_too and _opens_with_no_name(text[start:end])
                    or any(_words(text[start:end]) <= words for words in unread_words))]
    if not dropped:
        return None
    kept, cursor = [], 0
    for start, end in dropped:
        kept.append(text[cursor:start])
        cursor = end
    kept.append(text[cursor:])
    return re.sub(r"[ \t]{2,}", " ", "".join(kept)).strip() or None


def _opens_with_no_name(piece: str) -> bool:
    """ "The sun was setting.", "It was a sunny Saturday morning.": a read remark opened by a function word, so its
    first word is no name the reader took as one ("Zeta came too." names a person, though "zeta" is a word)."""
    tokens = _TOKEN.findall(piece)
    return bool(tokens) and tokens[0].lower() in _STOP


def _pieces(text: str) -> list[tuple[int, int]]:
    """The text's sentences as spans, each lead-in before a colon its own span ("Clue A:" | "Priya is older ...")."""
    pieces: list[tuple[int, int]] = []
    held = None  # "Mrs." ends no sentence: the name after it belongs to it
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if held is not None:
            start, held = held, None
        if _TITLE.search(text[start:end]):
            held = start
            continue
        colon = text.find(":", start, end)
        if colon != -1 and text[colon + 1:end].strip() and len(text[start:colon].split()) <= 12:
            pieces += [(start, colon + 1), (colon + 1, end)]
        elif text[start:end].strip():
            pieces.append((start, end))
    if held is not None:
        pieces.append((held, len(text)))
    return pieces


def _is_question(piece: str) -> bool:
    text = piece.strip()
    return text.endswith("?") or re.match(_QUESTION_START, text, re.I) is not None and len(text.split()) > 1


def _connected(text: str, pieces: list[tuple[int, int]], question: int) -> set[int]:
    """The pieces that share a word with the question, or with a piece that does, and so on."""
    words = [_content(text[start:end]) for start, end in pieces]
    reached, frontier = {question}, [question]
    while frontier:
        here = frontier.pop()
        for k in range(len(pieces)):
            if k not in reached and any(_related(a, b) for a in words[here] for b in words[k]):
                reached.add(k)
                frontier.append(k)
    return reached


def _is_remark(piece: str, cased: bool, opening: bool = False) -> bool:
    """Whether `piece` may be dropped as a remark: no question, quotation, count, quantifier, pronoun pointing back,
    first person, or word that may be a name (a capital inside it, or a word no dictionary knows; in a text that uses
    capitals, a word typed in lower case is no name, as in `chat_case.py`)."""
    text = piece.strip()
    if not text or _is_question(text) or re.search(r"[\"\u201c\u201d]|(?<![A-Za-z])'|'(?![A-Za-z])", text):
        return False
    tokens = _TOKEN.findall(text)
    words = [t.lower() for t in tokens]
    if any(_blocks(k, words) for k in range(len(words))):
        return False
    if text.endswith(":") and _capitalized_speaker(tokens):
        return False  # "Zeta says loudly:": it opens someone's claim, even when the name is also a word
    # "Worksheet 4 - Logic", "ESCAPE ROOM - CLUE SHEET #2.", and at the top of the text "Logic Corner."
    heading = text[-1:] not in ".!?:" or _shouted(tokens) or opening and _title_cased(tokens)
    teller = telling_lead(text)  # "Detective Moss reasoned:", "Ms. Ortiz's riddle:": the teller, not the cast
    return not any(_may_name(k, tokens, words, heading) and not (cased and tokens[k].islower())
                   and not (teller and tokens[k][:1].isupper()) for k in range(len(tokens)))


def telling_lead(piece: str) -> bool:
    """Whether `piece` is a lead-in before a colon that says who asks what follows, or where it comes from ("lol my
    sis asked me:", "Ms. Ortiz's riddle:", "Translated from French:", "From a Chinese puzzle book (my translation):"):
    its names and its "I" are the teller's, and the colon hands over to the puzzle. Its other words still keep it
    when the puzzle shares them; a lead-in that says someone says or reasons something is not one ("Ann says:" may
    open a claim whose truth is the puzzle)."""
    text = piece.strip()
    if not text.endswith(":"):
        return False  # a sentence of its own may be the puzzle's ("Ann read the riddle.")
    return any(lemma(w.lower(), "VERB") in _TELLING or lemma(w.lower(), "NOUN") in _TELLING
               for w in re.findall(r"[A-Za-z]+", text))


def _shouted(tokens: list[str]) -> bool:
    """ "ESCAPE ROOM - CLUE SHEET #2.": every word in capitals, a heading typed loud, not a list of names."""
    letters = [t for t in tokens if t[:1].isalpha()]
    return len(letters) > 1 and all(t.isupper() for t in letters)


def _capitalized_speaker(tokens: list[str]) -> bool:
    """ "Zeta says loudly:", "Old Kobi said:": a capitalized word before a saying verb, who may be one of the cast
    ("my daughter's sheet says:" names a source, not a speaker)."""
    saying = [k for k, t in enumerate(tokens) if lemma(t.lower(), "VERB") in SAYING_VERBS]
    return bool(saying) and any(t[:1].isupper() and t.lower() not in _FIRST_PERSON for t in tokens[:saying[0]])


def _title_cased(tokens: list[str]) -> bool:
    """ "Logic Corner.", "Brain Box, Round Two.": every word capitalized and every one a word of the dictionary, a
    heading typed in title case; a name among them (no dictionary word) is still a name (`_may_name`), and a
    copula or auxiliary makes it a clause ("Rose Is Kind."), which may speak of someone."""
    letters = [t for t in tokens if t[:1].isalpha()]
    return len(letters) > 1 and all(t[:1].isupper() and is_word(t.lower()) and t.lower() not in _CLAUSE_VERBS
                                    for t in letters)


def _may_name(index: int, tokens: list[str], words: list[str], heading: bool) -> bool:
    word = words[index]
    if word[:1] in "#@" or word[:1].isdigit() or word in _STOP or word in _FIRST_PERSON or _labelled(index, words) \
            or word in _WEEKDAYS:
        return False
    capital_inside = index > 0 and tokens[index][:1].isupper() and not heading
    return capital_inside or not is_word(word.removesuffix("'s"))


def _first_person(piece: str) -> bool:
    return any(w.lower() in _FIRST_PERSON for w in _TOKEN.findall(piece))


def _words(piece: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", piece)}


def _content(piece: str) -> set[str]:
    tokens = _TOKEN.findall(piece)
    words = {w.lower() for w in tokens}
    # in a heading or a lead-in, a label names the text, not its world ("CLUE SHEET" is no kin of "shorter"); in a
    # sentence it may be the world's ("Who has the card?")
    labels = _TEXT_LABELS if piece.strip()[-1:] not in ".!?" or _shouted(tokens) else set()
    return {w for w in words if w not in _STOP and w not in labels and w[:1] not in "#@" and not w[:1].isdigit()}


def _blocks(index: int, words: list[str]) -> bool:
    """Whether the word at `index` counts, quantifies or points back: a word that keeps the remark."""
    word = words[index]
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if word == "no" and not after:
        return False  # "Circle yes or no."
    if word == "one":  # "this one", "last one I swear": a pronoun; "one of them", "One is a knave": a count
        return not before or after == "of"
    if word == "more" and before == "one" and not after:
        return False  # "sry one more:", "ok one more": one more puzzle, no count in it
    if word.startswith("@"):
        return False  # "@everyone": a chat mention calls readers, it quantifies over nothing in the puzzle
    if word in _QUANTIFIERS or word in _ANAPHORS or word.endswith("n't"):
        return True
    if word in NUMBER_WORDS or word[:1].isdigit():
        return before not in _LABELS and not word.endswith(("am", "pm"))
    return False


def _labelled(index: int, words: list[str]) -> bool:
    """ "Clue A", "Puzzle 12", "Q5": a label word, or a letter or number right after one."""
    return words[index] in _LABELS or len(words[index]) == 1 and words[index - 1] in _LABELS


def _keys(word: str) -> set[str]:
    keys = {word, word.removesuffix("'s")}
    for pos in ("NOUN", "VERB", "ADJ"):
        keys.add(lemma(word, pos))
    compared = comparative(word)
    base = compared[0] if compared is not None else lemma(word, "ADJ")
    keys |= {base, f"scale:{scale_of(base)[0]}"}
    return keys


def _related(a: str, b: str) -> bool:
    """Whether two words may name one thing: a shared lemma, one a prefix of the other, or a shared stem or
    consonant skeleton (generous on purpose: a false match only keeps a remark)."""
    if _keys(a) & _keys(b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short) or a[:_STEM] == b[:_STEM] and len(short) >= _STEM:
        return True
    return a[:1] == b[:1] and _skeleton(a)[:2] == _skeleton(b)[:2]


def _skeleton(word: str) -> str:
    """ "ran" -> "rn", "run" -> "rn", "broke" -> "brk": vowel changes of irregular verbs leave the consonants."""
    return re.sub(r"[aeiouy']", "", word)
