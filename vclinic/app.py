"""Build the FastAPI app: one Database, one event bus, each room's router, each room's workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from clinic_core.db import Database
from clinic_core.events import InProcessBus
from clinic_core.outbox import OutboxDispatcher
from clinic_core.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.outbox.start()
        try:
            yield
        finally:
            await app.state.outbox.stop()
            await app.state.db.dispose()

    app = FastAPI(title="vclinic", lifespan=lifespan)
    app.state.settings = settings
    app.state.db = Database(settings.database_url)
    app.state.events = InProcessBus()
    app.state.outbox = OutboxDispatcher(app.state.db, settings)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        ok = await app.state.db.ping()
        return JSONResponse({"status": "ok" if ok else "error", "db": "ok" if ok else "error"},
                            status_code=200 if ok else 503)

    return app
