//! Parsing 100k JSONL response lines of the report benchmark's survey (and, for comparison, the same 100k responses'
//! scored columns as CSV). `serde_json_value_per_line` is not oes: it is the cost of the JSON syntax alone.
//! The parsed responses are dropped outside the timed region (`iter_with_large_drop`): freeing 100k small
//! allocations is a cost of its own, paid whenever the caller lets go of them.

#[path = "common/clock.rs"]
mod clock;
mod common;

use std::time::Duration;

use clock::Clock;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use oes_core::io::{read_csv, read_jsonl, ReadMode};
use oes_core::{Response, Survey};

const LINES: usize = 100_000;

fn parse(c: &mut Criterion<Clock>) {
    let survey = common::full_survey();
    let jsonl = common::jsonl(LINES, common::SEED);
    let csv = common::compare_csv(LINES, common::SEED);
    let compare_survey = Survey::from_json(common::COMPARE_SURVEY).unwrap();

    let mut g = c.benchmark_group("parse_100k");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Bytes(jsonl.len() as u64));
    g.bench_function("read_jsonl_strict", |b| {
        b.iter_with_large_drop(|| {
            let out = read_jsonl(&survey, jsonl.as_bytes(), ReadMode::Strict).unwrap();
            assert_eq!(out.responses.len(), LINES);
            out
        })
    });
    g.bench_function("response_from_json_per_line", |b| {
        b.iter_with_large_drop(|| {
            jsonl.lines().map(|line| Response::from_json(&survey, line).unwrap()).collect::<Vec<_>>()
        })
    });
    g.bench_function("serde_json_value_per_line", |b| {
        b.iter_with_large_drop(|| {
            jsonl.lines().map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()).collect::<Vec<_>>()
        })
    });
    g.throughput(Throughput::Bytes(csv.len() as u64));
    g.bench_function("read_csv_strict_3_questions", |b| {
        b.iter_with_large_drop(|| read_csv(&compare_survey, csv.as_bytes(), ReadMode::Strict).unwrap())
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = clock::criterion(Duration::from_secs(5));
    targets = parse
}
criterion_main!(benches);
