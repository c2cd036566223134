"""An ordered registry of recognizers, as in Python-Markdown: each default is registered once,
with a priority, in one place (`edition.recognize.defaults`); later issues add their own."""
from __future__ import annotations

from typing import Generic, Iterator, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, tuple[float, T]] = {}

    def register(self, item: T, name: str, priority: float) -> None:
        """Add or replace `name`; higher priority runs first (ties: the order of registration)."""
        self._items[name] = (priority, item)

    def deregister(self, name: str) -> None:
        del self._items[name]

    def __iter__(self) -> Iterator[T]:
        ordered = sorted(enumerate(self._items.values()), key=lambda pair: (-pair[1][0], pair[0]))
        return (item for _, (_, item) in ordered)

    def __contains__(self, name: str) -> bool:
        return name in self._items
