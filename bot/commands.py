"""Patient commands (/start, /help, /lang, /stop, /link) over the clinic core, the same on every channel.

A command is an inbound message whose payload names it (`{"command": "lang", "args": "ko"}`). It is recorded
in the inbox like any message and handled by `handle` inside `inbox.process`, so its effects, audit entries and
replies commit together, and a crash before that leaves it to be handled again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

import locales
from bot import engine
from clinic_core import audit, identities, outbox
from clinic_core.inbox import Received
from clinic_core.models import Conversation, FollowUp, Patient
from clinic_core.settings import Settings

TYPED = ("start", "help", "lang", "stop", "link")  # what a patient can type after "/"
VOICE_UNCLEAR = "voice_unclear"  # a voice note that could not be transcribed
PURPOSE = "care"


def parse(text: str) -> tuple[str, str] | None:
    """("lang", "ko") for "/lang ko" or "/lang@clinic_bot ko"; an unknown command is a request for help."""
    if not text.startswith("/") or len(text) < 2 or not text[1].isalpha():
        return None
    head, _, args = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return (name if name in TYPED else "help"), args.strip()


def language(code: str | None) -> str | None:
    """A supported language from a client's locale ("en-US", "zh-hans"), or None."""
    lang = (code or "").replace("_", "-").split("-")[0].lower()
    return lang if lang in locales.LANGS else None


@dataclass
class _Command:
    session: AsyncSession
    message: Received
    conversation: Conversation
    patient: Patient
    settings: Settings
    args: str

    @property
    def lang(self) -> str:
        return (
            self.conversation.language
            or language(self.message.language)
            or self.patient.preferred_language
            or locales.FALLBACK_LANG
        )

    @property
    def script(self) -> str | None:
        """The script the conversation's Chinese replies are written in (engine state "script"); before the
        conversation has one, the client app's (payload "script": Telegram's "zh-hant", "zh-TW" give "Hant")."""
        return (self.conversation.state or {}).get("script") or (self.message.payload or {}).get("script")

    def say(self, key: str, lang: str | None = None, **values: Any) -> None:
        lang = lang or self.lang
        catalog = locales.variant(lang, self.script)
        payload = {"tone": "neutral", "key": key, "in_reply_to": self.message.id}
        if catalog != lang:  # written in another script (Traditional): said so, as engine replies do
            payload["script"] = self.script
        text = locales.t(key, catalog, **values)
        outbox.enqueue(self.session, self.conversation, text, language=lang, payload=payload)

    async def trace(self, action: str, patient_id: int | None = None, **details: Any) -> None:
        await audit.append(
            self.session,
            actor=f"patient:{self.patient.id}",
            action=action,
            patient_id=patient_id or self.patient.id,
            resource=f"conversation/{self.conversation.id}",
            purpose=PURPOSE,
            details=details,
        )


async def handle(session: AsyncSession, message: Received, settings: Settings) -> None:
    """Run the command named in the message's payload, inside the turn's transaction (`inbox.process`)."""
    conversation = await session.get(Conversation, message.conversation_id)
    patient = await session.get(Patient, conversation.patient_id)
    payload = message.payload or {}
    command = _Command(session, message, conversation, patient, settings, str(payload.get("args", "")))
    await _HANDLERS[payload["command"]](command)


async def _start(c: _Command) -> None:
    """Greet in the client's language and ask consent: the assistant's own greeting, from the beginning."""
    lang = language(c.message.language) or c.conversation.language or c.patient.preferred_language
    country = c.patient.country or c.settings.default_country
    actions = engine.start(engine.new_state(lang, country, c.script))
    c.conversation.state = actions.state
    c.conversation.language = actions.state["lang"]
    c.patient.preferred_language = c.patient.preferred_language or lang
    for reply in actions.replies:
        payload = {"tone": reply.tone, "key": reply.key, "in_reply_to": c.message.id}
        payload |= {"script": reply.script} if reply.script else {}
        outbox.enqueue(c.session, c.conversation, reply.text, language=reply.lang, payload=payload)
    await c.trace("conversation.update", stage=actions.state["stage"], awaiting=actions.state["awaiting"])


async def _help(c: _Command) -> None:
    c.say("command.help", emergency_number=locales.emergency(c.patient.country or c.settings.default_country).emergency)


async def _lang(c: _Command) -> None:
    """Switch to a chosen language: "/lang ko", or a button. "zh-Hant" (繁體中文) is zh written in Traditional, "zh"
    Simplified; the patient's own writing is followed afterwards either way."""
    lang, script = locales.choice(c.args)
    if lang is None:
        c.say("command.lang_choose")
        return
    c.conversation.language = c.patient.preferred_language = lang
    if lang == "zh" or c.conversation.state:
        state = c.conversation.state or engine.new_state(lang, c.patient.country or c.settings.default_country)
        script = script or ("Hans" if lang == "zh" else state.get("script"))
        c.conversation.state = {**state, "lang": lang, "script": script}
    c.say("command.lang_set", lang)
    await c.trace("conversation.language", lang=lang, **({"script": script} if lang == "zh" else {}))


async def _stop(c: _Command) -> None:
    """End the conversation and forget where the intake was; triage records, consents and messages stay."""
    c.conversation.state = {}
    c.conversation.status = "closed"
    await c.session.execute(
        update(FollowUp)
        .where(FollowUp.conversation_id == c.conversation.id, FollowUp.status.in_(("scheduled", "asked")))
        .values(status="cancelled")
    )
    c.say("command.stopped")
    await c.trace("conversation.close")


async def _link(c: _Command) -> None:
    """Join this channel identity (and its conversations here) to the patient a one-time code was issued for."""
    if not identities.normalize(c.args):
        c.say("command.link_usage")
        return
    outcome = await identities.redeem_link_code(c.session, c.args, patient_id=c.patient.id,
                                                channel=c.conversation.channel)
    c.say(f"command.link_{'done' if outcome is identities.LinkOutcome.LINKED else outcome.value}")


async def _voice_unclear(c: _Command) -> None:
    c.say("voice.unclear")


_HANDLERS: dict[str, Callable[[_Command], Awaitable[None]]] = {
    "start": _start,
    "help": _help,
    "lang": _lang,
    "stop": _stop,
    "link": _link,
    VOICE_UNCLEAR: _voice_unclear,
}
