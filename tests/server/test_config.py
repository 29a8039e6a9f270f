"""ServerConfig: what a library user types is accepted or refused with a typed error, never a TypeError later."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentlib.errors import AgentlibError, ConfigError
from agentlib.server import ServerConfig, create_app


def test_folders_given_as_strings_become_paths(tmp_path):
    # Regression: ServerConfig(state_dir="some/folder") was accepted, then create_app failed with
    # "TypeError: unsupported operand type(s) for /: 'str' and 'str'" while opening the result cache.
    config = ServerConfig(state_dir=str(tmp_path), runs_dir=str(tmp_path / "runs"))
    assert config.state_dir == tmp_path and config.runs_folder == tmp_path / "runs"
    assert isinstance(config.state_dir, Path)
    create_app(None, config=config)
    assert (tmp_path / "results.sqlite3").exists()


@pytest.mark.parametrize("value", [3, "", b"bytes", ["a"]])
def test_a_folder_that_is_not_a_path_is_a_config_error(tmp_path, value):
    with pytest.raises(ConfigError, match="state_dir must be a folder path"):
        ServerConfig(state_dir=value)
    with pytest.raises(ConfigError, match="runs_dir must be a folder path"):
        ServerConfig(state_dir=tmp_path, runs_dir=value)


@pytest.mark.parametrize("field,value", [("max_tokens", 0), ("max_concurrency", True), ("deadline_s", -1.0),
                                         ("api_key", "short")])
def test_bad_limits_are_typed_errors(tmp_path, field, value):
    with pytest.raises(AgentlibError):  # ConfigError, or InputError from the shared deadline check
        ServerConfig(state_dir=tmp_path, **{field: value})
