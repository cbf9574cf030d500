"""Staff API: login and the patient record. Routes check who is asking and call the services, which audit.

Patient data routes need a doctor or a nurse; the access log also answers admins (privacy officers).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from clinic_core import auth, fhir, identities, patients
from clinic_core.db import Database
from clinic_core.models import Staff

router = APIRouter(prefix="/api")

CLINICAL = ("doctor", "nurse")
Clinician = Annotated[Staff, Depends(auth.require_role(*CLINICAL))]
Auditor = Annotated[Staff, Depends(auth.require_role(*CLINICAL, "admin"))]
PatientId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Purpose = Annotated[str, Query(pattern=r"^[a-z][a-z_-]{0,39}$",
                               description="Why the record is accessed; written to the audit log.")]
Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class LoginIn(Strict):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    as_: Literal["cookie", "bearer"] = Field("cookie", alias="as")


class StaffOut(Out):
    id: int
    email: str
    display_name: str
    role: str


class LoginOut(BaseModel):
    staff: StaffOut
    expires_at: datetime
    access_token: str | None = None
    token_type: str | None = None


class PatientOut(Out):
    id: int
    display_name: str
    birth_year: int | None
    sex: str | None
    preferred_language: str | None
    country: str | None
    created_at: datetime


class AllergyIn(Strict):
    substance: Text200
    reaction: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] = ""


class AllergyOut(Out):
    id: int
    substance: str
    reaction: str
    recorded_by: str
    recorded_at: datetime


class MedicationIn(Strict):
    name: Text200
    dosage: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""


class MedicationOut(Out):
    id: int
    name: str
    dosage: str
    recorded_by: str
    recorded_at: datetime


class ConversationOut(Out):
    id: int
    channel: str
    language: str | None
    mode: str
    status: str
    assigned_staff_id: int | None
    created_at: datetime
    updated_at: datetime


class TriageOut(Out):
    id: int
    conversation_id: int | None
    level: str
    reasons: list[Any]
    symptoms: list[Any]
    red_flags: list[Any]
    summary: dict[str, Any]
    created_at: datetime


class PatientRecordOut(PatientOut):
    chronic_conditions: list[Any]
    allergies: list[AllergyOut]
    medications: list[MedicationOut]
    conversations: list[ConversationOut]
    triage_records: list[TriageOut]


class AccessEntryOut(Out):
    seq: int
    time: str
    actor: str
    action: str
    resource: str
    purpose: str


def _db(request: Request) -> Database:
    return request.app.state.db


def _actor(staff: Staff) -> str:
    return f"staff:{staff.id}"


def _not_found(patient_id: int) -> HTTPException:
    return HTTPException(404, f"There is no patient {patient_id}.")


@router.post("/auth/login", response_model=LoginOut, response_model_exclude_none=True)
async def login(body: LoginIn, request: Request, response: Response) -> LoginOut:
    settings = request.app.state.settings
    address = request.client.host if request.client else "unknown"
    result = await auth.login(_db(request), settings, body.email, body.password, address, body.as_)
    if result.retry_after is not None:
        raise HTTPException(429, "Too many failed logins; try again later.",
                            headers={"Retry-After": str(result.retry_after)})
    if result.token is None or result.staff is None or result.expires_at is None:
        raise HTTPException(401, "Wrong e-mail or password.")
    out = LoginOut(staff=StaffOut.model_validate(result.staff), expires_at=result.expires_at)
    if body.as_ == "bearer":
        out.access_token, out.token_type = result.token, "bearer"
    else:
        response.set_cookie(auth.SESSION_COOKIE, result.token, max_age=settings.session_hours * 3600,
                            httponly=True, samesite="lax", secure=auth.cookie_secure(settings), path="/")
    return out


@router.post("/auth/logout", status_code=204)
async def logout(request: Request, _staff: Annotated[Staff, Depends(auth.current_staff)]) -> Response:
    presented = auth.presented_token(request)
    if presented is not None:
        async with _db(request).transaction() as session:
            await auth.logout(session, presented[0])
    response = Response(status_code=204)
    response.delete_cookie(auth.SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=auth.cookie_secure(request.app.state.settings))
    return response


@router.get("/auth/me", response_model=StaffOut)
async def me(staff: Annotated[Staff, Depends(auth.current_staff)]) -> Staff:
    return staff


@router.get("/patients", response_model=list[PatientOut])
async def list_patients(request: Request, staff: Clinician,
                        q: Annotated[str, Query(max_length=200)] = "",
                        limit: Annotated[int, Query(ge=1, le=patients.MAX_PAGE)] = 50,
                        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
                        purpose: Purpose = "treatment") -> list[Any]:
    async with _db(request).transaction() as session:
        return await patients.search(session, actor=_actor(staff), purpose=purpose, q=q.strip(),
                                     limit=limit, offset=offset)


@router.get("/patients/{patient_id}", response_model=PatientRecordOut)
async def open_patient(request: Request, staff: Clinician, patient_id: PatientId,
                       purpose: Purpose = "treatment") -> PatientRecordOut:
    async with _db(request).transaction() as session:
        record = await patients.open_record(session, actor=_actor(staff), purpose=purpose,
                                            patient_id=patient_id)
    if record is None:
        raise _not_found(patient_id)
    p = record.patient
    return PatientRecordOut(
        **PatientOut.model_validate(p).model_dump(), chronic_conditions=p.chronic_conditions,
        allergies=[AllergyOut.model_validate(a) for a in p.allergies],
        medications=[MedicationOut.model_validate(m) for m in p.medications],
        conversations=[ConversationOut.model_validate(c) for c in record.conversations],
        triage_records=[TriageOut.model_validate(t) for t in record.triage_records],
    )


@router.post("/patients/{patient_id}/allergies", response_model=AllergyOut, status_code=201)
async def add_allergy(request: Request, staff: Clinician, patient_id: PatientId, body: AllergyIn,
                      purpose: Purpose = "treatment") -> Any:
    async with _db(request).transaction() as session:
        allergy = await patients.add_allergy(session, actor=_actor(staff), purpose=purpose,
                                             patient_id=patient_id, substance=body.substance,
                                             reaction=body.reaction)
    if allergy is None:
        raise _not_found(patient_id)
    return allergy


@router.post("/patients/{patient_id}/medications", response_model=MedicationOut, status_code=201)
async def add_medication(request: Request, staff: Clinician, patient_id: PatientId, body: MedicationIn,
                         purpose: Purpose = "treatment") -> Any:
    async with _db(request).transaction() as session:
        medication = await patients.add_medication(session, actor=_actor(staff), purpose=purpose,
                                                   patient_id=patient_id, name=body.name, dosage=body.dosage)
    if medication is None:
        raise _not_found(patient_id)
    return medication


class LinkCodeOut(BaseModel):
    code: str
    expires_at: datetime


@router.post("/patients/{patient_id}/link-code", response_model=LinkCodeOut, status_code=201)
async def issue_link_code(request: Request, staff: Clinician, patient_id: PatientId,
                          purpose: Purpose = "care") -> Any:
    """A one-time code the patient types (`/link CODE`) on another channel to join it to this record."""
    async with _db(request).transaction() as session:
        issued = await identities.issue_link_code(session, patient_id, actor=_actor(staff), purpose=purpose)
    if issued is None:
        raise _not_found(patient_id)
    code, expires_at = issued
    return LinkCodeOut(code=code, expires_at=expires_at)


@router.get("/patients/{patient_id}/access-log", response_model=list[AccessEntryOut])
async def access_log(request: Request, staff: Auditor, patient_id: PatientId,
                     purpose: Purpose = "operations", limit: Annotated[int, Query(ge=1, le=500)] = 100,
                     before_seq: Annotated[int | None, Query(ge=1)] = None) -> Any:
    async with _db(request).transaction() as session:
        entries = await patients.access_history(session, actor=_actor(staff), purpose=purpose,
                                                patient_id=patient_id, limit=limit, before_seq=before_seq)
    if entries is None:
        raise _not_found(patient_id)
    return entries


@router.get("/patients/{patient_id}/fhir", response_class=JSONResponse,
            responses={200: {"content": {fhir.MEDIA_TYPE: {}}}})
async def export_fhir(request: Request, staff: Clinician, patient_id: PatientId,
                      purpose: Purpose = "treatment") -> JSONResponse:
    async with _db(request).transaction() as session:
        bundle = await fhir.export_patient(session, actor=_actor(staff), purpose=purpose,
                                           patient_id=patient_id)
    if bundle is None:
        raise _not_found(patient_id)
    return JSONResponse(bundle, media_type=fhir.MEDIA_TYPE)
