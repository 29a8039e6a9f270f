"""Knowledge-base tests import their helpers (and the document tests' injection generator) by module name."""

import sys
from pathlib import Path

for folder in (Path(__file__).parent, Path(__file__).parent.parent / "documents"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
