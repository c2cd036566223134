"""Ordered passes over the document model (as Sphinx transforms): link, classify, number."""
from __future__ import annotations

from edition import model
from edition.registers.persons import PersonRegister
from edition.transforms.citations import ReadCitationsTransform
from edition.transforms.ids import AssignIdsTransform
from edition.transforms.notes import LinkNotesTransform
from edition.transforms.persons import LinkPersonsTransform
from edition.transforms.quotations import ClassifyQuotationsTransform
from edition.transforms.titles import UnifyTitleLevelsTransform


def default_transforms(register: PersonRegister | None) -> list:
    """In order: notes before citations (a citation is read from its note), persons before
    quotations (a speaker is a linked person), ids last."""
    return [LinkNotesTransform(), ReadCitationsTransform(), LinkPersonsTransform(register),
            ClassifyQuotationsTransform(), UnifyTitleLevelsTransform(), AssignIdsTransform()]


def apply_transforms(document: model.Document, register: PersonRegister | None = None) -> None:
    for transform in default_transforms(register):
        transform.apply(document)
