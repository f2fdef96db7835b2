//! One truth for the council: every number the reports show for a maat is
//! the same wherever it is shown. The sample's quarters and its annual
//! report are rendered; the workbook, the figures JSON and the PDF text are
//! read back and compared per organisation and group.

use std::collections::HashMap;
use std::path::Path;

use calamine::{Data, Reader};

use crate::common::*;

/// A sheet's table as rows of header → cell text, from the header row that
/// starts with `first`.
fn table(xlsx: &[u8], sheet: &str, first: &str) -> Vec<HashMap<String, String>> {
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(xlsx.to_vec())).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let text = |c: &Data| match c {
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    };
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .by_ref()
        .find(|r| r.first().is_some_and(|c| *c == first))
        .unwrap_or_else(|| panic!("no header {first} on {sheet}"))
        .iter()
        .map(text)
        .collect();
    rows.filter(|r| r.iter().any(|c| *c != Data::Empty))
        .map(|r| header.iter().cloned().zip(r.iter().map(text)).collect())
        .collect()
}

/// Words the reports must not use: other spellings of one term, and
/// sentences the council found wrong (compared without spaces).
const NOT_SAID: [&str; 7] = [
    "hoogrisico",
    "hoog-risico AI-",
    "Hoog-risico AI-",
    "Regels van de Kamer",
    "haar taakorganisaties",
    "kwamen er bij de ministeries bij",
    "later gepland",
];

fn says_nothing_wrong(pdf: &str, what: &str) {
    for w in NOT_SAID {
        assert!(!pdf.contains(&squash(w)), "{what} says {w:?}");
    }
}

fn n(s: &str) -> u32 {
    s.parse().unwrap_or_else(|_| panic!("not a count: {s:?}"))
}

/// The PDF text, squashed, and where each of its numbers "X van Y <after>"
/// follows `naam` directly.
fn van_na(squashed: &str, naam: &str, after: &str) -> Vec<(u32, u32)> {
    let key = squash(naam);
    let mut out = Vec::new();
    for (i, _) in squashed.match_indices(&key) {
        let rest = &squashed[i + key.len()..];
        let x: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let Some(rest) = rest[x.len()..].strip_prefix("van") else {
            continue;
        };
        let y: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !x.is_empty() && !y.is_empty() && rest[y.len()..].starts_with(&squash(after)) {
            out.push((n(&x), n(&y)));
        }
    }
    out
}

/// One quarter of the sample: renders it and checks every maat shown.
/// Returns the workbook's `Organisaties` rows for the annual report, and how
/// many rows of "Aandacht nodig" were compared.
#[allow(clippy::type_complexity)]
fn quarter(dir: &Path, quarter: &str) -> (Vec<HashMap<String, String>>, Vec<HashMap<String, String>>, usize) {
    let inputs = repo().join("inputs");
    let out = algoreg(
        dir,
        &[
            "rapporteer",
            "--invoer",
            inputs.to_str().unwrap(),
            "--kwartaal",
            quarter,
            "--uitvoer",
            "reports",
        ],
    );
    ok(&out);
    let folder = dir.join("reports").join(quarter);
    let xlsx = std::fs::read(folder.join(format!("voortgang-{quarter}.xlsx"))).unwrap();
    let pdf = pdf_squashed(&folder.join(format!("voortgang-{quarter}.pdf")));
    let json = json(&folder.join(format!("cijfers-{quarter}.json")));
    says_nothing_wrong(&pdf, quarter);

    // The JSON, the workbook's Data and its Organisaties: the same figures.
    let mut per_cat: HashMap<(String, String, String), u32> = HashMap::new();
    for c in json["cijfers"].as_array().unwrap() {
        let k = (
            c["organisatie"].as_str().unwrap().to_owned(),
            c["categorie"].as_str().unwrap().to_owned(),
            c["maat"].as_str().unwrap().to_owned(),
        );
        *per_cat.entry(k).or_default() += c["aantal"].as_u64().unwrap() as u32;
    }
    let data = table(&xlsx, "Data", "Kwartaal");
    assert_eq!(
        data.len(),
        json["cijfers"].as_array().unwrap().len(),
        "{quarter}: Data has a row per cijfer"
    );
    for r in &data {
        let k = (r["Organisatie"].clone(), r["Categorie"].clone(), r["Maat"].clone());
        assert_eq!(per_cat.get(&k).copied(), Some(n(&r["Aantal"])), "{quarter}: Data {k:?}");
    }
    let cat = |code: &str, c: &str, maat: &str| {
        per_cat
            .get(&(code.to_owned(), c.to_owned(), maat.to_owned()))
            .copied()
            .unwrap_or(0)
    };
    let alle = |code: &str, maat: &str| ["A", "B", "C"].iter().map(|c| cat(code, c, maat)).sum::<u32>();

    let orgs = table(&xlsx, "Organisaties", "Ministerie");
    let mut rows_in_aandacht = 0;
    for o in orgs.iter().filter(|o| !o["Verplicht"].is_empty()) {
        let (code, naam) = (&o["Code"], &o["Organisatie"]);
        let get = |label: &str| n(&o[label]);
        for (label, maat) in [
            ("Verplicht", "verplicht"),
            ("Verplicht gepubliceerd", "verplicht_gepubliceerd"),
            ("Achterstallig", "achterstallig"),
            ("Op tijd gepland", "op_tijd_gepland"),
            ("Gepland na de deadline", "gepland_na_deadline"),
            ("Zonder planning", "zonder_planning"),
            ("Uitzondering volledig", "uitzondering_volledig"),
        ] {
            assert_eq!(
                get(label),
                alle(code, maat),
                "{quarter} {naam}: {label} in Organisaties and Data"
            );
        }
        let (v, vg) = (get("Verplicht"), get("Verplicht gepubliceerd"));
        let delen = [
            "Verplicht gepubliceerd",
            "Achterstallig",
            "Op tijd gepland",
            "Gepland na de deadline",
            "Zonder planning",
        ];
        assert_eq!(
            v,
            delen.iter().map(|l| get(l)).sum::<u32>(),
            "{quarter} {naam}: the five parts"
        );
        // Exemptions explain A + B against verplicht, on the page too.
        let volledig = cat(code, "A", "uitzondering_volledig") + cat(code, "B", "uitzondering_volledig");
        let (a, b) = (cat(code, "A", "geinventariseerd"), cat(code, "B", "geinventariseerd"));
        assert_eq!(a + b - volledig, v, "{quarter} {naam}: A + B - volledig = verplicht");
        let rij: Vec<String> = [
            a,
            b,
            volledig,
            v,
            vg,
            get("Achterstallig"),
            get("Op tijd gepland"),
            get("Gepland na de deadline"),
            get("Zonder planning"),
            cat(code, "C", "geinventariseerd"),
        ]
        .iter()
        .map(u32::to_string)
        .collect();
        let fase = if o["Ingeleverd"] == "ja" {
            o["Fase"].clone()
        } else {
            o["Ingeleverd"].clone()
        };
        if rij.iter().any(|x| x != "0") {
            let shown = squash(&format!("{fase} {}", rij.join(" ")));
            assert!(
                pdf.contains(&shown),
                "{quarter} {naam}: the table row {shown} in the PDF"
            );
        }
        // Figure 4 and "Aandacht nodig" give published of mandatory, the same.
        let toezicht = o["Toezichthouder"] == "ja";
        if !toezicht && v > 0 {
            assert!(
                van_na(&pdf, naam, "").contains(&(vg, v)),
                "{quarter} {naam}: {vg} van {v} in Figure 4"
            );
        }
        for shown in van_na(&pdf, naam, "verplicht gepubliceerd") {
            assert_eq!(shown, (vg, v), "{quarter} {naam}: Aandacht nodig");
            rows_in_aandacht += 1;
        }
    }

    // The groups: page 1, the table per ministry and the Overzicht sheet.
    let overzicht = table(&xlsx, "Overzicht", "Groep");
    let groep = |g: &str, label: &str| {
        overzicht
            .iter()
            .find(|r| r["Groep"] == g && r["Categorie"] == "totaal")
            .map(|r| n(&r[label]))
            .unwrap_or_else(|| panic!("{quarter}: no group {g}"))
    };
    let (v, vg) = (groep("Totaal", "Verplicht"), groep("Totaal", "Verplicht gepubliceerd"));
    assert!(
        pdf.contains(&squash(&format!("Verplicht gepubliceerd (A en B) {vg} van {v}"))),
        "{quarter}: page 1 {vg} van {v}"
    );
    let rij = format!(
        "Totaal {} {} {} {v} {vg} {} {} {} {}",
        cat_sum(&overzicht, "A"),
        cat_sum(&overzicht, "B"),
        ab_volledig(&overzicht),
        groep("Totaal", "Achterstallig"),
        groep("Totaal", "Op tijd gepland"),
        groep("Totaal", "Gepland na de deadline"),
        groep("Totaal", "Zonder planning"),
    );
    assert!(pdf.contains(&squash(&rij)), "{quarter}: the per-ministry total {rij}");
    // Page 1 leads with what is mandatory; all published comes after it.
    let at = |s: &str| pdf.find(&squash(s)).unwrap_or_else(|| panic!("{quarter}: {s}"));
    assert!(
        at("Verplicht gepubliceerd (A en B)") < at("Alle gepubliceerd (A, B en C)"),
        "{quarter}"
    );
    // Each ministry's row in the table per ministry, as in Overzicht.
    for r in overzicht.iter().filter(|r| r["Categorie"] == "totaal") {
        let g = r["Groep"].as_str();
        if g == "Totaal" || g == "Toezichthouders" {
            continue;
        }
        let get = |c: &str, l: &str| groep_cat(&overzicht, g, c, l);
        let figures = format!(
            "{} {} {} {} {} {} {} {} {} {}",
            get("A", "Geïnventariseerd"),
            get("B", "Geïnventariseerd"),
            get("A", "Uitzondering volledig") + get("B", "Uitzondering volledig"),
            get("totaal", "Verplicht"),
            get("totaal", "Verplicht gepubliceerd"),
            get("totaal", "Achterstallig"),
            get("totaal", "Op tijd gepland"),
            get("totaal", "Gepland na de deadline"),
            get("totaal", "Zonder planning"),
            get("C", "Geïnventariseerd"),
        );
        // How many of its organisations sent a sheet ("6 van 6"), then the figures.
        let eigen: Vec<_> = orgs
            .iter()
            .filter(|o| o["Ministerie"] == g && o["Toezichthouder"] == "nee")
            .collect();
        let ingeleverd = eigen.iter().filter(|o| o["Ingeleverd"] != "nee").count();
        let rij = squash(&format!("{ingeleverd} van {} {figures}", eigen.len()));
        assert!(pdf.contains(&rij), "{quarter}: {g} {rij}");
    }

    // "In het kort" names the same number planned after the deadline as
    // page 1 and the tables (never one that includes the overdue ones).
    let na = groep("Totaal", "Gepland na de deadline");
    for zin in [
        "daarvan staat de publicatie gepland na de deadline",
        "daarvan ligt de geplande datum na de deadline",
    ] {
        let zin = squash(zin);
        if let Some(at) = pdf.find(&zin) {
            let voor = &pdf[..at];
            assert!(
                voor.ends_with(&format!("Voor{na}")),
                "{quarter}: {na} {zin}: {}",
                &voor[voor.len().saturating_sub(40)..]
            );
        }
    }

    // The planning: the total row and the sentence under the charts agree.
    if let Some(p) = json["planning"].as_object() {
        let t = p["per_groep"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["groep"] == "Totaal")
            .unwrap();
        let (gepland, gehaald) = (&t["gepland"], &t["gehaald"]);
        let rij = squash(&format!("Totaal (zonder toezichthouders) {gepland} {gehaald}"));
        if gepland.as_u64() > Some(0) {
            assert!(pdf.contains(&rij), "{quarter}: planning total {rij}");
        }
        if pdf.contains("zoalsinhetvorigekwartaal(") {
            let zin = squash(&format!(
                "zoals in het vorige kwartaal ({gehaald} van de {gepland} gepland)"
            ));
            assert!(pdf.contains(&zin), "{quarter}: the charts' sentence {zin}");
        }
    }
    // The Planning sheet: supervisors marked as on Organisaties, and no
    // percentage over fewer than three planned algorithms.
    if json["planning"].is_object() {
        for r in table(&xlsx, "Planning", "Ministerie") {
            let o = orgs.iter().find(|o| o["Code"] == r["Code"]).unwrap();
            assert_eq!(r["Toezichthouder"], o["Toezichthouder"], "{quarter}: {}", r["Code"]);
            assert_eq!(
                r["Betrouwbaarheid"].is_empty(),
                n(&r["Gepland"]) < 3,
                "{quarter}: {r:?}"
            );
        }
    }
    (orgs, overzicht, rows_in_aandacht)
}

/// The Totaal group's geïnventariseerd of one category, from `Overzicht`.
fn cat_sum(overzicht: &[HashMap<String, String>], c: &str) -> u32 {
    groep_cat(overzicht, "Totaal", c, "Geïnventariseerd")
}

/// The Totaal group's uitzondering volledig in A and B, from `Overzicht`.
fn ab_volledig(overzicht: &[HashMap<String, String>]) -> u32 {
    ["A", "B"]
        .iter()
        .map(|c| groep_cat(overzicht, "Totaal", c, "Uitzondering volledig"))
        .sum()
}

/// One group's figure of one category (or `totaal`), from `Overzicht`.
fn groep_cat(overzicht: &[HashMap<String, String>], g: &str, c: &str, label: &str) -> u32 {
    overzicht
        .iter()
        .find(|r| r["Groep"] == g && r["Categorie"] == c)
        .map_or(0, |r| n(&r[label]))
}

#[test]
fn every_maat_shown_is_the_same_in_pdf_and_workbook_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let mut aandacht = 0;
    let (mut last, mut groepen) = (Vec::new(), Vec::new());
    for q in ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"] {
        let (orgs, overzicht, rows) = quarter(dir.path(), q);
        aandacht += rows;
        if q == "2025-Q4" {
            (last, groepen) = (orgs, overzicht);
        }
    }
    assert!(aandacht > 5, "Aandacht nodig was compared on {aandacht} rows only");

    // The annual report: each organisation's row against the workbook of the
    // year's last quarter.
    let inputs = repo().join("inputs");
    ok(&algoreg(
        dir.path(),
        &[
            "jaar",
            "--jaar",
            "2025",
            "--invoer",
            inputs.to_str().unwrap(),
            "--uitvoer",
            "reports",
        ],
    ));
    let pdf = pdf_squashed(&dir.path().join("reports/2025/jaarrapportage-2025.pdf"));
    says_nothing_wrong(&pdf, "the annual report");
    let mut compared = 0;
    for o in last.iter().filter(|o| o["Ingeleverd"] == "ja") {
        let ministerie = if o["Toezichthouder"] == "ja" {
            "toezichthouder"
        } else {
            &o["Ministerie"]
        };
        let rij = format!(
            "{} {ministerie} {} {} {} {} {} {}",
            o["Organisatie"],
            o["Verplicht"],
            o["Verplicht gepubliceerd"],
            o["Achterstallig"],
            o["Op tijd gepland"],
            o["Gepland na de deadline"],
            o["Zonder planning"]
        );
        assert!(pdf.contains(&squash(&rij)), "annual: {rij}");
        compared += 1;
    }
    assert!(compared > 20, "{compared}");
    // The table per ministry: verplicht, gepubliceerd, achterstallig,
    // uitzondering volledig and risicoselectie, as in the workbook.
    for r in groepen.iter().filter(|r| r["Categorie"] == "totaal") {
        let naam = match r["Groep"].as_str() {
            "Totaal" => "Ministeries samen",
            "Toezichthouders" => "Onafhankelijke toezichthouders",
            _ => r["Omschrijving"].as_str(),
        };
        let rij = format!(
            "{naam} {} {} {} {} {}",
            r["Verplicht"],
            r["Verplicht gepubliceerd"],
            r["Achterstallig"],
            r["Uitzondering volledig"],
            r["Risicoselectie"]
        );
        assert!(pdf.contains(&squash(&rij)), "annual per ministry: {rij}");
    }
    // Per group and category: the same figures as the workbook's Overzicht,
    // and for A and B the exemptions explain verplicht on the page.
    for r in &groepen {
        let label = match r["Categorie"].as_str() {
            "A" => "A: hoog-risico-AI-systemen",
            "B" => "B: impactvolle algoritmen",
            _ => continue,
        };
        let get = |l: &str| n(&r[l]);
        assert_eq!(
            get("Geïnventariseerd") - get("Uitzondering volledig"),
            get("Verplicht"),
            "{r:?}"
        );
        let rij = format!(
            "{label} {} {} {} {} {} {}",
            get("Geïnventariseerd"),
            get("Uitzondering volledig"),
            get("Gepubliceerd"),
            get("Verplicht"),
            get("Verplicht gepubliceerd"),
            get("Nog te publiceren")
        );
        assert!(pdf.contains(&squash(&rij)), "annual, {}: {rij}", r["Groep"]);
    }
}
