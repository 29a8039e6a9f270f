"""The everyday readers of terse chat requests (fragments in any order, `clause_scan.py`), tried in turn after the
sentence-shape readers: each reads only a request whose every clause it knows, so at most one of them reads any
request and their order does not change an answer."""

from __future__ import annotations

from agentlib.mathsolve.bill_splits import read_bill_split
from agentlib.mathsolve.body_mass_index import read_body_mass_index
from agentlib.mathsolve.drip_rates import read_drip_rate
from agentlib.mathsolve.everyday_formulas import Worded
from agentlib.mathsolve.percent_stories import read_percent_story
from agentlib.mathsolve.portions_left import read_portion_left
from agentlib.mathsolve.priced_counts import read_priced_count
from agentlib.mathsolve.sale_prices import read_sale_price
from agentlib.mathsolve.stated_exchange import read_stated_exchange
from agentlib.mathsolve.trip_clauses import read_trip

_READERS = (read_sale_price, read_bill_split, read_stated_exchange, read_drip_rate, read_body_mass_index,
            read_portion_left, read_trip, read_percent_story, read_priced_count)


def read_chat_everyday(text: str) -> Worded | None:
    """The first of the chat readers' readings of `text`, or None."""
    for reader in _READERS:
        worded = reader(text)
        if worded is not None:
            return worded
    return None


__all__ = ["read_chat_everyday"]
