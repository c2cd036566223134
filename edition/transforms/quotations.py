"""Decide what each quotation is, and link it to its source.

The rule (also in each file's editorialDecl and in the README):
1. a block quotation is `cit type="block"` with a `quote`;
2. words in quotation marks directly followed by a note marker are a `quote` in a `cit` with
   the `ref` to the note (and `@source` to the note's citation);
3. followed by an attribution in brackets, "(Lenin)", a `quote` in a `cit` with that `bibl`;
4. introduced by a named speaker and a verb of saying ("Stalin said, "…""), a `q @who`;
5. otherwise four words or fewer are `soCalled` (terms, slogans, scare quotes);
6. anything else is `q`.
The source of a block quotation is its closing note marker, or the person (and date) named by
the sentence that introduces it ("Lenin said in October 1921:").
"""
from __future__ import annotations

import re

from edition import model
from edition.sources.dates import MONTHS
from edition.transforms.walk import located_inline_lists

SAYING = re.compile(r"\b(?:said|says|saying|wrote|writes|writing|declared|declaring|stated|stating|noted|noting|"
                    r"stressed|stressing|replied|answered|asked|remarked|insisted|insisting|exclaimed|told|"
                    r"observed|added|continued|argued|arguing|suggested|suggesting|claimed|claiming|"
                    r"responded|shrieking|shouted|believed|warned|warning|proclaimed|likening|calling|"
                    r"describing)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|with|to|against|about|on|for|at|in|over|towards?)\s+$", re.I)
_STRAY_MARKS = re.compile(r"[“”‘„«»\"]")
_QUOTED_DAY = re.compile(r"[“\"«]\d{1,2}[”\"»]")  # "5" April 1956: the day of a date, not a quotation
_YEAR = re.compile(rf"\b(?:(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b")


class ClassifyQuotationsTransform:
    def apply(self, document: model.Document) -> None:
        self.document = document
        self.notes = {b.n: b for b in document.all_blocks() if isinstance(b, model.Note)}
        for moved in document.moved:
            if moved.nodes:
                self._classify(moved.nodes)
        for block, nodes in list(located_inline_lists(document)):
            if isinstance(block, model.Note) and block.bibl is not None:
                continue  # the marks of a citation are its punctuation
            self._classify(nodes)
            self._report_stray_marks(nodes, block.line)
        for div in document.body:
            self._block_quotations(div.blocks)

    # ------------------------------------------------------------ inline

    def _classify(self, nodes: list[model.Inline]) -> None:
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if isinstance(node, model.Element) and not isinstance(node, model.Quoted):
                self._classify(node.children)
            elif type(node) is model.Quoted:
                self._classify(node.children)
                i = self._decide(nodes, i)
            i += 1

    def _decide(self, nodes: list[model.Inline], i: int) -> int:
        """Replace the Quoted at i by what it is; return the index of the last node it took."""
        quoted = nodes[i]
        after = nodes[i + 1] if i + 1 < len(nodes) else None
        speaker = _speaker(nodes, i)
        if isinstance(after, model.NoteRef):
            quote = model.Quote(children=quoted.children, marks=quoted.marks, line=quoted.line,
                                source=self._note_source(after))
            parts = [quote, after] + ([model.BiblRef(author_refs=[speaker])] if speaker else [])
            nodes[i:i + 2] = [model.Cit(children=parts, line=quoted.line)]
            return i
        attribution = self._bracketed_attribution(nodes, i)
        if attribution is not None:
            return attribution
        if speaker:
            nodes[i] = model.Q(children=quoted.children, marks=quoted.marks, line=quoted.line, who=speaker)
        elif len(_text(quoted.children).split()) <= 4:
            nodes[i] = model.SoCalled(children=quoted.children, marks=quoted.marks, line=quoted.line)
        else:
            nodes[i] = model.Q(children=quoted.children, marks=quoted.marks, line=quoted.line)
        return i

    def _note_source(self, ref: model.NoteRef) -> str | None:
        note = self.notes.get(ref.n)
        if note is None:
            return None
        return note.bibl.id if note.bibl is not None else note.id

    def _bracketed_attribution(self, nodes, i: int) -> int | None:
        """“…” (Lenin). -> cit(quote, bibl("(", persName, ")"))."""
        if i + 3 >= len(nodes) + 1 or i + 2 >= len(nodes):
            return None
        opening, person, closing = nodes[i + 1], nodes[i + 2], nodes[i + 3] if i + 3 < len(nodes) else None
        if not (isinstance(opening, str) and re.fullmatch(r"\s*\(", opening) and isinstance(person, model.PersName)
                and isinstance(closing, str) and closing.startswith(")")):
            return None
        quoted = nodes[i]
        quote = model.Quote(children=quoted.children, marks=quoted.marks, line=quoted.line)
        bibl = model.BiblRef(children=["(", person, ")"])
        nodes[i:i + 4] = [model.Cit(children=[quote, bibl], line=quoted.line), closing[1:]]
        return i

    def _report_stray_marks(self, nodes, line) -> None:
        for node in nodes:
            text = _QUOTED_DAY.sub("", node) if isinstance(node, str) else ""
            if _STRAY_MARKS.search(text):
                mark = _STRAY_MARKS.search(text).group(0)
                context = text[max(0, text.index(mark) - 30):text.index(mark) + 30].strip()
                self.document.warn(line, f"unbalanced or ambiguous quotation mark {mark} in “…{context}…”; "
                                         f"left as it is")
            elif isinstance(node, model.Element):
                self._report_stray_marks(node.children, line)

    # ------------------------------------------------------------ blocks

    def _block_quotations(self, blocks: list[model.Block]) -> None:
        for index, block in enumerate(blocks):
            if not isinstance(block, model.BlockQuote):
                continue
            children = list(block.children)
            if len(children) == 1 and type(children[0]) in (model.Quoted, model.SoCalled, model.Q):
                block.marks, children = children[0].marks, children[0].children  # wholly in marks
            parts: list[model.Inline] = []
            while children and isinstance(children[-1], str) and not children[-1].strip():
                children.pop()
            if children and isinstance(children[-1], model.NoteRef):
                parts.append(children.pop())
            rend = "block" if block.marks == "none" else f"block {block.marks}"
            quote = model.Quote(children=children, marks=rend, line=block.line,
                                source=self._note_source(parts[0]) if parts else None)
            if block.attribution:  # "— Mao Zedong": the source, as the text gives it
                parts.append(model.BiblRef(children=block.attribution))
                self._classify(block.attribution)
            intro = blocks[index - 1] if index and isinstance(blocks[index - 1], model.Paragraph) else None
            if intro is not None and _text(intro.children).rstrip().endswith(":"):
                parts.append(_introduction(intro))
            block.children = [model.Cit(children=[quote] + parts, type="block", line=block.line)]


def _introduction(intro: model.Paragraph) -> model.BiblRef:
    """The source named by the sentence before a block quotation: its last person, its date."""
    sentence_nodes = _last_sentence(intro.children)
    date = None
    match = _YEAR.search(_text(sentence_nodes)) or _YEAR.search(_text(intro.children))
    if match:
        date = match.group("year")
        if match.group("month"):
            date += f"-{MONTHS[match.group('month').lower()]:02d}"
    return model.BiblRef(author_refs=_last_named(sentence_nodes), when=date, introduction=intro)


def _last_named(nodes: list[model.Inline]) -> list[str]:
    """The persons named last in a sentence, with those joined to them: "Marx and Engels wrote:"."""
    refs: list[str] = []
    k = max((i for i, n in enumerate(nodes) if isinstance(n, model.PersName)), default=-1)
    while k >= 0 and isinstance(nodes[k], model.PersName):
        refs.insert(0, nodes[k].ref)
        if k >= 2 and isinstance(nodes[k - 1], str) and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", nodes[k - 1]):
            k -= 2
        else:
            break
    return list(dict.fromkeys(refs))


def _last_sentence(nodes: list[model.Inline]) -> list[model.Inline]:
    for k in range(len(nodes) - 1, -1, -1):
        node = nodes[k]
        if isinstance(node, str) and re.search(r"[.!?]\s", node[:-1] if k == len(nodes) - 1 else node):
            tail = re.split(r"[.!?]\s", node)[-1]
            return [tail] + nodes[k + 1:]
    return nodes


def _speaker(nodes: list[model.Inline], i: int) -> str | None:
    """Who says the quoted words: in the same sentence, the verb of saying nearest before the
    quotation, and the person named before that verb (not a possessive: "Stalin's rule")."""
    verb_seen = False
    for k in range(i - 1, -1, -1):
        node = nodes[k]
        if isinstance(node, model.PersName):
            following = nodes[k + 1] if k + 1 < len(nodes) else ""
            possessive = isinstance(following, str) and re.match(r"['’]s\b", following)
            preceding = [n for n in nodes[max(0, k - 2):k] if not (isinstance(n, str) and not n.strip())]
            before = preceding[-1] if preceding else ""
            an_object = isinstance(before, model.Quoted) or (  # "defended" Mao; a stance from Khrushchev
                isinstance(before, str) and bool(_PREPOSITION_BEFORE.search(before)))
            if verb_seen and not possessive and not an_object:
                return node.ref
            if isinstance(following, str) and re.match(r"['’]s\s+(?:words|phrase|formula|view)\b", following):
                return node.ref  # "In Khrushchev’s words, “…”"
            continue
        text = node if isinstance(node, str) else _text(node.children)
        sentence = re.split(r"[.!?]\s", text)
        verb_seen = verb_seen or bool(SAYING.search(sentence[-1]))
        if len(sentence) > 1:
            return None
    return None


def _text(nodes: list[model.Inline]) -> str:
    return "".join(n if isinstance(n, str) else _text(n.children) for n in nodes)
