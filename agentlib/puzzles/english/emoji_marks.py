"""An emoji typed in place of a sentence mark: "hiya 👋 who is the fastest?", "knaves always lie 🙂 Cy says ...",
"hey 😊 all my cousins live in leeds", a list of cars ending "a Mini 🚗" before the next line.

An emoji is decoration inside a sentence ("gia 🏃 is faster than hal") or a mark between two ("lie 🙂 Cy says");
its form does not say which. The text as typed reads it as decoration; this reading, tried only after that one
abstains, reads each emoji as the end of a sentence: a full stop where more text follows on its line (unless a mark
already ends the sentence), nothing where it ends the line or the text. Splitting can only make a sentence the
grammar does not know ("gia." alone), never join two claims into one, so a wrong split abstains.
"""

from __future__ import annotations

import re

# the pictographic blocks people type in chat (faces, hands, objects, symbols, dingbats), with their joiners and
# variation selectors so a composed emoji is one run
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_RUN = re.compile(rf"[ \t]*(?P<before>[.!?]?)[ \t]*[{_EMOJI}]+(?:[ \t]*[{_EMOJI}]+)*(?P<after>[ \t]*)(?P<next>\S?)")


def emoji_as_marks(text: str) -> str | None:
    """`text` with each emoji read as a sentence end (see the module notes); None when it has no emoji."""
    if not re.search(f"[{_EMOJI}]", text):
        return None
    return _RUN.sub(_mark, text)


def _mark(match: re.Match[str]) -> str:
    before, following = match.group("before"), match.group("next")
    if not following or following in ".!?":
        return before + following  # "a Mini 🚗\n", "thanks 🙏": the line or the text ends here
    if not match.string[:match.start()].rsplit("\n", 1)[-1].strip():
        return before + following  # "👋 who is ...": nothing before it on its line to end
    return (before or ".") + " " + following
