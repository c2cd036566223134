"""The committed TEI of the seeds (tei/*.xml) is exactly what the converter makes now, so every
change to the converter shows as a diff a person reads. Regenerate on purpose with
`pytest tests/test_golden.py --update-golden` (or `edition convert --force`), then read the diff."""
from __future__ import annotations

import pytest

from edition.convert import build_document, to_tei
from edition.project import load_project
from conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_tei_is_up_to_date(seed, request):
    golden = ROOT / "tei" / f"{seed.stem}.xml"
    document, _ = build_document(seed.relative_to(ROOT), seed.read_bytes())
    made = to_tei(document, load_project(ROOT), f"../seeds/{seed.name}")
    if request.config.getoption("--update-golden"):
        golden.write_bytes(made)
    assert golden.exists(), f"{golden} is missing: run edition build"
    assert made == golden.read_bytes(), f"{golden.name} differs from the converter's output: run edition build and read the diff"


def test_conversion_is_deterministic():
    for seed in SEEDS:
        first = to_tei(build_document(seed, seed.read_bytes())[0], load_project(ROOT), seed.name)
        second = to_tei(build_document(seed, seed.read_bytes())[0], load_project(ROOT), seed.name)
        assert first == second
