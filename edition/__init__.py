"""edition: plain-text transcriptions -> TEI P5 -> a scholarly digital edition."""
from __future__ import annotations

__version__ = "0.1.0"
