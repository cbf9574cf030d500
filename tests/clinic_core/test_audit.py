"""The audit chain: hashes and links, signed checkpoints, tamper detection, concurrent writers, key file."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import stat

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from clinic_core import audit, audit_keys
from clinic_core.db import Database
from clinic_core.settings import Settings

FIELDS = ("seq", "time", "actor", "action", "patient_id", "resource", "purpose", "details", "prev_hash")


def reference_hash(entry: dict) -> str:
    """The documented rule, written independently of the implementation."""
    canonical = json.dumps({k: entry[k] for k in FIELDS}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setattr(audit, "_settings", None)  # undo configure() after the test
    settings = Settings(var_dir=tmp_path / "var", audit_checkpoint_every=5)
    audit.configure(settings)
    return settings


async def exported(db) -> list[dict]:
    return [json.loads(line) async for line in audit.export(db)]


async def build_chain(db, n: int = 12) -> list[dict]:
    for i in range(n):
        async with db.transaction() as session:
            await audit.append(session, actor=f"staff:{i % 3}", action="patient.read", patient_id=i % 2,
                               resource=f"patient/{i % 2}", purpose="treatment", details={"i": i})
    return await exported(db)


async def sql(db, *statements: str, **params) -> None:
    async with db.engine.begin() as conn:
        for statement in statements:
            await conn.execute(text(statement), params)


async def test_entries_are_hashed_and_linked_as_documented(db, settings):
    async with db.transaction() as session:
        first = await audit.append(session, actor="staff:1", action="patient.read", patient_id=7,
                                   resource="patient/7", purpose="treatment",
                                   details={"fields": ["allergies"], "note": "두통 头痛 頭痛", "dose": 2.5})
        await audit.append(session, actor="bot", action="message.receive")
        await audit.append_many(session, [{"actor": "staff:2", "action": "search", "details": {"q": "é"}}])
    entries = await exported(db)

    assert [e["seq"] for e in entries] == [1, 2, 3]
    assert entries[0]["prev_hash"] == audit.GENESIS_HASH == "0" * 64
    assert entries[0]["hash"] == first.hash
    assert entries[0]["details"] == first.details
    assert first.details == {"fields": ["allergies"], "note": "두통 头痛 頭痛", "dose": 2.5}
    assert entries[1]["patient_id"] is None and entries[1]["resource"] == ""
    for before, entry in zip([None, *entries], entries, strict=False):
        assert entry["hash"] == reference_hash(entry)
        if before:
            assert entry["prev_hash"] == before["hash"]
    assert entries[0]["time"].endswith("Z")

    code, out = await audit.verify_command(db, settings)
    assert code == 0
    assert "3 entries" in out and entries[-1]["hash"] in out


text_values = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
numbers = st.integers() | st.floats(allow_nan=False, allow_infinity=False)
json_values = st.recursive(
    st.none() | st.booleans() | numbers | text_values,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text_values, inner, max_size=3),
    max_leaves=8)


@given(st.integers(1, 2**62), text_values, text_values, st.none() | st.integers(-(2**31), 2**31), text_values,
       st.dictionaries(text_values, json_values, max_size=4))
def test_fast_serialisation_is_the_documented_one(seq, actor, resource, patient_id, time, details):
    entry = {"seq": seq, "time": time, "actor": actor, "action": "a.b", "patient_id": patient_id,
             "resource": resource, "purpose": "", "details": details, "prev_hash": "f" * 64}
    fast = audit.hash_payload(*(entry[k] for k in FIELDS[:7]), audit.canonical_json(details), "f" * 64)
    assert hashlib.sha256(fast).hexdigest() == reference_hash(entry)


async def test_entry_rolls_back_with_the_access_it_records(db, settings):
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await audit.append(session, actor="staff:1", action="patient.read", patient_id=1)
            raise RuntimeError("the read failed")
    async with db.transaction() as session:
        entry = await audit.append(session, actor="staff:1", action="patient.read", patient_id=1)
    assert entry.seq == 1 and entry.prev_hash == audit.GENESIS_HASH
    assert (await audit.verify(db, settings)).count == 1


async def test_checkpoints_are_signed_every_n_entries_and_on_demand(db, settings):
    await build_chain(db, 12)
    code, out = await audit.checkpoint_command(db, settings)
    assert code == 0 and "seq 12" in out
    async with db.engine.connect() as conn:
        rows = (await conn.execute(text("SELECT seq, hash, time, key_id, signature FROM audit_checkpoints"
                                        " ORDER BY seq"))).all()
    entries = {e["seq"]: e for e in await exported(db)}
    assert [r.seq for r in rows] == [5, 10, 12]

    signer = audit_keys.signer_for(settings)
    assert signer.public_b64() in out
    public = Ed25519PublicKey.from_public_bytes(signer.public_raw)
    for row in rows:
        assert row.hash == entries[row.seq]["hash"]
        assert row.key_id == hashlib.sha256(signer.public_raw).hexdigest()[:16]
        message = json.dumps({"seq": row.seq, "hash": row.hash, "time": row.time}, sort_keys=True,
                             separators=(",", ":")).encode()
        public.verify(bytes.fromhex(row.signature), message)  # raises if forged

    code, out = await audit.checkpoint_command(db, settings)  # nothing new: the same checkpoint
    assert code == 0 and "seq 12" in out


async def test_empty_chain_verifies_and_has_nothing_to_sign(db, settings):
    assert await audit.verify_command(db, settings) == (0, f"audit chain intact: 0 entries, head {'0' * 64}")
    code, out = await audit.checkpoint_command(db, settings)
    assert code == 0 and "empty" in out


def _rehash_from(entries: list[dict], seq: int, **changes) -> list[dict]:
    """What a careful attacker does: change entry `seq` and recompute its hash and every later link."""
    out, prev = [], entries[seq - 2]["hash"] if seq > 1 else audit.GENESIS_HASH
    for entry in entries[seq - 1:]:
        entry = {**entry, **(changes if entry["seq"] == seq else {}), "prev_hash": prev}
        entry["hash"] = prev = reference_hash(entry)
        out.append(entry)
    return out


async def _write(db, entries: list[dict]) -> None:
    for e in entries:
        await sql(db, "UPDATE audit_entries SET actor = :actor, details = :details, prev_hash = :prev_hash, "
                      "hash = :hash WHERE seq = :seq",
                  actor=e["actor"], details=json.dumps(e["details"]), prev_hash=e["prev_hash"],
                  hash=f"{e['seq']:064d}", seq=e["seq"])  # unique placeholders until every row is written
    for e in entries:
        await sql(db, "UPDATE audit_entries SET hash = :hash WHERE seq = :seq", hash=e["hash"], seq=e["seq"])


async def _insert(db, entry: dict) -> None:
    names = ", ".join(entry)
    values = ", ".join(f":{name}" for name in entry)
    await sql(db, f"INSERT INTO audit_entries ({names}) VALUES ({values})",
              **{**entry, "details": json.dumps(entry["details"])})


async def change_a_field(db, entries):
    await sql(db, "UPDATE audit_entries SET actor = 'staff:99' WHERE seq = 7")
    return 7


async def change_details(db, entries):
    await sql(db, "UPDATE audit_entries SET details = :details WHERE seq = 3", details='{"i":300}')
    return 3


async def change_and_rehash_one(db, entries):
    await _write(db, _rehash_from(entries, 7, actor="staff:99")[:1])
    return 7


async def rewrite_history_after(db, entries):
    # Every hash and link is recomputed from entry 8 on: only the checkpoint signed at 10 remembers.
    await _write(db, _rehash_from(entries, 8, actor="staff:99"))
    return 10


async def delete_one(db, entries):
    await sql(db, "DELETE FROM audit_entries WHERE seq = 4")
    return 4


async def delete_and_renumber(db, entries):
    await sql(db, "DELETE FROM audit_entries WHERE seq = 4",
              "UPDATE audit_entries SET seq = seq + 1000 WHERE seq > 4",
              "UPDATE audit_entries SET seq = seq - 1001 WHERE seq > 1000")
    return 4


async def truncate_the_tail(db, entries):
    await sql(db, "DELETE FROM audit_entries WHERE seq >= 10")  # checkpoint 10 is now beyond the chain
    return 10


async def insert_forged(db, entries):
    forged = {**entries[5], "actor": "staff:99", "prev_hash": entries[4]["hash"]}
    forged["hash"] = reference_hash(forged)
    await sql(db, "DELETE FROM audit_checkpoints",
              "UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 6",
              "UPDATE audit_entries SET seq = seq - 999 WHERE seq > 1000")
    await _insert(db, forged)
    return 6


async def swap_two(db, entries):
    await sql(db, "UPDATE audit_entries SET seq = -1 WHERE seq = 3",
              "UPDATE audit_entries SET seq = 3 WHERE seq = 4",
              "UPDATE audit_entries SET seq = 4 WHERE seq = -1")
    return 3


async def forge_checkpoint_signature(db, entries):
    await sql(db, "UPDATE audit_checkpoints SET signature = (SELECT signature FROM audit_checkpoints WHERE"
                  " seq = 5) WHERE seq = 10")
    return 10


async def move_checkpoint(db, entries):
    await sql(db, "UPDATE audit_checkpoints SET hash = :hash WHERE seq = 5", hash=entries[3]["hash"])
    return 5


async def sign_with_another_key(db, entries):
    other = Ed25519PrivateKey.generate()
    time = entries[4]["time"]
    message = json.dumps({"seq": 5, "hash": entries[4]["hash"], "time": time}, sort_keys=True,
                         separators=(",", ":")).encode()
    await sql(db, "UPDATE audit_checkpoints SET time = :time, signature = :sig WHERE seq = 5",
              time=time, sig=other.sign(message).hex())
    return 5


async def checkpoint_beyond_the_chain(db, entries):
    await sql(db, "INSERT INTO audit_checkpoints (seq, hash, time, key_id, signature) "
                  "SELECT 99, hash, time, key_id, signature FROM audit_checkpoints WHERE seq = 10")
    return 13


@pytest.mark.parametrize("tamper", [
    change_a_field, change_details, change_and_rehash_one, rewrite_history_after, delete_one,
    delete_and_renumber, truncate_the_tail, insert_forged, swap_two, forge_checkpoint_signature,
    move_checkpoint, sign_with_another_key, checkpoint_beyond_the_chain,
], ids=lambda f: f.__name__)
async def test_verify_names_the_first_bad_entry(db, settings, tamper):
    entries = await build_chain(db, 12)
    assert (await audit.verify(db, settings)).ok
    bad_seq = await tamper(db, entries)

    report = await audit.verify(db, settings)
    assert report.bad_seq == bad_seq, report
    code, out = await audit.verify_command(db, settings)
    assert code == 1 and f"seq {bad_seq}:" in out


async def test_verifying_elsewhere_never_creates_a_key(db, settings, tmp_path):
    await build_chain(db, 6)
    elsewhere = Settings(var_dir=tmp_path / "auditor")
    report = await audit.verify(db, elsewhere)
    assert report.bad_seq == 5 and "unknown key" in report.reason
    assert not (tmp_path / "auditor").exists()


async def test_equivalent_json_written_by_another_tool_still_verifies(db, settings):
    await build_chain(db, 3)
    await sql(db, "UPDATE audit_entries SET details = :details WHERE seq = 2", details='{ "i" : 1 }')
    assert (await audit.verify(db, settings)).ok


async def test_concurrent_writers_never_fork_the_chain(db, settings):
    other = Database(db.url)  # a second engine, as a second worker process would have

    async def writer(task: int) -> None:
        for i in range(10):
            async with (db, other)[task % 2].transaction() as session:
                if i % 5 == 4:
                    await audit.append_many(session, [{"actor": f"task:{task}", "action": "batch"}] * 3)
                else:
                    await audit.append(session, actor=f"task:{task}", action="write", details={"i": i})

    try:
        await asyncio.gather(*(writer(task) for task in range(50)))
    finally:
        await other.dispose()
    entries = await exported(db)
    assert [e["seq"] for e in entries] == list(range(1, 50 * 14 + 1))
    assert len({e["prev_hash"] for e in entries}) == len(entries)  # no two entries extend the same head
    report = await audit.verify(db, settings)
    assert report.ok and report.count == 700 and report.head_hash == entries[-1]["hash"]


async def test_export_writes_jsonl_in_seq_order(db, settings):
    await build_chain(db, 4)
    out = io.StringIO()
    assert await audit.export_command(db, settings, out) == 0
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [1, 2, 3, 4]
    assert all(json.loads(line)["hash"] == reference_hash(json.loads(line)) for line in lines)


async def test_access_history_shows_who_when_what_why_for_one_patient(db, settings):
    async with db.transaction() as session:
        await audit.append(session, actor="staff:1", action="patient.read", patient_id=1, purpose="treatment")
        await audit.append(session, actor="staff:2", action="patient.read", patient_id=2, purpose="treatment")
        await audit.append(session, actor="staff:3", action="allergy.write", patient_id=1, purpose="intake")
    async with db.transaction() as session:
        history = await audit.access_history(session, 1)
    assert [(e.actor, e.action, e.purpose) for e in history] == [
        ("staff:3", "allergy.write", "intake"), ("staff:1", "patient.read", "treatment")]
    assert all(e.time and e.patient_id == 1 for e in history)


def test_generated_key_file_is_private_and_reused(tmp_path):
    settings = Settings(var_dir=tmp_path / "var")
    signer = audit_keys.signer_for(settings)
    path = tmp_path / "var" / audit_keys.KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = base64.b64decode(path.read_text())
    public = Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
    assert signer.key_id == hashlib.sha256(public).hexdigest()[:16]
    audit_keys._signers.clear()  # as a new process would
    assert audit_keys.signer_for(settings).key_id == signer.key_id


def test_key_from_settings_is_used_and_no_file_written(tmp_path):
    raw = Ed25519PrivateKey.generate().private_bytes_raw()
    settings = Settings(var_dir=tmp_path / "var", audit_signing_key=base64.b64encode(raw).decode())
    public = Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
    assert audit_keys.signer_for(settings).public_raw == public
    assert not (tmp_path / "var").exists()
    with pytest.raises(ValueError, match="VCLINIC_AUDIT_SIGNING_KEY"):
        audit_keys.signer_for(Settings(var_dir=tmp_path, audit_signing_key="bm90IGEga2V5"))
