"""Database errors say what went wrong without quoting the values: those are patient data, and errors get logged."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from clinic_core.db import Database, is_sqlite
from clinic_core.models import Patient, PatientIdentity


async def test_an_integrity_error_does_not_quote_the_patients_words(db: Database):
    async with db.transaction() as session:
        patient = Patient(display_name="x")
        session.add(patient)
        await session.flush()
        session.add(PatientIdentity(patient_id=patient.id, channel="web", external_id="Kim Minji chest pain"))
    with pytest.raises(IntegrityError) as failure:
        async with db.transaction() as session:
            session.add(PatientIdentity(patient_id=patient.id, channel="web", external_id="Kim Minji chest pain"))
    assert "UNIQUE" in str(failure.value).upper() or "unique" in str(failure.value)
    assert "Kim Minji" not in str(failure.value)


async def test_a_transaction_inside_a_transaction_fails_at_once_instead_of_hanging(db: Database):
    if not is_sqlite(db.url):
        pytest.skip("SQLite's one-writer queue only: PostgreSQL gives the inner transaction its own connection")
    async with db.transaction():
        with pytest.raises(RuntimeError):
            async with db.transaction():
                pass
