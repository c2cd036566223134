"""Link every mention of a person to the register (`persName @ref`), keep the ids a document
uses (for its standOff copies), and list name-like sequences the register does not know."""
from __future__ import annotations

import re

from edition import model
from edition.registers.persons import PersonRegister
from edition.registers.unknown import CORPORATE, candidates
from edition.transforms.walk import located_inline_lists

_SKIP = (model.PersName, model.NoteRef, model.Foreign)


class LinkPersonsTransform:
    def __init__(self, register: PersonRegister | None):
        self.register = register

    def apply(self, document: model.Document) -> None:
        self.document = document
        self.recent: list[str] = []  # ids in order of mention, latest last (to resolve ambiguity)
        for block in document.all_blocks():
            if isinstance(block, model.Note) and block.bibl is not None:
                block.bibl.nodes = [[p if isinstance(p, str) else p.text] for p in block.bibl.parts]
        for moved in document.moved:
            moved.nodes = moved.nodes or [moved.text]
            if self.register is not None:
                self._link(moved.nodes, moved.line)
        for block, nodes in located_inline_lists(document):
            if self.register is not None:
                self._link(nodes, block.line)
            self._report_unknown(nodes, block.line)
        for block in document.all_blocks():
            if isinstance(block, model.Note) and block.bibl is not None:
                self._report_cited_authors(block)
        meta = document.metadata
        for name in meta.authors + meta.translators + meta.editors + meta.participants:
            person = self.register.lookup(name) if self.register else None
            if person:
                self._use(person)

    def _use(self, person_id: str) -> None:
        if person_id not in self.document.persons_used:
            self.document.persons_used.append(person_id)
        self.recent.append(person_id)

    def _link(self, nodes: list[model.Inline], line: int | None) -> None:
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if isinstance(node, model.Supplied) and i + 1 < len(nodes) and isinstance(nodes[i + 1], str):
                if self._completed_name(nodes, i, line):
                    i += 1
                    continue
            if isinstance(node, str):
                pieces = self._split(node, line)
                nodes[i:i + 1] = pieces
                i += len(pieces)
                continue
            if isinstance(node, model.Element) and not isinstance(node, _SKIP):
                self._link(node.children, line)
            i += 1

    def _completed_name(self, nodes, i: int, line) -> bool:
        """`[A.I.] Mikoyan`, `[Deng] Xiaoping`: the supplied part and the rest are one persName."""
        following = nodes[i + 1]
        supplied = "".join(c for c in nodes[i].children if isinstance(c, str))
        for mention in self.register.find(supplied + following):
            if mention.start != 0 or mention.end <= len(supplied):
                break
            person_id = self._resolve(mention, line)
            if person_id is None:
                break
            cut = mention.end - len(supplied)
            nodes[i:i + 2] = [model.PersName(children=[nodes[i], following[:cut]], ref=person_id, line=line),
                              following[cut:]]
            return True
        for mention in self.register.find(following):
            if following[:mention.start].strip() or mention.name_start != mention.start:
                break
            person_id = self._resolve(mention, line)
            if person_id is None:
                break
            name = model.PersName(children=[nodes[i], following[:mention.end]], ref=person_id, line=line)
            nodes[i:i + 2] = [name, following[mention.end:]]
            return True
        return False

    def _split(self, text: str, line: int | None) -> list[model.Inline]:
        pieces: list[model.Inline] = []
        position = 0
        for mention in self.register.find(text):
            person_id = self._resolve(mention, line)
            if person_id is None:
                continue
            pieces.append(text[position:mention.start])
            children: list[model.Inline] = []
            if mention.name_start > mention.start:
                title = text[mention.start:mention.name_start]
                children += [model.RoleName(children=[title.rstrip()]), title[len(title.rstrip()):]]
            children.append(text[mention.name_start:mention.end])
            pieces.append(model.PersName(children=children, ref=person_id, line=line))
            position = mention.end
        pieces.append(text[position:])
        return [p for p in pieces if p != ""]

    def _resolve(self, mention, line) -> str | None:
        """One id: the only candidate, or the candidate mentioned most recently; else report."""
        ids = mention.person_ids
        if len(ids) > 1:
            recent = [i for i in reversed(self.recent) if i in ids]
            if not recent:
                self.document.warn(line, f"the name {mention.form!r} may be {' or '.join(ids)}; "
                                         f"the context does not tell which, so it is not linked")
                return None
            ids = (recent[0],)
        self._use(ids[0])
        return ids[0]

    def _add_unknown(self, name: str, line: int | None, reason: str) -> None:
        """Once per name; a surname alone is not reported again after its full name."""
        for known in self.document.unknown_names:
            if known.name == name or known.name.endswith(" " + name) or known.name.startswith(name + " "):
                return
        self.document.unknown_names.append(model.UnknownName(self.document.path, line, name, reason))

    def _report_cited_authors(self, note: model.Note) -> None:
        """The author or editor of a cited work is a person, whatever the shape of the name."""
        for part, nodes in zip(note.bibl.parts, note.bibl.nodes or []):
            if getattr(part, "field", None) in ("author", "editor") and not any(
                    isinstance(n, model.PersName) for n in nodes):
                name = re.sub(r"\s+", " ", part.text.strip())
                if not CORPORATE.search(name):
                    self._add_unknown(name, note.line, f"the {part.field} of a cited work")

    def _report_unknown(self, nodes: list[model.Inline], line: int | None) -> None:
        for node in nodes:
            if isinstance(node, str):
                for _, name, reason in candidates(node):
                    if not (self.register is not None and self.register.find(name)):
                        self._add_unknown(re.sub(r"\s+", " ", name), line, reason)
            elif isinstance(node, model.Element) and not isinstance(node, _SKIP):
                self._report_unknown(node.children, line)
