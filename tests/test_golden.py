"""Golden files: the committed TEI of the seeds (tei/*.xml) and of our own test texts
(tests/golden/*.xml) is exactly what the converter makes now, so every change to the converter
shows as a diff a person reads. Regenerate on purpose with
`python -m pytest tests/test_golden.py --update-golden`, then read the diff before committing."""
from __future__ import annotations

import pytest

from conftest import ROOT, register
from edition.convert import build_document, to_tei
from edition.project import load_project

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEXTS = sorted((ROOT / "tests" / "texts").glob("*.txt"))
CASES = [(s, ROOT / "tei" / f"{s.stem}.xml", f"../seeds/{s.name}") for s in SEEDS] + \
        [(t, ROOT / "tests" / "golden" / f"{t.stem}.xml", f"../texts/{t.name}") for t in TEXTS]


@pytest.mark.parametrize("source,golden,source_ref", CASES, ids=[c[0].stem for c in CASES])
def test_tei_equals_the_golden_file(source, golden, source_ref, request):
    document, _ = build_document(source.relative_to(ROOT), source.read_bytes(), None, register())
    made = to_tei(document, load_project(ROOT), source_ref)
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(made)
    assert golden.exists(), f"{golden} is missing: run with --update-golden and read it"
    assert made == golden.read_bytes(), f"{golden.name} differs from the converter's output: read the diff"


@pytest.mark.parametrize("source", SEEDS + TEXTS, ids=lambda p: p.stem)
def test_conversion_is_deterministic(source):
    project = load_project(ROOT)
    first = to_tei(build_document(source, source.read_bytes(), None, register())[0], project, source.name)
    second = to_tei(build_document(source, source.read_bytes(), None, register())[0], project, source.name)
    assert first == second
