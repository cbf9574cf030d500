"""Staff accounts and logins: argon2id password hashes, random tokens kept only as SHA-256, throttling.

A login gives either a session cookie (browsers: the handoff console) or a bearer token (API clients);
each token only works in the form it was issued for. Failed logins are counted per account and per
address in the database so that every worker sees the same counts.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core.db import Database
from clinic_core.models import STAFF_ROLES, LoginThrottle, Staff, StaffToken
from clinic_core.settings import Settings

# argon2-cffi's defaults are RFC 9106's low-memory argon2id profile. Tests swap in a cheap hasher here
# (or pass `hasher=`); verification always uses the parameters stored in each hash.
PASSWORD_HASHER = PasswordHasher()
SESSION_COOKIE = "vclinic_session"
MIN_PASSWORD_LENGTH = 10
DEMO_DOCTOR_EMAIL = "doctor@vclinic.local"
TokenKind = Literal["cookie", "bearer"]
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")


def _now() -> datetime:
    return datetime.now(UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def hash_password(password: str, hasher: PasswordHasher | None = None) -> str:
    return (hasher or PASSWORD_HASHER).hash(password)


@lru_cache
def _dummy_hash(time_cost: int, memory_cost: int, parallelism: int) -> str:
    """A hash to verify against when the account does not exist, so timing does not reveal accounts."""
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)
    return hasher.hash(secrets.token_urlsafe(16))


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return PASSWORD_HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def create_staff(session: AsyncSession, email: str, role: str, password: str, *,
                       display_name: str = "", hasher: PasswordHasher | None = None) -> Staff:
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}")
    password_hash = await asyncio.to_thread(hash_password, password, hasher)
    staff = Staff(email=normalize_email(email), role=role, display_name=display_name,
                  password_hash=password_hash)
    session.add(staff)
    await session.flush()
    return staff


async def ensure_demo_doctor(session: AsyncSession, *,
                             hasher: PasswordHasher | None = None) -> tuple[str, str] | None:
    """On a clinic with no staff yet, create a doctor with a fresh random password, returned once to print."""
    if await session.scalar(select(func.count()).select_from(Staff)):
        return None
    password = secrets.token_urlsafe(15)
    await create_staff(session, DEMO_DOCTOR_EMAIL, "doctor", password, display_name="Demo doctor",
                       hasher=hasher)
    return DEMO_DOCTOR_EMAIL, password


async def create_staff_command(db: Database, email: str, role: str, password: str,
                               *, hasher: PasswordHasher | None = None) -> tuple[int, str]:
    """`vclinic staff create`: (exit code, one line to print)."""
    email = normalize_email(email)
    if role not in STAFF_ROLES:
        return 2, f"role must be one of: {', '.join(STAFF_ROLES)}"
    if len(email) > 320 or not _EMAIL.match(email):
        return 2, "e-mail must look like name@example.org"
    if len(password) < MIN_PASSWORD_LENGTH:
        return 2, f"password must have at least {MIN_PASSWORD_LENGTH} characters"
    try:
        async with db.transaction() as session:
            staff = await create_staff(session, email, role, password, hasher=hasher)
    except IntegrityError:
        return 1, f"a staff account with e-mail {email} already exists"
    return 0, f"created {role} {email} (id {staff.id})"


@dataclass
class LoginResult:
    staff: Staff | None = None
    token: str | None = None
    expires_at: datetime | None = None
    retry_after: int | None = None  # set when throttled


def _insert(session: AsyncSession):
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


async def _throttle_row(session: AsyncSession, key: str, now: datetime) -> LoginThrottle:
    """The throttle row for key, created if needed and locked for this transaction."""
    stmt = _insert(session)(LoginThrottle).values(key=key, failures=0, updated_at=now)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
    query = select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()
    return (await session.execute(query.execution_options(populate_existing=True))).scalar_one()


async def _reserve_attempt(session: AsyncSession, settings: Settings, keys: list[str],
                           now: datetime) -> int | None:
    """Count this attempt as a failure up front, so parallel guesses cannot slip past the limit.

    Returns the seconds to wait when a key is locked (the attempt is then refused and not counted).
    """
    rows = [await _throttle_row(session, key, now) for key in keys]
    locks = [row.locked_until for row in rows if row.locked_until and row.locked_until > now]
    if locks:
        return max(1, math.ceil((max(locks) - now).total_seconds()))
    window = timedelta(seconds=settings.login_lockout_seconds)
    for row in rows:
        if row.locked_until is not None or row.updated_at < now - window:  # lock served or failures stale
            row.failures, row.locked_until = 0, None
        row.failures += 1
        row.updated_at = now
        if row.failures >= settings.login_max_failures:
            row.locked_until = now + window
    return None


async def _release_attempt(session: AsyncSession, settings: Settings, account_key: str, address_key: str,
                           now: datetime) -> None:
    """A successful login clears its account's failures and gives back the address's reserved one."""
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == account_key))
    row = await _throttle_row(session, address_key, now)
    row.failures = max(0, row.failures - 1)
    if row.failures < settings.login_max_failures:
        row.locked_until = None


async def login(db: Database, settings: Settings, email: str, password: str, address: str,
                kind: TokenKind) -> LoginResult:
    """Check a password and issue a token. Work is split in three steps so that the slow hash check
    holds no database lock: reserve the attempt, verify, then issue the token or leave the failure counted."""
    email = normalize_email(email)
    account_key, address_key = f"account:{email}"[:400], f"address:{address}"[:400]
    now = _now()
    async with db.transaction() as session:
        retry_after = await _reserve_attempt(session, settings, [account_key, address_key], now)
        staff = None if retry_after else await session.scalar(select(Staff).where(Staff.email == email))
    if retry_after:
        return LoginResult(retry_after=retry_after)
    if staff is not None and staff.active:
        stored = staff.password_hash
    else:
        h = PASSWORD_HASHER
        stored = _dummy_hash(h.time_cost, h.memory_cost, h.parallelism)
    ok = await asyncio.to_thread(_verify, stored, password) and staff is not None and staff.active
    if not ok:
        return LoginResult()
    token = secrets.token_urlsafe(32)
    expires_at = now + timedelta(hours=settings.session_hours)
    async with db.transaction() as session:
        await _release_attempt(session, settings, account_key, address_key, now)
        session.add(StaffToken(token_hash=token_hash(token), staff_id=staff.id, kind=kind,
                               created_at=now, expires_at=expires_at))
    return LoginResult(staff=staff, token=token, expires_at=expires_at)


async def staff_for_token(session: AsyncSession, token: str, kind: TokenKind) -> Staff | None:
    """The active staff member a live token of this kind belongs to; expired tokens are deleted."""
    row = await session.get(StaffToken, token_hash(token))
    if row is None or row.kind != kind:
        return None
    if row.expires_at <= _now():
        await session.delete(row)
        return None
    return row.staff if row.staff.active else None


async def logout(session: AsyncSession, token: str) -> None:
    await session.execute(delete(StaffToken).where(StaffToken.token_hash == token_hash(token)))


def presented_token(request: Request) -> tuple[str, TokenKind] | None:
    """The token a request carries: `Authorization: Bearer` first, else the session cookie."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip(), "bearer"
    cookie = request.cookies.get(SESSION_COOKIE)
    return (cookie, "cookie") if cookie else None


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


async def current_staff(request: Request) -> Staff:
    """FastAPI dependency: the logged-in staff member, or 401."""
    presented = presented_token(request)
    if presented is None:
        raise _unauthorized("Log in first.")
    async with request.app.state.db.transaction() as session:
        staff = await staff_for_token(session, *presented)
    if staff is None:
        raise _unauthorized("The session or token is invalid or has expired.")
    return staff


def require_role(*roles: str):
    """FastAPI dependency factory: the logged-in staff member if their role is one of `roles`, else 403."""

    async def dependency(request: Request) -> Staff:
        staff = await current_staff(request)
        if staff.role not in roles:
            raise HTTPException(403, f"This needs one of the roles: {', '.join(roles)}.")
        return staff

    return dependency


def cookie_secure(settings: Settings) -> bool:
    return settings.public_url.startswith("https")
