"""One-time link codes: a patient known on one channel joins another channel's identity to the same record.

Staff issue a code (only its SHA-256 is kept); the patient types it on the other channel (`/link CODE`); the
identity and its conversations there move to the coded patient, once, before the code expires.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit
from clinic_core.models import Conversation, FollowUp, LinkCode, Patient, PatientIdentity, TriageRecord, utcnow

LINK_CODE_TTL = timedelta(hours=24)
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_LENGTH = 10


class LinkOutcome(StrEnum):
    LINKED = "linked"
    INVALID = "invalid"  # unknown or already used
    EXPIRED = "expired"


def normalize(code: str) -> str:
    """Codes are read aloud and retyped: case, spaces and dashes do not matter."""
    return "".join(c for c in code.upper() if c.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize(code).encode()).hexdigest()


async def issue_link_code(session: AsyncSession, patient_id: int, *, actor: str, purpose: str = "care",
                          ttl: timedelta = LINK_CODE_TTL) -> tuple[str, datetime] | None:
    """A new code for this patient and when it expires; None for an unknown patient."""
    if await session.get(Patient, patient_id) is None:
        return None
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    expires_at = utcnow() + ttl
    session.add(LinkCode(code_hash=code_hash(code), patient_id=patient_id, expires_at=expires_at))
    await audit.append(session, actor=actor, action="link_code.issue", patient_id=patient_id,
                       resource="link_code", purpose=purpose)
    return code, expires_at


async def redeem_link_code(session: AsyncSession, code: str, *, patient_id: int, channel: str) -> LinkOutcome:
    """Move `patient_id`'s identity on `channel` (and its conversations, triage records and follow-ups there)
    to the patient the code was issued for. The code is spent even when the two patients are the same.
    What the first record holds beyond this channel (consents, allergies, other channels) stays with it."""
    link = await session.get(LinkCode, code_hash(code), with_for_update=True)
    if link is None or link.used_at is not None:
        return LinkOutcome.INVALID
    if link.expires_at <= utcnow():
        return LinkOutcome.EXPIRED
    link.used_at = utcnow()
    target = link.patient_id
    moved = list(await session.scalars(
        select(Conversation.id).where(Conversation.patient_id == patient_id, Conversation.channel == channel)))
    await session.execute(
        update(PatientIdentity)
        .where(PatientIdentity.patient_id == patient_id, PatientIdentity.channel == channel)
        .values(patient_id=target))
    # One open conversation per patient and channel: the moved one (where the patient is talking) stays open.
    await session.execute(
        update(Conversation)
        .where(Conversation.patient_id == target, Conversation.channel == channel, Conversation.status == "open",
               Conversation.id.not_in(moved))
        .values(status="closed"))
    await session.execute(update(Conversation).where(Conversation.id.in_(moved)).values(patient_id=target))
    for model in (TriageRecord, FollowUp):
        await session.execute(update(model).where(model.conversation_id.in_(moved)).values(patient_id=target))
    # Both records' histories show the move: what left one patient and what joined the other.
    await audit.append_many(session, [
        {"actor": f"patient:{patient_id}", "action": "identity.unlink", "patient_id": patient_id,
         "resource": f"identity/{channel}", "purpose": "care", "details": {"to_patient": target, "moved": moved}},
        {"actor": f"patient:{patient_id}", "action": "identity.link", "patient_id": target,
         "resource": f"identity/{channel}", "purpose": "care", "details": {"from_patient": patient_id, "moved": moved}},
    ])
    return LinkOutcome.LINKED
