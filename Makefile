# Wegwijs: `make run` starts the portal, `make test` runs the whole suite on real services.
.PHONY: run run-full test test-fuzz test-faults test-fresh lint messages bench bench-import bench-search bench-dbsearch bench-glossary bench-matching bench-taalhulp bench-demand bench-load

run:
	bash scripts/run.sh

run-full:
	bash scripts/run-full.sh

test:
	bash scripts/test.sh $(ARGS)

test-faults:
	bash scripts/test-faults.sh $(ARGS)

# The property and fuzz tests with Hypothesis's `thorough` profile (many more examples).
FUZZ_TESTS = tests/vreemdelingenrecht/test_filter_properties.py tests/vreemdelingenrecht/test_citations.py \
	tests/aanbod/interchange/test_import_properties.py tests/buddy/test_matching_optimality.py \
	tests/buddy/test_matching_constraints.py tests/buddy/test_matching_score.py \
	tests/search/test_query_properties.py tests/portal/test_api_fuzz.py
test-fuzz:
	HYPOTHESIS_PROFILE=thorough bash scripts/test.sh $(FUZZ_TESTS) $(ARGS)

# Not in CI: debootstrap, then `make run` and `make test` as on a newcomer's fresh machine (ARGS reaches pytest).
test-fresh:
	bash scripts/test-fresh.sh

lint:
	bash scripts/lint.sh

messages:
	bash scripts/messages.sh

bench:
	bash scripts/bench.sh pages

bench-import:
	bash scripts/bench.sh import

bench-matching:
	bash scripts/bench.sh matching $(ARGS)

bench-taalhulp:
	bash scripts/bench.sh taalhulp $(ARGS)

bench-search:
	bash scripts/bench.sh search

bench-dbsearch:
	bash scripts/bench.sh dbsearch

bench-demand:
	bash scripts/bench.sh demand

bench-glossary:
	bash scripts/bench.sh glossary

bench-load:
	bash scripts/bench-load.sh
