"""Chat state reuse across HTTP requests (SambaY backend): a request that extends a saved conversation resumes it.

An OpenAI client re-sends the whole conversation every turn. The store keeps the engine `Session` of each
recent conversation after its reply (its live state holds every token so far). `checkout(messages)` finds
the saved conversation sharing the longest run of leading messages with the request:
- all of its messages (the client extends it, the usual next turn): the session is taken out of the store
  and only the new messages are added, so generation prefills only their tokens;
- some of them (the client edited or regenerated a turn): a fork of it is rewound to the shared messages and
  resumes from the snapshot the session kept there;
- none: a new session, which still resumes from the backend's shared `PrefixCache` where an earlier
  conversation began the same way (same system prompt or document).
`checkin` puts the session back after its reply; past `budget_bytes` (each session's state, by the analytic
size of its token count, plus its snapshots) the least recently used are dropped. A session is only ever used
by one request at a time: taken out, or a fork.

Left out: persistence across restarts (`Session.save` could add it) and sharing between server processes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count
from typing import Any

from agentlib.engine.cache import InferenceState
from agentlib.engine.session import Session


@dataclass
class Checkout:
    """A session ready for the request, and how many of the request's messages it already held."""

    session: Session
    reused_messages: int


def _common_messages(held: Sequence[dict[str, Any]], wanted: Sequence[dict[str, str]]) -> int:
    n = 0
    for a, b in zip(held, wanted, strict=False):
        if a.get("role") != b["role"] or a.get("content") != b["content"]:
            break
        n += 1
    return n


class ConversationStore:
    """Saved sessions of one SambaY model (see the module docstring). Thread-safe."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        prefix_cache: Any,
        *,
        budget_bytes: int,
        snapshot_budget_bytes: int | None = None,
    ):
        self.model = model
        self.tokenizer = tokenizer
        self.prefix_cache = prefix_cache
        self.budget_bytes = budget_bytes
        self.snapshot_budget_bytes = snapshot_budget_bytes or max(1 << 20, budget_bytes // 8)
        self._sessions: OrderedDict[int, Session] = OrderedDict()
        self._sizes: dict[int, int] = {}
        self._ids = count()
        self._lock = threading.Lock()
        self.resumed = 0  # requests that extended or branched a saved conversation
        self.fresh = 0

    def __len__(self) -> int:
        return len(self._sessions)

    @property
    def nbytes(self) -> int:
        return sum(self._sizes.values())

    def _new_session(self) -> Session:
        return Session(
            self.model, self.tokenizer, snapshot_budget_bytes=self.snapshot_budget_bytes, prefix_cache=self.prefix_cache
        )

    def checkout(self, messages: Sequence[dict[str, str]]) -> Checkout:
        """A session holding `messages` (validated by the session: known roles, non-empty text), to generate from.

        Raises InputError (bad messages) with the store unchanged."""
        with self._lock:
            best_id, best = None, 0
            for key, session in self._sessions.items():
                shared = _common_messages(session.messages, messages)
                if shared > best:
                    best_id, best = key, shared
            if best_id is None:
                session, reused, taken = self._new_session(), 0, None
            elif best == len(self._sessions[best_id].messages):
                session, reused, taken = self._sessions.pop(best_id), best, best_id
                self._sizes.pop(best_id, None)
            else:
                session = self._sessions[best_id].fork()
                session.rewind(best)
                reused, taken = best, None
        try:
            session.add_messages(list(messages[reused:]))
        except BaseException:
            if taken is not None:  # put an untouched taken session back (add_messages adds all or nothing)
                self.checkin(session)
            raise
        if reused:
            self.resumed += 1
        else:
            self.fresh += 1
        return Checkout(session, reused)

    def checkin(self, session: Session) -> None:
        """Save `session` for the next request of its conversation; evict the least recently used past the budget."""
        size = self._size_of(session)
        if size > self.budget_bytes:
            return
        with self._lock:
            key = next(self._ids)
            self._sessions[key] = session
            self._sizes[key] = size
            while sum(self._sizes.values()) > self.budget_bytes and len(self._sessions) > 1:
                old, _ = self._sessions.popitem(last=False)
                self._sizes.pop(old, None)

    def _size_of(self, session: Session) -> int:
        dtype = next(self.model.parameters()).dtype
        return InferenceState.analytic_nbytes(self.model.config, len(session.token_ids), dtype) + session.snapshot_bytes

    def describe(self) -> dict[str, int]:
        return {
            "saved_conversations": len(self),
            "bytes": self.nbytes,
            "budget_bytes": self.budget_bytes,
            "resumed_requests": self.resumed,
            "fresh_requests": self.fresh,
        }
