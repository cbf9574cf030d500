"""Staff login by cookie and bearer token, throttling, token expiry and forgery, roles, accounts."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from argon2 import Type
from credentials import CHEAP, PASSWORD
from fastapi import FastAPI
from sqlalchemy import func, select, update

from clinic_core import auth
from clinic_core.db import Database
from clinic_core.models import LoginThrottle, Staff, StaffToken


@pytest.fixture
def make_app(make_app):
    """Three failed logins before a pause, to test the throttle quickly."""
    return lambda **overrides: make_app(login_max_failures=3, **overrides)


def client(app: FastAPI, address: str = "10.0.0.1") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://clinic.test")



@pytest.fixture
async def staff(db) -> dict[str, Staff]:
    async with db.transaction() as session:
        return {role: await auth.create_staff(session, f"{role}@clinic.test", role, PASSWORD)
                for role in ("doctor", "nurse", "admin")}


async def login(c: httpx.AsyncClient, email: str, password: str = PASSWORD,
                kind: str = "cookie") -> httpx.Response:
    return await c.post("/api/auth/login", json={"email": email, "password": password, "as": kind})


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"] and "detail" in body
    return body


async def test_cookie_login_opens_a_session(db, staff, make_app):
    async with client(make_app()) as c:
        response = await login(c, "Doctor@Clinic.test")
        assert response.status_code == 200
        assert response.json()["staff"]["role"] == "doctor"
        assert "access_token" not in response.json()
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
        me = await c.get("/api/auth/me")
        assert me.status_code == 200 and me.json()["email"] == "doctor@clinic.test"
        token = c.cookies[auth.SESSION_COOKIE]
    async with db.transaction() as session:
        stored = list(await session.scalars(select(StaffToken)))
    assert [t.token_hash for t in stored] == [hashlib.sha256(token.encode()).hexdigest()]
    assert stored[0].kind == "cookie"


async def test_cookie_is_secure_behind_https(db, staff, make_app):
    async with client(make_app(public_url="https://clinic.example")) as c:
        response = await login(c, "nurse@clinic.test")
    assert response.status_code == 200
    assert "secure" in response.headers["set-cookie"].lower()


async def test_bearer_login_and_session_length(db, staff, make_app):
    async with client(make_app(session_hours=2)) as c:
        response = await login(c, "nurse@clinic.test", kind="bearer")
        assert response.status_code == 200 and "set-cookie" not in response.headers
        body = response.json()
        assert body["token_type"] == "bearer"
        expires = datetime.fromisoformat(body["expires_at"])
        assert timedelta(hours=1, minutes=59) < expires - datetime.now(UTC) <= timedelta(hours=2)
        me = await c.get("/api/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert me.json()["role"] == "nurse"
        # a bearer token is not a session cookie
        c.cookies.set(auth.SESSION_COOKIE, body["access_token"])
        assert_problem(await c.get("/api/auth/me"), 401)


async def test_wrong_password_and_unknown_account_look_the_same(db, staff, make_app):
    async with client(make_app()) as c:
        wrong = assert_problem(await login(c, "doctor@clinic.test", "not the password"), 401)
        unknown = assert_problem(await login(c, "nobody@clinic.test"), 401)
        assert wrong == unknown
        assert "set-cookie" not in (await login(c, "doctor@clinic.test", "nope")).headers
        assert_problem(await c.get("/api/auth/me"), 401)


async def test_deactivated_staff_cannot_log_in_or_use_old_tokens(db, staff, make_app):
    async with client(make_app()) as c:
        token = (await login(c, "nurse@clinic.test", kind="bearer")).json()["access_token"]
        async with db.transaction() as session:
            await session.execute(update(Staff).where(Staff.role == "nurse").values(active=False))
        assert_problem(await c.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}), 401)
        assert_problem(await login(c, "nurse@clinic.test"), 401)


async def test_logout_revokes_the_token(db, staff, make_app):
    async with client(make_app()) as c:
        assert (await login(c, "doctor@clinic.test")).status_code == 200
        token = c.cookies[auth.SESSION_COOKIE]
        assert (await c.post("/api/auth/logout")).status_code == 204
        assert auth.SESSION_COOKIE not in c.cookies
        c.cookies.set(auth.SESSION_COOKIE, token)  # a copy kept by an attacker
        assert_problem(await c.get("/api/auth/me"), 401)


async def test_account_locked_after_failures_from_any_address(db, staff, make_app):
    app = make_app()
    for n in range(3):
        async with client(app, f"10.0.1.{n}") as c:
            assert_problem(await login(c, "doctor@clinic.test", "guess"), 401)
    async with client(app, "10.0.2.1") as c:
        locked = await login(c, "doctor@clinic.test")  # even the right password waits
        assert_problem(locked, 429)
        assert 0 < int(locked.headers["Retry-After"]) <= 300
        assert (await login(c, "nurse@clinic.test")).status_code == 200  # other accounts unaffected
    async with db.transaction() as session:  # the lockout has passed
        await session.execute(update(LoginThrottle).values(locked_until=datetime.now(UTC) - timedelta(1)))
    async with client(app, "10.0.2.1") as c:
        assert (await login(c, "doctor@clinic.test")).status_code == 200


async def test_address_locked_after_failures_on_any_account(db, staff, make_app):
    app = make_app()
    async with client(app, "10.0.3.1") as c:
        for email in ("doctor@clinic.test", "nurse@clinic.test", "someone@clinic.test"):
            assert_problem(await login(c, email, "guess"), 401)
        assert_problem(await login(c, "admin@clinic.test"), 429)
    async with client(app, "10.0.3.2") as c:
        assert (await login(c, "admin@clinic.test")).status_code == 200


async def test_success_clears_the_account_failures(db, staff, make_app):
    app = make_app()
    async with client(app, "10.0.4.1") as c:
        assert_problem(await login(c, "doctor@clinic.test", "guess"), 401)
        assert_problem(await login(c, "doctor@clinic.test", "guess"), 401)
        assert (await login(c, "doctor@clinic.test")).status_code == 200
    async with client(app, "10.0.4.2") as c:
        assert_problem(await login(c, "doctor@clinic.test", "guess"), 401)
        assert_problem(await login(c, "doctor@clinic.test", "guess"), 401)
        assert (await login(c, "doctor@clinic.test")).status_code == 200


async def test_parallel_guesses_cannot_pass_the_limit(db, staff, make_app):
    async with client(make_app()) as c:
        responses = await asyncio.gather(*(login(c, "doctor@clinic.test", f"guess {n}") for n in range(8)))
    assert sorted(r.status_code for r in responses) == [401] * 3 + [429] * 5


async def test_expired_and_forged_tokens_are_refused(db, staff, make_app):
    async with client(make_app()) as c:
        token = (await login(c, "doctor@clinic.test", kind="bearer")).json()["access_token"]
        for forged in ("x" * 43, token[:-2] + "AA", "", "Bearer"):
            assert_problem(await c.get("/api/auth/me", headers={"Authorization": f"Bearer {forged}"}), 401)
        assert (await c.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})).status_code == 200
        async with db.transaction() as session:
            await session.execute(update(StaffToken).values(expires_at=datetime.now(UTC) - timedelta(0, 1)))
        expired = await c.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert_problem(expired, 401)
        assert expired.headers["WWW-Authenticate"] == "Bearer"
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(StaffToken)) == 0  # expired ones go away


async def test_roles_guard_patient_routes(db, staff, make_app):
    async with client(make_app()) as c:
        body = assert_problem(await c.get("/api/patients"), 401)
        assert "log in" in body["detail"].lower()
        for role, status in (("doctor", 200), ("nurse", 200), ("admin", 403)):
            token = (await login(c, f"{role}@clinic.test", kind="bearer")).json()["access_token"]
            response = await c.get("/api/patients", headers={"Authorization": f"Bearer {token}"})
            if status == 200:
                assert response.status_code == 200 and response.json() == []
            else:
                assert_problem(response, 403)


async def test_demo_doctor_is_created_once_with_a_fresh_password(db, tmp_path, make_app):
    async with db.transaction() as session:
        email, password = await auth.ensure_demo_doctor(session, hasher=CHEAP)
    async with db.transaction() as session:
        assert await auth.ensure_demo_doctor(session, hasher=CHEAP) is None
    other = Database(f"sqlite+aiosqlite:///{tmp_path / 'other.db'}")
    async with other.engine.begin() as conn:
        await conn.run_sync(Staff.metadata.create_all)
    async with other.transaction() as session:
        _, other_password = await auth.ensure_demo_doctor(session, hasher=CHEAP)
    await other.dispose()
    assert len(password) >= 16 and password != other_password
    async with client(make_app()) as c:
        response = await login(c, email, password)
    assert response.status_code == 200 and response.json()["staff"]["role"] == "doctor"


async def test_staff_create_command_validates_and_hashes(db):
    cases = [
        ("a@clinic.test", "surgeon", PASSWORD, 2),
        ("not-an-email", "nurse", PASSWORD, 2),
        ("b@clinic.test", "nurse", "short", 2),
        ("C@Clinic.test", "nurse", PASSWORD, 0),
        ("c@clinic.test", "doctor", PASSWORD, 1),
    ]
    for email, role, password, expected in cases:
        code, line = await auth.create_staff_command(db, email, role, password, hasher=CHEAP)
        assert code == expected, line
        assert PASSWORD not in line
    async with db.transaction() as session:
        rows = list(await session.scalars(select(Staff)))
    assert [(s.email, s.role) for s in rows] == [("c@clinic.test", "nurse")]
    assert rows[0].password_hash.startswith("$argon2id$") and PASSWORD not in rows[0].password_hash


def test_real_password_hashes_use_argon2id_with_rfc9106_parameters(monkeypatch):
    monkeypatch.undo()  # the module's own hasher, not the tests' cheap one
    hasher = auth.PASSWORD_HASHER
    assert (hasher.type, hasher.memory_cost, hasher.time_cost) == (Type.ID, 65536, 3)
