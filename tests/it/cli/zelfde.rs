//! A command run by its Dutch name (and Dutch options) and by its English
//! name of before (and English options) gives the same result: the same
//! exit code, the same screen, the same files byte for byte.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::*;

/// AAA with one published algorithm and one plan that is no date (a fout),
/// and a register export that holds the published one.
fn inputs() -> (Inputs, String) {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[
            row("A-1", "B", "gepubliceerd", "", "2025-05-01", "11111115", "geen"),
            row("A-2", "B", "in ontwikkeling", "morgen", "", "", "geen"),
        ]),
    );
    let register = inputs.path().join("register.csv");
    std::fs::write(
        &register,
        "name,organization,status,publication_category,algorithm_id,publication_dt\n\
         Algoritme A-1,Dienst Alfa,In gebruik,,11111115,2025-06-30\n",
    )
    .unwrap();
    (inputs, register.to_string_lossy().into_owned())
}

/// Every file under `dir` with its path relative to `dir` and its bytes.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = files_under(dir)
        .into_iter()
        .map(|f| (f.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&f).unwrap()))
        .collect();
    files.sort();
    files
}

/// Runs `dutch`, moves what it wrote to `written` aside, runs `english`,
/// and asserts that both gave the same exit code, screen and files. Returns
/// the Dutch run and how many files it wrote.
fn same(cwd: &Path, dutch: &[&str], english: &[&str], written: &str) -> (Output, usize) {
    let path = cwd.join(written);
    let aside = cwd.join("nl");
    let nl = algoreg(cwd, dutch);
    if path.exists() {
        std::fs::rename(&path, &aside).unwrap();
    }
    let en = algoreg(cwd, english);
    assert_eq!(nl.status.code(), en.status.code(), "{dutch:?} and {english:?}");
    assert_eq!(stdout(&nl), stdout(&en), "{dutch:?} and {english:?}");
    assert_eq!(
        String::from_utf8_lossy(&nl.stderr),
        String::from_utf8_lossy(&en.stderr),
        "{dutch:?} and {english:?}"
    );
    let files = match (aside.is_dir(), aside.exists()) {
        (true, _) => {
            let (a, b) = (tree(&aside), tree(&path));
            let names = |t: &[(PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
            assert_eq!(names(&a), names(&b), "{dutch:?} and {english:?}");
            for ((name, x), (_, y)) in a.iter().zip(&b) {
                assert!(x == y, "{} differs between {dutch:?} and {english:?}", name.display());
            }
            std::fs::remove_dir_all(&aside).unwrap();
            a.len()
        }
        (false, true) => {
            assert!(
                std::fs::read(&aside).unwrap() == std::fs::read(&path).unwrap(),
                "{written}"
            );
            std::fs::remove_file(&aside).unwrap();
            1
        }
        (false, false) => 0,
    };
    if path.is_dir() {
        std::fs::remove_dir_all(&path).unwrap();
    } else if path.exists() {
        std::fs::remove_file(&path).unwrap();
    }
    (nl, files)
}

#[test]
fn controleer_and_check_give_the_same_findings() {
    let (inputs, _) = inputs();
    let p = inputs.path().to_string_lossy().into_owned();
    let (out, files) = same(
        inputs.path(),
        &["controleer", "--invoer", &p, "--kwartaal", QUARTER],
        &["check", "--inputs", &p, "--quarter", QUARTER],
        "uit",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(files, 0);
    let findings = parse_findings(&out);
    assert!(findings.iter().any(|l| l.code == "datum-ongeldig"), "{}", stdout(&out));
}

#[test]
fn rapporteer_afstemming_and_sjabloon_do_what_run_reconcile_and_template_did() {
    let (inputs, register) = inputs();
    let (cwd, p) = (inputs.path(), inputs.path().to_string_lossy().into_owned());
    let (out, files) = same(
        cwd,
        &[
            "rapporteer",
            "--invoer",
            &p,
            "--uitvoer",
            "uit",
            "--fouten-accepteren",
            "--geen-pdf",
            "--register",
            &register,
            "--register-datum",
            "2025-07-02",
            "--max-cellen",
            "5000",
            "--max-bestand-mb",
            "5",
        ],
        &[
            "run",
            "--inputs",
            &p,
            "--out",
            "uit",
            "--accept-errors",
            "--no-pdf",
            "--register",
            &register,
            "--register-datum",
            "2025-07-02",
            "--max-cells",
            "5000",
            "--max-file-mb",
            "5",
        ],
        "uit",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(files >= 3, "{files} files");

    let (out, _) = same(
        cwd,
        &["afstemming", "--invoer", &p, "--register", &register, "--overnemen"],
        &["reconcile", "--inputs", &p, "--register", &register, "--carry-forward"],
        "uit",
    );
    assert!(stdout(&out).contains("afstemming met het register"), "{}", stdout(&out));

    let (out, files) = same(
        cwd,
        &[
            "sjabloon",
            "--organisatie",
            "AAA",
            "--kwartaal",
            "2025-Q3",
            "--invoer",
            &p,
            "--uitvoer",
            "s.xlsx",
        ],
        &[
            "template",
            "--org",
            "AAA",
            "--quarter",
            "2025-Q3",
            "--inputs",
            &p,
            "--out",
            "s.xlsx",
        ],
        "s.xlsx",
    );
    ok(&out);
    assert_eq!(files, 1);
}

#[test]
fn jaar_terugmelding_and_publicaties_answer_to_the_english_options() {
    let (inputs, _) = inputs();
    let (cwd, p) = (inputs.path(), inputs.path().to_string_lossy().into_owned());
    let (out, files) = same(
        cwd,
        &[
            "jaar",
            "--jaar",
            "2025",
            "--invoer",
            &p,
            "--uitvoer",
            "uit",
            "--fouten-accepteren",
        ],
        &[
            "annual",
            "--year",
            "2025",
            "--inputs",
            &p,
            "--out",
            "uit",
            "--accept-errors",
        ],
        "uit",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(files >= 3, "{files} files");

    let (out, files) = same(
        cwd,
        &[
            "terugmelding",
            "--invoer",
            &p,
            "--uitvoer",
            "uit",
            "--uiterlijk",
            "2025-07-15",
        ],
        &[
            "terugmelding",
            "--inputs",
            &p,
            "--out",
            "uit",
            "--uiterlijk",
            "2025-07-15",
        ],
        "uit",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(files >= 2, "{files} files");

    let (out, files) = same(
        cwd,
        &[
            "publicaties",
            "--van",
            "2025-01-01",
            "--tot",
            "2025-06-30",
            "--invoer",
            &p,
            "--uitvoer",
            "uit",
            "--fouten-accepteren",
        ],
        &[
            "publicaties",
            "--van",
            "2025-01-01",
            "--tot",
            "2025-06-30",
            "--inputs",
            &p,
            "--out",
            "uit",
            "--accept-errors",
        ],
        "uit",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(files >= 2, "{files} files");
}
