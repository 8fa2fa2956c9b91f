# mediakit: `make report` builds the HTML reports, `make test` runs the tests. Each sets itself up.
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= data/baghdad-2020-01-24
BENCH  ?= ../shared/bench/allsides-20mb.parquet
NOTEBOOKS ?= notebooks
LAB_ARGS  ?=

.PHONY: help setup report lab test lint bench clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("mediakit needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

setup: $(VENV)/.installed ## Create .venv and install mediakit with its test tools

report: setup ## Run every notebook on the bundled corpus into reports/ (index.html + one HTML each)
	$(BIN)/mediakit report $(CORPUS) --out reports

lab: setup ## Open the notebooks in JupyterLab (on the bundled corpus; each notebook says how to change it)
	$(BIN)/jupyter lab --notebook-dir=$(NOTEBOOKS) $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

test: setup ## Lint, then run the tests, doctests and every notebook
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: setup ## Lint and check import order only
	$(BIN)/ruff check .

bench: setup ## Speed and peak memory on a large corpus file (BENCH=path): goals of issue 9, tokenisers, alignment
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python benchmarks/scale.py $(BENCH)
	$(BIN)/python benchmarks/tokenize_speed.py $(BENCH)
	$(BIN)/python benchmarks/coverage_scale.py $(BENCH)

clean: ## Remove reports/ and .venv/
	rm -rf reports $(VENV)
