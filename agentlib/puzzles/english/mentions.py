"""What a clause mentions without stating: a topic ("read an article about the cello", "talked about the boiler")
and an attitude toward an act ("wants to fire the kiln", "dreams of riding the waves", "believes in the importance
of regular exercise").

Stories around a rule name its things: "One afternoon, Mia read an article about the kiln" shares "kiln" with "if
Mia fires the kiln, ...", and sentence embeddings score the two close, so the loose reader (`paraphrase.py`) took
the story sentence for a statement that Mia fires the kiln, a wrong "yes" wherever that fact decided the answer.
Reading or talking *about* a thing, wanting, hoping or planning to do it, or believing in its importance states
nothing about whether it is done. `asserted(content)` is what such a clause does state: its words before the
frame ("read a long article"), which is all a fact may be matched by when it is taken for a rule's proposition.

Left out: "decides / chooses to" (LogicBench states acts that way: "if a person chooses to send a letter") and "tries
to" (often said of what is then done); narrative acts near a rule's topic that are neither ("arrived at the dance
studio for her first class" / "joins the dance class") still match by meaning.
"""

from __future__ import annotations

import re

# a topic after a verb or noun of saying, reading, thinking or feeling: what follows is talked about, not done
_TOPIC = re.compile(r"\b(?:about(?!\s+(?:to\b|\d|half\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                    r"thirty|fifty|a hundred|a dozen|an hour)\b))|regarding|concerning|"
                    r"(?:on|of) the (?:subject|topic|matter|question|history) of)\b")
# "an article on the kiln", "a documentary on surfing": "on" marks a topic only after such a noun
_TOPIC_ON = re.compile(r"\b(?:article|articles|book|books|lecture|lectures|talk|talks|video|videos|documentary|"
                       r"documentaries|podcast|podcasts|essay|essays|report|reports|story|stories|program|programme|"
                       r"show|course|class|seminar|workshop|chapter|paper|blog|post|film|movie)\s+(?P<on>on)\b")
# "the importance of X", "the idea of X", "the thought of X": X held in mind
_IDEA_OF = re.compile(r"\b(?:importance|idea|ideas|thought|thoughts|notion|prospect|possibility|value|benefits?|"
                      r"dream|dreams|memory|memories|picture|pictures|photo|photos|image|images)\s+of\b")
# an attitude toward an act: its complement is wanted, hoped, planned or believed in, not done
_ATTITUDE = re.compile(
    r"\b(?:wants?|wanted|wanting|hopes?|hoped|hoping|wish|wishes|wished|wishing|plans?|planned|planning|"
    r"intends?|intended|intending|aspires?|aspired|aspiring|longs?|longed|longing|yearns?|yearned|yearning|"
    r"would (?:like|love)|eager|keen|dreams?|dreamed|dreamt|dreaming|imagines?|imagined|imagining|"
    r"believes?|believed|believing)\s+(?:to|of|about|in|that)\b")


def asserted(content: str) -> str:
    """`content` less what it only mentions: the words before the first topic, idea or attitude frame; `content`
    itself when it has none (see the module notes)."""
    found = [(pattern, pattern.search(content)) for pattern in (_TOPIC, _TOPIC_ON, _IDEA_OF, _ATTITUDE)]
    starts = [m.start("on") if pattern is _TOPIC_ON else m.start() for pattern, m in found if m is not None]
    if not starts:
        return content
    return content[: min(starts)].strip()
