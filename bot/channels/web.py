"""The web chat channel: delivers outbox rows to the browser tabs connected to a conversation's WebSocket.

The database keeps every reply (GET history), so a tab that is closed when a reply is sent misses nothing;
the socket only pushes what happens while it is open (replies, and later doctors' messages).
"""

from __future__ import annotations

import contextlib
from collections import defaultdict

from fastapi import WebSocket

from clinic_core.outbox import Envelope

CHANNEL = "web"


class WebHub:
    def __init__(self) -> None:
        self._sockets: dict[int, set[WebSocket]] = defaultdict(set)

    def add(self, conversation_id: int, socket: WebSocket) -> None:
        self._sockets[conversation_id].add(socket)

    def remove(self, conversation_id: int, socket: WebSocket) -> None:
        self._sockets[conversation_id].discard(socket)
        if not self._sockets[conversation_id]:
            del self._sockets[conversation_id]

    async def send(self, envelope: Envelope) -> None:
        """The outbox `Sender` for the web channel."""
        message = {
            "id": envelope.message_id,
            "text": envelope.text,
            "lang": envelope.language,
            "tone": envelope.payload.get("tone", "neutral"),
            "sender": envelope.payload.get("sender", "bot"),
        }
        for socket in list(self._sockets.get(envelope.conversation_id, ())):
            with contextlib.suppress(Exception):  # a tab that went away: it reloads history when it returns
                await socket.send_json(message)
