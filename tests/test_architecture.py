"""The package has the pipeline's shape: read < extract < link < render < build, no import cycles.

Every import in atlas/ counts, including those inside functions (a late import is how a cycle
hides), and a module may import only its own stage, the stages before it and the shared records.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "atlas"

# Shared by every stage: records, text helpers, paths, data-file loading, the per-article cache.
BASE = {"records", "text", "config", "segment", "slugs", "data_files", "cache"}
STAGES = ["read", "extract", "link", "render"]
TOP = {"build", "write", "preview", "cli", "__main__"}


def layer(module: str) -> int:
    """0 for the shared modules, 1-4 for the stages in pipeline order, 5 for what runs them."""
    first = module.split(".")[1] if module.count(".") else ""
    if first in BASE:
        return 0
    if first in STAGES:
        return 1 + STAGES.index(first)
    if first in TOP:
        return 5
    raise AssertionError(f"{module}: not a shared module, a stage or the build; add it to one in this test")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    here = module_name(path)
    return imports_in(path.read_text(encoding="utf-8"), here, here if path.name == "__init__.py" else here.rpartition(".")[0])


def imports_in(source: str, here: str, package: str) -> set[str]:
    """The atlas modules a module imports (absolute names), wherever the import statement stands."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "atlas" or target.startswith("atlas."):
                modules = {f"{target}.{a.name}" for a in node.names}
                found |= {m for m in modules if _exists(m)} or {target}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("atlas.")}
    return {m for m in found if m != here}


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def import_graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (as a path that returns to its start), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_every_module_belongs_to_a_stage_and_imports_nothing_downstream():
    upward = [f"{m} (stage {layer(m)}) imports {t} (stage {layer(t)})"
              for m, targets in import_graph().items() if m != "atlas" for t in sorted(targets) if layer(t) > layer(m)]
    assert upward == []


def test_there_is_no_import_cycle():
    assert find_cycle(import_graph()) is None


def test_the_stage_table_of_the_readme_names_one_folder_per_stage():
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        row = next(line for line in readme.splitlines() if line.startswith(f"| {stage} |"))
        assert row.split("|")[2].strip() == f"`atlas/{stage}/`", row


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_it_takes_gives_and_must_not_do(stage):
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert "Takes" in doc and "gives" in doc and "Must not" in doc, doc


# The checks above must be able to fail: they are run on small made-up graphs too.

def test_a_cycle_is_found_even_through_a_late_import():
    assert find_cycle({"atlas.render.a": {"atlas.render.b"}, "atlas.render.b": {"atlas.render.a"}}) == [
        "atlas.render.a", "atlas.render.b", "atlas.render.a"]
    late = "def f():\n    from .pages import rel_link\n    from ..link import kb\n"
    assert imports_in(late, "atlas.render.inline", "atlas.render") == {"atlas.render.pages", "atlas.link.kb"}


def test_reading_that_reaches_into_extraction_is_upward():
    assert layer("atlas.extract.pubdate") > layer("atlas.read.reader")
    assert layer("atlas.link.kb") > layer("atlas.extract.facts") > layer("atlas.records")
