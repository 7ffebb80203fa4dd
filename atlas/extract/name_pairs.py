"""`same:` and `not_same:` in data/projects.yaml and data/companies.yaml: the editors' word on
whether names that the link stage groups by their structure (atlas/link/aliases.py) are one thing.

    same:
      - [金赛国际医药产业园, 金赛药业国际医药产业园]   # one project: merge them
    not_same:
      - [长春光电信息产业园三期项目, 光电信息产业园]   # two projects: never merge them

and `alias_words:` in data/projects.yaml, the words that never tell two project names apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..data_files import parse_yaml
from ..records import Problem, Severity


def name_pairs(data: dict, key: str, file: str, raw: str, problems: list[Problem]) -> tuple[tuple[str, ...], ...]:
    """`same:` / `not_same:`: a list of name lists (`- [金赛国际医药产业园, 金赛药业国际医药产业园]`).
    An item that is not a list of two or more names is reported with its line and left out."""
    items = data.get(key) if isinstance(data, dict) else None
    if items is None:
        return ()
    out = []
    for k, item in enumerate(items if isinstance(items, list) else [items], 1):
        names = [str(n).strip() for n in item if str(n).strip()] if isinstance(item, list) else []
        if len(names) < 2:
            line = next((i for i, text in enumerate(raw.splitlines(), 1) if text.startswith(f"{key}:")), None)
            problems.append(Problem(file, line, Severity.WARNING, f"{key}.entry",
                                    f"item {k} under {key}: is not a list of two or more names; it is left out",
                                    "write it as `- [name, other name]`"))
            continue
        out.append(tuple(names))
    return tuple(out)


def load_name_pairs(root: Path, file: str, problems: list[Problem]) -> tuple[tuple, tuple]:
    """(same, not_same) of one data file; a file that is missing or not YAML has none (its own
    loader reports it)."""
    try:
        raw = (root / file).read_text(encoding="utf-8")
        data = parse_yaml(raw)
    except Exception:  # noqa: BLE001 - the file's own loader reports a missing or broken file
        return (), ()
    data = data if isinstance(data, dict) else {}
    return name_pairs(data, "same", file, raw, problems), name_pairs(data, "not_same", file, raw, problems)


@dataclass(frozen=True)
class AliasWords:
    """`alias_words:` in data/projects.yaml: words that never tell two names apart when they are
    all that differs (atlas/link/aliases.py)."""

    optional: tuple[str, ...] = ()  # 生物: 亚泰生物医药产业园 / 亚泰医药产业园
    same_meaning: tuple[tuple[str, ...], ...] = ()  # (智慧, 智能)


def load_alias_words(root: Path, problems: list[Problem], file: str = "data/projects.yaml") -> AliasWords:
    try:
        raw = (root / file).read_text(encoding="utf-8")
        data = parse_yaml(raw)
    except Exception:  # noqa: BLE001 - the file's own loader reports a missing or broken file
        return AliasWords()
    section = data.get("alias_words") if isinstance(data, dict) else None
    if section is None:
        return AliasWords()
    if not isinstance(section, dict):
        line = next((i for i, text in enumerate(raw.splitlines(), 1) if text.startswith("alias_words:")), None)
        problems.append(Problem(file, line, Severity.WARNING, "alias_words.entry", "alias_words: is not a list of `optional:` and "
                                "`same_meaning:`; it is left out", "write `optional: [生物, 汽车]` and `same_meaning: [[智慧, 智能]]` under it"))
        return AliasWords()
    optional = section.get("optional") or []
    optional = [str(w).strip() for w in (optional if isinstance(optional, list) else [optional]) if str(w).strip()]
    return AliasWords(tuple(optional), name_pairs(section, "same_meaning", file, raw, problems))
