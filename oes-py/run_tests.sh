#!/usr/bin/env bash
# Builds the Python package `oes` into the virtual environment `.venv` (at the repository root) and runs its checks:
# the stubs against the built module (mypy.stubtest), then the pytest suite (golden fixtures, properties, DataFrames,
# pickling and map/merge, Dask on a LocalCluster and Spark in local mode, support tickets, the OES model, README
# examples, the example notebooks).
#
#     bash oes-py/run_tests.sh            # from the repository root (or from anywhere)
#     bash oes-py/run_tests.sh -k golden  # extra arguments go to pytest
#
# Idempotent: the virtual environment is reused, pip skips what is installed, and Cargo rebuilds only what changed
# (in the workspace's target directory). Needs python3 (3.9+), a Rust toolchain, and PyPI for the first run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

venv="$repo/.venv"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    echo "--- creating $venv"
    "$python" -m venv "$venv"
fi
export VIRTUAL_ENV="$venv"
export PATH="$venv/bin:$PATH"
export MPLBACKEND=Agg
py="$venv/bin/python"
"$py" -c 'import sys; assert sys.version_info >= (3, 9), sys.version'

echo "--- installing the build and test tools"
# Versions that install and work together here (CPython 3.9+ wheels); maturin >= 1.9.4 sets
# PYO3_BUILD_EXTENSION_MODULE for pyo3 0.30. onnxruntime: the runtime `oes.Scorer` loads (the OES model tests).
# dask/distributed and pyspark/pyarrow: `oes.dask` and `oes.spark`; nbclient, nbformat and ipykernel run
# `examples/notebook.ipynb` (its kernel is this interpreter).
"$py" -m pip install --quiet --disable-pip-version-check \
    "maturin==1.16.0" \
    "pytest==9.2.0" \
    "hypothesis==6.170.15" \
    "numpy==2.4.6" \
    "pandas==3.1.1" \
    "polars==2.1.0" \
    "mypy==2.4.1" \
    "matplotlib==3.11.2" \
    "onnxruntime==1.32.0" \
    "dask[dataframe]==2026.8.0" \
    "distributed==2026.8.0" \
    "pyspark==4.3.0" \
    "pyarrow==26.0.1" \
    "nbclient==0.11.0" \
    "nbformat==5.11.1" \
    "ipykernel==7.4.0"

# Spark runs on Java: install a runtime from the Debian packages when there is none and this is possible (root and
# apt-get); otherwise the Spark tests are skipped, with the reason in pytest's summary.
if ! java -version >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "--- installing a Java runtime for the Spark tests"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            default-jre-headless >/dev/null || echo "could not install Java: the Spark tests will be skipped" >&2
    else
        echo "no Java runtime and no way to install one here: the Spark tests will be skipped" >&2
    fi
fi

echo "--- checking that oes-core does not depend on pyo3"
if cargo tree -p oes-core -e normal --prefix none | grep -Eq '^(pyo3|numpy) '; then
    echo "oes-core must not depend on pyo3 or numpy" >&2
    exit 1
fi

echo "--- building and installing oes-py (release)"
# The same command as `pip install ./oes-py`, with the tools above instead of a fresh isolated build environment.
"$py" -m pip install --quiet --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps ./oes-py

# oes-py/ has no `oes` folder of its own (the sources are in python/), so `import oes` is the installed package.
cd "$repo/oes-py"
echo "--- mypy.stubtest oes._oes"
"$py" -m mypy.stubtest oes._oes

echo "--- pytest"
# -rs: the reason of every skipped test in the summary (the Spark tests without Java).
"$py" -m pytest tests -q -rs "$@"
