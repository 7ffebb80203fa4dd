"""Where each article came from: its publisher and the address of the original (`url:` in front
matter, or the `原文地址：` line of a pasted web page), for the article page and the downloads.

An address is linked only when it is a web address (http/https); characters that could end a
Markdown link or an HTML attribute are percent-encoded, so the address is data, never markup.
"""
from __future__ import annotations

from urllib.parse import quote, urlsplit

# What may stay as it is in a link target; everything else (spaces, ( ) < > " ' { } | \ ^ `,
# non-ASCII) is percent-encoded.
_URL_SAFE = "/:?#@!$&*+,;=%~-._"


def web_address(url: str) -> str:
    """`url` as a safe link target, or "" when it is not a web address (javascript:, a bare word…)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(url, safe=_URL_SAFE)


def article_rows(kb, page_address) -> list[dict]:
    """One row per article: what it is, where it was published, where it stands on this site."""
    rows = []
    for a in kb.articles:
        d = a.date
        rows.append({
            "article": a.stem, "title": a.title, "subtitle": a.subtitle, "authors": list(a.authors),
            "source": a.source, "url": a.url,
            "date": d.value if d else "", "date_inferred": d.inferred if d else False,
            "file": a.path, "page": page_address(a),
        })
    return rows


ARTICLE_COLUMNS = {
    "article": "文章编号（seeds/ 中的文件名，不含扩展名；其他表的 article 列即指此）",
    "title": "标题",
    "subtitle": "副题",
    "authors": "作者，以“；”分隔",
    "source": "来源（刊载的报纸或网站）",
    "url": "原文地址（编辑给出时）",
    "date": "发表日期，ISO 格式，按已知精度：2024-01-05、2024-11、2024",
    "date_inferred": "true＝原文未写发表日期，由文中最晚的日期推断（不早于该日期）",
    "file": "项目中的原文件",
    "page": "本站的文章页地址",
}

