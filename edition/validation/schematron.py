"""The edition's Schematron rules (`schemas/edition.sch`), compiled once and applied to parsed trees.

lxml.isoschematron compiles the schema to XSLT 1.0; the SVRL report it stores is read back into
`Problem`s: each failed assert or successful report becomes one problem, with the assert's @id as
the rule, @role="warning" as a warning (anything else is an error), and the line of the node its
SVRL @location names (the parent element's line for an attribute; 0 if it cannot be found).

Two repairs are made to the XSLT that lxml compiles (its ISO skeleton's "full path" templates),
and the repaired XSLT is what runs; the SVRL is the same otherwise:
- the path of an element with an xml:id is `id('…')`, not the chain of its ancestors with its
  position among its siblings: counting the preceding siblings of every failing node made a
  document with many problems in a long flat list (notes, paragraphs) quadratic;
- the path of an attribute starts with the path of its element (the skeleton wrote "/@ref").
If the templates are not found (another lxml), lxml's own XSLT runs unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree, isoschematron

from edition.errors import EditionError
from edition.validation.problems import Problem

EDITION_SCHEMATRON = Path(__file__).resolve().parents[2] / "schemas" / "edition.sch"

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_SVRL = {"svrl": SVRL_NS}
_WARNING_ROLES = {"warning", "warn", "info", "information"}


def _default_schema() -> Path:
    if EDITION_SCHEMATRON.exists():
        return EDITION_SCHEMATRON
    from edition.validation.schemas import schema_path  # an installed wheel: the packaged copy

    return schema_path("edition.sch")


class SchematronValidator:
    """`schemas/edition.sch` (or another ISO Schematron schema), compiled once."""

    def __init__(self, schema: Path | None = None):
        schema = schema or _default_schema()
        try:
            document = etree.parse(str(schema), etree.XMLParser(no_network=True, resolve_entities=False))
            self.schematron = isoschematron.Schematron(document, store_report=True, store_xslt=True)
            repaired = _repair_paths(self.schematron.validator_xslt)
            self.transform = etree.XSLT(repaired) if repaired is not None else None
        except (OSError, etree.XMLSyntaxError, etree.SchematronParseError, etree.XSLTParseError) as exc:
            raise EditionError(f"{schema}: error: cannot load the Schematron schema: {exc}") from None
        self.schema = schema

    def report(self, tree: etree._ElementTree) -> etree._ElementTree | None:
        """The SVRL report of the document."""
        if self.transform is not None:
            return self.transform(tree)
        self.schematron.validate(tree)
        return self.schematron.validation_report

    def validate(self, tree: etree._ElementTree | etree._Element, path: Path) -> list[Problem]:
        if isinstance(tree, etree._Element):
            tree = tree.getroottree()
        report = self.report(tree)
        if report is None:
            return []
        problems = []
        locate = _Locator(tree)
        for result in report.iterfind("svrl:*", _SVRL):
            if result.tag not in (f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"):
                continue
            role = (result.get("role") or "").strip().lower()
            severity = "warning" if role in _WARNING_ROLES else "error"
            text = result.findtext("svrl:text", "", _SVRL)
            message = " ".join(text.split()) or f"Schematron test failed: {result.get('test', '')}"
            rule = result.get("id") or "schematron"
            problems.append(Problem(path, locate(result.get("location", "")), 0, severity, message, rule))
        return sorted(problems)


# One step of an SVRL @location as lxml's Schematron writes it (full-path notation 1):
#   /*[local-name()='p' and namespace-uri()='http://www.tei-c.org/ns/1.0'][3]   /name[2]   /@ref
#   /@*[local-name()='id' and namespace-uri()='http://www.w3.org/XML/1998/namespace']
# (after the repairs below, a path may also start with id('p.5')).
_STEP = re.compile(r"/(?:(?P<attr>@)?"
                   r"(?:\*\[local-name\(\)='(?P<local>[^']*)' and namespace-uri\(\)='(?P<ns>[^']*)'\]"
                   r"|(?P<name>[A-Za-z_][\w.-]*))"
                   r"(?:\[(?P<index>\d+)\])?)")


XSL_NS = "http://www.w3.org/1999/XSL/Transform"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _repair_paths(xslt: etree._ElementTree | None) -> etree._ElementTree | None:
    """A copy of lxml's compiled Schematron XSLT with the repairs of the module's docstring,
    or None if its full-path templates are not where they are expected."""
    if xslt is None:
        return None
    repaired = etree.ElementTree(etree.fromstring(etree.tostring(xslt)))
    templates = {template.get("match"): template for template in repaired.getroot().iterfind(f"{{{XSL_NS}}}template")
                 if template.get("mode") == "schematron-get-full-path"}
    element, attribute = templates.get("*"), templates.get("@*")
    if element is None or attribute is None or len(element) == 0 \
            or element[0].tag != f"{{{XSL_NS}}}apply-templates" or element[0].get("select") != "parent::*":
        return None
    xsl = lambda tag, **attributes: etree.Element(f"{{{XSL_NS}}}{tag}", attributes)  # noqa: E731
    # The id only where it is unique (a tree changed after parsing may repeat one).
    key = xsl("key", name="edition-location-ids", match="*[@xml:id]", use="@xml:id")
    repaired.getroot().insert(0, key)
    choose, otherwise = xsl("choose"), xsl("otherwise")
    when = xsl("when", test="@xml:id and count(key('edition-location-ids', @xml:id)) = 1")
    opening, value, closing = xsl("text"), xsl("value-of", select="@xml:id"), xsl("text")
    opening.text, closing.text = "id('", "')"
    when.extend([opening, value, closing])
    otherwise.text = element.text
    otherwise.extend(list(element))
    element.text = None
    element.append(choose)
    choose.extend([when, otherwise])
    attribute.text = None
    attribute.insert(0, xsl("apply-templates", select="parent::*", mode="schematron-get-full-path"))
    return repaired


_ID_ANCHOR = re.compile(r"id\('([^']*)'\)")


class _Locator:
    """The source line of the node an SVRL @location names (the line of its element for an
    attribute; 0 if the location cannot be followed).

    The location's steps are followed in Python with the children of each element listed once
    per name, so many problems under one long list of siblings cost no more than one; anything
    the step pattern does not recognise is evaluated as XPath."""

    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        self.lines: dict[str, int] = {}
        self.elements: dict[str, etree._Element | None] = {}  # location prefix -> element
        self.children: dict[tuple[str, str], list[etree._Element]] = {}
        self.ids: dict[str, etree._Element] | None = None

    def __call__(self, location: str) -> int:
        if location not in self.lines:
            self.lines[location] = self._line(location)
        return self.lines[location]

    def _line(self, location: str) -> int:
        if not location:
            return 0
        node = self._follow(location)
        if node is None:
            node = self._xpath(location)
        return (getattr(node, "sourceline", None) or 0) if node is not None else 0

    def _follow(self, location: str) -> etree._Element | None:
        node: etree._Element | None = None
        start = 0
        anchor = _ID_ANCHOR.match(location)
        if anchor:  # id('p.5')/…: the element with that xml:id
            node = self._by_id().get(anchor.group(1))
            if node is None:
                return None
            start = anchor.end()
        steps = list(_STEP.finditer(location, start))
        if "".join(step.group(0) for step in steps) != location[start:] or not (steps or anchor):
            return None
        for number, step in enumerate(steps, 1 if anchor else 0):
            if step.group("attr"):  # an attribute: the last step; its element is the node
                return node if step.end() == len(location) else None
            prefix = location[:step.end()]
            if prefix in self.elements:
                node = self.elements[prefix]
            else:
                tag = (f"{{{step.group('ns')}}}{step.group('local')}" if step.group("ns")
                       else step.group("local") or step.group("name"))
                index = int(step.group("index") or 1) - 1
                if node is None and number == 0:
                    root = self.tree.getroot()
                    node = root if (root.tag == tag and index == 0) else None
                elif node is not None:
                    key = (location[:step.start()], tag)
                    if key not in self.children:
                        self.children[key] = list(node.iterchildren(tag))
                    same = self.children[key]
                    node = same[index] if index < len(same) else None
                self.elements[prefix] = node
            if node is None:
                return None
        return node

    def _by_id(self) -> dict[str, etree._Element]:
        if self.ids is None:
            self.ids = {}
            for element in self.tree.iter(etree.Element):
                self.ids.setdefault(element.get(XML_ID), element)
        return self.ids

    def _xpath(self, location: str) -> etree._Element | None:
        try:
            found = self.tree.xpath(location)
        except etree.XPathError:
            return None
        if not isinstance(found, list) or not found:
            return None
        node = found[0]
        if isinstance(node, etree._Element):
            return node
        getparent = getattr(node, "getparent", None)  # an attribute or text: its element
        return getparent() if getparent else None


@lru_cache(maxsize=1)
def default_validator() -> SchematronValidator:
    """The edition's rules, compiled on first use and kept."""
    return SchematronValidator()


def validate(tree: etree._ElementTree | etree._Element, path: Path) -> list[Problem]:
    """Check a parsed TEI document against the edition's Schematron rules."""
    return default_validator().validate(tree, path)
