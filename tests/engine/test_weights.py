"""Checkpoint loading: single and sharded files, tied head, and every kind of bad checkpoint."""

from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import load_file, save_file

from agentlib.engine import weights
from agentlib.engine.model import SambaY
from agentlib.engine.testing import save_random_checkpoint, tiny_config
from agentlib.errors import CheckpointError, ConfigError, ContextOverflowError, InputError

IDS = torch.tensor([[5, 17, 300, 2, 44, 9, 101, 7, 8, 250]])


def _logits(model: SambaY) -> torch.Tensor:
    return model(IDS, logits_at="all").logits


@pytest.mark.parametrize("shards,with_lm_head", [(1, False), (1, True), (3, False), (2, True)])
def test_saved_checkpoint_loads_to_same_model(tmp_path, shards, with_lm_head):
    config = tiny_config()
    folder = save_random_checkpoint(tmp_path / "m", config, seed=3, shards=shards, with_lm_head=with_lm_head)
    loaded = SambaY.from_pretrained(folder)
    torch.testing.assert_close(_logits(loaded), _logits(SambaY(config, seed=3)), atol=0, rtol=0)


def test_bf16_load_converts(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config(), seed=1)
    model = SambaY.from_pretrained(folder, dtype=torch.bfloat16)
    assert model.embed_tokens.weight.dtype == torch.bfloat16
    ref = SambaY(tiny_config(), seed=1)
    torch.testing.assert_close(model.embed_tokens.weight.float(), ref.embed_tokens.weight, atol=2e-2, rtol=1e-2)


def _rewrite(folder, change):
    path = folder / "model.safetensors"
    tensors = load_file(str(path))
    change(tensors)
    save_file(tensors, str(path))


def test_missing_tensor_is_named(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    _rewrite(folder, lambda t: t.pop("model.layers.3.attn.Wqkv.bias"))
    with pytest.raises(CheckpointError, match=r"missing \['model.layers.3.attn.Wqkv.bias'\]"):
        SambaY.from_pretrained(folder)


def test_unexpected_tensor_is_named(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    _rewrite(folder, lambda t: t.update({"model.layers.0.attn.rotary.inv_freq": torch.ones(4)}))
    with pytest.raises(CheckpointError, match="rotary.inv_freq"):
        SambaY.from_pretrained(folder)


def test_misshaped_tensor_is_named(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    _rewrite(folder, lambda t: t.update({"model.layers.0.attn.A_log": torch.ones(128, 8)}))
    with pytest.raises(CheckpointError, match="A_log.*shape"):
        SambaY.from_pretrained(folder)


def test_truncated_and_corrupt_files(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    path = folder / "model.safetensors"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    with pytest.raises(CheckpointError, match="truncated"):
        SambaY.from_pretrained(folder)
    path.write_bytes(b"\x10\x00")
    with pytest.raises(CheckpointError, match="truncated"):
        SambaY.from_pretrained(folder)
    path.write_bytes((20).to_bytes(8, "little") + b"{broken json........")
    with pytest.raises(CheckpointError, match="not valid JSON"):
        SambaY.from_pretrained(folder)


def test_a_99_mb_header_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """Regression (issue: a 99 MB header was parsed, 2.9 GB and 15 s, before any size check): the declared
    length alone refuses it; nothing is read or parsed."""
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    path = folder / "model.safetensors"
    header = b'{"x":' + b" " * (99 << 20) + b"1}"
    path.write_bytes(len(header).to_bytes(8, "little") + header)
    parsed = []
    monkeypatch.setattr(weights, "load_json", lambda *a, **k: parsed.append(1))
    with pytest.raises(CheckpointError, match="refused before parsing"):
        SambaY.from_pretrained(folder)
    assert parsed == []


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deeply_nested_header_is_a_typed_error_not_recursion(tmp_path, depth):
    """Regression (RecursionError escaped the header reader): a deep header is refused by its depth."""
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    header = b'{"a":' + b"[" * depth + b"]" * depth + b"}"
    (folder / "model.safetensors").write_bytes(len(header).to_bytes(8, "little") + header)
    with pytest.raises(CheckpointError, match="levels deep"):
        SambaY.from_pretrained(folder)


@pytest.mark.parametrize("shard", ["/etc/passwd", "../outside.safetensors", "sub/../../outside.safetensors",
                                   "link.safetensors"])
def test_index_shards_outside_the_folder_are_refused(tmp_path, shard):
    """Regression (shard paths in an index could be absolute or ../ and were loaded): only files inside the
    checkpoint folder are read, symlinks out of it included."""
    folder = save_random_checkpoint(tmp_path / "m", tiny_config(), shards=2)
    outside = save_random_checkpoint(tmp_path / "other", tiny_config(), seed=1)
    (tmp_path / "outside.safetensors").write_bytes((outside / "model.safetensors").read_bytes())
    (folder / "link.safetensors").symlink_to(tmp_path / "outside.safetensors")
    index = json.loads((folder / weights.INDEX_FILE).read_text())
    index["weight_map"] = {name: shard for name in index["weight_map"]}
    (folder / weights.INDEX_FILE).write_text(json.dumps(index))
    with pytest.raises(CheckpointError, match="outside the checkpoint folder|link out of the checkpoint folder"):
        SambaY.from_pretrained(folder)


def test_int8_load_quantizes_tensor_by_tensor_and_stays_close(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config())
    exact = SambaY.from_pretrained(folder)
    small = SambaY.from_pretrained(folder, quantize="int8")
    assert small.embed_tokens.weight.dtype == torch.int8 and small.layers[0].mlp.fc1.scale.dtype == torch.float32
    assert small.layers[0].attn.dt_proj.weight.dtype == torch.float32  # kept in float (run in fp32)
    ids = torch.randint(0, 512, (1, 16), generator=torch.Generator().manual_seed(0))
    want, got = exact(ids, logits_at="all").logits, small(ids, logits_at="all").logits
    assert float((got - want).abs().max()) < 0.05 * float(want.abs().max())
    assert float((got.argmax(-1) == want.argmax(-1)).float().mean()) >= 0.9
    with pytest.raises(ConfigError, match="quantize"):
        SambaY.from_pretrained(folder, quantize="int4")


def test_sharded_index_pointing_at_missing_shard(tmp_path):
    folder = save_random_checkpoint(tmp_path / "m", tiny_config(), shards=2)
    (folder / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(CheckpointError, match="model-00002-of-00002.safetensors"):
        SambaY.from_pretrained(folder)


def test_missing_folder_pickle_only_and_no_weights(tmp_path):
    with pytest.raises(CheckpointError, match="not found"):
        SambaY.from_pretrained(tmp_path / "nope")
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(tiny_config().to_dict()))
    with pytest.raises(CheckpointError, match="no model.safetensors"):
        SambaY.from_pretrained(folder)
    (folder / "pytorch_model.bin").write_bytes(b"pickle")
    with pytest.raises(CheckpointError, match="pickle"):
        SambaY.from_pretrained(folder)


def test_bad_tokens_and_context_limit(tmp_path):
    model = SambaY.from_pretrained(save_random_checkpoint(tmp_path / "m", tiny_config()), max_context=12)
    with pytest.raises(InputError, match="token id 512 is out of range"):
        model(torch.tensor([[1, 512]]))
    with pytest.raises(InputError, match="token id -1"):
        model(torch.tensor([[-1, 5]]))
    with pytest.raises(InputError, match="shape"):
        model(torch.tensor([1, 2]))
    state = model.new_state()
    model(torch.arange(10)[None], state)
    with pytest.raises(ContextOverflowError, match="13 tokens") as info:
        model(torch.arange(3)[None], state)
    assert (info.value.prompt_tokens, info.value.context_length) == (13, 12)
    assert state.num_tokens == 10  # the failed call left the state untouched
