"""API errors as RFC 9457 problem details (`application/problem+json`), for every room's routes.

Error bodies and log lines never echo what the client sent or what an exception says: either may carry
patient data (a name in a search, SQL parameters in a database error).
"""

from __future__ import annotations

import logging
import traceback
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)
MEDIA_TYPE = "application/problem+json"


def problem(status: int, detail: str = "", *, title: str | None = None, type_: str = "about:blank",
            headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"type": type_, "title": title or HTTPStatus(status).phrase, "status": status,
            "detail": detail or HTTPStatus(status).description, **extra}
    return JSONResponse(body, status_code=status, headers=headers, media_type=MEDIA_TYPE)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    return problem(exc.status_code, detail, headers=exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return problem(400, "The request body is not valid JSON.", title="Malformed JSON")
    # Only where and what kind: pydantic's "input" and "ctx" would echo the submitted values.
    shown = [{"loc": list(error.get("loc", ())), "type": error.get("type", ""), "msg": error.get("msg", "")}
             for error in errors]
    return problem(422, "Some fields are missing or have the wrong type.", errors=shown)


class GuardMiddleware:
    """Refuses bodies over settings.max_body_bytes before anything parses them (413), and turns any
    unexpected error into a bare 500 problem, logging only its type and stack frames."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = scope["app"].state.settings.max_body_bytes
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            await problem(413, f"The request body is larger than {limit} bytes.")(scope, receive, send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:  # a body sent without Content-Length, or a longer one than it said
                    raise HTTPException(413, f"The request body is larger than {limit} bytes.")
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except Exception as exc:
            frames = "".join(traceback.format_tb(exc.__traceback__))
            logger.error("unhandled %s in %s %s\n%s", type(exc).__name__, scope["method"],
                         _route_path(scope), frames)
            if not started:
                await problem(500, "Something went wrong on our side.")(scope, receive, send)


def _route_path(scope: Scope) -> str:
    """The route template (`/api/patients/{patient_id}`) when known, never the query string."""
    route = scope.get("route")
    return getattr(route, "path", None) or scope.get("path", "")


def install(app: FastAPI) -> None:
    """Register the problem+json handlers and the body-size and last-resort guard on `app`."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(GuardMiddleware)
