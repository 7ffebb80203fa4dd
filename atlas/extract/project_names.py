"""The editors' project list (data/projects.yaml): canonical names, aliases, and the rules' words.

`canonical` turns a mention's text into the name of its page; names that match no entry get a
page of their own and a line in the build report suggesting the entry an editor could add.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from ..records import Problem, Severity
from ..text import match_text
from .names import NameMatcher
from .projects import ProjectRules

DATA_FILE = "data/projects.yaml"


@dataclass(frozen=True)
class ProjectEntry:
    name: str
    aliases: tuple[str, ...] = ()
    topic: str = ""
    location: str = ""
    companies: tuple[str, ...] = ()
    line: int | None = None  # where the entry starts in data/projects.yaml


@dataclass(frozen=True)
class ProjectCatalogue:
    entries: tuple[ProjectEntry, ...]
    rules: ProjectRules

    def matcher(self) -> NameMatcher:
        names: dict[str, str] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases):
                names.setdefault(n, e.name)
        return NameMatcher(names)

    @cached_property
    def _by_name(self) -> dict[str, ProjectEntry]:
        return {e.name: e for e in reversed(self.entries)}  # reversed: the first entry of a name wins

    @cached_property
    def _by_key(self) -> dict[str, str]:
        """match_text of every name and alias → canonical name (first entry wins), built once."""
        keys: dict[str, str] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases):
                keys.setdefault(match_text(n), e.name)
        return keys

    @cached_property
    def own_words(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each entry's names without head and generic words, for suggestions (built once)."""
        return tuple((e.name, tuple(_own_words(n, self.rules) for n in (e.name, *e.aliases))) for e in self.entries)

    def entry(self, name: str) -> ProjectEntry | None:
        return self._by_name.get(name)

    def canonical(self, text: str) -> str | None:
        """The entry whose name or alias is `text` (half/full-width and spaces ignored)."""
        return self._by_key.get(match_text(text))


def _lines(text: str) -> dict[str, int]:
    """Line of each `- name:` entry, for problems that point at the line to fix."""
    out = {}
    for i, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("- name:"):
            out.setdefault(s[len("- name:"):].strip().strip("'\""), i)
    return out


def load_catalogue(root: Path, problems: list[Problem]) -> ProjectCatalogue:
    path = root / DATA_FILE
    try:
        raw = path.read_text(encoding="utf-8")
        data = yaml.safe_load(raw) or {}
    except FileNotFoundError:
        raw, data = "", {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(DATA_FILE, mark.line + 1 if mark else None, Severity.ERROR, "projects.yaml",
                                f"is not valid YAML: {getattr(exc, 'problem', exc)}", "check the indentation of that line"))
        raw, data = "", {}
    if not isinstance(data, dict):
        data = {}
    lines = _lines(raw)
    entries, seen = [], {}
    items = data.get("projects") or []
    if not isinstance(items, list):
        problems.append(Problem(DATA_FILE, None, Severity.WARNING, "projects.entry", "`projects:` is not a list; no entry is used",
                                "write each project as a line starting with `- name:`"))
        items = []
    for k, item in enumerate(items, 1):
        name = str(item.get("name") or "").strip() if isinstance(item, dict) else ""
        if not name:
            problems.append(Problem(DATA_FILE, None, Severity.WARNING, "projects.entry",
                                    f"entry {k} under projects: has no name; it is left out", "give it `name: …`"))
            continue
        aliases = item.get("aliases") or []
        aliases = aliases if isinstance(aliases, list) else [aliases]
        companies = item.get("companies") or []
        companies = companies if isinstance(companies, list) else [companies]
        entry = ProjectEntry(name, tuple(str(a).strip() for a in aliases if str(a).strip()), str(item.get("topic") or ""),
                             str(item.get("location") or ""), tuple(str(c) for c in companies), lines.get(name))
        for n in (entry.name, *entry.aliases):
            if match_text(n) in seen and seen[match_text(n)] != name:
                problems.append(Problem(DATA_FILE, entry.line, Severity.WARNING, "projects.alias-twice",
                                        f"“{n}” is listed under both “{seen[match_text(n)]}” and “{name}”; the first wins",
                                        f"keep “{n}” under one entry only"))
            seen.setdefault(match_text(n), name)
        entries.append(entry)
    rules = ProjectRules.from_data(data.get("rules") if isinstance(data.get("rules"), dict) else {})
    if not rules.heads:
        problems.append(Problem(DATA_FILE, None, Severity.ERROR, "projects.rules",
                                "has no `rules: heads:` list, so no project can be recognised", "restore the heads: list"))
    return ProjectCatalogue(tuple(entries), rules)


def suggest_canonical(text: str, catalogue: ProjectCatalogue, heads: tuple[str, ...]) -> str:
    """An entry an editor could add: an alias of a close existing entry, or a name of its own."""
    best, best_len = None, 0
    own = _own_words(text, catalogue.rules)
    for name, words in catalogue.own_words:
        # compare what is left without head and generic words: 生产基地 alone makes no match
        common = max(_longest_common(own, w) for w in words)
        if common >= 4 and common > best_len:
            best, best_len = name, common
    if best:
        return best
    return text if text.endswith(heads) else text + "项目"


def _own_words(name: str, rules: ProjectRules) -> str:
    text = match_text(name)
    for w in rules.heads + rules.generic_words:
        text = text.replace(w, "|")
    return text


def _longest_common(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if "|" not in a[i:j] and a[i:j] in b:
                best = j - i
            else:
                break
    return best
