# Two commands: `make run` and `make test`. Both create .venv and install regkg into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := samples

.PHONY: run test bench clean

$(BIN)/regkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/regkg
	$(BIN)/regkg build $(SAMPLES) -o outputs/

test: $(BIN)/regkg
	$(BIN)/python -m pytest -n auto

bench: $(BIN)/regkg
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) outputs/*.ttl outputs/*.jsonl outputs/*.md.tmp
