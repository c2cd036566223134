"""TEI and XML namespaces in one place, and a maker for TEI elements."""
from __future__ import annotations

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def tei(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a TEI child; attribute names `xml_id`/`xml_lang` map to the XML namespace."""
    element = etree.SubElement(parent, tei(tag))
    for name, value in attrs.items():
        if value is None:
            continue
        element.set({"xml_id": XML_ID, "xml_lang": XML_LANG}.get(name, name), value)
    if text is not None:
        element.text = text
    return element
