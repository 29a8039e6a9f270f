"""The `hf:` backend reads weights from safetensors only; a pickled `pytorch_model.bin` is never unpickled
unless the caller opts in, and then only with torch.load(weights_only=True)."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
import torch

from agentlib.backends.transformers_backend import TransformersModel
from agentlib.errors import CheckpointError

SMALL_TOKENIZER = Path(__file__).parent / "data" / "small_tokenizer"


class _Payload:
    """Unpickling this writes a file: proof that a pickle was executed."""

    def __init__(self, sentinel: Path):
        self.sentinel = sentinel

    def __reduce__(self):
        return (Path.write_text, (self.sentinel, "pickle code ran"))


def _folder(tmp_path: Path, *, safetensors: bool) -> Path:
    from transformers import GPT2Config, GPT2LMHeadModel

    folder = tmp_path / ("safe" if safetensors else "pickled")
    shutil.copytree(SMALL_TOKENIZER, folder)
    model = GPT2LMHeadModel(GPT2Config(vocab_size=512, n_layer=1, n_embd=16, n_head=2, n_positions=64))
    model.config.save_pretrained(folder)
    if safetensors:
        model.save_pretrained(folder, safe_serialization=True)
    return folder


def test_safetensors_folder_loads(tmp_path):
    model = TransformersModel.from_pretrained(_folder(tmp_path, safetensors=True))
    assert model.context_length == 64


@pytest.mark.parametrize("opt_in", [False, True])
def test_pickled_weights_are_never_executed(tmp_path, opt_in):
    """Regression (the hf: backend loaded pickled pytorch_model.bin through torch.load): without the opt-in
    the folder is refused before any read; with it, torch.load(weights_only=True) refuses the payload."""
    folder = _folder(tmp_path, safetensors=False)
    sentinel = tmp_path / "executed"
    with open(folder / "pytorch_model.bin", "wb") as handle:
        pickle.dump({"transformer.wte.weight": _Payload(sentinel)}, handle)
    with pytest.raises(CheckpointError, match="no safetensors weights" if not opt_in else "cannot load"):
        TransformersModel.from_pretrained(folder, allow_pickle_weights=opt_in)
    assert not sentinel.exists()


def test_opt_in_reads_plain_tensors(tmp_path):
    from transformers import GPT2LMHeadModel

    folder = _folder(tmp_path, safetensors=False)
    reference = GPT2LMHeadModel.from_pretrained(_folder(tmp_path, safetensors=True))
    torch.save(reference.state_dict(), folder / "pytorch_model.bin")
    with pytest.raises(CheckpointError, match="no safetensors weights"):
        TransformersModel.from_pretrained(folder)
    loaded = TransformersModel.from_pretrained(folder, allow_pickle_weights=True)
    ids = torch.tensor([[1, 2, 3]])
    torch.testing.assert_close(loaded.model(ids).logits, reference(ids).logits)
