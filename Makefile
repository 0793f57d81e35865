# The two commands of the README:
#   make example   builds the `oes` command and prints the report of the shipped example
#   make test      installs what the tests need and runs every test (Rust, Python, WebAssembly)
# Everything builds into the one `target/` directory.

CARGO ?= cargo
EXAMPLE_ARGS ?= --by store --every month

.PHONY: example test test-rust lint test-py test-wasm bench

example:
	$(CARGO) build --release --locked -p oes-cli
	./target/release/oes report --survey examples/survey.json --responses examples/responses.jsonl $(EXAMPLE_ARGS) --format table

test: lint test-rust test-py test-wasm

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked -p oes-core -p oes-cli -p oes-py -p oes-wasm --all-targets -- -D warnings

test-rust:
	$(CARGO) test --locked -p oes-core -p oes-cli

test-py:
	bash oes-py/run_tests.sh

test-wasm:
	bash oes-wasm/run_tests.sh

bench:
	$(CARGO) bench --locked -p oes-benches
