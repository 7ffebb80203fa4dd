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


def load_yaml(path: Path, root: Path, problems: list[Problem] | None = None):
    """The data of a YAML file ({} when it is missing). A file that is not YAML raises DataFileError,
    or, given `problems`, is reported there and read as {} (a file that is not a mapping, too): the
    build goes on without it, and a strict build stops on the error."""
    rel = path.relative_to(root).as_posix()
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        left_out = "；本次构建不使用这个文件" if problems is not None else ""
        problem = Problem(rel, mark.line + 1 if mark else None, Severity.ERROR, "data.yaml",
                          f"不是有效的 YAML：{getattr(exc, 'problem', exc)}{left_out}",
                          "检查这一行的缩进和“名称: 值”格式（文件须为 UTF-8）")
        if problems is None:
            raise DataFileError(problem) from exc
        problems.append(problem)
        return {}
    if problems is not None and not isinstance(data, dict):
        problems.append(Problem(rel, 1, Severity.ERROR, "data.yaml", "文件的顶层不是“名称: 值”的映射；本次构建不使用这个文件",
                                "按文件开头注释中的格式书写"))
        return {}
    return data


def entry_lines(path: Path, key: str) -> list[dict[str, int]]:
    """For each entry of the list under the top-level `key:`, the 1-based line of the entry ("")
    and of each of its own keys, so a problem can name the line to change. [] when unreadable."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    out = []
    for k, v in node.value if isinstance(node, yaml.MappingNode) else []:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            for item in v.value:
                lines = {"": item.start_mark.line + 1}
                if isinstance(item, yaml.MappingNode):
                    lines.update({ik.value: ik.start_mark.line + 1 for ik, _ in item.value if isinstance(ik, yaml.ScalarNode)})
                out.append(lines)
    return out


def key_line(path: Path, key: str) -> int | None:
    """The 1-based line of the top-level `key:`, or None."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    for k, _ in node.value if isinstance(node, yaml.MappingNode) else []:
        if getattr(k, "value", None) == key:
            return k.start_mark.line + 1
    return None
