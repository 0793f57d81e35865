//! Counting a column of answers into a [`Tally`]: a NumPy array, an Arrow or JavaScript typed array, a list read by
//! a binding, or `Option<i64>` values. One rule for every front door, and errors that name the index of the first bad
//! value (`invalid scores: 11 at index 3 is off the scale 0-10`).
//!
//! Element rules: [`ColumnItem::Skipped`] (`None`, NaN in a float column) is a question shown and skipped; integers
//! are answers, checked against the scale; floats must be integral; booleans are answers only on the yes/no scale
//! (as 0 and 1): a boolean among NPS scores is an error, not a 0 or a 1.

use super::rating::YES_NO_SCALE;
use super::{Tally, Weight};
use crate::error::{Error, Result};
use crate::survey::Scale;

/// One element of a column, classified.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnItem {
    /// `None`, null or NaN: shown and skipped.
    Skipped,
    /// An integer answer (checked against the scale).
    Int(i64),
    /// A number with a fractional part, or infinite.
    NotInteger(f64),
    /// An integral number beyond the 64-bit integers.
    TooLarge(f64),
    /// A boolean: an answer on the yes/no scale only.
    Bool(bool),
}

/// A value of a column: how it reads as an answer.
pub trait ColumnValue: Copy {
    /// Whether a value of this type can be a skipped answer ([`SKIP`] from [`fast`](ColumnValue::fast)); integers
    /// cannot, so the fast path does not look for one among them.
    const SKIPS: bool = true;

    /// The value, classified.
    fn item(self) -> ColumnItem;

    /// The value as the fast path reads it: the integer of an integer answer, [`SKIP`] for a skipped one, [`BAD`]
    /// for anything else (a boolean, a fraction, an integer at the very bottom of the 64-bit range: none of them is
    /// counted by the fast path, which leaves them to [`item`](ColumnValue::item)).
    #[inline]
    fn fast(self) -> i64 {
        match self.item() {
            ColumnItem::Int(x) if x > SKIP => x,
            ColumnItem::Skipped => SKIP,
            _ => BAD,
        }
    }

    /// How the column counter of short scales reads the value: its slot (its point from `min`, the slot of
    /// skipped answers for a skipped one) and 0, or any slot and 1 where the value is not one counted there. Types
    /// with skipped answers compare each value with the scale's `points`; for integers, 1 says only that the value
    /// is outside the 16 slots from `min` (the counter finds one in a slot past the scale's points by its count).
    /// Not a part of the API: the fast path's own reading, written so that a compiler keeps it in vector registers.
    #[doc(hidden)]
    #[inline(always)]
    fn short_slot(self, min: i64, points: u64) -> (u64, u64) {
        let v = self.fast();
        let s = v.wrapping_sub(min) as u64;
        if Self::SKIPS {
            let skipped = v == SKIP;
            (if skipped { SKIP_SLOT } else { s }, u64::from(!skipped & (s >= points)))
        } else {
            (s, s >> 4)
        }
    }
}

/// The slot of [`nibble_histogram`] that counts skipped answers.
const SKIP_SLOT: u64 = 15;

/// The fast path's mark of a skipped value.
pub const SKIP: i64 = i64::MIN + 1;
/// The fast path's mark of a value it does not count.
pub const BAD: i64 = i64::MIN;

impl ColumnValue for ColumnItem {
    #[inline]
    fn item(self) -> ColumnItem {
        self
    }
}

macro_rules! int_values {
    ($($t:ty),*) => {$(
        impl ColumnValue for $t {
            #[inline]
            fn item(self) -> ColumnItem {
                ColumnItem::Int(i64::from(self))
            }

            const SKIPS: bool = false;

            /// The integer itself: [`SKIP`] and [`BAD`] are off every scale, so the fast path leaves them to the
            /// one-by-one path, which names them.
            #[inline]
            fn fast(self) -> i64 {
                i64::from(self)
            }
        }
    )*};
}
int_values!(i8, i16, i32, i64, u8, u16, u32);

impl ColumnValue for u64 {
    #[inline]
    fn item(self) -> ColumnItem {
        i64::try_from(self).map_or(ColumnItem::TooLarge(self as f64), ColumnItem::Int)
    }
}

impl ColumnValue for bool {
    #[inline]
    fn item(self) -> ColumnItem {
        ColumnItem::Bool(self)
    }
}

impl ColumnValue for f64 {
    #[inline]
    fn fast(self) -> i64 {
        // An integral value in two operations (a value past the 64-bit integers saturates to one that is off any
        // scale, which the one-by-one path then names); NaN is skipped.
        let i = self as i64;
        if i as f64 == self {
            i
        } else if self.is_nan() {
            SKIP
        } else {
            BAD
        }
    }

    /// In floating point throughout, with no conversion to an integer (which vector instructions do not do with
    /// Rust's saturating rules): `s = self - min` is a point when it is integral (`s + 2^52`, rounded to an integer,
    /// is `s` again) and from 0 below `points`, and the low bits of `s + 2^52` are then `s`. NaN is skipped.
    #[inline(always)]
    fn short_slot(self, min: i64, points: u64) -> (u64, u64) {
        const TWO_52: f64 = 4_503_599_627_370_496.0;
        let s = self - min as f64;
        let rounded = s + TWO_52;
        let on = s >= 0.0 && s < points as f64 && rounded - TWO_52 == s;
        let skipped = self.is_nan();
        let slot = if skipped { SKIP_SLOT } else { rounded.to_bits() & 0xf };
        (slot, u64::from(!(on | skipped)))
    }

    #[inline]
    fn item(self) -> ColumnItem {
        // The common case first, in two comparisons: an integral value well inside the 64-bit integers.
        if self.is_nan() {
            ColumnItem::Skipped
        } else if self.fract() == 0.0 && self.abs() < 9.0e18 {
            ColumnItem::Int(self as i64)
        } else if self.fract() == 0.0 {
            ColumnItem::TooLarge(self)
        } else {
            ColumnItem::NotInteger(self)
        }
    }
}

impl ColumnValue for f32 {
    #[inline]
    fn item(self) -> ColumnItem {
        f64::from(self).item()
    }
}

impl ColumnValue for Option<i64> {
    #[inline]
    fn item(self) -> ColumnItem {
        self.map_or(ColumnItem::Skipped, ColumnItem::Int)
    }
}

impl ColumnValue for Option<bool> {
    #[inline]
    fn item(self) -> ColumnItem {
        self.map_or(ColumnItem::Skipped, ColumnItem::Bool)
    }
}

/// Counts `values` (with parallel `weights`, each a positive finite number; 1 each without) into a new tally on
/// `scale`. Exact; the error names the first bad value or weight by its index. An unweighted column of more than two
/// million values is counted on several threads (one per million values, at most the cores and 8); the sums are
/// integers, so the tally is the same.
///
/// ```
/// use oes_core::metrics::column::tally_column;
/// use oes_core::Scale;
/// let t = tally_column(Scale::NPS, &[10i64, 9, 3], None)?;
/// assert_eq!((t.answered(), t.skipped()), (3, 0));
/// let e = tally_column(Scale::NPS, &[10.0, f64::NAN, 11.0], None).unwrap_err();
/// assert_eq!(e.to_string(), "invalid scores: 11 at index 2 is off the scale 0-10");
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn tally_column<T: ColumnValue + Sync>(scale: Scale, values: &[T], weights: Option<&[f64]>) -> Result<Tally> {
    if weights.is_none() {
        let mut tally = Tally::new(scale);
        if count_unweighted(&mut tally, values).is_ok() {
            return Ok(tally);
        }
        // A value the fast path does not count: the one-by-one path counts the column again (booleans on the yes/no
        // scale), or names the bad value.
    }
    tally_each(scale, values, weights)
}

/// Values counted per block before the block's histograms are added to the tally (small enough that the per-point
/// counts of a block fit in `u32`).
const BLOCK: usize = 1 << 16;

/// The fast path of an unweighted column: its counts per point ([`count_values`]) added to the tally. `Err(())` where
/// a value is not an answer on the scale or skipped (booleans included, which the one-by-one path counts on the
/// yes/no scale); the caller then counts with the one-by-one path, which finds it.
fn count_unweighted<T: ColumnValue + Sync>(tally: &mut Tally, values: &[T]) -> std::result::Result<(), ()> {
    let scale = tally.scale();
    let parts = parts(values.len());
    let (counts, skipped) = if parts > 1 {
        // Large columns on several threads, each counting a contiguous part: the sums are integers, so the tally
        // is the same however the column is cut.
        let size = values.len().div_ceil(parts);
        let results: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = values.chunks(size).map(|part| s.spawn(move || count_values(scale, part))).collect();
            handles.into_iter().map(|h| h.join().unwrap_or(Err(()))).collect()
        });
        let mut counts = vec![0u64; scale.points()];
        let mut skipped = 0u64;
        for r in results {
            let (c, s) = r?;
            counts.iter_mut().zip(&c).for_each(|(a, b)| *a += b);
            skipped += s;
        }
        (counts, skipped)
    } else {
        count_values(scale, values)?
    };
    tally.add_unweighted_counts(&counts, skipped);
    Ok(())
}

/// Values per thread below which a column is counted on one thread.
const PER_THREAD: usize = 1 << 20;

/// How many threads count a column of `n` values: one per million values, at most the cores (and 8); one in
/// WebAssembly, which has no threads.
fn parts(n: usize) -> usize {
    if cfg!(target_arch = "wasm32") || n < 2 * PER_THREAD {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    cores.min(8).min(n / PER_THREAD).max(1)
}

/// The slot of a value in [`histogram`]'s tables: its point, `k` for a skipped one, or `usize::MAX` for one not
/// counted there.
#[inline]
fn slot<T: ColumnValue>(min: i64, k: usize, v: i64) -> usize {
    let i = v.wrapping_sub(min) as u64;
    if i < k as u64 {
        i as usize
    } else if T::SKIPS && v == SKIP {
        k
    } else {
        usize::MAX
    }
}

/// Scales of up to this many points (15 for types with skipped answers, whose slot is the last) are counted in 4-bit
/// counters ([`nibble_histogram`]).
const NIBBLE_WIDTH: usize = 16;

/// Values per lane of [`nibble_histogram`], and lanes (32 measured faster than 8 or 16 on AVX2 and AVX-512).
const NIBBLE_ROWS: usize = 15;
const LANES: usize = 32;

/// The counts per point of the values and the number skipped; `Err(())` where a value is not one the fast path
/// counts. Scales of up to [`NIBBLE_WIDTH`] slots (NPS, CSAT, CES) are counted by [`nibble_histogram`], on x86-64
/// with the widest vector instructions the processor has (AVX-512, AVX2, else the baseline's, chosen when called:
/// the code is the same, compiled for each set); longer ones by [`histogram`].
fn count_values<T: ColumnValue>(scale: Scale, values: &[T]) -> std::result::Result<(Vec<u64>, u64), ()> {
    if scale.points() + usize::from(T::SKIPS) > NIBBLE_WIDTH {
        return histogram(scale, values);
    }
    #[cfg(target_arch = "x86_64")]
    {
        pulp::Arch::new().dispatch(Nibbles { scale, values })
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        nibble_histogram(scale, values)
    }
}

/// [`nibble_histogram`] as an operation that `pulp` compiles for each instruction set and calls for the processor's.
#[cfg(target_arch = "x86_64")]
struct Nibbles<'a, T> {
    scale: Scale,
    values: &'a [T],
}

#[cfg(target_arch = "x86_64")]
impl<T: ColumnValue> pulp::WithSimd for Nibbles<'_, T> {
    type Output = std::result::Result<(Vec<u64>, u64), ()>;

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) -> Self::Output {
        nibble_histogram(self.scale, self.values)
    }
}

/// [`histogram`] for scales of up to [`NIBBLE_WIDTH`] slots, written so that the compiler keeps every lane in a
/// vector register: each of [`LANES`] lanes counts its values in the 16 four-bit fields of one `u64` (a value adds
/// `1 << 4 * slot`), 15 values at most; the fields are then added into byte counters (255 at most) and those into
/// the counts. No table in memory, no branch per value: a value not counted here sets `bad`
/// ([`ColumnValue::short_slot`]) or, an integer, lands in a field past the scale's, which is checked once per 15
/// values.
#[inline(always)]
fn nibble_histogram<T: ColumnValue>(scale: Scale, values: &[T]) -> std::result::Result<(Vec<u64>, u64), ()> {
    const LOW_NIBBLES: u64 = 0x0f0f_0f0f_0f0f_0f0f;
    let (min, k) = (scale.min() as i64, scale.points());
    // The fields of slots past the scale's (types with skipped answers compare each value instead).
    let past = if T::SKIPS || k >= NIBBLE_WIDTH { 0 } else { !0u64 << (4 * k) };
    let mut slots = [0u64; NIBBLE_WIDTH];
    let round = NIBBLE_ROWS * LANES;
    // 17 rounds of at most 15 values per lane: at most 255 in a byte counter.
    for part in values.chunks(17 * round) {
        let mut bad = 0u64;
        let mut even = [0u64; LANES];
        let mut odd = [0u64; LANES];
        for values in part.chunks(round) {
            let mut fields = [0u64; LANES];
            let mut count = |fields: &mut [u64; LANES], row: &[T]| {
                for (f, &v) in fields.iter_mut().zip(row) {
                    let (s, off) = v.short_slot(min, k as u64);
                    bad |= off;
                    *f += 1u64.wrapping_shl((s as u32) << 2);
                }
            };
            let mut rows = values.chunks_exact(LANES);
            for row in &mut rows {
                count(&mut fields, row);
            }
            // A short round (the last) has fewer than 15 rows, so a lane takes one more value.
            count(&mut fields, rows.remainder());
            for ((f, e), o) in fields.iter().zip(&mut even).zip(&mut odd) {
                bad |= f & past;
                *e += f & LOW_NIBBLES;
                *o += (f >> 4) & LOW_NIBBLES;
            }
        }
        if bad != 0 {
            return Err(());
        }
        for (e, o) in even.iter().zip(&odd) {
            for byte in 0..8 {
                slots[2 * byte] += (e >> (8 * byte)) & 0xff;
                slots[2 * byte + 1] += (o >> (8 * byte)) & 0xff;
            }
        }
    }
    let skipped = if T::SKIPS { slots[SKIP_SLOT as usize] } else { 0 };
    Ok((slots[..k].to_vec(), skipped))
}

/// The counts per point of the values and the number skipped; `Err(())` at the first value the fast path does not
/// count. For scales longer than [`nibble_histogram`] takes: each value counted in one of four interleaved tables of
/// the scale's slots (independent increments, which the processor overlaps), added up once per block.
fn histogram<T: ColumnValue>(scale: Scale, values: &[T]) -> std::result::Result<(Vec<u64>, u64), ()> {
    let (min, k) = (scale.min() as i64, scale.points());
    // Slot k counts skipped answers.
    let width = k + 1;
    let mut lanes = vec![0u32; 4 * width];
    let mut slots = vec![0u64; width];
    for block in values.chunks(BLOCK) {
        let mut groups = block.chunks_exact(4);
        for q in &mut groups {
            let s: [usize; 4] = std::array::from_fn(|j| slot::<T>(min, k, q[j].fast()));
            // Slots are below width unless one is usize::MAX, which their OR is then too.
            if s.iter().fold(0, |a, &b| a | b) == usize::MAX {
                return Err(());
            }
            lanes[s[0]] += 1;
            lanes[width + s[1]] += 1;
            lanes[2 * width + s[2]] += 1;
            lanes[3 * width + s[3]] += 1;
        }
        for v in groups.remainder() {
            match slot::<T>(min, k, v.fast()) {
                usize::MAX => return Err(()),
                s => slots[s] += 1,
            }
        }
        for (slot, n) in slots.iter_mut().enumerate() {
            *n += (0..4).map(|lane| u64::from(lanes[lane * width + slot])).sum::<u64>();
        }
        lanes.iter_mut().for_each(|c| *c = 0);
    }
    let skipped = slots.pop().unwrap_or(0);
    Ok((slots, skipped))
}

/// Why a missing (NaN) weight in a column of weights is an error, and what to do instead. Records (JSONL, CSV, a
/// DataFrame row) may leave a response's weight out, and then it counts as 1; a column of weights gives every value
/// its weight, so a gap there is more likely a mistake than a 1.
const MISSING_WEIGHT: &str = "the weight is missing (NaN); a response without a weight counts as 1 in records, but \
     in a column of weights say so: fill the gaps with 1 (pandas: weights.fillna(1))";

/// [`tally_column`] one value at a time (the one-shot metric functions count their `Option<i64>` slices so; in
/// WebAssembly this keeps the fast path out of the module).
pub(crate) fn tally_each<T: ColumnValue>(scale: Scale, values: &[T], weights: Option<&[f64]>) -> Result<Tally> {
    let mut tally = Tally::new(scale);
    if let Some(w) = weights {
        if w.len() != values.len() {
            return Err(Error::param(
                "weights",
                format!("{} weights for {} values: the lengths must match", w.len(), values.len()),
            ));
        }
    }
    for (i, v) in values.iter().enumerate() {
        let weight = match weights {
            Some(w) if w[i].is_nan() => return Err(Error::param("weights", format!("at index {i}: {MISSING_WEIGHT}"))),
            Some(w) => Weight::new(w[i]).map_err(|e| Error::param("weights", format!("at index {i}: {e}")))?,
            None => Weight::ONE,
        };
        count(&mut tally, v.item(), weight, i)?;
    }
    Ok(tally)
}

#[inline]
fn count(tally: &mut Tally, item: ColumnItem, weight: Weight, index: usize) -> Result<()> {
    let scale = tally.scale();
    let value = match item {
        ColumnItem::Skipped => {
            tally.add_skipped(weight);
            return Ok(());
        }
        ColumnItem::Int(x) => x,
        ColumnItem::Bool(b) if scale == YES_NO_SCALE => i64::from(b),
        ColumnItem::Bool(b) => {
            let b = if b { "True" } else { "False" };
            return Err(Error::param(
                "scores",
                format!("{b} at index {index} is a boolean, not a score (booleans are yes/no answers)"),
            ));
        }
        ColumnItem::NotInteger(x) => {
            return Err(Error::param("scores", format!("{x} at index {index} is not an integer")));
        }
        ColumnItem::TooLarge(x) => {
            return Err(Error::param("scores", format!("{x:e} at index {index} is beyond the 64-bit integers")));
        }
    };
    if !scale.contains(value) {
        return Err(Error::param("scores", format!("{value} at index {index} is off the scale {scale}")));
    }
    tally.add_index((value - scale.min() as i64) as usize, weight);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn errors_name_the_first_bad_index() {
        let e = |r: Result<Tally>| r.unwrap_err().to_string();
        assert_eq!(e(tally_column(Scale::NPS, &[1.0, 2.5], None)), "invalid scores: 2.5 at index 1 is not an integer");
        assert_eq!(
            e(tally_column(Scale::NPS, &[1e19], None)),
            "invalid scores: 1e19 at index 0 is beyond the 64-bit integers"
        );
        let two_to_63 = 9_223_372_036_854_775_808.0;
        assert_eq!(
            e(tally_column(Scale::NPS, &[two_to_63, -two_to_63], None)),
            "invalid scores: 9.223372036854776e18 at index 0 is beyond the 64-bit integers"
        );
        assert_eq!(
            e(tally_column(Scale::NPS, &[u64::MAX], None)),
            "invalid scores: 1.8446744073709552e19 at index 0 is beyond the 64-bit integers"
        );
        assert_eq!(
            e(tally_column(Scale::NPS, &[true, false], None)),
            "invalid scores: True at index 0 is a boolean, not a score (booleans are yes/no answers)"
        );
        assert_eq!(
            e(tally_column(Scale::NPS, &[1i64, 2], Some(&[1.0]))),
            "invalid weights: 1 weights for 2 values: the lengths must match"
        );
        assert!(
            e(tally_column(Scale::NPS, &[1i64, 2], Some(&[1.0, -1.0]))).starts_with("invalid weights: at index 1: ")
        );
        // The fast path's marks are off the scale, not skipped answers.
        assert_eq!(
            e(tally_column(Scale::NPS, &[5i64, i64::MIN + 1], None)),
            "invalid scores: -9223372036854775807 at index 1 is off the scale 0-10"
        );
        let yes = tally_column(YES_NO_SCALE, &[true, false, true], None).unwrap();
        assert_eq!((yes.answered(), yes.counts().to_vec()), (3, vec![1, 2]));
    }

    #[test]
    fn a_large_column_counted_on_several_threads_is_counted_exactly() {
        // Past two million values the column is cut in parts counted on threads (when the machine has two cores).
        let n = 3 * PER_THREAD + 12_345;
        let values: Vec<f64> = (0..n).map(|i| if i % 97 == 0 { f64::NAN } else { ((i * 7919) % 11) as f64 }).collect();
        let fast = tally_column(Scale::NPS, &values, None).unwrap();
        assert_eq!(fast, tally_each(Scale::NPS, &values, None).unwrap());
        assert_eq!(fast.answered() + fast.skipped(), n as u64);
        // A bad value in the last part is found and named.
        let mut bad = values;
        bad[n - 3] = 11.0;
        let e = tally_column(Scale::NPS, &bad, None).unwrap_err().to_string();
        assert_eq!(e, format!("invalid scores: 11 at index {} is off the scale 0-10", n - 3));
    }

    #[test]
    fn long_runs_of_one_value_count_exactly_in_four_bit_fields() {
        // Each lane's 4-bit field takes 15 values, each byte counter 255: runs of one value past both (and the
        // lengths around a round of 15 values per lane and a part of 17 rounds, for 32 lanes and fewer) must carry
        // into the counts, not wrap.
        for n in [0, 1, 15, 16, 31, 32, 239, 240, 241, 479, 480, 481, 4079, 4080, 4081, 8159, 8160, 8161, 70_001] {
            for value in [0i64, 10] {
                let column = vec![value; n];
                let tally = tally_column(Scale::NPS, &column, None).unwrap();
                assert_eq!(tally, tally_each(Scale::NPS, &column, None).unwrap(), "{n} x {value}");
                assert_eq!(tally.counts()[value as usize], n as u64);
                let bytes: Vec<u8> = column.iter().map(|&v| v as u8).collect();
                assert_eq!(tally_column(Scale::NPS, &bytes, None).unwrap(), tally);
            }
            let skipped = vec![f64::NAN; n];
            let tally = tally_column(Scale::NPS, &skipped, None).unwrap();
            assert_eq!((tally.answered(), tally.skipped()), (0, n as u64));
        }
    }

    #[test]
    fn a_value_just_past_the_fields_of_the_scale_is_named() {
        // 11-15 land in 4-bit fields past the NPS scale's, 16 and more set the bad bit, negative values wrap far
        // past: each is found wherever it is in a long column, and named by the one-by-one path.
        let n = 10_000;
        for bad in [11i64, 15, 16, 17, -1, i64::MIN, i64::MAX] {
            for at in [0, 1, 239, 240, 479, 480, 4079, 4080, 8159, 8160, n - 1] {
                let mut column: Vec<i64> = (0..n).map(|i| (i % 11) as i64).collect();
                column[at] = bad;
                let e = tally_column(Scale::NPS, &column, None).unwrap_err().to_string();
                assert_eq!(e, format!("invalid scores: {bad} at index {at} is off the scale 0-10"));
                let floats: Vec<f64> = column.iter().map(|&v| v as f64).collect();
                assert!(tally_column(Scale::NPS, &floats, None).is_err(), "{bad} at {at}");
            }
        }
        // On a 1-5 scale a 0 is below it: its slot wraps past the fields too.
        let mut csat: Vec<i32> = (0..3000).map(|i| 1 + i % 5).collect();
        csat[2500] = 0;
        let e = tally_column(Scale::new(1, 5).unwrap(), &csat, None).unwrap_err().to_string();
        assert_eq!(e, "invalid scores: 0 at index 2500 is off the scale 1-5");
    }

    /// The column's tally on the NPS scale equals counting its values one by one (the same tally, or the same error).
    fn fast_is_one_by_one<T: ColumnValue + Sync + std::fmt::Debug>(values: &[T]) -> Result<(), TestCaseError> {
        fast_is_one_by_one_on(Scale::NPS, values)
    }

    /// [`fast_is_one_by_one`] on any scale.
    fn fast_is_one_by_one_on<T: ColumnValue + Sync + std::fmt::Debug>(
        scale: Scale,
        values: &[T],
    ) -> Result<(), TestCaseError> {
        let one_by_one = || -> Result<Tally> {
            let mut t = Tally::new(scale);
            for (i, v) in values.iter().enumerate() {
                count(&mut t, v.item(), Weight::ONE, i)?;
            }
            Ok(t)
        };
        match (tally_column(scale, values, None), one_by_one()) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
        }
        Ok(())
    }

    proptest! {
        /// Plain integer columns, whose fast path does not look for skipped answers: the extremes of the 64-bit
        /// integers (the fast path's own marks among them) are off the scale, as one by one.
        #[test]
        fn integer_columns_count_as_one_by_one(values in proptest::collection::vec(
            prop_oneof![
                20 => -1i64..=11,
                1 => Just(i64::MIN),
                1 => Just(i64::MIN + 1),
                1 => Just(i64::MAX),
                1 => any::<i64>(),
            ], 0..300)) {
            fast_is_one_by_one(&values)?;
        }

        /// The fast unweighted path counts exactly what the one-by-one path counts, and fails where it fails with
        /// the same error.
        #[test]
        fn the_fast_path_is_the_one_by_one_path(values in proptest::collection::vec(
            prop_oneof![8 => (-1i64..=11).prop_map(Some), 1 => Just(None)], 0..300)) {
            fast_is_one_by_one(&values)?;
        }

        /// Scales of every width, counted in 4-bit counters (up to 15 or 16 points) or in tables (longer ones), with
        /// skipped answers and sometimes one value off the scale, count as one by one.
        #[test]
        fn every_scale_counts_as_one_by_one(
            min in -5i32..5,
            span in prop_oneof![Just(1), Just(4), Just(10), Just(29), Just(30), Just(31), Just(50), Just(1000)],
            picks in proptest::collection::vec((0i32..1001, 0u8..10), 0..300),
            off in proptest::option::weighted(0.2, (0usize..300, any::<bool>())),
        ) {
            let scale = Scale::new(min, min + span).unwrap();
            let mut values: Vec<f64> =
                picks.iter().map(|&(p, kind)| if kind == 0 { f64::NAN } else { f64::from(min + p % (span + 1)) }).collect();
            if let Some((at, above)) = off {
                let v = if above { min + span + 1 } else { min - 1 };
                values.insert(at.min(values.len()), f64::from(v));
            }
            fast_is_one_by_one_on(scale, &values)?;
            let ints: Vec<i64> = values.iter().filter(|v| !v.is_nan()).map(|&v| v as i64).collect();
            fast_is_one_by_one_on(scale, &ints)?;
        }

        /// Long columns (several rounds of 15 values per lane and parts of 17 rounds), with skipped answers and
        /// sometimes one value off the scale, count as one by one on the short scales that 4-bit fields count.
        #[test]
        fn long_columns_count_as_one_by_one(
            span in prop_oneof![Just(1), Just(4), Just(6), Just(10), Just(14), Just(15)],
            picks in proptest::collection::vec((0i32..16, 0u8..20), 0..10_000),
            off in proptest::option::weighted(0.3, (0usize..10_000, -20i32..40)),
        ) {
            let scale = Scale::new(1, 1 + span).unwrap();
            let mut values: Vec<f64> =
                picks.iter().map(|&(p, kind)| if kind == 0 { f64::NAN } else { f64::from(1 + p % (span + 1)) }).collect();
            if let Some((at, v)) = off {
                values.insert(at.min(values.len()), f64::from(v));
            }
            fast_is_one_by_one_on(scale, &values)?;
            let ints: Vec<i16> = values.iter().filter(|v| !v.is_nan()).map(|&v| v as i16).collect();
            fast_is_one_by_one_on(scale, &ints)?;
            // The same code compiled for the processors without the vector instructions (and other architectures)
            // counts as the code chosen at run time.
            if scale.points() < NIBBLE_WIDTH {
                prop_assert_eq!(nibble_histogram(scale, &values), count_values(scale, &values));
            }
            prop_assert_eq!(nibble_histogram(scale, &ints), count_values(scale, &ints));
        }

        /// Float columns of points, NaN and -0.0, long enough for the vector path, with sometimes one value near or
        /// far from the scale (fractions just off a point, the points just past it, infinities, huge and tiny
        /// values) count as one by one.
        #[test]
        fn floats_near_the_scale_count_as_one_by_one(
            min in -3i32..3,
            picks in proptest::collection::vec((0i32..11, 0u8..20), 0..3000),
            off in proptest::option::weighted(0.7, (0usize..3000, prop_oneof![
                Just(-1.0), Just(11.0), Just(12.0), Just(15.0), Just(16.0), Just(f64::INFINITY),
                Just(f64::NEG_INFINITY), Just(1e-300), Just(-1e-300), Just(4.5e15), Just(9.007_199_254_740_993e15),
                Just(1e300), Just(-1e300), Just(0.5), Just(10.5), Just(1e-9), Just(-1e-9), Just(10.0 - 1e-12),
            ])),
        ) {
            let scale = Scale::new(min, min + 10).unwrap();
            let mut values: Vec<f64> = picks
                .iter()
                .map(|&(p, kind)| match kind {
                    0 => f64::NAN,
                    1 if p == 0 && min == 0 => -0.0,
                    _ => f64::from(min + p),
                })
                .collect();
            if let Some((at, v)) = off {
                values.insert(at.min(values.len()), v + f64::from(min));
            }
            fast_is_one_by_one_on(scale, &values)?;
        }

        /// Every element type counts the same values into the same tally.
        #[test]
        fn element_types_agree(values in proptest::collection::vec(proptest::option::of(0i64..=10), 0..200),
                               weights in proptest::collection::vec(0.001f64..1000.0, 200)) {
            let w = &weights[..values.len()];
            let as_f64: Vec<f64> = values.iter().map(|v| v.map_or(f64::NAN, |x| x as f64)).collect();
            let reference = tally_column(Scale::NPS, &values, Some(w)).unwrap();
            prop_assert_eq!(&tally_column(Scale::NPS, &as_f64, Some(w)).unwrap(), &reference);
            if values.iter().all(Option::is_some) {
                let as_u8: Vec<u8> = values.iter().map(|v| v.unwrap() as u8).collect();
                let as_i32: Vec<i32> = values.iter().map(|v| v.unwrap() as i32).collect();
                prop_assert_eq!(&tally_column(Scale::NPS, &as_u8, Some(w)).unwrap(), &reference);
                prop_assert_eq!(&tally_column(Scale::NPS, &as_i32, Some(w)).unwrap(), &reference);
            }
        }
    }
}
