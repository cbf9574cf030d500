"""Link codes: staff issue a one-time code; typed on another channel it joins that identity to the record."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from argon2 import PasswordHasher
from credentials import PASSWORD
from sqlalchemy import func, select

from clinic_core import audit, auth, identities, inbox
from clinic_core.identities import LinkOutcome
from clinic_core.inbox import InboundMessage
from clinic_core.models import AuditEntry, Conversation, FollowUp, Patient, PatientIdentity, TriageRecord, utcnow
from clinic_core.settings import Settings
from vclinic.app import create_app


@pytest.fixture
def client(db, tmp_path, monkeypatch):
    monkeypatch.setattr(auth, "PASSWORD_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    app = create_app(Settings(_env_file=None, database_url=db.url, var_dir=tmp_path))
    app.state.db = db
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://clinic.test")


async def _patient(db) -> int:
    async with db.transaction() as session:
        patient = Patient(display_name="Kim Minji")
        session.add(patient)
        await session.flush()
        return patient.id


async def test_a_doctor_issues_a_code_that_joins_a_telegram_identity_once(db, client):
    patient_id = await _patient(db)
    async with db.transaction() as session:
        await auth.create_staff(session, "doctor@clinic.test", "doctor", PASSWORD)
    async with client:
        assert (await client.post(f"/api/patients/{patient_id}/link-code")).status_code == 401
        await client.post("/api/auth/login", json={"email": "doctor@clinic.test", "password": PASSWORD})
        response = await client.post(f"/api/patients/{patient_id}/link-code")
        assert (await client.post("/api/patients/999999/link-code")).status_code == 404
    assert response.status_code == 201
    code = response.json()["code"]

    stranger = await inbox.record(db, InboundMessage("telegram", "chat-77", "update-1", text="hi"))
    assert stranger.patient_id != patient_id
    async with db.transaction() as session:
        session.add_all([
            TriageRecord(patient_id=stranger.patient_id, conversation_id=stranger.conversation_id, level="routine"),
            FollowUp(patient_id=stranger.patient_id, conversation_id=stranger.conversation_id, kind="check_in",
                     due_at=utcnow()),
        ])
    loosely_typed = f" {code[:5].lower()}-{code[5:].lower()} "
    async with db.transaction() as session:
        first = await identities.redeem_link_code(session, loosely_typed, patient_id=stranger.patient_id,
                                                  channel="telegram")
    async with db.transaction() as session:
        again = await identities.redeem_link_code(session, code, patient_id=stranger.patient_id, channel="telegram")
        owner = await session.scalar(select(PatientIdentity.patient_id).where(PatientIdentity.external_id == "chat-77"))
        issued = await session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "link_code.issue", AuditEntry.patient_id == patient_id))
        moved = [await session.scalar(select(model.patient_id).where(model.conversation_id == stranger.conversation_id))
                 for model in (TriageRecord, FollowUp)]
        conversation_owner = await session.scalar(
            select(Conversation.patient_id).where(Conversation.id == stranger.conversation_id))
        histories = {patient: [e.action for e in await audit.access_history(session, patient)]
                     for patient in (patient_id, stranger.patient_id)}
    assert (first, again) == (LinkOutcome.LINKED, LinkOutcome.INVALID)
    assert owner == conversation_owner == patient_id
    assert moved == [patient_id, patient_id]  # the triage record and follow-up went with the conversation
    assert issued == 1
    assert "identity.link" in histories[patient_id] and "identity.unlink" in histories[stranger.patient_id]


async def test_an_expired_code_links_nothing(db):
    patient_id = await _patient(db)
    stranger = await inbox.record(db, InboundMessage("telegram", "chat-78", "update-1", text="hi"))
    async with db.transaction() as session:
        code, _ = await identities.issue_link_code(session, patient_id, actor="staff:1", ttl=timedelta(seconds=-1))
    async with db.transaction() as session:
        outcome = await identities.redeem_link_code(session, code, patient_id=stranger.patient_id, channel="telegram")
        owner = await session.scalar(select(PatientIdentity.patient_id).where(PatientIdentity.external_id == "chat-78"))
    assert outcome is LinkOutcome.EXPIRED
    assert owner == stranger.patient_id
