"""FHIR export: a valid R4 Bundle of Patient, AllergyIntolerance and MedicationStatement."""

from __future__ import annotations

import httpx
from credentials import PASSWORD
from fastapi import FastAPI
from fhir.resources.R4B.bundle import Bundle

from clinic_core import auth, fhir
from clinic_core.db import Database
from clinic_core.models import Allergy, Medication, Patient, Staff


async def export(db: Database, app: FastAPI, patient_id: int) -> httpx.Response:
    async with db.transaction() as session:
        if not await session.get(Staff, 1):
            await auth.create_staff(session, "doctor@clinic.test", "doctor", PASSWORD)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://clinic.test") as c:
        await c.post("/api/auth/login", json={"email": "doctor@clinic.test", "password": PASSWORD})
        return await c.get(f"/api/patients/{patient_id}/fhir")


async def add_patient(db: Database, patient: Patient, allergies=(), medications=()) -> int:
    async with db.transaction() as session:
        session.add(patient)
        await session.flush()
        session.add_all(Allergy(patient_id=patient.id, substance=s, reaction=r, recorded_by="staff:1")
                        for s, r in allergies)
        session.add_all(Medication(patient_id=patient.id, name=n, dosage=d, recorded_by="staff:1")
                        for n, d in medications)
        return patient.id


async def test_full_record_exports_as_a_valid_r4_bundle(db, app):
    patient_id = await add_patient(
        db, Patient(display_name="山田 花子", birth_year=1975, sex="female", preferred_language="ja",
                    country="JP"),
        allergies=[("penicillin", "hives"), ("latex", "")],
        medications=[("amlodipine", "5 mg daily"), ("aspirin", "")])
    response = await export(db, app, patient_id)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(fhir.MEDIA_TYPE)
    bundle = Bundle.model_validate(response.json())
    assert bundle.type == "collection"
    resources = [entry.resource for entry in bundle.entry]
    assert [r.get_resource_type() for r in resources] == [
        "Patient", "AllergyIntolerance", "AllergyIntolerance", "MedicationStatement", "MedicationStatement"]
    patient, penicillin, latex, amlodipine, aspirin = resources
    assert patient.name[0].text == "山田 花子" and patient.gender == "female"
    assert str(patient.birthDate) == "1975"
    assert patient.communication[0].language.coding[0].code == "ja" and patient.address[0].country == "JP"
    patient_url = bundle.entry[0].fullUrl
    assert {penicillin.patient.reference, latex.patient.reference} == {patient_url}
    assert {amlodipine.subject.reference, aspirin.subject.reference} == {patient_url}
    assert penicillin.code.text == "penicillin" and penicillin.reaction[0].manifestation[0].text == "hives"
    assert latex.reaction is None
    assert amlodipine.medicationCodeableConcept.text == "amlodipine" and amlodipine.status == "active"
    assert amlodipine.dosage[0].text == "5 mg daily" and aspirin.dosage is None
    assert len({entry.fullUrl for entry in bundle.entry}) == 5


async def test_sparse_patient_is_still_valid(db, app):
    patient_id = await add_patient(db, Patient())
    bundle = Bundle.model_validate((await export(db, app, patient_id)).json())
    [entry] = bundle.entry
    assert entry.resource.get_resource_type() == "Patient"
    assert entry.resource.gender == "unknown" and entry.resource.name is None
    again = Bundle.model_validate((await export(db, app, patient_id)).json())
    assert again.entry[0].fullUrl == entry.fullUrl  # the same patient, the same identity in every export


async def test_unknown_patient_is_a_404_problem(db, app):
    response = await export(db, app, 999)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
