//! Fuzzing ingest: arbitrary bytes, and valid sheets with their bytes or
//! their XML mutated, must never make ingest panic. `cargo test` (and so CI)
//! runs 300 cases per property, the default in [`config`]; run it long
//! locally with `PROPTEST_CASES=40000 cargo test --test it ingest::fuzz`
//! (about 13 minutes on 2 cores). Keep the test profile for that, not
//! `--release`: its overflow checks are what found
//! [`a_backwards_dimension_is_a_finding_not_a_panic`].

use algoreg::ingest::{Limits, read_bytes};
use proptest::prelude::*;

use crate::common::*;

/// The quarter the fuzzed sheets are read for.
fn quarter() -> algoreg::model::Quarter {
    algoreg::model::Quarter::parse(QUARTER).expect("a quarter")
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(300);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The seeds: a valid xlsx and ods with every kind of value.
fn seeds() -> Vec<Vec<u8>> {
    let rows = [
        published("A-1", "B"),
        planned("A-2", "A", "2025-Q4"),
        row("A-3", "C", "vervallen", "", "", "", "volledig"),
        row(
            "A-4",
            "Impactvolle algoritmes",
            "GEÏNVENTARISEERD ",
            "31-12-2025",
            "",
            "",
            "gedeeltelijk",
        ),
    ];
    let g = alfa(&rows);
    vec![g.to_xlsx().unwrap(), g.to_ods().unwrap()]
}

/// One mutation: (position as a fraction of the length, kind, byte).
type Mutation = (f64, u8, u8);

fn apply(bytes: &mut Vec<u8>, edits: &[Mutation]) {
    for &(at, kind, byte) in edits {
        if bytes.is_empty() {
            bytes.push(byte);
            continue;
        }
        let i = ((bytes.len() - 1) as f64 * at) as usize;
        match kind % 5 {
            0 => bytes[i] = byte,
            1 => bytes.insert(i, byte),
            2 => {
                bytes.remove(i);
            }
            3 => bytes.truncate(i.max(1)),
            _ => {
                // Repeat a slice: grows rows, attributes and numbers.
                let end = (i + 1 + byte as usize).min(bytes.len());
                let piece = bytes[i..end].to_vec();
                bytes.splice(i..i, piece);
            }
        }
    }
}

fn edits() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec((0.0..1.0f64, any::<u8>(), any::<u8>()), 1..12)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let read = read_bytes(bytes, "fuzz.xlsx", quarter(), &Limits::default());
        prop_assert!(read.sheet.is_some() || !read.findings.is_empty(), "an unread file always says why");
    }

    #[test]
    fn mutated_file_bytes_never_panic(seed in 0..2usize, edits in edits()) {
        let mut bytes = seeds().swap_remove(seed);
        apply(&mut bytes, &edits);
        let read = read_bytes(bytes, "fuzz.xlsx", quarter(), &Limits::default());
        prop_assert!(read.sheet.is_some() || !read.findings.is_empty());
    }

    #[test]
    fn mutated_sheet_xml_never_panics(seed in 0..2usize, edits in edits()) {
        let bytes = Edit::of(&seeds()[seed]).parts(|name, content| {
            if name.starts_with("xl/worksheets/") || name == "xl/sharedStrings.xml" || name == "content.xml" {
                apply(content, &edits);
            }
        }).done();
        let small = Limits { max_cells: 10_000, ..Limits::default() };
        let read = read_bytes(bytes, "fuzz.xlsx", quarter(), &small);
        prop_assert!(read.sheet.is_some() || !read.findings.is_empty());
    }
}

/// Found by `mutated_sheet_xml_never_panics` (11,850 cases in): a dimension
/// whose end lies before its start makes calamine subtract past zero. With
/// overflow checks (the test profile) calamine panics; read_bytes catches that
/// panic around the calamine call and says so in one finding for the file.
#[test]
fn a_backwards_dimension_is_a_finding_not_a_panic() {
    let bytes = Edit::of(&seeds()[0])
        .xml("xl/worksheets/sheet2.xml", |xml| {
            let i = xml.find("<dimension ref=\"").unwrap() + 16;
            let j = i + xml[i..].find('"').unwrap();
            format!("{}J10:A1{}", &xml[..i], &xml[j..])
        })
        .done();
    let read = read_bytes(bytes, "fuzz.xlsx", quarter(), &Limits::default());
    if cfg!(debug_assertions) {
        assert!(read.sheet.is_none());
        assert_eq!(read.findings.len(), 1, "{:#?}", read.findings);
        let f = &read.findings[0];
        assert_eq!(f.code, algoreg::bevinding::Code::BestandOnleesbaar);
        assert_eq!(f.location.file, "fuzz.xlsx");
        assert_eq!(
            f.message,
            "Het bestand kan niet worden gelezen: het is op een onverwachte manier opgebouwd (attempt to subtract with overflow). Sla het opnieuw op als .xlsx."
        );
    } else {
        assert!(
            read.sheet.is_some()
                || read
                    .findings
                    .iter()
                    .any(|f| f.code == algoreg::bevinding::Code::BestandOnleesbaar)
        );
    }
}
