"""The editors' data files that extraction reads (data/*.yaml), loaded once a build.

Each loader's problems are kept beside what it loaded, so the link step that uses a file reports
its problems (the report lists them in the order the steps run).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..data_files import DataFileError
from ..records import Problem
from .companies import DATA_FILE as COMPANIES_FILE
from .companies import Company, company_matcher, load_companies, load_trade_words
from .events import EventWords, load_event_words, load_word_lists
from .figures import FigureRules, load_figure_rules
from .indicators import Indicator, load_indicators
from .name_pairs import load_name_pairs
from .names import NameMatcher
from .project_names import ProjectCatalogue, load_catalogue
from .projects import ProjectFinder
from .topics import Vocabulary, load_vocabulary


@dataclass(frozen=True)
class DataFiles:
    root: Path
    vocabulary: Vocabulary  # topics.yaml
    vocabulary_problems: tuple[Problem, ...]
    event_words: EventWords  # events.yaml (dates.yaml is read by atlas.extract.dates itself)
    event_problems: tuple[Problem, ...]  # events.yaml and dates.yaml
    catalogue: ProjectCatalogue  # projects.yaml
    companies: tuple[Company, ...]  # companies.yaml
    firms: NameMatcher  # every company name and alias → its canonical name
    finder: ProjectFinder
    names_problems: tuple[Problem, ...]  # projects.yaml and companies.yaml
    indicators: tuple[Indicator, ...]  # indicators.yaml
    figure_rules: FigureRules | None  # figures.yaml; None when a broken file leaves out indicators
    indicator_problems: tuple[Problem, ...]
    company_same: tuple[tuple[str, ...], ...] = ()  # `same:` / `not_same:` of companies.yaml (atlas/link/aliases.py)
    company_not_same: tuple[tuple[str, ...], ...] = ()
    company_trade_words: tuple[str, ...] = ()  # `trade_words:` of companies.yaml (atlas/link/company_names.py)


def load_data_files(root: Path) -> DataFiles:
    """Every data file extraction needs. Mistakes in any of them are problems (file, line, what to
    write instead) and the build goes on without the entry, or the file, they concern."""
    vocabulary_problems: list[Problem] = []
    vocabulary = load_vocabulary(root, vocabulary_problems)
    event_problems: list[Problem] = []
    event_words = load_event_words(root, event_problems)
    load_word_lists(root, "dates.yaml", event_problems)  # only to report a broken file: atlas.extract.dates reads it
    names_problems: list[Problem] = []
    catalogue = load_catalogue(root, names_problems)
    companies = load_companies(root, names_problems)
    firms = company_matcher(companies)
    company_same, company_not_same = load_name_pairs(root, COMPANIES_FILE, names_problems)
    company_trade_words = load_trade_words(root, [])  # a broken file is reported once, by load_companies
    try:
        indicators, indicator_problems = load_indicators(root)
        figure_rules = load_figure_rules(root)
    except DataFileError as exc:  # a broken data file: no indicators this build, and the report says why
        indicators, figure_rules, indicator_problems = [], None, [exc.problem]
    return DataFiles(
        root=root,
        vocabulary=vocabulary, vocabulary_problems=tuple(vocabulary_problems),
        event_words=event_words, event_problems=tuple(event_problems),
        catalogue=catalogue, companies=tuple(companies), firms=firms,
        finder=ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher()), names_problems=tuple(names_problems),
        indicators=tuple(indicators), figure_rules=figure_rules, indicator_problems=tuple(indicator_problems),
        company_same=company_same, company_not_same=company_not_same, company_trade_words=company_trade_words,
    )
