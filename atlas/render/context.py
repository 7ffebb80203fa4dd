"""The Jinja environment: templates from templates/, filters that keep article text inert."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .dates import zh_date
from .markdown import html_attr, md_text, yaml_str


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # output is Markdown; text is escaped by the `md` filter instead
    )
    env.filters["md"] = md_text
    env.filters["yaml"] = yaml_str
    env.filters["attr"] = html_attr
    env.filters["zh_date"] = zh_date
    from .indicator_pages import topic_indicator_views  # late: it imports the knowledge base records

    env.globals["topic_indicator_views"] = topic_indicator_views  # for the topic page's indicator section
    from .timeline import timeline_entries  # late, like the indicator views

    env.globals["timeline_entries"] = timeline_entries  # for the topic page's timeline section
    return env
