"""`create_app`: the FastAPI application of `agentlib serve`, for embedding too.

Endpoints (the README's "HTTP service" has a curl line for each):
- OpenAI-compatible: `POST /v1/chat/completions` (JSON or SSE stream), `GET /v1/models`;
- tasks, the same results as the CLI commands, cached: `POST /solve`, `/solve-math`, `/logical-reasoning`,
  `/check-trace`, `/summarize`, `/batch-solve`;
- operations: `GET /health`, `/model-info`, `/stats`, `/metrics` (Prometheus), `/runs/{id}` (the run page).

Work runs in a thread pool sized to the concurrency bound; the event loop only routes, waits and streams.
A client that disconnects cancels its generation (and stops a batch between items); each request has a
deadline (chat: generation stops with finish_reason "length"; a task: an abstention with failure
"deadline", never cached). `guard.py` holds the admission rules, `errors.py` the error shape.

Left out: several models per process, and request queues (a full server answers 429 at once).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse

from agentlib.errors import InputError
from agentlib.limits import Deadline
from agentlib.llm import TextModel
from agentlib.server import routing, tasks
from agentlib.server.bounded import bounded
from agentlib.server.cache import GuardedCache, cache_key, open_cache
from agentlib.server.chat import ChatService, Outcome, Prepared
from agentlib.server.errors import APIError, api_error_of, error_body, install_handlers
from agentlib.server.guard import Guard, Slot, Slots
from agentlib.server.limits import ServerConfig
from agentlib.server.model_info import describe
from agentlib.server.runs import RunStore
from agentlib.server.schemas import (
    BatchItem,
    BatchSolveRequest,
    BatchSolveResult,
    ChatCompletion,
    ChatCompletionRequest,
    CheckTraceRequest,
    CheckTraceResult,
    ErrorResponse,
    Health,
    LogicalReasoningRequest,
    ModelInfo,
    ModelList,
    SolveMathRequest,
    SolveRequest,
    StatsBody,
    SummarizeRequest,
    TaskResult,
)
from agentlib.server.stats import Stats

_DESCRIPTIONS = {
    400: "invalid request (the message says what to fix)",
    401: "missing or wrong API key",
    404: "no such resource",
    408: "the request body did not arrive in full in time",
    413: "request body too large",
    415: "the body is not declared JSON (send Content-Type: application/json)",
    429: "busy: retry after Retry-After seconds",
    500: "server fault (logged with an incident id)",
    501: "this agentlib build lacks the function",
    503: "no model loaded (start with --backend), or too many requests open (code overloaded: retry after Retry-After)",
}
_COMMON = (400, 401, 408, 413, 500, 503)
# One server-sent event of a streamed chat (OpenAPI 3.1: the event-stream schema describes each event).
_SSE_EVENT = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "event": {"type": "string"},
        "data": {
            "type": "string",
            "description": 'a chat.completion.chunk object as JSON, an {"error": ...} object, or [DONE] at the end',
        },
    },
}
_WORK = _COMMON + (415, 429)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorResponse, "description": _DESCRIPTIONS[code]} for code in codes}


@dataclass
class Service:
    """Everything one app holds: settings, model, caches, counters, the worker pool."""

    config: ServerConfig
    backend: TextModel | None
    chat: ChatService
    cache: GuardedCache
    stats: Stats
    slots: Slots
    runs: RunStore
    executor: ThreadPoolExecutor
    started: float = field(default_factory=time.time)
    running: set[Future[Any]] = field(default_factory=set)

    @property
    def model_name(self) -> str:
        return self.backend.name if self.backend is not None else ""

    def submit(self, request: Request, fn: Callable[..., Any], *args: Any) -> asyncio.Future[Any]:
        """Run `fn(*args)` in the pool; the request's concurrency slot is held until it ends."""
        future: Future[Any] = self.executor.submit(fn, *args)
        self.running.add(future)
        future.add_done_callback(self.running.discard)
        slot = request.scope.get("state", {}).get("slot")
        if isinstance(slot, Slot):
            slot.hold_until(future)
        return asyncio.wrap_future(future)

    def cached(
        self, endpoint: str, payload: dict[str, Any], compute: Callable[[], dict[str, Any]], stop: threading.Event
    ) -> dict[str, Any]:
        """`compute()` through the result cache (blocking; call it from the pool). Adds `cached`. An answer made
        after `stop` was set (deadline, client gone) may be cut short, so it is not stored."""
        key = cache_key(endpoint, payload, model=self.model_name)
        hit = self.cache.get(key)
        self.stats.record_cache(endpoint, hit is not None)
        if hit is not None:
            return {**hit, "cached": True}
        result = compute()
        if not stop.is_set() and result.get("failure") != "deadline":
            self.cache.put(key, result)
        return {**result, "cached": False}


def _build_backend(backend: TextModel | str | None) -> TextModel | None:
    if backend is None or not isinstance(backend, str):
        return backend
    from agentlib.backends import load_backend

    return load_backend(backend)


def _conversation_store(backend: TextModel | None, config: ServerConfig) -> Any:
    """A `ConversationStore` for a SambaY backend (state reuse across requests); None for other backends."""
    model = getattr(backend, "model", None)
    if backend is None or getattr(getattr(model, "config", None), "model_type", None) != "phi4flash":
        return None
    from agentlib.backends.sambay import SambaYBackend
    from agentlib.server.conversations import ConversationStore

    sambay = cast(SambaYBackend, backend)
    return ConversationStore(
        model,
        sambay.tokenizer,
        sambay.prefix_cache,
        budget_bytes=config.conversation_bytes,
    )


def create_app(backend: TextModel | str | None = None, *, config: ServerConfig | None = None) -> FastAPI:
    """The service as an ASGI app.

    Args:
        backend: a loaded `TextModel`, a backend spec such as "sambay:DIR" (loaded now), or None (chat answers 503).
        config: limits and settings (`ServerConfig()` by default: loopback hosts only, no API key, SQLite cache).
    Raises:
        ConfigError / InputError / CheckpointError: a bad config, cache URL or backend spec (before serving).
    """
    config = config or ServerConfig()
    model = _build_backend(backend)
    stats = Stats()
    service = Service(
        config=config,
        backend=model,
        chat=ChatService(model, config, _conversation_store(model, config)),
        cache=open_cache(
            config.cache_url, state_dir=config.state_dir, ttl_s=config.cache_ttl_s, max_bytes=config.cache_max_bytes
        ),
        stats=stats,
        slots=Slots(config.max_concurrency),
        runs=RunStore(config.runs_folder, max_runs=config.max_runs),
        executor=ThreadPoolExecutor(max_workers=config.max_concurrency + 2, thread_name_prefix="agentlib-work"),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        service.executor.shutdown(wait=False, cancel_futures=True)
        # work already running finishes (its answers reach the cache) unless it takes longer than a short grace
        await asyncio.get_running_loop().run_in_executor(None, lambda: wait(list(service.running), timeout=5.0))
        service.cache.close()

    app = FastAPI(
        title="agentlib",
        version=_version(),
        lifespan=lifespan,
        description="Verified reasoning over HTTP: OpenAI-compatible chat with conversation state reuse, "
        "task endpoints with certificates, run pages.",
    )
    app.state.service = service
    install_handlers(app)
    _chat_routes(app, service)
    _task_routes(app, service)
    _ops_routes(app, service)
    app.add_middleware(Guard, config=config, stats=stats, slots=service.slots, routes=app.router.routes)
    _tidy_openapi(app, config)
    return app


def _version() -> str:
    from agentlib import __version__

    return __version__


# -- chat -----------------------------------------------------------------------------------------------------
async def _watch_disconnect(request: Request, cancel: threading.Event) -> None:
    """Set `cancel` when the client goes away (the ASGI server reports it as http.disconnect)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            cancel.set()
            return


def _usage(outcome: Outcome) -> dict[str, Any]:
    return {
        "prompt_tokens": outcome.prompt_tokens,
        "completion_tokens": outcome.completion_tokens,
        "total_tokens": outcome.prompt_tokens + outcome.completion_tokens,
        "prompt_tokens_details": {"cached_tokens": outcome.cached_tokens},
    }


def _finish(outcome: Outcome) -> str:
    return "stop" if outcome.finish_reason == "stop" else "length"  # cancelled = the deadline (or nobody listening)


def _chat_routes(app: FastAPI, service: Service) -> None:
    @app.get("/v1/models", response_model=ModelList, responses=_errors(*_COMMON), tags=["openai"])
    async def models() -> dict[str, Any]:
        """The loaded model (an empty list without a backend)."""
        data = [{"id": service.model_name, "object": "model", "created": int(service.started), "owned_by": "agentlib"}]
        return {"object": "list", "data": data if service.backend is not None else []}

    @app.post(
        "/v1/chat/completions",
        response_model=ChatCompletion,
        tags=["openai"],
        responses={
            **_errors(*_WORK, 503),
            200: {
                "content": {"text/event-stream": {"schema": _SSE_EVENT}},
                "description": "a chat completion, or its server-sent events with stream=true",
            },
        },
    )
    async def chat_completions(body: ChatCompletionRequest, request: Request) -> Any:
        """OpenAI chat completions; with a SambaY backend a conversation that extends a saved one prefills only
        its new tokens (`usage.prompt_tokens_details.cached_tokens`)."""
        prepared: Prepared = await service.submit(request, service.chat.prepare, body)
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        deadline_hit = threading.Event()
        events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        def on_text(delta: str) -> None:
            loop.call_soon_threadsafe(events.put_nowait, ("delta", delta))

        def expire() -> None:
            deadline_hit.set()
            cancel.set()

        def work() -> Outcome:
            try:
                return service.chat.run(prepared, on_text if body.stream else None, cancel)
            finally:
                loop.call_soon_threadsafe(events.put_nowait, ("done", None))

        timer = loop.call_later(service.config.deadline_s, expire)
        watcher = asyncio.create_task(_watch_disconnect(request, cancel))
        future = service.submit(request, work)
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())

        def cleanup() -> None:
            timer.cancel()
            watcher.cancel()

        if not body.stream:
            try:
                outcome = await future
            finally:
                cleanup()
            service.stats.record_tokens(
                "/v1/chat/completions", outcome.prompt_tokens, outcome.completion_tokens, outcome.cached_tokens
            )
            headers = {"X-Agentlib-Deadline": "reached"} if deadline_hit.is_set() else {}
            return JSONResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": service.model_name,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": outcome.text},
                            "finish_reason": _finish(outcome),
                            "logprobs": None,
                        }
                    ],
                    "usage": _usage(outcome),
                    "system_fingerprint": None,
                },
                headers=headers,
            )

        # Streaming: wait for the first event, so an error before any text is a proper JSON error answer.
        first = await events.get()
        if first[0] == "done":  # finished (or failed) before any text: a failure is still a plain JSON error
            try:
                await asyncio.wait([future])
                future.result()
            except BaseException:
                cleanup()
                raise

        def chunk(delta: dict[str, Any], finish: str | None) -> str:
            return (
                "data: "
                + json.dumps(
                    {
                        "id": completion_id,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": service.model_name,
                        "system_fingerprint": None,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
                    }
                )
                + "\n\n"
            )

        async def stream() -> AsyncIterator[str]:
            finished = False
            try:
                yield chunk({"role": "assistant", "content": ""}, None)
                event = first
                while event[0] == "delta":
                    yield chunk({"content": event[1]}, None)
                    event = await events.get()
                try:
                    outcome = await future
                except Exception as error:  # the stream is open: report the failure as an error event
                    problem = api_error_of(error)
                    yield "data: " + json.dumps(error_body(problem.type, problem.message, problem.code)) + "\n\n"
                    finished = True
                    return
                service.stats.record_tokens(
                    "/v1/chat/completions", outcome.prompt_tokens, outcome.completion_tokens, outcome.cached_tokens
                )
                yield chunk({}, _finish(outcome))
                if body.stream_options is not None and body.stream_options.include_usage:
                    yield (
                        "data: "
                        + json.dumps(
                            {
                                "id": completion_id,
                                "object": "chat.completion.chunk",
                                "created": created,
                                "model": service.model_name,
                                "choices": [],
                                "usage": _usage(outcome),
                            }
                        )
                        + "\n\n"
                    )
                yield "data: [DONE]\n\n"
                finished = True
            finally:
                if not finished:
                    cancel.set()  # the client went away mid-stream
                cleanup()

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )


# -- tasks ----------------------------------------------------------------------------------------------------
def _deadline_answer(seconds: float) -> dict[str, Any]:
    return {
        "status": "abstained",
        "failure": "deadline",
        "reason": f"the server's deadline of {seconds:g} s was reached before an answer",
        "cached": False,
    }


async def _task(
    service: Service,
    request: Request,
    endpoint: str,
    payload: dict[str, Any],
    compute: Callable[[TextModel | None], dict[str, Any]],
    deadline_s: float | None = None,
) -> dict[str, Any]:
    """Run `compute(model)` through the cache with the request's deadline; `model` is the server's backend bounded
    by the request (it stops generating once the deadline passes or the client leaves)."""
    seconds = deadline_s or service.config.deadline_s
    stop = threading.Event()
    model = bounded(service.backend, stop)
    watcher = asyncio.create_task(_watch_disconnect(request, stop))
    future = service.submit(request, service.cached, endpoint, payload, lambda: compute(model), stop)
    try:
        return await asyncio.wait_for(asyncio.shield(future), timeout=seconds)
    except asyncio.TimeoutError:
        stop.set()
        return _deadline_answer(seconds)
    finally:
        watcher.cancel()


def _task_routes(app: FastAPI, service: Service) -> None:
    @app.post("/solve", response_model=TaskResult, responses=_errors(*_WORK), tags=["tasks"])
    async def solve(body: SolveRequest, request: Request) -> Any:
        """A logic puzzle: the answer with its Z3 certificate, or an abstention with the reason (`agentlib solve`)."""
        deadline = service.config.deadline_s  # the call's own deadline too: the answer alone did not free the worker
        return await _task(
            service, request, "/solve", body.model_dump(), lambda model: tasks.solve(body, model, deadline)
        )

    @app.post("/solve-math", response_model=TaskResult, responses=_errors(*_WORK, 501), tags=["tasks"])
    async def solve_math(body: SolveMathRequest, request: Request) -> Any:
        """A math problem at a level: answer, checked steps, verification (`agentlib.solve_math`)."""
        tasks.library_function("solve_math")  # 501 before any cache lookup when this build lacks it
        deadline = service.config.deadline_s
        return await _task(
            service, request, "/solve-math", body.model_dump(), lambda model: tasks.solve_math(body, model, deadline)
        )

    @app.post("/logical-reasoning", response_model=TaskResult, responses=_errors(*_WORK, 501), tags=["tasks"])
    async def logical_reasoning(body: LogicalReasoningRequest, request: Request) -> Any:
        """A question with optional context: an argument's validity (`agentlib.analyze`) or a puzzle's answer."""
        tasks.library_function("analyze")
        deadline = service.config.deadline_s
        return await _task(
            service,
            request,
            "/logical-reasoning",
            body.model_dump(),
            lambda model: tasks.logical_reasoning(body, model, deadline),
        )

    @app.post("/check-trace", response_model=CheckTraceResult, responses=_errors(*_WORK), tags=["tasks"])
    async def check_trace(body: CheckTraceRequest, request: Request) -> Any:
        """Per-step verdicts and the first wrong step (`agentlib check-trace --json`); `run_id` names its run page."""
        seconds = min(service.config.deadline_s, body.deadline_s + 5.0)
        answer = await _task(
            service,
            request,
            "/check-trace",
            body.model_dump(),
            lambda _model: tasks.check_trace(body, service.runs),
            seconds,
        )
        if answer.get("failure") == "deadline":
            return {
                "first_error_step": None,
                "explanation": None,
                "counts": {},
                "steps": [],
                "notes": [answer["reason"]],
                "status": "abstained",
                "failure": "deadline",
                "run_id": None,
                "cached": False,
            }
        return answer

    @app.post("/summarize", response_model=TaskResult, responses=_errors(*_WORK), tags=["tasks"])
    async def summarize(body: SummarizeRequest, request: Request) -> Any:
        """A summary whose every sentence cites the text and is checked (`agentlib summarize`)."""
        deadline = service.config.deadline_s
        return await _task(
            service, request, "/summarize", body.model_dump(), lambda model: tasks.summarize(body, model, deadline)
        )

    @app.post("/batch-solve", response_model=BatchSolveResult, responses=_errors(*_WORK), tags=["tasks"])
    async def batch_solve(body: BatchSolveRequest, request: Request) -> Any:
        """Problems answered in order, each routed by kind and cached on its own: a re-sent batch recomputes only
        what was not finished."""
        if len(body.problems) > service.config.max_batch:
            raise APIError(400, f"{len(body.problems)} problems; this server takes at most {service.config.max_batch}")
        items = [BatchItem(problem=p) if isinstance(p, str) else p for p in body.problems]
        stop = threading.Event()
        answers: list[dict[str, Any]] = []  # the worker appends each answer as it finishes
        watcher = asyncio.create_task(_watch_disconnect(request, stop))
        future = service.submit(request, _run_batch, service, items, stop, answers)
        try:
            await asyncio.wait_for(asyncio.shield(future), timeout=service.config.deadline_s)
        except asyncio.TimeoutError:
            stop.set()  # the item in progress ends early (its model calls stop) and is not cached
        finally:
            watcher.cancel()
        done = list(answers)
        for index in range(len(done), len(items)):
            done.append({**_deadline_answer(service.config.deadline_s), "index": index, "kind": items[index].kind})
        cached = sum(1 for a in done if a.get("cached"))
        return {"answers": done, "cached": cached, "computed": len(done) - cached}


def _run_batch(service: Service, items: list[BatchItem], stop: threading.Event, answers: list[dict[str, Any]]) -> None:
    """Answer `items` in order into `answers` (blocking). Once `stop` is set (the deadline, or the client left) the
    item in progress ends early and is not cached, and the loop ends; the handler answers the rest as abstentions
    with failure "deadline"."""
    model = bounded(service.backend, stop)
    deadline = Deadline(service.config.deadline_s)
    for index, item in enumerate(items):
        if stop.is_set():
            return
        try:
            answer = service.cached(
                "/batch-solve",
                item.model_dump(),
                partial(routing.route, item, model, max(0.1, deadline.remaining())),
                stop,
            )
        except Exception as error:  # one bad item is reported in place; the batch goes on
            problem = api_error_of(error)
            answer = {
                "status": "error",
                "error": {"type": problem.type, "message": problem.message, "code": problem.code},
                "kind": item.kind,
                "cached": False,
            }
        if stop.is_set() and not answer.get("cached"):
            return  # cut short: the handler reports it as a deadline abstention
        answers.append({**answer, "index": index})


# -- operations -----------------------------------------------------------------------------------------------
def _ops_routes(app: FastAPI, service: Service) -> None:
    @app.get("/health", response_model=Health, responses=_errors(400, 408, 500), tags=["operations"])
    async def health() -> dict[str, Any]:
        """Liveness: always 200 while the process serves; says whether the result cache answers."""
        ok = await asyncio.get_running_loop().run_in_executor(None, service.cache.ping)
        return {
            "status": "ok",
            "backend": service.backend.name if service.backend else None,
            "cache": service.cache.kind,
            "cache_ok": ok,
            "uptime_s": round(time.time() - service.started, 3),
        }

    @app.get("/model-info", response_model=ModelInfo, responses=_errors(*_COMMON), tags=["operations"])
    async def model_info() -> dict[str, Any]:
        """Architecture, parameters, dtype, device, context length, state bytes per token and at 64K, memory."""
        info = describe(service.backend)
        store = service.chat.store
        if store is not None:
            info["conversations"] = store.describe()
        prefix = getattr(service.backend, "prefix_cache", None)
        if prefix is not None:
            info["prefix_cache"] = {
                "entries": len(prefix),
                "bytes": prefix.nbytes,
                "budget_bytes": prefix.budget_bytes,
                "hits": prefix.hits,
                "misses": prefix.misses,
            }
        return info

    @app.get("/stats", response_model=StatsBody, responses=_errors(*_COMMON), tags=["operations"])
    async def stats() -> dict[str, Any]:
        """Requests, errors, latency p50/p95/p99, tokens, cached tokens, cache hits: in total and per endpoint."""
        snapshot = service.stats.snapshot()
        snapshot["result_cache"] = {"kind": service.cache.kind, "outages": service.cache.outages}
        snapshot["concurrency"] = {"in_use": service.slots.in_use, "capacity": service.slots.capacity}
        return snapshot

    @app.get(
        "/metrics",
        tags=["operations"],
        responses={
            **_errors(*_COMMON),
            200: {
                "content": {"text/plain": {"schema": {"type": "string"}}},
                "description": "Prometheus text exposition",
            },
        },
    )
    async def metrics() -> Response:
        """Prometheus metrics of this service."""
        return Response(service.stats.prometheus(), media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get(
        "/runs/{run_id}",
        tags=["operations"],
        responses={
            **_errors(*_COMMON, 404),
            200: {"content": {"text/html": {"schema": {"type": "string"}}}, "description": "the run as one HTML page"},
        },
    )
    async def run_page(run_id: str) -> Response:
        """A stored run (agent trace or check-trace) as one self-contained HTML page."""
        from agentlib.report import CONTENT_SECURITY_POLICY

        try:
            path = service.runs.path_of(run_id)
        except InputError:
            raise APIError(404, f"no run {run_id!r}") from None
        if not path.is_file():
            raise APIError(404, f"no run {run_id!r}")
        page = await asyncio.get_running_loop().run_in_executor(service.executor, _render_run, path)
        return HTMLResponse(
            page, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff"}
        )


def _render_run(path: Any) -> str:
    from agentlib.report import load_run, render_html

    return render_html(load_run(path))


def _tidy_openapi(app: FastAPI, config: ServerConfig) -> None:
    """The schema this server keeps: validation errors are 400 (OpenAI's convention), not FastAPI's 422, and the
    configured caps (messages, max_tokens, batch size) replace the models' ceilings."""
    build = app.openapi

    def cap(model: dict[str, Any], field_name: str, key: str, value: int) -> None:
        prop = model.get("properties", {}).get(field_name, {})
        for variant in [prop, *prop.get("anyOf", [])]:
            if key in variant:
                variant[key] = value

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    responses = operation.get("responses", {})
                    responses.pop("422", None)
                    for response in responses.values():  # HTML and text pages are not also JSON
                        content = response.get("content", {})
                        if len(content) > 1 and content.get("application/json", {}).get("schema") == {}:
                            content.pop("application/json")
            components = schema.get("components", {}).get("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                components.pop(name, None)
            chat = components.get("ChatCompletionRequest", {})
            cap(chat, "messages", "maxItems", config.max_messages)
            cap(chat, "max_tokens", "maximum", config.max_tokens)
            cap(chat, "max_completion_tokens", "maximum", config.max_tokens)
            cap(components.get("BatchSolveRequest", {}), "problems", "maxItems", config.max_batch)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
