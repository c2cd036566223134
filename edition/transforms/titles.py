"""Give every mention of one title the same level: a paper named once with "editorial" nearby
is a periodical (level j) wherever else it is named."""
from __future__ import annotations

from edition import model
from edition.transforms.walk import all_elements

_SPECIFICITY = {"j": 3, "a": 2, "m": 1}


class UnifyTitleLevelsTransform:
    def apply(self, document: model.Document) -> None:
        titles = [el for el in all_elements(document) if isinstance(el, model.Title)]
        best: dict[str, str] = {}
        for title in titles:
            key = _text(title).lower()
            if _SPECIFICITY.get(title.level, 0) > _SPECIFICITY.get(best.get(key, ""), 0):
                best[key] = title.level
        for title in titles:
            title.level = best[_text(title).lower()]


def _text(element: model.Element) -> str:
    return "".join(c if isinstance(c, str) else _text(c) for c in element.children)
