"""Export a patient as a FHIR R4 Bundle (type collection): Patient, AllergyIntolerance, MedicationStatement.

Resources are plain dicts (no FHIR library at run time). Each entry's fullUrl is a stable urn:uuid derived
from the resource's type and id, so references resolve inside the bundle wherever it is sent.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit
from clinic_core.models import Allergy, Medication, Patient
from clinic_core.patients import load_patient

MEDIA_TYPE = "application/fhir+json"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/vclinic/vclinic/fhir")
_GENDERS = {"female": "female", "male": "male", "other": "other"}
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"


def _full_url(resource_type: str, resource_id: int) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{resource_type}/{resource_id}')}"


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def patient_resource(patient: Patient) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": str(patient.id),
        "gender": _GENDERS.get(patient.sex or "", "unknown"),
    }
    if patient.display_name:
        resource["name"] = [{"text": patient.display_name}]
    if patient.birth_year:
        resource["birthDate"] = f"{patient.birth_year:04d}"
    if patient.country:
        resource["address"] = [{"country": patient.country}]
    if patient.preferred_language:
        language = {"coding": [{"system": "urn:ietf:bcp:47", "code": patient.preferred_language}]}
        resource["communication"] = [{"language": language, "preferred": True}]
    return resource


def allergy_resource(allergy: Allergy, patient_url: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "AllergyIntolerance",
        "id": str(allergy.id),
        "clinicalStatus": {"coding": [{"system": _ALLERGY_CLINICAL, "code": "active"}]},
        "code": {"text": allergy.substance},
        "patient": {"reference": patient_url},
        "recordedDate": _instant(allergy.recorded_at),
    }
    if allergy.reaction:
        resource["reaction"] = [{"manifestation": [{"text": allergy.reaction}]}]
    return resource


def medication_resource(medication: Medication, patient_url: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": str(medication.id),
        "status": "active",
        "medicationCodeableConcept": {"text": medication.name},
        "subject": {"reference": patient_url},
        "dateAsserted": _instant(medication.recorded_at),
    }
    if medication.dosage:
        resource["dosage"] = [{"text": medication.dosage}]
    return resource


def patient_bundle(patient: Patient, now: datetime | None = None) -> dict[str, Any]:
    """The bundle for a patient whose allergies and medications are loaded."""
    patient_url = _full_url("Patient", patient.id)
    entries = [{"fullUrl": patient_url, "resource": patient_resource(patient)}]
    entries += [{"fullUrl": _full_url("AllergyIntolerance", a.id),
                 "resource": allergy_resource(a, patient_url)} for a in patient.allergies]
    entries += [{"fullUrl": _full_url("MedicationStatement", m.id),
                 "resource": medication_resource(m, patient_url)} for m in patient.medications]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _instant(now or datetime.now(UTC)),
        "entry": entries,
    }


async def export_patient(session: AsyncSession, *, actor: str, purpose: str,
                         patient_id: int) -> dict[str, Any] | None:
    """The patient's bundle, with its audit entry; None for an unknown patient."""
    patient = await load_patient(session, patient_id)
    if patient is None:
        return None
    await audit.append(session, actor=actor, action="patient.export", patient_id=patient_id,
                       resource=f"Patient/{patient_id}", purpose=purpose, details={"format": "fhir-r4"})
    return patient_bundle(patient)
