"""Patients for staff: search, open a record, record allergies and medications, access history.

Every function reads or writes a patient's data and appends the matching audit entry in the caller's
transaction, so a record is never read or changed without its trace (and a trace never outlives a
rolled-back change). Unknown patients give None and leave no trace: nothing was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from clinic_core import audit
from clinic_core.models import Allergy, Conversation, Medication, Patient, TriageRecord

MAX_PAGE = 100


@dataclass
class PatientRecord:
    patient: Patient
    conversations: list[Conversation]
    triage_records: list[TriageRecord]


def _like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` literally anywhere: % and _ typed by staff are not wildcards."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def _trace(session: AsyncSession, actor: str, action: str, patient_id: int, resource: str, purpose: str,
                 details: dict[str, Any] | None = None) -> None:
    await audit.append(session, actor=actor, action=action, patient_id=patient_id, resource=resource,
                       purpose=purpose, details=details or {})


async def load_patient(session: AsyncSession, patient_id: int) -> Patient | None:
    """A patient with allergies and medications loaded; for services only, it appends no audit entry."""
    query = (select(Patient).where(Patient.id == patient_id)
             .options(selectinload(Patient.allergies), selectinload(Patient.medications)))
    return await session.scalar(query)


async def search(session: AsyncSession, *, actor: str, purpose: str, q: str = "", limit: int = 50,
                 offset: int = 0) -> list[Patient]:
    """Patients whose display name contains `q` (case-insensitive; all when empty), by name.

    Each patient shown gets its own audit entry, so their access history says who saw them in a list.
    """
    query = select(Patient).order_by(Patient.display_name, Patient.id)
    if q:
        query = query.where(Patient.display_name.ilike(_like_pattern(q), escape="\\"))
    patients = list(await session.scalars(query.limit(min(limit, MAX_PAGE)).offset(offset)))
    await audit.append_many(session, [
        {"actor": actor, "action": "patient.list", "patient_id": patient.id,
         "resource": f"Patient/{patient.id}", "purpose": purpose, "details": {"search": bool(q)}}
        for patient in patients])
    return patients


async def open_record(session: AsyncSession, *, actor: str, purpose: str,
                      patient_id: int) -> PatientRecord | None:
    """One patient with allergies, medications, conversations and triage records (newest first)."""
    patient = await load_patient(session, patient_id)
    if patient is None:
        return None
    conversations = await session.scalars(
        select(Conversation).where(Conversation.patient_id == patient_id)
        .order_by(Conversation.created_at.desc(), Conversation.id.desc()))
    triage = await session.scalars(
        select(TriageRecord).where(TriageRecord.patient_id == patient_id)
        .order_by(TriageRecord.created_at.desc(), TriageRecord.id.desc()))
    await _trace(session, actor, "patient.read", patient_id, f"Patient/{patient_id}", purpose)
    return PatientRecord(patient, list(conversations), list(triage))


async def add_allergy(session: AsyncSession, *, actor: str, purpose: str, patient_id: int, substance: str,
                      reaction: str = "") -> Allergy | None:
    if await session.get(Patient, patient_id) is None:
        return None
    allergy = Allergy(patient_id=patient_id, substance=substance, reaction=reaction, recorded_by=actor)
    session.add(allergy)
    await session.flush()
    await _trace(session, actor, "allergy.create", patient_id, f"AllergyIntolerance/{allergy.id}", purpose)
    return allergy


async def add_medication(session: AsyncSession, *, actor: str, purpose: str, patient_id: int, name: str,
                         dosage: str = "") -> Medication | None:
    if await session.get(Patient, patient_id) is None:
        return None
    medication = Medication(patient_id=patient_id, name=name, dosage=dosage, recorded_by=actor)
    session.add(medication)
    await session.flush()
    await _trace(session, actor, "medication.create", patient_id, f"MedicationStatement/{medication.id}",
                 purpose)
    return medication


async def access_history(session: AsyncSession, *, actor: str, purpose: str, patient_id: int,
                         limit: int, before_seq: int | None = None) -> list[Any] | None:
    """Who touched this patient's data, when, what and why, a page at a time (a long-followed patient has
    thousands of entries); looking at it is itself an access."""
    if await session.get(Patient, patient_id) is None:
        return None
    entries = await audit.access_history(session, patient_id, limit, before_seq)
    await _trace(session, actor, "access_log.read", patient_id, f"Patient/{patient_id}/access-log", purpose)
    return entries
