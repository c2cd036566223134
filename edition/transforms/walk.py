"""Visit every inline node of a document in reading order."""
from __future__ import annotations

from typing import Iterator

from edition import model


def inline_lists(document: model.Document) -> Iterator[list[model.Inline]]:
    """Every list of inline children (paragraphs, heads, items, note paragraphs...) in order."""
    for block in document.all_blocks():
        if isinstance(block, (model.Paragraph, model.Head, model.DocTitle, model.DocDate, model.Byline)):
            yield block.children
        elif isinstance(block, model.List):
            for item in block.items:
                yield item.children
        elif isinstance(block, model.Opener):
            yield from block.lines
        elif isinstance(block, model.Closer):
            yield block.signed
        elif isinstance(block, model.Note):
            yield from block.paragraphs


def elements(nodes: list[model.Inline]) -> Iterator[model.Element]:
    for node in nodes:
        if isinstance(node, model.Element):
            yield node
            yield from elements(node.children)


def all_elements(document: model.Document) -> Iterator[model.Element]:
    for nodes in inline_lists(document):
        yield from elements(nodes)
