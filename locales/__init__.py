"""Message catalogs for ko/en/zh/ja, emergency numbers and crisis lines per country.

The gettext catalogs (`<lang>/LC_MESSAGES/messages.po`) are the source. They are compiled in memory with
Babel at first use instead of by a build step, so a fresh clone needs no `.mo` files and no manual step.

Chinese has two catalogs: `zh` (Simplified) and `zh_Hant` (Traditional, written for Taiwan). The language is
`zh` either way (NLU, triage, records); only the script of the replies differs, so callers keep `lang` and pass
`variant(lang, script)` to `t` when they render a reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

LANGS = ("ko", "en", "zh", "ja")
FALLBACK_LANG = "en"
# Catalogs that write one of LANGS in another script (ISO 15924), by (language, script).
SCRIPT_CATALOGS = {("zh", "Hant"): "zh_Hant"}
CATALOGS = (*LANGS, *SCRIPT_CATALOGS.values())
# What a patient can choose (web page switcher, Telegram buttons), as BCP 47 tags: "zh-Hant" is zh in Traditional.
CHOICES = ("ko", "en", "zh", "zh-Hant", "ja")
_REGION_SCRIPTS = {"TW": "Hant", "HK": "Hant", "MO": "Hant", "CN": "Hans", "SG": "Hans", "MY": "Hans"}
_HERE = Path(__file__).parent


@cache
def catalog(lang: str) -> dict[str, str]:
    """Translated, non-fuzzy messages of one language (what msgfmt would compile) as key -> text."""
    with (_HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        po = read_po(fh, locale=lang)
    return {str(m.id): str(m.string) for m in po if m.id and m.string and not m.fuzzy}


def _catalog_code(lang: str | None) -> str:
    code = (lang or "").replace("-", "_")
    return code if code in CATALOGS else FALLBACK_LANG


def t(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` (English for an unsupported language), with `{name}` values filled.

    `lang` is one of LANGS or a script catalog ("zh_Hant", or the tag "zh-Hant"): see `variant`.
    A key missing from the catalog raises KeyError: a silent fallback would show patients a raw key.
    """
    messages = catalog(_catalog_code(lang))
    return messages[key].format(**values) if values else messages[key]


def has(key: str, lang: str = FALLBACK_LANG) -> bool:
    """Whether the catalog has `key`; optional texts (such as flag-specific advice) are looked up this way."""
    return key in catalog(_catalog_code(lang))


def variant(lang: str | None, script: str | None = None) -> str:
    """The catalog to render `lang` in when the patient writes `script`: "zh_Hant" for zh in Traditional ("Hant"),
    otherwise the language itself (English for an unsupported one)."""
    if lang not in LANGS:
        return FALLBACK_LANG
    return SCRIPT_CATALOGS.get((lang, script or ""), lang)


def tag(lang: str | None, script: str | None = None) -> str:
    """The BCP 47 tag of what a reply is written in ("zh-Hant", "ko"), for a page's `lang` attribute."""
    return variant(lang, script).replace("_", "-")


def choice(code: str | None) -> tuple[str | None, str | None]:
    """A client's locale or a patient's choice as (language among LANGS, script or None): "zh-Hant", "zh_TW",
    "zh-hk" -> ("zh", "Hant"); "zh-Hans", "zh-CN" -> ("zh", "Hans"); "zh" -> ("zh", None); "en-US" -> ("en", None);
    "fr" -> (None, None). Only Chinese has scripts to choose from."""
    parts = (code or "").replace("_", "-").split("-")
    lang = parts[0].lower()
    if lang not in LANGS:
        return None, None
    script = None
    if lang == "zh":
        for part in parts[1:]:
            if len(part) == 4 and part.title() in ("Hans", "Hant"):
                script = part.title()
                break
            script = script or _REGION_SCRIPTS.get(part.upper())
    return lang, script


@dataclass(frozen=True)
class EmergencyContacts:
    country: str
    emergency: str
    crisis: str
    lang: str | None = None  # the country's language among ours, for a greeting before the patient writes
    script: str | None = None  # its script when the language has several (Hant: Traditional Chinese), same use


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
