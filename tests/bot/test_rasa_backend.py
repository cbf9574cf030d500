"""With VCLINIC_RASA_URL the assistant asks that Rasa server for intents; red flags still come from local rules."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from clinic_core.settings import Settings
from vclinic.app import create_app


@pytest.fixture
def rasa():
    """A local server answering POST /model/parse as Rasa 3 does: every message is a greeting, sure of it."""
    seen: list[str] = []

    class Rasa(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            text = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["text"]
            seen.append(text)
            body = json.dumps({"text": text, "intent": {"name": "greet", "confidence": 0.99},
                               "intent_ranking": [{"name": "greet", "confidence": 0.99}], "entities": []}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Rasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()


async def test_the_assistant_uses_the_rasa_server_and_keeps_its_own_red_flags(db, tmp_path, rasa):
    url, seen = rasa
    app = create_app(Settings(_env_file=None, database_url=db.url, var_dir=tmp_path, rasa_url=url))
    app.state.db = db
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://clinic.test") as client:
        session = (await client.post("/api/chat/sessions", json={"lang": "en", "country": "US"})).json()
        auth = {"Authorization": f"Bearer {session['token']}"}
        path = f"/api/chat/sessions/{session['session_id']}/messages"
        await client.post(path, json={"text": "yes"}, headers=auth)
        turn = (await client.post(path, json={"text": "my husband collapsed and is not breathing"},
                                  headers=auth)).json()
    assert "my husband collapsed and is not breathing" in seen  # Rasa was asked...
    assert turn["state"]["triage"]["level"] == "emergency"  # ...and its "greet" could not lower the urgency
