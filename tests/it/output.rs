//! What a run leaves in the output folder besides its reports: no lock file
//! once it has ended, while a run that finds the lock held is still refused;
//! and the workbook cover's dates, which never come from the clock.

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::common::*;

const LOCK: &str = ".algoreg.lock";

fn inputs() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &alfa(&[published("A-1", "B")]));
    inputs
}

/// The cover's labels and values, as text.
fn cover(inputs: &Inputs) -> Vec<(String, Data)> {
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(std::fs::read(path).unwrap())).unwrap();
    let range = book.worksheet_range("Voorblad").unwrap();
    range
        .rows()
        .filter(|r| r.len() > 1)
        .map(|r| (r[0].to_string(), r[1].clone()))
        .collect()
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
fn the_cover_shows_a_made_date_only_from_source_date_epoch() {
    let inputs = inputs();
    ok(&inputs.run("run", &["--no-pdf", "--out", "rapporten"]));
    let lines = cover(&inputs);
    assert!(lines.iter().any(|(l, _)| l == "Peildatum"), "{lines:?}");
    assert!(
        !lines.iter().any(|(l, _)| l == "Gemaakt op"),
        "without SOURCE_DATE_EPOCH there is no made date: {lines:?}"
    );

    // 2026-01-15 12:00 UTC.
    let out = command(inputs.path())
        .env("SOURCE_DATE_EPOCH", "1768478400")
        .args(["run", "--no-pdf", "--out", "rapporten", "--inputs"])
        .arg(inputs.path())
        .output()
        .unwrap();
    ok(&out);
    let lines = cover(&inputs);
    let made = lines
        .iter()
        .find(|(l, _)| l == "Gemaakt op")
        .unwrap_or_else(|| panic!("no Gemaakt op: {lines:?}"));
    match &made.1 {
        Data::DateTime(d) => assert_eq!(d.as_datetime().unwrap().date(), day(2026, 1, 15)),
        other => panic!("not a date: {other:?}"),
    }
}
