"""SambaYConfig validation, normalisation and the layer plan."""

from __future__ import annotations

import json

import pytest

from agentlib.engine.config import LayerKind, SambaYConfig, layer_plan, real_config, scaled_config
from agentlib.errors import ConfigError
from tests.engine._helpers_model import FIXTURES


def test_fixture_config_reads_and_derives():
    config = SambaYConfig.from_file(FIXTURES / "config_a")
    assert (config.head_dim, config.d_inner, config.dt_rank) == (16, 128, 4)
    assert config.sliding_window == (None, 8, None, 8, None, None, None, None)
    assert config.extra["use_cache"] is True


def test_real_config_matches_spec():
    config = real_config()
    assert (config.hidden_size, config.num_hidden_layers, config.head_dim, config.dt_rank) == (2560, 32, 64, 160)
    plan = layer_plan(config)
    kinds = [role.kind for role in plan]
    assert kinds[:4] == [LayerKind.MAMBA, LayerKind.SWA, LayerKind.MAMBA, LayerKind.SWA]
    assert kinds[16:20] == [LayerKind.MAMBA_MEMORY, LayerKind.FULL, LayerKind.GMU, LayerKind.CROSS]
    assert kinds.count(LayerKind.MAMBA) == 8 and kinds.count(LayerKind.CROSS) == 7
    assert [r.window for r in plan if r.kind is LayerKind.SWA] == [512] * 8
    assert all(r.window is None for r in plan if r.kind is not LayerKind.SWA)


def test_window_list_and_scalar_agree():
    scalar = real_config()
    listed = real_config(sliding_window=[512 if (i < 16 and i % 2) else None for i in range(32)])
    assert layer_plan(scalar) == layer_plan(listed)


def test_round_trip(tmp_path):
    config = scaled_config()
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config.to_dict()))
    assert SambaYConfig.from_file(path) == config


@pytest.mark.parametrize("field,value", [
    ("num_hidden_layers", 6), ("num_hidden_layers", -4), ("hidden_size", 0), ("num_attention_heads", 3),
    ("num_key_value_heads", 3), ("mamba_dt_rank", "big"), ("mamba_d_conv", 0), ("vocab_size", "512"),
    ("sliding_window", [8, 8]), ("sliding_window", 0), ("layer_norm_eps", -1.0), ("mb_per_layer", 3),
])
def test_bad_field_is_named(field, value):
    with pytest.raises(ConfigError, match=field):
        SambaYConfig.from_dict({**real_config().to_dict(), field: value})


def test_unsupported_model_type_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="model_type"):
        SambaYConfig.from_dict({"model_type": "llama"})
    with pytest.raises(ConfigError, match="model_type"):
        SambaYConfig.from_dict({"hidden_size": 64})
    with pytest.raises(ConfigError, match="not found"):
        SambaYConfig.from_file(tmp_path)
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ConfigError, match="JSON"):
        SambaYConfig.from_file(tmp_path)
