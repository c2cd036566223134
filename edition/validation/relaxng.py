"""Our TEI customisation (`schemas/edition.rng`) or any other RELAX NG schema, compiled once
and applied to parsed trees."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.validation.problems import Problem
from edition.validation.schemas import schema_path

EDITION_SCHEMA = schema_path("edition.rng")


class RelaxNGValidator:
    def __init__(self, schema: Path = EDITION_SCHEMA, rule: str = "edition-rng"):
        try:
            self.schema = etree.RelaxNG(etree.parse(str(schema), etree.XMLParser(no_network=True)))
        except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError) as exc:
            raise EditionError(f"{schema}: error: cannot load the RELAX NG schema: {exc}") from None
        self.rule = rule

    def validate(self, tree: etree._ElementTree, path: Path) -> list[Problem]:
        if self.schema.validate(tree):
            return []
        return [Problem(path, error.line, error.column, "error", _tidy(error.message), self.rule)
                for error in self.schema.error_log]


def _tidy(message: str) -> str:
    """lxml's messages name elements with their namespace in braces; readers want the TEI name."""
    return message.replace("{http://www.tei-c.org/ns/1.0}", "")
