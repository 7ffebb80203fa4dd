"""`cjk_only`, the key that says two texts hold the same Chinese characters (duplicate articles,
timeline merging, and the no-text-lost checks of reading), on the cases that are easy to get wrong.

`han_characters` is this file's own definition, from the Unicode character names and not from the
code under test, so the checks that compare a text with what reading made of it can use it."""
from __future__ import annotations

import unicodedata

import pytest

from atlas.text import cjk_only


def han_characters(text: str) -> str:
    """The Chinese characters of `text` by their Unicode names: unified ideographs of every block
    (basic, extension A–G), compatibility ideographs, and 〇 (the zero of 二〇二三年)."""
    return "".join(
        c for c in text
        if c == "〇" or unicodedata.name(c, "").startswith(("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"))
    )


@pytest.mark.parametrize("text, key", [
    ("", ""),
    ("长春", "长春"),
    # every kind of punctuation and space goes, Chinese and ASCII, half- and full-width
    ("“长春”，（一汽）、《报》；：？！…—·「光」『电』【城】〔区〕", "长春一汽报光电城区"),
    (" 长\u3000春\t汽\n车\u00a0", "长春汽车"),
    (",.;:!?()[]{}<>*_#|\"'", ""),
    # Latin letters and digits go, half- and full-width alike
    ("奥迪Q6L e-tron", "奥迪"),
    ("奥迪Ｑ６Ｌ，２０２３年", "奥迪年"),
    ("2023年11月21日", "年月日"),
    ("ＡＢＣ１２３", ""),
    # Chinese numerals stay, 〇 included; Roman and circled numerals go
    ("二〇二三年", "二〇二三年"),
    ("Ⅻ①⑴", ""),
    # traditional characters stay as written (matching folds them elsewhere)
    ("長春軌道客車", "長春軌道客車"),
    # characters outside the basic block: extension A, B, C, E, G and compatibility ideographs
    ("㐀龘𠀀𪚥𫝀𬺰𰀀豈﨩", "㐀龘𠀀𪚥𫝀𬺰𰀀豈﨩"),
    ("中𠮷野家", "中𠮷野家"),
    # kana, hangul, iteration marks, radicals and emoji are not Chinese characters
    ("トヨタ현대々〆", ""),
    ("长春🚄", "长春"),
])
def test_cjk_only_keeps_the_chinese_characters_and_nothing_else(text, key):
    assert cjk_only(text) == key
    assert han_characters(text) == key  # the test's own definition agrees on every case


def test_cjk_only_keeps_order_and_repeats():
    assert cjk_only("长，春。长！春") == "长春长春"


def test_a_character_of_an_extension_block_makes_two_texts_different():
    """Two articles that differ only in a rare character are not the same text."""
    assert cjk_only("𠮷野家开业。") != cjk_only("吉野家开业。")
