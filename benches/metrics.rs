//! Accumulating 10 million NPS, CSAT (1-5) and CES (1-7) answers, unweighted and weighted, and merging 1000 partial
//! accumulators. The `baseline_*` functions are not oes: they count the same ratings into bare `[u64; 11]` histograms
//! (one, and four interleaved so that consecutive equal ratings do not wait on each other's store), to show what the
//! exact u128 weight sums cost and what a bulk unweighted `add` could reach; `column_*` is that bulk path
//! (`metrics::column::tally_column`, validating every value against the scale, on two or more threads where the
//! machine has them), and `baseline_i64_sum_10m` sums its int64 column on one thread: what reading those 80 MB costs at
//! the least.

#[path = "common/clock.rs"]
mod clock;
mod common;

use std::hint::black_box;
use std::time::Duration;

use clock::Clock;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput};
use oes_core::metrics::ces::ces_from_tally;
use oes_core::metrics::column::tally_column;
use oes_core::metrics::csat::CsatAccumulator;
use oes_core::metrics::nps::{NpsAccumulator, NpsRating};
use oes_core::metrics::{MetricOptions, Tally, Weight};
use oes_core::Scale;

const ANSWERS: usize = 10_000_000;
const PARTS: usize = 1000;

/// One metric's accumulator: how to make one, add an answer, read the result, merge another (closures, so that each
/// benchmark compiles to the same loop as when written out by hand).
struct Accumulator<New, Add, Result, Merge> {
    new: New,
    add: Add,
    result: Result,
    merge: Merge,
}

/// `add_10m_unweighted`, `add_10m_weighted` (each then the result) and `merge_1000` of partial accumulators, in a
/// group; `extra` adds benchmarks on the same answers before the merge.
fn accumulation<A, V: Copy, R>(
    c: &mut Criterion<Clock>,
    name: &str,
    values: &[V],
    weights: &[Weight],
    acc: Accumulator<impl Fn() -> A, impl Fn(&mut A, V, Weight), impl Fn(&A, &MetricOptions) -> R, impl Fn(&mut A, &A)>,
    extra: impl FnOnce(&mut BenchmarkGroup<'_, Clock>),
) {
    let options = MetricOptions::default();
    let mut g = c.benchmark_group(name);
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(values.len() as u64));
    g.bench_function("add_10m_unweighted", |b| {
        b.iter(|| {
            let mut a = (acc.new)();
            values.iter().for_each(|&v| (acc.add)(&mut a, v, Weight::ONE));
            (acc.result)(&a, &options)
        })
    });
    g.bench_function("add_10m_weighted", |b| {
        b.iter(|| {
            let mut a = (acc.new)();
            values.iter().zip(weights).for_each(|(&v, &w)| (acc.add)(&mut a, v, w));
            (acc.result)(&a, &options)
        })
    });
    extra(&mut g);
    let parts: Vec<A> = values
        .chunks(values.len() / PARTS)
        .map(|chunk| {
            let mut a = (acc.new)();
            chunk.iter().for_each(|&v| (acc.add)(&mut a, v, Weight::ONE));
            a
        })
        .collect();
    g.sampling_mode(SamplingMode::Auto);
    g.throughput(Throughput::Elements(parts.len() as u64));
    g.bench_function("merge_1000", |b| {
        b.iter(|| {
            let mut total = (acc.new)();
            parts.iter().for_each(|p| (acc.merge)(&mut total, p));
            total
        })
    });
    g.finish();
}

fn nps(c: &mut Criterion<Clock>) {
    let ratings = common::nps_ratings(ANSWERS, common::SEED);
    let weights = common::weights(ANSWERS, common::SEED + 1);
    let acc = Accumulator {
        new: NpsAccumulator::new,
        add: |a: &mut NpsAccumulator, r: NpsRating, w: Weight| a.add(r, w),
        result: |a: &NpsAccumulator, o: &MetricOptions| a.result(o),
        merge: |a: &mut NpsAccumulator, b: &NpsAccumulator| a.merge(b).unwrap(),
    };
    let ints: Vec<i64> = ratings.iter().map(|r| i64::from(r.get())).collect();
    let floats: Vec<f64> = ints.iter().map(|&v| v as f64).collect();
    let bytes: Vec<i8> = ints.iter().map(|&v| v as i8).collect();
    accumulation(c, "nps", &ratings, &weights, acc, |g| {
        // The bulk path of a column (what `oes.nps(numpy_array)` runs): validate and count, exactly.
        g.bench_function("column_i64_10m", |b| b.iter(|| tally_column(Scale::NPS, black_box(&ints), None).unwrap()));
        g.bench_function("column_f64_10m", |b| b.iter(|| tally_column(Scale::NPS, black_box(&floats), None).unwrap()));
        g.bench_function("column_i8_10m", |b| b.iter(|| tally_column(Scale::NPS, black_box(&bytes), None).unwrap()));
        g.bench_function("baseline_i64_sum_10m", |b| {
            b.iter(|| black_box(&ints).iter().fold(0i64, |s, &v| s.wrapping_add(v)))
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
    });
}

fn csat(c: &mut Criterion<Clock>) {
    let values = common::csat_values(ANSWERS, common::SEED + 2);
    let weights = common::weights(ANSWERS, common::SEED + 3);
    let acc = Accumulator {
        new: || CsatAccumulator::new(Scale::new(1, 5).unwrap()),
        add: |a: &mut CsatAccumulator, v: u8, w: Weight| a.add(i64::from(v), w).unwrap(),
        result: |a: &CsatAccumulator, o: &MetricOptions| a.result(o),
        merge: |a: &mut CsatAccumulator, b: &CsatAccumulator| a.merge(b).unwrap(),
    };
    accumulation(c, "csat", &values, &weights, acc, |_| {});
}

/// CES 2.0 has no accumulator type of its own: a [`Tally`] on the question's scale is its accumulator.
fn ces(c: &mut Criterion<Clock>) {
    let values = common::ces_values(ANSWERS, common::SEED + 4);
    let weights = common::weights(ANSWERS, common::SEED + 5);
    let acc = Accumulator {
        new: || Tally::new(Scale::new(1, 7).unwrap()),
        add: |t: &mut Tally, v: u8, w: Weight| {
            t.add(i64::from(v), w).unwrap();
        },
        result: |t: &Tally, o: &MetricOptions| ces_from_tally(t, o),
        merge: |t: &mut Tally, b: &Tally| t.merge(b).unwrap(),
    };
    accumulation(c, "ces", &values, &weights, acc, |_| {});
}

criterion_group! {
    name = benches;
    config = clock::criterion(Duration::from_secs(3));
    targets = nps, csat, ces
}
criterion_main!(benches);
