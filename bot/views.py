"""Web chat routes: sessions, messages, history, the WebSocket push, and the patient chat page at `/`."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field

import locales
from bot.channels.web import CHANNEL
from bot.service import BotService
from clinic_core.inbox import InboundMessage
from clinic_core.problems import problem

router = APIRouter()
HERE = Path(__file__).parent
STATIC = {"chat.js": "text/javascript", "chat.css": "text/css"}
UI_KEYS = (
    "ui.title",
    "ui.notice",
    "ui.input_label",
    "ui.placeholder",
    "ui.send",
    "ui.language",
    "ui.you",
    "ui.assistant",
    "ui.staff",
    "ui.start",
    "error.generic",
    "error.session",
    "lang.name",
)
_templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape())


class SessionIn(BaseModel):
    lang: str | None = Field(None, max_length=8)
    country: str | None = Field(None, min_length=2, max_length=2, pattern="^[A-Za-z]{2}$")


class MessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=4000)
    client_message_id: str | None = Field(None, max_length=100)  # a retry with the same id is answered once


def _service(request: Request) -> BotService:
    return request.app.state.bot


def _lang(request: Request) -> str:
    """The browser's first language among ours; "zh-TW", "zh-HK" and "zh-Hant" are the page's "zh-Hant"."""
    first = request.headers.get("accept-language", "").split(",")[0].split(";")[0].strip()
    lang, script = locales.choice(first)
    return locales.tag(lang, script) if lang else locales.FALLBACK_LANG


def _denied(request: Request) -> JSONResponse:
    return problem(401, locales.t("error.session", _lang(request)), headers={"WWW-Authenticate": "Bearer"})


async def _conversation_id(request: Request, session_id: str, authorization: str | None) -> int | None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return await _service(request).web_conversation(session_id, token.strip())


@router.post("/api/chat/sessions", status_code=201)
async def create_session(request: Request, body: Annotated[SessionIn | None, Body()] = None) -> dict[str, str]:
    body = body or SessionIn()
    session_id, token, _ = await _service(request).open_web_session(body.lang, body.country)
    return {"session_id": session_id, "token": token}


@router.post("/api/chat/sessions/{session_id}/messages", response_model=None)
async def post_message(
    request: Request, session_id: str, body: MessageIn, authorization: Annotated[str | None, Header()] = None
) -> JSONResponse:
    if await _conversation_id(request, session_id, authorization) is None:
        return _denied(request)
    inbound = InboundMessage(
        channel=CHANNEL,
        external_user_id=session_id,
        # The client's id makes a retry idempotent within its own session, never across sessions.
        external_message_id=f"{session_id}:{body.client_message_id or uuid.uuid4().hex}",
        text=body.text.strip(),
    )
    turn = await _service(request).receive(inbound)
    replies = [
        {"id": r["id"], "text": r["text"], "lang": r["lang"], "tone": r["tone"], "script": r.get("script")}
        for r in turn.replies
    ]
    # Plain JSON types already: a JSONResponse skips FastAPI's jsonable_encoder walk (every turn comes here).
    return JSONResponse({"replies": replies, "state": turn.state})


@router.get("/api/chat/sessions/{session_id}/messages", response_model=None)
async def get_history(
    request: Request, session_id: str, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any] | JSONResponse:
    conversation_id = await _conversation_id(request, session_id, authorization)
    if conversation_id is None:
        return _denied(request)
    turn = await _service(request).history(conversation_id)
    return {"messages": turn.replies, "state": turn.state}


@router.websocket("/api/chat/sessions/{session_id}/ws")
async def push(socket: WebSocket, session_id: str, token: str = "") -> None:
    """Browsers cannot set headers on a WebSocket, so the token comes as the `token` query parameter."""
    service: BotService = socket.app.state.bot
    conversation_id = await service.web_conversation(session_id, token)
    if conversation_id is None:
        await socket.close(code=4401)
        return
    await socket.accept()
    hub = socket.app.state.bot_hub
    hub.add(conversation_id, socket)
    try:
        while True:
            await socket.receive_text()  # keep-alives; messages are sent with POST
    except WebSocketDisconnect:
        pass
    finally:
        hub.remove(conversation_id, socket)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def page(request: Request, lang: str | None = None) -> HTMLResponse:
    lang = lang if lang in locales.CHOICES else _lang(request)  # "zh-Hant": 繁體中文, zh greeted in Traditional
    country = request.app.state.settings.default_country
    number = locales.emergency(country).emergency
    texts = {
        code: {
            k: locales.t(k, code, emergency_number=number) if k == "ui.notice" else locales.t(k, code) for k in UI_KEYS
        }
        for code in locales.CHOICES
    }
    html = _templates.get_template("chat.html").render(
        lang=lang, langs=locales.CHOICES, texts=texts[lang], all_texts=texts, country=country
    )
    return HTMLResponse(html)


@router.get("/bot/static/{name}", include_in_schema=False)
async def static(name: str) -> FileResponse:
    if name not in STATIC:
        return problem(404)
    return FileResponse(HERE / "static" / name, media_type=STATIC[name])
