//! Writing whole or not at all: no lock file once a run has ended, while a
//! run that finds the lock held is still refused (two runs on one output
//! folder cannot interleave); and outputs that are whole or absent even
//! when the process is killed halfway.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::*;

const LOCK: &str = ".algoreg.lock";

fn inputs() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &alfa(&[published("A-1", "B")]));
    inputs
}

#[test]
fn a_run_leaves_no_lock_file_and_a_held_lock_still_refuses_a_run() {
    let inputs = inputs();
    ok(&inputs.run("run", &["--no-pdf", "--out", "rapporten"]));
    let out = inputs.path().join("rapporten");
    assert!(out.join(QUARTER).join(format!("voortgang-{QUARTER}.xlsx")).exists());
    assert!(!out.join(LOCK).exists(), "the lock file is removed when the run ends");

    // Another run holds the lock: this one is refused and changes nothing.
    let before = std::fs::read(out.join(QUARTER).join("manifest.json")).unwrap();
    let held = std::fs::File::create(out.join(LOCK)).unwrap();
    held.try_lock().unwrap();
    let refused = inputs.run("run", &["--no-pdf", "--out", "rapporten"]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("een andere algoreg schrijft al in") && err.contains("hint:"),
        "{err}"
    );
    assert_eq!(std::fs::read(out.join(QUARTER).join("manifest.json")).unwrap(), before);
    assert!(
        out.join(LOCK).exists(),
        "a refused run does not remove the other run's lock"
    );
    drop(held);
}

#[test]
fn two_runs_on_one_output_folder_cannot_interleave() {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &crate::common::alfa(&[published("A-1", "B")]));
    let out_dir = inputs.path().join("rapporten");
    let _held = algoreg::output::Lock::acquire(&out_dir).unwrap();
    let out = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("een andere algoreg schrijft al") && err.contains("hint:"),
        "{err}"
    );
    assert!(!out_dir.join(QUARTER).exists());
}

/// A typst that answers `--version` but takes its time to compile.
fn slow_typst(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("traag-typst");
    std::fs::write(
        &path,
        "#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo 'typst 0.15.1'; exit 0; fi\nsleep 5\nexit 1\n",
    )
    .unwrap();
    make_executable(&path);
    path
}

#[test]
fn a_run_killed_halfway_leaves_the_previous_reports_untouched() {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &alfa(&[published("A-1", "B")]));
    let first = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let reports = inputs.path().join("rapporten");
    let target = reports.join(QUARTER);
    let before: Vec<(std::path::PathBuf, Vec<u8>)> = files_under(&target)
        .into_iter()
        .map(|f| {
            let b = std::fs::read(&f).unwrap();
            (f, b)
        })
        .collect();
    assert_eq!(before.len(), 4, "json, xlsx, pdf and manifest");

    // A changed sheet, and a run that is killed while typst works.
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[published("A-1", "B"), planned("A-2", "A", "2025-12-31")]),
    );
    let typst = slow_typst(inputs.path());
    let mut child = command(repo())
        .args([
            "run",
            "--inputs",
            &inputs.path().to_string_lossy(),
            "--out",
            &reports.to_string_lossy(),
            "--typst",
            &typst.to_string_lossy(),
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let staging_with_xlsx = || {
        std::fs::read_dir(&reports).unwrap().flatten().any(|e| {
            e.file_name().to_string_lossy().contains(".bezig-")
                && e.path().join(format!("voortgang-{QUARTER}.xlsx")).exists()
        })
    };
    let start = Instant::now();
    while !staging_with_xlsx() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the run never got to the PDF"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    for (file, bytes) in &before {
        assert_eq!(&std::fs::read(file).unwrap(), bytes, "{} changed", file.display());
    }
    assert_eq!(files_under(&target).len(), 4, "nothing half-written in the reports");

    // The next run finishes and clears what the killed one left behind.
    let again = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}{}",
        stdout(&again),
        String::from_utf8_lossy(&again.stderr)
    );
    let left: Vec<_> = std::fs::read_dir(&reports)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains(".bezig-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_ne!(
        std::fs::read(target.join(format!("cijfers-{QUARTER}.json"))).unwrap(),
        before
            .iter()
            .find(|(f, _)| f.ends_with(format!("cijfers-{QUARTER}.json")))
            .unwrap()
            .1
    );
}
