//! The `oes` command on the shipped examples and on bad input.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn oes(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_oes")).args(args).current_dir(root()).output().expect("runs oes")
}

fn report_json(args: &[&str]) -> Value {
    let out = oes(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn json_report_on_the_example() {
    let r = report_json(&[
        "report",
        "--survey",
        "examples/survey.json",
        "--responses",
        "examples/responses.jsonl",
        "--by",
        "store",
        "--every",
        "month",
        "--format",
        "json",
    ]);
    assert_eq!(r["survey"], "retail-cx-2025");
    assert_eq!(r["respondents"], 600);
    let groups = r["groups"].as_array().unwrap();
    assert_eq!(groups[0]["segment"], serde_json::json!({}));
    let stores: Vec<&str> = groups[1..].iter().map(|g| g["segment"]["store"].as_str().unwrap()).collect();
    assert_eq!(stores, ["Athens", "Berlin", "Krakow", "Munich", "Warsaw"]);
    let periods: Vec<&str> =
        groups[0]["periods"].as_array().unwrap().iter().map(|p| p["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    // Every group and period carries the documented keys, and NPS counts add up to n.
    for g in groups {
        for p in g["periods"].as_array().unwrap() {
            if p["withheld"] == true {
                assert!(p.get("questions").is_none());
                continue;
            }
            let nps = &p["questions"]["nps"]["nps"];
            for key in ["score", "promoters", "passives", "detractors", "n", "moe", "ci"] {
                assert!(nps.get(key).is_some(), "missing nps.{key}");
            }
            let sum = nps["promoters"].as_u64().unwrap()
                + nps["passives"].as_u64().unwrap()
                + nps["detractors"].as_u64().unwrap();
            assert_eq!(sum, nps["n"].as_u64().unwrap());
            for key in ["percent", "mean", "n", "ci"] {
                assert!(p["questions"]["csat"]["csat"].get(key).is_some(), "missing csat.{key}");
            }
            for key in ["mean", "percent_agree", "n"] {
                assert!(p["questions"]["ces"]["ces"].get(key).is_some(), "missing ces.{key}");
            }
        }
    }
}

#[test]
fn csv_and_jsonl_give_the_same_report() {
    let args = |file: &'static str| {
        ["report", "--survey", "examples/survey.json", "--responses", file, "--by", "store,channel", "--format", "json"]
    };
    let from_jsonl = report_json(&args("examples/responses.jsonl"));
    let from_csv = report_json(&args("examples/responses.csv"));
    // The CSV export cannot tell "shown and skipped" from "not shown", so compare the figures over answers.
    let strip = |mut v: Value| {
        fn walk(v: &mut Value) {
            match v {
                Value::Object(m) => {
                    m.remove("skipped");
                    m.values_mut().for_each(walk);
                }
                Value::Array(a) => a.iter_mut().for_each(walk),
                _ => {}
            }
        }
        walk(&mut v);
        v
    };
    assert_eq!(strip(from_jsonl), strip(from_csv));
}

#[test]
fn employee_report_withholds_small_groups() {
    let r = report_json(&[
        "report",
        "--survey",
        "examples/employee/survey.json",
        "--responses",
        "examples/employee/responses.jsonl",
        "--by",
        "department",
        "--format",
        "json",
    ]);
    let finance = r["groups"].as_array().unwrap().iter().find(|g| g["segment"]["department"] == "Finance").unwrap();
    let period = &finance["periods"][0];
    assert_eq!(period["withheld"], true);
    assert!(period["reason"].as_str().unwrap().contains("fewer than 5 respondents"));
    assert!(period.get("questions").is_none());
    // The survey says its audience is employees: 5 by default, and the report counts what it withheld.
    assert_eq!((r["min_group_size"].as_u64(), r["withheld"]["rule"].as_str()), (Some(5), Some("audience")));
    assert_eq!((r["withheld"]["periods"].as_u64(), r["withheld"]["of"].as_u64()), (Some(1), Some(6)));

    // The table says it too, in words.
    let table = oes(&[
        "report",
        "--survey",
        "examples/employee/survey.json",
        "--responses",
        "examples/employee/responses.jsonl",
        "--by",
        "department",
        "--format",
        "table",
    ]);
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains(
            "1 of 6 group-periods have fewer than 5 respondents (the default minimum group size of an employee survey)"
        ),
        "{table}"
    );
}

/// A customer survey withholds no group by default; `--min-group-size` still asks for a threshold.
#[test]
fn customer_reports_withhold_nothing_unless_asked() {
    let args = ["report", "--survey", "examples/survey.json", "--responses", "examples/responses.jsonl"];
    let by = ["--by", "store,channel", "--every", "week", "--format", "json"];
    let r = report_json(&[&args[..], &by[..]].concat());
    assert_eq!((r["min_group_size"].as_u64(), r["withheld"]["periods"].as_u64()), (Some(0), Some(0)));
    let periods = r["groups"].as_array().unwrap().iter().flat_map(|g| g["periods"].as_array().unwrap().iter());
    assert!(periods.clone().all(|p| p["withheld"] == false && p.get("questions").is_some()));
    assert!(periods.clone().any(|p| p["respondents"].as_u64() == Some(1)), "a group-period of one respondent is shown");
    let r = report_json(&[&args[..], &by[..], &["--min-group-size", "5"][..]].concat());
    assert_eq!(r["withheld"]["rule"], "options");
    assert!(r["withheld"]["periods"].as_u64().unwrap() > 0);
}

/// `oes report` reads one response at a time; `--unique-ids` skips the duplicate check (and its memory), so a
/// response given twice counts twice, which the default refuses.
#[test]
fn unique_ids_skip_the_duplicate_check() {
    let base = ["report", "--survey", "examples/survey.json", "--by", "store", "--every", "month", "--format", "json"];
    for file in ["examples/responses.jsonl", "examples/responses.csv"] {
        let checked = report_json(&[&base[..], &["--responses", file][..]].concat());
        let trusted = report_json(&[&base[..], &["--responses", file, "--unique-ids"][..]].concat());
        assert_eq!(checked, trusted, "{file}");
    }
    let dir = std::env::temp_dir().join(format!("oes-cli-unique-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let twice = dir.join("twice.jsonl");
    let line = "{\"id\":\"a\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":9}}\n";
    std::fs::write(&twice, line.repeat(2)).unwrap();
    let twice = twice.to_str().unwrap();
    let refused = oes(&["report", "--survey", "examples/survey.json", "--responses", twice, "--format", "json"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("the response id is used twice (first at line 1)"));
    let args = ["report", "--survey", "examples/survey.json", "--responses", twice, "--format", "json", "--unique-ids"];
    assert_eq!(report_json(&args)["respondents"], 2);
    let with_oes = oes(&[&args[..], &["--oes"][..]].concat());
    assert_eq!(with_oes.status.code(), Some(2), "--unique-ids conflicts with --oes");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn table_output_is_readable() {
    let out = oes(&[
        "report",
        "--survey",
        "examples/survey.json",
        "--responses",
        "examples/responses.jsonl",
        "--by",
        "region",
        "--every",
        "quarter",
        "--format",
        "table",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("== region=DACH =="), "{text}");
    assert!(text.contains("2025-Q2"));
    assert!(text.lines().any(|l| l.contains("nps") && l.contains("NPS")));
}

#[test]
fn bad_input_fails_with_a_clear_message() {
    let dir = std::env::temp_dir().join(format!("oes-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"ok\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":9}}\n\
         {\"id\":\"r2\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":12}}\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let out = oes(&["report", "--survey", "examples/survey.json", "--responses", bad, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2 \"r2\", question \"nps\": 12 is off the scale 0-10"), "{err}");

    let out = oes(&["report", "--survey", "examples/survey.json", "--responses", bad, "--format", "json", "--lenient"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("skipped 1 invalid response"));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["respondents"], 1);

    let out =
        oes(&["report", "--survey", "examples/survey.json", "--responses", "examples/responses.jsonl", "--by", "stor"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no response has a segment \"stor\""));

    let out = oes(&["report", "--survey", "missing.json", "--responses", bad]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read missing.json"));

    let out = oes(&[
        "report",
        "--survey",
        "examples/survey.json",
        "--responses",
        "examples/responses.jsonl",
        "--confidence",
        "95",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid confidence"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn support_report_on_the_example() {
    let r = report_json(&[
        "report",
        "--survey",
        "examples/support/survey.json",
        "--responses",
        "examples/support/responses.jsonl",
        "--by",
        "channel",
        "--format",
        "json",
    ]);
    let overall = &r["groups"][0]["periods"][0];
    let support = &overall["support"];
    assert_eq!(support["tickets"], 300);
    assert!(support["ttr"]["median_hours"].as_f64().unwrap() > 0.0);
    assert_eq!(support["ttr"]["exact"], true);
    // In this example, longer waits go with lower satisfaction.
    let corr = &overall["questions"]["csat"]["ttr_correlation"];
    assert!(corr["r"].as_f64().unwrap() < 0.0 && corr["significant"] == true, "{corr}");
}

/// Needs ONNX Runtime (`make test` installs it and sets ORT_DYLIB_PATH).
#[test]
fn score_prints_one_json_line_per_response_and_report_gains_oes() {
    let score = |extra: &[&str]| -> Vec<Value> {
        let args =
            ["score", "--survey", "examples/employee/survey.json", "--responses", "examples/employee/responses.jsonl"];
        let out = oes(&[&args[..], extra].concat());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let lines = score(&[]);
    assert_eq!(lines.len(), 120);
    for l in &lines {
        for p in ["satisfaction", "recommendation", "ease", "loyalty"] {
            let v = l[p].as_f64().unwrap();
            assert!((0.0..=10.0).contains(&v), "{l}");
            assert!(l["confidence"][p].as_f64().is_some());
        }
        assert!(l["reasons"]["answers"].is_array() && l["reasons"]["themes"].is_array());
    }
    assert_eq!(lines[0]["id"], "e001");

    // --clause-themes reads the comments' themes clause by clause too: the scores stay, the themes are read anew
    let by_clause = score(&["--clause-themes"]);
    assert_eq!(by_clause.len(), lines.len());
    let mentions = |ls: &[Value]| ls.iter().map(|l| l["reasons"]["themes"].as_array().unwrap().len()).sum::<usize>();
    for (a, b) in by_clause.iter().zip(&lines) {
        assert_eq!((&a["id"], &a["satisfaction"], &a["confidence"]), (&b["id"], &b["satisfaction"], &b["confidence"]));
    }
    assert_ne!(by_clause, lines);
    assert!(mentions(&by_clause) > 0 && mentions(&lines) > 0);
    // a report shows no themes: it has no such option
    let report = oes(&[
        "report",
        "--survey",
        "examples/survey.json",
        "--responses",
        "examples/responses.jsonl",
        "--clause-themes",
    ]);
    assert!(!report.status.success() && String::from_utf8_lossy(&report.stderr).contains("--clause-themes"));

    let args = [
        "report",
        "--survey",
        "examples/employee/survey.json",
        "--responses",
        "examples/employee/responses.jsonl",
        "--oes",
        "--format",
        "json",
    ];
    let r = report_json(&args);
    let oes = &r["groups"][0]["periods"][0]["oes"];
    assert_eq!(oes["recommendation"]["n"], 120);
    let mean = oes["recommendation"]["mean"].as_f64().unwrap();
    let [lo, hi] = [oes["recommendation"]["ci"][0].as_f64().unwrap(), oes["recommendation"]["ci"][1].as_f64().unwrap()];
    assert!(lo < mean && mean < hi);

    // The responses are read and scored a chunk at a time: chunks of 7 (the last one short) give the same report, but
    // for float rounding in the model's batched products (the scores move by about 1e-7).
    let chunked = report_json(&[&args[..], &["--chunk", "7"][..]].concat());
    let chunked_oes = &chunked["groups"][0]["periods"][0]["oes"];
    for p in ["satisfaction", "recommendation", "ease", "loyalty"] {
        assert_eq!(chunked_oes[p]["n"], oes[p]["n"]);
        let (a, b) = (chunked_oes[p]["mean"].as_f64().unwrap(), oes[p]["mean"].as_f64().unwrap());
        assert!((a - b).abs() < 1e-5, "{p}: {a} vs {b}");
    }
    let without_oes = |mut v: Value| {
        v["groups"][0]["periods"][0].as_object_mut().unwrap().remove("oes");
        v
    };
    assert_eq!(without_oes(chunked.clone()), without_oes(r.clone()));
}

/// `report --oes` and `score` fail on a file's bad row with the read's error before they load the model (here, from a
/// file that does not exist), as the report without the model does.
#[test]
fn a_bad_row_stops_scoring_before_the_model_is_loaded() {
    let dir = TempDir::new("oes-bad-row");
    let lines = "{\"id\":\"a\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":9}}\n\
                 {\"id\":\"b\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":11}}\n";
    let file = dir.file("bad.jsonl", lines.as_bytes());
    let base = ["report", "--survey", "examples/survey.json", "--responses", &file, "--format", "json"];
    let plain = oes(&base);
    assert_eq!(plain.status.code(), Some(1));
    let no_model = dir.0.join("no-such-runtime.so");
    let with_oes = oes(&[&base[..], &["--oes", "--runtime", no_model.to_str().unwrap()][..]].concat());
    assert_eq!(with_oes.status.code(), Some(1));
    let error = String::from_utf8_lossy(&with_oes.stderr);
    assert!(error.contains("line 2"), "{error}");
    assert_eq!(error, String::from_utf8_lossy(&plain.stderr));
    let score = oes(&[
        "score",
        "--survey",
        "examples/survey.json",
        "--responses",
        &file,
        "--runtime",
        no_model.to_str().unwrap(),
    ]);
    assert_eq!(score.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&score.stderr), error);
    assert!(score.stdout.is_empty());
    // Leniently, the bad row is skipped and the model is needed: its error is the runtime's.
    let lenient = oes(&[&base[..], &["--oes", "--lenient", "--runtime", no_model.to_str().unwrap()][..]].concat());
    assert_eq!(lenient.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&lenient.stderr).contains("no-such-runtime"), "{:?}", lenient.stderr);
}

/// A temporary folder of this test process, removed at the end of the test.
struct TempDir(PathBuf);
impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("oes-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn file(&self, name: &str, content: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_owned()
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

#[test]
fn hostile_input_ends_in_a_clear_error() {
    let dir = TempDir::new("hostile");
    let survey = "examples/survey.json";
    // Every response invalid: an error, not an empty report.
    let bad =
        dir.file("bad.jsonl", b"{\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":12}}\n");
    let out = oes(&["report", "--survey", survey, "--responses", &bad, "--lenient", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("none of the 1 responses is valid"));

    // Two responses 10,000 years apart, every day: refused by the period limit, which --limit raises.
    let far = dir.file(
        "far.jsonl",
        b"{\"id\":\"a\",\"submitted_at\":\"0001-01-01T00:00:00Z\",\"answers\":{\"nps\":9}}\n\
          {\"id\":\"b\",\"submitted_at\":\"9999-12-31T00:00:00Z\",\"answers\":{\"nps\":9}}\n",
    );
    let out = oes(&["report", "--survey", survey, "--responses", &far, "--every", "day", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3652059 periods") && err.contains("--limit periods=N"), "{err}");
    let out = oes(&["report", "--survey", survey, "--responses", &far, "--every", "year", "--limit", "periods=5000"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit periods = 5000"));
    let out = oes(&["report", "--survey", survey, "--responses", &far, "--limit", "rows=5"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown limit \"rows\""));

    // An endless input (no line end, ever): the error at the line limit, at once.
    if Path::new("/dev/zero").exists() {
        let out = oes(&["report", "--survey", survey, "--responses", "/dev/zero", "--format", "json"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("line 1: the line is too long"));
    }

    // An unterminated CSV quote is an error, even in lenient mode.
    let csv = dir.file(
        "open.csv",
        b"id,submitted_at,nps,comment\nr1,2025-01-01T00:00:00Z,9,\"oops\nr2,2025-01-01T00:00:00Z,3,\n",
    );
    let out = oes(&["report", "--survey", survey, "--responses", &csv, "--lenient", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is never closed"));

    // Too many threads for the model: refused before anything starts.
    let out = oes(&["score", "--survey", survey, "--responses", "examples/responses.jsonl", "--threads", "100000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("100000 threads requested: over the limit threads = 256"));
}

#[test]
fn segment_values_cannot_control_the_terminal() {
    let dir = TempDir::new("escape");
    let mut lines = String::new();
    for i in 0..5 {
        lines.push_str(&format!(
            "{{\"id\":\"r{i}\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"segments\":{{\"store\":\"Ber\\u001b[2Jlin\\n\\u202e\"}},\"answers\":{{\"nps\":9}}}}\n"
        ));
    }
    let responses = dir.file("escape.jsonl", lines.as_bytes());
    let out = oes(&[
        "report",
        "--survey",
        "examples/survey.json",
        "--responses",
        &responses,
        "--by",
        "store",
        "--format",
        "table",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("== store=Ber\\u{1b}[2Jlin\\u{a}\\u{202e} =="), "{table}");
    assert!(!table.contains('\u{1b}') && !table.contains('\u{202e}'));
}

/// A folder `./onnxruntime/capi/libonnxruntime.so.*` in the working directory is never loaded: the command asks an
/// isolated Python (`-I`) for the package, and the library never runs an interpreter itself.
#[test]
fn onnx_runtime_is_never_loaded_from_the_working_directory() {
    let dir = TempDir::new("cwd-runtime");
    let capi = dir.0.join("onnxruntime").join("capi");
    std::fs::create_dir_all(&capi).unwrap();
    std::fs::write(capi.join("libonnxruntime.so.1.99.0"), b"planted").unwrap();
    let survey = root().canonicalize().unwrap().join("examples/survey.json");
    let responses =
        dir.file("one.jsonl", b"{\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"nps\":9}}\n");
    let out = Command::new(env!("CARGO_BIN_EXE_oes"))
        .args(["score", "--survey", &survey.to_string_lossy(), "--responses", &responses])
        .current_dir(&dir.0)
        .env_remove("ORT_DYLIB_PATH")
        .env_remove("OES_PYTHON")
        .env("PYTHONPATH", &dir.0)
        .output()
        .expect("runs oes");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("planted") && !err.contains(&*dir.0.to_string_lossy()), "{err}");
}

/// ONNX Runtime's telemetry is off: scoring writes nothing under the user's home (the runtime's default is a device
/// id and an event database under `~/.cache`). Needs ONNX Runtime, as the test above.
#[test]
fn scoring_writes_nothing_outside_its_outputs() {
    let home = TempDir::new("home");
    let out = Command::new(env!("CARGO_BIN_EXE_oes"))
        .args([
            "score",
            "--survey",
            "examples/employee/survey.json",
            "--responses",
            "examples/employee/responses.jsonl",
        ])
        .current_dir(root())
        .env("HOME", &home.0)
        .env_remove("XDG_CACHE_HOME")
        .env_remove("ORT_DISABLE_TELEMETRY")
        .output()
        .expect("runs oes");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written: Vec<_> = std::fs::read_dir(&home.0).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(written.is_empty(), "{written:?}");
}
