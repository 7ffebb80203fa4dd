"""Optional YAML front matter at the top of an article, validated field by field.

    ---
    title: 逆势扬帆求跨越
    date: 2024-01-05
    source: 吉林日报
    authors: [孟凡明, 刘霄宇]
    ---
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from ..text import strip_controls

FIELDS = {
    "title": "标题 (text)",
    "subtitle": "副题 (text)",
    "date": "publication date: YYYY-MM-DD, YYYY-MM or YYYY",
    "source": "newspaper or site (text)",
    "authors": "a name or a list of names",
    "url": "address of the original (text)",
    "slug": "ASCII address of the article page (a-z, 0-9, -)",
    "section": "栏目 / masthead (text)",
}

class _PlainLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so a wrong date gets our message, not a crash."""


_PlainLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class FrontMatter:
    values: dict = field(default_factory=dict)
    body: str = ""
    body_first_line: int = 1  # line number (1-based) in the file where the body starts
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # (line, message, fix)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, what was cleaned): controls written as YAML escapes


def _one_line(value: object, line: int, notes: list[tuple[int, str]]) -> str:
    """A field's text on one line, without the control characters a YAML escape ("\\x1b") can write."""
    text, controls = strip_controls(str(value))
    if controls:
        notes.append((line, f"删除了看不见的控制字符 {' '.join(chars for _, chars in controls)}"))
    return _LINE_BREAK.sub(" ", text).strip()


_LINE_BREAK = re.compile(r"\s*\n\s*")


def parse_date(value: object) -> tuple[str, str] | None:
    """ISO text and precision of an editor's date, or None when it is not a valid date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), "day"
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat(), "day"
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return f"{year}-{int(month):02d}", "month"
    except ValueError:
        return None
    return year, "year"


def split_front_matter(text: str) -> FrontMatter:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(body=text)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return FrontMatter(
            body=text,
            errors=[(1, "前置元数据以 --- 开头，却没有结束的 ---", "在最后一个字段后面加一行 ---")],
        )
    raw = "\n".join(lines[1:end])
    fm = FrontMatter(body="\n".join(lines[end + 1 :]), body_first_line=end + 2)
    try:
        data = yaml.load(raw, Loader=_PlainLoader) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        fm.errors.append((line, f"前置元数据不是有效的 YAML：{problem}", "每个字段单独一行，写成“名称: 值”"))
        return fm
    if data is None:
        data = {}
    if not isinstance(data, dict):
        fm.errors.append((2, "前置元数据必须是“名称: 值”形式的字段", "每个字段单独一行，写成“名称: 值”"))
        return fm
    key_lines = {}
    for offset, line in enumerate(lines[1:end]):
        m = re.match(r"^([^\s:#][^:]*):", line)
        if m:
            key_lines.setdefault(m.group(1).strip(), offset + 2)
    for key, value in data.items():
        line = key_lines.get(str(key), 2)
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            fm.errors.append((line, f"未知的前置元数据字段“{key}”", f"可用的字段：{known}"))
            continue
        if key == "date":
            parsed = parse_date(value)
            if parsed is None:
                fm.errors.append((line, f"日期“{value}”不是有效日期", "写成 2024-01-05、2024-01 或 2024"))
                continue
            fm.values[key] = parsed
        elif key == "authors":
            names = value if isinstance(value, list) else re.split(r"[\s、,，]+", str(value))
            fm.values[key] = tuple(n for n in (_one_line(n, line, fm.notes) for n in names) if n)
        elif key == "slug":
            if not isinstance(value, str) or not _SLUG.match(value):
                fm.errors.append((line, f"slug“{value}”必须是用 - 连接的小写英文字母和数字", "例如 slug: audi-ppe-fengding"))
                continue
            fm.values[key] = value
        else:
            if value is None or isinstance(value, (dict, list)):
                fm.errors.append((line, f"“{key}”必须是一行文字", f"写成 {key}: …"))
                continue
            fm.values[key] = _one_line(value, line, fm.notes)
    return fm
