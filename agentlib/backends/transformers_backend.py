"""Any local Hugging Face causal LM (a model folder or a GGUF file) as a `TextModel`, on CPU.

The chat template comes from the tokenizer. Message contents are data: the template is rendered
with placeholders, its own text is tokenized normally (it is the only place control tokens come
from) and each content is tokenized with `split_special_tokens=True`, so a literal `<|im_end|>` in a
tool result stays plain text. Generation is greedy or sampled (seeded), stops on stop strings or a
cancel event, and streams through `TextIteratorStreamer`.
GGUF files are slow to convert (transformers re-parses the vocabulary metadata for every tensor:
about a minute for SmolLM2-135M), so the first load saves the converted model as safetensors under
`$AGENTLIB_CACHE` (default `~/.cache/agentlib`) keyed by the file's name, size and mtime; later loads
read that folder in seconds.
Weights load from safetensors only (`use_safetensors=True`): a folder holding only a pickled
`pytorch_model.bin` is refused with a CheckpointError before anything is unpickled. `allow_pickle_weights=True`
is the explicit opt-in for such a folder, and even then torch.load runs with `weights_only=True` (tensors and
plain containers only, no code). GGUF files are parsed by the gguf package, not unpickled.
Left out: KV-cache sessions (`session()` returns None; the loop re-sends the prompt), GPU placement,
batching. torch and transformers are imported only when a model is loaded.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from agentlib.errors import CheckpointError, ContextOverflowError, DependencyMissing, InputError
from agentlib.llm import ChatSession, Completion, FinishReason, GenerateOptions, Message

_SENTINEL = "\ue000{}\ue001"
_SENTINEL_RE = re.compile("\ue000(\\d+)\ue001")


def gguf_cache_folder(path: Path) -> Path:
    """Where the converted copy of a GGUF file lives (changes when the file changes)."""
    stat = path.stat()
    root = Path(os.environ.get("AGENTLIB_CACHE") or Path.home() / ".cache" / "agentlib")
    return root / "gguf" / f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}"


def _save_conversion(model: Any, tokenizer: Any, target: Path) -> None:
    """Save atomically (temp folder, then rename); a cache that cannot be written is skipped.

    `save_pretrained` refuses GGUF-loaded models, so the dequantized weights are written with
    safetensors directly, beside a config without the GGUF quantization entry.
    """
    import copy

    from safetensors.torch import save_model

    staging: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".staging-"))
        config = copy.deepcopy(model.config)
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        config.save_pretrained(staging)
        save_model(model, str(staging / "model.safetensors"))
        tokenizer.save_pretrained(staging)
        os.replace(staging, target)
    except (OSError, ValueError):
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


class TransformersModel:
    """A transformers causal LM behind the TextModel protocol."""

    supports_grammar = False

    def __init__(self, model: Any, tokenizer: Any, *, name: str):
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        config_length = getattr(model.config, "max_position_embeddings", None)
        self.context_length = int(config_length or min(getattr(tokenizer, "model_max_length", 2048), 1 << 20))

    @classmethod
    def from_pretrained(cls, path: str | Path, *, name: str | None = None, threads: int | None = None,
                        allow_pickle_weights: bool = False) -> TransformersModel:
        """Load a model folder (safetensors weights), or a `.gguf` file (dequantized to fp32 by transformers).

        allow_pickle_weights: also accept a folder whose weights are only `pytorch_model.bin`, read with
        `torch.load(weights_only=True)`; off by default, so no pickle is ever read unless asked for.

        Raises:
            InputError: the path does not exist. CheckpointError: transformers cannot load it, or the folder
            has no safetensors weights (and pickle was not allowed).
            DependencyMissing: transformers/torch (or gguf for GGUF files) are not installed.
        """
        path = Path(path)
        if not path.exists():
            raise InputError(f"model path {path} does not exist")
        if path.is_file() and path.suffix != ".gguf":
            raise InputError(f"{path}: a model file must be .gguf; otherwise pass the model folder")
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as error:
            raise DependencyMissing(
                f"the hf backend needs torch and transformers: pip install torch transformers ({error})") from None
        if threads:
            torch.set_num_threads(threads)
        kwargs: dict[str, Any] = {}
        folder = path
        cache: Path | None = None
        if path.is_file():
            cache = gguf_cache_folder(path)
            if (cache / "config.json").is_file():
                folder, cache = cache, None
            else:
                folder, kwargs["gguf_file"] = path.parent, path.name
        if "gguf_file" not in kwargs:
            if not allow_pickle_weights and not any(folder.glob("*.safetensors")):
                pickled = sorted(p.name for p in folder.glob("*.bin")) + sorted(p.name for p in folder.glob("*.pt"))
                raise CheckpointError(
                    f"{path} has no safetensors weights{' (only ' + ', '.join(pickled[:3]) + ')' if pickled else ''}; "
                    "agentlib does not unpickle weights: convert them to safetensors, or pass "
                    "allow_pickle_weights=True to read them with torch.load(weights_only=True)")
            kwargs["use_safetensors"] = not allow_pickle_weights
            kwargs["weights_only"] = True
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder, **{k: v for k, v in kwargs.items() if k == "gguf_file"})
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32, **kwargs)
        except ImportError as error:
            raise DependencyMissing(
                f"loading {path} needs an optional package ({error}); for GGUF: pip install gguf") from None
        except (OSError, ValueError, KeyError, pickle.UnpicklingError) as error:
            first_line = (str(error).splitlines() or [type(error).__name__])[0]
            raise CheckpointError(f"transformers cannot load {path}: {first_line[:300]}") from None
        model.eval()
        if cache is not None:
            _save_conversion(model, tokenizer, cache)
        if tokenizer.chat_template is None:
            raise CheckpointError(f"{path}: the tokenizer has no chat template")
        return cls(model, tokenizer, name=name or path.stem)

    # --- tokenization ----------------------------------------------------------------------------
    def _encode_text(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"])

    def count_tokens(self, text: str) -> int:
        return len(self._encode_text(text))

    def encode_chat(self, messages: Sequence[Message]) -> list[int]:
        """Prompt ids: template text may hold control tokens, message contents never do."""
        placeholders = [{"role": m.role, "content": _SENTINEL.format(i)} for i, m in enumerate(messages)]
        rendered = self.tokenizer.apply_chat_template(placeholders, tokenize=False, add_generation_prompt=True)
        ids: list[int] = []
        position = 0
        for match in _SENTINEL_RE.finditer(rendered):
            template_text = rendered[position : match.start()]
            if template_text:
                ids += list(self.tokenizer(template_text, add_special_tokens=False)["input_ids"])
            ids += self._encode_text(messages[int(match.group(1))].content)
            position = match.end()
        if rendered[position:]:
            ids += list(self.tokenizer(rendered[position:], add_special_tokens=False)["input_ids"])
        return ids

    # --- generation ------------------------------------------------------------------------------
    def _generate_kwargs(self, messages: Sequence[Message], options: GenerateOptions,
                         streamer: Any = None) -> dict[str, Any]:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList

        ids = self.encode_chat(messages)
        if len(ids) + options.max_new_tokens > self.context_length:
            raise ContextOverflowError(
                f"prompt of {len(ids)} tokens + {options.max_new_tokens} new exceeds the context of "
                f"{self.context_length}",
                prompt_tokens=len(ids),
                context_length=self.context_length,
            )
        tokenizer, prompt_len = self.tokenizer, len(ids)

        class StopOnText(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
                if options.cancel is not None and options.cancel.is_set():
                    return True
                if not options.stop:
                    return False
                tail = tokenizer.decode(input_ids[0, prompt_len:][-32:], skip_special_tokens=True)
                return any(s in tail for s in options.stop)

        if options.seed is not None:
            torch.manual_seed(options.seed)
        sampling = options.temperature > 0
        kwargs: dict[str, Any] = {
            "input_ids": torch.tensor([ids]),
            "attention_mask": torch.ones(1, len(ids), dtype=torch.long),
            "max_new_tokens": options.max_new_tokens,
            "do_sample": sampling,
            "stopping_criteria": StoppingCriteriaList([StopOnText()]),
            "pad_token_id": tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
            "repetition_penalty": options.repetition_penalty,
        }
        if sampling:
            kwargs.update(temperature=options.temperature, top_p=options.top_p, top_k=options.top_k or None)
        else:
            kwargs.update(temperature=None, top_p=None, top_k=None)
        if streamer is not None:
            kwargs["streamer"] = streamer
        return kwargs

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        import torch

        options = options or GenerateOptions()
        kwargs = self._generate_kwargs(messages, options)
        prompt_len = kwargs["input_ids"].shape[1]
        with torch.inference_mode():
            output = self.model.generate(**kwargs)
        new = output[0, prompt_len:]
        text = self.tokenizer.decode(new, skip_special_tokens=True)
        finish: FinishReason = "length" if len(new) >= options.max_new_tokens else "stop"
        cut = min((i for i in (text.find(s) for s in options.stop) if i >= 0), default=-1)
        if cut >= 0:
            text, finish = text[:cut], "stop"
        if options.cancel is not None and options.cancel.is_set():
            finish = "cancelled"
        return Completion(text, finish, prompt_len, len(new))

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        options = options or GenerateOptions()
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        kwargs = self._generate_kwargs(messages, options, streamer)

        def work() -> None:
            with torch.inference_mode():
                self.model.generate(**kwargs)

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        emitted = ""
        for piece in streamer:
            emitted += piece
            cut = min((i for i in (emitted.find(s) for s in options.stop) if i >= 0), default=-1)
            if cut >= 0:
                already = len(emitted) - len(piece)
                if cut > already:
                    yield emitted[already:cut]
                break
            yield piece
        worker.join()

    def session(self, messages: Sequence[Message] = ()) -> ChatSession | None:
        return None
