# The two commands: `make demo` and `make test`. Both install what is missing first.
PY := .venv/bin/python
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export OMP_THREAD_LIMIT := 1
DEMO_OUT ?= out/demo

.PHONY: setup demo test eval bench samples clean

setup:
	@bash scripts/setup.sh

demo: setup
	PREFECT_HOME=$(CURDIR)/.prefect .venv/bin/intake process sample_docs/inbox --out $(DEMO_OUT)
	@echo "Reports: $(DEMO_OUT)/<case>/report.html and report.json; summary: $(DEMO_OUT)/batch_summary.csv"

test:
	@bash scripts/setup.sh --test
	.venv/bin/lint-imports
	.venv/bin/ruff check .
	.venv/bin/mypy pipeline
	$(PY) -m pytest -q -n 2 --dist loadfile --durations=15  # both cores, a test file to a worker

samples: setup
	.venv/bin/intake samples --out sample_docs/inbox --cases 8 --seed 2026 --families classic

eval: setup
	@[ -d out/eval-cases ] || .venv/bin/intake samples --out out/eval-cases --cases 20 --seed 4242
	.venv/bin/intake eval out/eval-cases

bench: setup
	$(PY) scripts/bench_pipeline.py

clean:
	rm -rf out .prefect
