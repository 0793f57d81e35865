//! Distributions, intervals and tests.
//!
//! Everything here uses only IEEE arithmetic and the pure-Rust `libm` functions, so results are bit-for-bit the
//! same on every platform (native, Python wheel, WebAssembly).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A confidence level in (0, 1), checked at construction. Default 0.95.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Confidence(f64);

impl Confidence {
    /// A confidence level; errors unless `0 < level < 1`.
    pub fn new(level: f64) -> Result<Self> {
        if level.is_finite() && level > 0.0 && level < 1.0 {
            Ok(Confidence(level))
        } else {
            Err(Error::param("confidence", format!("{level} is not strictly between 0 and 1 (e.g. 0.95)")))
        }
    }

    /// The level, e.g. 0.95.
    pub fn level(self) -> f64 {
        self.0
    }

    /// The two-sided normal quantile `z = Φ⁻¹((1 + level) / 2)`.
    pub fn z(self) -> f64 {
        normal_quantile(0.5 + self.0 / 2.0)
    }

    /// The two-sided Student t quantile with `df` degrees of freedom.
    pub fn t(self, df: f64) -> f64 {
        // A report asks for the same quantile several times (a cell's mean interval, then each comparison of the
        // cell): the last few are remembered per thread. The function is pure, so the value is the same bits.
        thread_local! {
            static RECENT: std::cell::RefCell<Vec<((u64, u64), f64)>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        const KEPT: usize = 64;
        let key = (self.0.to_bits(), df.to_bits());
        if let Some(t) = RECENT.with_borrow(|r| r.iter().find(|(k, _)| *k == key).map(|&(_, t)| t)) {
            return t;
        }
        let t = t_quantile(0.5 + self.0 / 2.0, df);
        RECENT.with_borrow_mut(|r| {
            if r.len() == KEPT {
                r.remove(0);
            }
            r.push((key, t));
        });
        t
    }

    /// The significance level `1 - level` used to call a difference significant.
    pub fn alpha(self) -> f64 {
        1.0 - self.0
    }
}

impl Default for Confidence {
    fn default() -> Self {
        Confidence(0.95)
    }
}

impl TryFrom<f64> for Confidence {
    type Error = Error;
    fn try_from(v: f64) -> Result<Self> {
        Confidence::new(v)
    }
}

impl From<Confidence> for f64 {
    fn from(c: Confidence) -> f64 {
        c.0
    }
}

/// The standard normal distribution function Φ(x).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// Two-sided p-value of a standard normal statistic: `2 (1 - Φ(|z|))`.
pub fn normal_two_sided_p(z: f64) -> f64 {
    libm::erfc(z.abs() / std::f64::consts::SQRT_2)
}

/// The standard normal quantile Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16, about 1e-16 relative accuracy),
/// the algorithm behind R's `qnorm`. Returns ±∞ at 0 and 1 and NaN outside [0, 1].
#[allow(clippy::excessive_precision)] // the published coefficients, digit for digit
pub fn normal_quantile(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q
            * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457)
                * r
                + 13731.693765509461125)
                * r
                + 1971.5909503065514427)
                * r
                + 133.14166789178437745)
                * r
                + 3.387132872796366608)
            / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867)
                * r
                + 5394.1960214247511077)
                * r
                + 687.1870074920579083)
                * r
                + 42.313330701600911252)
                * r
                + 1.0);
    }
    let mut r = if q < 0.0 { p } else { 1.0 - p };
    r = libm::sqrt(-libm::log(r));
    let val = if r <= 5.0 {
        r -= 1.6;
        (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
            + 1.27045825245236838258)
            * r
            + 3.64784832476320460504)
            * r
            + 5.7694972214606914055)
            * r
            + 4.6303378461565452959)
            * r
            + 1.42343711074968357734)
            / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                + 0.14810397642748007459)
                * r
                + 0.68976733498510000455)
                * r
                + 1.6763848301838038494)
                * r
                + 2.05319162663775882187)
                * r
                + 1.0)
    } else {
        r -= 5.0;
        (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
            + 0.026532189526576123093)
            * r
            + 0.29656057182850489123)
            * r
            + 1.7848265399172913358)
            * r
            + 5.4637849111641143699)
            * r
            + 6.6579046435011037772)
            / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                + 7.868691311456132591e-4)
                * r
                + 0.0148753612908506148525)
                * r
                + 0.13692988092273580531)
                * r
                + 0.59983220655588793769)
                * r
                + 1.0)
    };
    if q < 0.0 {
        -val
    } else {
        val
    }
}

/// The regularised incomplete beta function I_x(a, b) (continued fraction, modified Lentz).
pub fn incomplete_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = libm::lgamma(a + b) - libm::lgamma(a) - libm::lgamma(b) + a * libm::log(x) + b * libm::log1p(-x);
    let front = libm::exp(ln_front);
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_continued_fraction(x, a, b) / a
    } else {
        1.0 - front * beta_continued_fraction(1.0 - x, b, a) / b
    }
}

fn beta_continued_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let floor = |v: f64| if v.abs() < TINY { TINY } else { v };
    // One step of the modified Lentz algorithm: the factor that multiplies the running value.
    let step = |aa: f64, c: &mut f64, d: &mut f64| {
        *d = 1.0 / floor(1.0 + aa * *d);
        *c = floor(1.0 + aa / *c);
        *d * *c
    };
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 / floor(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=10_000 {
        let m = m as f64;
        let m2 = 2.0 * m;
        h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)), &mut c, &mut d);
        let del = step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), &mut c, &mut d);
        h *= del;
        if (del - 1.0).abs() < 1e-16 {
            break;
        }
    }
    h
}

/// Student's t distribution function with `df > 0` degrees of freedom (real-valued df allowed).
pub fn t_cdf(t: f64, df: f64) -> f64 {
    if t.is_nan() || df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if t.is_infinite() {
        return if t > 0.0 { 1.0 } else { 0.0 };
    }
    let tail = 0.5 * incomplete_beta(df / (df + t * t), df / 2.0, 0.5);
    if t > 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

/// Two-sided p-value of a t statistic.
pub fn t_two_sided_p(t: f64, df: f64) -> f64 {
    if t.is_infinite() {
        return 0.0;
    }
    incomplete_beta(df / (df + t * t), df / 2.0, 0.5)
}

/// Student's t quantile for probability `p` in (0, 1) and `df > 0` (Newton steps from the normal quantile,
/// safeguarded by bisection). It stops at a step below 1e-13 of the quantile: Newton's error after such
/// a step is far smaller, and the distribution function itself is not more exact (the quantile at 4,000 degrees of
/// freedom is 2e-13 relative from mpmath's), so smaller steps only wander within its rounding.
pub fn t_quantile(p: f64, df: f64) -> f64 {
    if p.is_nan() || df.is_nan() || df <= 0.0 || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    if p == 0.5 {
        return 0.0;
    }
    if p < 0.5 {
        return -t_quantile(1.0 - p, df);
    }
    // Upper half: bracket [0, hi] then Newton with bisection fallback.
    let mut lo = 0.0;
    let z = normal_quantile(p);
    let mut hi = z.max(1.0);
    // The distribution function at the first end tried, which is where Newton starts when z >= 1 (computed once).
    let mut first: Option<(f64, f64)> = None;
    loop {
        let cdf = t_cdf(hi, df);
        first.get_or_insert((hi, cdf));
        if cdf >= p {
            break;
        }
        lo = hi;
        hi *= 2.0;
        if hi > 1e300 {
            return f64::INFINITY;
        }
    }
    let mut x = z.clamp(lo, hi);
    let ln_norm = libm::lgamma((df + 1.0) / 2.0) - libm::lgamma(df / 2.0) - 0.5 * libm::log(df * std::f64::consts::PI);
    for _ in 0..200 {
        let cdf = match first.take() {
            Some((at, cdf)) if at == x => cdf,
            _ => t_cdf(x, df),
        };
        let f = cdf - p;
        if f == 0.0 {
            return x;
        }
        if f > 0.0 {
            hi = x;
        } else {
            lo = x;
        }
        let density = libm::exp(ln_norm - (df + 1.0) / 2.0 * libm::log1p(x * x / df));
        let mut next = x - f / density;
        if next <= lo || next >= hi || !next.is_finite() {
            next = 0.5 * (lo + hi);
        }
        if (next - x).abs() <= T_QUANTILE_STEP * x.abs().max(1.0) {
            return next;
        }
        x = next;
    }
    x
}

/// The relative step at which [`t_quantile`] stops.
const T_QUANTILE_STEP: f64 = 1e-13;

/// The Wilson score interval for a share `p` with (effective) sample size `n` at normal quantile `z`.
pub fn wilson(p: f64, n: f64, z: f64) -> (f64, f64) {
    let z2n = z * z / n;
    let denom = 1.0 + z2n;
    let centre = (p + z2n / 2.0) / denom;
    let half = z * libm::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / denom;
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// The names of the tests a [`Comparison`] runs.
#[cfg(feature = "schema")]
fn test_names(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "string", "enum": ["z", "welch_t"], "description": "`\"z\"` or `\"welch_t\"`."})
}

/// The outcome of comparing one figure between two groups.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Which figure is compared (`score`, `percent`, `mean`, `percent_yes`, ...).
    pub metric: String,
    /// First minus second, in the figure's unit.
    pub diff: f64,
    /// Standard error of the difference.
    pub se: f64,
    /// The test statistic (z or Welch's t).
    pub statistic: f64,
    /// `"z"` or `"welch_t"`.
    #[cfg_attr(feature = "schema", schemars(schema_with = "test_names"))]
    pub test: String,
    /// Degrees of freedom of Welch's t test.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub df: Option<f64>,
    /// Two-sided p-value.
    pub p_value: f64,
    /// Whether `p_value < 1 - confidence`.
    pub significant: bool,
    /// Confidence interval of the difference.
    pub ci: [f64; 2],
}

/// A two-sided z test of `diff`, with the standard error used by the test (`se_test`, e.g. pooled) and the one used
/// for the interval (`se_ci`), both in the unit of the difference. `None` when the test's standard error is zero.
pub(crate) fn z_difference(
    metric: &str,
    diff: f64,
    se_test: f64,
    se_ci: f64,
    confidence: Confidence,
) -> Option<Comparison> {
    if se_test.is_nan() || se_test <= 0.0 || !se_test.is_finite() || !diff.is_finite() {
        return None;
    }
    let statistic = diff / se_test;
    let p_value = normal_two_sided_p(statistic);
    let z = confidence.z();
    Some(Comparison {
        metric: metric.to_owned(),
        diff,
        se: se_ci,
        statistic,
        test: "z".into(),
        df: None,
        p_value,
        significant: p_value < confidence.alpha(),
        ci: [diff - z * se_ci, diff + z * se_ci],
    })
}

/// Welch's t test of two means given each side's mean, standard deviation and effective size.
pub(crate) fn welch(
    metric: &str,
    (m1, s1, n1): (f64, f64, f64),
    (m2, s2, n2): (f64, f64, f64),
    confidence: Confidence,
) -> Option<Comparison> {
    if !(n1 > 1.0 && n2 > 1.0) {
        return None;
    }
    let v1 = s1 * s1 / n1;
    let v2 = s2 * s2 / n2;
    let se = libm::sqrt(v1 + v2);
    if se.is_nan() || se <= 0.0 || !se.is_finite() {
        return None;
    }
    let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0));
    let diff = m1 - m2;
    let statistic = diff / se;
    let p_value = t_two_sided_p(statistic, df);
    let t = confidence.t(df);
    Some(Comparison {
        metric: metric.to_owned(),
        diff,
        se,
        statistic,
        test: "welch_t".into(),
        df: Some(df),
        p_value,
        significant: p_value < confidence.alpha(),
        ci: [diff - t * se, diff + t * se],
    })
}

// Trinomial scores (NPS, CES net easy) -----------------------------------------------------------------------------

use crate::metrics::Interval;

/// A trinomial (positive / neutral / negative) score on [-100, 100] with its standard errors and interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Trinomial {
    pub score: f64,
    pub se: f64,
    pub moe: f64,
    pub ci: [f64; 2],
    /// The estimate the interval is centred on (adjusted or raw), in points.
    pub centre: f64,
    /// The standard error of `centre`, in points.
    pub centre_se: f64,
}

pub(crate) fn trinomial(
    pos: u128,
    neg: u128,
    sums: Sums,
    interval: Interval,
    confidence: Confidence,
) -> Option<Trinomial> {
    if sums.n == 0 {
        return None;
    }
    let n = sums.effective_n();
    let p = sums.share(pos);
    let d = sums.share(neg);
    let score = sums.percent_diff(pos, neg);
    let var = |p: f64, d: f64| (p + d - (p - d) * (p - d)).max(0.0);
    let se = 100.0 * libm::sqrt(var(p, d) / n);
    let (centre, centre_se) = match interval {
        Interval::Wald => (score, se),
        Interval::AdjustedWald => {
            let pa = (p * n + 0.75) / (n + 3.0);
            let da = (d * n + 0.75) / (n + 3.0);
            (100.0 * (pa - da), 100.0 * libm::sqrt(var(pa, da) / (n + 3.0)))
        }
    };
    let moe = confidence.z() * centre_se;
    let ci = [(centre - moe).max(-100.0), (centre + moe).min(100.0)];
    Some(Trinomial { score, se, moe, ci, centre, centre_se })
}

/// Compares two trinomial scores by a z test on the interval's centres.
pub(crate) fn compare_trinomial(
    metric: &str,
    a: &Trinomial,
    b: &Trinomial,
    confidence: Confidence,
) -> Option<Comparison> {
    let se = libm::sqrt(a.centre_se * a.centre_se + b.centre_se * b.centre_se);
    z_difference(metric, a.centre - b.centre, se, se, confidence)
}

// Shares and means of tallies -------------------------------------------------------------------------------------

use crate::metrics::{MetricOptions, Sums, Tally};

/// A weighted share with its Wilson interval (in percent).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ShareStats {
    pub percent: Option<f64>,
    pub ci: Option<[f64; 2]>,
    pub moe: Option<f64>,
}

pub(crate) fn share_stats(part: u128, sums: Sums, confidence: Confidence) -> ShareStats {
    if sums.n == 0 {
        return ShareStats { percent: None, ci: None, moe: None };
    }
    let p = sums.share(part);
    let (lo, hi) = wilson(p, sums.effective_n(), confidence.z());
    let z = confidence.z();
    let n = sums.effective_n();
    let half = z * libm::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / (1.0 + z * z / n);
    ShareStats { percent: Some(sums.percent(part)), ci: Some([100.0 * lo, 100.0 * hi]), moe: Some(100.0 * half) }
}

/// Two-proportion z test (pooled variance for the test, unpooled for the interval), in percentage points.
pub(crate) fn compare_shares(
    metric: &str,
    (p1, n1): (f64, f64),
    (p2, n2): (f64, f64),
    confidence: Confidence,
) -> Option<Comparison> {
    if !(n1 > 0.0 && n2 > 0.0) {
        return None;
    }
    let pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    let se_test = libm::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    let se_ci = libm::sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2);
    z_difference(metric, 100.0 * (p1 - p2), 100.0 * se_test, 100.0 * se_ci, confidence)
}

/// The weighted standard deviation (the population variance `var_pop` corrected with Kish's effective n `n_eff > 1`)
/// and the Student t interval of `mean` with `n_eff - 1` degrees of freedom: every mean of the crate (ratings, CSAT,
/// CES, OES) gets its spread and interval here.
pub(crate) fn mean_interval(mean: f64, var_pop: f64, n_eff: f64, confidence: Confidence) -> (f64, [f64; 2]) {
    let sd = sample_sd(var_pop, n_eff);
    let half = confidence.t(n_eff - 1.0) * sd / libm::sqrt(n_eff);
    (sd, [mean - half, mean + half])
}

/// The sample standard deviation from the population variance and the (effective) sample size.
pub(crate) fn sample_sd(var_pop: f64, n_eff: f64) -> f64 {
    libm::sqrt(var_pop * n_eff / (n_eff - 1.0))
}

/// Compares the means of two tallies with Welch's t test.
pub(crate) fn compare_means(a: &Tally, b: &Tally, options: &MetricOptions) -> Option<Comparison> {
    let side = |t: &Tally| {
        let m = t.mean_stats(None);
        Some((m.mean?, m.sd?, m.effective_n))
    };
    welch("mean", side(a)?, side(b)?, options.confidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1.0)
    }

    #[test]
    fn normal_quantile_matches_reference_values() {
        // Values of R's qnorm (equal to SciPy's norm.ppf).
        assert!(close(normal_quantile(0.975), 1.959963984540054, 1e-15));
        assert!(close(normal_quantile(0.995), 2.5758293035489, 1e-13));
        assert!(close(normal_quantile(0.95), 1.6448536269514722, 1e-15));
        assert!(close(normal_quantile(1e-10), -6.361340902404056, 1e-14));
        assert!(close(normal_quantile(0.5), 0.0, 1e-300));
        assert!(normal_quantile(1.5).is_nan());
        for p in [1e-12, 0.001, 0.2, 0.5, 0.7, 0.975, 0.999999] {
            assert!(close(normal_cdf(normal_quantile(p)), p, 1e-13), "{p}");
        }
    }

    /// The remembered quantiles are the computed ones, bit for bit, also after older ones are forgotten.
    #[test]
    fn remembered_t_quantiles_are_the_computed_ones() {
        let levels = [Confidence::new(0.95).unwrap(), Confidence::new(0.9).unwrap()];
        for round in 0..3 {
            for i in 0..150 {
                let df = 1.0 + i as f64 * 7.25;
                let level = levels[(i + round) % 2];
                let expected = t_quantile(0.5 + level.level() / 2.0, df);
                assert_eq!(level.t(df).to_bits(), expected.to_bits(), "df {df}");
            }
        }
    }

    /// The quantile's search without reusing its first evaluation, as it was written before: the same bits.
    #[test]
    fn reusing_the_first_evaluation_changes_no_bit() {
        fn plain(p: f64, df: f64) -> f64 {
            let (mut lo, mut hi) = (0.0, normal_quantile(p).max(1.0));
            while t_cdf(hi, df) < p {
                lo = hi;
                hi *= 2.0;
            }
            let mut x = normal_quantile(p).clamp(lo, hi);
            let ln_norm =
                libm::lgamma((df + 1.0) / 2.0) - libm::lgamma(df / 2.0) - 0.5 * libm::log(df * std::f64::consts::PI);
            for _ in 0..200 {
                let f = t_cdf(x, df) - p;
                if f == 0.0 {
                    return x;
                }
                if f > 0.0 {
                    hi = x;
                } else {
                    lo = x;
                }
                let density = libm::exp(ln_norm - (df + 1.0) / 2.0 * libm::log1p(x * x / df));
                let mut next = x - f / density;
                if next <= lo || next >= hi || !next.is_finite() {
                    next = 0.5 * (lo + hi);
                }
                if (next - x).abs() <= T_QUANTILE_STEP * x.abs().max(1.0) {
                    return next;
                }
                x = next;
            }
            x
        }
        for p in [0.5000001, 0.6, 0.8, 0.8413, 0.9, 0.95, 0.975, 0.995, 0.9995, 1.0 - 1e-9] {
            for i in 0..400 {
                let df = [0.05, 0.5, 1.0, 1.5, 2.0, 3.7][i % 6] * (1.0 + (i / 6) as f64).powf(1.9);
                assert_eq!(t_quantile(p, df).to_bits(), plain(p, df).to_bits(), "p {p} df {df}");
            }
        }
    }

    #[test]
    fn t_distribution_matches_reference_values() {
        // Values of SciPy 1.17 `scipy.stats.t.ppf` / `cdf` / `sf`.
        assert!(close(t_quantile(0.975, 1.0), 12.706204736174694, 1e-12));
        assert!(close(t_quantile(0.975, 9.0), 2.262157162798205, 1e-12));
        assert!(close(t_quantile(0.995, 29.0), 2.756385903670605, 1e-12));
        assert!(close(t_quantile(0.975, 1e6), 1.959966, 1e-6));
        // mpmath 1.3 at 40 digits (the root of its regularised incomplete beta).
        assert!(close(t_quantile(0.975, 1000.0), 1.9623390808264085, 1e-13));
        assert!(close(t_quantile(0.975, 4000.0), 1.9605572287937336, 1e-12));
        assert!(close(t_cdf(2.0, 5.0), 0.9490302605850709, 1e-12));
        assert!(close(t_two_sided_p(2.0, 5.0), 0.10193947882985823, 1e-11));
        assert!(close(t_quantile(0.025, 9.0), -2.262157162798205, 1e-12));
        let fractional = t_quantile(0.975, 2.5);
        assert!(fractional < t_quantile(0.975, 2.0) && fractional > t_quantile(0.975, 3.0));
    }

    #[test]
    fn wilson_reference() {
        // 7 of 10 at 95%: 0.3967781, 0.8922087 (Wilson 1927; e.g. R's prop.test without continuity correction).
        let (lo, hi) = wilson(0.7, 10.0, Confidence::default().z());
        assert!(close(lo, 0.39677815, 1e-7) && close(hi, 0.89220875, 1e-7), "{lo} {hi}");
    }

    #[test]
    fn confidence_is_validated() {
        for bad in [0.0, 1.0, -0.5, 95.0, f64::NAN] {
            assert!(Confidence::new(bad).is_err());
        }
        assert!(close(Confidence::new(0.9).unwrap().z(), 1.6448536269514722, 1e-15));
    }
}
