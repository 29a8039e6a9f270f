"""Errors as OpenAI-style JSON (`{"error": {"type", "message", "code"}}`), never a stack trace.

`code` is never null: it is the stable name a program branches on (`CODES` lists the default per status; a
handler may give a narrower one, such as "body_too_large" or "context_length_exceeded"). The message is for a
person and may change.

`APIError` is what handlers raise on purpose (status, type, message, optional headers such as
`Retry-After`). `install_handlers(app)` maps everything else: agentlib's typed errors (bad input -> 400,
a prompt past the context -> 400 `context_length_exceeded`, a missing optional dependency -> 501),
FastAPI's validation errors -> 400 with the failing fields, unknown routes and methods -> 404 / 405, and
any other exception -> 500 `server_error` with an id that the server log carries next to the traceback.

Left out: retries (a client's job) and error pages in HTML.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agentlib.errors import AgentlibError, ContextOverflowError, DependencyMissing, InputError

log = logging.getLogger("agentlib.server")

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "invalid_request_error",
    413: "request_too_large",
    415: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    501: "not_implemented_error",
    503: "service_unavailable",
}
# The code of an error raised without one: a client that branches on `code` never meets null.
CODES = {
    400: "invalid_request",
    401: "invalid_api_key",
    404: "not_found",
    405: "method_not_allowed",
    408: "body_timeout",
    413: "body_too_large",
    415: "unsupported_media_type",
    429: "busy",
    500: "server_error",
    501: "not_available",
    503: "service_unavailable",
}


class APIError(Exception):
    """An error answer: HTTP `status`, OpenAI error `type`, a message that says what to do, optional `code`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.type = type or _TYPES.get(status, "invalid_request_error")
        self.message = message
        self.code = code or CODES.get(status, "error")
        self.headers = dict(headers or {})


def error_body(type: str, message: str, code: str) -> dict[str, Any]:
    return {"error": {"type": type, "message": message, "code": code}}


def error_response(error: APIError) -> JSONResponse:
    return JSONResponse(
        error_body(error.type, error.message, error.code), status_code=error.status, headers=error.headers
    )


def api_error_of(error: BaseException) -> APIError:
    """The answer for an exception raised while working on a request (see the module docstring)."""
    if isinstance(error, APIError):
        return error
    if isinstance(error, ContextOverflowError):
        return APIError(400, str(error), code="context_length_exceeded")
    if isinstance(error, InputError):
        return APIError(400, str(error), code="invalid_input")
    if isinstance(error, DependencyMissing):
        return APIError(501, str(error), code="dependency_missing")
    if isinstance(error, AgentlibError):
        log.error("request failed: %s: %s", type(error).__name__, error)
        return APIError(500, f"{type(error).__name__}: {error}", code="agentlib_error")
    incident = uuid.uuid4().hex[:12]
    log.error("internal error %s", incident, exc_info=(type(error), error, error.__traceback__))
    return APIError(500, f"internal server error (incident {incident}); the server log has the details")


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    more = len(error.errors()) - 5
    return "invalid request: " + "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def install_handlers(app: FastAPI) -> None:
    """Route every failure through `error_body`."""

    @app.exception_handler(APIError)
    async def _api(_request: Request, error: APIError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, error: RequestValidationError) -> JSONResponse:
        unreadable = any(item.get("type") == "json_invalid" for item in error.errors())
        code = "invalid_json" if unreadable else "invalid_fields"
        return error_response(APIError(400, _validation_message(error), code=code))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        message = {404: "no such endpoint or resource", 405: "method not allowed on this endpoint"}.get(
            error.status_code, str(error.detail)
        )
        if error.status_code == 404 and isinstance(error.detail, str) and error.detail != "Not Found":
            message = error.detail
        # FastAPI's only 400 of its own: a body its JSON reader could not take (nested past the recursion limit,
        # an integer past Python's digit limit, bytes that are not UTF-8)
        code = "invalid_json" if error.status_code == 400 else None
        headers = getattr(error, "headers", None)
        return error_response(APIError(error.status_code, message, code=code, headers=headers))

    @app.exception_handler(AgentlibError)
    async def _agentlib(_request: Request, error: AgentlibError) -> JSONResponse:
        return error_response(api_error_of(error))

    @app.exception_handler(Exception)
    async def _any(_request: Request, error: Exception) -> JSONResponse:
        return error_response(api_error_of(error))
