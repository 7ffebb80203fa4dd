"""The editors' project list (data/projects.yaml): canonical names, aliases, and the rules' words.

`canonical` turns a mention's text into the name of its page; names that match no entry get a
page of their own and a line in the build report suggesting the entry an editor could add.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from ..data_files import parse_yaml
from ..records import Problem, Severity
from ..text import match_text
from .name_pairs import name_pairs
from .names import NameMatcher
from .projects import ProjectRules

DATA_FILE = "data/projects.yaml"
MIN_SHARED = 4  # characters of its own a new name must share with an entry for that entry to be suggested


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
    same: tuple[tuple[str, ...], ...] = ()  # `same:` groups of names the editors say are one project
    not_same: tuple[tuple[str, ...], ...] = ()  # `not_same:` pairs never to be merged

    def matcher(self) -> NameMatcher:
        """Every listed name and alias."""
        names: dict[str, str] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases):
                names.setdefault(n, e.name)
        return NameMatcher(names)

    def bare_matcher(self) -> NameMatcher:
        return NameMatcher(self.bare_names())

    def bare_names(self) -> dict[str, str]:
        """奥迪PPE项目 → 奥迪PPE: listed names ending in 项目, without it, when four or more characters
        of their own remain (the finder trusts them only where the name plainly ends)."""
        out: dict[str, str] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases):
                bare = n[: -len("项目")] if n.endswith("项目") else ""
                if len(_own_words(bare, self.rules).replace("|", "")) >= 4 and not bare.endswith(self.rules.heads):
                    out.setdefault(bare, e.name)
        return out

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
    def _first_entry_with(self) -> dict[str, int]:
        """Every piece (MIN_SHARED or more characters, no head or generic word) of every entry's
        names → the index of the first entry that has it. Built once; a lookup then costs the same
        however large the catalogue grows."""
        first: dict[str, int] = {}
        for index, e in enumerate(self.entries):
            for n in (e.name, *e.aliases):
                for piece in _pieces(_own_words(n, self.rules), MIN_SHARED):
                    first.setdefault(piece, index)
        return first

    def entry(self, name: str) -> ProjectEntry | None:
        return self._by_name.get(name)

    def canonical(self, text: str) -> str | None:
        """The entry whose name or alias is `text` (half/full-width and spaces ignored)."""
        return self._by_key.get(match_text(text))

    def closest(self, text: str) -> ProjectEntry | None:
        """The entry sharing the longest piece of its own words with `text` (head and generic
        words left out: 生产基地 alone makes no match); the first such entry on a tie."""
        first = self._first_entry_with
        own = [part for part in _own_words(text, self.rules).split("|") if len(part) >= MIN_SHARED]
        for length in range(max(map(len, own), default=0), MIN_SHARED - 1, -1):
            found = [first[p] for part in own for p in _substrings(part, length) if p in first]
            if found:
                return self.entries[min(found)]
        return None


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
        data = parse_yaml(raw)
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
    same = name_pairs(data, "same", DATA_FILE, raw, problems)
    not_same = name_pairs(data, "not_same", DATA_FILE, raw, problems)
    return ProjectCatalogue(tuple(entries), rules, same, not_same)


def suggest_canonical(text: str, catalogue: ProjectCatalogue, heads: tuple[str, ...]) -> str:
    """An entry an editor could add: an alias of a close existing entry, or a name of its own."""
    close = catalogue.closest(text)
    if close:
        return close.name
    return text if text.endswith(heads) else text + "项目"


def _own_words(name: str, rules: ProjectRules) -> str:
    """The name folded, with head and generic words replaced by `|`."""
    text = match_text(name)
    for w in rules.heads + rules.generic_words:
        text = text.replace(w, "|")
    return text


def _substrings(text: str, length: int) -> list[str]:
    return [text[i : i + length] for i in range(len(text) - length + 1)]


def _pieces(own_words: str, min_length: int) -> set[str]:
    """Every substring of `min_length` or more characters that crosses no `|`."""
    return {p for part in own_words.split("|") for n in range(min_length, len(part) + 1) for p in _substrings(part, n)}
