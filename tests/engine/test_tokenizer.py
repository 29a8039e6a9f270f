"""The built Phi-4-mini-style tokenizer equals the o200k reference encoder; streaming decode is UTF-8 safe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine.tokenizer import Tokenizer
from agentlib.engine.tokenizer_build import PHI4_SPECIAL_TOKENS, PHI4_VOCAB_SIZE, build_phi4, build_small
from agentlib.errors import CheckpointError, InputError

DATA = Path(__file__).parent / "data" / "small_tokenizer"

CORPUS = [
    "Hello, world! This is a test.",
    "def f(x):\n    return x ** 2  # square\n\n\n\tindented\ttabs",
    "Numbers: 1234567890 3.14159 -42 1e-10 2,500,000 0x1F",
    "Whitespace runs:    four     five\n\n\n   \r\n  \t ",
    "Ünïcödé: ñandú café naïve Straße Ωmega",
    "中文字符测试 日本語のテキスト 한국어 텍스트",
    "العربية עברית हिन्दी ไทย",
    "Emoji 😀👍🏽👨‍👩‍👧 and symbols ∑∫√∞ ≤ ≥ ≠",
    "I'm, you're, they'll, we've, she'd, IT'S, DON'T",
    "<|end|> <|user|> literal control strings stay text",
    "URL https://example.com/a/b?c=d&e=f#frag and path /usr/local/bin",
    "   leading spaces and trailing   ",
    "",
]


@pytest.fixture(scope="module")
def phi4(tmp_path_factory) -> Tokenizer:
    pytest.importorskip("bpe_openai")  # the o200k ranks ship in the optional `tokenizer` extra
    return Tokenizer.from_dir(build_phi4(tmp_path_factory.mktemp("phi4")))


@pytest.fixture(scope="module")
def o200k():
    bpe_openai = pytest.importorskip("bpe_openai")
    return bpe_openai.get_encoding("o200k_base")


@pytest.mark.parametrize("text", CORPUS)
def test_encoding_equals_o200k(phi4, o200k, text):
    assert phi4.encode(text) == o200k.encode(text)
    assert phi4.decode(phi4.encode(text)) == text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_encoding_equals_o200k_on_any_text(phi4, o200k, text):
    # Control strings in text stay plain text (regression: text '<|endoftext|>' made o200k raise).
    assert phi4.encode(text) == o200k.encode(text, disallowed_special=())


def test_special_ids_and_vocab_size(phi4):
    assert phi4.vocab_size == PHI4_VOCAB_SIZE
    for name, token_id in PHI4_SPECIAL_TOKENS.items():
        assert phi4.token_id(name) == token_id
        assert phi4.encode(name, allow_special=True) == [token_id]
        assert token_id not in phi4.encode(name)
    assert phi4.eos_ids == {199999, 200020}


def test_chat_prompt_special_ids(phi4):
    ids = phi4.encode_chat([{"role": "system", "content": "Be exact."}, {"role": "user", "content": "2+2?"}])
    assert ids[0] == 200022
    assert ids[-1] == 200019
    assert [i for i in ids if i >= 199999] == [200022, 200020, 200021, 200020, 200019]
    assert phi4.decode(ids).endswith("<|user|>2+2?<|end|><|assistant|>")


def test_small_tokenizer_fixture_is_reproducible(tmp_path):
    pytest.importorskip("bpe_openai")
    build_small(tmp_path)
    assert json.loads((tmp_path / "tokenizer.json").read_text()) == json.loads((DATA / "tokenizer.json").read_text())
    tok = Tokenizer.from_dir(tmp_path)
    assert tok.vocab_size == 512
    assert tok.token_id("<|end|>") == 503 and tok.token_id("<|endoftext|>") == 500
    assert max(tok.encode("any text at all, 😀 included")) < 500


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=6))
def test_incremental_decoder_never_splits_characters(parts):
    tok = Tokenizer.from_dir(DATA)
    text = "".join(parts)
    decoder = tok.stream_decoder()
    deltas = [decoder.push(i) for i in tok.encode(text)] + [decoder.flush()]
    assert "".join(deltas) == text
    assert all("\ufffd" not in d for d in deltas) or "\ufffd" in text


def test_incremental_decoder_holds_partial_utf8():
    tok = Tokenizer.from_dir(DATA)
    ids = tok.encode("😀")  # 4 UTF-8 bytes; the small vocabulary splits them over several tokens
    assert len(ids) > 1
    decoder = tok.stream_decoder()
    assert [decoder.push(i) for i in ids[:-1]] == [""] * (len(ids) - 1)
    assert decoder.push(ids[-1]) == "😀"


def test_bad_folders_are_typed_errors(tmp_path):
    with pytest.raises(CheckpointError, match="no tokenizer.json"):
        Tokenizer.from_dir(tmp_path)
    (tmp_path / "tokenizer.json").write_text("{not json")
    with pytest.raises(CheckpointError, match="not a valid tokenizers file"):
        Tokenizer.from_dir(tmp_path)
    tok = Tokenizer.from_dir(DATA)
    with pytest.raises(InputError, match="no control token"):
        tok.token_id("<|nope|>")
    with pytest.raises(InputError, match="at least"):
        build_small(tmp_path / "tiny", vocab_size=100)  # refused before the o200k ranks are read
