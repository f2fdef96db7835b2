//! Running the real `algoreg` binary, and the findings it prints.

use std::path::Path;
use std::process::{Command, Output};

/// The repository: the shipped `inputs/`, `templates/` and so on.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real binary, to run with `cwd` as working directory. Without
/// `SOURCE_DATE_EPOCH` (it would change the dates in the outputs) and without
/// `ALGOREG_TYPST`: typst is found the way the binary finds it by default.
pub fn command(cwd: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_algoreg"));
    c.current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("ALGOREG_TYPST");
    c
}

/// Runs `algoreg <args>` in `cwd`; when it fails, its output goes to the
/// test's stderr (shown when the test fails).
pub fn algoreg(cwd: &Path, args: &[&str]) -> Output {
    let out = command(cwd).args(args).output().expect("run algoreg");
    if !out.status.success() {
        eprintln!(
            "algoreg {args:?}:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Makes a script (a stand-in typst) executable.
#[cfg(unix)]
pub fn make_executable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
pub fn make_executable(_: &Path) {}

/// Asserts that a run succeeded, showing its output when not.
#[track_caller]
pub fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "algoreg failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One printed finding: `place: ernst: melding [code]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub place: String,
    pub severity: String,
    pub code: String,
    pub message: String,
}

pub fn parse_findings(out: &Output) -> Vec<Line> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .filter_map(|l| {
            let code = l.strip_suffix(']')?.rsplit_once(" [")?;
            for sev in ["fout", "waarschuwing", "info"] {
                if let Some((place, message)) = code.0.split_once(&format!(": {sev}: ")) {
                    return Some(Line {
                        place: place.to_owned(),
                        severity: sev.to_owned(),
                        code: code.1.to_owned(),
                        message: message.to_owned(),
                    });
                }
            }
            None
        })
        .collect()
}

/// Asserts that there is a finding with `code` and `severity` at a place
/// ending with `place_ends_with`.
#[track_caller]
pub fn expect(findings: &[Line], code: &str, severity: &str, place_ends_with: &str) {
    assert!(
        findings
            .iter()
            .any(|f| f.code == code && f.severity == severity && f.place.ends_with(place_ends_with)),
        "expected {severity} [{code}] at ...{place_ends_with}; got {findings:#?}"
    );
}

/// `algoreg reconcile` of the sample's 2025-Q2 with the sample's register export.
pub fn reconcile_sample() -> Output {
    algoreg(
        repo(),
        &[
            "reconcile",
            "--quarter",
            "2025-Q2",
            "--register",
            "inputs/register/algoritmeregister-2025-07-01.csv",
        ],
    )
}

/// What a run printed.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The console's findings with the heading they are under.
pub fn grouped(out: &Output) -> Vec<(String, Line)> {
    let mut heading = String::new();
    let mut found = Vec::new();
    for l in stdout(out).lines() {
        if let Some(h) = l.strip_prefix("== ") {
            heading = h.split(':').next().unwrap_or_default().to_owned();
            continue;
        }
        let one = Output {
            status: out.status,
            stdout: l.as_bytes().to_vec(),
            stderr: vec![],
        };
        found.extend(parse_findings(&one).into_iter().map(|f| (heading.clone(), f)));
    }
    found
}

/// Errors 0, warnings 1, info 2.
pub fn rank(severity: &str) -> u8 {
    ["fout", "waarschuwing", "info"]
        .iter()
        .position(|s| *s == severity)
        .expect("severity") as u8
}
