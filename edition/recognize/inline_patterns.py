"""The default inline recognizers: note markers, emphasis written as *asterisks*, and the
square-bracketed insertions of an editor or translator."""
from __future__ import annotations

import re

from edition import model
from edition.recognize.inline import InlineContext, InlinePattern, InlineProcessor

NOTE_MARKER = re.compile(r"\[(\d{1,4})\]|(?<=[\w.,;:!?’”\"')])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})")
_CROSS_REFERENCE = re.compile(r"\b(?:note|notes|n\.|nn\.|above|below)\s*$", re.I)  # "see note [3]"
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_PERIODICAL_CONTEXT = re.compile(
    r"\b(newspaper|newspapers|editorial|article|journal|magazine|daily|gazette|issue|column|press)\b", re.I)
_INITIALS_OR_GIVEN_NAME = re.compile(r"^(?:(?:[A-Z]\.\s?)+|[A-Z][a-z]+)$")
_TITLES = {"comrade", "premier", "minister", "marshal", "general", "president", "chairman", "ambassador",
           "secretary", "vice", "deputy", "counselor", "colonel", "dr", "mr", "mrs", "professor"}


def note_marker_pattern() -> InlinePattern:
    """[12] or a superscript ¹² after a word; the marker keeps its printed form, @n the number."""
    def handle(match, ctx: InlineContext, processor):
        printed = match.group(1) or match.group(2)
        n = printed.translate(SUPERSCRIPT_DIGITS)
        before = ctx.running.value[max(0, match.start() - 12):match.start()]
        cross = ctx.in_note and bool(_CROSS_REFERENCE.search(before))
        return [model.NoteRef(children=[printed], n=n, cross_reference=cross, line=ctx.line_at(match.start()))]

    return InlinePattern("note-marker", NOTE_MARKER, handle)


def bold_pattern() -> InlinePattern:
    def handle(match, ctx, processor: InlineProcessor):
        inner = processor.process(match.group(1), ctx, match.start(1))
        return [model.Hi(children=inner, rend="bold", line=ctx.line_at(match.start()))]

    return InlinePattern("bold", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S), handle)


def italic_pattern() -> InlinePattern:
    """`*Pravda*` in running text about a paper is a periodical title; a capitalised phrase is a
    title of a work; anything else is emphasis."""
    def handle(match, ctx: InlineContext, processor: InlineProcessor):
        inner = processor.process(match.group(1), ctx, match.start(1))
        words = match.group(1).split()
        line = ctx.line_at(match.start())
        if words and all(w[0].isupper() or not w[0].isalpha() for w in words if len(w) > 3):
            if words[0][0].isupper():
                around = ctx.running.value[max(0, match.start() - 60):match.end() + 40]
                level = "j" if _PERIODICAL_CONTEXT.search(around) else "m"
                return [model.Title(children=inner, level=level, line=line)]
        return [model.Hi(children=inner, rend="italic", line=line)]

    return InlinePattern("italic", re.compile(r"(?<!\*)\*(?=[^\s*])([^*]+?)(?<=\S)\*(?!\*)"), handle)


_EDITORIAL_REMARKS = [  # what a bracket says about the document itself -> the note's subtype
    ("sic", re.compile(r"^sic!?$", re.I)),
    ("illegible", re.compile(r"^(?:illegible|illeg\.?|indecipherable|unclear)(?:\s+\w+)?$", re.I)),
    ("omission", re.compile(r"^(?:\.\s?){3}$|^…$")),
    ("hand", re.compile(r"^(?:handwritten|in handwriting|handwriting|signature|stamp|seal|in the margin|"
                        r"marginal note|underlined|crossed out|text continues|continued on|on (?:the )?reverse|verso)\b",
                        re.I)),
]


def editorial_bracket_pattern() -> InlinePattern:
    """What an editor or translator put in square brackets:
    [Pavel] Mif, [Deng] Xiaoping -> supplied (completing a name); [had been] -> supplied (words
    left out); [*nachetnichestva*], [pokazukha] -> the original word, foreign, in an editorial
    note; [sic], [illegible], [...], [handwritten:] -> an editorial note of that kind;
    [Jiang Jieshi's], [PRC military leader] -> an editorial note (a gloss)."""
    def handle(match, ctx: InlineContext, processor: InlineProcessor):
        content = match.group(1)
        words = content.strip()
        line = ctx.line_at(match.start())
        resp = ctx.document.intervention_resp
        following = ctx.running.value[match.end():match.end() + 40]
        italic = re.fullmatch(r"\*([^*]+)\*", words)
        if italic or (re.fullmatch(r"[a-z]+(?:[- ][a-z]+)?", words) and not _english_words(words)):
            term = italic.group(1) if italic else words
            lang = _transliterated(ctx.document.metadata.original_language, term)
            return [model.EditorialNote(children=[model.Foreign(children=[term], lang=lang, line=line)],
                                        subtype="original-term", resp=resp, line=line)]
        inner = processor.process(content, ctx, match.start(1))
        for subtype, pattern in _EDITORIAL_REMARKS:
            if pattern.match(words.rstrip(":")):
                return [model.EditorialNote(children=inner, subtype=subtype, resp=resp, line=line)]
        if _INITIALS_OR_GIVEN_NAME.match(words) and re.match(r"\s*[A-Z]", following) \
                and words.rstrip(".").lower() not in _TITLES:
            return [model.Supplied(children=inner, reason="name-completion", resp=resp, line=line)]
        if re.fullmatch(r"[a-z]+(?: [a-z]+){0,3}", words) and _english_words(words) \
                and not re.match(r"\s*[A-Z]", following):
            return [model.Supplied(children=inner, reason="omitted", resp=resp, line=line)]
        return [model.EditorialNote(children=inner, subtype="gloss", resp=resp, line=line)]

    return InlinePattern("editorial-bracket", re.compile(r"\[(?!\d+\])([^\[\]\n]+)\]"), handle)


# Runs of another script in an English text: their language, so that readers and renderers
# (lang in HTML, hyphenation and fonts in print) treat them right.
_OTHER_SCRIPTS = re.compile(r"(?P<cyrl>[\u0400-\u04FF]+(?:[\s\-–—,.:;«»]+[\u0400-\u04FF]+)*)"
                            r"|(?P<hani>[\u3400-\u4DBF\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF]+)")
_CYRILLIC_LANGUAGES = {"ru", "uk", "be", "bg", "sr", "mk", "mn", "kk"}


def other_script_pattern() -> InlinePattern:
    """Cyrillic or Chinese characters: foreign, in the source's original language when it is
    written in that script, else a language tag for the script (und-Cyrl)."""
    def handle(match, ctx: InlineContext, processor):
        original = ctx.document.metadata.original_language
        if match.group("cyrl"):
            lang = original if original in _CYRILLIC_LANGUAGES else "und-Cyrl"
        else:
            lang = original if original in ("zh", "ja") else "zh"
        return [model.Foreign(children=[match.group(0)], lang=lang, line=ctx.line_at(match.start()))]

    return InlinePattern("other-script", _OTHER_SCRIPTS, handle)


def _english_words(text: str) -> bool:
    from edition.sources.hyphenation import is_english_word

    return all(is_english_word(word) for word in re.split(r"[- ]", text))


def _transliterated(language: str | None, word: str) -> str:
    """BCP 47 for a word of the original language written in Latin letters (`ru-Latn`)."""
    if not language or language == "en":
        return "und-Latn" if word.isascii() else "und"
    if word.isascii() and language in {"ru", "uk", "be", "bg", "sr", "mk", "zh", "ja", "ko", "mn"}:
        return f"{language}-Latn"
    return language
