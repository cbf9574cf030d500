"""Message catalogs for ko/en/zh/ja, emergency numbers and crisis lines per country.

The gettext catalogs (`<lang>/LC_MESSAGES/messages.po`) are the source. They are compiled in memory with
Babel at first use instead of by a build step, so a fresh clone needs no `.mo` files and no manual step.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

LANGS = ("ko", "en", "zh", "ja")
FALLBACK_LANG = "en"
_HERE = Path(__file__).parent


@cache
def catalog(lang: str) -> dict[str, str]:
    """Translated, non-fuzzy messages of one language (what msgfmt would compile) as key -> text."""
    with (_HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        po = read_po(fh, locale=lang)
    return {str(m.id): str(m.string) for m in po if m.id and m.string and not m.fuzzy}


def t(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` (English for an unsupported language), with `{name}` values filled.

    A key missing from the catalog raises KeyError: a silent fallback would show patients a raw key.
    """
    messages = catalog(lang if lang in LANGS else FALLBACK_LANG)
    return messages[key].format(**values) if values else messages[key]


def has(key: str, lang: str = FALLBACK_LANG) -> bool:
    """Whether the catalog has `key`; optional texts (such as flag-specific advice) are looked up this way."""
    return key in catalog(lang if lang in LANGS else FALLBACK_LANG)


@dataclass(frozen=True)
class EmergencyContacts:
    country: str
    emergency: str
    crisis: str
    lang: str | None = None  # the country's language among ours, for a greeting before the patient writes


@cache
def _emergency_data() -> dict:
    return yaml.safe_load((_HERE / "data" / "emergency.yml").read_text(encoding="utf-8"))


def emergency(country: str | None) -> EmergencyContacts:
    """Emergency number and crisis line of a country; the default entry for unknown or missing countries."""
    data = _emergency_data()
    code = (country or "").upper()
    entry = data["countries"].get(code)
    if entry is None:
        return EmergencyContacts(code or "default", **data["default"])
    return EmergencyContacts(code, **entry)
