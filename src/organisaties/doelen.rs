//! `doelen.csv`: a ministry's own deadline for category A or B
//! (`ministerie,categorie,datum`), read with the encodings and separators of
//! `organisaties.csv`. Every line must be right: a bad line stops the run.

use std::io::Read;

use anyhow::{Context, Result, bail};

use super::OrganisatieLijst;
use super::decode;
use crate::maat::{Deadlines, Doelen};
use crate::model::Category;
use crate::text::{clean, key, parse_date};

const HINT_COLUMNS: &str = "hint: de kopregel moet zijn: ministerie,categorie,datum (met , of ; ertussen)";

/// How a bad line is reported: the file, the line and the cause, then what to do.
fn bad_line(shown_as: &str, line: u64, cause: &str, hint: &str) -> anyhow::Error {
    anyhow::anyhow!("{shown_as}, regel {line}: {cause}\nhint: {hint}")
}

/// Reads `doelen.csv`: each line gives one ministry (as in the column
/// `ministerie` of `organisaties.csv`) its own date for category A or B. A
/// ministry and category without a line keep the Kamer's date.
pub fn parse(bytes: &[u8], shown_as: &str, organisaties: &OrganisatieLijst, kamer: Deadlines) -> Result<Doelen> {
    let (format, mut decoded) =
        decode::open(bytes, usize::MAX).with_context(|| format!("kan {shown_as} niet lezen"))?;
    let mut text = String::new();
    decoded
        .read_to_string(&mut text)
        .with_context(|| format!("{shown_as} is geen leesbare tekst\nhint: sla het bestand op als CSV (UTF-8)"))?;
    let (mut reader, headers) = decode::records(&text, format, shown_as, HINT_COLUMNS)?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_min), Some(c_cat), Some(c_datum)) = (col("ministerie"), col("categorie"), col("datum")) else {
        let missing: Vec<&str> = ["ministerie", "categorie", "datum"]
            .into_iter()
            .filter(|c| col(c).is_none())
            .collect();
        bail!(
            "{shown_as} mist de kolom {} (gelezen met {:?} tussen de velden)\n{HINT_COLUMNS}",
            missing.join(", "),
            format.scheidingsteken
        );
    };
    // The ministries of the organisations that are not supervisors, as written there.
    let mut known: Vec<&str> = organisaties
        .alle
        .iter()
        .filter(|o| !o.toezichthouder)
        .map(|o| o.ministerie.as_str())
        .collect();
    known.sort_unstable();
    known.dedup();
    let mut doelen = Doelen::kamer(kamer);
    let mut seen: Vec<(String, Category, u64)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                return Err(bad_line(
                    shown_as,
                    line,
                    &format!("deze regel is niet te lezen ({e})"),
                    "verbeter de regel en start opnieuw",
                ));
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        let get = |c: usize| record.get(c).and_then(clean).unwrap_or("");
        if record.iter().all(|f| clean(f).is_none()) {
            continue;
        }
        let (ministerie, categorie, datum) = (get(c_min), get(c_cat), get(c_datum));
        let Some(ministerie) = known.iter().find(|m| key(m) == key(ministerie)).copied() else {
            return Err(bad_line(
                shown_as,
                line,
                &format!("het ministerie {ministerie:?} staat niet in organisaties.csv"),
                &format!(
                    "schrijf het ministerie zoals in de kolom ministerie van organisaties.csv: {}",
                    known.join(", ")
                ),
            ));
        };
        let categorie = match key(categorie).as_str() {
            "a" => Category::A,
            "b" => Category::B,
            _ => {
                return Err(bad_line(
                    shown_as,
                    line,
                    &format!("de categorie {categorie:?} is geen A of B"),
                    "alleen categorie A en B hebben een deadline; schrijf A of B",
                ));
            }
        };
        let Some(datum) = parse_date(datum) else {
            return Err(bad_line(
                shown_as,
                line,
                &format!("de datum {datum:?} is geen datum"),
                "schrijf de datum als 2026-06-30",
            ));
        };
        if let Some((_, _, first)) = seen.iter().find(|(m, c, _)| m == ministerie && *c == categorie) {
            return Err(bad_line(
                shown_as,
                line,
                &format!("{ministerie} categorie {categorie} staat er twee keer in (ook op regel {first})"),
                "laat één regel per ministerie en categorie staan",
            ));
        }
        seen.push((ministerie.to_owned(), categorie, line));
        let d = doelen.eigen.entry(ministerie.to_owned()).or_insert(kamer);
        match categorie {
            Category::A => d.a = datum,
            _ => d.b = datum,
        }
    }
    Ok(doelen)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn organisaties() -> OrganisatieLijst {
        let csv = "code,naam,ministerie,toezichthouder\nNFI,NFI,JenV,nee\nIND,IND,AenM,nee\nAP,AP,JenV,ja\n";
        OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap()
    }

    #[test]
    fn a_ministry_gets_its_own_date_and_keeps_the_kamers_for_the_rest() {
        let csv = "ministerie;categorie;datum\r\njenv;B;30-06-2026\r\n";
        let d = parse(csv.as_bytes(), "doelen.csv", &organisaties(), Deadlines::default()).unwrap();
        let own = d.ministerie("JenV");
        assert_eq!(own.b, NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
        assert_eq!(own.a, Deadlines::default().a);
        assert_eq!(d.ministerie("AenM"), Deadlines::default());
        // A supervisor keeps the Kamer's date, whatever its ministry.
        assert_eq!(d.of("JenV", true), Deadlines::default());
    }

    #[test]
    fn every_bad_line_is_fatal_and_named() {
        let head = "ministerie,categorie,datum\nJenV,B,2026-06-30\n";
        for (line, cause) in [
            ("BZK,B,2026-06-30", "staat niet in organisaties.csv"),
            ("AenM,C,2026-06-30", "geen A of B"),
            ("AenM,B,30 juni", "geen datum"),
            ("JenV,b,2026-09-30", "twee keer"),
        ] {
            let csv = format!("{head}{line}\n");
            let e = format!(
                "{:#}",
                parse(csv.as_bytes(), "doelen.csv", &organisaties(), Deadlines::default()).unwrap_err()
            );
            assert!(e.starts_with("doelen.csv, regel 3: "), "{e}");
            assert!(e.contains(cause) && e.contains("\nhint: "), "{e}");
        }
    }
}
