"""Fixtures shared by the engine tests: the small test tokenizer and a tiny random SambaY (module-scoped,
read-only; a test module that needs another config defines its own `model`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config
from agentlib.engine.tokenizer import Tokenizer

SMALL_TOKENIZER = Path(__file__).parent / "data" / "small_tokenizer"


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return Tokenizer.from_dir(SMALL_TOKENIZER)


@pytest.fixture(scope="module")
def model() -> SambaY:
    return SambaY(tiny_config(), seed=0)
