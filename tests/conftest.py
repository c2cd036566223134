"""Shared fixtures: conversion of a text to a parsed TEI tree, and the tei_all validator."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

from edition.convert import build_document, to_tei
from edition.project import Project
from edition.registers.persons import load_register

ROOT = Path(__file__).resolve().parent.parent
NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden TEI files of the seeds (read the diff before committing).")


@lru_cache(maxsize=1)
def register():
    """The edition's register of persons (tei/persons.xml), read once."""
    return load_register(ROOT / "tei" / "persons.xml")


def convert_bytes(path: Path, kind: str | None = None) -> bytes:
    document, _ = build_document(path, path.read_bytes(), kind, register())
    return to_tei(document, Project(), path.name)


def convert_tree(path: Path, kind: str | None = None) -> etree._Element:
    return etree.fromstring(convert_bytes(path, kind))


@pytest.fixture(scope="session")
def tei_all():
    """The official tei_all schema, compiled once per test session (lxml; ~5 s)."""
    from edition.validation.tei_all import tei_all_schema

    return etree.RelaxNG(etree.parse(str(tei_all_schema())))
