"""agentlib's HTTP service (`agentlib serve`): OpenAI-compatible chat that reuses conversation state, task
endpoints, run pages, a result cache, statistics and metrics. Needs the `server` extra (FastAPI, uvicorn).

`create_app(backend, config=ServerConfig(...))` returns the ASGI app for embedding in another server.
Modules: `app` (routes), `chat` (OpenAI requests -> generation), `conversations` (state reuse),
`tasks`/`routing` (task endpoints), `cache` (SQLite/Redis results), `guard` (admission, limits),
`stats` (JSON and Prometheus), `errors`, `schemas`, `limits`, `runs`, `model_info`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentlib.server.app import create_app
    from agentlib.server.limits import ServerConfig

__all__ = ["ServerConfig", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from agentlib.server.app import create_app

        return create_app
    if name == "ServerConfig":
        from agentlib.server.limits import ServerConfig

        return ServerConfig
    raise AttributeError(f"module 'agentlib.server' has no attribute {name!r}")
