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
    // The bulk path (`report_batch`, what `oes.report` runs on a DataFrame and `oes report` on a CSV chunk): the same
    // responses as columns, the scaled answers as numbers (NaN where missing), the others coded by distinct cell.
    let ids: Vec<String> = responses.iter().map(|r| r.id().to_owned()).collect();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let times: Vec<oes_core::Timestamp> = responses.iter().map(|r| r.submitted_at()).collect();
    let mut stores = oes_core::report::Interner::default();
    let store_codes: Vec<u32> =
        responses.iter().map(|r| r.segment("store").map_or(oes_core::report::MISSING, |s| stores.code(s))).collect();
    let store_labels: Vec<Option<String>> = stores.values().iter().cloned().map(Some).collect();
    let mut numbers: Vec<(usize, Vec<f64>)> = Vec::new();
    let mut coded: Vec<(usize, Vec<u32>, Vec<serde_json::Value>)> = Vec::new();
    for (q, question) in survey.questions().iter().enumerate() {
        let cells = responses.iter().map(|r| r.answers()[q].as_ref().map(|a| a.to_value(question)));
        if question.kind.is_scaled() {
            numbers.push((q, cells.map(|c| c.and_then(|v| v.as_f64()).unwrap_or(f64::NAN)).collect()));
        } else {
            let (mut codes, mut values) = (Vec::new(), Vec::<serde_json::Value>::new());
            for c in cells {
                codes.push(match c {
                    None | Some(serde_json::Value::Null) => oes_core::report::MISSING,
                    Some(v) => match values.iter().position(|w| *w == v) {
                        Some(i) => i as u32,
                        None => {
                            values.push(v);
                            values.len() as u32 - 1
                        }
                    },
                });
            }
            coded.push((q, codes, values));
        }
    }
    let batch = oes_core::report::Batch {
        rows: RESPONSES,
        ids: oes_core::report::Ids::Text(&id_refs),
        times: oes_core::report::Times::At(&times),
        weights: None,
        segments: vec![oes_core::report::Segment { name: "store", codes: &store_codes, labels: &store_labels }],
        answers: numbers
            .iter()
            .map(|(q, v)| (*q, oes_core::report::AnswerCells::Float(v)))
            .chain(coded.iter().map(|(q, codes, values)| (*q, oes_core::report::AnswerCells::Coded { codes, values })))
            .collect(),
    };
    // (A table has no "shown and skipped": a skipped answer is a missing cell here, so the figures differ from the
    // responses' in their skipped counts; the bulk path's equality with the row reader is property-tested in oes-core.)
    let bulk = oes_core::report::report_batch(&survey, &batch, &by_store).unwrap().expect("every row is valid");
    assert_eq!(bulk.respondents, RESPONSES as u64);
    g.bench_function("batch_by_store_every_month", |b| {
        b.iter(|| oes_core::report::report_batch(&survey, &batch, &by_store).unwrap().unwrap())
    });
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
