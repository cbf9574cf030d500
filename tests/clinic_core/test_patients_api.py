"""The staff patient API: search, open a record, record allergies and medications, access history, audit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from credentials import PASSWORD
from fastapi import FastAPI
from sqlalchemy import func, select

from clinic_core import auth
from clinic_core.db import Database
from clinic_core.models import Allergy, AuditEntry, Conversation, Medication, Patient, TriageRecord

NAMES = ["Kim Minji", "O'Brien", "100% Kim", "a_b", "김민지", "Ann Lee"]




@pytest.fixture
async def ids(db) -> dict[str, int]:
    """Staff and patients; "Kim Minji" has a conversation, a triage record and an allergy."""
    async with db.transaction() as session:
        out = {role: (await auth.create_staff(session, f"{role}@clinic.test", role, PASSWORD)).id
               for role in ("doctor", "nurse", "admin")}
        for name in NAMES:
            patient = Patient(display_name=name, birth_year=1980, sex="female", preferred_language="ko",
                              country="KR")
            session.add(patient)
            await session.flush()
            out[name] = patient.id
        kim = out["Kim Minji"]
        conversation = Conversation(patient_id=kim, channel="telegram", language="ko")
        session.add(conversation)
        await session.flush()
        session.add(TriageRecord(patient_id=kim, conversation_id=conversation.id, level="urgent",
                                 reasons=["chest_pain"], symptoms=[{"id": "chest_pain", "present": True}]))
        session.add(Allergy(patient_id=kim, substance="penicillin", reaction="rash", recorded_by="staff:0"))
    return out


@asynccontextmanager
async def as_role(app: FastAPI, role: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client logged in with a bearer token as the staff member of that role."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://clinic.test") as c:
        response = await c.post("/api/auth/login", json={"email": f"{role}@clinic.test", "password": PASSWORD,
                                                         "as": "bearer"})
        c.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        yield c


async def audit_entries(db: Database) -> list[AuditEntry]:
    async with db.transaction() as session:
        return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


async def counts(db: Database) -> tuple[int, ...]:
    async with db.transaction() as session:
        return tuple([await session.scalar(select(func.count()).select_from(t))
                      for t in (Patient, Allergy, Medication, AuditEntry)])


async def test_list_and_search_by_name(db, app, ids):
    async with as_role(app, "nurse") as c:
        everyone = (await c.get("/api/patients")).json()
        assert [p["display_name"] for p in everyone] == sorted(NAMES)
        kims = (await c.get("/api/patients", params={"q": "kim"})).json()
        assert {p["display_name"] for p in kims} == {"Kim Minji", "100% Kim"}
        hangul = (await c.get("/api/patients", params={"q": "민지"})).json()
        assert [p["display_name"] for p in hangul] == ["김민지"]
        page = (await c.get("/api/patients", params={"limit": 2, "offset": 2})).json()
        assert [p["display_name"] for p in page] == sorted(NAMES)[2:4]


@pytest.mark.parametrize(("q", "expected"), [
    ("' OR '1'='1", []),
    ("'; DROP TABLE patients; --", []),
    ("%", ["100% Kim"]),
    ("_", ["a_b"]),
    ("\\", []),
    ("O'Bri", ["O'Brien"]),
    ("\" OR 1=1 --", []),
])
async def test_sql_ish_search_is_literal_and_writes_nothing(db, app, ids, q, expected):
    before = await counts(db)
    async with as_role(app, "doctor") as c:
        response = await c.get("/api/patients", params={"q": q})
    assert response.status_code == 200
    assert [p["display_name"] for p in response.json()] == expected
    patients, allergies, medications, audit = await counts(db)
    assert (patients, allergies, medications) == before[:3]
    assert audit == before[3] + len(expected)  # only the audit entries of the patients shown


async def test_listing_audits_each_patient_shown(db, app, ids):
    async with as_role(app, "nurse") as c:
        shown = (await c.get("/api/patients", params={"q": "kim", "purpose": "triage"})).json()
    entries = await audit_entries(db)
    assert {e.patient_id for e in entries} == {p["id"] for p in shown}
    nurse = f"staff:{ids['nurse']}"
    assert {(e.actor, e.action, e.purpose) for e in entries} == {(nurse, "patient.list", "triage")}


async def test_open_record_with_conversations_and_triage(db, app, ids):
    kim = ids["Kim Minji"]
    async with as_role(app, "doctor") as c:
        record = (await c.get(f"/api/patients/{kim}")).json()
    assert record["display_name"] == "Kim Minji" and record["preferred_language"] == "ko"
    assert [a["substance"] for a in record["allergies"]] == ["penicillin"]
    assert [(x["channel"], x["mode"]) for x in record["conversations"]] == [("telegram", "bot")]
    assert [(t["level"], t["reasons"]) for t in record["triage_records"]] == [("urgent", ["chest_pain"])]
    [entry] = await audit_entries(db)
    assert (entry.actor, entry.action, entry.patient_id, entry.purpose) == (
        f"staff:{ids['doctor']}", "patient.read", kim, "treatment")


async def test_record_allergy_and_medication(db, app, ids):
    patient = ids["Ann Lee"]
    async with as_role(app, "nurse") as c:
        allergy = await c.post(f"/api/patients/{patient}/allergies",
                               json={"substance": " peanuts ", "reaction": "anaphylaxis"})
        medication = await c.post(f"/api/patients/{patient}/medications",
                                  json={"name": "metformin", "dosage": "500 mg twice daily"})
        assert allergy.status_code == 201 and medication.status_code == 201
        assert allergy.json()["substance"] == "peanuts"
        assert allergy.json()["recorded_by"] == medication.json()["recorded_by"] == f"staff:{ids['nurse']}"
        record = (await c.get(f"/api/patients/{patient}")).json()
    assert [(a["substance"], a["reaction"]) for a in record["allergies"]] == [("peanuts", "anaphylaxis")]
    assert [(m["name"], m["dosage"]) for m in record["medications"]] == [("metformin", "500 mg twice daily")]
    actions = [(e.action, e.resource) for e in await audit_entries(db)]
    assert actions == [("allergy.create", f"AllergyIntolerance/{allergy.json()['id']}"),
                       ("medication.create", f"MedicationStatement/{medication.json()['id']}"),
                       ("patient.read", f"Patient/{patient}")]


async def test_access_history_says_who_when_what_why(db, app, ids):
    kim = ids["Kim Minji"]
    async with as_role(app, "doctor") as doctor:
        await doctor.get(f"/api/patients/{kim}", params={"purpose": "follow_up"})
        await doctor.get(f"/api/patients/{ids['Ann Lee']}")  # someone else's record
    async with as_role(app, "admin") as admin:
        history = (await admin.get(f"/api/patients/{kim}/access-log")).json()
        again = (await admin.get(f"/api/patients/{kim}/access-log")).json()
    assert [(h["actor"], h["action"], h["purpose"]) for h in history] == [
        (f"staff:{ids['doctor']}", "patient.read", "follow_up")]
    assert history[0]["time"] and history[0]["resource"] == f"Patient/{kim}"
    assert [h["action"] for h in again] == ["access_log.read", "patient.read"]  # newest first, reads included
    assert again[0]["actor"] == f"staff:{ids['admin']}"


async def test_a_long_access_history_comes_a_page_at_a_time(db, app, ids):
    kim = ids["Kim Minji"]
    async with as_role(app, "doctor") as doctor:
        for _ in range(5):
            await doctor.get(f"/api/patients/{kim}")
    async with as_role(app, "admin") as admin:
        first = (await admin.get(f"/api/patients/{kim}/access-log", params={"limit": 3})).json()
        rest = (await admin.get(f"/api/patients/{kim}/access-log",
                                params={"limit": 100, "before_seq": first[-1]["seq"]})).json()
        too_many = await admin.get(f"/api/patients/{kim}/access-log", params={"limit": 10_000})
    assert len(first) == 3 and first[0]["action"] == "patient.read"
    assert [h["action"] for h in rest] == ["patient.read"] * 2  # 5 reads in all, none twice or missing
    assert {h["seq"] for h in first}.isdisjoint(h["seq"] for h in rest)
    assert too_many.status_code == 422


@pytest.mark.parametrize("path", ["", "/fhir", "/access-log"])
async def test_every_read_leaves_an_audit_entry(db, app, ids, path):
    kim = ids["Kim Minji"]
    async with as_role(app, "doctor") as c:
        for n in range(1, 3):
            assert (await c.get(f"/api/patients/{kim}{path}")).status_code == 200
            entries = await audit_entries(db)
            assert len(entries) == n and entries[-1].patient_id == kim
            assert entries[-1].actor == f"staff:{ids['doctor']}"


async def test_admin_cannot_read_or_write_records(db, app, ids):
    kim = ids["Kim Minji"]
    before = await counts(db)
    async with as_role(app, "admin") as c:
        for response in (await c.get(f"/api/patients/{kim}"), await c.get(f"/api/patients/{kim}/fhir"),
                         await c.post(f"/api/patients/{kim}/allergies", json={"substance": "latex"})):
            assert response.status_code == 403
            assert response.headers["content-type"] == "application/problem+json"
            assert "Kim" not in response.text
    assert await counts(db) == before
