"""The assistant over the clinic core and the web chat API: what is stored, sent, alerted and never repeated."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from bot_parses import FakeNLU, parse
from fastapi import FastAPI
from sqlalchemy import func, select, update

import locales
from bot.service import BotService
from bot.views import router
from clinic_core import audit, events, inbox
from clinic_core.db import Database
from clinic_core.inbox import InboundMessage
from clinic_core.models import Consent, Conversation, FollowUp, Message, TriageRecord, utcnow
from clinic_core.outbox import OutboxDispatcher
from clinic_core.settings import Settings

NLU = FakeNLU(
    {
        "yes": parse("yes", intent="affirm"),
        "네": parse("네", "ko", intent="affirm"),
        "no": parse("no", intent="deny"),
        "runny nose since yesterday": parse("runny nose since yesterday", symptoms=("runny_nose",), duration=24.0),
        "콧물이 어제부터 나요": parse("콧물이 어제부터 나요", "ko", symptoms=("runny_nose",), duration=24.0),
        "chest pain 5/10 since an hour": parse(
            "chest pain 5/10 since an hour", symptoms=("chest_pain",), severity=5, duration=1.0
        ),
        "my face droops": parse("my face droops", flags=("stroke_signs",)),
        "worse": parse("worse", intent="feeling_worse"),
        "是": parse("是", "zh", intent="affirm"),
        "我头很痛": parse("我头很痛", "zh", symptoms=("headache",)),
    }
)


def make_app(db: Database, **settings: object) -> tuple[FastAPI, BotService]:
    config = Settings(database_url=db.url, **settings)
    app = FastAPI()
    app.state.settings = config
    app.state.db = db
    app.state.events = events.InProcessBus()
    app.state.outbox = OutboxDispatcher(db, config)
    app.state.bot = BotService(db, app.state.events, config, parser=NLU)
    app.include_router(router)
    return app, app.state.bot


@pytest.fixture
async def chat(db):
    app, service = make_app(db, doctor_language="ja")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client, service, app


async def open_session(client: httpx.AsyncClient, **body: str) -> tuple[str, dict[str, str]]:
    response = await client.post("/api/chat/sessions", json=body)
    assert response.status_code == 201
    data = response.json()
    return data["session_id"], {"Authorization": f"Bearer {data['token']}"}


async def say(client, sid, auth, text, **extra) -> dict:
    response = await client.post(f"/api/chat/sessions/{sid}/messages", json={"text": text, **extra}, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


async def count(db: Database, model, *where) -> int:
    async with db.sessions() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where))


async def test_session_greets_in_its_language_and_needs_its_token(chat) -> None:
    client, _, _ = chat
    sid, auth = await open_session(client, lang="ko", country="KR")
    history = (await client.get(f"/api/chat/sessions/{sid}/messages", headers=auth)).json()
    assert [m["lang"] for m in history["messages"]] == ["ko", "ko", "ko"]
    assert "119" in history["messages"][1]["text"]
    assert history["state"] == {"mode": "bot", "triage": None, "awaiting": "consent"}
    wrong = await client.get(f"/api/chat/sessions/{sid}/messages", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["content-type"].startswith("application/problem+json")
    other_sid, _ = await open_session(client)
    assert (await client.get(f"/api/chat/sessions/{other_sid}/messages", headers=auth)).status_code == 401
    assert (await client.post(f"/api/chat/sessions/{sid}/messages", json={"text": "hi"})).status_code == 401


async def test_traditional_chinese_is_a_choice_and_the_replies_follow_the_patients_writing(chat, db) -> None:
    """"zh-Hant" (繁體中文 on the page) greets in Traditional; the language stays zh; Simplified writing is followed."""
    client, _, _ = chat
    sid, auth = await open_session(client, lang="zh-Hant", country="KR")
    history = (await client.get(f"/api/chat/sessions/{sid}/messages", headers=auth)).json()
    assert [(m["lang"], m["script"]) for m in history["messages"]] == [("zh", "Hant")] * 3
    assert history["messages"][0]["text"] == locales.t("greeting", "zh_Hant")
    turn = await say(client, sid, auth, "是")  # nothing tells the script: Traditional still
    assert [(r["lang"], r["script"], r["text"]) for r in turn["replies"]][0] == ("zh", "Hant", "謝謝您。")
    turn = await say(client, sid, auth, "我头很痛")
    assert {(r["lang"], r["script"]) for r in turn["replies"]} == {("zh", None)}
    assert turn["replies"][0]["text"] == locales.t("ask.onset", "zh")
    async with db.sessions() as session:
        conversation = (await session.scalars(select(Conversation))).one()
    assert (conversation.language, conversation.state["script"]) == ("zh", "Hans")


async def test_the_page_offers_traditional_chinese_and_reads_a_taiwanese_browser(chat) -> None:
    client, _, _ = chat
    page = (await client.get("/?lang=zh-Hant")).text
    assert '<html lang="zh-Hant">' in page and '<option value="zh-Hant" lang="zh-Hant" selected>繁體中文' in page
    assert locales.t("ui.send", "zh_Hant") in page
    for header, lang in [("zh-TW,zh;q=0.9", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-CN,zh", "zh"), ("ko-KR", "ko")]:
        page = (await client.get("/", headers={"Accept-Language": header})).text
        assert f'<html lang="{lang}">' in page, header


async def test_a_self_care_chat_stores_consent_triage_summary_follow_up_and_audit(chat, db) -> None:
    client, _, _ = chat
    sid, auth = await open_session(client, lang="ko", country="KR")
    first = await say(client, sid, auth, "네")
    assert first["state"]["awaiting"] == "complaint" and first["replies"][-1]["lang"] == "ko"
    result = await say(client, sid, auth, "콧물이 어제부터 나요")
    while result["state"]["triage"] is None:
        assert result["state"]["awaiting"] not in ("onset", "complaint")  # said already: never asked again
        result = await say(client, sid, auth, "no")
    assert result["state"]["triage"]["level"] == "self_care"
    assert all(set(r) == {"id", "text", "lang", "tone", "script"} for r in result["replies"])
    async with db.sessions() as session:
        record = await session.scalar(select(TriageRecord))
        followup = await session.scalar(select(FollowUp))
    assert record.level == "self_care" and {"id": "runny_nose", "code": None, "present": True} in record.symptoms
    assert record.summary["chief_complaint"] == "runny_nose" and record.summary["text_lang"] == "ja"
    assert "鼻水" in record.summary["text"]  # doctor's language (ja) although the patient wrote Korean
    assert followup.status == "scheduled"
    assert timedelta(hours=23) < followup.due_at - utcnow() <= timedelta(hours=24)
    assert await count(db, Consent) == 1
    report = await audit.verify(db)
    assert report.ok


async def test_declining_to_be_recorded_blanks_the_patients_words_until_they_agree(chat, db) -> None:
    client, _, _ = chat
    sid, auth = await open_session(client, lang="en", country="GB")
    await say(client, sid, auth, "runny nose since yesterday")  # before answering the consent question
    declined = await say(client, sid, auth, "no", client_message_id="m-1")
    assert "won't record" in declined["replies"][0]["text"]
    await say(client, sid, auth, "runny nose since yesterday")
    assert (await say(client, sid, auth, "no", client_message_id="m-1"))["replies"] == declined["replies"]
    await say(client, sid, auth, "yes")  # changed their mind: recorded from here on
    await say(client, sid, auth, "runny nose since yesterday")
    other, other_auth = await open_session(client, lang="en", country="GB")
    await say(client, other, other_auth, "no")
    emergency = await say(client, other, other_auth, "my face droops")
    assert emergency["state"]["triage"]["level"] == "emergency" and "999" in emergency["replies"][0]["text"]
    await say(client, other, other_auth, "no")
    async with db.sessions() as session:
        words = list(await session.scalars(select(Message.text).where(Message.direction == "in").order_by(Message.id)))
        forgotten = list(await session.scalars(select(audit.AuditEntry.details)
                                               .where(audit.AuditEntry.action == "message.forget")))
    assert words == ["", "", "", "yes", "runny nose since yesterday", "", "my face droops", ""]
    assert [d["messages"] for d in forgotten] == [2, 1, 1, 1] and (await audit.verify(db)).ok


async def test_the_same_message_sent_twice_is_answered_once(chat, db) -> None:
    client, _, _ = chat
    sid, auth = await open_session(client)
    one = await say(client, sid, auth, "yes", client_message_id="m-1")
    two = await say(client, sid, auth, "yes", client_message_id="m-1")
    assert one["replies"] == two["replies"] and one["replies"]
    assert await count(db, Message, Message.direction == "in") == 1


async def test_two_sessions_using_the_same_client_message_id_each_get_their_own_answer(chat, db) -> None:
    client, _, _ = chat
    first, first_auth = await open_session(client, lang="en")
    second, second_auth = await open_session(client, lang="en")
    await say(client, first, first_auth, "yes", client_message_id="m-1")
    theirs = await say(client, second, second_auth, "runny nose since yesterday", client_message_id="m-1")
    history = (await client.get(f"/api/chat/sessions/{second}/messages", headers=second_auth)).json()
    assert "runny nose since yesterday" in [m["text"] for m in history["messages"] if m.get("sender") == "patient"]
    assert theirs["replies"] and all(r["lang"] == "en" for r in theirs["replies"])
    assert await count(db, Message, Message.direction == "in") == 2


async def test_emergency_alerts_staff_and_urgent_requests_a_doctor(chat, db) -> None:
    client, _, app = chat
    async with events.collecting(app.state.events, events.STAFF_ALERT, events.HANDOFF_REQUESTED) as seen:
        sid, auth = await open_session(client, lang="en", country="US")
        await say(client, sid, auth, "yes")
        emergency = await say(client, sid, auth, "my face droops")
        other, auth2 = await open_session(client, lang="en", country="US")
        await say(client, other, auth2, "yes")
        urgent = await say(client, other, auth2, "chest pain 5/10 since an hour")
        while urgent["state"]["triage"] is None:
            urgent = await say(client, other, auth2, "no")
    assert emergency["state"]["triage"]["level"] == "emergency" and "911" in emergency["replies"][0]["text"]
    assert emergency["replies"][0]["tone"] == "urgent"
    assert urgent["state"]["triage"]["level"] == "urgent"
    assert [t for t, _ in seen] == [events.STAFF_ALERT, events.HANDOFF_REQUESTED]
    assert seen[1][1]["level"] == "urgent"


async def test_a_doctors_conversation_keeps_the_bot_quiet_but_red_flags_still_alert(chat, db) -> None:
    client, _, app = chat
    sid, auth = await open_session(client)
    async with db.transaction() as session:
        await session.execute(update(Conversation).values(mode="human"))
    async with events.collecting(app.state.events, events.STAFF_ALERT) as seen:
        quiet = await say(client, sid, auth, "yes")
        flagged = await say(client, sid, auth, "my face droops")
    assert quiet["replies"] == [] and flagged["replies"] == [] and quiet["state"]["mode"] == "human"
    assert [p["kind"] for _, p in seen] == ["red_flag_in_human_mode"]


async def test_a_message_left_unprocessed_by_a_crash_is_answered_once_at_start(db) -> None:
    _, service = make_app(db)
    sid, _, _ = await service.open_web_session("en", "US")
    recorded = await inbox.record(db, InboundMessage("web", sid, "crash-1", text="yes"))  # then the process died
    assert await service.recover() == 1
    assert await service.recover() == 0
    turn = await service.turn_for(recorded.message_id)
    assert [r["text"] for r in turn.replies][-1].startswith("What is troubling you")
    assert await service.process(recorded.message_id) is False  # processed already: no second reply
    assert len((await service.turn_for(recorded.message_id)).replies) == len(turn.replies)


async def test_fifty_messages_in_a_second_are_all_answered_in_order(chat, db) -> None:
    client, _, _ = chat
    sid, auth = await open_session(client)
    results = await asyncio.gather(*(say(client, sid, auth, f"spam {i}") for i in range(50)))
    assert all(r["replies"] for r in results)
    assert await count(db, Message, Message.direction == "in") == 50
    assert await count(db, Message, Message.direction == "in", Message.status == "processed") == 50


async def test_follow_up_asks_when_due_re_triages_worse_and_alerts_when_unanswered(db) -> None:
    app, service = make_app(db)
    async with events.collecting(app.state.events, events.STAFF_ALERT) as seen:
        sid, _, conversation_id = await service.open_web_session("en", "US")
        n = 0

        async def send(text: str) -> dict:
            nonlocal n
            n += 1
            return (await service.receive(InboundMessage("web", sid, f"f{n}", text=text))).state

        await send("yes")
        state = await send("runny nose since yesterday")
        while state["triage"] is None:
            state = await send("no")
        assert await service.run_checkins() == 0  # not due yet
        async with db.transaction() as session:
            await session.execute(update(FollowUp).values(due_at=utcnow() - timedelta(minutes=1)))
        assert await service.run_checkins() == 1
        history = await service.history(conversation_id)
        assert history.replies[-1]["text"].startswith("Hello again") and history.state["awaiting"] == "followup"
        worse = await send("worse")
        assert worse["triage"]["level"] == "routine"
        async with db.sessions() as session:
            statuses = sorted((await session.scalars(select(FollowUp.status))).all())
        assert statuses == ["answered", "scheduled"]  # routine schedules the next check-in
        async with db.transaction() as session:
            await session.execute(
                update(FollowUp).where(FollowUp.status == "scheduled").values(due_at=utcnow() - timedelta(hours=13))
            )
        await service.run_checkins()  # asks
        async with db.transaction() as session:
            await session.execute(
                update(FollowUp).where(FollowUp.status == "asked").values(due_at=utcnow() - timedelta(hours=13))
            )
        await service.run_checkins()  # unanswered for longer than the window
    assert [p["kind"] for _, p in seen] == ["followup_unanswered"]


async def test_check_ins_lock_their_conversations_before_the_audit_chain(db) -> None:
    """PostgreSQL: a turn holds its conversation's row, then appends to the audit chain (an advisory lock). A
    check-in pass over several conversations must take their rows in that same order, or a turn on its second
    conversation and the pass wait for each other until PostgreSQL aborts one of them."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("row locks and the audit chain's advisory lock are PostgreSQL's (SQLite has one writer)")
    _, service = make_app(db)
    conversation_ids = []
    for n in range(2):
        sid, _, conversation_id = await service.open_web_session("en", "US")
        conversation_ids.append(conversation_id)
        state = (await service.receive(InboundMessage("web", sid, f"{n}a", text="yes"))).state
        for i, text in enumerate(["runny nose since yesterday"] + ["no"] * 12):
            if state["triage"] is not None:
                break
            state = (await service.receive(InboundMessage("web", sid, f"{n}b{i}", text=text))).state
    async with db.transaction() as session:
        await session.execute(update(FollowUp).values(due_at=utcnow() - timedelta(minutes=1)))
    async with db.transaction() as turn:  # a turn on the second conversation, as inbox.process takes it
        await turn.execute(select(Conversation.id).where(Conversation.id == conversation_ids[1])
                           .with_for_update(key_share=True))
        checkins = asyncio.create_task(service.run_checkins())
        await asyncio.sleep(0.5)  # the pass is now waiting for the second conversation's row
        await asyncio.wait_for(audit.append(turn, actor="bot", action="conversation.update",
                                            patient_id=None, resource="test"), 5)
    assert await asyncio.wait_for(checkins, 10) == 2


async def test_a_conversation_resumed_by_a_new_process_continues(db) -> None:
    _, first = make_app(db)
    sid, _, _ = await first.open_web_session("ko", "KR")
    await first.receive(InboundMessage("web", sid, "r1", text="네"))
    _, second = make_app(db)  # a restart a week later: only the database remains
    turn = await second.receive(InboundMessage("web", sid, "r2", text="콧물이 어제부터 나요"))
    assert turn.state["awaiting"] not in ("consent", "complaint", "onset")
    assert {r["lang"] for r in turn.replies} == {"ko"}


def test_websocket_pushes_replies_sent_through_the_outbox(database_url) -> None:
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    db = Database(database_url)
    app, service = make_app(db)
    from bot.channels.web import WebHub

    app.state.bot_hub = WebHub()
    app.state.outbox.register("web", app.state.bot_hub.send)
    with TestClient(app) as client:
        data = client.post("/api/chat/sessions", json={"lang": "zh", "country": "CN"}).json()
        sid, token = data["session_id"], data["token"]
        with client.websocket_connect(f"/api/chat/sessions/{sid}/ws?token={token}") as socket:
            client.portal.call(app.state.outbox.deliver_due)
            pushed = [socket.receive_json() for _ in range(3)]
        assert [m["lang"] for m in pushed] == ["zh"] * 3 and "120" in pushed[1]["text"]
        bad_url = f"/api/chat/sessions/{sid}/ws?token=bad"
        with pytest.raises(WebSocketDisconnect), client.websocket_connect(bad_url) as bad:
            bad.receive_json()
        client.portal.call(db.dispose)


def test_the_assembled_app_serves_the_chat_with_real_nlu(database_url, tmp_path) -> None:
    from starlette.testclient import TestClient

    from vclinic.app import create_app

    app = create_app(Settings(database_url=database_url, var_dir=tmp_path, default_country="KR"))
    with TestClient(app) as client:
        page = client.get("/")
        assert page.status_code == 200 and 'lang="' in page.text and "119" in page.text
        data = client.post("/api/chat/sessions", json={}).json()
        auth = {"Authorization": f"Bearer {data['token']}"}
        url = f"/api/chat/sessions/{data['session_id']}/messages"
        assert client.post(url, json={"text": "네"}, headers=auth).json()["state"]["awaiting"] == "complaint"
        stroke = "갑자기 한쪽 팔다리에 힘이 빠지고 말이 어눌해졌어요"
        reply = client.post(url, json={"text": stroke}, headers=auth).json()
        assert reply["state"]["triage"]["level"] == "emergency" and "119" in reply["replies"][0]["text"]
        assert client.post(url, json={"text": ""}, headers=auth).status_code == 422


async def test_a_parse_made_before_the_turn_in_a_stale_language_is_made_again(db) -> None:
    """Turns are parsed outside the write transaction in the language this process saw last; when another
    worker moved the conversation to another language meanwhile, the turn parses again in that one."""
    seen: list[tuple[str, str | None]] = []

    def recording(text: str, prev_lang: str | None = None):
        seen.append((text, prev_lang))
        return NLU(text, prev_lang)

    first = BotService(db, events.InProcessBus(), Settings(database_url=db.url), parser=recording)
    _, other_worker = make_app(db)
    sid, _, _ = await first.open_web_session("en", "US")
    await other_worker.receive(InboundMessage("web", sid, "w1", text="네"))  # the patient switches to Korean there
    seen.clear()
    turn = await first.receive(InboundMessage("web", sid, "w2", text="hmm"))
    assert seen == [("hmm", "en"), ("hmm", "ko")]
    assert {r["lang"] for r in turn.replies} == {"ko"}
    seen.clear()
    await first.receive(InboundMessage("web", sid, "w3", text="hmm"))
    assert seen == [("hmm", "ko")]  # right the first time once this worker has seen the switch


async def test_an_agitated_voice_makes_neutral_words_anxious(db) -> None:
    _, service = make_app(db)
    sid, _, _ = await service.open_web_session("en", "US")
    await service.receive(InboundMessage("web", sid, "v1", text="yes"))
    calm = {"arousal": 0.1, "pitch_spread": 2.0, "loudness_db": -30.0, "syllable_rate": 3.0}
    agitated = {"arousal": 0.9, "pitch_spread": 9.0, "loudness_db": -30.0, "syllable_rate": 6.5}
    flat = await service.receive(InboundMessage("web", sid, "v2", text="runny nose since yesterday",
                                                payload={"voice": {"prosody": calm}}))
    sid2, _, _ = await service.open_web_session("en", "US")
    await service.receive(InboundMessage("web", sid2, "v3", text="yes"))
    shaken = await service.receive(InboundMessage("web", sid2, "v4", text="runny nose since yesterday",
                                                  payload={"voice": {"prosody": agitated}}))
    assert {r["tone"] for r in flat.replies} == {"neutral"}
    assert "reassuring" in {r["tone"] for r in shaken.replies}
