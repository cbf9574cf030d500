"""The Telegram channel: updates in through the inbox, replies out through the outbox (python-telegram-bot 22).

Long polling by default (our own getUpdates loop), webhook mode when VCLINIC_TELEGRAM_WEBHOOK_URL is set. Every
update is recorded in the inbox (idempotent on its update id) before the polling offset moves past it, so a
crash loses nothing and a repeated update is answered once; it is processed after recording, by the assistant
(`BotService.process`, which hands commands to `bot.commands`), and its replies leave only through the outbox,
whose dispatcher calls `send`.
A voice note is recorded at once like any update (audio_ref `telegram:<file_id>`, no text, payload
`{"voice": "pending", "duration": s}`), so Whisper never holds the polling loop, and never a transaction. Then
`BotService.hear` calls `hear` below, which downloads it and transcribes it in the conversation's language; the
words and voice cues are stored (a VOICE_UNCLEAR command when nothing intelligible was heard) and the message is
processed. A crash before that leaves it to inbox recovery, which hears it first; a repeated update is neither
heard nor answered twice. A patient who spoke gets each turn's replies as a voice message too.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import time
import warnings
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

import telegram
from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import select
from telegram.constants import ChatAction
from telegram.warnings import PTBDeprecationWarning

import locales
from bot import commands
from bot.domain import load as load_domain
from clinic_core import inbox
from clinic_core.inbox import InboundMessage, Received
from clinic_core.models import Conversation, Message
from clinic_core.outbox import Envelope, PermanentFailure, RetryAfter
from clinic_core.problems import problem
from clinic_core.settings import Settings

if TYPE_CHECKING:
    from voice.stt import Transcriber, Transcript
    from voice.tts import Speech

log = logging.getLogger(__name__)

CHANNEL = "telegram"
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query"]
POLL_TIMEOUT = 25  # seconds a getUpdates call waits for news
MAX_TEXT = 4096  # Telegram's limit per message, in UTF-16 code units
TYPING_EVERY = 4.0  # Telegram shows a chat action for 5 s
RETRY_SECONDS = 5.0  # after a failed getUpdates or setWebhook
BATCH_ATTEMPTS = 5  # then a batch that keeps failing is recorded update by update, skipping the bad one
MAX_VOICE_SECONDS = 180  # longer notes would hold every other patient's voice notes while Whisper works


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a reply into messages Telegram accepts, at a line break or space when there is one."""
    parts: list[str] = []
    while _units(text) > limit:
        cut, size = 0, 0
        for i, char in enumerate(text):
            size += _units(char)
            if size > limit:
                cut = i
                break
        space = max(text.rfind("\n", 0, cut), text.rfind(" ", 0, cut))
        cut = space + 1 if space > cut // 2 else cut
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*parts, text] if text or not parts else parts


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@cache
def _answer_kinds() -> dict[str, str]:
    """Question keys -> the inline keyboard that answers them: "yes_no", "scale" (0-10) or "language"."""
    domain = load_domain()
    kinds = {slot.question: slot.kind for slot in domain.slots.values() if slot.kind in ("yes_no", "scale")}
    kinds.update({question.question: "yes_no" for question in domain.red_flag_questions.values()})
    for purpose in ("greeting", "consent_reask", "offer_human", "self_harm_check"):
        keys = domain.responses[purpose]
        kinds[keys if isinstance(keys, str) else keys[-1]] = "yes_no"
    kinds["command.lang_choose"] = "language"
    return kinds


def keyboard(key: str | None, lang: str) -> telegram.InlineKeyboardMarkup | None:
    """Buttons for a reply that asks a yes/no, 0-10 or language question; None for any other reply."""
    kind = _answer_kinds().get(key or "")
    button = telegram.InlineKeyboardButton
    if kind == "yes_no":
        rows = [
            [
                button(locales.t("answer.yes", lang), callback_data="a:yes"),
                button(locales.t("answer.no", lang), callback_data="a:no"),
            ]
        ]
    elif kind == "scale":
        rows = [
            [button(str(n), callback_data=f"a:{n}") for n in range(start, start + 6) if n <= 10] for start in (0, 6)
        ]
    elif kind == "language":
        rows = [[button(locales.t("lang.name", code), callback_data=f"lang:{code}") for code in locales.CHOICES]]
    else:
        return None
    return telegram.InlineKeyboardMarkup(rows)


def _retry_seconds(error: telegram.error.RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int will become a timedelta; both are handled
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


@dataclass(frozen=True)
class _Taken:
    """An update recorded in the inbox, waiting to be processed."""

    chat_id: int
    message_id: int
    query: telegram.CallbackQuery | None
    voice: bool  # a voice note: heard (transcribed) before it is processed


class _Voice:
    """Speech in and out through the voice room, loaded on first use (the voice extra is optional)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._transcriber: Transcriber | None = None
        self._lock = asyncio.Lock()

    async def transcribe(self, audio: bytes, language: str | None) -> tuple[Transcript, dict[str, float]]:
        """The words and the voice's arousal cues (voice/prosody.py) of one note, decoded once.

        One note at a time: Whisper already uses both cores, and the model is loaded once, off the loop.
        """
        from voice import codecs, prosody

        async with self._lock:
            if self._transcriber is None:
                from voice.stt import Transcriber

                self._transcriber = await asyncio.to_thread(
                    Transcriber, self.settings.whisper_model or None, self.settings.model_cache_dir
                )
            pcm = await asyncio.to_thread(codecs.decode, audio)
            transcript = await asyncio.to_thread(self._transcriber.transcribe, pcm, language)
        return transcript, asdict(await asyncio.to_thread(prosody.analyse, pcm))

    async def speak(self, text: str, language: str) -> Speech:
        from voice import tts

        return await asyncio.to_thread(
            tts.synthesize,
            text,
            language,
            online=self.settings.tts_online,
            gtts_url=self.settings.gtts_url or tts.GTTS_URL,
        )


class TelegramChannel:
    def __init__(self, app: FastAPI) -> None:
        # httpx logs every request URL at INFO, and Bot API URLs carry the bot token.
        logging.getLogger("httpx").setLevel(logging.WARNING)
        self.app = app
        self.settings: Settings = app.state.settings
        self.db = app.state.db
        token = self.settings.telegram_token.get_secret_value()
        api = self.settings.telegram_api_url.rstrip("/")
        self.bot = telegram.Bot(token, base_url=f"{api}/bot", base_file_url=f"{api}/file/bot")
        secret = self.settings.telegram_webhook_secret
        # Without a configured secret, one derived from the token: Telegram echoes it, strangers cannot know it.
        self.webhook_secret = (
            secret.get_secret_value() if secret else hashlib.sha256(f"vclinic-webhook:{token}".encode()).hexdigest()
        )
        self.voice = _Voice(self.settings)
        self._chats: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._parts_sent: dict[int, int] = {}  # outbox row id -> parts of a long reply already delivered
        app.state.outbox.register(CHANNEL, self.send)
        app.state.bot.register_hearer(CHANNEL, self.hear)
        if self.settings.telegram_webhook_url:
            app.add_api_route(WEBHOOK_PATH, self.webhook, methods=["POST"], include_in_schema=False)

    # -- lifecycle --------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect in the background, so the clinic serves even while Telegram is unreachable."""
        self._spawn(self._run())

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self.bot.shutdown()

    async def _run(self) -> None:
        while True:
            try:
                await self.bot.initialize()
                if self.settings.telegram_webhook_url:
                    await self.bot.set_webhook(
                        self._webhook_url(), secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES
                    )
                    log.info("Telegram webhook set")
                    return
                await self.bot.delete_webhook()
                log.info("Telegram long polling started")
                break
            except telegram.error.InvalidToken:
                # The library's message quotes the token: say what is wrong without it, once.
                log.error("Telegram rejected VCLINIC_TELEGRAM_TOKEN; the Telegram channel is off")
                return
            except telegram.error.TelegramError as error:
                log.warning("Telegram not reachable (%s); retrying in %s s", type(error).__name__, RETRY_SECONDS)
                await asyncio.sleep(RETRY_SECONDS)
        await self._poll()

    def _webhook_url(self) -> str:
        url = self.settings.telegram_webhook_url.rstrip("/")
        return url if url.endswith(WEBHOOK_PATH) else url + WEBHOOK_PATH

    def _spawn(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- updates in -------------------------------------------------------------------------------------
    async def _poll(self) -> None:
        """getUpdates forever; the offset confirms a batch to Telegram only after all of it is recorded."""
        offset: int | None = None
        failures = 0
        while True:
            updates: Sequence[telegram.Update] = ()
            try:
                updates = await self.bot.get_updates(
                    offset=offset, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES
                )
                if failures >= BATCH_ATTEMPTS:
                    await self._take_one_by_one(updates)
                else:
                    await self._take(updates)
            except telegram.error.RetryAfter as wait:
                await asyncio.sleep(_retry_seconds(wait))
                continue
            except Exception as error:  # network, Telegram or database trouble: the batch comes again
                failures += 1
                log.warning("Telegram polling failed (%s); retrying in %s s", type(error).__name__, RETRY_SECONDS)
                await asyncio.sleep(RETRY_SECONDS)
                continue
            failures = 0
            if updates:
                offset = updates[-1].update_id + 1

    async def _take_one_by_one(self, updates: Sequence[telegram.Update]) -> None:
        """A batch that keeps failing: record what can be recorded, so one bad update cannot stall every chat."""
        for update in updates:
            try:
                await self._take([update])
            except Exception as error:
                log.error("Telegram update %s skipped after %s failed attempts (%s)", update.update_id,
                          BATCH_ATTEMPTS, type(error).__name__)

    async def webhook(self, request: Request) -> Response:
        """Telegram's POST: the secret header checked in constant time; 200 only once the update is recorded."""
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.webhook_secret.encode()):
            return problem(403, "wrong or missing secret token")
        await self._take([telegram.Update.de_json(await request.json(), self.bot)])
        return Response(status_code=200)

    async def _take(self, updates: Sequence[telegram.Update]) -> None:
        """Record a batch (each chat's updates in order, chats side by side), then process it in the background."""
        by_chat: defaultdict[int, list[telegram.Update]] = defaultdict(list)
        for update in updates:
            chat = update.effective_chat
            if chat is not None and chat.type == telegram.constants.ChatType.PRIVATE:  # no health talk in groups
                by_chat[chat.id].append(update)

        async def record_chat(chat_updates: list[telegram.Update]) -> list[_Taken]:
            return [taken for update in chat_updates if (taken := await self._record(update)) is not None]

        for taken_list in await asyncio.gather(*(record_chat(u) for u in by_chat.values())):
            for taken in taken_list:
                self._spawn(self._process(taken))

    async def _record(self, update: telegram.Update) -> _Taken | None:
        chat_id = update.effective_chat.id
        inbound = self._inbound(update, chat_id)
        if inbound is None:
            return None
        recorded = await inbox.record(self.db, inbound)
        return _Taken(chat_id, recorded.message_id, update.callback_query, inbound.audio_ref is not None)

    def _inbound(self, update: telegram.Update, chat_id: int) -> InboundMessage | None:
        """The update in our terms; None for kinds the assistant does not read (stickers, photos...)."""
        user = update.effective_user
        # The app's locale: "zh-hant", "zh-TW", "zh-HK" are zh (the language) written in Traditional (the script,
        # payload "script", for greetings and replies before the patient's own characters say which).
        lang, script = locales.choice(user.language_code if user else None)
        client = {"script": script} if script else {}
        base = {
            "channel": CHANNEL,
            "external_user_id": str(chat_id),
            "external_message_id": str(update.update_id),
            "language": lang,
        }
        if (query := update.callback_query) is not None:
            data = query.data or ""
            if data.startswith("lang:"):
                payload = {"command": "lang", "args": data[5:], **client}
                return InboundMessage(**base, text=f"/lang {data[5:]}", payload=payload)
            return InboundMessage(**base, text=_button_label(query) or data[2:], payload={"callback": data, **client})
        message = update.message
        if message is None:
            return None
        if (voice := message.voice) is not None:  # heard after recording, in `hear`
            payload = {"voice": inbox.VOICE_PENDING, "duration": voice.duration, **client}
            return InboundMessage(**base, audio_ref=f"{CHANNEL}:{voice.file_id}", payload=payload)
        if not message.text:
            return None
        command = commands.parse(message.text)
        payload = {"command": command[0], "args": command[1]} if command else {}
        return InboundMessage(**base, text=message.text, payload={**payload, **client})

    async def hear(self, message: Received) -> tuple[str, dict[str, Any]]:
        """A recorded voice note's words and voice cues (`BotService.hear` stores them), transcribed in the language
        of the conversation (or of the client).

        Network trouble propagates (the note stays unheard, and recovery tries again); a note that can never be
        heard becomes a request to say it again or type it.
        """
        duration = message.payload.get("duration") or 0
        file_id = (message.audio_ref or "").removeprefix(f"{CHANNEL}:")  # none: forgotten (recording declined)
        result = None
        if file_id and duration <= MAX_VOICE_SECONDS:
            result = await self._transcribe(file_id, message)
        client = {"script": script} if (script := message.payload.get("script")) else {}  # kept from `_inbound`
        if result is None or not result[0].text.strip():
            return "", {"command": commands.VOICE_UNCLEAR, **client}
        transcript, cues = result
        heard = {"duration": duration, "language": transcript.language, "prosody": cues}
        return transcript.text.strip(), {"voice": heard, **client}

    async def _transcribe(self, file_id: str, message: Received) -> tuple[Transcript, dict[str, float]] | None:
        try:
            audio = bytes(await (await self.bot.get_file(file_id)).download_as_bytearray())
        except telegram.error.BadRequest as error:  # too big for the Bot API, or gone
            log.warning("voice note not downloaded: %s", error.message)
            return None
        language = await self._conversation_language(message.conversation_id) or message.language
        started = time.monotonic()
        try:
            transcript, cues = await self.voice.transcribe(audio, language)
        except Exception as error:  # no voice extra, no model, undecodable audio
            log.warning("voice note not transcribed: %s", error)
            return None
        log.info("voice note of %.1f s transcribed in %.2f s", transcript.duration_s, time.monotonic() - started)
        return transcript, cues

    async def _conversation_language(self, conversation_id: int) -> str | None:
        async with self.db.sessions() as session:
            return await session.scalar(select(Conversation.language).where(Conversation.id == conversation_id))

    async def _process(self, taken: _Taken) -> None:
        """One chat's messages in arrival order; a failure leaves the message queued for inbox recovery."""
        async with self._chats[taken.chat_id], self._typing(taken.chat_id):
            if taken.query is not None:
                await self._acknowledge(taken.query)
            try:
                if taken.voice:
                    await self.app.state.bot.hear(taken.message_id)  # transcribed, outside any transaction
                await self.app.state.bot.process(taken.message_id)  # text to the engine, commands to bot.commands
            except Exception:
                log.exception("Telegram message %s failed; it stays queued", taken.message_id)
        self.app.state.outbox.wake()

    async def _acknowledge(self, query: telegram.CallbackQuery) -> None:
        """Stop the button's spinner and show the choice under the question, without its keyboard."""
        with contextlib.suppress(telegram.error.TelegramError):
            await query.answer()
            if isinstance(query.message, telegram.Message) and query.message.text:
                label = _button_label(query) or ""
                await query.message.edit_text(f"{query.message.text}\n\n› {label}")

    @contextlib.asynccontextmanager
    async def _typing(self, chat_id: int, action: str = ChatAction.TYPING) -> AsyncIterator[None]:
        """Show "typing…" (or "recording…") while the work inside runs."""

        async def repeat() -> None:
            while True:
                with contextlib.suppress(telegram.error.TelegramError):
                    await self.bot.send_chat_action(chat_id, action)
                await asyncio.sleep(TYPING_EVERY)

        task = asyncio.create_task(repeat())
        try:
            yield
        finally:
            task.cancel()

    # -- replies out ------------------------------------------------------------------------------------
    async def send(self, envelope: Envelope) -> None:
        """The outbox `Sender`: the text (split at 4,096), its keyboard, then the turn's voice message."""
        if not envelope.recipient.lstrip("-").isdigit():
            raise PermanentFailure("no Telegram chat for this conversation")
        chat_id = int(envelope.recipient)
        lang = envelope.language or locales.FALLBACK_LANG
        parts = split_text(envelope.text)
        try:
            # A retry after a failure on part k resumes there: the patient never gets parts 1..k-1 twice.
            for i in range(self._parts_sent.get(envelope.message_id, 0), len(parts)):
                markup = keyboard(envelope.payload.get("key"), lang) if i == len(parts) - 1 else None
                await self.bot.send_message(chat_id, parts[i], reply_markup=markup)
                self._parts_sent[envelope.message_id] = i + 1
        except telegram.error.RetryAfter as wait:
            raise RetryAfter(_retry_seconds(wait)) from wait
        except telegram.error.Forbidden as error:  # blocked by the user, or kicked
            raise PermanentFailure(error.message) from error
        except telegram.error.BadRequest as error:
            if "chat not found" in error.message.lower():
                raise PermanentFailure(error.message) from error
            raise
        self._parts_sent.pop(envelope.message_id, None)
        if self.settings.voice_replies:  # spoken in the background: the row is sent once its text is
            # Spoken as written: "zh-Hant" (Traditional characters) by a Taiwan Mandarin voice where there is one.
            self._spawn(self._voice_reply(chat_id, envelope, locales.tag(lang, envelope.payload.get("script"))))

    async def _voice_reply(self, chat_id: int, envelope: Envelope, lang: str) -> None:
        """After the last text of a turn that answers a voice note, the whole turn spoken in one message.

        Best effort, outside the outbox: the text is delivered already, and a retried row would send it again.
        """
        texts = await self._spoken_turn(envelope)
        if not texts:
            return
        try:
            async with self._typing(chat_id, ChatAction.RECORD_VOICE):
                speech = await self.voice.speak("\n".join(texts), lang)
            await self.bot.send_voice(chat_id, speech.audio, duration=max(1, round(speech.duration_s)))
        except Exception as error:
            log.warning("voice reply not sent: %s", type(error).__name__)

    async def _spoken_turn(self, envelope: Envelope) -> list[str]:
        """Texts of the turn when this row is its last reply and the patient's message was a voice note."""
        asked = envelope.payload.get("in_reply_to")
        if not asked:
            return []
        async with self.db.sessions() as session:
            if not await session.scalar(select(Message.audio_ref).where(Message.id == asked)):
                return []
            rows = await session.scalars(
                select(Message)
                .where(
                    Message.conversation_id == envelope.conversation_id, Message.direction == "out", Message.id > asked
                )
                .order_by(Message.id)
                .limit(50)
            )
            turn = [row for row in rows if (row.payload or {}).get("in_reply_to") == asked]
        return [row.text for row in turn] if turn and turn[-1].id == envelope.message_id else []


def _button_label(query: telegram.CallbackQuery) -> str | None:
    """The text on the button the patient tapped: that is their answer, in their language."""
    markup = query.message.reply_markup if isinstance(query.message, telegram.Message) else None
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None
