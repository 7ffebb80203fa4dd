"""Editor overrides of topics (data/topic_overrides.yaml): pin or remove a topic on one paragraph."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ..records import Article, Problem, Severity
from .topics import BlockTopics, Vocabulary

OVERRIDES_FILE = "data/topic_overrides.yaml"


@dataclass(frozen=True)
class TopicOverride:
    file: str  # path under seeds/, e.g. 000_x.txt or 2023/01.txt
    paragraph: str  # p12
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    note: str = ""
    line: int | None = None  # where it stands in the data file, for the report


def load_overrides(root: Path, problems: list[Problem]) -> list[TopicOverride]:
    path = root / OVERRIDES_FILE
    if not path.exists():
        return []
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(OVERRIDES_FILE, mark.line + 1 if mark else None, Severity.ERROR, "topics.override",
                                f"is not valid YAML: {getattr(exc, 'problem', exc)}", "check the indentation of that line"))
        return []
    entries = data.get("overrides") or [] if isinstance(data, dict) else []
    if not isinstance(entries, list):
        problems.append(Problem(OVERRIDES_FILE, None, Severity.ERROR, "topics.override", "overrides: is not a list; no override applies",
                                "write each override as an item starting with -"))
        return []
    lines = _entry_lines(node)
    out = []
    for k, item in enumerate(entries):
        line = lines[k] if k < len(lines) else None
        try:
            out.append(TopicOverride(str(item["file"]), str(item["paragraph"]), _names(item.get("add")),
                                     _names(item.get("remove")), str(item.get("note", "")), line))
        except (KeyError, TypeError) as exc:
            problems.append(Problem(OVERRIDES_FILE, line, Severity.WARNING, "topics.override",
                                    f"entry {k + 1} is incomplete ({exc}); it is ignored", "each entry needs file:, paragraph: and add: or remove:"))
    return out


def _names(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(str(v) for v in (value if isinstance(value, list) else [value]))


def _entry_lines(node) -> list[int]:
    """1-based line of each entry under `overrides:`."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "overrides" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def apply_overrides(assigned: dict[tuple[str, str], BlockTopics], articles: list[Article], overrides: list[TopicOverride],
                    vocab: Vocabulary, problems: list[Problem]) -> None:
    """Change `assigned` in place; report entries that point nowhere or name unknown topics."""
    by_file = {a.path.split("/", 1)[1]: a for a in articles}  # the path under seeds/: 000_x.txt, 2023/01.txt
    known = [t.name for t in vocab.topics]
    for o in overrides:
        article = by_file.get(o.file)
        if article is None or (article.stem, o.paragraph) not in assigned:
            where = f"{o.file} 没有第 {o.paragraph} 段" if article else f"seeds/ 中没有 {o.file}"
            problems.append(Problem(OVERRIDES_FILE, o.line, Severity.WARNING, "topics.stale-override",
                                    f"{o.file} {o.paragraph} 的主题覆盖找不到对象：{where}",
                                    "在文章页上找到该段的新编号，或删除这一条"))
            continue
        unknown = [n for n in o.add + o.remove if n not in known]
        if unknown:
            problems.append(Problem(OVERRIDES_FILE, o.line, Severity.WARNING, "topics.override",
                                    f"unknown topic {'、'.join(unknown)}", f"use one of {'、'.join(known)}"))
        key = (article.stem, o.paragraph)
        current = set(assigned[key].topics) - set(o.remove) | {n for n in o.add if n in known}
        assigned[key] = replace(assigned[key], topics=tuple(n for n in known if n in current), source="override", note=o.note)
