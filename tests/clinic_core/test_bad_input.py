"""Bad input gets a 4xx problem+json, writes nothing, and leaves no patient data in logs or error bodies."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from credentials import PASSWORD
from fastapi import FastAPI
from sqlalchemy import func, select

from clinic_core import auth
from clinic_core.db import Database
from clinic_core.models import Allergy, AuditEntry, Medication, Patient, StaffToken
from clinic_core.settings import Settings
from vclinic.app import create_app

SECRET_NAME = "Zebulon Quixote"  # patient data that must never show up in logs or error bodies
LIMIT = 2000


@pytest.fixture
def app(db, tmp_path) -> FastAPI:
    """The real app on the test's database, plus a route that fails."""
    application = create_app(Settings(_env_file=None, database_url=db.url, var_dir=tmp_path,
                                      max_body_bytes=LIMIT))
    application.state.db = db

    @application.get("/boom")
    async def boom() -> None:
        raise RuntimeError(f"failed while reading {SECRET_NAME}")

    return application



@pytest.fixture
async def patient_id(db) -> int:
    async with db.transaction() as session:
        await auth.create_staff(session, "doctor@clinic.test", "doctor", PASSWORD)
        patient = Patient(display_name=SECRET_NAME)
        session.add(patient)
        await session.flush()
        return patient.id


def anonymous(app: FastAPI) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://clinic.test")


@pytest.fixture
async def c(app, patient_id) -> AsyncIterator[httpx.AsyncClient]:
    async with anonymous(app) as client:
        credentials = {"email": "doctor@clinic.test", "password": PASSWORD, "as": "bearer"}
        response = await client.post("/api/auth/login", json=credentials)
        client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        yield client


async def written(db: Database) -> tuple[int, ...]:
    async with db.transaction() as session:
        return tuple([await session.scalar(select(func.count()).select_from(t))
                      for t in (Patient, Allergy, Medication, AuditEntry, StaffToken)])


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank" and body["detail"]
    assert SECRET_NAME not in response.text
    return body


async def test_malformed_json_is_a_400(db, c, patient_id):
    before = await written(db)
    for path in ("/api/auth/login", f"/api/patients/{patient_id}/allergies"):
        response = await c.post(path, content=b'{"substance": "' + SECRET_NAME.encode() + b'",',
                                headers={"content-type": "application/json"})
        assert assert_problem(response, 400)["title"] == "Malformed JSON"
    assert await written(db) == before


async def test_oversized_bodies_are_refused_before_parsing(db, app, c, patient_id):
    before = await written(db)
    big = {"substance": "x", "reaction": "y" * LIMIT}
    path = f"/api/patients/{patient_id}/allergies"
    assert_problem(await c.post(path, json=big), 413)

    async def chunks():  # no Content-Length: counted as it arrives
        for _ in range(4):
            yield b"{" + b" " * (LIMIT // 2)

    assert_problem(await c.post(path, content=chunks(), headers={"content-type": "application/json"}), 413)
    async with anonymous(app) as stranger:  # refused before authentication too
        assert_problem(await stranger.post("/api/auth/login", content=b"x" * (LIMIT + 1)), 413)
    assert await written(db) == before
    assert (await c.post(path, json={"substance": "x", "reaction": "y" * 400})).status_code == 201  # under it


@pytest.mark.parametrize("body", [
    {"substance": 123},
    {"substance": ["peanuts"]},
    {"substance": ""},
    {"substance": "   "},
    {"substance": "x" * 201},
    {"reaction": "rash"},
    {"substance": "peanuts", "severity": "high"},
    {"substance": {"name": SECRET_NAME}},
    [SECRET_NAME],
    SECRET_NAME,
])
async def test_wrong_types_are_a_422_that_does_not_echo_input(db, c, patient_id, body):
    before = await written(db)
    problem = assert_problem(await c.post(f"/api/patients/{patient_id}/allergies", json=body), 422)
    assert problem["errors"] and all({"loc", "type", "msg"} == set(e) for e in problem["errors"])
    assert await written(db) == before


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/api/patients/abc", 422),
    ("GET", "/api/patients/0", 422),
    ("GET", "/api/patients/99999999999999", 422),
    ("GET", "/api/patients/1.5/fhir", 422),
    ("GET", "/api/patients?limit=-1", 422),
    ("GET", "/api/patients?limit=many", 422),
    ("GET", "/api/patients?q=" + "k" * 201, 422),
    ("GET", "/api/patients/1?purpose=DROP%20TABLE", 422),
    ("GET", "/api/nothing-here", 404),
    ("DELETE", "/api/patients/1", 405),
])
async def test_bad_paths_and_parameters(db, c, patient_id, method, path, status):
    before = await written(db)
    assert_problem(await c.request(method, path), status)
    assert await written(db) == before


@pytest.mark.parametrize("suffix", ["", "/fhir", "/access-log"])
async def test_unknown_patients_are_404_and_leave_no_trace(db, c, patient_id, suffix):
    before = await written(db)
    assert_problem(await c.get(f"/api/patients/{patient_id + 1}{suffix}"), 404)
    for kind, body in (("allergies", {"substance": "latex"}), ("medications", {"name": "aspirin"})):
        assert_problem(await c.post(f"/api/patients/{patient_id + 1}/{kind}", json=body), 404)
    assert await written(db) == before


async def test_login_with_wrong_shapes(db, c):
    for body in ({"email": "doctor@clinic.test"}, {"email": 5, "password": PASSWORD},
                 {"email": "doctor@clinic.test", "password": PASSWORD, "as": "jwt"}):
        assert_problem(await c.post("/api/auth/login", json=body), 422)


async def test_unexpected_errors_are_a_bare_500(c, caplog):
    with caplog.at_level(logging.DEBUG):
        response = await c.get("/boom")
    body = assert_problem(response, 500)
    assert "RuntimeError" not in response.text and "Traceback" not in body["detail"]
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)  # operators still learn what failed
    assert not any(SECRET_NAME in r.getMessage() for r in caplog.records)


async def test_nothing_logged_contains_patient_data(db, c, patient_id, caplog):
    # vclinic's own loggers at DEBUG; libraries at INFO (aiosqlite's DEBUG lines carry SQL parameters,
    # so the app must never run it at DEBUG)
    with caplog.at_level(logging.INFO), caplog.at_level(logging.DEBUG, logger="clinic_core"):
        await c.get("/api/patients", params={"q": SECRET_NAME})
        await c.get(f"/api/patients/{patient_id}")
        await c.get(f"/api/patients/{patient_id}/fhir")
        await c.post(f"/api/patients/{patient_id}/allergies", json={"substance": SECRET_NAME})
        await c.post(f"/api/patients/{patient_id}/allergies", json={"substance": {"x": SECRET_NAME}})
        await c.post(f"/api/patients/{patient_id}/medications", content=SECRET_NAME.encode(),
                     headers={"content-type": "application/json"})
        await c.get("/boom")
    # httpx's own lines are this test client's, not the server's
    server_lines = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert server_lines  # the /boom failure was logged ...
    assert not any(SECRET_NAME in r.getMessage() or SECRET_NAME in (r.exc_text or "") for r in server_lines)
