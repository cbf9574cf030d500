"""The Ed25519 key that signs audit checkpoints: from settings, or generated once into var/ (mode 0600)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from clinic_core.settings import Settings

KEY_FILE = "audit_ed25519.key"


def key_id(public_raw: bytes) -> str:
    """First 16 hex digits of SHA-256 of the raw public key: names the key in each checkpoint."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


@dataclass(frozen=True)
class Signer:
    private_key: Ed25519PrivateKey
    public_raw: bytes
    key_id: str

    def sign(self, message: bytes) -> str:
        return self.private_key.sign(message).hex()

    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode()


def verify_signature(public_raw: bytes, message: bytes, signature_hex: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


_signers: dict[tuple[str, str], Signer] = {}


def signer_for(settings: Settings) -> Signer:
    """The configured key, or the one in `<var_dir>/audit_ed25519.key`, created on first use."""
    secret = settings.audit_signing_key.get_secret_value() if settings.audit_signing_key else ""
    path = settings.var_dir / KEY_FILE
    cache_key = (secret, "" if secret else str(path.resolve()))
    signer = _signers.get(cache_key)
    if signer is None:
        raw = _decode(secret, "VCLINIC_AUDIT_SIGNING_KEY") if secret else _load_or_create(path)
        private_key = Ed25519PrivateKey.from_private_bytes(raw)
        public_raw = private_key.public_key().public_bytes_raw()
        signer = _signers[cache_key] = Signer(private_key, public_raw, key_id(public_raw))
    return signer


def existing_signer(settings: Settings) -> Signer | None:
    """The key if there is one: verifying checks signatures, it never creates a key."""
    if settings.audit_signing_key is None and not (settings.var_dir / KEY_FILE).exists():
        return None
    return signer_for(settings)


def _decode(text: str, where: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ValueError(f"{where}: expected base64 of 32 raw Ed25519 private key bytes")
    return raw


def _load_or_create(path: Path) -> bytes:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        encoded = base64.b64encode(Ed25519PrivateKey.generate().private_bytes_raw()).decode()
        # Write a private temp file, then hard-link it into place: another process starting at the same
        # moment either wins the link (we use its key) or loses it; nobody ever reads a half-written key.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w") as f:
                f.write(encoded + "\n")
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return _decode(path.read_text(), str(path))
