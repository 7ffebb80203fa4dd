"""Property tests: arbitrary text never crashes reading and never loses characters silently."""
import datetime
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from atlas.extract.pubdate import date_article
from atlas.read.reader import read_article
from tests.test_cjk_only import han_characters  # the test's own definition, not the code's

ALPHABET = st.sampled_from(list("𠮷長軌长春汽车轨道光电生物医药服务企业项目开工年月日一二三〇0123456789") + list("，。；：、“”《》（）——…,.;:()!?*_#[]|{} \u3000\ufffd\n\n\n▲"))
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
@example("〇\n一一一一,")  # found by hypothesis: a lone character over the text is a column line, dropped and reported
def test_reading_never_crashes_and_keeps_every_character(text):
    result = read_text(text)
    if result.article is None:
        assert result.problems and all(p.file == "seeds/x.txt" for p in result.problems)
        return
    a = result.article
    if any(r.kind == "drop-garbled" for r in a.repairs):
        return  # declared: a long run of copied fragments was dropped, and reported
    made = any(p.code == "read.title-made" for p in result.problems)  # a title made from the lead repeats it
    have = han_characters(("" if made else a.title) + a.subtitle + a.kicker + "".join(a.mastheads) + "".join(a.authors) + a.source
                          + "".join(b.text for b in a.blocks))
    # a line the report names as dropped (a menu or column line beside the headline, `〇` alone) is
    # declared, not lost
    dropped = {p.line for p in result.problems if p.code == "read.furniture" and p.line}
    kept = "\n".join(line for n, line in enumerate(text.split("\n"), 1) if n not in dropped)
    want = han_characters(kept.replace("本报记者", ""))
    assert sorted(have) == sorted(want)


# An article without a stated date: a headline, then paragraphs that report dated things done
# (2021年5月…) or plans (到2030年…), between words that neither date nor plan.
WORDS = ["长春", "汽车", "轨道客车", "光电信息", "生物医药", "企业", "项目", "开工", "投产", "签约", "服务", "产业", "发展"]
FILLER = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map("".join)
years = st.integers(min_value=1990, max_value=2100)
done_dates = st.one_of(
    years.map(lambda y: (y, f"{y}年")),
    st.tuples(years, st.integers(1, 12)).map(lambda t: (t[0], f"{t[0]}年{t[1]}月")),
    st.tuples(years, st.integers(1, 12), st.integers(1, 28)).map(lambda t: (t[0], f"{t[0]}年{t[1]}月{t[2]}日")),
)
plans = years.map(lambda y: (None, f"到{y}年"))  # a plan's year: no evidence of when the article was written
dated_paragraphs = st.tuples(
    st.lists(st.tuples(FILLER, done_dates, FILLER), min_size=1, max_size=4),
    st.lists(st.tuples(FILLER, plans, FILLER), max_size=3),
    st.randoms(use_true_random=False),
)


@settings(max_examples=150, deadline=None)
@given(dated_paragraphs)
def test_publication_year_is_inferred_from_the_latest_date_reported_as_done(generated):
    """Every generated article reports at least one thing done and states no date, so its year is
    always inferred, and it is the latest year of a thing done: never a plan's year."""
    done, planned, rnd = generated
    paras = done + planned
    rnd.shuffle(paras)
    text = "长春产业新闻\n\n" + "\n\n".join(f"{a}，{phrase}，{b}。" for a, (_, phrase), b in paras) + "\n"
    result = read_text(text)
    assert result.article is not None, result.problems
    date = date_article(result.article)[0].date  # inferred by extraction, as the build does
    assert date is not None and date.inferred and date.source == "inferred", (text, date)
    assert date.value == str(max(year for _, (year, _), _ in done)), (text, date)


# --- dates and money ----------------------------------------------------------------------------

from atlas.extract.dates import find_date_expressions  # noqa: E402
from atlas.extract.money import parse_amounts  # noqa: E402
from atlas.records import PublicationDate  # noqa: E402

DATE_ALPHABET = st.sampled_from(list("0123456789０１２３年月日至到、前后上下半季度今去明本以来初底将计划预计十四五“”，。的会开工签约投产") + [" "])
date_pieces = st.sampled_from(["2023年", "1850年", "2999年", "2月", "30日", "29日", "12月", "31日", "至", "今年", "以来"])
date_texts = st.lists(st.one_of(st.text(alphabet=DATE_ALPHABET, max_size=6), date_pieces), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(date_texts, st.integers(min_value=1990, max_value=2030))
@example("2000年1月1月", 2003)  # found by hypothesis: the bare 1月 keeps the year 2000 the text told
def test_dates_stay_in_a_plausible_range(text, year):
    """No crash; every expression is the text at its own span; days are real calendar days; a year
    the text writes out is the one written, and a relative date (今年, 7月16日) resolves to a year
    next to the publication year, never further."""
    pub = PublicationDate(f"{year}-06-30", "day", "front-matter", False)
    for m in find_date_expressions(text, pub):
        assert text[m.start : m.end] == m.expression
        if not m.iso or m.iso.startswith("--"):
            continue
        parts = m.iso.split("/")
        assert parts == sorted(parts), (text, m)  # no range runs backwards
        if m.expression.endswith("以来"):
            parts = parts[:1]  # “…以来” runs up to the publication date
        for part in parts:
            if len(part) == 10:
                datetime.date.fromisoformat(part)  # a real calendar day (no 2月30日)
            y = int(part[:4])
            if m.expression.endswith("年后") or m.expression in ("次年", "翌年"):
                # counted from a year written before it in the text (1961年…两年后 is 1963)
                assert any(str(y - n) in text[: m.start] for n in range(1, 100)), (text, m)
            elif m.expression.endswith(("年前", "年以前", "年之前")):
                assert year - 99 <= y < year, (text, m)  # 3年前: counted back from the publication year
            elif m.relative and m.told:
                # a year the text tells before it (2000年1月…1月, 同年; 次日 may cross into the next year)
                assert any(str(y - n) in text[: m.start] for n in (0, 1)), (text, m)
            elif m.relative:
                assert year - 2 <= y <= year + 1, (text, m)
            elif "五" not in m.expression:
                # a range's start month without a year takes the year its end writes, or the one
                # before when the month comes later (11月至2021年1月 starts in 2020)
                written = part[:4] in m.expression or (len(parts) == 2 and part == parts[0] and str(y + 1) in m.expression)
                assert written, (text, m)


money_texts = st.text(alphabet=st.sampled_from(list("0123456789.,，亿万千百元美欧日港币以上超过近约多余总投资达") + [" "]), max_size=40)


@settings(max_examples=400, deadline=None)
@given(money_texts)
def test_money_parsing_never_crashes_and_keeps_the_printed_text(text):
    for money in parse_amounts(text):
        assert text[money.start : money.end] == money.text
        assert money.qualifier in {"exact", "at-least", "at-most", "about"}


# An amount written the way articles write it, with the value, currency and qualifier it states.
UNITS = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4}
CURRENCY_WORDS = {"": "CNY", "元": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "港元": "HKD", "港币": "HKD"}
BEFORE_WORDS = {"": "exact", "超过": "at-least", "逾": "at-least", "近": "about", "约": "about", "不到": "at-most", "不足": "at-most"}
AFTER_WORDS = {"": None, "以上": "at-least", "左右": "about", "以下": "at-most", "以内": "at-most"}
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=1000, max_value=10**9).map("{:,}".format),
    st.tuples(st.integers(0, 9999), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]:03d}"),
)
amounts = st.tuples(st.sampled_from(sorted(BEFORE_WORDS)), numbers, st.sampled_from(sorted(UNITS)),
                    st.sampled_from(sorted(CURRENCY_WORDS)), st.sampled_from(sorted(AFTER_WORDS)))


@settings(max_examples=400, deadline=None)
@given(amounts, st.sampled_from(["项目总投资", "签约金额达", "，"]), st.sampled_from(["，建成后", "。", ""]))
def test_money_amount_is_read_with_the_value_currency_and_qualifier_it_states(amount, before, after):
    from decimal import Decimal

    qualifier_word, number, unit, currency, bound = amount
    printed = f"{qualifier_word}{number}{unit}{currency}{bound}"
    [money] = parse_amounts(f"{before}{printed}{after}")
    assert money.text == printed
    assert money.value == Decimal(number.replace(",", "")) * UNITS[unit]
    assert money.currency == CURRENCY_WORDS[currency]
    assert money.qualifier == (AFTER_WORDS[bound] or BEFORE_WORDS[qualifier_word])


# --- the matchers behind the extractors ---------------------------------------------------------

from atlas.extract.dates import _fold  # noqa: E402
from atlas.extract.names import NameMatcher  # noqa: E402
from atlas.read.layout import _Shingles  # noqa: E402

NAME_ALPHABET = st.sampled_from(list("一汽解放中国车长客AB"))
name_sets = st.lists(st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=5), max_size=12)


def _scan_longest_first(text: str, names: list[str]) -> list[tuple[str, int]]:
    """The definition: at each place the longest name starting there, then go on after it."""
    hits, i = [], 0
    while i < len(text):
        name = max((n for n in names if text.startswith(n, i)), key=len, default=None)
        if name:
            hits.append((name, i))
            i += len(name)
        else:
            i += 1
    return hits


@settings(max_examples=400, deadline=None)
@given(name_sets, st.text(alphabet=NAME_ALPHABET, max_size=40))
def test_name_matcher_is_leftmost_longest(names, text):
    hits = NameMatcher({n: n.upper() for n in names}).find(text)
    assert [(h.text, h.start) for h in hits] == _scan_longest_first(text, names)
    assert all(text[h.start : h.end] == h.text and h.key == h.text.upper() for h in hits)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("长春２０Ｑ，（）：年月 ﬁ①㈠\u3000ｶﾞe\u0301") + [chr(0xF900)]), max_size=30))
def test_date_folding_is_nfkc_one_character_at_a_time(text):
    want = "".join(n if len(n := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)
    assert _fold(text) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("长春汽车一")), max_size=7), max_size=8),
       st.text(alphabet=st.sampled_from(list("长春汽车一")), max_size=7))
def test_shingles_know_every_piece_of_the_text_so_far(lines, key):
    seen = _Shingles()
    for line in lines:
        seen.add(line)
    text = "".join(lines)
    want = bool(key) and key in text if len(key) <= _Shingles.N else all(
        key[k : k + _Shingles.N] in text for k in range(len(key) - _Shingles.N + 1))
    assert seen.contains(key) == want


from atlas.extract.project_names import ProjectCatalogue, ProjectEntry, _own_words, load_catalogue  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

PROJECT_RULES = load_catalogue(ROOT, []).rules
PROJECT_ALPHABET = st.sampled_from(["长", "春", "汽", "车", "奥", "迪", "光", "电", "A", "项目", "基地", "产业园", "新能源"])
project_names = st.lists(PROJECT_ALPHABET, min_size=1, max_size=10).map("".join)


def _shared(a: str, b: str) -> int:
    """Length of the longest piece of `a` that crosses no `|` and stands in `b`."""
    return max((j - i for i in range(len(a)) for j in range(i + 1, len(a) + 1) if "|" not in a[i:j] and a[i:j] in b), default=0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(project_names, min_size=1, max_size=3), max_size=8), project_names)
def test_closest_entry_is_the_first_sharing_the_longest_piece(entries, name):
    catalogue = ProjectCatalogue(tuple(ProjectEntry(n[0], tuple(n[1:])) for n in entries), PROJECT_RULES)
    own = _own_words(name, PROJECT_RULES)
    shared = [max(_shared(own, _own_words(n, PROJECT_RULES)) for n in (e.name, *e.aliases)) for e in catalogue.entries]
    best = max(shared, default=0)
    want = catalogue.entries[shared.index(best)] if best >= 4 else None
    assert catalogue.closest(name) == want
