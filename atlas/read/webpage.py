"""Text pasted from web pages: HTML markup and page furniture (发布时间, 来源, 责任编辑, 分享到 …).

Markup is reduced to its text (a link keeps its words, never its address; scripts and styles go
whole). Furniture lines become metadata where they are metadata (date, source) and are dropped
otherwise; each one is reported, so nothing leaves the body silently.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import regex

from ..data_files import entry_lines, key_line, load_yaml
from ..records import Problem, Severity

_LOOKS_LIKE_HTML = re.compile(r"</?(?:p|br|div|span|a|script|style|img|strong|b|em|i|h[1-6]|li|ul|ol|table|tr|td|font|section|article)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol"}
_DROP_CONTENT = {"script", "style", "noscript", "iframe", "template"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.tags = 0
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags += 1
        if tag in _DROP_CONTENT:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href" and v)

    def handle_endtag(self, tag):
        if tag in _DROP_CONTENT and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


@dataclass(frozen=True)
class Unmarked:
    text: str
    tags: int  # how many tags were removed
    links: tuple[str, ...]  # addresses of links whose words were kept


def strip_html(text: str) -> Unmarked | None:
    """The text of an HTML fragment, or None when `text` has no markup or entities."""
    if not (_LOOKS_LIKE_HTML.search(text) or _ENTITY.search(text)):
        return None
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts).replace("\u00a0", " ")
    return Unmarked(html.unescape(out) if "&" in out else out, parser.tags, tuple(parser.links))


FURNITURE_FILE = "data/furniture.yaml"
RULE_TIMEOUT = 0.05  # seconds one rule may take on one line: any sane pattern takes microseconds


@dataclass(frozen=True)
class FurnitureRule:
    pattern: regex.Pattern  # the `regex` package's: its search takes a timeout, so no rule can hang a build
    field: str  # "date", "source", "authors", "url" or "" (dropped)
    line: int | None = None  # where the rule is in data/furniture.yaml


@dataclass(frozen=True)
class Furniture:
    line: int
    text: str
    values: dict  # field → value taken from the line


def find_furniture(lines: list[tuple[int, str]], rules: list[FurnitureRule], max_len: int = 80,
                   report: Callable[..., None] | None = None) -> list[Furniture]:
    """Lines that are page furniture: short lines matching a rule of data/furniture.yaml.

    A rule that takes longer than RULE_TIMEOUT on a line (a pattern that backtracks without end,
    such as `^(a|aa)+$`) is reported through `report(line, severity, code, message, fix)` with
    its own line in the data file, and not used for the rest of the article."""
    found = []
    timed_out: set[int] = set()
    for no, text in lines:
        stripped = text.strip()
        if not stripped or len(stripped) > max_len:
            continue
        values = {}
        matched = False
        for k, rule in enumerate(rules):
            if k in timed_out:
                continue
            try:
                m = rule.pattern.search(stripped, timeout=RULE_TIMEOUT)
            except TimeoutError:
                timed_out.add(k)
                if report is not None:
                    where = f"{FURNITURE_FILE} 第 {rule.line} 行" if rule.line else FURNITURE_FILE
                    report(no, Severity.WARNING, "data.furniture-timeout",
                           f"{where}的规则在这一行上超时（超过 {RULE_TIMEOUT:g} 秒），本文不再使用这条规则",
                           "改写这条规则：不要让重复套着重复，例如把 (a+)+ 写成 a+")
                continue
            if m:
                matched = True
                if rule.field:
                    value = m.groupdict().get(rule.field) or m.group(m.lastindex or 0)
                    values.setdefault(rule.field, value.strip())
        if matched:
            found.append(Furniture(no, stripped, values))
    return found


def load_furniture_rules(root: Path, problems: list[Problem] | None = None) -> list[FurnitureRule]:
    """data/furniture.yaml → compiled rules. A rule that does not compile is reported with its line
    and left out (the others still apply); a file that is not YAML leaves out every rule."""
    problems = [] if problems is None else problems
    path = root / FURNITURE_FILE
    data = load_yaml(path, root, problems)
    items = data.get("rules") or []
    if not isinstance(items, list):
        problems.append(Problem(FURNITURE_FILE, key_line(path, "rules"), Severity.ERROR, "data.furniture",
                                "rules: 不是列表，所有规则都未使用", "每条规则写成以 - 开头的一项"))
        return []
    entries = entry_lines(path, "rules")
    rules = []
    for k, item in enumerate(items):
        lines = entries[k] if k < len(entries) else {}
        try:
            field = str(item.get("field") or "")
            if field not in FURNITURE_FIELDS:
                raise ValueError(f"field: {field} 不是 date、source、authors、url 或 ''")
            pattern = item["pattern"]
            if not isinstance(pattern, str):
                raise TypeError("pattern: 不是文字")
            compiled = regex.compile(pattern)
        except (KeyError, TypeError, ValueError, AttributeError, regex.error) as exc:
            problems.append(Problem(FURNITURE_FILE, lines.get("pattern", lines.get("")), Severity.ERROR, "data.furniture",
                                    f"第 {k + 1} 条规则无法使用，已略去（{exc}）",
                                    "每条规则要有 pattern:（正则表达式）和 field:（date、source、authors、url 或 ''）"))
            continue
        rules.append(FurnitureRule(compiled, field, lines.get("")))
    return rules


FURNITURE_FIELDS = ("", "date", "source", "authors", "url")
