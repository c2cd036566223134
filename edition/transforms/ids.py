"""Give every paragraph, division and list a stable, readable id: p.12, div.3, list.1."""
from __future__ import annotations

from edition import model


class AssignIdsTransform:
    PREFIX = {model.Paragraph: "p", model.Div: "div", model.List: "list"}

    def apply(self, document: model.Document) -> None:
        counters: dict[str, int] = {}
        for block in document.all_blocks():
            prefix = self.PREFIX.get(type(block))
            if prefix and block.id is None:
                counters[prefix] = counters.get(prefix, 0) + 1
                block.id = f"{prefix}.{counters[prefix]}"
