"""The assistant's background work in the app's lifespan: inbox recovery, due check-ins, NLU warm-up.

`vclinic.app.create_app` builds `BotWorkers(app)` after the core objects exist, awaits `start()` in the
lifespan and `stop()` on the way out.
"""

from __future__ import annotations

import asyncio
import gc
import logging

from fastapi import FastAPI

from bot import urgency
from bot.channels.web import CHANNEL, WebHub
from bot.service import BotService, Parser
from clinic_core.settings import Settings
from nlu.types import Parse

log = logging.getLogger(__name__)
RECOVER_EVERY_SECONDS = 60.0


def rasa_parser(settings: Settings) -> Parser | None:
    """With VCLINIC_RASA_URL, intents come from that Rasa server; language, red flags, negation and emotion stay
    local (rules first). The backend is built at the first message, when the local models are loaded anyway."""
    if not settings.rasa_url:
        return None
    backend = None

    def parse(text: str, prev_lang: str | None = None) -> Parse:
        nonlocal backend
        if backend is None:
            import nlu
            from nlu.rasa import RasaBackend

            backend = RasaBackend(settings.rasa_url, nlu.load())
        return backend.parse(text, prev_lang)

    return parse


class BotWorkers:
    def __init__(self, app: FastAPI) -> None:
        self.settings = app.state.settings
        self.service = BotService(app.state.db, app.state.events, app.state.settings, rasa_parser(self.settings))
        self.hub = WebHub()
        app.state.bot = self.service
        app.state.bot_hub = self.hub
        app.state.outbox.register(CHANNEL, self.hub.send)
        self._tasks: list[asyncio.Task[object]] = []

    async def start(self) -> None:
        self._tasks = [asyncio.create_task(self._recover()), asyncio.create_task(self._checkins())]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _recover(self) -> None:
        """Warm the NLU models and the triage safety net, answer messages a crash left unprocessed, then keep
        looking: a turn that failed on a passing error (a lock, a lost connection) is answered within a minute,
        not at the next restart."""
        import nlu

        await asyncio.to_thread(nlu.load)
        await asyncio.to_thread(urgency.shared)  # the triage safety net (trained at first use, then cached)
        if not gc.get_freeze_count():
            # The models are loaded for the process's life: keep their ~300,000 objects out of the garbage
            # collector's sight, once. Each full collection walked them all (150-280 ms here, a stall of every
            # conversation); docs/benchmarks.md, "Chat".
            gc.collect()
            gc.freeze()
        while True:
            try:
                done = await self.service.recover()
                if done:
                    log.info("answered %s inbound messages left unprocessed", done)
            except Exception:
                log.exception("inbox recovery pass failed; retrying at the next pass")
            await asyncio.sleep(RECOVER_EVERY_SECONDS)

    async def _checkins(self) -> None:
        while True:
            try:
                await self.service.run_checkins()
            except Exception:
                log.exception("check-in pass failed; retrying at the next poll")
            await asyncio.sleep(self.settings.followup_poll_seconds)
