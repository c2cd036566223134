"""XSLT 3.0 with SaxonC-HE (saxonche): one processor per process, each stylesheet compiled once,
a fresh clone of the compiled stylesheet for every run (setting parameters before cloning
crashes saxonche 13), parameters passed as XDM values, xsl:message captured."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from edition.errors import EditionError

XSLT_DIR = Path(__file__).resolve().parents[2] / "xslt"


@lru_cache(maxsize=1)
def _processor():
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


class Stylesheet:
    """A compiled stylesheet: run it on a document or call one of its named templates."""

    def __init__(self, path: Path):
        self.path = path
        processor = _processor()
        compiler = processor.new_xslt30_processor()
        try:
            self._compiled = compiler.compile_stylesheet(stylesheet_file=str(path))
        except Exception as exc:  # saxonche raises PySaxonApiError with line and column
            raise EditionError(f"{path}: error: the stylesheet does not compile: {exc}") from None

    def _run(self, params: dict[str, str]):
        executable = self._compiled.clone()
        executable.set_save_xsl_message(True)
        processor = _processor()
        for name, value in params.items():
            executable.set_parameter(name, processor.make_string_value(value))
        return executable

    def transform(self, source: Path, params: dict[str, str]) -> str:
        """The result of applying the stylesheet to a TEI file (parsed first with lxml, which
        says where a file is not well-formed; saxon only says that it is not)."""
        executable = self._run(params)
        try:
            document = _processor().parse_xml(xml_file_name=str(source))
            return executable.apply_templates_returning_string(xdm_value=document)
        except Exception as exc:
            raise EditionError(f"{source}: error: the transformation failed: {exc}") from None

    def call(self, template: str, params: dict[str, str]) -> str:
        executable = self._run(params)
        try:
            return executable.call_template_returning_string(template)
        except Exception as exc:
            raise EditionError(f"{self.path}: error: the template {template!r} failed: {exc}") from None


@lru_cache(maxsize=None)
def stylesheet(relative: str) -> Stylesheet:
    """A stylesheet of xslt/, compiled once per process."""
    return Stylesheet(XSLT_DIR / relative)
