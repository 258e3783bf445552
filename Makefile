# The two commands of the README: `make run` and `make test`. Both create .venv as needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
LUPDATE := $(BIN)/pyside6-lupdate
LRELEASE := $(BIN)/pyside6-lrelease
SOURCES := $(shell find kbtdesk -name '*.py' | sort)

# setuptools' editable install announces "Editable installation ... be careful with folders in your
# working directory": an information line (no folder here is named like the package), not a problem.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet

.PHONY: run test test-fast lint demo system-deps system-deps-test translations translations-update bench clean dist icons

run: system-deps $(VENV)/.installed
	$(BIN)/kbtdesk

demo: system-deps $(VENV)/.installed
	$(BIN)/kbtdesk --demo

# The linters first (CI runs only `make test`, so a ruff or mypy finding fails it), then the suite.
test: system-deps-test $(VENV)/.installed-test lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The inner loop: everything but the tests marked slow (kill/fuzz trust tests, CLI exports).
test-fast: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

# ruff and mypy, configured in pyproject.toml (versions pinned in the `lint` extra).
# Both run, whatever the first finds; the target fails if either does.
lint: $(VENV)/.installed-lint
	@status=0; \
	$(BIN)/ruff check kbtdesk tests || status=1; \
	$(BIN)/mypy || status=1; \
	exit $$status

system-deps:
	@scripts/system-deps.sh

system-deps-test:
	@scripts/system-deps.sh --test

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "kbtdesk needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(PIP_INSTALL) -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-lint: $(VENV)/bin/python pyproject.toml
	$(PIP_INSTALL) -e '.[lint]'
	touch $@ $(VENV)/.installed

# Refresh the .ts catalogues from the sources, then translate the new entries in Qt Linguist
# (or by hand) and run `make translations` to build the .qm files the program loads.
translations-update: $(VENV)/.installed
	$(LUPDATE) $(SOURCES) -source-language en -target-language sv -no-obsolete -locations none -ts translations/kbtdesk_sv.ts
	$(LUPDATE) $(SOURCES) -source-language en -target-language en -no-obsolete -locations none -ts translations/kbtdesk_en.ts
	$(BIN)/python scripts/ts_tool.py english translations/kbtdesk_en.ts

translations: $(VENV)/.installed
	for ts in translations/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build dist *.egg-info

# The one-folder program in dist/kbtdesk/ (packaging/kbtdesk.spec), then a smoke test of the
# built program: its version, a first paint of the demo window headless, and no missing library.
# On Windows clinic IT builds it by hand and wraps it in the installer: see packaging/README.md.
DIST_APP := dist/kbtdesk/kbtdesk

$(VENV)/.installed-dist: $(VENV)/bin/python pyproject.toml
	$(PIP_INSTALL) -e '.[dist]'
	touch $@ $(VENV)/.installed

dist: system-deps $(VENV)/.installed-dist translations
	rm -rf build/pyinstaller dist/kbtdesk
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist packaging/kbtdesk.spec \
	  && echo "dist: built in $$(( $$(date +%s) - start )) s"
	$(DIST_APP) --version
	QT_QPA_PLATFORM=offscreen timeout 120 $(DIST_APP) --demo --quit-after-first-paint
	@if find dist/kbtdesk -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found'; then \
	  echo "dist: the bundle misses the libraries above"; exit 1; fi
	@du -sh dist/kbtdesk

# Re-render the PNG and ICO icons after changing resources/icons/kbtdesk.svg.
icons: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# The user guide's pictures (resources/docs/screenshots/), from the demo log under a virtual display.
.PHONY: screenshots
screenshots: system-deps $(VENV)/.installed
	$(BIN)/python scripts/screenshots.py

# Figures against the fastest baseline, side by side (benchmarks/README.md). Generates and caches
# the synthetic logs under benchmarks/cache/ on first use (L takes about a minute). Never fails on
# a slow machine: it prints figures. BENCH_ARGS="--sizes S M L --runs 5" for the growth table.
BENCH_ARGS ?= --sizes L --runs 5
bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.bench $(BENCH_ARGS)
