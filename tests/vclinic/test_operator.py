"""What an operator sees: the CLI, `serve` on a fresh database, health, settings and bad databases."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import websockets.sync.client
from fastapi.testclient import TestClient

from clinic_core.settings import Settings
from vclinic.app import create_app

VCLINIC = [sys.executable, "-m", "vclinic.cli"]


def _env(tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VCLINIC_")}
    env.update(VCLINIC_DATABASE_URL=f"sqlite:///{tmp_path}/clinic.db", VCLINIC_VAR_DIR=str(tmp_path / "var"))
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_lists_every_operator_command():
    out = subprocess.run([*VCLINIC, "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("serve", "config", "db", "staff", "audit"):
        assert re.search(rf"^\s+{command}\s", out, re.M), command
    audit_help = subprocess.run([*VCLINIC, "audit", "--help"], capture_output=True, text=True).stdout
    assert all(word in audit_help for word in ("verify", "export", "checkpoint"))
    serve_help = subprocess.run([*VCLINIC, "serve", "--help"], capture_output=True, text=True).stdout
    assert "--host" in serve_help and "--port" in serve_help


def test_plain_database_urls_get_async_drivers():
    assert Settings(database_url="sqlite:///x.db").database_url == "sqlite+aiosqlite:///x.db"
    assert Settings(database_url="postgresql://h/db").database_url == "postgresql+asyncpg://h/db"
    assert Settings(database_url="postgresql+asyncpg://h/db").database_url == "postgresql+asyncpg://h/db"


def test_config_masks_secrets(tmp_path):
    env = _env(tmp_path, VCLINIC_TELEGRAM_TOKEN="123:very-secret",
               VCLINIC_DATABASE_URL="postgresql://clinic:hunter2@db.example/vclinic")
    out = subprocess.run([*VCLINIC, "config"], capture_output=True, text=True, env=env, check=True).stdout
    assert "very-secret" not in out and "hunter2" not in out
    assert "VCLINIC_TELEGRAM_TOKEN=********" in out
    assert "VCLINIC_DATABASE_URL=postgresql+asyncpg://clinic:********@db.example/vclinic" in out
    env["VCLINIC_DATABASE_URL"] = "postgresql://db.example/vclinic?user=clinic&password=hunter2"
    out = subprocess.run([*VCLINIC, "config"], capture_output=True, text=True, env=env, check=True).stdout
    assert "hunter2" not in out and "password=********" in out


def test_local_state_follows_the_var_dir(tmp_path):
    settings = Settings(_env_file=None, var_dir=tmp_path / "clinic")
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'clinic' / 'vclinic.db'}"
    assert settings.model_cache_dir == tmp_path / "clinic" / "models"
    assert Settings(_env_file=None, var_dir=tmp_path, database_url="sqlite:///elsewhere.db").database_url == (
        "sqlite+aiosqlite:///elsewhere.db")


def test_healthz_reports_the_database(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path}/h.db", var_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "db": "ok"}


def test_serve_fails_with_one_clear_line_when_the_database_cannot_be_opened(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = _env(tmp_path, VCLINIC_DATABASE_URL=f"sqlite:///{blocker}/clinic.db")
    result = subprocess.run([*VCLINIC, "serve", "--port", str(_free_port())], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vclinic: cannot open or migrate the database")


def test_serve_migrates_creates_a_demo_doctor_once_and_answers_health(tmp_path):
    port = _free_port()

    def start() -> subprocess.Popen:
        return subprocess.Popen([*VCLINIC, "serve", "--port", str(port)], env=_env(tmp_path),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def healthy() -> dict:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("serve never answered")

    first = start()
    try:
        assert healthy() == {"status": "ok", "db": "ok"}
        with contextlib.suppress(Exception), websockets.sync.client.connect(
                f"ws://127.0.0.1:{port}/api/chat/sessions/nobody/ws?token=SECRET-CHAT-TOKEN", open_timeout=5):
            pass
    finally:
        first.terminate()
        output = first.communicate(timeout=30)[0]
    found = re.search(r"Demo doctor account created \(shown once\): (\S+@\S+) / (\S+)", output)
    assert found, output
    password = found.group(2)
    assert len(password) >= 12
    assert "WebSocket /api/chat/sessions/nobody/ws" in output  # the connection was logged...
    assert "SECRET-CHAT-TOKEN" not in output  # ...without the token in its query string

    second = start()
    try:
        healthy()
    finally:
        second.terminate()
        again = second.communicate(timeout=30)[0]
    assert "Demo doctor" not in again and password not in again


def test_readme_lists_every_setting():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert readme.index("make run") < readme.index("make test") < readme.index("## Settings")
    missing = [name for name in Settings.model_fields if f"`VCLINIC_{name.upper()}`" not in readme]
    assert not missing
