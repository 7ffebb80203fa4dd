"""Load the editors' YAML data files, with errors that name the file and line."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .read.layout import EditorJoin
from .read.webpage import FurnitureRule
from .records import Problem, Severity


# libyaml's loader (in PyYAML's wheels) reads the same safe subset about ten times faster: the
# project and company catalogues are megabytes at a thousand articles.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(problem.format())
        self.problem = problem


@lru_cache(maxsize=32)
def parse_yaml(text: str):
    """yaml.safe_load, remembered by text: the preview rebuilds many times in one process, and the
    catalogues grow to megabytes. Callers share the result, so they must not change it."""
    return yaml.load(text, Loader=SAFE_LOADER) or {}


def load_yaml(path: Path, root: Path):
    rel = path.relative_to(root).as_posix()
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(
            Problem(rel, mark.line + 1 if mark else None, Severity.ERROR, "data.yaml", f"不是有效的 YAML：{getattr(exc, 'problem', exc)}",
                    "检查这一行的缩进和“名称: 值”格式")
        ) from exc


def load_layout_joins(root: Path) -> dict[str, list[EditorJoin]]:
    """data/layout.yaml → {file name: [EditorJoin, …]}."""
    path = root / "data" / "layout.yaml"
    data = load_yaml(path, root)
    joins: dict[str, list[EditorJoin]] = {}
    for k, item in enumerate(data.get("joins") or []):
        try:
            joins.setdefault(str(item["file"]), []).append(EditorJoin(int(item["line"]), int(item["continues_at"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(
                Problem("data/layout.yaml", None, Severity.ERROR, "data.layout", f"joins: 下第 {k + 1} 条不完整（{exc}）",
                        "每条都要有 file:、line: 和 continues_at:")
            ) from exc
    return joins


def load_furniture_rules(root: Path) -> list[FurnitureRule]:
    """data/furniture.yaml → compiled rules; a pattern that does not compile is an error naming it."""
    path = root / "data" / "furniture.yaml"
    rules = []
    for k, item in enumerate(load_yaml(path, root).get("rules") or []):
        try:
            rules.append(FurnitureRule(re.compile(item["pattern"]), str(item.get("field") or "")))
        except (KeyError, TypeError, re.error) as exc:
            raise DataFileError(
                Problem("data/furniture.yaml", None, Severity.ERROR, "data.furniture", f"第 {k + 1} 条规则无法使用（{exc}）",
                        "每条规则要有 pattern:（正则表达式）和 field:（date、source、authors、url 或 ''）")
            ) from exc
    return rules
