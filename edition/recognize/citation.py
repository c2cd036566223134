"""Bibliographic and archival citations in endnotes -> lossless segment lists.

The rules follow patterns of citation style (Chicago-style notes, newspaper and journal
references, Wilson-Center archival credits), never particular strings. Every result joins
back to its input, so a TEI writer can wrap the fields in `bibl` children without losing
a character. Standard library only: this module stays independent of the rest of `edition`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class BiblPart:
    field: str | None          # None: plain text; author title pubPlace publisher date biblScope url editor
    text: str
    level: str | None = None   # titles: "a" article, "m" monograph, "j" journal/newspaper, "u" unpublished
    unit: str | None = None    # biblScope: "page", "volume", "issue", "part"
    role: str | None = None    # editor: "translator", "editor", "compiler"; date: "access"


@dataclass(frozen=True)
class ArchivalReference:
    repository: str
    abbreviation: str | None
    identifiers: list[tuple[str, str]]
    text: str                  # the exact substring of the citation it was read from


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTHS = rf"{_MONTH}(?:\s*/\s*{_MONTH})?"
_YEAR = r"(?:1[4-9]\d\d|20\d\d)"
_YEARS = rf"{_YEAR}(?:\s*[-–/]\s*\d{{2,4}})?"
_FULL_DATE = rf"{_MONTHS}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,\s*{_YEAR}|\d{{1,2}}\s+{_MONTHS}\s+{_YEAR}"
_DATE = re.compile(rf"{_FULL_DATE}|(?:{_MONTHS}|Spring|Summer|Autumn|Fall|Winter)\s+{_YEARS}"
                   rf"|\d{{1,2}}\s+{_MONTHS}|{_MONTHS}(?:\s+\d{{1,2}})?|{_YEARS}|n\.\s?d\.?")
_RANGE = r"(?:\d+[a-z]?|[ivxlc]+)(?:\s*[-–—]\s*(?:\d+[a-z]?|[ivxlc]+))?"
_SCOPES = (("volume", re.compile(r"(?:[Vv]ol(?:ume)?s?\.?|[Vv]\.)\s*(?P<num>[\dIVXLC]+(?:\s*[-–]\s*[\dIVXLC]+)?)")),
           ("part", re.compile(r"(?:[Pp]art|[Pp]t\.)\s*(?P<num>[\dIVXLC]+)")),
           ("issue", re.compile(r"(?:[Nn]os?\.?|[Ii]ssue)\s*(?P<num>\d+(?:\s*[-–/]\s*\d+)?)")),
           ("page", re.compile(rf"(?P<lab>(?:pp?|pages?)\.?\s*)?(?P<num>{_RANGE})")))
_TAIL = re.compile(r"\s+(?:(?:(?P<vlab>[Vv]ol(?:ume)?\.?\s*)(?P<vol>[\dIVXLC]+)|(?P<bare>\d+(?:[-–]\d+)?))"
                   r"(?:,?\s*[Nn]o\.?\s*(?P<iss>\d+(?:/\d+)?))?|[Nn]o\.\s*(?P<no>\d+))\s*$")
_COLON_PAGES = re.compile(rf"\s*:\s*(?:pp?\.?\s*)?(?P<num>{_RANGE}(?:\s*,\s*{_RANGE})*)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+")
_IBID = re.compile(r"\s*(?:ibid(?:em)?|ib\.)(?![^\W\d_])", re.I)
_SEE_ALSO = re.compile(r"(?:see\s+also|see|also|cf\.)\s+", re.I)
_HOW = r"(?P<how>(?:translated|edited|compiled)(?:\s+from\s+\w+)?\s+by|trans\.|eds?\.|comp\.)\s+"
_EDITOR, _EDITOR_IN = re.compile(_HOW + r"(?P<name>.+)", re.I | re.S), re.compile(r",\s*" + _HOW, re.I)
_ROLES = {"t": "translator", "c": "compiler"}   # by the first letter of _HOW; else "editor"
_VOLUME_IN = re.compile(r",\s*[Vv]ol(?:ume)?\.?\s*(?P<num>[\dIVXLC]+)(?:\s*,\s*|\s*$)")
_ACCESS = re.compile(r"(?:accessed|retrieved|viewed)(?:\s+on)?\s+", re.I)
_DOCUMENT = re.compile(r"(?:Report|Letter|Memorandum|Record|Minutes|Speech|Telegram|Cable|Information|Transcript)s?"
                       r"\s+(?:of|on|from|to|by)\s")
_PLACE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")
_PUBLISHER = re.compile(r"\b(?:Press|Pr|Publish\w*|Books?|Verlag|Editions?|Universit\w*|Archives?|Library|Inc|Ltd"
                        r"|Co|Company|House|Institute|Foundation|Center|Centre|Society|Bureau)\b")
_PUB_PAREN = re.compile(rf"\([^()]*(?::[^()]*|,\s*){_YEAR}\)")
_LOCATOR_END = re.compile(r",\s*(?:pp?\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*\.?\s*$")
_ARCHIVE_KEYS = {"fond": "fond", "f.": "fond", "opis": "opis", "op.": "opis", "papka": "papka", "pap.": "papka",
                 "delo": "delo", "d.": "delo", "listy": "listy", "list": "listy", "ll.": "listy", "l.": "listy",
                 "folder": "folder", "box": "box", "file": "file", "series": "series"}
_ARCHIVE_ID = re.compile(r"(?<![\w.])(?P<key>fond|folder|file|f\.|opis|op\.|papka|pap\.|delo|d\.|listy|list|ll\.|l\."
                         r"|box|series)\s*(?P<val>(?:[A-Za-z]{1,2}-)?\d[\w–/-]*)", re.I)
_REPOSITORY = re.compile(r"\b(?:Archives?|Arkhiv|Center|Centre|Library|Collection|Museum|Institute|Records|Papers)\b")
_SIGLUM = re.compile(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?")
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "y", "and", "&", "et", "al."}
_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "univ", "dept", "repr", "rev", "ed", "eds", "trans", "vol", "vols", "no",
                  "nos", "pp", "cf", "etc", "al", "comp", "st", "ser", "suppl", "esp", "ch", "fig"}
_FUNCTION = {"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "by", "with", "from", "or", "no", "nos",
             "vol", "vols", "p", "pp", "ed", "eds", "trans", "see", "also", "cf", "et", "al", "ibid", "accessed",
             "retrieved", "available", "online", "translated", "edited", "compiled", "n"} | {
             k.rstrip(".") for k in _ARCHIVE_KEYS}
_VERBS = {"was", "were", "is", "are", "been", "being", "has", "have", "had", "wrote", "writes", "said", "says",
          "argued", "argues", "claimed", "claims", "believed", "did", "does", "will", "would", "could", "should"}
_AND = re.compile(r"(?:and|&)\s+")
_SERIES = re.compile(r"(?:(?:and|&)\s+\S|[A-Z][\w’'-]*(?:$|\s+(?:and|&)\s))")
_QUOTE_CLOSE = {"“": "”", '"': '"'}
_TITLE_EDGE = " \t\n“”\"‘’'"
Span = tuple[int, int]


def _pairs(text: str) -> tuple[list[Span], list[Span], list[Span]]:
    """Balanced double quotes, top-level parentheses outside them, and URLs without trailing punctuation.

    An unmatched quote mark or parenthesis is ordinary text, so odd input still reads."""
    quotes, parens, stack, start, closer = [], [], [], -1, ""
    for i, c in enumerate(text):
        if start >= 0 and c == closer:
            quotes.append((start, i + 1))
            start = -1
        elif c in _QUOTE_CLOSE and (start < 0 or c == "“" and closer == "”"):
            start, closer = i, _QUOTE_CLOSE[c]
    inside = {i for a, b in quotes for i in range(a, b)}
    for i, c in enumerate(text):
        if c == "(" and i not in inside:
            stack.append(i)
        elif c == ")" and stack and i not in inside and (a := stack.pop()) is not None and not stack:
            parens.append((a, i + 1))
    urls = [(m.start(), m.start() + len(m.group().rstrip(".,;:)]’'"))) for m in _URL.finditer(text)]
    return quotes, parens, urls


def _is_siglum(text: str) -> bool:
    """Archive sigla such as AVPRF, TsKhSD, AVP RF: short, two capitals or more."""
    return bool(_SIGLUM.fullmatch(text)) and len(text) <= 12 and sum(c.isupper() for c in text) >= 2


def _archival(text: str) -> list[tuple[int, int, ArchivalReference]]:
    """Runs of two or more identifiers (fond 5, opis 30, ...) and the repository named just before each."""
    refs, runs, bound = [], [], 0
    for m in _ARCHIVE_ID.finditer(text):
        if runs and re.fullmatch(r"\s*,?\s*", text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in (r for r in runs if len(r) >= 2):
        start = end = run[0].start()
        for s, e, _ in reversed(_Reader(text).split(bound, run[0].start())):
            piece, see = text[s:e], _SEE_ALSO.match(text, s, e)
            if re.search(r"[“”\"]", piece) or _DATE.fullmatch(piece) or not (piece[0].isupper() or see):
                break       # a date, a quoted title or prose: no longer the repository
            end, start = e if end == run[0].start() else end, see.end() if see else s
            if _REPOSITORY.search(piece) or _is_siglum(piece) or see:
                break
        repository, abbreviation = text[start:end] if start < end else "", None
        if (m := re.search(r"\s*\(([^()]+)\)$", repository)) and _is_siglum(m[1]):
            repository, abbreviation = repository[:m.start()], m[1]
        elif _is_siglum(repository):
            abbreviation = repository
        ids = [(_ARCHIVE_KEYS[m["key"].lower()], m["val"]) for m in run]
        refs.append((start, run[-1].end(), ArchivalReference(repository, abbreviation, ids, text[start:run[-1].end()])))
        bound = run[-1].end()
    return refs


class _Reader:
    """One pass over one citation, collecting (start, end, field, level, unit, role) spans."""

    def __init__(self, text: str):
        self.text, self.spans, self.date_seen, self.done, self.pieces = text, [], False, 0, []
        self.periodical = -1     # the start of a newspaper named after a person and a description
        self.quotes, self.parens, self.urls = _pairs(text)
        self.skip = dict(self.urls + self.parens + self.quotes)
        self.start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        if end and text[end - 1] == "." and not re.search(r"(?:^|[\s.])[A-Z]\.$", text[:end]):
            end -= 1        # a final period is punctuation, but the one of an initial ("J.") is not
        self.end = max(end, self.start)

    def split(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """Top-level pieces between commas, semicolons and sentence ends, with the separator before each."""
        out, start, sep, i = [], s, "", s
        while i < e:
            if self.skip.get(i, i) > i:
                i = self.skip[i]
                continue
            if self.text[i] in ",;" and not self._joined_comma(i) or self._sentence_end(i, e):
                out.append((*self._trim(start, i), sep))
                start, sep = i + 1, self.text[i]
            i += 1
        return [p for p in out + [(*self._trim(start, e), sep)] if p[0] < p[1]]

    def _joined_comma(self, i: int) -> bool:
        """The commas of 'December 29, 1956' and 'Journal 12, no. 3' do not separate pieces."""
        before, after = self.text[max(0, i - 15):i], self.text[i:i + 8]
        return bool(re.search(rf"\b{_MONTH}\s+\d{{1,2}}$", before) and re.match(rf",\s*{_YEAR}\b", after)
                    or re.search(r"\s\d+$", before) and re.match(r",\s*[Nn]o\.?\s*\d", after))

    def _sentence_end(self, i: int, e: int) -> bool:
        """A period after a word or number (not an initial or abbreviation) before a capital or '<'."""
        t = self.text
        if t[i] != "." or i + 2 >= e or not t[i + 1].isspace():
            return False
        nxt, word = t[i + 1:e].lstrip()[:1], re.search(r"\w+$", t[max(0, i - 20):i])
        return bool(word and (nxt.isupper() or nxt == "<") and (word[0].isdigit()
                    or len(word[0]) >= 3 and word[0].lower() not in _ABBREVIATIONS))

    def _trim(self, s: int, e: int, edge: str = " \t\n", tail: str = "") -> Span:
        while s < e and self.text[s] in edge:
            s += 1
        while e > s and self.text[e - 1] in edge + tail:
            e -= 1
        return s, e

    def _add(self, s: int, e: int, field: str, level: str | None = None, unit: str | None = None,
             role: str | None = None) -> None:
        s, e, t = *self._trim(s, e), self.text[s:e]
        if field == "title" and (t.count('"') % 2 or t.count("“") != t.count("”")):
            return      # a stray quotation mark: prose around a title, not a title
        if s < e:
            self.spans.append((s, e, field, level, unit, role))
            self.date_seen |= field == "date"

    def _people(self, s: int, e: int, field: str, role: str | None = None) -> None:
        """'Stacy Mosher and Guo Jian': one part per person, 'and' stays plain."""
        e = s + len(re.sub(r"\s+et\s+al\.?$", "", self.text[s:e]))
        for m in re.finditer(r"\s+(?:and|&)\s+", self.text[s:e]):
            self._add(s, s + m.start(), field, role=role)
            s += m.end()
        self._add(s, e, field, role=role)

    def _is_date(self, s: int, e: int) -> bool:
        return bool(_DATE.fullmatch(self.text, s, e))

    def _scope(self, s: int, e: int) -> bool:
        """Volume, part, issue or page(s); the label ("p", "Vol") stays plain text."""
        for unit, pattern in _SCOPES:
            m = pattern.fullmatch(self.text, s, e)
            if not m or unit == "page" and not m["lab"] and not m["num"][0].isdigit():
                continue
            a, b = m.span("num")
            last = self.spans[-1] if self.spans else None
            if unit == "page" and last and last[4] == "page" and re.fullmatch(r"\s*,\s*", self.text[last[1]:a]):
                a = self.spans.pop()[0]     # "79-80, 85-86" is one page scope
            self._add(a, b, "biblScope", unit=unit)
            return True
        return False

    def _paren(self, p0: int, p1: int) -> str:
        """(Place: Publisher, Year), (Publisher, Place, Year), (Place) or (Date): returns "place", "date" or "pub"."""
        s, e = p0 + 1, p1 - 1
        colon = self.text.find(":", s, e)
        if colon >= 0:
            self._add(s, colon, "pubPlace")
        pieces = self.split(colon + 1 if colon >= 0 else s, e)
        date = bool(pieces) and self._is_date(*pieces[-1][:2])
        if date:
            self._add(*pieces.pop()[:2], "date")
        if colon >= 0 and pieces:
            self._add(pieces[0][0], pieces[-1][1], "publisher")
        fields = [] if colon >= 0 else ["publisher" if _PUBLISHER.search(self.text, a, b) else "pubPlace"
                                        for a, b, _ in pieces]
        for (a, b, _), field in zip(pieces, fields):
            self._add(a, b, field)
        return "date" if date and not pieces else "place" if fields == ["pubPlace"] and not date else "pub"

    def _titled(self, s: int, e: int, level: str, closing: bool = True) -> None:
        """An unquoted title, maybe with a volume/issue tail, a place in parentheses ("International Affairs
        (Moscow)"), then a date or imprint parenthesis and ': pages' when `closing`."""
        paren = next((p for p in reversed(self.parens) if s <= p[0] < e), None) if closing else None
        end, kind = (paren[0], self._paren(*paren)) if paren else (e, None)
        pages = _COLON_PAGES.fullmatch(self.text, paren[1], e) if paren else None
        m = _TAIL.search(self.text, s, end)
        if m and (m["vlab"] or m["iss"] or m["no"] or kind == "date" or pages):   # a bare number only then
            for g, unit in (("vol", "volume"), ("bare", "volume"), ("iss", "issue"), ("no", "issue")):
                if m[g]:
                    self._add(*m.span(g), "biblScope", unit=unit)
            level, end = "j" if m["bare"] or m["iss"] else level, m.start()
        s, end = self._trim(s, end, _TITLE_EDGE, ",;:.")
        place = next((p for p in self.parens if p[1] == end and s < p[0]), None)
        if place and paren != place and _PLACE.fullmatch(self.text, place[0] + 1, place[1] - 1) and not self._is_date(
                place[0] + 1, place[1] - 1):
            self._add(place[0] + 1, place[1] - 1, "pubPlace")
            s, end = self._trim(s, place[0], _TITLE_EDGE, ",;:.")
            kind = "place"
        self._add(s, end, "title", level="j" if kind == "place" else level)
        if pages:
            self._add(*pages.span("num"), "biblScope", unit="page")

    def _imprint(self, s: int) -> Span | None:
        """The imprint parenthesis that closes a title begun at s, with only commas before it."""
        for a, e, sep in (p for p in self.pieces if p[1] > s):
            if a > s and (sep != "," or any(a == q for q, _ in self.quotes + self.urls) or _SEE_ALSO.match(
                    self.text, a, e)):
                return None      # a new sentence, quote, URL or source: no longer the same title
            if p := next((p for p in self.parens if a <= p[0] < e and _PUB_PAREN.fullmatch(self.text, *p)), None):
                return p
        return None

    def _series(self, s: int, e: int) -> int:
        """The end of a title whose commas separate a series ('Mao, Stalin and the Korean War', 'Stalin, Mao, and
        the Korean War'): after a one-word item, a capitalised word or 'Word and ...', or a piece that begins with
        'and'. A one-word piece before a date is a place ('Tombstone, Beijing, 2008')."""
        pieces, item = [p for p in self.pieces if p[0] >= e], s
        for n, (a, b, sep) in enumerate(pieces):
            nxt = pieces[n + 1] if n + 1 < len(pieces) else None
            if sep != "," or not (_AND.match(self.text, a, b) or self._series_item(item, e, a, b)) or (
                    len(self.text[a:b].split()) == 1 and nxt and self._is_date(*nxt[:2])):
                break
            item, e = a, b
            self.done = b
        return e

    def _series_item(self, s: int, e: int, a: int, b: int) -> bool:
        """The piece a..b continues a series after the one-word item s..e."""
        return len(self.text[s:e].split()) == 1 and bool(_SERIES.match(self.text, a, b)) and self._titleish(a, b)

    def _container(self, s: int, e: int, level: str = "m") -> None:
        """A monograph title up to its imprint, commas included, else a title in this piece alone."""
        if not (paren := self._imprint(s)):
            return self._titled(s, self._series(s, e), level)
        end, self.done = paren[0], paren[1]
        if m := _EDITOR_IN.search(self.text, s, end):       # ", trans. Stacy Mosher and Guo Jian"
            self._people(m.end(), end, "editor", _ROLES.get(m["how"][0].lower(), "editor"))
            end = m.start()
        if m := _VOLUME_IN.search(self.text, s, end):       # ", vol. 2, The Great Leap Forward"
            self._add(*m.span("num"), "biblScope", unit="volume")
            self._titled(m.end(), end, "m", closing=False)
            end = m.start()
        self._titled(s, end, level, closing=False)
        self._paren(*paren)
        if pages := _COLON_PAGES.match(self.text, paren[1]):
            self._add(*pages.span("num"), "biblScope", unit="page")
            self.done = pages.end()

    def _title(self, s: int, e: int, archival: bool, authors: int) -> tuple[bool, bool]:
        """The main title and what follows a quoted one in its piece; returns (quoted?, container read?)."""
        quote = next(((a, b) for a, b in self.quotes if a == s and b <= e), None)
        if not quote:       # "Report of the commission on ...": an unpublished document described
            self._container(s, e, "j" if s == self.periodical else
                            "u" if not authors and _DOCUMENT.match(self.text, s) else "m")
            return False, False
        self._add(*self._trim(quote[0] + 1, quote[1] - 1, _TITLE_EDGE, ",;:."), "title", "u" if archival else "a")
        rest = self._trim(quote[1], e)[0]
        if paren := next(((a, b) for a, b in self.parens if a == rest), None):
            self._paren(*paren)
        elif m := re.match(r"in\s+", self.text[rest:e]):
            self._container(rest + m.end(), e)
        elif rest < e and self._titleish(rest, e):
            self._container(rest, e)        # “Article,” Journal 2 no. 3 (1969): 79
        elif rest < e and self._scope(rest, e):
            return True, False              # Robinson, “The Border Dispute,” 1177–1179
        return True, rest < e

    def _titleish(self, s: int, e: int) -> bool:
        if any(a == s for a, _ in self.quotes):
            return True
        t = self.text[s:e].lstrip(_TITLE_EDGE)
        return bool(t) and t[0].isupper() and not self._is_date(s, e) and not any(
            p.fullmatch(self.text, s, e) for _, p in _SCOPES) and not any(s <= a < e for a, _ in self.urls)

    def _namelike(self, s: int, e: int) -> bool:
        words = self.text[s:e].split()
        people = re.split(r"\s+(?:and|&)\s+", self.text[s:e])
        return (0 < len(words) and all(len(p.split()) <= 5 for p in people)
                and not re.search(r"[\d()“”\"\[\]:]", self.text[s:e]) and words[0][0].isupper()
                and not (words[0] in ("The", "A") and len(people) > 1)
                and all(w in _PARTICLES or w[0].isupper() for w in words) and not self._is_date(s, e)
                and not any(p.fullmatch(self.text, s, e) for _, p in _SCOPES))

    def _authors(self, pieces: list[tuple[int, int, str]]) -> int:
        """Leading name pieces while a title still follows; "Surname, Given" stays one author, "and Xue Litai"
        is the last of several. "Chu Anping, speech at ..., Guangming Ribao, 2 June 1957": a person, what he
        said or wrote, and the newspaper that printed it on a date."""
        names: list[Span] = []
        k, n = 0, len(pieces)
        is_ed = lambda j: j < n and re.fullmatch(r"eds?\.?", self.text[pieces[j][0]:pieces[j][1]])
        titled = lambda j: j < n and (self._titleish(*pieces[j][:2]) or is_ed(j))

        def last(j: int) -> int | None:     # "and Xue Litai": the start of the name after the conjunction
            m = _AND.match(self.text, *pieces[j][:2]) if j < n else None
            return m.end() if m and self._namelike(m.end(), pieces[j][1]) else None

        if n >= 4 and self._namelike(*pieces[0][:2]) and self._description(*pieces[1][:2]) and self._titleish(
                *pieces[2][:2]) and self._is_date(*pieces[3][:2]):
            self.periodical = pieces[2][0]
            self._people(*pieces[0][:2], "author")
            return 1
        while k + 1 < n:
            s, e = pieces[k][:2]
            after = last(k) if names else None
            if not (after or self._namelike(s, e)) or not (titled(k + 1) or last(k + 1) and titled(k + 2)) or (
                    names and self.text[s:e].split()[0] in ("The", "A")):
                break       # "V. I. Lenin, The Great Initiative": a body ("The Editors") only comes first
            if after:       # "..., and Xue Litai, Uncertain Partners"
                names.append((after, e))
                k += 1
                break
            prev = self.text[slice(*names[-1])].split() if names else []
            if len(prev) > 1 and len(self.text[s:e].split()) == 1:
                break       # "Ann Lee, Reds, Whites": a co-author has a full name too, so this is the title
            if len(prev) == 1 and not last(k + 1) and (
                    len(self.text[s:e].split()) == 1 or re.fullmatch(r"(?:[A-Z]\.\s*)+", self.text[s:e])):
                if k + 1 < n and self._series_item(s, e, *pieces[k + 1][:2]):
                    break   # "Shen, Mao, Stalin and the Korean War": the title begins with a series
                names[-1] = (names[-1][0], e)
            else:
                names.append((s, e))
            k += 1
        field = "editor" if names and is_ed(k) else "author"
        for s, e in names:
            self._people(s, e, field, "editor" if field == "editor" else None)
        return k + (field == "editor")

    def _description(self, s: int, e: int) -> bool:
        """'speech at the forum of ...': a lower-case word that is no signal, label or role."""
        m = re.match(r"[a-z][\w’'-]*", self.text[s:e])
        return bool(m and len(m[0]) >= 3 and m[0] not in _FUNCTION | {"see", "in"} and not _EDITOR.match(
            self.text, s, e) and not self._is_date(s, e))

    def _is_prose(self, s: int, e: int) -> bool:
        """A finite verb (or a 'see' inside a sentence) or many lower-case content words, and none of the
        strong signs of a citation."""
        t = list(self.text[:e])
        for a, b in self.quotes + self.urls:
            t[a:b] = " " * (b - a)
        t = "".join(t[s:e])
        words = re.findall(r"[^\W\d_][\w’'-]*", t)
        lower = [w for w in words if w[0].islower() and w.lower() not in _FUNCTION]
        m = _LOCATOR_END.search(self.text, s, e)
        strong = any(s <= a < e for a, _ in self.urls) or _PUB_PAREN.search(self.text, s, e) or m and not re.search(
            rf"{_MONTH}\s+\d{{1,2}}$", self.text[s:m.start()])
        verb = any(w.lower() in _VERBS for w in words) or re.search(r"[^\W\d_]\s+see\s", t)
        return not strong and bool(verb or 3 <= len(lower) >= 0.2 * len(words))

    def _named_works(self) -> list[BiblPart] | None:
        """A prose note that sends the reader to works ('see the resolution "On Measures ..."'): only the
        title-cased quotes after 'see' are titles, and then its full dates are fields."""
        see = re.search(r"(?<!\w)(?:see|cf\.)\s", self.text, re.I)
        for a, b in (q for q in self.quotes if see and q[0] > see.start()):
            words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", self.text[a:b]) if w.lower() not in _FUNCTION]
            if len(words) >= 2 and all(w[0].isupper() for w in words):
                self._add(*self._trim(a + 1, b - 1, _TITLE_EDGE, ",;:."), "title", "m")
        for m in re.finditer(_FULL_DATE, self.text) if self.spans else ():
            if not any(a <= m.start() < b for a, b in self.quotes):
                self._add(*m.span(), "date")
        return self.parts() if self.spans else None

    def read(self) -> list[BiblPart] | None:
        if self.start >= self.end:
            return None
        if m := _IBID.match(self.text):
            for s, e, _ in self.split(m.end(), self.end):
                self._scope(s, e)
            return self.parts()
        if self._is_prose(self.start, self.end):
            cut = next((self.text.rindex(".", 0, s) for s, _, sep in self.split(self.start, self.end) if sep == "."),
                       None)        # "Yang, Tombstone, 311–318. Yang’s figures are drawn from ...": a comment
            if cut is None or self._is_prose(self.start, cut):
                return self._named_works()
            self.end = cut
        archival = [(s, e) for s, e, _ in _archival(self.text if self.end + 2 > len(self.text) else
                                                      self.text[:self.end])]
        self.pieces = pieces = self.split(self.start, self.end)
        if pieces and (m := _SEE_ALSO.match(self.text, pieces[0][0], pieces[0][1])):
            pieces[0] = (m.end(), *pieces[0][1:])      # "See Shen, ...": the signal is plain text
        k = self._authors(pieces)
        title = article = container = False
        for n, (s, e, _) in enumerate(pieces[k:], k):
            if any(a < e and s < b for a, b in archival) or s < self.done:
                continue        # archival: the TEI writer reads them from parse_archival_references
            if m := _SEE_ALSO.match(self.text, s, e):   # a further source: its own title follows
                s, title, article, container, self.date_seen = m.end(), False, False, False, False
            t, url = self.text[s:e], next(((a, b) for a, b in self.urls if s <= a < e), None)
            paren = next(((a, b) for a, b in self.parens if s <= a < e), None)
            if url:
                self._add(*url, "url")
            elif m := _EDITOR.fullmatch(t):
                self._people(s + m.start("name"), paren[0] if paren else e, "editor", _ROLES.get(m["how"][0].lower(), "editor"))
                if paren:
                    self._paren(*paren)
            elif self._is_date(s, e) and not (self.date_seen and re.fullmatch(_YEAR, t)):
                self._add(s, e, "date")
            elif (m := _ACCESS.match(t)) and self._is_date(s + m.end(), e):
                self._add(s + m.end(), e, "date", role="access")
            elif self._scope(s, e):
                pass
            elif paren == (s, e):
                self._paren(s, e)
            elif not title and self._titleish(s, e):
                title, (article, container) = True, self._title(s, e, bool(archival), k)
            elif (m := re.match(r"in\s+", t)) or article and not container and self._titleish(s, e):
                container = True
                self._container(s + (m.end() if m else 0), e)
            elif _PLACE.fullmatch(t) and n + 1 < len(pieces) and self._is_date(*pieces[n + 1][:2]):
                self._add(s, e, "pubPlace")
        if not (self.spans or archival) or len(pieces) < 2 and not (self.urls or self.parens or self.quotes):
            return None
        return self.parts()

    def parts(self) -> list[BiblPart]:
        """Fields in text order, with the text between them as plain parts."""
        out, pos = [], 0
        for s, e, field, level, unit, role in sorted(self.spans):
            if s >= pos:
                out += [BiblPart(None, self.text[pos:s])] if s > pos else []
                out.append(BiblPart(field, self.text[s:e], level, unit, role))
                pos = e
        return out + ([BiblPart(None, self.text[pos:])] if pos < len(self.text) else [])


def parse_citation(text: str) -> list[BiblPart] | None:
    """The parts of a bibliographic citation; None when the text does not look like a citation (prose)."""
    return _Reader(text).read()


def is_ibid(text: str) -> bool:
    """'Ibid.', 'Ibid, 321-322.', 'ibidem': the note repeats the previous citation."""
    return bool(_IBID.match(text))


def ibid_scope(text: str) -> str | None:
    """The page part of an Ibid note ('321-322'), or None."""
    parts = parse_citation(text) if is_ibid(text) else None
    return next((p.text for p in parts or [] if p.unit == "page"), None)


def citation_key(parts: list[BiblPart]) -> tuple[str, str] | None:
    """(author surname, first 4 significant title words), lower-cased: matches a short citation to the full one."""
    at = next((i for i, p in enumerate(parts) if p.field == "title"), None)
    if at is None:
        return None
    names = [p.text for p in parts if p.field == "author"] or [p.text for p in parts[:at] if p.field == "editor"]
    if not names:
        return None
    name = names[0].split(",")[0] if "," in names[0] else (names[0].split() or [""])[-1]
    norm = lambda s: s.replace("’", "'").lower()
    words = [w for w in re.findall(r"\w[\w'-]*", norm(parts[at].text)) if w not in _FUNCTION]
    return norm(name).strip(" ."), " ".join(words[:4])


def _title_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w[\w'-]*", text.replace("’", "'").lower()) if w not in _FUNCTION]


def _surnames(parts: list[BiblPart], short: bool) -> set[str]:
    """The first author's surname; for a full name both ends, since 'Yang Jisheng' and 'Dali L. Yang' are both Yang."""
    at = next((i for i, p in enumerate(parts) if p.field == "title"), len(parts))
    names = [p.text for p in parts if p.field == "author"] or [p.text for p in parts[:at] if p.field == "editor"]
    words = _title_words(names[0].split(",")[0]) if names else []
    return set(words[-1:] if short else words[:1] + words[-1:])


def same_work(short: list[BiblPart], full: list[BiblPart]) -> bool:
    """A short citation ('Yang, Tombstone, 23.') names the work of a full one: the surname agrees, the short
    title's significant words begin the full title's, and the volumes, where both give one, agree."""
    titles = [next((p.text for p in parts if p.field == "title"), "") for parts in (short, full)]
    words, full_words = map(_title_words, titles)
    volumes = [next((p.text for p in parts if p.unit == "volume"), None) for parts in (short, full)]
    return bool(words and _surnames(short, True) & _surnames(full, False) and full_words[:len(words)] == words
                and (None in volumes or volumes[0] == volumes[1]))


def parse_archival_references(citation: str) -> list[ArchivalReference]:
    """Every archival reference of a Wilson-Center-style citation, in order."""
    return [ref for _, _, ref in _archival(citation)]
