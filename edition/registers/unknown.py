"""Name-like sequences that may be persons missing from the register, each with the reason it
looks like a person, so that an editor can decide and add them."""
from __future__ import annotations

import re
from functools import lru_cache

from edition.registers.persons import TITLES

# A capitalised word in any alphabet (Lüthi, Dikötter, MacFarquhar), not one in capitals (THE).
_CAP = r"[A-Z][a-zà-öø-ÿ][^\W\d_]*(?:[-’'][^\W\d_]+)*"
CORPORATE = re.compile(r"\b(?:Editorial|Editors|Press|Department|Committee|Agency|Archive|Office|Ministry|"
                       r"Bureau|Institute|Council|Party|Board|Staff|Service|University|Center|Centre)\b")
_TITLED = re.compile(rf"\b(?P<title>{'|'.join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))})"
                     rf"\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})")
_NOT_NAMES = r"(?!(?:The|A|An|In|Of|On|And|For|To|With|From|By|At)\b)"
_INITIALS = re.compile(rf"(?<![\w.])(?P<name>(?:(?!{'|'.join(re.escape(t) for t in TITLES)}\b){_CAP}\s+)?"
                       rf"(?:[A-Z]\.\s?){{1,3}}\s*{_NOT_NAMES}{_CAP})")
_SPEAKER = re.compile(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\s+(?:said|says|noted|declared|stressed|wrote|"
                      r"argued|replied|answered|asked|told|observed|remarked|insisted)\b")
# The commonest Chinese family names: "Peng Dehuai", "Deng Xiaoping", "Liu Shaoqi".
_FAMILY = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie "
           "Song Tang Deng Han Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu "
           "Ding Ren Shen Yao Cui Zhong Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou "
           "Yin Xue Yan Duan Lei Long Shao Kang Mao Hao Bo Ke Kong Rao Qu Ye Nie Ji Tao Teng").split()
_CHINESE = re.compile(rf"\b(?P<name>(?:{'|'.join(_FAMILY)})\s+[A-Z][a-z]{{2,}})\b")


@lru_cache(maxsize=1)
def _english():
    from spellchecker import SpellChecker

    return SpellChecker(language="en")


def _ordinary_words(name: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name)
    return all(w.lower() in _english() for w in words)


def candidates(text: str) -> list[tuple[int, str, str]]:
    """(offset, name, why it looks like a person) for each name-like sequence in `text`."""
    found: dict[str, tuple[int, str, str]] = {}
    for match in _TITLED.finditer(text):
        name = match.group("name")
        if not _ordinary_words(name):
            found.setdefault(name, (match.start("name"), name, f"follows the title '{match.group('title')}'"))
    for match in _INITIALS.finditer(text):
        name = match.group("name")
        first = name.split()[0]
        if not first.endswith(".") and _ordinary_words(first):
            name = name[len(first):].strip()  # "Embassy N. G. Sudarikov": the name is N. G. Sudarikov
        found.setdefault(name, (match.start(), name, "initials before a surname"))
    for match in _CHINESE.finditer(text):
        name = match.group("name")
        if not _ordinary_words(name.split()[1]):
            found.setdefault(name, (match.start(), name, "a Chinese family name followed by a given name"))
    titles = re.compile(rf"^(?:(?:{'|'.join(re.escape(t) for t in TITLES)})\s+)+")
    for match in _SPEAKER.finditer(text):
        name = titles.sub("", match.group("name"))
        if not _ordinary_words(name):
            found.setdefault(name, (match.start(), name, "the subject of a verb of saying"))
    return sorted(found.values())
