"""Korean words typed without the space between them, cut where the space belongs:
- a particle glued to the word after it: "2x+5=13을풀어줘", "x^2를미분해줘", "x에대해 풀어", "0부터2까지적분해줘". The
  particle belongs to the formula before it and the rest is a word the reader knows: the particle stays glued to
  the formula and the known word follows, as if spaced;
- the noun 때 ("when") glued to the verb before it: "x가 0으로 갈때", "x=2일때" read as "갈 때", "일 때".

Only a word glued to a formula, only a particle run of at most four syllables at its head, and only when exactly one
cut leaves a fully known word: a noun that merely starts like a particle ("이름", "도시") is left whole, and so
unknown. 때 is cut off only when the verb before it is a known word. Bounded: at most four look-ups per word.
"""

from __future__ import annotations

from agentlib.mathsolve.lexicon import hangul
from agentlib.mathsolve.segments import Segment
from agentlib.mathsolve.vocabulary import korean_parts

_LONGEST_PARTICLE_RUN = 4
_WHEN = "때"


def unglue_korean_particles(segments: list[Segment]) -> list[Segment]:
    """`segments` with each unknown Hangul word glued to a formula cut after its leading particle run, and each
    unknown word ending in 때 (with particles) cut before it."""
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        cut = _particle_cut(seg) if index and segments[index - 1].kind == "math" and seg.attached else None
        cut = _when_cut(seg) if cut is None else cut
        if cut is None:
            out.append(seg)
        else:
            out += [Segment("word", seg.text[:cut], seg.attached), Segment("word", seg.text[cut:], False)]
    return out


def _when_cut(seg: Segment) -> int | None:
    if seg.kind != "word" or not hangul(seg.text):
        return None
    cut = seg.text.rfind(_WHEN)
    if cut < 1 or korean_parts(seg.text)[1] or not korean_parts(seg.text[cut:])[1]:
        return None
    return cut if korean_parts(seg.text[:cut])[1] else None


def _particle_cut(seg: Segment) -> int | None:
    if seg.kind != "word" or not hangul(seg.text) or korean_parts(seg.text)[1]:
        return None
    cuts = [cut for cut in range(1, min(_LONGEST_PARTICLE_RUN, len(seg.text) - 1) + 1)
            if korean_parts(seg.text[:cut]) == (None, True) and _known_with_stem(seg.text[cut:])]
    return cuts[0] if len(cuts) == 1 else None


def _known_with_stem(word: str) -> bool:
    concept, known = korean_parts(word)
    return known and concept is not None
