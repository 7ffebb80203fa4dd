"""Keyword links some sites print as the word's reading in brackets after it: 汽车[QiChe],
增长[ZengChang] (rp18, a yearbook site). They are no part of the article: they split names (一汽[YiQi]-大众)
and sentences. A bracket is taken out only where its capitals spell the reading of the characters
just before it; any other bracket stays."""
from __future__ import annotations

from atlas.read.pinyin import clean_converter_pinyin, strip_converter_pinyin


def test_a_reading_in_brackets_after_its_word_is_taken_out_and_reported():
    line = "今年一季度长春汽车[QiChe]工业实现稳步增长[ZengChang],一汽[YiQi]-大众产销两旺。"
    text, lines = clean_converter_pinyin("标题\n" + line)
    assert text.split("\n")[1] == "今年一季度长春汽车工业实现稳步增长,一汽-大众产销两旺。"
    assert [(c.index, c.annotations) for c in lines] == [(1, 3)]
    assert lines[0].example == "汽车[QiChe]"


def test_a_bracket_that_is_not_the_reading_before_it_stays():
    for text in ("长春汽车[NEW]工业", "长春汽车[Auto]工业", "新能源[Qi]车", "奥迪[PPE]项目", "图为[Xinhua]记者",
                 "参见[1]", "汽车[Qi]"):
        assert strip_converter_pinyin(text) == (text, 0), text


def test_a_reading_with_several_possible_sounds_is_known():
    # 长 reads cháng or zhǎng, 行 xíng or háng: either spelling is the word's reading
    assert strip_converter_pinyin("长春[ChangChun]的银行[YinHang]")[0] == "长春的银行"
    assert strip_converter_pinyin("绿色[LvSe]发展")[0] == "绿色发展"


def test_a_hostile_page_of_brackets_is_read_in_linear_time():
    # an editor's paste may hold thousands of bracketed words: each is checked once, none backtracks
    import time

    def cost(n: int) -> float:
        text = ("汽车[QiChe]" + "长春[AbCdEfGhIj]" + "[" * 3) * n
        start = time.process_time()
        cleaned, count = strip_converter_pinyin(text)
        assert count == n and "[QiChe]" not in cleaned
        return time.process_time() - start

    small, large = cost(2000), cost(8000)
    assert large < 10 * max(small, 0.01)  # four times the text: linear is four times the time
