"""The site's public address (`site_url`), for what must carry absolute links: feeds, citations, downloads.

The deploy sets `SITE_URL` to the Pages address (it may have a sub-path: https://user.github.io/repo/);
otherwise mkdocs.yml's own default counts (`site_url: !ENV [SITE_URL, "…"]`), read as MkDocs and
Zensical read it. Same environment, same address: the pages stay byte-identical.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin

import yaml

CONFIG_FILE = "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml's tags: `!ENV` resolved like MkDocs does, Python objects (the slugify setting) skipped."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[n] for n in names if os.environ.get(n)), default)


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def site_url(root: Path) -> str:
    """The address the site is published at, ending in "/" ("" when mkdocs.yml names none)."""
    config = root / CONFIG_FILE
    url = os.environ.get("SITE_URL") or ""
    if not url and config.is_file():
        url = (yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}).get("site_url") or ""
    return url if not url or url.endswith("/") else url + "/"


def absolute(base: str, path: str) -> str:
    """The public address of a site path such as "kb/articles/x/" (relative path when no base is known)."""
    return urljoin(base, path) if base else path


def page_url(md_path: str) -> str:
    """The site path MkDocs gives a page of docs/ with `use_directory_urls`: kb/x.md → kb/x/, kb/x/index.md → kb/x/."""
    stem = md_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"
