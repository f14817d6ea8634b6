# Every target installs what it needs into .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-dask stress eval schema snapshot clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## parse samples/ into out/, one summary line per document
	$(VENV)/bin/policyparse parse samples/ -o out/ --summary --quiet

test: $(STAMP)  ## the whole test suite (CI runs exactly this)
	$(PY) -m pytest

bench: $(STAMP)  ## throughput against jieba.lcut and OpenCC t2s, start-up, --jobs 2, JSONL memory
	$(PY) bench/bench.py

bench-dask: $(STAMP)  ## the Dask engine against --jobs 2 (about 7 minutes)
	$(PY) bench/bench_dask.py

stress: $(STAMP)  ## large and adversarial inputs (generated on the fly): time, peak RSS and outcome each; STRESS_ARGS=--big adds 200 MB
	$(PY) bench/stress.py $(STRESS_ARGS)

eval: $(STAMP)  ## precision / recall / F1 per field: real documents (development, then the set-aside quarter), then the written sets
	@echo "== real documents, development part (tests/real/gold/dev)"
	$(VENV)/bin/policyparse eval tests/real/gold/dev
	@echo "== real documents, set-aside part (tests/real/gold/heldout): the honest number"
	$(VENV)/bin/policyparse eval tests/real/gold/heldout
	@echo "== real task tables (tests/real/tables): development, then set aside"
	$(VENV)/bin/policyparse eval tests/real/tables/gold/dev
	$(VENV)/bin/policyparse eval tests/real/tables/gold/heldout
	@echo "== real files in other formats with gold (tests/real/formats/gold: the CESI 公文 OFD)"
	$(VENV)/bin/policyparse eval tests/real/formats/gold
	@echo "== regression sets written in the samples' shape"
	$(VENV)/bin/policyparse eval tests/gold
	$(VENV)/bin/policyparse eval tests/heldout/gold

schema: $(STAMP)  ## regenerate the committed JSON Schema from the models
	$(VENV)/bin/policyparse schema > schema/document.schema.json

snapshot: $(STAMP)  ## rewrite tests/snapshots/outputs.sha256, the digests of every kept document's JSON (after reading what changed)
	PYTHONPATH=src $(PY) tools/snapshot_outputs.py --digests

clean:
	rm -rf $(VENV) out dist build
