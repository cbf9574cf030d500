"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: no maintained one exists for PTB 22.

It speaks the real protocol as python-telegram-bot uses it: `POST /bot<token>/<method>` with form fields
(values JSON-encoded except plain strings) or multipart for uploads, answers `{"ok": ..., "result": ...}`,
serves files under `/file/bot<token>/<path>`, long-polls getUpdates with offsets, and pushes updates to a
webhook (with `X-Telegram-Bot-Api-Secret-Token`) when one is set. Tests inject patient updates, read what
the bot sent, make the next call of a method fail (a 429 with retry_after, a 403), or hold a method's answers.
It also stands in for Google's text-to-speech endpoint (`gtts_url`): it records what gTTS asks for (call "gtts",
with the text and the language) and answers 503, so the voice reply is then spoken offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import itertools
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "123456:TEST-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "vclinic", "username": "vclinic_test_bot"}
# Fields that PTB sends as raw strings; every other field is JSON-encoded.
GTTS_PATH = "/_/TranslateWebserverUi/data/batchexecute"
STRING_FIELDS = {"text", "caption", "action", "url", "secret_token", "callback_query_id", "file_id", "parse_mode"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeTelegram:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []  # not yet confirmed by an offset (or delivered to the webhook)
        self.webhook: dict[str, str] | None = None
        self.webhook_answers: list[int] = []
        self.files: dict[str, bytes] = {}
        self.held: set[str] = set()
        self._again: list[dict[str, Any]] = []
        self._failures: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._cond = threading.Condition()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- lifecycle ---------------------------------------------------------------------------------------
    def start(self) -> FakeTelegram:
        app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._file, methods=["GET"]),
                Route(GTTS_PATH, self._gtts, methods=["POST"]),
            ],
            lifespan=self._lifespan,
        )
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        # A long poll from a bot that is gone must not hold the shutdown for its whole timeout.
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake Telegram server did not start")
            time.sleep(0.01)
        return self

    @property
    def gtts_url(self) -> str:
        return f"{self.url}{GTTS_PATH}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        deliverer = asyncio.create_task(self._deliver_to_webhook())
        yield
        deliverer.cancel()

    # -- what tests do ----------------------------------------------------------------------------------
    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (getUpdates or webhook); returns its update_id."""
        with self._cond:
            update = {"update_id": next(self._ids), **update}
            self.updates.append(update)
            self._cond.notify_all()
        return update["update_id"]

    def repeat(self, update_id: int) -> None:
        """Deliver an update again, as Telegram does when it is unsure the bot got it."""
        original = next(c for c in self.calls if c.method == "_pushed" and c.params["update_id"] == update_id)
        with self._cond:
            self._again.append(original.params)  # even past the bot's offset
            self._cond.notify_all()

    def text(self, chat_id: int, text: str, language_code: str = "en", chat_type: str = "private") -> int:
        message = {**self._incoming(chat_id, language_code), "text": text}
        message["chat"]["type"] = chat_type
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self._record_push({"message": message})

    def voice(self, chat_id: int, ogg: bytes, duration: int, language_code: str = "en") -> int:
        file_id = f"voice-{len(self.files) + 1}"
        self.files[file_id] = ogg
        voice = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(ogg),
        }
        return self._record_push({"message": {**self._incoming(chat_id, language_code), "voice": voice}})

    def press(self, chat_id: int, message: dict[str, Any], data: str, language_code: str = "en") -> int:
        """Tap an inline-keyboard button of a message the bot sent."""
        query = {
            "id": f"cb{next(self._ids)}",
            "from": self._user(chat_id, language_code),
            "chat_instance": "1",
            "message": message,
            "data": data,
        }
        return self._record_push({"callback_query": query})

    def fail_next(
        self, method: str, code: int = 429, description: str = "Too Many Requests: retry after 1", *,
        after: int = 0, **parameters: Any
    ) -> None:
        """Make a call of `method` fail: the next one, or the one after `after` successful calls."""
        self._failures.setdefault(method, []).append([after, code, description, parameters])

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[dict[str, Any]]:
        with self._cond:
            return [
                c.params
                for c in self.calls
                if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
            ]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not (result := predicate()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out after {timeout} s; calls: {self._summary()}")
                self._cond.wait(min(left, 0.2))
            return result

    def replies(self, chat_id: int, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
        """Wait until the bot has sent `count` messages to the chat; return all of them."""
        return self.wait_for(lambda: m if len(m := self.sent(chat_id)) >= count else None, timeout)

    # -- helpers ----------------------------------------------------------------------------------------
    def _record_push(self, update: dict[str, Any]) -> int:
        update_id = self.push(update)
        with self._cond:
            self.calls.append(Call("_pushed", {"update_id": update_id, **update}))
        return update_id

    def _user(self, chat_id: int, language_code: str) -> dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Patient", "language_code": language_code}

    def _incoming(self, chat_id: int, language_code: str) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self._user(chat_id, language_code),
        }

    def _summary(self) -> list[tuple[str, Any]]:
        return [
            (c.method, c.params.get("chat_id"), str(c.params.get("text", ""))[:40])
            for c in self.calls
            if c.method not in ("getUpdates", "_pushed")
        ]

    def _record(self, method: str, params: dict[str, Any]) -> None:
        with self._cond:
            self.calls.append(Call(method, params))
            self._cond.notify_all()

    # -- the Bot API ------------------------------------------------------------------------------------
    async def _api(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params = await _params(request)
        if method in self.held:
            self._record(f"{method}:held", params)
            while method in self.held:
                await asyncio.sleep(0.05)
            if await request.is_disconnected():  # the bot died waiting: Telegram never got this one
                return Response(status_code=499)
        pending = self._failures.get(method)
        if pending and pending[0][0] > 0:
            pending[0][0] -= 1
        elif pending:
            _, code, description, parameters = pending.pop(0)
            self._record(f"{method}:failed", params)
            return _error(code, description, parameters)
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        result = await handler(params)
        if isinstance(result, Response):
            return result
        if method == "getUpdates" and result:
            params["returned"] = [update["update_id"] for update in result]
        if method != "getUpdates" or result:
            self._record(method, params)
        return JSONResponse({"ok": True, "result": result})

    async def _gtts(self, request: Request) -> Response:
        """gTTS's batchexecute RPC: `f.req` holds [[["jQ1olc", "[text, lang, ...]", ...]]]."""
        form = dict(parse_qsl((await request.body()).decode()))
        text, lang = json.loads(json.loads(form["f.req"])[0][0][1])[:2]
        self._record("gtts", {"text": text, "lang": lang})
        return Response("unavailable", status_code=503)

    async def _file(self, request: Request) -> Response:
        path = request.path_params["path"]
        name = path.rsplit("/", 1)[-1].split(".")[0]
        if request.path_params["token"] != self.token or name not in self.files:
            return Response(status_code=404)
        return Response(self.files[name], media_type="audio/ogg")

    async def _m_getme(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {
            **BOT_USER,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            with self._cond:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                ready = self._again + self.updates[: int(params.get("limit") or 100)]
                self._again = []
            if ready or time.monotonic() >= deadline or self._server.should_exit:
                return ready
            await asyncio.sleep(0.02)

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "from": BOT_USER,
            "chat": {"id": params["chat_id"], "type": "private"},
            **content,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        params["message"] = message
        return message

    async def _m_sendmessage(self, params: dict[str, Any]) -> Any:
        if len(str(params.get("text", "")).encode("utf-16-le")) > 2 * 4096:  # Telegram counts UTF-16 units
            return _error(400, "Bad Request: message is too long")
        return self._message(params, text=params["text"])

    async def _m_sendvoice(self, params: dict[str, Any]) -> Any:
        voice = params.get("voice")
        if not isinstance(voice, bytes) or not voice.startswith(b"OggS"):
            return _error(400, "Bad Request: wrong file type")
        return self._message(
            params, voice={"file_id": "sent-voice", "file_unique_id": "sv", "duration": params.get("duration") or 1}
        )

    async def _m_editmessagetext(self, params: dict[str, Any]) -> Any:
        return self._message(params, text=params["text"], edit_date=int(time.time()))

    async def _m_sendchataction(self, _params: dict[str, Any]) -> bool:
        return True

    async def _m_answercallbackquery(self, _params: dict[str, Any]) -> bool:
        return True

    async def _m_getfile(self, params: dict[str, Any]) -> Any:
        file_id = params["file_id"]
        if file_id not in self.files:
            return _error(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": f"voice/{file_id}.oga",
        }

    async def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {"url": params["url"], "secret": params.get("secret_token", "")}
        return True

    async def _m_deletewebhook(self, _params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def _m_getwebhookinfo(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    async def _deliver_to_webhook(self) -> None:
        """Like Telegram: POST each update to the webhook in order, again and again until it answers 2xx."""
        async with httpx.AsyncClient(timeout=30) as client:
            while True:
                hook, update = self.webhook, (self.updates[0] if self.updates else None)
                if not hook or update is None:
                    await asyncio.sleep(0.02)
                    continue
                try:
                    answer = await client.post(
                        hook["url"], json=update, headers={"X-Telegram-Bot-Api-Secret-Token": hook["secret"]}
                    )
                    status = answer.status_code
                except httpx.HTTPError:
                    status = 0
                with self._cond:
                    self.webhook_answers.append(status)
                    if 200 <= status < 300:
                        self.updates.remove(update)
                    self._cond.notify_all()
                if not 200 <= status < 300:
                    await asyncio.sleep(0.2)


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=code)


async def _params(request: Request) -> dict[str, Any]:
    """Form, multipart or JSON parameters, decoded the way the Bot API reads them."""
    body = await request.body()
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        return json.loads(body or b"{}")
    if kind.startswith("multipart/form-data"):
        head = f"Content-Type: {kind}\r\n\r\n".encode()
        parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        raw: dict[str, Any] = {}
        for part in parsed.iter_parts():
            content = part.get_payload(decode=True)
            raw[part.get_param("name", header="content-disposition")] = (
                content if part.get_filename() else content.decode()
            )
    else:
        raw = dict(parse_qsl(body.decode(), keep_blank_values=True))
    return {name: _value(name, value) for name, value in raw.items()}


def _value(name: str, value: Any) -> Any:
    if name in STRING_FIELDS or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
