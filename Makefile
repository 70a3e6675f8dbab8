# Zebra: `make setup` (idempotent), `make run`, `make test`, `make bench`, `make eval`, `make replay`, `make lint`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
RASA_VENV := .venv-rasa
ZEBRA := $(VENV)/bin/zebra
export RASA_TELEMETRY_ENABLED := false
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

# The first interpreter that really runs as that version (pyenv shims may not).
PY311 ?= $(shell scripts/find-python 3.11)
PY310 ?= $(shell scripts/find-python 3.10)

help:
	@echo "make setup   create .venv (Python 3.11) and .venv-rasa (3.10), build content, train NLU"
	@echo "make run     chat in the terminal, or run on Telegram when TELEGRAM_BOT_TOKEN is set"
	@echo "make test    lint-free code, validated NLU data and the whole test suite"
	@echo "make bench   build, latency, throughput and memory figures"
	@echo "make eval    Rasa split test, end-to-end routing, GARD recognition -> reports/eval.md"
	@echo "make replay  every labelled set through the engine, Rasa's parses recorded in var/parses.json"

$(VENV)/.installed: pyproject.toml constraints/bot.txt
	@test -n "$(PY311)" || { echo "Python 3.11 not found: install it (e.g. pyenv install 3.11) or set PY311=/path/to/python3.11"; exit 1; }
	$(PY311) -m venv $(VENV)
	$(VENV)/bin/pip install -q -U pip
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -c constraints/bot.txt -e ".[dev]"
	touch $@

$(RASA_VENV)/.installed: constraints/rasa.txt
	@test -n "$(PY310)" || { echo "Rasa 3.6 needs Python 3.10 and none was found: install it (e.g. pyenv install 3.10) or set PY310=/path/to/python3.10"; exit 1; }
	$(PY310) -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install -q -U pip
	$(RASA_VENV)/bin/pip install -q rasa==3.6.21 -c constraints/rasa.txt
	touch $@

venvs: $(VENV)/.installed $(RASA_VENV)/.installed

setup: venvs
	$(ZEBRA) content build
	$(ZEBRA) nlu train

run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(ZEBRA) telegram; else $(ZEBRA) chat; fi

validate: venvs
	$(ZEBRA) nlu train --lookups-only
	cd .rasa && HOME=$$PWD/home ../$(RASA_VENV)/bin/rasa data validate --data ../nlu --domain ../domain.yml --config ../config.yml 2>&1 | grep -v -e "DeprecationWarning" -e "declare_namespace" -e "pkg_resources" -e "not used in any stor" ; test $${PIPESTATUS[0]} -eq 0

lint: venvs
	$(VENV)/bin/ruff check bot tests
	$(VENV)/bin/ruff format --check bot tests
	$(VENV)/bin/mypy bot

test: setup lint
	$(ZEBRA) content check --no-warnings
	$(VENV)/bin/pytest -q

bench: setup
	$(ZEBRA) bench

eval: setup
	$(ZEBRA) eval

replay: setup
	$(ZEBRA) replay --record

clean:
	rm -rf var models reports .rasa nlu/generated

.PHONY: help venvs setup run validate lint test bench eval replay clean
