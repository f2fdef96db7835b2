//! What a run leaves in the output folder besides its reports: no lock file
//! once it has ended, while a run that finds the lock held is still refused.

mod common;

use common::*;

const LOCK: &str = ".algoreg.lock";

fn inputs() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &sheet("AAA", "Dienst Alfa", "JenV", &[published("A-1", "B")]),
    );
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
