//! A full report over 1 million in-memory responses of a survey with nps, csat, ces, yes_no, single_choice and text
//! questions, 20 stores and 12 months: `report()` with `by = ["store"]`, `every = month`, and its parts.

#[path = "common/clock.rs"]
mod clock;
mod common;

use std::time::Duration;

use clock::Clock;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use oes_core::{report, Every, ReportAccumulator, ReportOptions};

const RESPONSES: usize = 1_000_000;

fn report_1m(c: &mut Criterion<Clock>) {
    let survey = common::full_survey();
    let responses = common::responses(&survey, RESPONSES, common::SEED);
    let by_store = ReportOptions::default().by(["store"]).every(Every::Month);
    let overall = ReportOptions::default().every(Every::Month);

    let mut g = c.benchmark_group("report_1m");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(RESPONSES as u64));
    g.bench_function("by_store_every_month", |b| b.iter(|| report(&survey, &responses, &by_store).unwrap()));
    // The same without the store groups: what the per-response group key costs.
    g.bench_function("overall_every_month", |b| b.iter(|| report(&survey, &responses, &overall).unwrap()));
    g.bench_function("accumulate_only", |b| {
        b.iter(|| {
            let mut acc = ReportAccumulator::new(survey.clone(), &by_store.grouping).unwrap();
            for r in &responses {
                acc.add(r).unwrap();
            }
            acc
        })
    });
    // The accumulator's use across threads: two halves on the two cores, then one merge (wall clock only: the
    // on-CPU clock would count the calling thread's half alone).
    if Clock::from_env() == Clock::Wall {
        g.bench_function("two_threads_merge", |b| {
            b.iter(|| {
                let (left, right) = responses.split_at(RESPONSES / 2);
                let part = |rs: &[oes_core::Response]| {
                    let mut acc = ReportAccumulator::new(survey.clone(), &by_store.grouping).unwrap();
                    rs.iter().for_each(|r| acc.add(r).unwrap());
                    acc
                };
                let (mut a, b) = std::thread::scope(|s| {
                    let a = s.spawn(|| part(left));
                    let b = part(right);
                    (a.join().unwrap(), b)
                });
                a.merge(&b).unwrap();
                a.finish(&by_store.result).unwrap()
            })
        });
    }
    g.finish();

    let mut acc = ReportAccumulator::new(survey.clone(), &by_store.grouping).unwrap();
    for r in &responses {
        acc.add(r).unwrap();
    }
    let mut g = c.benchmark_group("report_finish");
    g.bench_function("21_groups_12_months", |b| b.iter(|| acc.finish(&by_store.result).unwrap()));
    g.bench_function("21_groups_12_months_to_json", |b| b.iter(|| acc.finish(&by_store.result).unwrap().to_json()));
    g.finish();
}

criterion_group! {
    name = benches;
    config = clock::criterion(Duration::from_secs(10));
    targets = report_1m
}
criterion_main!(benches);
