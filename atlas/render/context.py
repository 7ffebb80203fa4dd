"""The Jinja environment: templates from templates/, filters that keep article text inert."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .dates import zh_date
from .markdown import code_span, html_attr, md_text, md_with_code, yaml_str
from .site_address import site_url


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # output is Markdown; text is escaped by the `md` filter instead
        auto_reload=False,  # one environment per build: no need to stat the templates at every page
    )
    env.filters["md"] = md_text
    env.filters["yaml"] = yaml_str
    env.filters["attr"] = html_attr
    env.filters["code"] = code_span
    env.filters["md_code"] = md_with_code
    env.filters["zh_date"] = zh_date
    env.globals["site_url"] = site_url(Path(templates).parent)  # templates/ sits beside mkdocs.yml
    return env
