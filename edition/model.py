"""The document model: what a source text says, in classes named after the TEI they become.

Readers build `Layout`s, recognizers turn them into these objects, transforms number and link
them, and `edition.tei` serialises them. Nothing here knows about XML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Union

from edition.errors import SourceWarning

Inline = Union[str, "Element"]


@dataclass
class Element:
    """An inline TEI element: a tag, its attributes and mixed content."""

    children: list[Inline] = field(default_factory=list)
    line: int | None = None
    tag: ClassVar[str] = ""

    def attributes(self) -> dict[str, str]:
        return {}


@dataclass
class Hi(Element):
    rend: str = "italic"
    tag: ClassVar[str] = "hi"

    def attributes(self):
        return {"rend": self.rend}


@dataclass
class Title(Element):
    level: str = "m"
    tag: ClassVar[str] = "title"

    def attributes(self):
        return {"level": self.level}


@dataclass
class Foreign(Element):
    lang: str = "und"
    tag: ClassVar[str] = "foreign"

    def attributes(self):
        return {"{http://www.w3.org/XML/1998/namespace}lang": self.lang}


@dataclass
class Supplied(Element):
    """Words an editor or translator added to complete the text, printed in square brackets."""

    reason: str = "completion"
    resp: str = "#resp.source-editor"
    tag: ClassVar[str] = "supplied"

    def attributes(self):
        return {"reason": self.reason, "resp": self.resp, "rend": "brackets"}


@dataclass
class EditorialNote(Element):
    """A bracketed gloss or explanation by an editor or translator, kept where it stands."""

    subtype: str = "gloss"
    resp: str = "#resp.source-editor"
    tag: ClassVar[str] = "note"

    def attributes(self):
        return {"type": "editorial", "subtype": self.subtype, "place": "inline",
                "resp": self.resp, "rend": "brackets"}


@dataclass
class NoteRef(Element):
    """A printed note marker such as [12]; `target` and `id` are set by the note transform."""

    n: str = ""
    target: str | None = None
    id: str | None = None
    cross_reference: bool = False  # "see note [3]" in a note: a pointer to the note, not its marker
    tag: ClassVar[str] = "ref"

    def attributes(self):
        attrs = {"type": "noteCrossRef" if self.cross_reference else "noteAnchor", "n": self.n}
        if self.target:
            attrs["target"] = "#" + self.target
        if self.id:
            attrs["{http://www.w3.org/XML/1998/namespace}id"] = self.id
        return attrs


@dataclass
class PageBreak(Element):
    """A page break of the original, with its printed number when the source shows one."""

    n: str | None = None
    in_word: bool = False
    tag: ClassVar[str] = "pb"

    def attributes(self):
        attrs = {"n": self.n} if self.n else {}
        if self.in_word:
            attrs["break"] = "no"
        return attrs


@dataclass
class PersName(Element):
    """A mention of a person of the register; `ref` is the register id."""

    ref: str = ""
    tag: ClassVar[str] = "persName"

    def attributes(self):
        return {"ref": "#" + self.ref}


@dataclass
class RoleName(Element):
    """A title before a name (Comrade, Dr.), kept inside the persName."""

    tag: ClassVar[str] = "roleName"


@dataclass
class Quoted(Element):
    """Words in quotation marks, as found; `ClassifyQuotationsTransform` decides what they are.
    `marks` names the marks taken out of the text (double-curly, single-straight...)."""

    marks: str = "double-straight"
    tag: ClassVar[str] = "q"

    def attributes(self):
        return {"rend": self.marks}


@dataclass
class Q(Quoted):
    """Speech or writing reported as quoted; `who` is the register id of the speaker."""

    who: str | None = None
    tag: ClassVar[str] = "q"

    def attributes(self):
        attrs = {"rend": self.marks}
        if self.who:
            attrs["who"] = "#" + self.who
        return attrs


@dataclass
class SoCalled(Quoted):
    """A term or slogan in scare quotes."""

    tag: ClassVar[str] = "soCalled"


@dataclass
class Quote(Quoted):
    """A passage quoted from a source; inside a `Cit` with what gives the source."""

    source: str | None = None  # id of the bibl that gives the source
    tag: ClassVar[str] = "quote"

    def attributes(self):
        attrs = {"rend": self.marks}
        if self.source:
            attrs["source"] = "#" + self.source
        return attrs


@dataclass
class Cit(Element):
    """A quotation and its source: children are a `Quote` then a `NoteRef` or a `BiblRef`."""

    type: str = "inline"
    tag: ClassVar[str] = "cit"

    def attributes(self):
        return {"type": self.type}


@dataclass
class BiblRef(Element):
    """A source named in the text itself ("(Lenin)"), or, empty, the author an introducing
    sentence names (`author_refs`) and the date it gives."""

    author_refs: list[str] = field(default_factory=list)
    when: str | None = None
    introduction: Block | None = None  # the paragraph that introduces the quotation
    tag: ClassVar[str] = "bibl"

    def attributes(self):
        return {"corresp": "#" + self.introduction.id} if self.introduction and self.introduction.id else {}


@dataclass
class LineBreak(Element):
    """A line end kept where lines are the form (a signature of several lines)."""

    tag: ClassVar[str] = "lb"


# ---------------------------------------------------------------- blocks


@dataclass
class Block:
    """A block of the text; `line` is the source line it starts on (for messages)."""

    line: int | None = None
    id: str | None = None


@dataclass
class Paragraph(Block):
    children: list[Inline] = field(default_factory=list)
    # The source lines as printed (before unwrapping), kept for recognizers that read layout.
    source_lines: list[str] = field(default_factory=list)


@dataclass
class BlockQuote(Block):
    """A quotation set off as a block; after transforms `children` holds one `Cit`."""

    children: list[Inline] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    marks: str = "none"
    attribution: list[Inline] = field(default_factory=list)  # "— Mao Zedong" on the line after it


@dataclass
class Head(Block):
    children: list[Inline] = field(default_factory=list)


@dataclass
class Item(Block):
    n: str = ""
    children: list[Inline] = field(default_factory=list)


@dataclass
class List(Block):
    items: list[Item] = field(default_factory=list)
    rend: str = "numbered"


@dataclass
class Opener(Block):
    """Docket lines at the head of a record (classification, copy, file number, date)."""

    lines: list[list[Inline]] = field(default_factory=list)


@dataclass
class Closer(Block):
    """The signature at the end of a record."""

    signed: list[Inline] = field(default_factory=list)


@dataclass
class Byline(Block):
    children: list[Inline] = field(default_factory=list)
    author: str | None = None


@dataclass
class DocTitle(Block):
    children: list[Inline] = field(default_factory=list)


@dataclass
class DocDate(Block):
    children: list[Inline] = field(default_factory=list)
    when: str | None = None


@dataclass
class Bibl:
    """A citation read from a note: parts from `edition.recognize.citation`."""

    parts: list = field(default_factory=list)
    id: str | None = None
    corresp: str | None = None
    nodes: list[list[Inline]] | None = None  # per part, when persons were linked inside it


@dataclass
class Note(Block):
    """A foot- or endnote; `paragraphs` are inline contents, `bibl` is set when the note is a citation."""

    n: str = ""
    place: str = "end"
    paragraphs: list[list[Inline]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each paragraph as unwrapped plain text
    bibl: Bibl | None = None
    anchor_ids: list[str] = field(default_factory=list)


@dataclass
class Div(Block):
    type: str = "section"
    head: Head | None = None
    blocks: list[Block] = field(default_factory=list)


# ---------------------------------------------------------------- document


@dataclass
class Moved:
    """Source matter placed outside `text` (in the header): its label, its text and where it went."""

    label: str
    text: str
    line: int
    destination: str  # a key the header writer resolves to an element
    value_lines: tuple[int, ...] = ()  # the source lines of the value (the label's line may hold it too)
    nodes: list[Inline] | None = None  # the text with persons linked, once transforms ran


@dataclass
class Omitted:
    """Source matter left out of `text` (web boilerplate); it is quoted in `encodingDesc`."""

    text: str
    line: int
    reason: str


@dataclass
class Metadata:
    """What is known about the source: from the text itself, overridden by a metadata file."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    date: str | None = None          # ISO date of the original (creation or publication)
    date_text: str | None = None     # the date as printed
    publisher: str | None = None
    pub_place: str | None = None
    language: str = "en"
    original_language: str | None = None  # BCP 47
    source_url: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    archival_references: list = field(default_factory=list)
    participants: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UnknownName:
    """A name-like sequence that is not in the register, for the editor to add."""

    path: Path
    line: int | None
    name: str
    reason: str


KINDS = ("pdf", "web", "archival")


@dataclass
class Document:
    path: Path
    kind: str
    sha256: str
    text: str  # the decoded source text (the reference for the lossless check)
    metadata: Metadata = field(default_factory=Metadata)
    front: list[Block] = field(default_factory=list)
    body: list[Div] = field(default_factory=list)
    back: list[Div] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    omitted: list[Omitted] = field(default_factory=list)
    warnings: list[SourceWarning] = field(default_factory=list)
    rejoined: list[tuple[int, str]] = field(default_factory=list)  # (line, word) de-hyphenated at a wrap
    persons_used: list[str] = field(default_factory=list)  # register ids, in order of first mention
    unknown_names: list["UnknownName"] = field(default_factory=list)
    register: object | None = None  # the PersonRegister the document was linked to

    @property
    def intervention_resp(self) -> str:
        """Who made the square-bracketed insertions: the translator if known, else the source's editor."""
        return "#resp.translator" if self.metadata.translators else "#resp.source-editor"

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(SourceWarning(self.path, line, message))

    def all_blocks(self):
        """Every block in document order, descending into divs."""
        def walk(blocks):
            for block in blocks:
                yield block
                if isinstance(block, Div):
                    if block.head:
                        yield block.head
                    yield from walk(block.blocks)
        yield from walk(self.front)
        yield from walk(self.body)
        yield from walk(self.back)
