//! Nothing confidential in any byte of any output: the text of a `volledig`
//! row and the contact person are never read.

use std::path::Path;

use crate::common::*;

const CANARIES: [&str; 4] = [
    "KanarieVolledigeNaam",
    "KANARIE-ID-7",
    "KanarieToelichting",
    "Contact Kanarie",
];

/// Every readable byte of a file: the parts of an xlsx, the text and the
/// inflated streams of a PDF, or the file itself.
fn everything_in(path: &Path) -> String {
    use std::io::Read;
    let bytes = std::fs::read(path).unwrap();
    match path.extension().and_then(|e| e.to_str()) {
        Some("xlsx") => {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
            let mut all = String::new();
            for i in 0..zip.len() {
                let mut part = Vec::new();
                zip.by_index(i).unwrap().read_to_end(&mut part).unwrap();
                all.push_str(&String::from_utf8_lossy(&part));
            }
            all
        }
        Some("pdf") => {
            let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
            format!("{text}{}", pdf_raw(&bytes))
        }
        _ => String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn secret(status: &str, plan: &str) -> [String; 10] {
    let mut r = row("KANARIE-ID-7", "B", status, plan, "", "", "volledig");
    r[1] = "KanarieVolledigeNaam".into();
    r[9] = "KanarieToelichting".into();
    r
}

#[test]
fn no_confidential_text_in_any_byte_of_any_output() {
    let inputs = Inputs::new();
    // The shielded row is there in both quarters and its plan slips, so it
    // also shows up among the changes.
    let q1 = [
        row("A-1", "B", "gepubliceerd", "", "2025-02-01", "12345670", "geen"),
        secret("geïnventariseerd", "2025-06-30"),
    ];
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &q1));
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[published("A-1", "B"), secret("in documentatie", "2025-12-31")]),
    );

    let run = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stdout));
    let annual = inputs.run("annual", &["--year", "2025", "--out", "rapporten"]);
    assert_eq!(
        annual.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&annual.stdout)
    );

    let files = files_under(&inputs.path().join("rapporten"));
    let kinds: Vec<_> = files.iter().filter_map(|f| f.extension()).collect();
    for ext in ["json", "xlsx", "pdf"] {
        assert!(
            kinds.iter().filter(|k| **k == ext).count() >= 2,
            "quarterly and annual {ext}: {files:?}"
        );
    }
    let mut seen = vec![
        (
            "stdout run".to_owned(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&run.stdout),
                String::from_utf8_lossy(&run.stderr)
            ),
        ),
        (
            "stdout annual".to_owned(),
            String::from_utf8_lossy(&annual.stdout).into_owned(),
        ),
    ];
    seen.extend(files.iter().map(|f| (f.display().to_string(), everything_in(f))));
    for (name, content) in &seen {
        for canary in CANARIES {
            assert!(!content.contains(canary), "{canary} leaked into {name}");
        }
    }
    // It was counted, and its change was seen, without its text.
    let j = json(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    );
    let volledig = j["cijfers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["categorie"] == "B" && c["maat"] == "uitzondering_volledig")
        .unwrap();
    assert_eq!(volledig["aantal"], 1);
    let moved = j["mutaties"]["wijzigingen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["soort"] == "verschoven")
        .expect("the slip is seen");
    assert_eq!(moved["id"], "[afgeschermd]");
    assert!(moved["naam"].is_null());
    // Public outputs carry no row-level data and say they are public.
    let annual_pdf = pdf_squashed(&inputs.path().join("rapporten/2025/jaarrapportage-2025.pdf"));
    assert!(annual_pdf.contains("Openbaar") && !annual_pdf.contains("AlgoritmeA-1"));
    let quarterly_pdf = pdf_squashed(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.pdf")),
    );
    assert!(quarterly_pdf.contains("Classificatie:Intern"));
}
