"""The patient chat page at `/` in headless Chromium, at phone width: usable, accessible, switches language."""

from __future__ import annotations

import asyncio
import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from bot_parses import FakeNLU, parse

from bot.service import BotService
from clinic_core.db import Database
from clinic_core.events import InProcessBus
from clinic_core.outbox import OutboxDispatcher
from clinic_core.settings import Settings

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NLU = FakeNLU(
    {
        "yes": parse("yes", intent="affirm"),
        "I can't breathe and my lips are blue": parse(
            "I can't breathe and my lips are blue", flags=("breathing_severe",)
        ),
    }
)

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="needs Debian's chromium (make browser)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(database_url: str) -> Iterator[str]:
    from fastapi import FastAPI

    from bot.views import router

    settings = Settings(database_url=database_url, default_country="US")
    app = FastAPI()
    app.state.settings = settings
    app.state.db = Database(database_url)
    app.state.events = InProcessBus()
    app.state.outbox = OutboxDispatcher(app.state.db, settings)
    app.state.bot = BotService(app.state.db, app.state.events, settings, parser=NLU)
    from bot.channels.web import WebHub

    app.state.bot_hub = WebHub()
    app.include_router(router)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)
    closer = threading.Thread(target=asyncio.run, args=(app.state.db.dispose(),))  # Playwright owns this loop
    closer.start()
    closer.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def test_a_patient_chats_on_a_phone_screen(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740}, locale="en-US")
    page.goto(f"{server}/?lang=en", wait_until="domcontentloaded")
    log = page.get_by_role("log")
    assert log.get_attribute("aria-live") == "polite"
    page.wait_for_function("document.querySelectorAll('#log li').length >= 3")
    assert "911" in log.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
    box = page.get_by_label("Your message")
    box.fill("yes")
    box.press("Enter")
    page.wait_for_function("document.querySelector('#log').innerText.includes('What is troubling you')")
    box.fill("I can't breathe and my lips are blue")
    page.get_by_role("button", name="Send").click()
    urgent = page.locator("#log li.tone-urgent")
    urgent.first.wait_for()
    assert "911" in urgent.first.inner_text()
    assert page.get_by_role("button", name="Send").bounding_box()["height"] >= 44  # a finger-sized target


def test_the_language_switcher_greets_again_in_the_chosen_language(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{server}/?lang=en", wait_until="domcontentloaded")
    page.wait_for_function("document.querySelectorAll('#log li').length >= 3")
    page.get_by_label("Language").select_option("ko")
    page.wait_for_function("document.querySelector('#log li')?.lang === 'ko'")
    assert page.evaluate("document.documentElement.lang") == "ko"
    assert page.get_by_role("button", name="보내기").is_visible()
    assert page.get_by_label("메시지").is_visible()
    assert "안녕하세요" in page.get_by_role("log").inner_text()
