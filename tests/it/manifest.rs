//! `manifest.json`: which inputs (with their SHA-256) and which options
//! made which outputs.

use crate::common::*;

#[test]
fn manifest_names_every_input_with_its_hash() {
    use sha2::{Digest, Sha256};
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &crate::common::alfa(&[published("A-1", "B")]));
    inputs.add("kapot.xlsx", b"geen spreadsheet");
    let out = inputs.run("run", &["--out", "rapporten", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1));
    let dir = inputs.path().join("rapporten").join(QUARTER);
    let m = json(&dir.join("manifest.json"));
    let hex = |b: &[u8]| Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect::<String>();
    let invoer = m["invoer"].as_array().unwrap();
    for (name, path) in [
        ("alfa.xlsx", inputs.quarter_dir().join("alfa.xlsx")),
        ("kapot.xlsx", inputs.quarter_dir().join("kapot.xlsx")),
        ("organisaties.csv", inputs.path().join("organisaties.csv")),
    ] {
        let entry = invoer
            .iter()
            .find(|e| e["bestand"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} in {m:#}"));
        assert_eq!(entry["sha256"], hex(&std::fs::read(path).unwrap()), "{name}");
    }
    for e in m["uitvoer"].as_array().unwrap() {
        let bytes = std::fs::read(dir.join(e["bestand"].as_str().unwrap())).unwrap();
        assert_eq!(e["sha256"], hex(&bytes));
    }
    assert_eq!(m["algoreg"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["classificatie"], "Intern");
    assert_eq!(m["opties"]["accept_errors"], true);
}
