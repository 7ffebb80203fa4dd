"""Load the editors' YAML data files, with errors that name the file and line."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

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
