"""The catalogue fields of an archival record page -> `Metadata` and `Moved` matter.

Citation, Summary, Credits, Original Language and Contents describe the record rather than
belong to it: they go to the TEI header, and the lossless check follows them there.
"""
from __future__ import annotations

import re

from edition import model
from edition.recognize.citation import parse_archival_references
from edition.sources.archival_record import ArchivalPage
from edition.sources.dates import iso_date
from edition.sources.metadata import language_code

DESTINATIONS = {
    "Citation": "citation", "Summary": "summary", "Credits": "credits",
    "Original Language": "original-language", "Contents": "contents",
}
_TRANSLATED_BY = re.compile(r"Translated(?: from \w+)? by ([A-Z][\w.'’ -]+?)(?:\s+and\s+([A-Z][\w.'’ -]+?))?\.(?:\s|$)")
_URL = re.compile(r"<?(https?://[^\s>]+?)>?[.,;]?(?:\s|$)")
_QUOTED_TITLE = re.compile(r"^\s*[\"“](.+?)[\"”]")
_PUBLISHER = re.compile(r"\b((?:[A-Z][\w]*\s){0,4}(?:Digital Archive|Archive Online|Digital Library))\b")
_CONVERSATION_WITH = re.compile(r"\b[Cc]onversation\s+with\s+(?:Comrades?\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
_JOURNAL_OF = re.compile(r"\b(?:Journal|Diary|Notes|Memoirs) of\s+(?:(?:Ambassador|Comrade|Minister|Counselor)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


def read_fields(page: ArchivalPage, document: model.Document) -> None:
    meta = document.metadata
    for label_line, value_block in page.fields:
        label = label_line.text.strip().rstrip(":").strip()
        value = value_block.text
        key = DESTINATIONS.get(label, "field")
        document.moved.append(model.Moved(label, value, label_line.number, key,
                                          tuple(line.number for line in value_block.lines)))
        if label in ("Author", "Authors", "Author(s)"):
            meta.authors.extend(a.strip() for a in value.split(";") if a.strip() and a.strip() not in meta.authors)
        if label == "Citation":
            _read_citation(value, meta)
        elif label == "Original Language":
            meta.original_language = language_code(value) or meta.original_language
        elif label == "Contents":
            for name in re.findall(r"[A-Z][a-z]+", value):
                if language_code(name) and "Translation" in value:
                    meta.language = language_code(name)


def _read_citation(citation: str, meta: model.Metadata) -> None:
    meta.archival_references = parse_archival_references(citation)
    title = _QUOTED_TITLE.match(citation)
    if title and not meta.title:
        meta.title = title.group(1).rstrip(",")
    translated = _TRANSLATED_BY.search(citation)
    if translated:
        meta.translators = [name.strip() for name in translated.groups() if name]
    url = _URL.search(citation)
    if url:
        meta.source_url = url.group(1)
    publisher = _PUBLISHER.search(citation)
    if publisher:
        meta.publisher = publisher.group(1)
    rest = citation[title.end():] if title else citation
    if not meta.date:
        meta.date = iso_date(rest)


def participants(title: str) -> list[str]:
    """The people of a recorded conversation, as the record's title names them."""
    found = [m.group(1) for regex in (_JOURNAL_OF, _CONVERSATION_WITH) for m in regex.finditer(title)]
    cleaned = []
    for name in found:
        name = re.split(r",|\s+(?:Record|on|in|at)\b", name)[0].strip()
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned
