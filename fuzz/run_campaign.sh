#!/usr/bin/env bash
# A fuzz campaign: each target for N inputs (default 10,000,000) or MAX_TIME seconds, whichever comes first, JOBS
# targets at a time (default 1), each starting from the committed seeds (seeds/<target>/, plus models/head.onnx and
# its prefixes for head_onnx), the inputs of past crashes (regressions/<target>/) and the corpus it grew before
# (corpus/<target>/). Prints one line per target: inputs run, seconds, inputs per second, crashes.
# A crash leaves its input in artifacts/<target>/: copy it to regressions/<target>/ once fixed, and `cargo test`
# replays it from then on (oes-core/tests/fuzz_inputs.rs).
#
#     cargo install cargo-fuzz          # once; needs a nightly toolchain (rustup toolchain install nightly)
#     bash fuzz/run_campaign.sh [N] [TARGET...]
#     MAX_TIME=600 bash fuzz/run_campaign.sh 10000000 responses_csv    # at most ten minutes
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-10000000}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(survey_json responses_jsonl responses_csv responses_parquet accumulator_json accumulator_split head_onnx
             calibration_json)
fi
jobs="${JOBS:-1}"
max_time="${MAX_TIME:-0}"

cargo +nightly fuzz build -O

run_one() {
    local t="$1"
    mkdir -p "corpus/$t" "artifacts/$t" logs
    local max_len=16384
    if [ "$t" = head_onnx ]; then
        max_len=65536
        # The real head, cut to lengths the run reads (whole messages, then cuts mid-field).
        for n in 300 4096 20000 65536; do head -c "$n" ../models/head.onnx > "corpus/$t/head_prefix_$n"; done
    fi
    if [ "$t" = accumulator_json ]; then
        max_len=32768 # a state carries its survey: the seeds are up to 20 KB
    fi
    # responses_csv and responses_parquet read on a second thread, and LeakSanitizer reports glibc's 32-byte
    # thread-exit record (__cxa_thread_atexit_impl) as a leak at random (fuzz/README.md): leaks are not looked for
    # there.
    local extra=()
    if [ "$t" = responses_csv ] || [ "$t" = responses_parquet ]; then
        extra=(-detect_leaks=0)
    fi
    local before
    before=$(ls "artifacts/$t" | wc -l)
    local inputs=("corpus/$t" "seeds/$t")
    if [ -d "regressions/$t" ]; then inputs+=("regressions/$t"); fi
    cargo +nightly fuzz run -O "$t" "${inputs[@]}" -- -runs="$runs" -max_total_time="$max_time" -max_len="$max_len" \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 -print_final_stats=1 ${extra[@]+"${extra[@]}"} > "logs/$t.log" 2>&1 || true
    local done_line after
    done_line=$(grep -E "^Done [0-9]+ runs in [0-9]+ second" "logs/$t.log" | tail -1 || true)
    after=$(ls "artifacts/$t" | wc -l)
    if [ -n "$done_line" ]; then
        local n s
        n=$(echo "$done_line" | awk '{print $2}')
        s=$(echo "$done_line" | awk '{print $5}')
        echo "$t: $n inputs in $s s ($(( n / (s > 0 ? s : 1) )) per second), $(( after - before )) crash(es)"
    else
        echo "$t: stopped early, $(( after - before )) crash input(s) in artifacts/$t; see logs/$t.log"
    fi
}

export -f run_one
export runs max_time
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
