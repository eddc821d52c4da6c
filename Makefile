# Two commands: `make run` serves the seeded site on SQLite; `make test` installs test needs and runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=

.PHONY: run test install install-test setup messages lint format browser-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

messages: install
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

setup: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_site
	$(MANAGE) create_admin

run: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-test messages
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

browser-test: install-test messages
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

# 10,000 articles, gunicorn with 2 workers, wrk (installed with apt-get if missing): see bench/run.py.
bench: install messages
	$(BIN)/python bench/run.py

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var
