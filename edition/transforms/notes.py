"""Link each note marker to its note and each note back to its markers.

Errors (the conversion stops): a marker whose note is missing, two notes with one number.
Warnings: a note no marker points to, notes numbered with a gap.
"""
from __future__ import annotations

from edition import model
from edition.errors import SourceError
from edition.transforms.walk import all_elements


class LinkNotesTransform:
    def apply(self, document: model.Document) -> None:
        notes: dict[str, model.Note] = {}
        for block in document.all_blocks():
            if isinstance(block, model.Note):
                if block.n in notes:
                    raise SourceError(document.path, f"duplicate note number [{block.n}] "
                                      f"(first at line {notes[block.n].line})", line=block.line)
                notes[block.n] = block
                block.id = f"note.{block.n}"
        refs = [el for el in all_elements(document) if isinstance(el, model.NoteRef)]
        for ref in refs:
            if ref.cross_reference:  # "see note [3]": points to the note, is not its marker
                if ref.n not in notes:
                    raise SourceError(document.path, f"note {ref.n} referred to here does not exist", line=ref.line)
                ref.target = notes[ref.n].id
        refs = [ref for ref in refs if not ref.cross_reference]
        seen: dict[str, int] = {}
        for ref in refs:
            note = notes.get(ref.n)
            if note is None:
                raise SourceError(document.path, f"note marker [{ref.n}] has no note "
                                  f"(the notes are: {_ranges(notes)})", line=ref.line)
            seen[ref.n] = seen.get(ref.n, 0) + 1
            ref.target = note.id
            ref.id = f"noteref.{ref.n}" + (f".{seen[ref.n]}" if seen[ref.n] > 1 else "")
            note.anchor_ids.append(ref.id)
        for n, note in notes.items():
            if not note.anchor_ids:
                document.warn(note.line, f"note [{n}] has no marker in the text")
        numbers = sorted(int(n) for n in notes)
        if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            missing = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers))
            document.warn(None, f"note numbers have gaps: {', '.join(map(str, missing))} missing")


def _ranges(notes: dict[str, model.Note]) -> str:
    return ", ".join(notes) if notes else "none"
