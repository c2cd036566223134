"""Ordered passes over the document model (as Sphinx transforms): link, number, identify."""
from __future__ import annotations

from edition import model
from edition.transforms.citations import ReadCitationsTransform
from edition.transforms.ids import AssignIdsTransform
from edition.transforms.notes import LinkNotesTransform
from edition.transforms.titles import UnifyTitleLevelsTransform

DEFAULT_TRANSFORMS = [LinkNotesTransform(), ReadCitationsTransform(), UnifyTitleLevelsTransform(), AssignIdsTransform()]


def apply_transforms(document: model.Document, transforms=None) -> None:
    for transform in transforms or DEFAULT_TRANSFORMS:
        transform.apply(document)
