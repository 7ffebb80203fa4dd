# Two commands for a fresh machine (Python 3.11, Debian):
#   make serve   build the site and preview it at http://127.0.0.1:8000 (reloads when seeds/ or data/ change)
#   make test    run every test (installs Python packages, and Debian chromium + CJK fonts for the browser tests)
# Others: make site (build into site/), make report (what the build understood), make clean.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Same inputs, same bytes: MkDocs stamps sitemap.xml with this date instead of today's.
export SOURCE_DATE_EPOCH ?= 0
export NO_MKDOCS_2_WARNING = 1

NODE_STAMP := node_modules/.installed

.PHONY: site serve test report clean browser lighthouse

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/python scripts/build.py build --strict
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/python -m atlas serve

report: $(STAMP)
	$(BIN)/python scripts/build.py report

# Debian's chromium drives the browser tests (never `playwright install`: it needs the internet).
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "Noto Sans CJK" || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

# Node tools for the tests only (offline workflow lint, Lighthouse), pinned in package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

test: $(STAMP) $(NODE_STAMP) browser
	$(BIN)/python -m pytest -q

# Lighthouse scores (phone preset) of the built site, served as GitHub Pages serves it.
lighthouse: site $(NODE_STAMP) browser
	$(BIN)/python scripts/lighthouse.py site --check

clean:
	rm -rf site docs/kb test-artifacts .pytest_cache node_modules
