//! Reading `organisaties.csv` as Excel or any editor saves it. Every line
//! that holds an organisation must be right: a line that cannot be read stops
//! the run, so no organisation is ever left out without anyone noticing.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::decode::{self, CsvFormat};
use super::{Organisatie, OrganisatieLijst, safe_code};
use crate::model::YesNo;
use crate::text::{clean, key};

const HINT_COLUMNS: &str = "hint: de kopregel moet zijn: code,naam,ministerie,toezichthouder[,naam_in_zin][,register_naam][,email] \
                            (met , of ; ertussen)";

/// How a bad line is reported: the file, the line and the cause first.
fn bad_line(shown_as: &str, line: u64, cause: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "{shown_as}, regel {line}: {cause}\nhint: verbeter regel {line} van organisaties.csv en start opnieuw; \
         algoreg slaat geen organisatie over"
    )
}

/// The bytes of `organisaties.csv`, or an error that says where it should be.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path)
        .with_context(|| format!("kan {} niet lezen", path.display()))
        .context("hint: de map met invoer moet organisaties.csv bevatten (code,naam,ministerie,toezichthouder)")
}

impl OrganisatieLijst {
    /// Reads `organisaties.csv`. A file or a line that cannot be read is
    /// fatal, so the file gives no findings.
    pub fn load(path: &Path, shown_as: &str) -> Result<OrganisatieLijst> {
        OrganisatieLijst::parse(&read_file(path)?, shown_as)
    }

    /// Reads the file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM
    /// or Windows-1252; `,` or `;` between the fields; any line ends.
    pub fn parse(bytes: &[u8], shown_as: &str) -> Result<OrganisatieLijst> {
        let (format, mut decoded) =
            decode::open(bytes, usize::MAX).with_context(|| format!("kan {shown_as} niet lezen"))?;
        let mut text = String::new();
        decoded
            .read_to_string(&mut text)
            .with_context(|| format!("{shown_as} is geen leesbare tekst\nhint: sla het bestand op als CSV (UTF-8)"))?;
        parse_text(&text, format, shown_as)
    }
}

fn parse_text(text: &str, format: CsvFormat, shown_as: &str) -> Result<OrganisatieLijst> {
    let (mut reader, headers) = decode::records(text, format, shown_as, HINT_COLUMNS)?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_code), Some(c_naam), Some(c_min), Some(c_toez)) =
        (col("code"), col("naam"), col("ministerie"), col("toezichthouder"))
    else {
        let missing: Vec<&str> = ["code", "naam", "ministerie", "toezichthouder"]
            .into_iter()
            .filter(|c| col(c).is_none())
            .collect();
        bail!(
            "{shown_as} mist de kolom {} (gelezen met {:?} tussen de velden)\n{HINT_COLUMNS}",
            missing.join(", "),
            format.scheidingsteken
        );
    };
    let (c_zin, c_reg, c_mail) = (col("naaminzin"), col("registernaam"), col("email"));
    let mut organisaties = OrganisatieLijst {
        format,
        ..OrganisatieLijst::default()
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                return Err(bad_line(shown_as, line, &format!("deze regel is niet te lezen ({e})")));
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        let bad = |cause: String| bad_line(shown_as, line, &cause);
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).and_then(clean).map(str::to_owned);
        if record.iter().all(|f| clean(f).is_none()) {
            continue;
        }
        let (Some(code), Some(naam), Some(ministerie)) = (get(Some(c_code)), get(Some(c_naam)), get(Some(c_min)))
        else {
            return Err(bad("code, naam of ministerie ontbreekt".to_owned()));
        };
        let toezichthouder = match get(Some(c_toez)).as_deref().map(YesNo::parse) {
            Some(Some(v)) => v == YesNo::Yes,
            _ => return Err(bad(format!("bij {code} staat bij toezichthouder geen ja of nee"))),
        };
        if !safe_code(&code) {
            return Err(bad(format!(
                "de code {code:?} mag alleen letters, cijfers, - en _ bevatten (hoogstens 32 tekens)"
            )));
        }
        let code_key = key(&code);
        if organisaties.by_key.contains_key(&code_key) {
            return Err(bad(format!("de code {code} staat twee keer in de lijst")));
        }
        let naam_in_zin = get(c_zin).unwrap_or_else(|| naam.clone());
        let register_naam = get(c_reg).unwrap_or_else(|| naam.clone());
        let email = addresses(get(c_mail).as_deref().unwrap_or_default()).map_err(|a| {
            bad(format!(
                "bij {code} is {a:?} geen e-mailadres (zoals naam@organisatie.nl, meer adressen met ; ertussen)"
            ))
        })?;
        organisaties.by_key.insert(code_key, organisaties.alle.len());
        organisaties.alle.push(Organisatie {
            code,
            naam,
            ministerie,
            toezichthouder,
            naam_in_zin,
            register_naam,
            email,
        });
    }
    Ok(organisaties)
}

/// The addresses of the `email` column, split by `;`; the first one that is
/// no address is the error. An address has one `@` with text on both
/// sides, a domain with a dot inside it, and no spaces or characters that
/// would break a mail header.
fn addresses(field: &str) -> std::result::Result<Vec<String>, String> {
    field
        .split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            let ok = a.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && domain.contains('.')
                    && !domain.contains('@')
            }) && !a
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>(),:;\"[]\\".contains(c));
            if ok { Ok(a.to_owned()) } else { Err(a.to_owned()) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bom_and_optional_columns() {
        let csv = "\u{feff}code,naam,ministerie,toezichthouder,naam_in_zin\n\
                   NFI,Nederlands Forensisch Instituut,JenV,nee,het Nederlands Forensisch Instituut\r\n\
                   \r\n\
                   ,,,,\n\
                   AP, Autoriteit Persoonsgegevens ,JenV,ja,\n";
        let r = OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap();
        assert_eq!(r.alle.len(), 2);
        assert_eq!(
            r.find("nfi").unwrap().naam_in_zin,
            "het Nederlands Forensisch Instituut"
        );
        let ap = r.find("AP").unwrap();
        assert!(ap.toezichthouder);
        assert_eq!(ap.naam_in_zin, "Autoriteit Persoonsgegevens");
        assert_eq!(r.format.codering, "UTF-8 met BOM");
    }

    #[test]
    fn every_bad_line_is_fatal_and_named() {
        let head = "code;naam;ministerie;toezichthouder\r\nNFI;NFI;JenV;nee\r\n";
        for (line, cause) in [
            ("X;Zonder antwoord;JenV;misschien", "geen ja of nee"),
            ("NFI;Dubbel;JenV;nee", "twee keer"),
            ("../x;Ontsnapping;JenV;nee", "\"../x\""),
            (";Zonder code;JenV;nee", "ontbreekt"),
        ] {
            let csv = format!("{head}{line}\r\n");
            let e = format!(
                "{:#}",
                OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap_err()
            );
            assert!(e.starts_with("organisaties.csv, regel 3: "), "{e}");
            assert!(e.contains(cause) && e.contains("\nhint: "), "{e}");
        }
    }

    #[test]
    fn email_addresses_are_split_and_checked() {
        // With `;` between the fields, a field with `;` inside has quotes.
        let csv = "code;naam;ministerie;toezichthouder;email\r\n\
                   NFI;NFI;JenV;nee;\" info@nfi.nl ;a.b@minjenv.nl;\"\r\n";
        let r = OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap();
        assert_eq!(r.find("NFI").unwrap().email, ["info@nfi.nl", "a.b@minjenv.nl"]);
        let head = "code,naam,ministerie,toezichthouder,email\nNFI,NFI,JenV,nee,info@nfi.nl\n";
        for bad in [
            "info nfi@nfi.nl",
            "@nfi.nl",
            "info@",
            "info.nfi.nl",
            "info@nfi",
            "a@b@nfi.nl",
            "Info <i@nfi.nl>",
        ] {
            let csv = format!("{head}IND,IND,JenV,nee,\"ok@ind.nl;{bad}\"\n");
            let e = format!(
                "{:#}",
                OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap_err()
            );
            assert!(e.starts_with("organisaties.csv, regel 3: bij IND is "), "{e}");
            assert!(e.contains(&format!("{bad:?}")) && e.contains("\nhint: "), "{e}");
        }
        let without = OrganisatieLijst::parse(head.replace(",info@nfi.nl", ",").as_bytes(), "o.csv").unwrap();
        assert!(without.find("NFI").unwrap().email.is_empty());
    }

    #[test]
    fn a_missing_column_is_named() {
        let e = OrganisatieLijst::parse(b"code,naam,ministerie\n", "organisaties.csv").unwrap_err();
        assert!(format!("{e:#}").contains("mist de kolom toezichthouder"), "{e:#}");
    }
}
