"""Tags typed after a question and openers typed before it, which ask nothing new: "Who came in third, eh?", "Did
Bessie lay brown eggs, then?", "Does Marta speak English, yes or no?", "Now list them from tallest to shortest."

A confirmation tag after a complete question ("..., right?", "..., eh?", "..., yes or no?") repeats the question's
own request for an answer, and "Now" before an imperative question only marks the turn to it; dropped, the question
asks the same. Only a question that is complete before the tag loses it (the tag follows a comma and the words
before it end the question), and only these fixed tags: "..., or is it Bob?" offers a choice and stays. Options
that list only the answers a yes/no question has ("A) yes B) no C) can't tell", "Y/N") ask nothing new either, nor
does the score a quiz gives for the answer ("(1 pt)", "[2 marks]").
"""

from __future__ import annotations

import re

# the question before a tag is a sentence, so its span is bounded: unbounded, each "is" of a long sentence with no
# comma scanned to its end (a minute on 5,000 of them)
_TAG = re.compile(r"(?P<ask>\b(?:who|whom|whose|what|which|where|when|how|is|are|was|were|do|does|did|can|could|will|"
                  r"would|has|have|had|am|should|must)\b[^.?!]{0,400}?),\s*(?:right|eh|then|huh|yes or no|or not|"
                  r"correct|yeah|ok|okay)\s*(?P<mark>\?+)", re.I)
# "Is the boss sick? A) yes B) no C) can't tell": the answers a yes/no question can have, listed as options after it
_ANSWER = r"(?:yes|no|true|false|can'?t tell|cannot tell|can not tell|can'?t be determined|cannot be determined|" \
          r"not enough information|unknown|maybe|don'?t know)"
_YES_NO_OPTIONS = re.compile(rf"(?P<mark>\?)\s*(?:\(?[A-Da-d1-4][).:]\s*{_ANSWER}[.,;]?\s*){{2,4}}$", re.I)
# "Can a trout fly? (1 pt)", "... polygons? Y/N": a quiz's score for the answer, or the two answers it takes
_AFTER_MARK = re.compile(r"(?P<mark>\?)\s*(?:[(\[]\s*\d{1,3}\s*(?:pts?|points?|marks?)\.?\s*[)\]]|\(?(?:y/n|yes/no)\)?)"
                         r"\s*$", re.I)
_TURN = re.compile(r"(?P<lead>^|[.!?]\s+)now,?\s+(?P<verb>list|rank|order|sort|arrange|put|name)\b", re.I)


def without_question_tags(text: str) -> str:
    """`text` with confirmation tags after its questions and "Now" before an imperative question dropped."""
    text = _TAG.sub(lambda m: m.group("ask") + m.group("mark"), text)
    text = _YES_NO_OPTIONS.sub(lambda m: m.group("mark"), text.rstrip())
    text = _AFTER_MARK.sub(lambda m: m.group("mark"), text)
    return _TURN.sub(lambda m: m.group("lead") + m.group("verb")[0].upper() + m.group("verb")[1:], text)
