"""Decide whether a hyphen at the end of a wrapped line belongs to the word.

`self-`/`criticism` keeps its hyphen (a real compound); `produc-`/`tion` is rejoined. The
text itself is the first witness (does it print the compound or the joined word elsewhere?),
then an English word list, then the shape of the parts.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@lru_cache(maxsize=1)
def _english():
    from spellchecker import SpellChecker

    return SpellChecker(language="en")


def is_english_word(word: str) -> bool:
    """In the English word list (pyspellchecker's)."""
    return word.lower() in _english()


class HyphenationOracle:
    """Knows the words of one document so that its own spelling decides first."""

    def __init__(self, text: str):
        words = _WORD.findall(text)
        self.forms = {w.lower() for w in words}

    def keep_hyphen(self, left: str, right: str) -> bool:
        """True when `left-` + `right` at a line end is a real hyphenated compound."""
        if not right or not right[0].islower():
            return True  # Marxist-/Leninist, anti-/Japanese, 1931-/1934
        left_l, right_l = left.lower(), right.lower()
        if f"{left_l}-{right_l}" in self.forms:
            return True
        if left_l + right_l in self.forms:
            return False
        if is_english_word(left_l + right_l):
            return False
        return is_english_word(left_l) and is_english_word(right_l)
