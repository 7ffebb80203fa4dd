"""How well the reader's titles and dates stand up when a TUNING page changes the way unseen pages differ.

    python scripts/perturb_real_articles.py           # every change, a count per change
    python scripts/perturb_real_articles.py -v        # with each page whose title or date goes wrong

The measuring half may only be scored, never looked at; this asks the same question of the tuning
half instead: take each page with a headline and change it the way another site would write it —
its publication line gone (`no-date-line`), a menu and breadcrumb over it (`banner`), a list of
related headlines after it (`related`), the site's name on a <title> line above it (`site-title`),
its publication line in another site's form (`date:…`) — and read it again. A rule fitted to one
page's layout falls over here; a general one holds. Only the reader runs (no extraction), so a
repost's dateline is not applied: the `date:` changes compare the line's own date.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import yaml  # noqa: E402

from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.reader import read_article  # noqa: E402
from atlas.read.webpage import load_furniture_rules  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import FIXTURES, pages  # noqa: E402

DATE_FORMS = ("发布时间：{Y}-{M}-{D} 10:15:33  来源：长春日报", "{Y}-{M}-{D} 10:15", "{Y}年{m}月{d}日 10:15 来源：长春日报",
              "来源：长春日报 | {Y}年{m}月{d}日", "{Y}/{m}/{d} 10:15:33", "时间：{Y}年{M}月{D}日 来源：长春日报 作者：王五 浏览：123",
              "长春日报 | {Y}-{M}-{D} 10:15 | 阅读 1234", "[{Y}-{M}-{D}]", "{Y}-{M}-{D} 来源：长春日报 责任编辑：王五")


def changes(lines: list[str], gold: dict) -> dict[str, list[str]]:
    """The changed copies of one page's lines, by the name of the change."""
    out = {
        "banner": ["首页 | 新闻 | 财经 | 汽车 | 科技 | 房产", "当前位置：首页 > 新闻中心 > 正文", ""] + lines,
        "related": lines + ["", "相关新闻", "长春新区集中签约16个项目", "一汽解放新工厂正式投产 2023-01-05", "长春光电信息产业园三期主体封顶"],
        "site-title": [gold["title"] + "_长春市人民政府"] + lines,
    }
    # a date line of its own (not one glued to the whole text, as rk16's)
    at = [k for k, line in enumerate(lines) if gold["pubdate_line"] and line.strip() == gold["pubdate_line"] and len(line.strip()) <= 80]
    if at:
        out["no-date-line"] = lines[: at[0]] + lines[at[0] + 1 :]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold["pubdate"] or "")):
            y, m, d = str(gold["pubdate"]).split("-")
            for form in DATE_FORMS:
                out[f"date:{form}"] = lines[: at[0]] + [form.format(Y=y, M=m, D=d, m=int(m), d=int(d))] + lines[at[0] + 1 :]
    return out


def robustness(root: Path = ROOT) -> dict[str, tuple[int, list[str]]]:
    """Each change → (pages tried, the pages whose title or date went wrong, with what was shown)."""
    rules = load_furniture_rules(root)
    tried: dict[str, int] = {}
    wrong: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "seeds").mkdir()
        for page in pages("tune"):
            gold = yaml.safe_load((FIXTURES / f"{page.name}.gold.yaml").read_text(encoding="utf-8"))
            if not gold["title"]:
                continue
            lines = (FIXTURES / f"{page.name}.txt").read_text(encoding="utf-8").split("\n")
            title = match_text(strip_converter_pinyin(gold["title"])[0])
            for name, changed in changes(lines, gold).items():
                path = project / "seeds" / f"{page.name}.txt"
                path.write_text("\n".join(changed), encoding="utf-8")
                article = read_article(path, project, furniture_rules=rules).article
                tried[name] = tried.get(name, 0) + 1
                shown = article.title if article else None
                ok = shown is not None and match_text(shown) == title
                if name.startswith("date:"):
                    ok = ok and article.date is not None and article.date.value == str(gold["pubdate"])
                if not ok:
                    when = f" {article.date.value}" if article and article.date else ""
                    wrong.setdefault(name, []).append(f"{page.name} '{shown}'{when}")
    return {name: (n, wrong.get(name, [])) for name, n in tried.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page that goes wrong")
    args = parser.parse_args(argv)
    for name, (tried, wrong) in robustness().items():
        print(f"  {name:<60} {tried - len(wrong):>3}/{tried} hold")
        if args.verbose:
            for miss in wrong:
                print(f"      {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
