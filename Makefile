# Wegwijs: `make run` starts the portal, `make test` runs the whole suite on real services.
.PHONY: run run-full test lint messages bench bench-import bench-search bench-matching bench-load test-faults test-fresh

run:
	bash scripts/run.sh

run-full:
	bash scripts/run-full.sh

test:
	bash scripts/test.sh $(ARGS)

test-faults:
	bash scripts/test-faults.sh $(ARGS)

# Not in CI: debootstrap, then `make run` and `make test` as on a newcomer's fresh machine (ARGS reaches pytest).
test-fresh:
	bash scripts/test-fresh.sh

lint:
	.venv/bin/ruff check .

messages:
	bash scripts/messages.sh

bench:
	.venv/bin/python bench/pages.py

bench-import:
	.venv/bin/python bench/import_offers.py

bench-matching:
	.venv/bin/python bench/matching_bench.py

bench-search:
	.venv/bin/python bench/search_bench.py

bench-load:
	bash scripts/bench-load.sh
