"""`make report`, the terminal report editors read, on one seed (000) that has layout repairs, a
fragment the build could not place, an inferred publication date and names that match no entry:
each is a line naming the file and the line, and what to do says how."""
from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import ROOT, SEED_STEMS, copy_project

SEED = SEED_STEMS["000"] + ".txt"


@pytest.fixture(scope="module")
def one_seed_project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("report"))
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        (project / name).write_bytes((ROOT / name).read_bytes())
    (project / ".venv").symlink_to((ROOT / ".venv").resolve())
    for f in (project / "seeds").iterdir():
        if f.name != SEED:
            f.unlink()
    return project


def make(project, target: str) -> subprocess.CompletedProcess:
    # -o: the shared environment counts as installed (the copied requirements files are newer)
    return subprocess.run(["make", "--no-print-directory", "-o", ".venv/.installed", target], cwd=project,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def report(one_seed_project):
    result = make(one_seed_project, "report")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _line_then_fix(report: str, line: str) -> str:
    """The report line, and the `→` line of what to do that follows it."""
    lines = report.splitlines()
    assert line in lines, f"no line {line!r} in:\n{report}"
    fix = lines[lines.index(line) + 1]
    assert fix.startswith("    → "), (line, fix)
    return fix


def test_report_names_each_layout_repair_with_its_lines_and_reason(report, one_seed_project):
    where = f"seeds/{SEED}"
    assert f"{where}:31: 记录：第 31 + 33 行接成一段：断行前打开的“《”在断行后闭合" in report.splitlines()
    assert f"{where}:91: 记录：第 91 + 93 行接成一段：断行把词“国家”切开了" in report.splitlines()
    assert f"{where}:123: 记录：第 123 + 149 行接成一段：编辑拼接：data/layout.yaml 中指定" in report.splitlines()
    # the line numbers are the file's: line 31 ends where line 33 goes on
    text = (one_seed_project / where).read_text(encoding="utf-8").split("\n")
    assert "《" in text[30] and "》" in text[32] and text[31].strip() == ""


def test_report_says_how_to_join_a_fragment_it_could_not_place(report, one_seed_project):
    where = f"seeds/{SEED}"
    [line] = [l for l in report.splitlines() if l.startswith(f"{where}:97: 请检查：第 97 行“")]
    assert line.endswith("在句子中间结束，找不到有把握的下文")
    fix = _line_then_fix(report, line)
    assert f"data/layout.yaml 的 joins: 下加一行：- {{file: {SEED}, line: 断开的行, continues_at: 接续的行}}" in fix
    line97 = (one_seed_project / where).read_text(encoding="utf-8").split("\n")[96]
    assert line97.startswith("企业快速成长的背后") and line97.endswith("长春全力抓好新")  # the excerpt's ends


def test_report_says_where_an_inferred_date_came_from(report):
    fix = _line_then_fix(report, f"seeds/{SEED}: 记录：发表日期 2024（由正文推断：2024长春国际光电博览会、前三季度、11月）；10 件有日期的事上了时间线")
    assert fix == "    → 核对时间线页面；日期不对时在前置元数据中加 date:"


def test_report_suggests_an_entry_for_a_name_that_matches_none(report):
    fix = _line_then_fix(report, f"seeds/{SEED}:25: 记录：项目名称“中国一汽科技创新基地”（p6）不在 data/projects.yaml 中，自成一页")
    assert "在 data/projects.yaml 中加 `- name: 中国一汽科技创新基地`" in fix
    fix = _line_then_fix(report, f"seeds/{SEED}:147: 记录：项目名称“东方雨虹绿色建材”（p51）不在 data/projects.yaml 中，自成一页")
    assert "`- name: 东方雨虹绿色建材项目` 和 `aliases: [东方雨虹绿色建材]`" in fix


def test_what_to_do_is_written_in_chinese(report):
    """Editors read the report in Chinese: outside the YAML it quotes (in backquotes), no line and no
    `→` line is an English phrase (a name as published, `Design by Eastdays`, may be quoted in “”)."""
    english = re.compile(r"[A-Za-z]{2,}(?:[ ,']+[A-Za-z]{2,}){2,}")
    for line in report.splitlines():
        plain = re.sub(r"“[^”]*”|`[^`]*`", "", line)
        assert not english.search(plain), line


def test_report_is_about_the_articles_in_seeds_and_ends_with_the_totals(report):
    files = {l.split(":", 1)[0] for l in report.splitlines() if l.startswith("seeds/")}
    assert files == {f"seeds/{SEED}"}
    assert report.rstrip().splitlines()[-1].startswith("1 篇文章 → ")


def test_the_build_alone_prints_only_what_needs_a_look(one_seed_project, report):
    """`make site` (the build) leaves out the 记录 lines that `make report` adds; 请检查 stays."""
    result = subprocess.run([str(one_seed_project / ".venv/bin/python"), "scripts/build.py", "build"], cwd=one_seed_project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    assert "记录：" not in result.stderr and "记录：" in report
    assert f"seeds/{SEED}:97: 请检查" in result.stderr


def test_a_merge_and_a_doubtful_pair_say_in_chinese_which_line_undoes_or_makes_them():
    from atlas.link.aliases import GroupNote
    from atlas.link.projects import _group_problems

    merged, doubtful = _group_problems([GroupNote(("甲产业园", "甲产业园项目"), "同名", True),
                                        GroupNote(("乙工厂", "乙轮胎项目"), "开头相同", False)])
    assert merged.fix == "如果它们不是同一个项目，在 data/projects.yaml 的 `not_same:` 下加一行 `- [甲产业园, 甲产业园项目]`"
    assert doubtful.fix == "如果它们是同一个项目，在 data/projects.yaml 的 `same:` 下加一行 `- [乙工厂, 乙轮胎项目]`"
