"""Reading a result back from its JSON form (`from_dict` of `Verdict`, `ArgumentAnalysis`, `MathResult`,
`Certificate`): a record that is damaged or not one of ours is an `InputError` that names what was expected.

A program that stores results and loads them later met `KeyError: 'family'`, `AttributeError: 'str' object has no
attribute 'get'`, or, worse, an analysis whose `status` was 5 accepted as it stood. Statuses are checked against
their type's choices because `verified` reads them; free-text fields are kept as given.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, get_args

from agentlib.errors import InputError


@contextmanager
def reading(what: str) -> Iterator[None]:
    """Turn the errors of reading a malformed record inside the block into one `InputError` ("not a verdict: ...")."""
    try:
        yield
    except InputError as error:
        raise InputError(f"not {what}: {error}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
        raise InputError(f"not {what}: {detail}") from None


def fields(data: object) -> dict[str, Any]:
    """`data` if it is a JSON object (a dict with text keys); TypeError otherwise (inside `reading`)."""
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return data


def choice(value: object, kind: Any, name: str) -> Any:
    """`value` if it is one of the `Literal` type `kind`'s choices; ValueError otherwise (inside `reading`)."""
    options = get_args(kind)
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"{name} must be one of {', '.join(options)}, not {value!r:.60}")
    return value


def optional_text(value: object, name: str) -> str | None:
    """`value` if it is None or text; TypeError otherwise."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be text or null, not {type(value).__name__}")
    return value
