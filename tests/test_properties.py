"""Property tests: arbitrary text never crashes reading and never loses characters silently."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas.read.reader import read_article
from atlas.text import cjk_only

ALPHABET = st.sampled_from(list("长春汽车轨道光电生物医药服务企业项目开工年月日一二三〇0123456789") + list("，。；：、“”《》（）——…,.;:()!?*_#[]|{} \u3000\ufffd\n\n\n▲"))
texts = st.text(alphabet=ALPHABET, min_size=0, max_size=400)


def read_text(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seeds").mkdir()
        path = root / "seeds" / "x.txt"
        path.write_text(text, encoding="utf-8")
        return read_article(path, root)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_reading_never_crashes_and_keeps_every_character(text):
    result = read_text(text)
    if result.article is None:
        assert result.problems and all(p.file == "seeds/x.txt" for p in result.problems)
        return
    a = result.article
    if any(r.kind == "drop-garbled" for r in a.repairs):
        return  # declared: a long run of copied fragments was dropped, and reported
    have = cjk_only(a.title + a.subtitle + a.kicker + "".join(a.mastheads) + "".join(a.authors) + a.source
                    + "".join(b.text for b in a.blocks))
    want = cjk_only(text.replace("本报记者", ""))
    assert sorted(have) == sorted(want)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_inferred_publication_year_is_one_the_text_states(text):
    result = read_text(text)
    if result.article and result.article.date and result.article.date.inferred:
        assert result.article.date.value in text
