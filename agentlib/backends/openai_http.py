"""An OpenAI-compatible chat-completions client (vLLM, llama.cpp server, LM Studio, OpenAI) over httpx.

`generate` posts `{base_url}/chat/completions` and `stream` reads the server-sent events of the same
endpoint with `"stream": true`. Requests have a timeout; 429 and 5xx answers and connection errors are
retried a bounded number of times with exponential backoff (tenacity); other 4xx answers fail at once
with the server's message. The API key comes from the `api_key` argument or `OPENAI_API_KEY`.
A call's `GenerateOptions.time_limit_s` caps its request timeout and its retries (an HTTP request
cannot be stopped between tokens); a stream also stops at `cancel`.
The server renders message contents into its chat template as text, where a literal `<|im_start|>`
would become a real turn boundary: every untrusted message (`trusted=False`) is sent through
`agentlib.untrusted.defuse_control_tokens` first.
Left out: sessions (the prompt is re-sent each turn), vendor tool-calling, token counting by the
server's tokenizer (`count_tokens` estimates).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import httpx
from tenacity import retry, retry_if_exception, stop_after_attempt, stop_after_delay, wait_exponential
from tenacity.stop import stop_base

from agentlib.errors import InputError, ModelUnavailable
from agentlib.llm import ChatSession, Completion, FinishReason, GenerateOptions, Message, approx_token_count
from agentlib.untrusted import defuse_control_tokens

T = TypeVar("T")
MIN_REQUEST_TIMEOUT_S = 0.05


class BackendUnavailable(ModelUnavailable):
    """The server did not answer usefully after the bounded retries (down, overloaded, 5xx, deadline)."""


class _Retryable(Exception):
    def __init__(self, message: str):
        super().__init__(message)


def _is_retryable(error: BaseException) -> bool:
    return isinstance(error, (_Retryable, httpx.TransportError))


def _count(value: object) -> int:
    """A token count the server reported, or 0 when it sent none (or nonsense)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class OpenAIChatModel:
    """A TextModel backed by an OpenAI-compatible HTTP server."""

    supports_grammar = False

    def __init__(
        self,
        base_url: str,
        *,
        model: str = "default",
        api_key: str | None = None,
        timeout_s: float = 120.0,
        attempts: int = 3,
        backoff_s: float = 0.5,
        context_length: int = 8192,
    ):
        if not base_url.startswith(("http://", "https://")):
            raise InputError(
                f"openai backend needs an http(s) base URL such as http://127.0.0.1:8000/v1, got {base_url!r}"
            )
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"openai:{model}"
        self.context_length = context_length
        self.attempts = max(1, attempts)
        self.backoff_s = backoff_s
        key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY", "")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.timeout_s = timeout_s
        self._client = httpx.Client(timeout=timeout_s, headers=headers)

    def count_tokens(self, text: str) -> int:
        return approx_token_count(text)

    def _payload(self, messages: Sequence[Message], options: GenerateOptions, stream: bool) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": m.role, "content": m.content if m.trusted else defuse_control_tokens(m.content)}
                for m in messages
            ],
            "max_tokens": options.max_new_tokens,
            "temperature": options.temperature,
            "top_p": options.top_p,
            "stream": stream,
        }
        if options.stop:
            payload["stop"] = list(options.stop)[:4]
        if options.seed is not None:
            payload["seed"] = options.seed
        return payload

    def _check(self, response: httpx.Response) -> None:
        if response.status_code == 429 or response.status_code >= 500:
            raise _Retryable(f"server answered {response.status_code}: {response.text[:200]}")
        if response.status_code >= 400:
            raise InputError(f"server rejected the request ({response.status_code}): {response.text[:300]}")

    def _with_retries(self, fn: Callable[[float], T], options: GenerateOptions) -> T:
        """`fn(timeout_s)` with bounded retries, all of them within `options.time_limit_s` when set."""
        limit = options.time_limit_s
        end = None if limit is None else time.monotonic() + limit
        stop: stop_base = stop_after_attempt(self.attempts)
        if limit is not None:
            stop = stop | stop_after_delay(limit)

        def attempt() -> T:
            left = self.timeout_s if end is None else min(self.timeout_s, end - time.monotonic())
            if left < MIN_REQUEST_TIMEOUT_S:
                raise BackendUnavailable(f"{self.base_url}: no time left for a request (time limit {limit:g} s)")
            return fn(left)

        wrapped = retry(
            retry=retry_if_exception(_is_retryable),
            stop=stop,
            wait=wait_exponential(multiplier=self.backoff_s, max=8 * self.backoff_s + 0.01),
            reraise=True,
        )(attempt)
        try:
            return wrapped()
        except (_Retryable, httpx.TransportError) as error:
            raise BackendUnavailable(
                f"{self.base_url}: no usable answer after {self.attempts} attempts or the time limit ({error})"
            ) from None

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        options = options or GenerateOptions()

        def post(timeout_s: float) -> Any:
            url = f"{self.base_url}/chat/completions"
            response = self._client.post(url, json=self._payload(messages, options, False), timeout=timeout_s)
            self._check(response)
            try:
                return response.json()
            except (ValueError, RecursionError):
                raise BackendUnavailable(f"{self.base_url}: the answer is not JSON: {response.text[:200]}") from None

        data = self._with_retries(post, options)
        try:
            choice = data["choices"][0]
            text = choice["message"]["content"] or ""
            if not isinstance(text, str):
                raise TypeError("content is not text")
        except (KeyError, IndexError, TypeError):
            raise BackendUnavailable(f"{self.base_url}: unexpected answer shape: {str(data)[:200]}") from None
        finish: FinishReason = "length" if choice.get("finish_reason") == "length" else "stop"
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        prompt_tokens = _count(usage.get("prompt_tokens")) or sum(self.count_tokens(m.content) for m in messages)
        completion_tokens = _count(usage.get("completion_tokens")) or self.count_tokens(text)
        return Completion(text, finish, prompt_tokens, completion_tokens)

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        options = options or GenerateOptions()

        def open_stream(timeout_s: float) -> list[str]:
            pieces: list[str] = []
            url = f"{self.base_url}/chat/completions"
            payload = self._payload(messages, options, True)
            with self._client.stream("POST", url, json=payload, timeout=timeout_s) as response:
                if response.status_code >= 400:
                    response.read()
                self._check(response)
                for line in response.iter_lines():
                    if options.cancel is not None and options.cancel.is_set():
                        break
                    if not line.startswith("data:"):
                        continue
                    body = line[5:].strip()
                    if body == "[DONE]":
                        break
                    try:
                        delta = json.loads(body)["choices"][0].get("delta", {}).get("content")
                    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError):
                        raise BackendUnavailable(f"{self.base_url}: malformed stream event: {body[:120]}") from None
                    if isinstance(delta, str) and delta:
                        pieces.append(delta)
            return pieces

        # Retries must not repeat pieces already yielded, so a stream is read whole, then replayed.
        yield from self._with_retries(open_stream, options)

    def session(self, messages: Sequence[Message] = ()) -> ChatSession | None:
        return None

    def close(self) -> None:
        self._client.close()
