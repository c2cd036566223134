"""How long converting each seed takes (read, recognize, link persons and quotations, write TEI,
lossless check),
in-process, as the median of several runs after one warm-up. Prints one line per seed.

    python benchmarks/convert_seeds.py [RUNS]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from edition.convert import build_document, to_tei
from edition.project import load_project
from edition.registers.persons import load_register

ROOT = Path(__file__).resolve().parent.parent


def main(runs: int = 9) -> None:
    project = load_project(ROOT)
    register = load_register(project.persons_path)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        data = seed.read_bytes()
        to_tei(build_document(seed, data, None, register)[0], project, seed.name)  # warm-up (word list, imports)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            to_tei(build_document(seed, data, None, register)[0], project, seed.name)
            times.append(time.perf_counter() - start)
        print(f"{seed.name}: {len(data) / 1024:.0f} KiB, median {statistics.median(times) * 1000:.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; {runs} runs)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
