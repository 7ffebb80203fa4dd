"""Atom feeds of the newest articles: one for the site (kb/feed.xml), one per topic
(kb/topics/<slug>/feed.xml), made with feedgen.

Plain files in docs/kb/, so any engine publishes them. No clock: an entry's date is the article's
publication date as the site knows it (at its precision, from the first day of the month or year;
an inferred date says so in the entry), and a feed's `updated` is its newest entry's date, so the same
articles give the same bytes. Articles with no date at all cannot be placed among the newest and are
left out. Links are absolute (feed readers have no page to resolve them against), from the site's
address (atlas/render/site_address.py).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from feedgen.feed import FeedGenerator

from ..records import Article, BlockKind
from .dates import first_known_day, zh_date
from .site_address import absolute

FEED = "feed.xml"  # the site's feed, under docs/kb/
FEED_ENTRIES = 20  # newest articles a feed lists
SITE_TITLE = "长春产业知识库"
CHINA_TIME = timezone(timedelta(hours=8))  # the articles' dates are Beijing dates
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry


def topic_feed_path(slug: str) -> str:
    return f"topics/{slug}/{FEED}"


def _text(s: str) -> str:
    return _NOT_XML.sub("", s)


def entry_time(article: Article) -> datetime:
    """Midnight (Beijing) of the first day the article is known to have been out (see first_known_day)."""
    return datetime.fromisoformat(first_known_day(article.date)).replace(tzinfo=CHINA_TIME)


def _first_paragraph(article: Article) -> str:
    return next((b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH), "")


def entry_summary(article: Article) -> str:
    """Publisher, the date as the site knows it (an inference said so), then the first paragraph."""
    d = article.date
    when = zh_date(d.value)
    if d.inferred:
        when += f"（日期为推断，不早于{zh_date(d.not_before)}）" if d.not_before else "（日期为推断）"
    head = " · ".join(x for x in (article.source, when) if x)
    return f"{head}\n\n{_first_paragraph(article)}"


def render_feed(articles, title: str, feed_path: str, home_path: str, site: str, page_address) -> str:
    """An Atom feed of the newest dated `articles` (newest first, as the knowledge base keeps them).

    `feed_path` and `home_path` are site paths ("kb/feed.xml", "" for the home page);
    `page_address(article)` is an article page's public address."""
    dated = [a for a in articles if a.date is not None][:FEED_ENTRIES]
    fg = FeedGenerator()
    fg.id(absolute(site, feed_path))
    fg.title(title)
    fg.author({"name": SITE_TITLE})
    fg.link(href=absolute(site, feed_path), rel="self", type="application/atom+xml")
    fg.link(href=absolute(site, home_path), rel="alternate", type="text/html")
    fg.language("zh-CN")
    fg.updated(max((entry_time(a) for a in dated), default=datetime(1970, 1, 1, tzinfo=timezone.utc)))
    for a in dated:
        entry = fg.add_entry(order="append")
        address = page_address(a)
        entry.id(address)
        entry.title(_text(a.title))
        entry.link(href=address, rel="alternate", type="text/html")
        entry.published(entry_time(a))
        entry.updated(entry_time(a))
        for name in a.authors:
            entry.author({"name": _text(name)})
        if not a.authors and a.source:
            entry.author({"name": _text(a.source)})
        entry.summary(_text(entry_summary(a)), type="text")
    return fg.atom_str(pretty=True).decode("utf-8")


def render_feeds(kb, site: str, page_address) -> dict[str, str]:
    """{path under docs/kb/: Atom XML}: the site's feed and one a topic."""
    feeds = {FEED: render_feed(kb.articles, f"{SITE_TITLE}：最新文章", f"kb/{FEED}", "", site, page_address)}
    for t in kb.topic_pages:
        feeds[topic_feed_path(t.slug)] = render_feed(
            [ta.article for ta in t.articles], f"{SITE_TITLE}：{t.name}", f"kb/{topic_feed_path(t.slug)}",
            f"kb/topics/{t.slug}/", site, page_address)
    return feeds
