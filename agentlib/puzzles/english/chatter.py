"""What people say around a puzzle that states nothing about it: "Help!", "Thanks!", "Can you help me?", "I'm
stuck.", "Here's a riddle my kid brought home:", "Any ideas?", "Please explain your reasoning."

Such a sentence has no claim and asks nothing the puzzle could answer, so it is dropped before the statements are
read (left in, it would be a sentence the grammar does not know, or the last question, and the puzzle would
abstain). Only whole sentences of these shapes drop: "Can you tell me who is the oldest?" is a question and stays.
"""

from __future__ import annotations

import re

_PUZZLE = r"(?:puzzle|riddle|question|problem|logic puzzle|brain ?teaser|teaser|one)"
_CHATTER = re.compile(
    r"^(?:"
    r"(?:help|hi|hiya|heya|howdy|yo|hello|hey|thanks|ta|ty|tysm|thx|thnx|thanx|thnks|cheers|"
    r"thank you|thanks a lot|thanks in advance|please help|please|hmm+|ok|okay|well|wow|"
    r"ugh|lol|good morning|hi there|hello everyone|hey guys|quick question|(?:a|one) quick question|"
    r"exactly|absolutely|indeed|totally|agreed|good point|fair point|great point|interesting|"  # a turn's assent"
    r"(?:thanks|thank you) (?:for (?:helping|your help|the help|looking|reading)|so much))"
    r"|(?:can|could|would) (?:you|u|someone|anyone|somebody) (?:please |pls |plz )?(?:help(?: me)?(?: (?:with|w/?) "
    r"(?:this(?: one)?|(?:my|our|[a-z]+s|[a-z]+'s) (?:homework|puzzle|riddle|problem|question|worksheet)))?|solve "
    r"this(?: one)?|figure (?:this|it) out|answer this|check this|explain this)(?: for me)?(?: please)?"
    r"|(?:i(?:'m| am) )?(?:stuck|confused|lost|not sure)(?: (?:on|with) this(?: one)?)?"
    r"(?:,? (?:tia|thanks|pls|please))?"
    r"|(?:(?:hey|hi|yo),? )?(?:r|are) (?:u|you) (?:up|there|awake|around|busy|free)"
    r"|(?:i )?need (?:some )?help (?:w|w/|with) this(?: one)?"
    r"|(?:i )?need (?:ur|your) help|(?:ur|your) help (?:is )?needed"
    r"|tia"
    r"|(?:any (?:ideas|help|hints)|what do you think|how do (?:i|you|we) solve (?:this|it)(?: one)?|please explain"
    r"(?: your (?:reasoning|answer))?|explain (?:your (?:reasoning|answer)|why)|show (?:your|the) (?:work|reasoning|"
    r"steps))"
    rf"|(?:here(?:'s| is) (?:a|my|one|the|this|another) {_PUZZLE}(?: [a-z' ]{{1,60}})?)"
    rf"|(?:(?:my|our) [a-z]{{2,20}} (?:gave|asked|sent|showed|told|brought home) (?:me |us )?this(?: {_PUZZLE})?"
    r"(?: (?:today|yesterday|in class|at school))?)"
    r"|(?:this(?: one)? is (?:hard|tricky|driving me crazy|confusing))"
    rf"|(?:(?:a|another|fun|quick|little|(?:a|another) (?:fun|quick|little|tricky)) )?{_PUZZLE}(?: (?:time|for you))?"
    r")\s*[.!?:]*$", re.I)


def without_chatter_lead(sentence: str) -> str:
    """"Here's a riddle my kid brought home: Tom is older than Jerry." -> "Tom is older than Jerry." (a lead-in of
    chatter before a colon drops; anything else stays as it is)."""
    head, colon, rest = sentence.partition(":")
    if colon and rest.strip() and is_chatter(head + ":"):
        rest = rest.strip()
        return rest[:1].upper() + rest[1:]
    return sentence


def is_chatter(sentence: str) -> bool:
    """Whether `sentence` is a greeting, a plea for help or a remark about the puzzle, with no claim in it."""
    text = sentence.strip()
    return len(text) <= 120 and _CHATTER.match(text) is not None
