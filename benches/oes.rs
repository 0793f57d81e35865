//! The OES scorer (`oes_core::oes::Scorer`, ONNX Runtime through `ort`): one response, batches with a realistic mix
//! of comments (60% of responses carry one, one to six sentences in 14 languages, every text distinct), and
//! responses without any text. Per-core figures use one thread; `two_threads` uses both cores.
//!
//! Needs the model files (`models/`, or `OES_MODEL_DIR`) and ONNX Runtime (`ORT_DYLIB_PATH`, or the `onnxruntime`
//! Python package): `make bench` sets both. Without them it prints why and measures nothing.

#[path = "common/clock.rs"]
mod clock;
mod common;

use std::time::Duration;

use clock::Clock;
use common::comments::{oes_data, oes_data_distinct_without_text, oes_data_without_text};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use oes_core::oes::Scorer;
use oes_core::Answer;

fn scorer(threads: usize) -> Option<Scorer> {
    match Scorer::builder().model_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../models")).threads(threads).build() {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("oes benchmarks skipped: {e}");
            None
        }
    }
}

fn oes(c: &mut Criterion<Clock>) {
    let Some(one_thread) = scorer(1) else { return };
    let (survey, mixed) = oes_data(4096, common::SEED);
    let (_, plain) = oes_data_without_text(4096, common::SEED);
    let (_, distinct) = oes_data_distinct_without_text(4096, common::SEED);
    let patterns: std::collections::HashSet<String> = plain.iter().map(|r| format!("{:?}", r.answers())).collect();
    eprintln!("oes/batch_4096_without_text: {} distinct answer patterns among {}", patterns.len(), plain.len());
    let with_comment = mixed
        .iter()
        .find(|r| matches!(r.answers()[4], Some(Answer::Text(_))))
        .expect("a response with a comment")
        .clone();
    // Question wordings are embedded once per scorer: warm the cache so every benchmark sees the steady state.
    one_thread.score(&survey, &plain[0]).unwrap();

    let mut g = c.benchmark_group("oes");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(1));
    g.bench_function("one_response_with_comment", |b| b.iter(|| one_thread.score(&survey, &with_comment).unwrap()));
    g.bench_function("one_response_without_text", |b| b.iter(|| one_thread.score(&survey, &plain[0]).unwrap()));

    g.throughput(Throughput::Elements(256));
    g.bench_function("batch_256_mixed", |b| b.iter(|| one_thread.score_batch(&survey, &mixed[..256]).unwrap()));
    g.throughput(Throughput::Elements(4096));
    g.bench_function("batch_4096_without_text", |b| b.iter(|| one_thread.score_batch(&survey, &plain).unwrap()));
    g.bench_function("batch_4096_without_text_all_distinct", |b| {
        b.iter(|| one_thread.score_batch(&survey, &distinct).unwrap())
    });
    // Both cores (wall clock only: the on-CPU clock counts the calling thread alone).
    if Clock::from_env() == Clock::Wall {
        if let Some(two_threads) = scorer(2) {
            two_threads.score(&survey, &plain[0]).unwrap();
            g.throughput(Throughput::Elements(256));
            g.bench_function("batch_256_mixed_two_threads", |b| {
                b.iter(|| two_threads.score_batch(&survey, &mixed[256..512]).unwrap())
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = clock::criterion(Duration::from_secs(10));
    targets = oes
}
criterion_main!(benches);
