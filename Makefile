# Two commands: `make run` serves the seeded site on SQLite; `make test` installs test needs and runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=
# `make test TEST_WORKERS=2` shares the suite out to 2 processes (pytest-xdist); the default, 0, runs it in one
# process, as CI does: in parallel, the tests that start servers on a port range can race for a port.
TEST_WORKERS ?= 0

.PHONY: run test install install-test lock setup messages lint format browser-test screenshots bench loadtest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every dependency, direct and indirect, comes pinned with its hashes from requirements/*.lock (`make lock`
# writes them from pyproject.toml). The project runs from this directory: it is not installed as a package.
install: $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/base.lock

install-test: $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.lock

# Re-resolve the lock files after changing the dependencies in pyproject.toml (needs the network).
lock: $(BIN)/python
	$(BIN)/pip install --quiet uv
	for extra in base test; do \
		$(BIN)/uv pip compile pyproject.toml $$( [ $$extra = test ] && echo --extra test ) --generate-hashes \
			--python-version 3.11 --python-platform x86_64-unknown-linux-gnu --quiet --no-header \
			-o requirements/$$extra.lock; \
	done

messages: install
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

setup: install messages
	$(MANAGE) migrate --noinput
	@# Fragments rendered by an older checkout's templates (var/cache, shared by this machine's processes) go.
	$(MANAGE) shell -c "from django.core.cache import cache; cache.clear()"
	$(MANAGE) seed_site
	$(MANAGE) create_admin

run: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-test messages
	$(BIN)/python -m pytest -m "not browser" -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# axe-core (tests/browser/package-lock.json) is installed with npm when node_modules is missing or older than the lock.
browser-test: install-test messages
	@if [ ! -f tests/browser/node_modules/.package-lock.json ] \
		|| [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then \
		cd tests/browser && npm ci --no-audit --no-fund; \
	fi
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

# Writes the reference images of the visual checks again (tests/browser/test_visual.py), after an intended change
# of the layout: look at them (git diff shows which changed) before committing them.
screenshots: install-test messages
	VISUAL_UPDATE=1 DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest -m browser tests/browser/test_visual.py $(PYTEST_ARGS)

# Cold, app and edge (Varnish) modes on PostgreSQL and SQLite, 10 and 10,000 articles, gunicorn with 2 workers, wrk: see
# bench/run.py and README "Benchmark".
bench: install messages
	$(BIN)/python bench/run.py

# 64 connections for 60 s of mixed pages and searches on a seeded site; fails on any error or timeout.
loadtest: install messages
	$(BIN)/python bench/run.py --load-only

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var
