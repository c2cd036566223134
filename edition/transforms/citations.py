"""Read notes that are citations into structured `Bibl`s and link Ibid. and short citations to
the citation they repeat."""
from __future__ import annotations

import re

from edition import model
from edition.recognize.citation import citation_key, is_ibid, parse_citation, same_work

_MARKUP = re.compile(r"[*\[\]\ue000\ue001]")  # emphasis, brackets, page breaks: keep the note as read


class ReadCitationsTransform:
    def apply(self, document: model.Document) -> None:
        previous: model.Bibl | None = None  # the citation an Ibid. repeats
        earlier: list[model.Bibl] = []      # full citations, for short forms
        for block in document.all_blocks():
            if not isinstance(block, model.Note) or len(block.texts) != 1 or _MARKUP.search(block.texts[0]):
                continue
            text = block.texts[0].strip()
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
            repeated = _repeated(parts, earlier)
            if repeated is not None:
                bibl.corresp = repeated.id  # a short form of an earlier full citation
            else:
                earlier.append(bibl)
            block.bibl = bibl
            previous = bibl


def _repeated(parts, earlier: list[model.Bibl]) -> model.Bibl | None:
    """The latest earlier citation of the same work (short title a prefix of its title), else
    one with the same key (surname, title)."""
    for candidate in reversed(earlier):
        if same_work(parts, candidate.parts):
            return candidate
    key = citation_key(parts)
    return next((c for c in reversed(earlier) if key and citation_key(c.parts) == key), None)
