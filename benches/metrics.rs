//! Accumulating 10 million NPS, CSAT (1-5) and CES (1-7) answers, unweighted and weighted, and merging 1000 partial
//! accumulators. The `baseline_*` functions are not oes: they count the same ratings into bare `[u64; 11]` histograms
//! (one, and four interleaved so that consecutive equal ratings do not wait on each other's store), to show what the
//! exact u128 weight sums cost and what a bulk unweighted `add` could reach.

#[path = "common/clock.rs"]
mod clock;
mod common;

use std::hint::black_box;
use std::time::Duration;

use clock::Clock;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use oes_core::metrics::ces::ces_from_tally;
use oes_core::metrics::csat::CsatAccumulator;
use oes_core::metrics::nps::NpsAccumulator;
use oes_core::metrics::{MetricOptions, Tally, Weight};
use oes_core::Scale;

const ANSWERS: usize = 10_000_000;
const PARTS: usize = 1000;

fn nps(c: &mut Criterion<Clock>) {
    let ratings = common::nps_ratings(ANSWERS, common::SEED);
    let weights = common::weights(ANSWERS, common::SEED + 1);
    let options = MetricOptions::default();
    let mut g = c.benchmark_group("nps");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(ANSWERS as u64));
    g.bench_function("add_10m_unweighted", |b| {
        b.iter(|| {
            let mut acc = NpsAccumulator::new();
            for &r in &ratings {
                acc.add(r, Weight::ONE);
            }
            acc.result(&options)
        })
    });
    g.bench_function("add_10m_weighted", |b| {
        b.iter(|| {
            let mut acc = NpsAccumulator::new();
            for (&r, &w) in ratings.iter().zip(&weights) {
                acc.add(r, w);
            }
            acc.result(&options)
        })
    });
    g.bench_function("baseline_u64_histogram_10m", |b| {
        b.iter(|| {
            let mut counts = [0u64; 11];
            for &r in &ratings {
                counts[r.get() as usize] += 1;
            }
            black_box(counts)
        })
    });
    g.bench_function("baseline_u64_histogram_4way_10m", |b| {
        b.iter(|| {
            let mut counts = [[0u64; 11]; 4];
            let chunks = ratings.chunks_exact(4);
            for &r in chunks.remainder() {
                counts[0][r.get() as usize] += 1;
            }
            for chunk in chunks {
                for (h, r) in counts.iter_mut().zip(chunk) {
                    h[r.get() as usize] += 1;
                }
            }
            black_box(counts)
        })
    });
    let parts: Vec<NpsAccumulator> = ratings
        .chunks(ANSWERS / PARTS)
        .map(|chunk| {
            let mut acc = NpsAccumulator::new();
            chunk.iter().for_each(|&r| acc.add(r, Weight::ONE));
            acc
        })
        .collect();
    g.sampling_mode(SamplingMode::Auto);
    g.throughput(Throughput::Elements(PARTS as u64));
    g.bench_function("merge_1000", |b| {
        b.iter(|| {
            let mut total = NpsAccumulator::new();
            for p in &parts {
                total.merge(p);
            }
            total
        })
    });
    g.finish();
}

fn csat(c: &mut Criterion<Clock>) {
    let scale = Scale::new(1, 5).unwrap();
    let values = common::csat_values(ANSWERS, common::SEED + 2);
    let weights = common::weights(ANSWERS, common::SEED + 3);
    let options = MetricOptions::default();
    let mut g = c.benchmark_group("csat");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(ANSWERS as u64));
    g.bench_function("add_10m_unweighted", |b| {
        b.iter(|| {
            let mut acc = CsatAccumulator::new(scale);
            for &v in &values {
                acc.add(i64::from(v), Weight::ONE).unwrap();
            }
            acc.result(&options)
        })
    });
    g.bench_function("add_10m_weighted", |b| {
        b.iter(|| {
            let mut acc = CsatAccumulator::new(scale);
            for (&v, &w) in values.iter().zip(&weights) {
                acc.add(i64::from(v), w).unwrap();
            }
            acc.result(&options)
        })
    });
    let parts: Vec<CsatAccumulator> = values
        .chunks(ANSWERS / PARTS)
        .map(|chunk| {
            let mut acc = CsatAccumulator::new(scale);
            chunk.iter().for_each(|&v| acc.add(i64::from(v), Weight::ONE).unwrap());
            acc
        })
        .collect();
    g.sampling_mode(SamplingMode::Auto);
    g.throughput(Throughput::Elements(PARTS as u64));
    g.bench_function("merge_1000", |b| {
        b.iter(|| {
            let mut total = CsatAccumulator::new(scale);
            for p in &parts {
                total.merge(p).unwrap();
            }
            total
        })
    });
    g.finish();
}

/// CES 2.0 has no accumulator type of its own: a [`Tally`] on the question's scale is its accumulator.
fn ces(c: &mut Criterion<Clock>) {
    let scale = Scale::new(1, 7).unwrap();
    let values = common::ces_values(ANSWERS, common::SEED + 4);
    let weights = common::weights(ANSWERS, common::SEED + 5);
    let options = MetricOptions::default();
    let mut g = c.benchmark_group("ces");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(ANSWERS as u64));
    g.bench_function("add_10m_unweighted", |b| {
        b.iter(|| {
            let mut tally = Tally::new(scale);
            for &v in &values {
                tally.add(i64::from(v), Weight::ONE).unwrap();
            }
            ces_from_tally(&tally, &options)
        })
    });
    g.bench_function("add_10m_weighted", |b| {
        b.iter(|| {
            let mut tally = Tally::new(scale);
            for (&v, &w) in values.iter().zip(&weights) {
                tally.add(i64::from(v), w).unwrap();
            }
            ces_from_tally(&tally, &options)
        })
    });
    let parts: Vec<Tally> = values
        .chunks(ANSWERS / PARTS)
        .map(|chunk| {
            let mut tally = Tally::new(scale);
            chunk.iter().for_each(|&v| tally.add(i64::from(v), Weight::ONE).unwrap());
            tally
        })
        .collect();
    g.sampling_mode(SamplingMode::Auto);
    g.throughput(Throughput::Elements(PARTS as u64));
    g.bench_function("merge_1000", |b| {
        b.iter(|| {
            let mut total = Tally::new(scale);
            for p in &parts {
                total.merge(p).unwrap();
            }
            total
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = clock::criterion(Duration::from_secs(3));
    targets = nps, csat, ces
}
criterion_main!(benches);
