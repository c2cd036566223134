"""The metadata file beside a source (`<stem>.toml`): what the text itself cannot say.

Keys: title, author (string or list), translator, editor, date (ISO), publisher, pub_place,
language, original_language (a name or a BCP 47 code), source_url, licence, licence_url.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from edition.errors import SourceError
from edition.model import Metadata

LANGUAGES = {
    "english": "en", "russian": "ru", "chinese": "zh", "german": "de", "french": "fr", "polish": "pl",
    "czech": "cs", "hungarian": "hu", "romanian": "ro", "bulgarian": "bg", "mongolian": "mn",
    "korean": "ko", "japanese": "ja", "vietnamese": "vi", "albanian": "sq", "serbian": "sr",
    "croatian": "hr", "spanish": "es", "italian": "it", "portuguese": "pt", "ukrainian": "uk",
    "slovak": "sk", "slovenian": "sl", "finnish": "fi", "swedish": "sv", "arabic": "ar",
    "persian": "fa", "hindi": "hi", "turkish": "tr", "greek": "el", "hebrew": "he", "latin": "la",
}
LANGUAGE_NAMES = {code: name.capitalize() for name, code in LANGUAGES.items()}

_LIST_KEYS = {"author": "authors", "translator": "translators", "editor": "editors"}
_PLAIN_KEYS = {"title", "date", "publisher", "pub_place", "source_url", "licence", "licence_url"}


def language_code(name: str) -> str | None:
    """'Russian' -> 'ru'; a code passes through; unknown names -> None."""
    key = name.strip().lower()
    if key in LANGUAGES:
        return LANGUAGES[key]
    return key if key in LANGUAGE_NAMES else None


def metadata_file(source: Path) -> Path:
    return source.with_suffix(".toml")


def apply_metadata_file(source: Path, metadata: Metadata) -> bool:
    """Override what the text says with the metadata file, if there is one; True if applied."""
    path = metadata_file(source)
    if not path.exists():
        return False
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise SourceError(path, f"the metadata file is not valid TOML: {exc}", line=line) from None
    for key, value in data.items():
        if key in _LIST_KEYS:
            values = [value] if isinstance(value, str) else value
            if not (isinstance(values, list) and all(isinstance(v, str) for v in values)):
                raise SourceError(path, f"'{key}' must be a string or a list of strings")
            setattr(metadata, _LIST_KEYS[key], list(values))
        elif key in _PLAIN_KEYS:
            if not isinstance(value, str):
                raise SourceError(path, f"'{key}' must be a string (dates as \"1956-04-05\")")
            setattr(metadata, key, value)
        elif key in ("language", "original_language"):
            code = language_code(str(value))
            if code is None:
                raise SourceError(path, f"unknown language {value!r} for '{key}'; give a BCP 47 code")
            setattr(metadata, key, code)
        else:
            known = sorted(set(_LIST_KEYS) | _PLAIN_KEYS | {"language", "original_language"})
            raise SourceError(path, f"unknown key '{key}' (known keys: {', '.join(known)})")
    return True
