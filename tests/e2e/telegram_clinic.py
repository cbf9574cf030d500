"""`vclinic serve` as a subprocess wired to the fake Telegram server, for the end-to-end tests and the benchmark."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fake_telegram import FakeTelegram


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Clinic:
    """`vclinic serve` with the Telegram channel pointed at the fake server; its output goes to a log file."""

    def __init__(self, folder: Path, fake: FakeTelegram, models: Path, **settings: str) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database = folder / "clinic.db"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("VCLINIC_")}
        self.env.update(
            VCLINIC_TELEGRAM_TOKEN=fake.token,
            VCLINIC_TELEGRAM_API_URL=fake.url,
            VCLINIC_DATABASE_URL=f"sqlite:///{self.database}",
            VCLINIC_VAR_DIR=str(folder / "var"),
            VCLINIC_MODEL_CACHE_DIR=str(models),
            VCLINIC_TTS_ONLINE="false",
            VCLINIC_OUTBOX_POLL_SECONDS="0.2",
            VCLINIC_OUTBOX_BACKOFF_SECONDS="0.2",
        )
        self.env.update(settings)
        self.process: subprocess.Popen | None = None

    def start(self, fake: FakeTelegram) -> Clinic:
        connected = len(fake.sent(method="deleteWebhook") + fake.sent(method="setWebhook"))
        log = (self.folder / "serve.log").open("a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vclinic.cli", "serve", "--port", str(self.port)],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"vclinic serve did not start:\n{self.log()}")
            time.sleep(0.2)
        fake.wait_for(lambda: len(fake.sent(method="deleteWebhook") + fake.sent(method="setWebhook")) > connected)
        return self

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return (self.folder / "serve.log").read_text(errors="replace")
