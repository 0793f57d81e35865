//! The clock the benchmarks read, and their criterion settings.
//!
//! By default criterion's wall clock. With `OES_BENCH_CLOCK=cpu`, the time the benchmark thread spent on a CPU
//! (Linux, `/proc/thread-self/schedstat`): on a shared machine it leaves out the time spent waiting for a core, which
//! otherwise inflates every figure by the machine's load. The kernel brings that counter up to date at context
//! switches and scheduler ticks, so it is good to a few milliseconds per sample; every sample here is tens of
//! milliseconds or more. It counts one thread only, so benchmarks that spawn threads run only with the wall clock.

use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::Criterion;

/// Wall time or this thread's on-CPU time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Elapsed real time (criterion's default).
    Wall,
    /// Time this thread ran on a CPU.
    ThreadCpu,
}

/// A reading taken when a sample starts.
pub enum Start {
    /// The instant.
    Wall(Instant),
    /// Nanoseconds on a CPU so far.
    Cpu(u64),
}

impl Clock {
    /// The clock `OES_BENCH_CLOCK` names (`wall`, the default, or `cpu`).
    pub fn from_env() -> Clock {
        match std::env::var("OES_BENCH_CLOCK").as_deref() {
            Err(_) | Ok("" | "wall") => Clock::Wall,
            Ok("cpu") => {
                assert!(thread_cpu_ns().is_some(), "OES_BENCH_CLOCK=cpu needs Linux's /proc/thread-self/schedstat");
                Clock::ThreadCpu
            }
            Ok(other) => panic!("OES_BENCH_CLOCK must be wall or cpu, not {other:?}"),
        }
    }
}

/// Nanoseconds this thread has run on a CPU.
pub fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

static WALL: WallTime = WallTime;

impl Measurement for Clock {
    type Intermediate = Start;
    type Value = Duration;

    fn start(&self) -> Start {
        match self {
            Clock::Wall => Start::Wall(Instant::now()),
            Clock::ThreadCpu => Start::Cpu(thread_cpu_ns().unwrap_or(0)),
        }
    }
    fn end(&self, start: Start) -> Duration {
        match start {
            Start::Wall(t) => t.elapsed(),
            Start::Cpu(ns) => Duration::from_nanos(thread_cpu_ns().unwrap_or(0).saturating_sub(ns)),
        }
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter() // the same units as the wall clock: seconds
    }
}

/// Criterion with the clock of `OES_BENCH_CLOCK`, 10 samples, a short warm-up and `measurement` per benchmark:
/// enough for loops of 10M answers or 1M responses, and the whole `cargo bench -p oes-benches` stays within minutes
/// on 2 cores.
pub fn criterion(measurement: Duration) -> Criterion<Clock> {
    Criterion::default()
        .with_measurement(Clock::from_env())
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(measurement)
}
