# The two commands of the README: `make run` and `make test`. Both create .venv as needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
LUPDATE := $(BIN)/pyside6-lupdate
LRELEASE := $(BIN)/pyside6-lrelease
SOURCES := $(shell find kbtdesk -name '*.py' | sort)

.PHONY: run test demo system-deps system-deps-test translations translations-update bench clean

run: system-deps $(VENV)/.installed
	$(BIN)/kbtdesk

demo: system-deps $(VENV)/.installed
	$(BIN)/kbtdesk --demo

test: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

system-deps:
	@scripts/system-deps.sh

system-deps-test:
	@scripts/system-deps.sh --test

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "kbtdesk needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# Refresh the .ts catalogues from the sources, then translate the new entries in Qt Linguist
# (or by hand) and run `make translations` to build the .qm files the program loads.
translations-update: $(VENV)/.installed
	$(LUPDATE) $(SOURCES) -ts translations/kbtdesk_sv.ts translations/kbtdesk_en.ts -no-obsolete

translations: $(VENV)/.installed
	for ts in translations/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build dist *.egg-info
