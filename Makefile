# vclinic: `make run` serves the clinic on one machine (SQLite); `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
DEV_STAMP := $(VENV)/.dev-installed
EXTRAS_RUN := voice
EXTRAS_DEV := dev,postgres,redis,mqtt,voice
PG_TEST_URL := postgresql+asyncpg://127.0.0.1:5432/test

.PHONY: run test lint browser espeak

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[$(EXTRAS_RUN)]'
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[$(EXTRAS_DEV)]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP) espeak
	$(BIN)/vclinic serve

# Headless Chromium for the browser tests, from Debian's packages (never a browser download).
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
		|| { echo "chromium is missing: run 'apt-get install chromium' as root (the browser tests need it)"; exit 1; }

# espeak-ng speaks offline replies in ko/ja/zh and makes the voice tests' speech (Debian's package).
# Without root it only warns: offline voice replies are then English only (piper), unless the operator turns
# VCLINIC_TTS_ONLINE on (gTTS: the reply text goes to Google).
espeak:
	@command -v espeak-ng >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq espeak-ng >/dev/null; } \
		|| echo "espeak-ng is missing (apt-get install espeak-ng): offline ko/ja/zh speech is off"

# Lint first (the code is kept ruff-clean); the database tests run on SQLite, and again on PostgreSQL when a
# server answers on 127.0.0.1:5432.
test: $(DEV_STAMP) browser espeak
	$(BIN)/ruff check .
	@if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 1)" 2>/dev/null; then \
		echo "PostgreSQL found: database tests run on SQLite and PostgreSQL"; \
		VCLINIC_TEST_DATABASE_URL=$${VCLINIC_TEST_DATABASE_URL:-$(PG_TEST_URL)} $(BIN)/pytest -q; \
	else \
		echo "no PostgreSQL on 127.0.0.1:5432: database tests run on SQLite only"; \
		$(BIN)/pytest -q; \
	fi

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
