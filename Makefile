# The README's commands: `make serve` and `make test`. Everything else follows from them.
#
# Every package comes from requirements.lock (exact versions, checked by hash); `make upgrade`
# proposes newer ones, as the weekly upgrade workflow does (.github/workflows/upgrade.yml).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
LOCK := requirements.lock
# Material's banner about MkDocs 2.0 (the reasons for staying on MkDocs 1 are in the README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build smoke check test bench lock upgrade clean

# A new .venv whenever the lock or pyproject.toml changes: exactly the locked packages, nothing
# left over from before. The project itself is built by the locked hatchling (no build isolation).
$(BIN)/mkdocs: $(LOCK) pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes -r $(LOCK)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

install: $(BIN)/mkdocs

# The preview: `make serve NOW="2026-12-01 09:00"` shows what is public at that moment.
serve: install
	$(if $(NOW),NEWSROOM_NOW="$(NOW)") $(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

# What the deploy job checks before uploading: every asset and feed the pages link is in site/.
smoke: build
	$(BIN)/python -m newsroom.smoke site

check: install
	$(BIN)/newsroom check

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py --count 2000 --repeat 3

LOCK_COMMAND = $(BIN)/uv pip compile pyproject.toml --extra test --group build --group lock \
	--universal --python-version 3.11 --generate-hashes --quiet --custom-compile-command "make lock" \
	--output-file $(LOCK)

# After editing the dependencies in pyproject.toml: the lock follows, changing as little as it can.
lock: install
	$(LOCK_COMMAND)

# Every package to its newest version that pyproject.toml allows; then run `make test`.
upgrade: install
	$(LOCK_COMMAND) --upgrade

clean:
	rm -rf site .pytest_cache
