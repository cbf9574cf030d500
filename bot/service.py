"""The assistant over the clinic core: one inbound message in, every consequence applied in one transaction.

A turn runs inside `clinic_core.inbox.process`, so the conversation state, triage record, consent, follow-up,
audit entries and reply rows (outbox) commit together or not at all; a crash mid-turn leaves the message
`received` and it is processed again at start, with no reply sent twice. Events are published after commit:
they only tell other rooms to look again. A voice note is recorded before it is heard: `hear` has its channel
transcribe it outside any transaction, and only then is it processed (recovery hears it first too).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, NamedTuple

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

import locales
from bot import commands, engine
from bot.batching import ParseBatcher, per_item
from bot.channels.web import CHANNEL as WEB
from clinic_core import audit, events, inbox, outbox, sql
from clinic_core.db import Database
from clinic_core.inbox import InboundMessage, Received
from clinic_core.models import (
    Consent,
    Conversation,
    FollowUp,
    Message,
    Patient,
    PatientIdentity,
    TriageRecord,
    utcnow,
)
from clinic_core.patients import load_patient
from clinic_core.settings import Settings
from nlu.types import LANGS, Parse, Scored
from voice import prosody

Parser = Callable[..., Parse]
# A channel's way to hear a recorded voice note: fetch and transcribe it, return the text and payload to store.
Hearer = Callable[[Received], Awaitable[tuple[str, dict[str, Any]]]]
Events = list[tuple[str, dict[str, Any]]]
ACTOR = "bot"
WEB_SESSION_CACHE = 10_000
PURPOSE = "care"


@dataclass
class Turn:
    """What a channel shows after one message: the replies it caused and the conversation's public state."""

    conversation_id: int
    replies: list[dict[str, Any]] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class Chat:
    """A conversation as a turn reads and changes it (read and written with one plain SQL statement each: cheaper
    than loading and flushing the ORM object on every message)."""

    id: int
    patient_id: int
    channel: str
    mode: str
    state: dict[str, Any]
    language: str | None

    @classmethod
    def of(cls, conversation: Conversation) -> Chat:
        return cls(conversation.id, conversation.patient_id, conversation.channel, conversation.mode,
                   conversation.state or {}, conversation.language)


@dataclass
class _Effects:
    """What a turn's transaction leads to once committed: events to publish, replies to show."""

    events: Events = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    conversation: Chat | None = None


def emotion_heard(parse: Parse, payload: dict[str, Any]) -> Parse:
    """A voice note's arousal (voice/prosody.py) can raise a neutral reading of its words to anxious or angry."""
    cues = (payload.get("voice") or {}).get("prosody")
    if not cues:
        return parse
    voice = prosody.Prosody(**cues)
    label = prosody.lift_emotion(parse.emotion.name, voice)
    if label == parse.emotion.name:
        return parse
    return dataclasses.replace(parse, emotion=Scored(label, voice.arousal))  # as sure as the voice is agitated


def _nlu_parse(text: str, prev_lang: str | None = None) -> Parse:
    """`nlu.parse`, imported on first use so that building the app does not load the NLU package."""
    import nlu

    return nlu.parse(text, prev_lang=prev_lang)


def public_state(conversation: Conversation | Chat) -> dict[str, Any]:
    state = conversation.state or {}
    return {"mode": conversation.mode, "triage": state.get("triage"), "awaiting": state.get("awaiting")}


def reply_view(row: Message) -> dict[str, Any]:
    payload = row.payload or {}
    return {
        "id": row.id,
        "text": row.text,
        "lang": row.language,
        "tone": payload.get("tone", "neutral"),
        "script": payload.get("script"),  # "Hant": zh written in Traditional (the page tags it zh-Hant for its fonts)
        "sender": row.sender,
    }


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _context(patient: Patient | PatientFacts, medications: list[str], allergies: list[str]) -> dict[str, Any]:
    """What the patient record already says, so the intake does not ask it again."""
    return {
        "age": utcnow().year - patient.birth_year if patient.birth_year else None,
        "sex": patient.sex if patient.sex in ("female", "male") else None,
        "chronic": list(patient.chronic_conditions) or None,
        "medications": medications or None,
        "allergies": allergies or None,
        "country": patient.country,
    }


class PatientFacts(NamedTuple):
    """What a turn needs of the patient's record."""

    birth_year: int | None
    sex: str | None
    chronic_conditions: list[str]
    preferred_language: str | None
    country: str | None


# Every message runs these (clinic_core/sql.py says why they are plain SQL).
_CHAT = sql.Query(
    "SELECT c.id, c.patient_id, c.channel, c.mode, c.state, c.language, p.birth_year, p.sex, p.chronic_conditions,"
    " p.preferred_language, p.country FROM conversations c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"
)
_RECORDED_NAMES = sql.Query(
    "SELECT 'a', id, substance FROM allergies WHERE patient_id = :patient_id"
    " UNION ALL SELECT 'm', id, name FROM medications WHERE patient_id = :patient_id"
)
_SAVE_CHAT = sql.Query(
    "UPDATE conversations SET state = :state, language = :language, updated_at = :now WHERE id = :id"
)
# A patient who declines recording is told nothing is kept: their words so far are blanked (the rows stay, so a
# redelivered message is still recognised and never answered twice).
_FORGET_WORDS = sql.Query(
    "UPDATE messages SET text = '', audio_ref = NULL WHERE conversation_id = :id AND direction = 'in'"
    " AND id BETWEEN :since AND :upto AND (text != '' OR audio_ref IS NOT NULL) RETURNING id"
)


async def _chat_and_patient(session: AsyncSession, conversation_id: int) -> tuple[Chat, PatientFacts, dict[str, Any]]:
    """A turn's reads in two statements: the conversation with its patient, then allergy and medication names."""
    row = await _CHAT.first(session, id=conversation_id)
    chat = Chat(*row[:4], state=sql.loads(row[4]) or {}, language=row[5])
    patient = PatientFacts(row[6], row[7], sql.loads(row[8]) or [], *row[9:])
    names: dict[str, list[str]] = {"a": [], "m": []}
    for kind, _, name in sorted(await _RECORDED_NAMES.rows(session, patient_id=chat.patient_id),
                                key=lambda named: named[1]):
        names[kind].append(name)
    return chat, patient, _context(patient, names["m"], names["a"])


def _keep(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    """Put into a bounded cache, forgetting the least recently used entries."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > WEB_SESSION_CACHE:
        cache.popitem(last=False)


class BotService:
    def __init__(
        self,
        db: Database,
        bus: events.EventBus,
        settings: Settings,
        parser: Parser | None = None,
    ) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.parser = parser or _nlu_parse
        # Messages arriving together are parsed in one NLU batch (a custom parser, e.g. Rasa's, one by one).
        self._batcher = ParseBatcher() if parser is None else ParseBatcher(per_item(parser))
        self._web_sessions: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self._langs: OrderedDict[int, str | None] = OrderedDict()  # conversation id -> language at its last turn
        self._hearers: dict[str, Hearer] = {}
        self._hearing = asyncio.Lock()

    # -- web chat sessions -------------------------------------------------------------------------------
    async def open_web_session(self, lang: str | None, country: str | None) -> tuple[str, str, int]:
        """A new web chat: patient, identity with a bearer token (stored as SHA-256), greeting replies."""
        session_id, token = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
        lang, script = locales.choice(lang)  # "zh-Hant" (繁體中文 on the page): zh, greeted in Traditional
        country = (country or self.settings.default_country).upper()[:2]
        effects = _Effects()
        async with self.db.transaction() as session:
            identity = await inbox.find_or_create_identity(session, WEB, session_id, lang)
            identity.secret_hash = token_hash(token)
            patient = await load_patient(session, identity.patient_id)
            patient.country = country
            chat = Chat.of(await inbox.open_conversation(session, patient.id, WEB, lang))
            actions = engine.start(engine.new_state(lang, country, script))
            await self._apply(session, chat, actions, None, effects)
        await self._publish(effects.events)
        self._remember(session_id, token_hash(token), chat.id)
        _keep(self._langs, chat.id, chat.state.get("lang"))
        return session_id, token, chat.id

    async def web_conversation(self, session_id: str, token: str) -> int | None:
        """The conversation id of a web session when the token matches; None otherwise (no timing leak).

        Sessions seen once are remembered (hash and id only), so a turn needs no database read to authorise it.
        """
        known = self._web_sessions.get(session_id)
        if known is None:
            async with self.db.sessions() as session:
                row = (
                    await session.execute(
                        select(PatientIdentity.secret_hash, Conversation.id)
                        .join(Conversation, Conversation.patient_id == PatientIdentity.patient_id)
                        .where(
                            PatientIdentity.channel == WEB,
                            PatientIdentity.external_id == session_id,
                            Conversation.channel == WEB,
                        )
                        .order_by(Conversation.id.desc())
                        .limit(1)
                    )
                ).first()
            known = (row[0], row[1]) if row and row[0] else ("0" * 64, None)
        expected, conversation_id = known
        if not hmac.compare_digest(expected, token_hash(token)) or conversation_id is None:
            return None
        self._remember(session_id, expected, conversation_id)
        return conversation_id

    def _remember(self, session_id: str, secret_hash: str, conversation_id: int) -> None:
        _keep(self._web_sessions, session_id, (secret_hash, conversation_id))

    async def history(self, conversation_id: int) -> Turn:
        async with self.db.transaction() as session:
            conversation = await session.get(Conversation, conversation_id)
            rows = await session.scalars(
                select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
            )
            await audit.append(
                session,
                actor=f"patient:{conversation.patient_id}",
                action="conversation.read",
                patient_id=conversation.patient_id,
                resource=f"conversation/{conversation_id}",
                purpose=PURPOSE,
            )
            return Turn(conversation_id, [reply_view(r) for r in rows], public_state(conversation))

    # -- one message --------------------------------------------------------------------------------------
    async def receive(self, inbound: InboundMessage) -> Turn:
        """Record (idempotently), process once, and return the replies this message caused.

        The text is parsed between the two transactions, in the language the conversation had at its last turn
        here, so that SQLite's write lock (shared by every worker process) is not held for the parse; the turn
        parses again only if the conversation's language turns out to be another one.
        """
        recorded = await inbox.record(self.db, inbound)
        parsed = None
        if recorded.created and not inbound.payload.get("command"):
            lang = self._langs.get(recorded.conversation_id)
            parsed = lang, await self._batcher.parse(inbound.text, lang)
        effects = await self._process(recorded.message_id, parsed)
        if effects is None or effects.conversation is None:  # answered before (a retry), or a doctor's turn
            return await self.turn_for(recorded.message_id)
        return Turn(effects.conversation.id, effects.replies, public_state(effects.conversation))

    async def process(self, message_id: int) -> bool:
        """Answer one recorded message if nobody has yet (channels call this after `inbox.record`, and after `hear`
        for a voice note)."""
        return await self._process(message_id) is not None

    async def _process(self, message_id: int, parsed: tuple[str | None, Parse] | None = None) -> _Effects | None:
        effects = _Effects()

        async def handler(session: AsyncSession, message: Received) -> None:
            await self._turn(session, message, effects, parsed)

        ran = await inbox.process(self.db, message_id, handler)
        if effects.conversation is not None:
            _keep(self._langs, effects.conversation.id, effects.conversation.state.get("lang"))
        await self._publish(effects.events)
        return effects if ran else None

    async def recover(self) -> int:
        """Answer the messages a crash or a stop left unprocessed (at start, then every minute); returns how many."""
        effects = _Effects()

        async def handler(session: AsyncSession, message: Received) -> None:
            await self._turn(session, message, effects)

        done = await inbox.recover(self.db, handler, hear=self.hear, bus=self.bus)
        await self._publish(effects.events)
        return done

    # -- voice notes ----------------------------------------------------------------------------------------
    def register_hearer(self, channel: str, hear: Hearer) -> None:
        """How a channel's voice notes become words: `hear(message)` fetches the audio and transcribes it, and
        returns the text and the payload to store (the voice cues, or a `commands.VOICE_UNCLEAR` command)."""
        self._hearers[channel] = hear

    async def hear(self, message_id: int) -> None:
        """Transcribe a recorded voice note still awaiting its words and store them, so that `process` can answer it.

        Outside any transaction: Whisper takes seconds, and SQLite's write lock is shared by every worker. One note
        at a time in this process, looked at again when its turn comes, so a note heard meanwhile (a repeated
        update, the recovery pass) is not transcribed twice. A message that awaits nothing costs one read. Without
        a hearer for its channel a note stays unheard: `inbox.process` refuses it until it fails and staff are told.
        """
        if await inbox.awaiting_transcript(self.db, message_id) is None:
            return
        async with self._hearing:
            message = await inbox.awaiting_transcript(self.db, message_id)
            hear = self._hearers.get(message.channel) if message is not None else None
            if message is None or hear is None:
                return
            text, payload = await hear(message)
            await inbox.transcribed(self.db, message_id, text, payload)

    async def _turn(
        self,
        session: AsyncSession,
        message: Received,
        effects: _Effects,
        parsed: tuple[str | None, Parse] | None = None,
    ) -> None:
        """One message inside its `inbox.process` transaction: commands go to `bot.commands`, text to the engine.

        The parse needs the conversation's language: `parsed` is (the language it assumed, the parse); without
        it (a recovered or channel-processed message), or when the language differs, it is parsed here.
        """
        if message.payload.get("command"):
            await commands.handle(session, message, self.settings)
            return
        chat, patient, context = await _chat_and_patient(session, message.conversation_id)
        lang = chat.state.get("lang")
        parse = parsed[1] if parsed is not None and parsed[0] == lang else self.parser(message.text, prev_lang=lang)
        await self._handle(session, message, chat, patient, context, parse, effects)

    async def turn_for(self, message_id: int) -> Turn:
        async with self.db.sessions() as session:
            message = await session.get(Message, message_id)
            conversation = await session.get(Conversation, message.conversation_id)
            rows = await session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation.id, Message.direction == "out", Message.id > message_id)
                .order_by(Message.id)
            )
            replies = [reply_view(r) for r in rows if (r.payload or {}).get("in_reply_to") == message_id]
            return Turn(conversation.id, replies, public_state(conversation))

    async def _handle(
        self,
        session: AsyncSession,
        message: Received,
        chat: Chat,
        patient: PatientFacts,
        context: dict[str, Any],
        parse: Parse,
        effects: _Effects,
    ) -> None:
        parse = emotion_heard(parse, message.payload)
        if parse.lang in LANGS:
            message.language = parse.lang
        if chat.mode == "human":
            # A doctor has the conversation: the bot stays quiet, but red flags still alert staff.
            if parse.red_flags:
                await self._alert(session, chat, "red_flag_in_human_mode", effects)
            return
        state = chat.state or engine.new_state(
            chat.language or patient.preferred_language,
            patient.country or self.settings.default_country,
            message.payload.get("script"),  # the client app's Chinese script (Telegram "zh-TW": Traditional)
        )
        if state.get("awaiting") == "followup":
            await session.execute(
                update(FollowUp)
                .where(FollowUp.conversation_id == chat.id, FollowUp.status == "asked")
                .values(status="answered")
            )
        spoken = bool(message.audio_ref)  # a voice note: its characters are Whisper's, not the patient's
        actions = engine.step(state, parse, context, self.settings.followup_hours(), spoken=spoken)
        await self._apply(session, chat, actions, message.id, effects)

    async def _apply(
        self,
        session: AsyncSession,
        chat: Chat,
        actions: engine.Actions,
        in_reply_to: int | None,
        effects: _Effects,
    ) -> None:
        """Write everything one engine call decided, in the caller's transaction."""
        previous = chat.state
        state = dict(actions.state)
        where = {"patient_id": chat.patient_id, "conversation_id": chat.id}
        trace = {"actor": ACTOR, "patient_id": chat.patient_id, "purpose": PURPOSE}
        entries = [
            {
                **trace,
                "action": "conversation.update",
                "resource": f"conversation/{chat.id}",
                "details": {"stage": state["stage"], "awaiting": state["awaiting"]},
            }
        ]
        if state.get("consent") and not previous.get("consent"):
            session.add(Consent(patient_id=chat.patient_id, grantee="clinic", scope="record_conversation"))
            entries.append({**trace, "action": "consent.grant", "resource": "consent/record_conversation"})
        if actions.decision is not None:
            summary = dict(actions.summary or {})
            lang = self.settings.doctor_language
            summary.update(text=engine.summary_text(summary, lang), text_lang=lang)
            facts = state["facts"]
            coded = [{"id": s, "code": facts.get("codes", {}).get(s), "present": True} for s in facts["symptoms"]]
            coded += [{"id": s, "code": None, "present": False} for s in facts["negatives"]]
            record = TriageRecord(
                **where,
                level=actions.decision.level,
                reasons=list(actions.decision.reasons),
                symptoms=coded,
                red_flags=list(actions.decision.red_flags),
                summary=summary,
            )
            session.add(record)
            await session.flush()
            entries.append(
                {
                    **trace,
                    "action": "triage.record",
                    "resource": f"triage/{record.id}",
                    "details": {"level": record.level},
                }
            )
            effects.events.append((events.TRIAGE_RECORDED, {**where, "level": record.level}))
        if actions.handoff:
            level = (state.get("triage") or {}).get("level")
            state["handoff"] = {"reason": actions.handoff, "level": level, "at": utcnow().isoformat()}
            entries.append(
                {
                    **trace,
                    "action": "handoff.request",
                    "resource": f"conversation/{chat.id}",
                    "details": {"reason": actions.handoff},
                }
            )
            effects.events.append(
                (
                    events.HANDOFF_REQUESTED,
                    {"conversation_id": chat.id, "level": level, "reason": actions.handoff},
                )
            )
        if actions.followup_hours:
            await session.execute(
                update(FollowUp)
                .where(FollowUp.conversation_id == chat.id, FollowUp.status == "scheduled")
                .values(status="cancelled")
            )
            followup = FollowUp(
                **where,
                kind="check_in",
                due_at=utcnow() + timedelta(hours=actions.followup_hours),
                payload=dict(state.get("followup") or {}),
            )
            session.add(followup)
            entries.append({**trace, "action": "followup.schedule", "resource": "follow_up"})
        chat.state, chat.language = state, state["lang"]
        await _SAVE_CHAT.rows(session, id=chat.id, state=state, language=chat.language, now=utcnow())
        emergency = actions.decision is not None and actions.decision.level == "emergency"
        if state.get("consent") is False and in_reply_to is not None and not emergency:
            # Declining blanks what was said so far, and each later message as it is answered; an emergency's
            # words stay (staff are alerted and need them).
            since = in_reply_to if previous.get("consent") is False else 0
            if forgotten := await _FORGET_WORDS.rows(session, id=chat.id, since=since, upto=in_reply_to):
                entries.append({**trace, "action": "message.forget", "resource": f"conversation/{chat.id}",
                                "details": {"messages": len(forgotten), "reason": "consent_declined"}})
        effects.conversation = chat
        replies = [
            {
                "text": r.text,
                "language": r.lang,
                "payload": {"tone": r.tone, "key": r.key, "in_reply_to": in_reply_to}
                | ({"script": r.script} if r.script else {}),
            }
            for r in actions.replies
        ]
        # The web chat's POST returns its replies itself: nothing is left for the dispatcher to deliver (other
        # rows of the conversation, such as check-ins, still go out through it and the socket).
        delivered = chat.channel == WEB and in_reply_to is not None
        ids = await outbox.enqueue_replies(session, chat.id, chat.channel, replies, delivered=delivered)
        for row_id, reply in zip(ids, actions.replies, strict=True):
            effects.replies.append(
                {
                    "id": row_id,
                    "text": reply.text,
                    "lang": reply.lang,
                    "tone": reply.tone,
                    "script": reply.script,
                    "sender": ACTOR,
                }
            )
        await audit.append_many(session, entries)
        if actions.alert:
            await self._alert(session, chat, actions.alert, effects)
        if actions.replies:
            if not delivered:
                effects.events.append((events.OUTBOX_READY, {}))
            effects.events.append((events.MESSAGE_CREATED, {"conversation_id": chat.id, "direction": "out"}))

    async def _alert(self, session: AsyncSession, conversation: Chat, kind: str, effects: _Effects) -> None:
        await audit.append(
            session,
            actor=ACTOR,
            action="staff.alert",
            patient_id=conversation.patient_id,
            resource=f"conversation/{conversation.id}",
            purpose=PURPOSE,
            details={"kind": kind},
        )
        effects.events.append(
            (
                events.STAFF_ALERT,
                {"patient_id": conversation.patient_id, "conversation_id": conversation.id, "kind": kind},
            )
        )

    async def _publish(self, pending: Events) -> None:
        for topic, payload in pending:
            await self.bus.publish(topic, payload)

    # -- follow-up check-ins ------------------------------------------------------------------------------
    async def run_checkins(self) -> int:
        """Ask due check-ins; alert staff for check-ins left unanswered too long. Returns rows handled."""
        now = utcnow()
        answer_window = timedelta(hours=self.settings.followup_answer_hours)
        effects = _Effects()
        handled = 0
        async with self.db.transaction() as session:
            due = list(
                await session.scalars(
                    select(FollowUp)
                    .where(FollowUp.status == "scheduled", FollowUp.due_at <= now)
                    .order_by(FollowUp.id)
                    .limit(100)
                    .with_for_update(skip_locked=True)  # PostgreSQL workers: each row asked once
                )
            )
            late = list(
                await session.scalars(
                    select(FollowUp)
                    .where(FollowUp.status == "asked", FollowUp.due_at <= now - answer_window)
                    .order_by(FollowUp.id)
                    .limit(100)
                    .with_for_update(skip_locked=True)  # and each one left unanswered alerted once
                )
            )
            # PostgreSQL: every conversation's row before the first audit append takes the chain's lock, in the order
            # turns take them (conversation, then audit); one at a time inside the loop could deadlock with a turn.
            conversation_ids = sorted({followup.conversation_id for followup in due + late})
            if conversation_ids:
                await session.execute(
                    select(Conversation.id).where(Conversation.id.in_(conversation_ids)).order_by(Conversation.id)
                    .with_for_update(key_share=True)
                )
            chats: dict[int, Chat] = {}  # two check-ins of one conversation: the second sees the first's state
            for followup in due + late:
                conversation = await session.get(Conversation, followup.conversation_id)
                if conversation is None or conversation.mode == "human" or not conversation.state:
                    followup.status = "cancelled"
                    continue
                chat = chats.setdefault(conversation.id, Chat.of(conversation))
                if followup.status == "scheduled":
                    actions = engine.checkin(chat.state)
                    followup.status, followup.due_at = "asked", now
                else:
                    actions = engine.checkin_missed(chat.state)
                    followup.status = "missed"
                await self._apply(session, chat, actions, None, effects)
                handled += 1
        await self._publish(effects.events)
        return handled
