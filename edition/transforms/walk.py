"""Visit every inline node of a document in reading order."""
from __future__ import annotations

from typing import Iterator

from edition import model


def inline_lists(document: model.Document) -> Iterator[list[model.Inline]]:
    """Every list of inline children (paragraphs, heads, items, note paragraphs...) in order."""
    for _, nodes in located_inline_lists(document):
        yield nodes


def located_inline_lists(document: model.Document) -> Iterator[tuple[model.Block, list[model.Inline]]]:
    """(block, inline children) for every list of inline children, in reading order."""
    for block in document.all_blocks():
        if isinstance(block, (model.Paragraph, model.Head, model.DocTitle, model.DocDate, model.Byline,
                              model.BlockQuote)):
            yield block, block.children
            if isinstance(block, model.BlockQuote) and block.attribution:
                yield block, block.attribution
        elif isinstance(block, model.List):
            for item in block.items:
                yield item, item.children
        elif isinstance(block, model.Opener):
            for line in block.lines:
                yield block, line
        elif isinstance(block, model.Closer):
            yield block, block.signed
        elif isinstance(block, model.Note) and block.bibl is not None:
            for nodes in block.bibl.nodes or []:  # a citation: its parts, not the paragraph it was read from
                yield block, nodes
        elif isinstance(block, model.Note):
            for paragraph in block.paragraphs:
                yield block, paragraph


def elements(nodes: list[model.Inline]) -> Iterator[model.Element]:
    for node in nodes:
        if isinstance(node, model.Element):
            yield node
            yield from elements(node.children)


def all_elements(document: model.Document) -> Iterator[model.Element]:
    for nodes in inline_lists(document):
        yield from elements(nodes)
