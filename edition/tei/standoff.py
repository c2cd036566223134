"""Copies of the register entries a document uses, in its `standOff`, so that the file stands
alone when handed to another tool (same ids as the register)."""
from __future__ import annotations

import copy

from lxml import etree

from edition import model
from edition.tei.ns import sub


def write_stand_off(root: etree._Element, document: model.Document) -> None:
    register = document.register
    if register is None or not document.persons_used:
        return
    stand_off = sub(root, "standOff")
    people = sub(stand_off, "listPerson", type="register-copies")
    for person in register.persons:  # register order, so the copies read like the register
        if person.id in document.persons_used:
            entry = copy.deepcopy(person.element)
            entry.tail = None
            people.append(entry)
