//! The readable table of `oes report`.

use std::fmt::Write;

use oes_core::{Comparison, Report, Survey};

fn signed(x: f64) -> String {
    if x > 0.0 {
        format!("+{x:.1}")
    } else {
        format!("{x:.1}")
    }
}

fn change(c: &Option<Comparison>) -> String {
    match c {
        Some(c) => {
            let diff = if c.metric == "mean" {
                format!("{}{:.2}", if c.diff > 0.0 { "+" } else { "" }, c.diff)
            } else {
                signed(c.diff)
            };
            format!("{diff}{}", if c.significant { " *" } else { "" })
        }
        None => String::new(),
    }
}

/// Text from the input (survey and question ids, options, segment names and values) made safe for a terminal:
/// control characters (escape sequences, line breaks, ...) and the controls of bidirectional text are written as
/// `\u{..}` escapes, as the error messages write them, so no input can move the cursor, recolour the terminal or
/// reorder what is shown.
pub fn safe(text: &str) -> String {
    let bidi =
        |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || bidi(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Renders the report as aligned text tables, one per group.
pub fn render(report: &Report, survey: &Survey) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "survey {}: {} responses{}{}; {:.0}% intervals; {}",
        safe(&report.survey),
        report.respondents,
        if report.by.is_empty() { String::new() } else { format!(", by {}", safe(&report.by.join(", "))) },
        report.every.map_or(String::new(), |e| format!(", every {}", e.as_str())),
        report.confidence * 100.0,
        if report.min_group_size > 1 {
            format!("groups under {} respondents withheld", report.min_group_size)
        } else {
            "no group withheld".to_owned()
        },
    );
    if let Some(reason) = &report.withheld.reason {
        let _ = writeln!(out, "{reason}");
    }
    let _ = writeln!(out, "(* = significant change at the {:.0}% level)", report.confidence * 100.0);
    let header = ["period", "n", "question", "metric", "value", "interval", "vs previous", "vs rest"];
    for group in &report.groups {
        let mut rows: Vec<[String; 8]> = Vec::new();
        for p in &group.periods {
            match &p.questions {
                None => rows.push([
                    p.period.clone(),
                    p.respondents.to_string(),
                    "(withheld)".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]),
                Some(qs) => {
                    if let Some(sup) = &p.support {
                        let h = |x: Option<f64>| x.map_or("-".to_owned(), |v| format!("{v:.1}h"));
                        let within = sup.percent_within_target.map_or("-".to_owned(), |v| format!("{v:.1}%"));
                        rows.push([
                            p.period.clone(),
                            sup.tickets.to_string(),
                            "(tickets)".into(),
                            format!("TTR median / p90; within {}h", sup.target_hours),
                            format!("{} / {}; {within}", h(sup.ttr.median_hours), h(sup.ttr.p90_hours)),
                            sup.ttr.median_ci.map_or(String::new(), |[a, b]| format!("[{a:.1}h, {b:.1}h]")),
                            String::new(),
                            String::new(),
                        ]);
                    }
                    if let Some(o) = &p.oes {
                        let m =
                            |r: &oes_core::oes::aggregate::MeanResult| r.mean.map_or("-".into(), |v| format!("{v:.1}"));
                        rows.push([
                            if p.support.is_none() { p.period.clone() } else { String::new() },
                            o.satisfaction.n.to_string(),
                            "(OES)".into(),
                            "satisfaction / recommendation / ease / loyalty".into(),
                            format!(
                                "{} / {} / {} / {}",
                                m(&o.satisfaction),
                                m(&o.recommendation),
                                m(&o.ease),
                                m(&o.loyalty)
                            ),
                            o.satisfaction.ci.map_or(String::new(), |[a, b]| format!("[{a:.1}, {b:.1}]")),
                            String::new(),
                            String::new(),
                        ]);
                    }
                    for (i, q) in qs.0.iter().enumerate() {
                        let oes_core::kind::Summary { label: metric, value, interval: ci, n } = q.metric.summary();
                        let question = survey.question(&q.id).map_or(q.id.clone(), |x| x.id.clone());
                        rows.push([
                            if i == 0 && p.support.is_none() && p.oes.is_none() {
                                p.period.clone()
                            } else {
                                String::new()
                            },
                            n.to_string(),
                            question,
                            metric,
                            value,
                            ci,
                            change(&q.vs_previous),
                            change(&q.vs_rest),
                        ]);
                    }
                }
            }
        }
        let rows: Vec<[String; 8]> = rows.into_iter().map(|row| row.map(|cell| safe(&cell))).collect();
        let _ = writeln!(out, "\n== {} ==", safe(&group.label()));
        let mut widths = header.map(str::len);
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut s = String::new();
            for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
                let pad = w - cell.chars().count();
                if i == 1 {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(cell);
                } else {
                    s.push_str(cell);
                    if i + 1 < cells.len() {
                        s.push_str(&" ".repeat(pad));
                    }
                }
                if i + 1 < cells.len() {
                    s.push_str("  ");
                }
            }
            s.trim_end().to_owned()
        };
        let _ = writeln!(out, "{}", line(&header.map(String::from)));
        for row in &rows {
            let _ = writeln!(out, "{}", line(row));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::safe;

    #[test]
    fn terminal_controls_are_escaped() {
        assert_eq!(safe("Berlin"), "Berlin");
        assert_eq!(safe("Kraków ✓ شیراز"), "Kraków ✓ شیراز");
        assert_eq!(safe("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(safe("two\nlines\r"), "two\\u{a}lines\\u{d}");
        assert_eq!(safe("x\u{202E}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(safe("\u{9b}31m"), "\\u{9b}31m");
    }
}
