"""Numbers grouped by thousands with spaces, as many style guides and countries write them: "1 000 000 divided by
250", "2 050 000 - 50 000". Written without the spaces (1000000) where the grouping is certain.

Two numbers side by side are also written with one space ("gcd 100 200"), so a run is joined only when each group
after the first is exactly three digits and begins with 0 ("000", "050"): no number is written on its own with a
leading zero, so such a group cannot start a new number. "12 500" or "2 500 000" stays as written (12 and 500, or
two readings), and the reader abstains on it as before. A thin or no-break space (U+2009, U+202F, U+00A0) groups
the same way.
"""

from __future__ import annotations

import re

# the run must start a number: "2 500 000" is not "2" and "500000" (nor read at all)
_RUN = re.compile(r"(?<![\d.,])(?<!\d[ \u2009\u202f\u00a0])(\d{1,3})((?:[ \u2009\u202f\u00a0]0\d{2})+)(?![\d]|[.,]\d)")


def join_space_grouped_thousands(text: str) -> str:
    """`text` with each certain space-grouped number written without its spaces."""
    return _RUN.sub(lambda match: match.group(1) + re.sub(r"\D", "", match.group(2)), text)


__all__ = ["join_space_grouped_thousands"]
