"""The register of persons (`tei/persons.xml`, a TEI listPerson) and a matcher that finds its
names in running text.

Every variant of a person's name is a form to look for; initials before a surname ("I.V.
Stalin", "[A.I.] Mikoyan"), titles ("Comrade", "Dr.") and possessives are read around them. A
form shared by two persons is ambiguous: the matcher reports every candidate and the caller
decides by context. Words derived from names (Leninism, Marxist-Leninist) and things named after
persons (Stalingrad, Lenin Prize, Marx-Engels-Lenin Institute) are not matched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.errors import SourceError
from edition.tei.ns import TEI_NS, XML_ID

TITLES = ("Comrades", "Comrade", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Professor", "Prof.", "Ambassador",
          "Counselor", "Counsellor", "Chairman", "Premier", "Vice Premier", "Minister", "Marshal", "General",
          "President", "Secretary", "Academician")
# Words after a name that make it the name of a thing: the Lenin Prize, Stalin Avenue.
NAMED_THINGS = ("Prize", "Institute", "Mausoleum", "Square", "Street", "Avenue", "Prospect", "Order",
                "Museum", "Library", "Peace Prize", "Works", "Collected", "Plant", "Factory", "Canal",
                "Academy", "University", "School", "Line")


@dataclass
class Person:
    id: str
    preferred: str
    variants: list[str] = field(default_factory=list)
    element: etree._Element | None = None  # the register entry, copied into each document

    @property
    def forms(self) -> list[str]:
        return [self.preferred] + [v for v in self.variants if v != self.preferred]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name_start: int          # where the name itself begins (after a title)
    person_ids: tuple[str, ...]
    form: str


class PersonRegister:
    def __init__(self, persons: list[Person], path: Path | None = None):
        self.persons = persons
        self.path = path
        self.by_id = {p.id: p for p in persons}
        self._by_form: dict[str, list[str]] = {}
        for person in persons:
            for form in person.forms:
                for key in {_key(form), _key(form.upper())}:
                    ids = self._by_form.setdefault(key, [])
                    if person.id not in ids:
                        ids.append(person.id)
        forms = sorted(self._by_form, key=len, reverse=True)
        names = "|".join(_form_pattern(f) for f in forms) or r"(?!x)x"
        titles = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
        things = "|".join(re.escape(t) for t in NAMED_THINGS)
        self._regex = re.compile(
            rf"(?:(?<![\w.])(?P<title>{titles})\s+)?"
            rf"(?P<initials>(?<![\w.])(?:[A-Z]\.\s?){{1,3}}\s*)?"
            rf"(?<![\w\-’'])(?P<name>{names})(?![\w\-])(?!\s+(?:{things})\b)")

    def __len__(self) -> int:
        return len(self.persons)

    def find(self, text: str) -> list[Mention]:
        mentions = []
        for match in self._regex.finditer(text):
            name = match.group("name")
            name_start = match.start("initials") if match.group("initials") else match.start("name")
            start = match.start() if match.group("title") else name_start
            mentions.append(Mention(start, match.end(), name_start, tuple(self._by_form[_key(name)]), name))
        return mentions

    def lookup(self, name: str) -> str | None:
        """The id of the one person with this exact form (header names), or None."""
        ids = self._by_form.get(_key(name), [])
        return ids[0] if len(ids) == 1 else None


def _key(form: str) -> str:
    """Forms compare without regard to spacing after initials or the kind of apostrophe."""
    return re.sub(r"\.\s+", ".", re.sub(r"\s+", " ", form.replace("’", "'"))).strip()


def _form_pattern(form: str) -> str:
    """A form as a regex: any spacing between words and after initials, either apostrophe. A
    one-word form ("Peng", "Yang") is not the start of another name ("Peng Zhen")."""
    escaped = re.escape(_key(form)).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s*")
    escaped = escaped.replace(r"\s*\s+", r"\s*").replace("'", "['’]")
    if " " not in form and "." not in form:
        escaped += r"(?![ \t]+[A-Z][a-z]+(?![\w-]))"
    return escaped


def load_register(path: Path) -> PersonRegister:
    """Read a TEI listPerson; every person needs an xml:id and a preferred name."""
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise SourceError(path, f"the register is not well-formed XML: {exc.msg}", line=exc.lineno) from None
    ns = {"tei": TEI_NS}
    persons = []
    for element in tree.iterfind(".//tei:listPerson/tei:person", ns):
        person_id = element.get(XML_ID)
        preferred = element.find("tei:persName[@type='preferred']", ns)
        if not person_id or preferred is None:
            raise SourceError(path, "a person without xml:id or persName type='preferred'", line=element.sourceline)
        variants = [_text(v) for v in element.iterfind("tei:persName[@type='variant']", ns)]
        persons.append(Person(person_id, _text(preferred), variants, element))
    return PersonRegister(persons, path)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
