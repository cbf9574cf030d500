"""Build the FastAPI app: one Database, one event bus, each room's router, each room's workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse

import bot.views
import clinic_core.views
from bot.workers import BotWorkers
from clinic_core import audit, problems
from clinic_core.db import Database
from clinic_core.events import InProcessBus
from clinic_core.outbox import OutboxDispatcher
from clinic_core.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        workers = app.state.workers
        app.state.outbox.start()
        app.state.outbox.listen(app.state.events)
        for worker in workers:
            await worker.start()
        try:
            yield
        finally:
            for worker in reversed(workers):
                await worker.stop()
            await app.state.outbox.stop()
            await app.state.db.dispose()

    app = FastAPI(title="vclinic", lifespan=lifespan)
    audit.configure(settings)
    problems.install(app)
    app.state.settings = settings
    app.state.db = Database(settings.database_url)
    app.state.events = InProcessBus()
    app.state.outbox = OutboxDispatcher(app.state.db, settings)
    app.state.workers = [BotWorkers(app)]
    if settings.telegram_token:
        from bot.channels.telegram import TelegramChannel  # only loaded when the channel is configured

        app.state.workers.append(TelegramChannel(app))

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        ok = await app.state.db.ping()
        return JSONResponse({"status": "ok" if ok else "error", "db": "ok" if ok else "error"},
                            status_code=200 if ok else 503)

    app.include_router(clinic_core.views.router)
    app.include_router(bot.views.router)
    return app
