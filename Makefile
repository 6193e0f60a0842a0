# Wegwijs: `make run` starts the portal, `make test` runs the whole suite on real services.
.PHONY: run run-full test lint messages bench bench-import bench-search bench-matching bench-load test-faults

run:
	bash scripts/run.sh

run-full:
	bash scripts/run-full.sh

test:
	bash scripts/test.sh $(ARGS)

test-faults:
	bash scripts/test-faults.sh $(ARGS)

lint:
	.venv/bin/ruff check .

messages:
	bash scripts/messages.sh

bench:
	bash scripts/bench.sh pages

bench-import:
	bash scripts/bench.sh import

bench-matching:
	bash scripts/bench.sh matching $(ARGS)

bench-search:
	bash scripts/bench.sh search

bench-load:
	bash scripts/bench-load.sh
