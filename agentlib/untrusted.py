"""Untrusted text made inert: for a model's prompt (`neutralize`) and for a terminal (`printable`).

Text from documents, tool results and model replies can hold strings that mean something to the
machine that reads it next:
- a chat template's control strings: ours and Phi's `<|user|>` `<|end|>`, ChatML `<|im_start|>`,
  Llama 2 `[INST]` `<<SYS>>` `<s>`, Llama 3 `<|start_header_id|>` `<|eot_id|>`, Mistral `[TOOL_CALLS]`
  `[SYSTEM_PROMPT]`, Gemma `<start_of_turn>` `<end_of_turn>`, DeepSeek `<｜User｜>` `<｜begin▁of▁sentence｜>`;
  an OpenAI-compatible server renders message contents into its template as text, so such a string
  would become a real turn boundary there (`defuse_control_tokens`, applied by the `openai:`
  backend to every untrusted message);
- agent-protocol tags (`<tool_call>`, `<answer>`, `<think>`), role headers ("system:") and
  instruction phrases ("ignore previous instructions"), which an obedient model would follow
  (`neutralize`: all of the above, for document text and tool observations);
- terminal control: escape sequences (screen clear, title change, cursor moves), C0/C1 control
  characters, carriage returns and bidirectional overrides (`printable`, for everything the CLI prints).

Matching runs on a normalized view (`normalize`): NFKC, so fullwidth `＜｜user｜＞` and DeepSeek's
fullwidth bars read as ASCII (superscripts, subscripts and vulgar fractions are kept as they are:
NFKC would turn "10²" into "102"), then every format character (Unicode category Cf: zero-width
space and joiners, soft hyphen, byte-order mark, bidi controls) is removed, so "ig<SHY>nore" and
"<|us<ZWSP>er|>" are caught as what they display as.

Every pattern here runs in linear time on any input: no two adjacent quantifiers can match the same
characters, and repeated whitespace is bounded (`neutralize` first collapses runs of spaces to one, so
the bounded patterns still see every phrase). `tests/documents/test_linear_time.py` times each pattern
on adversarial inputs.
Left out: paraphrased or non-English instructions (they stay inert data by fencing, see
`agentlib.documents.injection`).
"""

from __future__ import annotations

import re
import unicodedata

# Unicode category Cf (format characters, Unicode 14), plus U+034F COMBINING GRAPHEME JOINER: invisible
# characters that split a word or a control string without changing what a reader sees.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
# Number forms NFKC would flatten into plain digits ("10²" -> "102"): kept as they are.
_NUMBER_FORMS = re.compile("([\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218b\u2460-\u24ff\u2776-\u2793]+)")
_SPACE_RUN = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]?\n){2,}")

CONTROL_TOKENS = re.compile(
    r"<\|[^|<>\n]{0,40}\|>"  # Phi/ours, ChatML, Llama 3, Zephyr, DeepSeek after NFKC: <|anything|>
    r"|<\|?endoftext\|?>|<</?SYS>>"
    r"|<[ \t]{0,4}/?[ \t]{0,4}(?:s|bos|eos|pad|unk|start_of_turn|end_of_turn)[ \t]{0,4}>"  # Llama 2, Gemma
    r"|\[/?(?:INST|SYS|SYSTEM_PROMPT|TOOL_CALLS|AVAILABLE_TOOLS|TOOL_RESULTS|TOOL_CONTENT|THINK)\]",  # Mistral
    re.IGNORECASE,
)
PROTOCOL_TAGS = re.compile(
    r"<[ \t]{0,4}/?[ \t]{0,4}(?:tool_calls?|tool_response|tool_results?|tools?|function_calls?|functions?|think"
    r"|thinking|answer|system|user|assistant|developer|im_start|im_end)\b[^<>\n]{0,80}>",
    re.IGNORECASE,
)
ROLE_HEADER = re.compile(
    r"(?im)(?:^|(?<=[#\]>|)]))([ \t]{0,8}(?:#{1,6}[ \t]{0,8})?)"
    r"(system|assistant|user|tool|human|ai|developer)[ \t]{0,8}:"
)
_GAP = r"\s{1,8}"  # after `neutralize` collapses spaces, any gap between two words is at most this long
INSTRUCTION = re.compile(
    rf"(?i)\b(?:ignore|disregard|forget|override|bypass)(?:{_GAP}(?:all|any|the|your|of|my|these|those))*"
    rf"{_GAP}(?:(?:previous|prior|above|earlier|preceding|system|original){_GAP})?"
    rf"(?:instructions?|prompts?|rules?|directions?|context)\b"
    rf"|\bnew{_GAP}instructions?\b|\byou{_GAP}are{_GAP}now\b|\bsystem{_GAP}prompt\b"
    rf"|\bcall{_GAP}(?:the{_GAP})?tool\b|\b(?:execute|run|invoke){_GAP}(?:the{_GAP})?(?:tool|function|command)\b"
)
_TAG_PUNCTUATION = re.compile(r"[<>|/\[\]]")
_WHITESPACE = re.compile(r"\s+")

# Terminal control: ESC sequences (CSI, OSC, DCS/PM/APC/SOS strings, two-character escapes), then every
# remaining C0/C1 control character except newline and tab, and the bidi overrides that reorder a line.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[PX^_][^\x1b\n]*(?:\x1b\\)?|[\s\S])?"
)
_TERMINAL_CONTROLS = {c: None for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"}
_TERMINAL_CONTROLS.update({c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def normalize(text: str) -> str:
    """NFKC (number forms kept) with invisible format characters removed: what a reader sees."""
    parts = _NUMBER_FORMS.split(text)
    parts[::2] = [unicodedata.normalize("NFKC", part) for part in parts[::2]]
    return _INVISIBLE.sub("", "".join(parts))


def _inert_tag(match: re.Match[str]) -> str:
    return "(ctrl " + _TAG_PUNCTUATION.sub("", match.group()).strip() + ")"


def defuse_control_tokens(text: str) -> str:
    """`text` normalized, with every chat-template control string rewritten as `(ctrl NAME)`."""
    return CONTROL_TOKENS.sub(_inert_tag, normalize(text))


def neutralize(text: str) -> str:
    """Untrusted text for a prompt: normalized, runs of spaces collapsed, every control string, protocol
    tag, role header and instruction phrase rewritten into an inert, still readable form."""
    text = _BLANK_LINES.sub("\n\n", _SPACE_RUN.sub(" ", normalize(text)))
    text = CONTROL_TOKENS.sub(_inert_tag, text)
    text = PROTOCOL_TAGS.sub(_inert_tag, text)
    text = ROLE_HEADER.sub(lambda m: f"{m.group(1)}({m.group(2)}) -", text)
    return INSTRUCTION.sub(lambda m: "«quoted: " + _WHITESPACE.sub("_", m.group()) + "»", text)


def is_clean(text: str) -> bool:
    """True when `text` (normalized) holds no control string, protocol tag, role header or instruction phrase."""
    seen = _SPACE_RUN.sub(" ", normalize(text))
    return not any(p.search(seen) for p in (CONTROL_TOKENS, PROTOCOL_TAGS, ROLE_HEADER, INSTRUCTION))


def printable(text: str) -> str:
    """`text` safe to print on a terminal: escape sequences, control characters (but newline and tab),
    carriage returns and bidi overrides removed; everything else unchanged."""
    return _ESCAPE_SEQUENCE.sub("", text).translate(_TERMINAL_CONTROLS)
