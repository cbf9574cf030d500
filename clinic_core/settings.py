"""Settings from the environment (prefix VCLINIC_) and `.env`, one object passed down from the composition root."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_ASYNC_DRIVERS = {
    "sqlite://": "sqlite+aiosqlite://",
    "postgresql://": "postgresql+asyncpg://",
    "postgres://": "postgresql+asyncpg://",
}


def async_database_url(url: str) -> str:
    """Map plain `sqlite:///` and `postgresql://` URLs to the async drivers SQLAlchemy needs here."""
    for plain, driver in _ASYNC_DRIVERS.items():
        if url.startswith(plain):
            return driver + url[len(plain) :]
    return url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VCLINIC_", env_file=".env", extra="ignore")

    var_dir: Path = Field(Path("var"), description="Folder for the SQLite file, keys, models and other local state.")
    database_url: str = Field(
        "", description="SQLAlchemy URL: sqlite+aiosqlite:///path or postgresql+asyncpg://... "
        "(empty: VCLINIC_VAR_DIR/vclinic.db)",
    )
    host: str = Field("127.0.0.1", description="Address `vclinic serve` listens on.")
    port: int = Field(8000, description="Port `vclinic serve` listens on.")
    log_level: str = Field("info", description="Log level (debug, info, warning, error).")
    max_body_bytes: int = Field(1_000_000, description="Largest accepted request body in bytes.")
    public_url: str = Field("", description="External URL when served behind https; makes cookies Secure.")

    session_hours: int = Field(12, description="Lifetime of a staff login (cookie or bearer token), hours.")
    login_max_failures: int = Field(5, description="Failed logins per account or address before a pause.")
    login_lockout_seconds: int = Field(300, description="Length of that pause, seconds.")

    audit_signing_key: SecretStr | None = Field(
        None, description="Ed25519 private key (base64 of 32 raw bytes) for audit checkpoints; else var/."
    )
    audit_checkpoint_every: int = Field(1000, description="Sign an audit checkpoint every N entries.")

    outbox_poll_seconds: float = Field(1.0, description="How often the outbox dispatcher looks for due rows.")
    outbox_max_attempts: int = Field(8, description="Delivery attempts before an outbound message is failed.")
    outbox_backoff_seconds: float = Field(1.0, description="First retry delay; doubles on every attempt.")
    outbox_backoff_max_seconds: float = Field(300.0, description="Longest retry delay.")
    outbox_lease_seconds: float = Field(60.0, description="A row claimed by a worker that died is retried after.")

    doctor_language: str = Field("en", description="Language of summaries written for doctors (ko, en, zh, ja).")
    default_country: str = Field("KR", description="Country assumed for emergency numbers when unknown.")
    followup_hours_self_care: float = Field(24.0, description="Check-in after a self-care decision, hours.")
    followup_hours_routine: float = Field(72.0, description="Check-in after a routine decision, hours.")
    followup_answer_hours: float = Field(12.0, description="Unanswered check-in alerts staff after, hours.")
    followup_poll_seconds: float = Field(30.0, description="How often due check-ins are looked for, seconds.")

    rasa_url: str = Field("", description="External Rasa server for NLU (empty: built-in NLU).")
    telegram_token: SecretStr | None = Field(None, description="Telegram bot token; enables the Telegram channel.")
    telegram_api_url: str = Field("https://api.telegram.org", description="Telegram Bot API server.")
    telegram_webhook_url: str = Field("", description="Public webhook URL (empty: long polling).")
    telegram_webhook_secret: SecretStr | None = Field(None, description="Secret checked on webhook calls.")

    whisper_model: str = Field("", description="Whisper model: a size name or a folder (empty: the bundled base).")
    model_cache_dir: Path | None = Field(None, description="Where prepared speech models are kept "
                                         "(empty: VCLINIC_VAR_DIR/models).")
    voice_replies: bool = Field(True, description="Answer patients who speak with a voice message too.")
    tts_online: bool = Field(False, description="Try gTTS (Google) before the offline speech engines (sends the "
                             "replies' text to Google).")
    gtts_url: str = Field("", description="Base URL of the gTTS endpoint (empty: Google's; tests use a fake).")

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, url: str) -> str:
        return async_database_url(url)

    @model_validator(mode="after")
    def _under_var_dir(self) -> Settings:
        """Local state follows VCLINIC_VAR_DIR unless a setting names its own place."""
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.var_dir / 'vclinic.db'}"
        if self.model_cache_dir is None:
            self.model_cache_dir = self.var_dir / "models"
        return self

    def followup_hours(self) -> dict[str, float]:
        """Hours until the check-in, per triage level that gets one."""
        return {"self_care": self.followup_hours_self_care, "routine": self.followup_hours_routine}

    def masked(self) -> dict[str, str]:
        """Effective settings for `vclinic config`: secrets and URL passwords never printed."""
        out: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                shown = "********" if value.get_secret_value() else ""
            elif value is None:
                shown = ""
            elif name.endswith("_url"):
                shown = _mask_url_password(str(value))
            else:
                shown = str(value)
            out[f"VCLINIC_{name.upper()}"] = shown
        return out


_PASSWORD_PARAMETER = re.compile(r"((?:^|[?&])(?:password|sslpassword)=)[^&]*", re.IGNORECASE)


def _mask_url_password(url: str) -> str:
    """Passwords in `user:password@` and in `?password=` query parameters."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    address, query_sep, query = rest.partition("?")
    if "@" in address:
        creds, _, host = address.rpartition("@")
        if ":" in creds:
            address = f"{creds.split(':', 1)[0]}:********@{host}"
    query = _PASSWORD_PARAMETER.sub(r"\1********", query)
    return f"{scheme}://{address}{query_sep}{query}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
