"""Every default recognizer, registered with its priority in this one place."""
from __future__ import annotations

from edition.recognize import blocks, inline, inline_patterns, quotes
from edition.recognize.registry import Registry


def block_recognizers() -> Registry[blocks.BlockRecognizer]:
    """Classify a source block; the first test that holds names it (else: paragraph)."""
    registry: Registry[blocks.BlockRecognizer] = Registry()
    for name, test, priority in [
        ("notes-heading", blocks.is_notes_heading, 100),
        ("note", blocks.is_note, 90),
        ("boilerplate", blocks.is_boilerplate, 80),
        ("about-author", blocks.is_about_author, 70),
        ("byline", blocks.is_byline, 60),
        ("list", blocks.is_list, 50),
        ("signature", blocks.is_signature, 45),
        ("block-quote", blocks.is_block_quotation, 42),
        ("heading", blocks.heading_like, 40),
    ]:
        registry.register(blocks.BlockRecognizer(name, test), name, priority)
    return registry


def inline_patterns_registry() -> Registry[inline.InlinePattern]:
    registry: Registry[inline.InlinePattern] = Registry()
    registry.register(inline.page_break_pattern(), "page-break", 100)
    registry.register(inline_patterns.bold_pattern(), "bold", 90)
    registry.register(quotes.quote_pattern(), "quotation", 85)
    registry.register(inline_patterns.editorial_bracket_pattern(), "editorial-bracket", 80)
    registry.register(inline_patterns.italic_pattern(), "italic", 70)
    registry.register(inline_patterns.note_marker_pattern(), "note-marker", 60)
    registry.register(inline_patterns.other_script_pattern(), "other-script", 50)
    return registry


def classify(block, ctx, registry) -> str:
    for recognizer in registry:
        if recognizer.test(block, ctx):
            return recognizer.name
    return "paragraph"
