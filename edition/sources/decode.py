"""Bytes of a source file -> its text, or a SourceError that says exactly what is wrong.

Accepts UTF-8 with or without a BOM and any line ends; rejects empty, binary and non-UTF-8
files with the line and byte offset of the first bad byte.
"""
from __future__ import annotations

from pathlib import Path

from edition.errors import SourceError

_BOM = b"\xef\xbb\xbf"


def decode_source(path: Path, data: bytes) -> str:
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if not data.strip():
        raise SourceError(path, "the file is empty (no text to convert)", line=1)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise SourceError(path, f"binary data, not text: NUL byte at byte offset {offset}",
                          line=data.count(b"\n", 0, offset) + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(path, f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} "
                                f"cannot be decoded ({exc.reason}); convert the file to UTF-8 first",
                          line=line, column=column) from None
    controls = [c for c in text if ord(c) < 32 and c not in "\t\n\r\f"]
    if len(controls) > max(8, len(text) // 1000):
        first = next(i for i, c in enumerate(text) if c in controls)
        raise SourceError(path, f"binary data, not text: control character U+{ord(text[first]):04X}",
                          line=text.count("\n", 0, first) + 1)
    return text.replace("\r\n", "\n").replace("\r", "\n")
