"""Records shared by every stage: what the reader makes of an article, and problems found on the way.

Records are plain frozen dataclasses; stages pass them along and never reach back into earlier ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .text import printable


class BlockKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    SUBHEADING = "subheading"
    CAPTION = "caption"


class Severity(str, Enum):
    ERROR = "error"  # the file (or a part of it) could not be used; strict builds fail
    WARNING = "warning"  # used, but an editor should look
    INFO = "info"  # what the build did on its own, for the record (e.g. a layout repair)


SEVERITY_WORD = {Severity.ERROR: "错误", Severity.WARNING: "请检查", Severity.INFO: "记录"}


@dataclass(frozen=True)
class Problem:
    """One line of the build report: where, what, and what an editor can do about it."""

    file: str  # path relative to the project, e.g. seeds/000_x.txt
    line: int | None
    severity: Severity
    code: str  # short machine-readable kind, e.g. "layout.join"
    message: str  # plain Chinese/English sentence for the editor
    fix: str = ""  # what to do next

    def format(self) -> str:
        """One report line for a terminal: a file name can hold anything, and none of it reaches the terminal raw."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = printable(f"{where}: {SEVERITY_WORD[self.severity]}：{self.message}")
        return f"{text}\n    → {printable(self.fix)}" if self.fix else text


@dataclass(frozen=True)
class Block:
    """A unit of an article's body after layout repair.

    `text` is what readers see (consistent Chinese punctuation); `lines` are the source lines it was
    made from (several when a paragraph split by page layout was joined back).
    """

    kind: BlockKind
    text: str
    lines: tuple[int, ...]
    id: str = ""  # "p12" for paragraphs and captions; headings get their slug at render time


@dataclass(frozen=True)
class LayoutRepair:
    """A repair the reader made, so the report (and the tests) can list it."""

    kind: str  # "join" | "drop-garbled" | "fragment"
    lines: tuple[int, ...]
    before: tuple[str, ...]
    after: str
    reason: str


@dataclass(frozen=True)
class PublicationDate:
    """When an article was published, and how the build knows it.

    `value` is ISO at its precision ("2022-10-13", "2024-11", "2024"); `inferred` is True when no
    line of the article or its front matter states it; `evidence` lists the phrases it came from.
    """

    value: str
    precision: str  # "day" | "month" | "year"
    source: str  # "front-matter" | "trailer" | "dateline" | "inferred"
    inferred: bool
    evidence: tuple[str, ...] = ()
    not_before: str = ""  # for an inferred date: the latest date the article itself reports (ISO)

    @property
    def year(self) -> int:
        return int(self.value[:4])


@dataclass(frozen=True)
class Article:
    """One article from seeds/, read and cleaned."""

    path: str  # relative path, e.g. seeds/000_x.txt
    stem: str  # the article's id, unique: its path under seeds/ without suffix (`000_x`, `2023/01`; see read/seeds.py)
    slug: str  # ASCII URL slug
    title: str
    subtitle: str = ""
    kicker: str = ""  # 引题: the line ending in —— above the title
    mastheads: tuple[str, ...] = ()  # section / banner lines such as 看长春
    authors: tuple[str, ...] = ()
    source: str = ""
    url: str = ""
    date: PublicationDate | None = None
    blocks: tuple[Block, ...] = ()
    repairs: tuple[LayoutRepair, ...] = ()
    sha1: str = ""  # of the raw bytes, to find duplicate files

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    @property
    def captions(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.CAPTION)

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in (BlockKind.HEADING, BlockKind.SUBHEADING))

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)


@dataclass
class ReadResult:
    """What reading one file gave: an article (or None when it could not be used) and problems."""

    article: Article | None
    problems: list[Problem] = field(default_factory=list)
