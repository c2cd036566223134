"""Read notes that are citations into structured `Bibl`s and link Ibid. and short citations to
the full citation they repeat."""
from __future__ import annotations

from edition import model
from edition.recognize.citation import citation_key, is_ibid, parse_citation


class ReadCitationsTransform:
    def apply(self, document: model.Document) -> None:
        previous: model.Bibl | None = None  # the citation an Ibid. repeats
        by_key: dict[tuple[str, str], model.Bibl] = {}
        for block in document.all_blocks():
            if not isinstance(block, model.Note) or len(block.paragraphs) != 1:
                continue
            nodes = block.paragraphs[0]
            if len(nodes) != 1 or not isinstance(nodes[0], str):
                continue  # markup inside: keep the note as prose
            text = nodes[0]
            bibl_id = f"bibl.{block.n}"
            if is_ibid(text):
                if previous is None:
                    document.warn(block.line, f"note [{block.n}] says Ibid. but no citation comes before it")
                    continue
                block.bibl = model.Bibl(parts=[text], id=bibl_id, corresp=previous.id)
                continue
            parts = parse_citation(text)
            if not parts:
                continue
            bibl = model.Bibl(parts=parts, id=bibl_id)
            key = citation_key(parts)
            if key and key in by_key:
                bibl.corresp = by_key[key].id  # a short form of an earlier full citation
            elif key:
                by_key[key] = bibl
            block.bibl = bibl
            previous = bibl
