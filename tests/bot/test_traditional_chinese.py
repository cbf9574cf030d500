"""Traditional Chinese replies: a patient who writes Traditional (or, before writing, one in TW, HK or MO) is answered
in Traditional, written for Taiwan; one who writes Simplified in Simplified. The language stays zh everywhere."""

from __future__ import annotations

import pytest
import telegram
from bot_parses import FakeNLU, parse
from sqlalchemy import select

import locales
from bot import engine
from bot.channels.telegram import TelegramChannel
from bot.cli import simulate
from bot.service import BotService
from clinic_core import events
from clinic_core.db import Database
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation
from clinic_core.settings import Settings
from nlu.text import han_script

# Simplified-only characters a patient would notice at once (Taiwan writes none of them).
SIMPLIFIED_ONLY = set(
    "发头医没这说话们个为时间会对过还让问题吗点样觉药脑脸电岁宝儿实际经总亲专门严较处状态压体温热"
    "记语错担忧虑闷烦伤杀与边开关听针恶呕肿晕烧应该请谢帮现无给险紧联络护师视频讯网"
)

NLU = FakeNLU({"是": parse("是", "zh", intent="affirm"), "我头很痛": parse("我头很痛", "zh", symptoms=("headache",))})


def _replies(result: dict, turn: int | None = None) -> list[dict]:
    turns = result["turns"] if turn is None else [result["turns"][turn]]
    return [r for t in turns for r in t["replies"]]


def _traditional(replies: list[dict]) -> None:
    assert replies
    for reply in replies:
        assert (reply["lang"], reply["script"]) == ("zh", "Hant"), reply
        assert not set(reply["text"]) & SIMPLIFIED_ONLY, reply["text"]


def _simplified(replies: list[dict]) -> None:
    assert replies
    for reply in replies:
        assert (reply["lang"], reply["script"]) == ("zh", None), reply
        assert han_script(reply["text"]) != "Hant", reply["text"]


def test_a_taiwanese_patient_writing_traditional_gets_traditional_replies() -> None:
    result = simulate(["是", "我頭很痛，發燒三天了", "大概七分"], None, "TW")
    _traditional(_replies(result))
    assert (result["final"]["lang"], result["final"]["script"]) == ("zh", "Hant")
    assert "頭痛" in " ".join(r["text"] for r in _replies(result))


def test_a_simplified_writer_in_taiwan_gets_simplified_replies() -> None:
    result = simulate(["是的", "我头很痛，发烧三天了"], None, "TW")
    _traditional(_replies(result, 0))  # greeted before writing: Taiwan's script
    _simplified(_replies(result, 2))
    assert han_script(" ".join(r["text"] for r in _replies(result, 2))) == "Hans"
    assert result["final"]["script"] == "Hans"


def test_a_switch_mid_conversation_follows_the_patient() -> None:
    result = simulate(["是", "我頭很痛", "我头很痛，发烧三天了", "7", "我頭很痛"], "zh", "CN")
    scripts = [{r["script"] for r in t["replies"]} for t in result["turns"]]
    # CN greets in Simplified; "是" has no marked character (kept); then Traditional, Simplified, "7" keeps it, back.
    assert scripts == [{None}, {None}, {"Hant"}, {None}, {None}, {"Hant"}]
    _traditional(_replies(result, 5))


@pytest.mark.parametrize(("country", "number"), [("TW", "119"), ("HK", "999"), ("MO", "999")])
def test_a_greeting_before_any_message_is_traditional_in_tw_hk_mo(country: str, number: str) -> None:
    opening = engine.start(engine.new_state(None, country))
    replies = [r.to_dict() for r in opening.replies]
    _traditional(replies)
    assert replies[0]["text"] == locales.t("greeting", "zh_Hant")
    assert number in " ".join(r["text"] for r in replies)


def test_a_mainland_greeting_stays_simplified_and_a_chosen_script_wins() -> None:
    _simplified([r.to_dict() for r in engine.start(engine.new_state(None, "CN")).replies])
    _traditional([r.to_dict() for r in engine.start(engine.new_state("zh", "CN", "Hant")).replies])
    _simplified([r.to_dict() for r in engine.start(engine.new_state("zh", "TW", "Hans")).replies])


def test_the_emergency_reply_in_taiwan_names_119_in_traditional() -> None:
    result = simulate(["是", "我胸口好痛，左手臂發麻，一直冒冷汗"], None, "TW")
    assert result["final"]["triage"]["level"] == "emergency"
    replies = _replies(result, 2)
    _traditional(replies)
    assert replies[0]["text"] == locales.t("triage.emergency", "zh_Hant", emergency_number="119")
    assert "原因：危險徵兆" in " ".join(r["text"] for r in replies)  # reasons rendered in Traditional too


def test_a_crisis_in_taiwan_gives_1925_and_119_in_traditional() -> None:
    result = simulate(["是", "活著好累，我想自殺"], None, "TW")
    replies = _replies(result, 2)
    _traditional(replies)
    assert replies[0]["text"] == locales.t("crisis", "zh_Hant", crisis_line="1925", emergency_number="119")


def test_the_doctors_summary_keeps_the_doctors_language() -> None:
    turns = ["是", "我頭很痛，發燒三天了", "七分", "沒有", "沒有", "沒有", "一跳一跳的痛", "35歲", "沒有", "沒有"]
    result = simulate(turns, None, "TW")
    summary = result["final"]["summary"]
    assert result["final"]["triage"]["level"] == "routine"
    assert summary["patient_lang"] == "zh"  # the language, not the script
    doctor = engine.summary_text(summary, "ko")
    assert doctor.startswith(locales.t("summary.title", "ko")) and locales.t("symptom.headache", "ko") in doctor


def test_a_check_in_names_the_complaint_in_traditional() -> None:
    state = engine.new_state("zh", "TW")
    state["facts"]["chief"] = "headache"
    state["followup"] = {"level": "self_care", "complaint": "headache"}
    replies = [r.to_dict() for r in engine.checkin(state).replies]
    _traditional(replies)
    assert replies[0]["text"] == locales.t("followup.ask", "zh_Hant", complaint="頭痛")


def test_other_languages_carry_no_script() -> None:
    result = simulate(["是", "I have a headache"], None, "TW")
    assert {(r["lang"], r["script"]) for r in _replies(result, 2)} == {("en", None)}


# -- the client app's script (Telegram's language_code), and voice notes ------------------------------------------


def _telegram(update_id: int, chat: int, code: str, text: str) -> InboundMessage:
    """What the Telegram channel records for a private message from an app set to `code` (it reads no channel state)."""
    user = {"id": chat, "is_bot": False, "first_name": "P", "language_code": code}
    message = {"message_id": update_id, "date": 0, "chat": {"id": chat, "type": "private"}, "from": user, "text": text}
    update = telegram.Update.de_json({"update_id": update_id, "message": message}, None)
    return TelegramChannel._inbound(None, update, chat)


async def _conversation(db: Database) -> Conversation:
    async with db.sessions() as session:
        return (await session.scalars(select(Conversation))).one()


@pytest.mark.parametrize(
    ("code", "country", "script"),
    [
        ("zh-hant", "KR", "Hant"),
        ("zh-TW", "KR", "Hant"),
        ("zh_HK", "US", "Hant"),
        ("zh-MO", "CN", "Hant"),  # the app says Traditional: it wins over the clinic's country
        ("zh-hans", "TW", None),
        ("zh-CN", "KR", None),
        ("zh", "TW", "Hant"),  # no script in the app: the country's
        ("zh", "KR", None),
    ],
)
async def test_start_from_a_telegram_app_greets_in_its_chinese_script(db, code, country, script) -> None:
    inbound = _telegram(1, 501, code, "/start")
    assert inbound.language == "zh"  # the language is zh either way
    service = BotService(db, events.InProcessBus(), Settings(database_url=db.url, default_country=country))
    turn = await service.receive(inbound)
    assert {(r["lang"], r["script"]) for r in turn.replies} == {("zh", script)}
    assert turn.replies[0]["text"] == locales.t("greeting", locales.variant("zh", script))
    conversation = await _conversation(db)
    assert conversation.language == "zh" and conversation.state["lang"] == "zh"


async def test_a_traditional_app_is_answered_in_traditional_before_start_and_then_follows_the_writing(db) -> None:
    service = BotService(db, events.InProcessBus(), Settings(database_url=db.url, default_country="KR"), parser=NLU)
    helped = await service.receive(_telegram(1, 502, "zh-TW", "/help"))  # a command before any conversation
    assert [(r["script"], r["text"]) for r in helped.replies] == [
        ("Hant", locales.t("command.help", "zh_Hant", emergency_number="119"))
    ]
    turn = await service.receive(_telegram(2, 502, "zh-TW", "是"))  # first words, no marked character
    _traditional(turn.replies)
    assert turn.replies[0]["text"] == locales.t("greeting", "zh_Hant")
    turn = await service.receive(_telegram(3, 502, "zh-TW", "我头很痛"))  # Simplified writing is followed
    _simplified(turn.replies)
    assert (await _conversation(db)).state["script"] == "Hans"


def test_a_voice_notes_transcript_does_not_change_the_script() -> None:
    """Whisper writes Mandarin in the characters it is prompted with (Simplified): not the patient's choice."""
    state = engine.step(engine.start(engine.new_state("zh", "TW")).state, parse("是", "zh", intent="affirm")).state
    heard = parse("我头很痛", "zh", symptoms=("headache",))
    spoken = engine.step(state, heard, spoken=True)
    _traditional([r.to_dict() for r in spoken.replies])
    assert spoken.state["script"] == "Hant"
    assert engine.step(state, heard).state["script"] == "Hans"  # the same words typed: followed
