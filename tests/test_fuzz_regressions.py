"""Regressions found by the fuzz sweep (`python -m agentlib.evals.fuzz`): each input once crashed an entry point
with an exception that was not an `AgentlibError` (a traceback at the CLI)."""

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.errors import ConfigError, InputError

DEEP_ARRAY = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000
HUGE_INTEGER = "9" * 100_000  # past Python's 4,300-digit int conversion limit: json raises a bare ValueError


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", ["[" * 5_000 + "]" * 5_000, '{"a":' * 3_000 + "1" + "}" * 3_000],
                         ids=["array", "object"])
def test_a_deeply_nested_tool_call_from_the_model_is_a_tool_error_not_a_recursion_error(text):
    # regression: ask() with a model reply "<tool_call>[[[[...</tool_call>" raised RecursionError
    import agentlib
    from agentlib.documents.reader import Document
    from agentlib.llm import ScriptedModel

    document = Document.from_text("The company earned $4.2 million in 2021.")
    replies = [f"<tool_call>{text}</tool_call>", "The company earned $4.2 million in 2021 [P1]."]
    answer = agentlib.ask(document, "What did it earn?", backend=ScriptedModel(replies), deadline_s=30)
    assert ("4.2 million" in answer.text, answer.ended_by) == (True, "complete")


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_OBJECT, HUGE_INTEGER], ids=["array", "object", "integer"])
def test_json_files_nested_too_deeply_or_with_huge_numbers_are_typed_errors(tmp_path, text):
    # regression: RecursionError (deep nesting) or ValueError (a 100,000-digit number) escaped these readers
    from agentlib.commands.check_trace import _parse
    from agentlib.commands.tokenizer import read_chat
    from agentlib.kb.embedder import _read_json
    from agentlib.kb.store import KnowledgeBaseError, Manifest
    from agentlib.report import load_run

    path = _write(tmp_path, "input.json", text)
    with pytest.raises(InputError):
        load_run(path)
    with pytest.raises(InputError):
        read_chat(path)
    with pytest.raises(InputError):
        _parse(text, "input.json")
    with pytest.raises(KnowledgeBaseError):
        Manifest.from_json(text, path)
    with pytest.raises(ConfigError):
        _read_json(path)


@pytest.mark.parametrize("text", [DEEP_ARRAY, HUGE_INTEGER], ids=["array", "integer"])
def test_engine_json_inputs_nested_too_deeply_are_typed_errors(tmp_path, text):
    # regression: a config.json or a --grammar JSON schema "[[[[..." raised RecursionError
    pytest.importorskip("torch")
    from agentlib.engine.config import SambaYConfig
    from agentlib.engine.grammar import grammar_source

    _write(tmp_path, "config.json", text)
    with pytest.raises(ConfigError, match="not valid JSON"):
        SambaYConfig.from_file(tmp_path)
    with pytest.raises(InputError, match="not valid JSON"):
        grammar_source(text, "json_schema")


def test_report_and_check_trace_commands_on_deep_json_exit_2_without_a_traceback(tmp_path):
    # regression: `agentlib report deep.json` printed a RecursionError traceback and exited 1
    path = _write(tmp_path, "deep.json", DEEP_ARRAY)
    for command in (["report", str(path), "-o", str(tmp_path / "out.html")], ["check-trace", str(path)]):
        done = subprocess.run([sys.executable, "-m", "agentlib", *command], capture_output=True, text=True,
                              timeout=120)
        assert (done.returncode, "Traceback" in done.stderr) == (2, False), done.stderr[-500:]
        assert done.stderr.startswith("error: ")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), st.characters()), max_size=40)
       .map("".join))
def test_the_tokenizer_encodes_any_python_string_lone_surrogates_included(text):
    # regression: Tokenizer.encode/encode_chat raised TypeError ("TextInputSequence must be str") on a lone
    # surrogate, which a model reply or a decoded document can carry; it now encodes as U+FFFD
    pytest.importorskip("tokenizers")
    from agentlib.llm import valid_unicode

    tokenizer = _small_tokenizer()
    assert tokenizer.decode(tokenizer.encode(text)) == valid_unicode(text)
    ids = tokenizer.encode_chat([{"role": "user", "content": text}])
    assert tokenizer.decode(ids).count(valid_unicode(text)) >= 1


def _small_tokenizer():
    from agentlib.engine.tokenizer import Tokenizer

    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = Tokenizer.from_dir(Path(__file__).parent / "engine" / "data" / "small_tokenizer")
    return _TOKENIZER


_TOKENIZER = None
