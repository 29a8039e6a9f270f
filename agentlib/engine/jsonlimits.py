"""JSON from files the engine reads (checkpoint headers and indexes, config.json, session metadata), parsed only
after its size and nesting depth are known to be small.

Python's json module recurses once per nesting level, so "[[[[...]]]]" of a few thousand levels raises
RecursionError (or exhausts the C stack with a raised recursion limit), and a 100 MB header takes gigabytes to
parse. `load_json` refuses both before parsing: the size by a length check, the depth by a linear scan
(`json_depth`: numpy over the bytes, strings and escaped quotes accounted for) that costs a few milliseconds
per megabyte. The error raised is the caller's typed error class.

Left out: limits on the number of keys or the length of one string (the size cap bounds both).
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from agentlib.errors import AgentlibError

DEFAULT_MAX_DEPTH = 64


def json_depth(data: bytes | str) -> int:
    """The deepest nesting of [ and { outside strings (0 for a scalar). Linear in the length."""
    raw = np.frombuffer(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data, dtype=np.uint8)
    if raw.size == 0:
        return 0
    quotes = raw == 0x22
    backslash = raw == 0x5C
    if backslash.any():  # a quote after an odd run of backslashes is escaped
        index = np.arange(raw.size, dtype=np.int64)
        last_plain = np.maximum.accumulate(np.where(backslash, -1, index))  # last non-backslash at or before i
        odd_run = (index - last_plain) % 2 == 1  # an odd run of backslashes ends at i
        quotes[1:] &= ~odd_run[:-1]
    inside = np.bitwise_xor.accumulate(quotes.view(np.uint8)) ^ quotes.view(np.uint8)  # odd quotes before i
    opening = ((raw == 0x5B) | (raw == 0x7B)) & (inside == 0)
    closing = ((raw == 0x5D) | (raw == 0x7D)) & (inside == 0)
    at = np.flatnonzero(opening | closing)
    if at.size == 0:
        return 0
    return int(max(0, np.cumsum(np.where(opening[at], 1, -1)).max()))


def load_json(data: bytes | str, *, what: str, error: type[AgentlibError], max_bytes: int,
              max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Parse `data` after checking its size and depth; any problem raises `error` naming `what`."""
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise error(f"{what} is {size} bytes, more than the {max_bytes} allowed")
    depth = json_depth(data)
    if depth > max_depth:
        raise error(f"{what} nests {depth} levels deep, more than the {max_depth} allowed")
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise error(f"{what} is not valid JSON ({exc})") from None
