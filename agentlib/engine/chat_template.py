"""Chat templates rendered the way transformers' `apply_chat_template` renders them.

The environment mirrors transformers (`utils/chat_template_utils.py`): a sandboxed jinja2 environment with
`trim_blocks`, `lstrip_blocks`, `loopcontrols`, a `tojson` filter that does not escape HTML, and the globals
`raise_exception`, `strftime_now`, `dict`, `namespace`. Special tokens of the tokenizer config
(`bos_token`, `eos_token`, ...) are passed as variables, as transformers does.

`DEFAULT_CHAT_TEMPLATE` is the Phi-4-mini-reasoning template, used when a model folder has none. It always
emits the identity preamble `<|system|>Your name is Phi, an AI math expert developed by Microsoft.`, appends a
user system message after one space (and tool definitions from its `tools` key inside `<|tool|>...<|/tool|>`),
closes with `<|end|>`, then renders every other message as `<|role|>content<|end|>` and ends with
`<|assistant|>` (generation prompt) or the EOS token. No BOS token.
Left out: the `{% generation %}` assistant-mask tag and `continue_final_message`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from agentlib.errors import ConfigError, InputError

DEFAULT_CHAT_TEMPLATE = (
    "{{ '<|system|>Your name is Phi, an AI math expert developed by Microsoft.' }}"
    "{% for message in messages %}{% if message['role'] == 'system' %} {{ message['content'] }}"
    "{% if 'tools' in message and message['tools'] is not none %}{{ '<|tool|>' + message['tools'] + '<|/tool|>' }}"
    "{% endif %}{% endif %}{% endfor %}{{ '<|end|>' }}"
    "{% for message in messages %}{% if message['role'] != 'system' %}"
    "{{ '<|' + message['role'] + '|>' + message['content'] + '<|end|>' }}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% else %}{{ eos_token }}{% endif %}"
)


def _raise_exception(message: str) -> None:
    raise jinja2.exceptions.TemplateError(message)


def _tojson(x: Any, ensure_ascii: bool = False, indent: Any = None, separators: Any = None,
            sort_keys: bool = False) -> str:
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _strftime_now(format: str) -> str:
    return datetime.now().strftime(format)


@lru_cache(maxsize=16)
def compile_template(source: str) -> jinja2.Template:
    """Compile `source` once in the sandbox transformers uses; a syntax error is a ConfigError."""
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols])
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    env.globals["dict"] = dict
    env.globals["namespace"] = jinja2.utils.Namespace
    try:
        return env.from_string(source)
    except jinja2.TemplateSyntaxError as error:
        raise ConfigError(f"chat_template does not compile: {error}") from None


def render_chat(
    source: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    add_generation_prompt: bool,
    special_tokens: Mapping[str, str],
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Render `messages` (dicts with role and content, optionally tools) with the template `source`.

    Raises InputError when the template rejects the conversation (its `raise_exception`).
    """
    template = compile_template(source)
    try:
        return template.render(
            messages=[dict(m) for m in messages],
            tools=[dict(t) for t in tools] if tools is not None else None,
            documents=None,
            add_generation_prompt=add_generation_prompt,
            **special_tokens,
        )
    except jinja2.exceptions.TemplateError as error:
        raise InputError(f"the chat template rejected the conversation: {error}") from None
