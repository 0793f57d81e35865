# The two commands of the README:
#   make example   builds the `oes` command and prints the report of the shipped example, with the OES model
#   make test      installs what the tests need and runs every test (Rust, Python, WebAssembly)
# Everything builds into the one `target/` directory; Python tools live in the virtual environment `.venv`.

CARGO ?= cargo
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ONNXRUNTIME := onnxruntime==1.32.0
EXAMPLE_ARGS ?= --by store --every month
# ONNX Runtime's shared library, from the onnxruntime package in the virtual environment.
ORT_LIB = $(shell $(PY) -c "import onnxruntime, os, glob; print(glob.glob(os.path.join(os.path.dirname(onnxruntime.__file__), 'capi', 'libonnxruntime.so*'))[0])")

.PHONY: example test test-rust lint test-py test-wasm bench bench-oes runtime fuzz

$(PY):
	$(PYTHON) -m venv $(VENV)

# ONNX Runtime for the OES model (ort loads it at run time).
runtime: $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check $(ONNXRUNTIME)

example: runtime
	$(CARGO) build --release --locked -p oes-cli
	ORT_DYLIB_PATH=$(ORT_LIB) ./target/release/oes report --survey examples/survey.json \
		--responses examples/responses.jsonl $(EXAMPLE_ARGS) --oes --format table

test: lint test-rust test-py test-wasm

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked -p oes-core -p oes-cli -p oes-py -p oes-wasm --all-targets --features oes-core/schema -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked --no-deps -p oes-core --features onnx,parquet,schema

# oes-cli enables oes-core's `onnx` feature, so the model tests (oes-core/tests/model.rs) run here too.
test-rust: runtime
	ORT_DYLIB_PATH=$(ORT_LIB) $(CARGO) test --locked -p oes-core -p oes-cli --features oes-core/onnx,oes-core/schema
	ORT_DYLIB_PATH=$(ORT_LIB) $(CARGO) test --locked -p oes-core --features onnx,tract --test tract

test-py:
	bash oes-py/run_tests.sh

test-wasm:
	bash oes-wasm/run_tests.sh

# Criterion benchmarks (metrics, reports, parsing, the OES scorer); results in target/criterion.
bench: runtime
	ORT_DYLIB_PATH=$(ORT_LIB) $(CARGO) bench --locked -p oes-benches

# The OES scorer against the same ONNX files driven from Python onnxruntime + tokenizers, and its cold start.
bench-oes: runtime
	$(PY) -m pip install --quiet --disable-pip-version-check numpy==2.4.6 tokenizers==0.23.3
	ORT_DYLIB_PATH=$(ORT_LIB) $(PY) benches/compare_onnxruntime.py

# The cargo-fuzz campaign (nightly toolchain and `cargo install cargo-fuzz`): FUZZ_RUNS inputs per target, two
# targets at a time. Not part of `make test`, which replays the seeds and found inputs and runs short mutation tests.
FUZZ_RUNS ?= 10000000
fuzz:
	JOBS=2 bash fuzz/run_campaign.sh $(FUZZ_RUNS)
