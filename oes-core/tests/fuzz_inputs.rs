//! The fuzz targets' invariants (`fuzz/checks.rs`) in `cargo test`, on stable Rust: every committed seed and every
//! input a fuzz campaign found (`fuzz/seeds/<target>/`, `fuzz/regressions/<target>/`) is replayed, then a few
//! hundred random mutations of the seeds per target (byte flips, quotes, line ends, byte order marks, invalid UTF-8,
//! repeated and cut slices). The long runs are the cargo-fuzz campaigns of `fuzz/README.md`.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

use oes_core::io::{read_jsonl, ReadMode};
use oes_core::ReportAccumulator;
use proptest::prelude::*;

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 7] = [
    ("survey_json", checks::survey_json),
    ("responses_jsonl", checks::responses_jsonl),
    ("responses_csv", checks::responses_csv),
    ("responses_parquet", checks::responses_parquet),
    ("accumulator_json", checks::accumulator_json),
    ("accumulator_split", checks::accumulator_split),
    ("calibration_json", checks::calibration_json),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The files of `fuzz/<folder>/<target>/`, sorted (none when the folder does not exist).
fn files(folder: &str, target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(fuzz_dir().join(folder).join(target)) else { return Vec::new() };
    let mut out: Vec<(PathBuf, Vec<u8>)> =
        entries.map(|e| e.unwrap().path()).map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
    out.sort();
    out
}

/// An accumulator's JSON, the seed of the accumulator target (serialised states are not committed: their format is
/// the code's).
fn accumulator_seed() -> Vec<u8> {
    let survey = checks::survey();
    let jsonl = &files("seeds", "accumulator_split")[0].1;
    let responses = read_jsonl(&survey, &jsonl[..], ReadMode::Strict).unwrap().responses;
    let mut acc = ReportAccumulator::new(survey.clone(), &checks::options().grouping).unwrap();
    acc.add_all(&responses).unwrap();
    serde_json::to_vec(&acc).unwrap()
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = files("seeds", target).into_iter().map(|(_, b)| b).collect();
    if target == "accumulator_json" {
        out.push(accumulator_seed());
    }
    out
}

#[test]
fn every_seed_and_regression_input_keeps_the_invariants() {
    let mut replayed = 0;
    for (target, check) in TARGETS {
        let inputs = seeds(target).into_iter().chain(files("regressions", target).into_iter().map(|(_, b)| b));
        for input in inputs {
            check(&input);
            replayed += 1;
        }
    }
    assert!(replayed >= 10, "the seeds are there ({replayed} replayed)");
}

/// Fragments that reach the parsers' edges.
const TOKENS: [&[u8]; 14] = [
    b"\"",
    b"\"\"",
    b"\n",
    b"\r\n",
    b",",
    b"{",
    b"}",
    b"[",
    b"\xEF\xBB\xBF",
    b"\xFF",
    b"\\u0000",
    b"null",
    b"1e400",
    b"\"nps\":",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, usize),
    Repeat(usize, usize),
    Cut(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(i, t)| Mutation::Insert(i, t)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Repeat(i, n)),
        any::<usize>().prop_map(Mutation::Cut),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match *m {
            Mutation::Flip(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] ^= b;
            }
            Mutation::Flip(..) => {}
            Mutation::Insert(i, t) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, TOKENS[t].iter().copied());
            }
            Mutation::Repeat(i, n) => {
                let i = at(i, bytes.len());
                let end = (i + n).min(bytes.len());
                let slice = bytes[i..end].to_vec();
                bytes.splice(i..i, slice.iter().copied().cycle().take(slice.len() * 3));
            }
            Mutation::Cut(i) => {
                let i = at(i, bytes.len());
                bytes.truncate(i);
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mutated_seeds_keep_the_invariants(
        target in 0..TARGETS.len(),
        seed in any::<usize>(),
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        let (name, check) = TARGETS[target];
        let all = seeds(name);
        let input = mutate(all[seed % all.len()].clone(), &mutations);
        check(&input);
    }
}
