"""Where the edition's schemas are: the package's own copy when installed from a wheel
(`edition.schemas`), else the repository's `schemas/` folder."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

REPOSITORY_SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def schema_path(name: str) -> Path:
    """The path of schemas/<name> (edition.rng, edition.sch)."""
    if (REPOSITORY_SCHEMAS / name).exists():
        return REPOSITORY_SCHEMAS / name
    try:
        packaged = resources.files("edition.schemas") / name
    except ModuleNotFoundError:
        return REPOSITORY_SCHEMAS / name
    return Path(str(packaged))
