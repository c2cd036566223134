"""The model's metadata and editorial decisions -> `teiHeader`.

Returns the elements that received matter moved out of the text (the archive's catalogue
fields), so that the lossless check can follow that matter to where it went.
"""
from __future__ import annotations

from lxml import etree

from edition import __version__, model
from edition.project import Project
from edition.sources.metadata import LANGUAGE_NAMES
from edition.tei.inline import append_inline
from edition.transforms.walk import all_elements
from edition.tei.ns import sub

RENDITIONS = [
    ("double-curly", 'quotes: "\\201C" "\\201D";'),
    ("single-curly", 'quotes: "\\2018" "\\2019";'),
    ("double-straight", "quotes: '\"' '\"';"),
    ("single-straight", 'quotes: "\'" "\'";'),
    ("double-low", 'quotes: "\\201E" "\\201C";'),
    ("guillemets", 'quotes: "\\00AB" "\\00BB";'),
    ("block", "display: block;"),
    ("brackets", 'before: "["; after: "]";'),
]
KIND_NAMES = {"pdf": "text extracted from a PDF", "web": "a web article saved as text",
              "archival": "an archival record page of a digital archive"}


def write_header(root: etree._Element, doc: model.Document, project: Project,
                 source_ref: str) -> dict[str, etree._Element]:
    meta = doc.metadata
    destinations: dict[str, etree._Element] = {}
    header = sub(root, "teiHeader")
    file_desc = sub(header, "fileDesc")
    _title_stmt(file_desc, doc)
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "publisher", project.publisher)
    availability = sub(publication, "availability")
    licence = sub(availability, "licence", target=project.licence_url)
    licence.text = (f"The TEI encoding: {project.licence}. " if project.licence else "") + (
        f"The source text: {meta.licence}." if meta.licence
        else "The source text: no licence is stated by its publisher; its rights remain with them.")
    if meta.licence_url and not project.licence_url:
        licence.set("target", meta.licence_url)
    source_desc = sub(file_desc, "sourceDesc")
    _source_bibl(source_desc, doc, source_ref, destinations)
    citation = _moved(doc, "citation")
    if citation is not None:
        destinations[citation.label] = _moved_element(source_desc, "bibl", citation, type="citation")
    if meta.archival_references:
        _ms_desc(source_desc, meta.archival_references)
    _encoding_desc(header, doc)
    _profile_desc(header, doc, destinations)
    revision = sub(header, "revisionDesc")
    change = sub(revision, "change")
    change.text = f"Converted to TEI by edition {__version__} from the source file "
    sub(change, "ref", source_ref.rsplit("/", 1)[-1], target=source_ref).tail = f" ({KIND_NAMES[doc.kind]}), SHA-256 "
    sub(change, "idno", doc.sha256, type="sha256").tail = "."
    return destinations


def _title_stmt(file_desc, doc: model.Document) -> None:
    meta = doc.metadata
    stmt = sub(file_desc, "titleStmt")
    if meta.title:
        sub(stmt, "title", meta.title, type="main")
    else:
        sub(stmt, "title", f"[Untitled{_first_words(doc)}]", type="desc")
    for author in meta.authors:
        _person(sub(stmt, "author"), author, doc)
    for editor in meta.editors:
        _person(sub(stmt, "editor"), editor, doc)
    if meta.translators:
        resp_stmt = sub(stmt, "respStmt", xml_id="resp.translator")
        sub(resp_stmt, "resp", "translation from the original language and square-bracketed insertions")
        for name in meta.translators:
            _person(resp_stmt, name, doc, wrapper="name")
    elif any(isinstance(el, (model.Supplied, model.EditorialNote)) for el in all_elements(doc)):
        resp_stmt = sub(stmt, "respStmt", xml_id="resp.source-editor")
        sub(resp_stmt, "resp", "square-bracketed insertions in the source text")
        sub(resp_stmt, "name", "the source's editor or translator (not named in the source)")
    resp_stmt = sub(stmt, "respStmt")
    sub(resp_stmt, "resp", "conversion of the plain-text source to TEI")
    sub(resp_stmt, "name", f"edition {__version__}", ref="#edition")


def _first_words(doc: model.Document) -> str:
    """A descriptive title for a text that prints none: what it is and who wrote it, as the
    text says; else its first words."""
    if doc.metadata.authors:
        noun = {"pdf": "text", "web": "web article", "archival": "record"}[doc.kind]
        return f" {noun} by {' and '.join(doc.metadata.authors)}"
    return ": " + " ".join(doc.text.split()[:8]) + " …"


def _source_bibl(source_desc, doc: model.Document, source_ref: str, destinations) -> None:
    meta = doc.metadata
    bibl = sub(source_desc, "bibl", type="source")
    if meta.title:
        sub(bibl, "title", meta.title, level="a" if doc.kind != "archival" else "u")
    for author in meta.authors:
        _person(sub(bibl, "author"), author, doc)
    for name in meta.translators:
        _person(sub(bibl, "editor", role="translator"), name, doc)
    for name in meta.editors:
        _person(sub(bibl, "editor"), name, doc)
    if meta.publisher:
        sub(bibl, "publisher", meta.publisher)
    if meta.pub_place:
        sub(bibl, "pubPlace", meta.pub_place)
    if meta.date:
        sub(bibl, "date", meta.date, when=meta.date)
    if meta.source_url:
        sub(bibl, "ref", meta.source_url, target=meta.source_url)
    if meta.original_language:
        sub(bibl, "textLang", LANGUAGE_NAMES.get(meta.original_language, meta.original_language),
            mainLang=meta.original_language)
    for moved in doc.moved:
        if moved.destination in ("credits", "contents", "field"):
            destinations[moved.label] = _moved_element(bibl, "note", moved, type=moved.destination, n=moved.label)
    note = sub(bibl, "note", type="transcription")
    note.text = f"Transcribed as plain text ({KIND_NAMES[doc.kind]}): "
    sub(note, "ref", source_ref.rsplit("/", 1)[-1], target=source_ref).tail = "."


def _ms_desc(source_desc, references) -> None:
    """One msDesc per archive that holds the record (the original and its copies)."""
    for reference in references:
        _identifier(sub(sub(source_desc, "msDesc"), "msIdentifier"), reference)


def _identifier(parent, reference) -> None:
    name = reference.repository + (f" ({reference.abbreviation})" if reference.abbreviation else "")
    sub(parent, "repository", name)
    for kind, value in reference.identifiers:
        sub(parent, "idno", value, type=kind)


def _encoding_desc(header, doc: model.Document) -> None:
    encoding = sub(header, "encodingDesc")
    app_info = sub(encoding, "appInfo")
    app = sub(app_info, "application", ident="edition", version=__version__, xml_id="edition")
    sub(app, "label", "edition")
    sub(app, "desc", "Converts plain-text transcriptions into TEI P5 (edition convert).")
    decl = sub(encoding, "editorialDecl")
    correction = sub(decl, "correction")
    sub(correction, "p", "The words of the source are kept as they are; nothing is corrected. "
                         "Square-bracketed insertions of the source's editor or translator are encoded as "
                         "supplied (completing a name) or as an editorial note (a gloss, or the original-language "
                         "word as foreign); the brackets are rendition (rend=\"brackets\").")
    normalization = sub(decl, "normalization")
    sub(normalization, "p", "Line ends of wrapped text are not kept: the lines of a paragraph are joined with "
                            "a space. Emphasis written with asterisks becomes hi, or title for titles of works.")
    hyphenation = sub(decl, "hyphenation", eol="hard")
    text = ("A hyphen at the end of a wrapped line is kept when it belongs to the word (self-criticism, "
            "Marxist-Leninist) and removed when it only divides the word at the wrap.")
    if doc.rejoined:
        words = ", ".join(f"{word} (line {line})" for line, word in doc.rejoined)
        text += f" Rejoined here: {words}."
    sub(hyphenation, "p", text)
    quotation = sub(decl, "quotation", marks="none")
    sub(quotation, "p", "Quotation marks are taken out of the text and recorded in @rend (see tagsDecl): "
                        "double-curly “…”, single-curly ‘…’, double-straight \"…\", single-straight '…'. A block "
                        "quotation is a quote in a cit (type=\"block\"), with its source: the note its marker "
                        "points to, or the person and date named by the sentence that introduces it. Inline: "
                        "words in marks directly followed by a note marker are a quote in a cit with the ref "
                        "(and @source to the note's citation); followed by an attribution in brackets, a quote "
                        "in a cit with that bibl; introduced by a named speaker and a verb of saying, q with "
                        "@who; otherwise four words or fewer are soCalled (terms, slogans, scare quotes); "
                        "anything longer is q. Apostrophes are never taken for quotation marks.")
    segmentation = sub(decl, "segmentation")
    sub(segmentation, "p", _segmentation(doc))
    interpretation = sub(decl, "interpretation")
    sub(interpretation, "p", "Note markers such as [12] are ref type=\"noteAnchor\" pointing to their note; "
                             "each note points back to its markers (note/@target) and keeps its printed number "
                             "in @n. A note that is a citation holds a structured bibl; Ibid. and short "
                             "citations point to the citation they repeat (bibl/@corresp).")
    if doc.moved:
        labels = ", ".join(dict.fromkeys(m.label for m in doc.moved))
        sub(interpretation, "p", f"The catalogue fields of the archive's page ({labels}) describe the record: "
                                 "they are moved from the text to this header (sourceDesc, profileDesc).")
    sub(interpretation, "p", "Persons are persName with @ref to the edition's register of persons (the "
                             "entries used are copied into standOff with the same ids); words derived from "
                             "names (Leninism, Marxist-Leninist) and things named after persons are not.")
    grouped: dict[tuple[str, str], list[int]] = {}
    for omitted in doc.omitted:
        grouped.setdefault((omitted.reason, omitted.text), []).append(omitted.line)
    for (reason, text), lines in grouped.items():
        p = sub(interpretation, "p", "Left out of the text as " + reason + ": ")
        where = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(map(str, lines))
        sub(p, "q", text).tail = f" ({where})."
    tags = sub(encoding, "tagsDecl")
    for ident, css in RENDITIONS:
        sub(tags, "rendition", css, xml_id=ident, scheme="css")


def _segmentation(doc: model.Document) -> str:
    return {
        "pdf": "Paragraphs as in the source (a whitespace-only line ends a paragraph). Page breaks of the "
               "original (extra blank lines, form feeds, page-number lines) are pb, numbered only when the "
               "source prints the number. Endnotes are in back.",
        "web": "One source line is one paragraph; a short line without final punctuation is a heading and "
               "begins a div. The notes list is in back.",
        "archival": "Paragraphs as in the source (blank-line separated). A paragraph cut in mid-sentence by a "
                    "blank line is rejoined with a pb, taken to be a page break of the original. The docket "
                    "lines are the opener, the signature the closer.",
    }[doc.kind]


def _profile_desc(header, doc: model.Document, destinations) -> None:
    meta = doc.metadata
    profile = sub(header, "profileDesc")
    summary = _moved(doc, "summary")
    if summary is not None:
        abstract = sub(profile, "abstract")
        destinations[summary.label] = _moved_element(abstract, "p", summary)
    if meta.date:
        creation = sub(profile, "creation")
        sub(creation, "date", meta.date, when=meta.date)
    usage = sub(profile, "langUsage")
    sub(usage, "language", LANGUAGE_NAMES.get(meta.language, meta.language), ident=meta.language)
    if meta.original_language and meta.original_language != meta.language:
        printed = _moved(doc, "original-language")
        name = printed.text if printed else LANGUAGE_NAMES.get(meta.original_language, meta.original_language)
        language = sub(usage, "language", name, ident=meta.original_language)
        if printed:
            destinations[printed.label] = language
    if meta.participants:
        partic = sub(profile, "particDesc")
        people = sub(partic, "listPerson", type="participants")
        for name in meta.participants:
            _person(sub(people, "person", role="participant"), name, doc, wrapper="persName")


def _moved_element(parent, tag: str, moved: model.Moved, **attrs):
    """An element holding matter moved from the text, with its persons linked."""
    element = sub(parent, tag, **attrs)
    append_inline(element, moved.nodes if moved.nodes is not None else [moved.text])
    return element


def _person(parent, name: str, doc: model.Document, wrapper: str | None = None) -> None:
    """A name in the header: a persName pointing to the register when the register knows it."""
    register = doc.register
    person_id = register.lookup(name) if register is not None else None
    if person_id:
        sub(parent, "persName", name, ref="#" + person_id)
    elif wrapper:
        sub(parent, wrapper, name)
    else:
        parent.text = name


def _moved(doc: model.Document, destination: str) -> model.Moved | None:
    return next((m for m in doc.moved if m.destination == destination), None)
