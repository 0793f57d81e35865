//! RFC 3339 timestamps and calendar buckets (day, ISO week, month, quarter, year), in UTC.
//!
//! Calendar arithmetic uses the proleptic Gregorian algorithms of Howard Hinnant's `chrono`-compatible
//! "days from civil" (<https://howardhinnant.github.io/date_algorithms.html>).

use std::fmt;

use serde::{Deserialize, Serialize};

/// An instant, parsed from RFC 3339 (`2025-01-14T09:30:00Z`, `2025-01-14T10:30:00.5+01:00`).
///
/// Ordering and equality are by instant; the offset it was written with is kept for display.
#[derive(Debug, Clone, Copy)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
    offset_minutes: i16,
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        (self.secs, self.nanos) == (other.secs, other.nanos)
    }
}
impl Eq for Timestamp {}
impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.secs, self.nanos).cmp(&(other.secs, other.nanos))
    }
}

impl Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.secs
    }

    /// A UTC timestamp from seconds since the Unix epoch.
    pub fn from_unix_seconds(secs: i64) -> Timestamp {
        Timestamp { secs, nanos: 0, offset_minutes: 0 }
    }

    /// A UTC timestamp from a count of `per_second` ticks since the Unix epoch (`per_second` 1, 1,000, 1,000,000 or
    /// 1,000,000,000: Arrow's and pandas' time units); `None` outside the years 0000-9999 that RFC 3339 text can
    /// write (and the text reader reads), or for another `per_second`.
    pub fn from_unix_ticks(ticks: i64, per_second: i64) -> Option<Timestamp> {
        if ![1, 1_000, 1_000_000, 1_000_000_000].contains(&per_second) {
            return None;
        }
        let secs = ticks.div_euclid(per_second);
        let nanos = (ticks.rem_euclid(per_second) * (1_000_000_000 / per_second)) as u32;
        let first = days_from_civil(0, 1, 1) * 86_400;
        let last = days_from_civil(9999, 12, 31) * 86_400 + 86_399;
        (first..=last).contains(&secs).then_some(Timestamp { secs, nanos, offset_minutes: 0 })
    }

    /// A UTC timestamp from nanoseconds since the Unix epoch (the representation of NumPy's, pandas' and Arrow's
    /// `datetime64[ns]`; every such value is within the years 1677-2262).
    pub fn from_unix_nanos(nanos: i64) -> Timestamp {
        Timestamp {
            secs: nanos.div_euclid(1_000_000_000),
            nanos: nanos.rem_euclid(1_000_000_000) as u32,
            offset_minutes: 0,
        }
    }

    /// Days since 1970-01-01 of the UTC date.
    pub fn utc_day(self) -> i64 {
        self.secs.div_euclid(86_400)
    }

    /// Parses RFC 3339. The error says what is wrong.
    pub fn parse(s: &str) -> Result<Timestamp, String> {
        parse(s.as_bytes()).ok_or_else(|| format!("bad timestamp {s:?}: expected RFC 3339 like 2025-01-14T09:30:00Z"))
    }
}

impl std::str::FromStr for Timestamp {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Timestamp::parse(s)
    }
}

fn digits(b: &[u8], n: usize) -> Option<u32> {
    if b.len() < n {
        return None;
    }
    let mut v = 0u32;
    for &c in &b[..n] {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as u32;
    }
    Some(v)
}

fn parse(b: &[u8]) -> Option<Timestamp> {
    // YYYY-MM-DDTHH:MM:SS
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' {
        return None;
    }
    if b[16] != b':' {
        return None;
    }
    let year = digits(b, 4)? as i64;
    let month = digits(&b[5..], 2)?;
    let day = digits(&b[8..], 2)?;
    let hour = digits(&b[11..], 2)?;
    let minute = digits(&b[14..], 2)?;
    let second = digits(&b[17..], 2)?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if rest.first() == Some(&b'.') {
        rest = &rest[1..];
        let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        for (i, &c) in rest[..n].iter().enumerate() {
            if i < 9 {
                nanos += (c - b'0') as u32 * 10u32.pow(8 - i as u32);
            }
        }
        rest = &rest[n..];
    }
    let offset_minutes: i32 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let h = digits(&[*h1, *h2], 2)? as i32;
            let m = digits(&[*m1, *m2], 2)? as i32;
            if h > 23 || m > 59 {
                return None;
            }
            if *sign == b'-' {
                -(h * 60 + m)
            } else {
                h * 60 + m
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let local = days * 86_400 + hour as i64 * 3600 + minute as i64 * 60 + second as i64;
    Some(Timestamp { secs: local - offset_minutes as i64 * 60, nanos, offset_minutes: offset_minutes as i16 })
}

impl fmt::Display for Timestamp {
    /// RFC 3339 with the offset the timestamp was written with.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.secs + self.offset_minutes as i64 * 60;
        let (y, m, d) = civil_from_days(local.div_euclid(86_400));
        let s = local.rem_euclid(86_400);
        write!(f, "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)?;
        if self.nanos != 0 {
            let frac = format!("{:09}", self.nanos);
            write!(f, ".{}", frac.trim_end_matches('0'))?;
        }
        if self.offset_minutes == 0 {
            f.write_str("Z")
        } else {
            let o = self.offset_minutes.unsigned_abs();
            let sign = if self.offset_minutes < 0 { '-' } else { '+' };
            write!(f, "{sign}{:02}:{:02}", o / 60, o % 60)
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Timestamp::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// The length of a report's time buckets.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Every {
    /// Calendar days (`2025-01-14`).
    Day,
    /// ISO 8601 weeks, Monday to Sunday (`2025-W03`).
    Week,
    /// Calendar months (`2025-01`).
    Month,
    /// Calendar quarters (`2025-Q1`).
    Quarter,
    /// Calendar years (`2025`).
    Year,
}

impl Every {
    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Every::Day => "day",
            Every::Week => "week",
            Every::Month => "month",
            Every::Quarter => "quarter",
            Every::Year => "year",
        }
    }

    /// The bucket index of a UTC day (consecutive buckets have consecutive indices).
    pub fn bucket_of_day(self, day: i64) -> i64 {
        match self {
            Every::Day => day,
            // 1970-01-01 was a Thursday; day + 3 counts from Monday 1969-12-29.
            Every::Week => (day + 3).div_euclid(7),
            Every::Month => {
                let (y, m, _) = civil_from_days(day);
                y * 12 + (m as i64 - 1)
            }
            Every::Quarter => {
                let (y, m, _) = civil_from_days(day);
                y * 4 + (m as i64 - 1) / 3
            }
            Every::Year => civil_from_days(day).0,
        }
    }

    /// The first UTC day of a bucket.
    pub fn bucket_start(self, bucket: i64) -> i64 {
        match self {
            Every::Day => bucket,
            Every::Week => bucket * 7 - 3,
            Every::Month => days_from_civil(bucket.div_euclid(12), (bucket.rem_euclid(12) + 1) as u32, 1),
            Every::Quarter => days_from_civil(bucket.div_euclid(4), (bucket.rem_euclid(4) * 3 + 1) as u32, 1),
            Every::Year => days_from_civil(bucket, 1, 1),
        }
    }

    /// The label of a bucket: `2025-01-14`, `2025-W03` (ISO week-year), `2025-01`, `2025-Q1`, `2025`.
    pub fn label(self, bucket: i64) -> String {
        match self {
            Every::Day => format_day(bucket),
            Every::Week => {
                // The ISO week-year is the year of the week's Thursday.
                let thursday = bucket * 7;
                let (y, _, _) = civil_from_days(thursday);
                let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
                format!("{y:04}-W{week:02}")
            }
            Every::Month => format!("{:04}-{:02}", bucket.div_euclid(12), bucket.rem_euclid(12) + 1),
            Every::Quarter => format!("{:04}-Q{}", bucket.div_euclid(4), bucket.rem_euclid(4) + 1),
            Every::Year => format!("{bucket:04}"),
        }
    }
}

/// `day`, `week`, `month`, `quarter` or `year`, or `daily`, `weekly`, `monthly`, `quarterly`, `yearly`, in any case.
impl std::str::FromStr for Every {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Every> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "day" | "daily" => Every::Day,
            "week" | "weekly" => Every::Week,
            "month" | "monthly" => Every::Month,
            "quarter" | "quarterly" => Every::Quarter,
            "year" | "yearly" => Every::Year,
            _ => {
                return Err(crate::Error::param(
                    "every",
                    format!("{s:?} is not one of day, week, month, quarter, year (or daily, weekly, ...)"),
                ))
            }
        })
    }
}

/// `YYYY-MM-DD` of a day count.
pub(crate) fn format_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nanoseconds_since_the_epoch_are_utc_instants() {
        assert_eq!(Timestamp::from_unix_nanos(1_500_000_000), Timestamp::parse("1970-01-01T00:00:01.5Z").unwrap());
        let before = Timestamp::from_unix_nanos(-1);
        assert_eq!(before, Timestamp::parse("1969-12-31T23:59:59.999999999Z").unwrap());
        assert_eq!(before.unix_seconds(), -1);
        assert_eq!(Timestamp::from_unix_nanos(i64::MIN).to_string(), "1677-09-21T00:12:43.145224192Z");
        assert_eq!(Timestamp::from_unix_nanos(i64::MAX).to_string(), "2262-04-11T23:47:16.854775807Z");
    }

    #[test]
    fn parses_rfc3339_with_offsets_and_fractions() {
        let a = Timestamp::parse("2025-01-14T09:30:00Z").unwrap();
        let b = Timestamp::parse("2025-01-14T10:30:00+01:00").unwrap();
        let c = Timestamp::parse("2025-01-14T04:00:00.250-05:30").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.unix_seconds(), 1_736_847_000);
        assert_eq!(c.unix_seconds(), a.unix_seconds());
        assert_eq!(b.to_string(), "2025-01-14T10:30:00+01:00");
        assert_eq!(c.to_string(), "2025-01-14T04:00:00.25-05:30");
        assert_eq!(Timestamp::parse("2024-02-29T00:00:00Z").unwrap().utc_day(), 19_782);
    }

    #[test]
    fn rejects_impossible_dates_and_garbage() {
        for s in [
            "2025-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2025-04-31T00:00:00Z",
            "2025-01-01T24:00:00Z",
            "2025-01-01T00:60:00Z",
            "2025-01-01",
            "2025-01-01T00:00:00",
            "2025-01-01T00:00:00+1:00",
            "2025-01-01T00:00:00.Z",
            "yesterday",
            "",
        ] {
            assert!(Timestamp::parse(s).is_err(), "{s}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for day in -800_000..800_000i64 {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }

    #[test]
    fn iso_weeks_match_known_dates() {
        let day = |s: &str| Timestamp::parse(&format!("{s}T12:00:00Z")).unwrap().utc_day();
        let w = |s| Every::Week.label(Every::Week.bucket_of_day(day(s)));
        assert_eq!(w("2025-01-01"), "2025-W01"); // a Wednesday
        assert_eq!(w("2024-12-30"), "2025-W01"); // Monday of ISO week 2025-W01
        assert_eq!(w("2024-12-29"), "2024-W52");
        assert_eq!(w("2021-01-03"), "2020-W53");
        assert_eq!(w("2026-12-31"), "2026-W53");
        assert_eq!(format_day(Every::Week.bucket_start(Every::Week.bucket_of_day(day("2025-01-16")))), "2025-01-13");
    }

    #[test]
    fn ticks_of_every_unit_are_the_instants_text_writes() {
        for (ticks, per_second, text) in [
            (1_736_847_000i64, 1i64, "2025-01-14T09:30:00Z"),
            (1_736_847_000_500, 1_000, "2025-01-14T09:30:00.5Z"),
            (-1, 1_000_000, "1969-12-31T23:59:59.999999Z"),
            (-1, 1_000_000_000, "1969-12-31T23:59:59.999999999Z"),
            (32_503_680_000, 1, "3000-01-01T00:00:00Z"),
            (32_503_680_000_000_000, 1_000_000, "3000-01-01T00:00:00Z"),
        ] {
            assert_eq!(Timestamp::from_unix_ticks(ticks, per_second), Timestamp::parse(text).ok(), "{text}");
        }
        // The years RFC 3339 text can write, and no further.
        let first = Timestamp::parse("0000-01-01T00:00:00Z").unwrap().unix_seconds();
        let last = Timestamp::parse("9999-12-31T23:59:59Z").unwrap().unix_seconds();
        assert!(Timestamp::from_unix_ticks(first, 1).is_some() && Timestamp::from_unix_ticks(last, 1).is_some());
        assert_eq!(Timestamp::from_unix_ticks(first - 1, 1), None);
        assert_eq!(Timestamp::from_unix_ticks(last + 1, 1), None);
        assert_eq!(Timestamp::from_unix_ticks(i64::MAX, 1), None);
        assert_eq!(Timestamp::from_unix_ticks(i64::MIN, 1_000), None);
        assert_eq!(Timestamp::from_unix_ticks(5, 60), None);
    }

    #[test]
    fn months_quarters_years() {
        let d = Timestamp::parse("2025-08-31T23:59:59Z").unwrap().utc_day();
        assert_eq!(Every::Month.label(Every::Month.bucket_of_day(d)), "2025-08");
        assert_eq!(Every::Quarter.label(Every::Quarter.bucket_of_day(d)), "2025-Q3");
        assert_eq!(Every::Year.label(Every::Year.bucket_of_day(d)), "2025");
        assert_eq!(format_day(Every::Quarter.bucket_start(Every::Quarter.bucket_of_day(d))), "2025-07-01");
        let m = Every::Month.bucket_of_day(d);
        assert_eq!(Every::Month.label(m + 5), "2026-01");
    }
}
