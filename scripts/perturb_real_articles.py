"""How well the reader's titles and dates stand up when a TUNING page changes the way unseen pages differ.

    python scripts/perturb_real_articles.py           # every change, a count per change
    python scripts/perturb_real_articles.py -v        # with each page whose title or date goes wrong

The measuring half may only be scored, never looked at; this asks the same question of the tuning
half instead: take each page with a headline and change it the way another site would present the
same article, and read it again. A rule fitted to one page's layout falls over here; a general one
holds. Only the reader runs (no extraction), so a repost's dateline is not applied: the date
changes compare the line's own date.

The changes, each a general property of Chinese news pages:

- the headline gone (`no-headline`): the title must then be made from the lead, and said so; and the date
  the build shows (`no-headline:date`, the dateline's day and an inferred year applied) must be the gold's where the
  page states one, else inferred or unknown;
- around the headline: a site menu and breadcrumb over it (`banner`, `breadcrumb:»`, `breadcrumb:/`), the
  menu one item a line as a browser's "select all" copies it (`menu-lines`),
  the site's name on a <title> line above it (`site-title`), the headline printed twice (page title
  and h1, `title-twice`), a column's `【栏目】` line over it (`column`), a kicker over it and a
  ——subtitle under it (`kicker-subtitle`), a repost's `原标题：` line under it (`original-title`),
  a list of other headlines over it (`headlines-above`);
- between the headline and the text: photo captions and a `（记者 某某 摄）` credit (`captions`),
  counters (`阅读 123`, `评论 0`, `字号：大 中 小`) and a share bar (`counters`);
- after the text: a list of related headlines (`related`), `上一篇/下一篇` links and a tag line
  (`prev-next`);
- the page pasted as HTML (`html`), or as its source with each paragraph's `<p>` spread over indented lines
  (`html-source`: a browser joins them);
- the publication line: gone (`no-date-line`), in another site's form over the text (`date:…`), or
  only in a footer line after the text (`footer:…`: labelled, bracketed, after a `（责任编辑：…）`, bare);
- the publication line of the header or footer gone with no other line writing that date (`no-stated-date`):
  the build (reader and pubdate inference) must show the date inferred or unknown, never a definite one; a
  page where another line still writes it (a dateline with its year, a second date line) is counted apart
  (`no-stated-date:another-line-states-it`) and must show that date, and a notice signed under its text
  (an issuer's name over a date line) apart again (`no-stated-date:signed`): it must show the signing date, and
  a page whose headline writes the year and whose dateline the day (`no-stated-date:headline-year-dateline`,
  rf05's gold counts that as stated) must show that date;
- furniture lines in their many written forms (来源/作者/编辑/责任编辑/审核/校对 with full- and half-width
  colons, spaces, brackets; share, print and font bars; a breadcrumb; a `发布时间：… 浏览次数：…` line) between
  the paragraphs (`furniture-middle`) or after the text (`furniture-end`), with sentences of text that hold
  a label's word (`资金来源：市级财政专项资金300万元。`), which must stay.

A change passes when the title is the gold headline, the date is the gold date (the `date:` and
`footer:` changes) or what the unchanged page reads (the others; none for `no-date-line`), and no
line the change added is left in the body as a paragraph or heading (captions may stay captions).
`no-date-line` checks the title only: the page may carry another date line (a document's signing date).
The furniture changes check the title, the furniture left in the body, and that no sentence is lost: every
sentence of the unchanged page's text and every added sentence of text is still there.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import yaml  # noqa: E402

from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.reader import read_article  # noqa: E402
from atlas.read.simplify import simplified  # noqa: E402
from atlas.read.structure import BYLINE, issuer_name  # noqa: E402
from atlas.read.webpage import load_furniture_rules  # noqa: E402
from atlas.records import BlockKind  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import FIXTURES, pages  # noqa: E402

DATE_FORMS = ("发布时间：{Y}-{M}-{D} 10:15:33  来源：长春日报", "{Y}-{M}-{D} 10:15", "{Y}年{m}月{d}日 10:15 来源：长春日报",
              "来源：长春日报 | {Y}年{m}月{d}日", "{Y}/{m}/{d} 10:15:33", "时间：{Y}年{M}月{D}日 来源：长春日报 作者：王五 浏览：123",
              "长春日报 | {Y}-{M}-{D} 10:15 | 阅读 1234", "[{Y}-{M}-{D}]", "{Y}-{M}-{D} 来源：长春日报 责任编辑：王五",
              "来源：新华网 | {Y}年{M}月{D}日 10:15", "{Y}年{M}月{D}日 星期四 来源：长春日报", "发布时间：{Y}年{m}月{d}日 10时15分",
              "作者：王五 来源：长春日报 {Y}-{M}-{D}", "{Y}-{M}-{D}T10:15:33+08:00", "日期：{Y}-{M}-{D} 点击：123",
              "{FY}－{FM}－{FD} １０：１５", "{Y} 年 {m} 月 {d} 日 10:15", "{CY}年{cm}月{cd}日", "{Y}年{M}月{D}日 | 公司要闻 浏览次数 : 60次",
              # the header lines of the platforms editors copy from: WeChat (old and new), Toutiao, Baijiahao, Sohu
              "原创 长春发布 长春发布 {Y}-{M}-{D} 18:30 发表于吉林", "长春发布 {Y}年{M}月{D}日 18:30 吉林",
              "长春日报 {Y}-{M}-{D} 08:00·长春日报社官方账号", "澎湃新闻 {Y}-{M}-{D} 08:00 发布于上海 澎湃新闻官方账号",
              "{Y}-{M}-{D} 08:00 发布于：吉林省", "发布于 {Y}-{M}-{D} 08:00", "{Y}-{M}-{D} 08:00:00 作者：王五 阅读：1234",
              # the weekday before the date, a site's name and an editor's initials glued to the time (fresh pages, session 30)
              "星期四 {Y}年{m}月{d}日", "周四 {Y}-{M}-{D}", "{Y}年{M}月{D}日 02:04长春日报网zr")
# a date only in a line after the text
FOOTER_FORMS = ("（{Y}年{m}月{d}日）", "发布日期：{Y}-{M}-{D}", "[ {Y}-{M}-{D} ]", "时间：{Y}.{M}.{D}", "更新时间：{Y}-{M}-{D} 10:15",
                "{CY}年{cm}月{cd}日", "（责任编辑：王五）{Y}-{M}-{D}", "（责任编辑：王五） {Y}年{m}月{d}日", "来源：长春日报 日期：{Y}-{M}-{D}",
                "{Y}-{M}-{D}", "{Y}年{m}月{d}日", "本文发布于{Y}年{m}月{d}日", "[{Y}-{M}-{D}]", "责任编辑：王五 {Y}-{M}-{D} 10:15")

# furniture lines in the written forms of Chinese sites: labels with full- and half-width colons, spaces and
# brackets, share and print bars, a font bar, a breadcrumb, a publication line with its counter
FURNITURE_LINES = ("来源：长春日报", "来源:新华网", "作者：王五", "编辑：王五", "责任编辑：王五", "审核：李四", "校对：赵六",
                   "责任编辑 : 王五", "编辑 ：王五", "[责任编辑：王五]", "【责任编辑：王五】", "（编辑：王五 审核：李四）",
                   "(来源:长春日报 作者:王五)", "分享到：微信 微博", "【打印本页】【关闭窗口】", "字号：大 中 小",
                   "当前位置：首页 > 新闻", "发布时间：{date} 10:15 浏览次数：123")
# sentences of a text that hold a label's word: they must stay (a rule for furniture must not take them)
LOOKALIKE_SENTENCES = ("资金来源：市级财政专项资金300万元。", "资料来源：市统计局，全市规上工业增加值增长8%。",
                       "项目来源：省重点项目库，总投资12亿元。", "该书由长春出版社编辑出版，作者为本地学者。",
                       "审核：由市发改委牵头，各部门联合审核项目材料。", "编辑部设在长春，稿件来源广泛。")
ANY_DATE = "any"  # a change that says nothing about the date
UNSTATED = "unstated"  # the page states no date any more: shown inferred or unknown, never a definite date
OTHER_HEADLINES = ["长春新区集中签约16个项目", "一汽解放新工厂正式投产 2023-01-05", "长春光电信息产业园三期主体封顶"]


def _chinese(number: str, digitwise: bool = False) -> str:
    """2021 → 二〇二一 (a year, digit by digit); 12 → 十二, 20 → 二十, 31 → 三十一 (a month or day)."""
    cn = "〇一二三四五六七八九"
    if digitwise:
        return "".join(cn[int(c)] for c in number)
    n = int(number)
    return (cn[n // 10] if n >= 20 else "") + ("十" if n >= 10 else "") + (cn[n % 10] if n % 10 else "")


def _wide(digits: str) -> str:
    return digits.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})  # ２０２１


def _prints_headline(line: str, title: str) -> bool:
    """Is the line the headline, or the headline with a site's name or a file name on it
    (`…_长春市人民政府`, `长春：…_fororder_吉林头-0752860c`): a short line holding it, no sentence?"""
    text = line.strip()
    rest = text.replace(title, "")
    return bool(text) and title in text and "。" not in rest and len(rest) <= 60 and text != rest


def _index(lines: list[str], text: str | None) -> int | None:
    if not text:
        return None
    return next((k for k, line in enumerate(lines) if line.strip() == text.strip() and len(line.strip()) <= 80), None)


def changes(lines: list[str], gold: dict) -> dict[str, tuple]:
    """The changed copies of one page's lines, by the name of the change: (lines, the date the
    page must show — "" for what the unchanged page shows, ANY_DATE when the change says nothing about it —, the lines
    the change added that must not stay in the body[, the sentences of text it added that must stay])."""
    title = gold["title"]
    out: dict[str, tuple] = {}
    banner = ["首页 | 新闻 | 财经 | 汽车 | 科技 | 房产", "当前位置：首页 > 新闻中心 > 正文"]
    out["banner"] = (banner + [""] + lines, "", banner)
    # the menu as a browser's "select all" copies it: one item a line, over everything else
    menu = ["首页", "新闻", "政务", "经济", "汽车", "科技", "文旅"]
    out["menu-lines"] = (menu + [""] + lines, "", menu)
    for mark in ("»", "/"):
        crumb = [f"首页 {mark} 新闻中心 {mark} 本地新闻 {mark} 正文"]
        out[f"breadcrumb:{mark}"] = (crumb + [""] + lines, "", crumb)
    related = ["相关新闻"] + OTHER_HEADLINES
    out["related"] = (lines + [""] + related, "", related)
    out["site-title"] = ([title + "_长春市人民政府"] + lines, "", [])
    prev_next = ["上一篇：" + OTHER_HEADLINES[0], "下一篇：" + OTHER_HEADLINES[2], "标签：长春 产业 项目"]
    out["prev-next"] = (lines + [""] + prev_next, "", prev_next)
    above = ["热点推荐"] + [f"• {h}" for h in OTHER_HEADLINES]
    out["headlines-above"] = (above + [""] + lines, "", above)
    # pasted HTML: a menu in a <div>, each line a <p>
    out["html"] = (['<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/cj">财经</a> | <a href="/qc">汽车</a></div>']
                   + [f"<p>{line}</p>" if line.strip() else "" for line in lines], "", [])

    # the page's HTML source as an editor may copy it: each paragraph in a <p> spread over indented lines
    # (a break after each comma and full stop), as a browser joins them
    def source(line: str) -> str:
        parts = re.split(r"(?<=[，。,])", line.strip())
        return "  <p>\n" + "\n".join(f"    {part}" for part in parts if part) + "\n  </p>"
    out["html-source"] = (['<div class="article">'] + [source(line) if line.strip() else "" for line in lines] + ["</div>"], "", [])

    head = _index(lines, title)
    date_at = _index(lines, gold["pubdate_line"])
    def nonblank(k: int, step: int) -> str:
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        return lines[k].strip() if 0 <= k < len(lines) else ""

    if head is not None:
        # the headline gone everywhere the page prints it (its <title>, its h1, a picture named after it):
        # the title is then made from the lead
        out["no-headline"] = ([line for line in lines if not _prints_headline(line, title)], "", [])
        # and its publication date as the build shows it (a dateline's day, an inferred year): the gold date where the
        # page states one, else inferred or unknown (pages pasted without their headline are where unseen pages miss)
        # (a date line the headline was glued to goes with it: then no date is stated)
        headless = out["no-headline"][0]
        stated = UNSTATED
        if gold["pubdate"] and gold["pubdate_line"] and str(gold["pubdate_line"]) in "\n".join(headless):
            stated = str(gold["pubdate"])
        out["no-headline:date"] = (headless, stated, [])
        out["title-twice"] = (lines[: head + 1] + [""] + lines[head:], "", [])
        if not nonblank(head - 1, -1).endswith("——"):  # not between a kicker and its headline
            out["column"] = (lines[:head] + ["【产业动态】", ""] + lines[head:], "", ["【产业动态】"])
        if not nonblank(head - 1, -1).endswith("——") and not nonblank(head + 1, 1).startswith("——"):  # a headline alone
            out["kicker-subtitle"] = (lines[:head] + ["奋力推进高质量发展", ""] + lines[head : head + 1]
                                      + ["——来自长春的报道"] + lines[head + 1 :], "", [])
        under = head + 1
        if date_at is not None and head < date_at <= head + 3:
            under = date_at + 1  # under the publication line
        while under < len(lines) and (not lines[under].strip() or lines[under].strip().startswith("——")
                                      or BYLINE.match(simplified(lines[under].strip()))):
            under += 1  # under the subtitle and the byline: they close the headline block
        original = [f"原标题：{title}"]
        out["original-title"] = (lines[:under] + original + lines[under:], "", original)
        captions = ["", "", "", "长春新区项目建设现场。", "（记者 王五 摄）", ""]
        out["captions"] = (lines[:under] + captions + lines[under:], "", [])
        counters = ["阅读 123", "评论 0", "字号：大 中 小", "分享到：微信 微博 QQ空间"]
        out["counters"] = (lines[:under] + counters + lines[under:], "", counters)
    if date_at is not None:  # a date line of its own (not one glued to the whole text, as rk16's)
        # a date line the headline is glued to (rb02: `date 2025-09-25 長春航天產業鏈 融入城市治理`) loses its date, not its headline
        kept = [title] if title in lines[date_at] else []
        gone = lines[:date_at] + kept + lines[date_at + 1 :]
        end = max((k + 1 for k, line in enumerate(gone) if "。" in line), default=len(gone))  # under the text, above its lists
        out["no-date-line"] = (gone, ANY_DATE, [])  # another date line may stand elsewhere (a document's signing date)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold["pubdate"] or "")) and "。" not in str(gold["pubdate_line"]):
            # the header's or footer's publication line gone: nothing states the date now, unless another line does
            held = _holds_date(gone, str(gold["pubdate"]))
            signed = None if held else _signing_date(gone)
            if signed:  # a notice signed under its text (长春市人民政府 / 2022年6月2日) states the day it was issued
                out["no-stated-date:signed"] = (gone, signed, [])
            elif not held and _headline_year_and_dateline(title, gone, str(gold["pubdate"])):
                # the header writes the year, the dateline the day (rf05's gold: `2025长春光博会…` over `…6月13日电`)
                out["no-stated-date:headline-year-dateline"] = (gone, str(gold["pubdate"]), [])
            else:
                out["no-stated-date" + (":another-line-states-it" if held else "")] = (gone, str(gold["pubdate"]) if held else UNSTATED, [])
        if re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold["pubdate"] or "")):
            y, m, d = str(gold["pubdate"]).split("-")
            for form in DATE_FORMS:
                line = form.format(Y=y, M=m, D=d, m=int(m), d=int(d), FY=_wide(y), FM=_wide(m), FD=_wide(d),
                                   CY=_chinese(y, True), cm=_chinese(m), cd=_chinese(d))
                out[f"date:{form}"] = (lines[:date_at] + kept + [line] + lines[date_at + 1 :], str(gold["pubdate"]), [line])
            for form in FOOTER_FORMS:
                line = form.format(Y=y, M=m, D=d, m=int(m), d=int(d), CY=_chinese(y, True), cm=_chinese(m), cd=_chinese(d))
                out[f"footer:{form}"] = (gone[:end] + ["", line] + gone[end:], str(gold["pubdate"]), [line])
    # furniture between the paragraphs and after the text (before any list under it), with sentences that
    # hold a label's word: the furniture leaves the body, every sentence stays
    texts = [k for k, line in enumerate(lines) if "。" in line and len(line.strip()) > 20 and line.strip()[-1] in "。！？!?”"
             and (head is None or k > head)]  # lines that end a paragraph, not one a layout broke mid-sentence
    if len(texts) >= 2:
        date = str(gold["pubdate"]) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold["pubdate"] or "")) else "2021-08-12"
        furniture = [form.format(date=date) for form in FURNITURE_LINES]
        added = furniture + list(LOOKALIKE_SENTENCES)
        gaps = texts[:-1]
        middle = list(lines)
        for j, line in sorted(enumerate(added), key=lambda x: -gaps[x[0] % len(gaps)]):  # from the bottom up: indices hold
            at = gaps[j % len(gaps)] + 1
            middle[at:at] = ["", line]
        out["furniture-middle"] = (middle, ANY_DATE, furniture, list(LOOKALIKE_SENTENCES))
        end = texts[-1] + 1
        out["furniture-end"] = (lines[:end] + [x for line in added for x in ("", line)] + lines[end:], ANY_DATE, furniture,
                                list(LOOKALIKE_SENTENCES))
    return out


def _signing_date(lines: list[str]) -> str | None:
    """The date a notice was signed: a date alone on the line under an issuer's name alone (ISO), or None."""
    filled = [line.strip() for line in lines if line.strip()]
    for above, line in zip(filled, filled[1:]):
        m = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", unicodedata.normalize("NFKC", line))
        if m and issuer_name(above):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None


def _headline_year_and_dateline(title: str, lines: list[str], iso: str) -> bool:
    """Does the headline write the date's year and a wire dateline (`中新网吉林新闻2月27日电`) its month and day?"""
    y, m, d = (int(x) for x in iso.split("-"))
    if not re.search(rf"(?<!\d){y}(?!\d)", unicodedata.normalize("NFKC", title or "")):
        return False
    dateline = re.compile(rf"^[^，。,]{{0,24}}?(?<!\d){m}月{d}日(?:电|讯|消息|電|訊)")
    return any(dateline.match(unicodedata.normalize("NFKC", line).strip()) for line in lines)


def _holds_date(lines: list[str], iso: str) -> bool:
    """Does a line still write the date as text (2021-08-12, 2021年8月12日, ２０２１－０８－１２, 12.08.2021,
    二〇二一年八月十二日), not in a link's address (`…/2020/04/16/….shtml`)?"""
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [rf"(?<!\d){y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)", rf"(?<![\d.])0?{d}\.0?{m}\.{y}(?!\d)",
             f"{_chinese(str(y), True)}年{_chinese(str(m))}月{_chinese(str(d))}日"]
    pattern = re.compile("|".join(forms))
    for line in lines:
        text = re.sub(r"(?:https?://|www\.)[\w./%?=&#~:+-]+", "", unicodedata.normalize("NFKC", line)).replace("零", "〇").replace("○", "〇")
        if pattern.search(text):
            return True
    return False


def _sentences(article) -> set[str]:
    """The sentences of an article's text (paragraphs and captions), as compared: layout may join or split paragraphs."""
    text = "\n".join(match_text(b.text) for b in article.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION))
    return {x.strip() for x in re.split(r"(?<=[。！？!?])|\n", text) if len(x.strip()) >= 6}


def _left_in_body(article, added: list[str]) -> list[str]:
    texts = {match_text(x) for x in added if x.strip()}
    return [b.text for b in article.blocks if b.kind is not BlockKind.CAPTION and match_text(b.text) in texts]


def robustness(root: Path = ROOT, only: tuple[str, ...] = ()) -> dict[str, tuple[int, list[str]]]:
    """Each change → (pages tried, the pages whose title or date went wrong, with what was shown)."""
    rules = load_furniture_rules(root)
    tried: dict[str, int] = {}
    wrong: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "seeds").mkdir()
        path = project / "seeds" / "page.txt"

        def read(lines: list[str]):
            path.write_text("\n".join(lines), encoding="utf-8")
            result = read_article(path, project, furniture_rules=rules)
            return result.article, result.problems

        for page in pages("tune"):
            if only and not page.name.startswith(only):
                continue
            gold = yaml.safe_load((FIXTURES / f"{page.name}.gold.yaml").read_text(encoding="utf-8"))
            if not gold["title"]:
                continue
            lines = (FIXTURES / f"{page.name}.txt").read_text(encoding="utf-8").split("\n")
            title = match_text(strip_converter_pinyin(gold["title"])[0])
            unchanged, _ = read(lines)
            as_read = unchanged.date.value if unchanged and unchanged.date else None
            for name, change in changes(lines, gold).items():
                changed, want, added = change[:3]
                kept = change[3] if len(change) > 3 else ()  # sentences the change added that must stay
                article, problems = read(changed)
                tried[name] = tried.get(name, 0) + 1
                shown = article.title if article else None
                if name == "no-headline":  # a title made from the lead, said so, never a line of furniture
                    lead = next((b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH), "") if article else ""
                    made = any(p.code == "read.title-made" for p in problems)
                    original = any(p.code == "read.title-original" for p in problems)  # a repost's 原标题 line names it
                    if not ((made and shown and match_text(shown)[:8] in match_text(lead)) or (original and shown)):
                        wrong.setdefault(name, []).append(f"{page.name} '{shown}' (made: {made}; lead {lead[:40]!r})")
                    continue
                if name == "no-headline:date":
                    final = date_article(article)[0].date if article else None
                    if (final is not None and not final.inferred) if want == UNSTATED else (
                            final is None or final.inferred or final.value != want):
                        wrong.setdefault(name, []).append(f"{page.name} shown {final.value if final else None}"
                                                          f"{' (inferred)' if final and final.inferred else ''} (want {want})")
                    continue
                if want == UNSTATED:  # the build's date (extraction may infer one from the text): never a definite one
                    final = date_article(article)[0].date if article else None
                    if final is not None and not final.inferred:
                        wrong.setdefault(name, []).append(f"{page.name} shown {final.value} ({final.source}: {final.evidence[:1]})")
                    continue
                if ":another-line" in name or name in ("no-stated-date:signed", "no-stated-date:headline-year-dateline"):  # the date that line states, as the build shows it (the title is no-date-line's)
                    final = date_article(article)[0].date if article else None
                    if final is None or final.inferred or final.value != want:
                        wrong.setdefault(name, []).append(f"{page.name} shown {final.value if final else None} (want {want})")
                    continue
                shown_date = article.date.value if article and article.date else None
                want_date = as_read if want == "" else want
                left = _left_in_body(article, added) if article else []
                date_wrong = want != ANY_DATE and shown_date != want_date
                lost = []
                if kept and article:  # no sentence of the page lost, nor one the change added
                    have = _sentences(article)
                    lost = sorted((_sentences(unchanged) if unchanged else set()) - have) + [
                        x for x in kept if match_text(x) not in have]
                if shown is None or match_text(shown) != title or date_wrong or left or lost:
                    extra = (f" left in body: {left}" if left else "") + (f" lost: {[x[:30] for x in lost]}" if lost else "")
                    wrong.setdefault(name, []).append(f"{page.name} '{shown}' {shown_date} (want {want_date}){extra}")
    return {name: (n, wrong.get(name, [])) for name, n in tried.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page that goes wrong")
    parser.add_argument("--only", nargs="+", default=(), metavar="PREFIX", help="only the tuning pages whose names start so")
    args = parser.parse_args(argv)
    for name, (tried, wrong) in robustness(only=tuple(args.only)).items():
        print(f"  {name:<60} {tried - len(wrong):>3}/{tried} hold")
        if args.verbose:
            for miss in wrong:
                print(f"      {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
