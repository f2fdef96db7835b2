//! `organisaties.csv`: the organisations expected to report, and their ministries.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::bevinding::{Bevindingen, Code, Location};
use crate::model::YesNo;
use crate::text::{clean, key};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisatie {
    pub code: String,
    pub naam: String,
    pub ministerie: String,
    pub toezichthouder: bool,
    /// The name as it reads inside a sentence ("het Nederlands Forensisch Instituut").
    pub naam_in_zin: String,
    /// The name exactly as the Algorithm Register spells it.
    pub register_naam: String,
}

#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub organisations: Vec<Organisatie>,
    /// `key(code)` to the organisation's place in `organisations`, so that
    /// looking up a code does not walk the list (batches of thousands).
    by_key: HashMap<String, usize>,
}

/// Known ministries: short code and full name. A sheet may give either.
pub const MINISTRIES: &[(&str, &str)] = &[
    ("JenV", "Ministerie van Justitie en Veiligheid"),
    ("AenM", "Ministerie van Asiel en Migratie"),
    ("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("BZ", "Ministerie van Buitenlandse Zaken"),
    ("Def", "Ministerie van Defensie"),
    ("EZ", "Ministerie van Economische Zaken"),
    ("Fin", "Ministerie van Financiën"),
    ("IenW", "Ministerie van Infrastructuur en Waterstaat"),
    ("KGG", "Ministerie van Klimaat en Groene Groei"),
    ("LVVN", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
    ("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("SZW", "Ministerie van Sociale Zaken en Werkgelegenheid"),
    ("VWS", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    ("VRO", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
    ("AZ", "Ministerie van Algemene Zaken"),
];

/// The full name of a ministry code, or the code itself when unknown.
pub fn ministry_name(code: &str) -> &str {
    MINISTRIES
        .iter()
        .find(|(c, _)| key(c) == key(code))
        .map_or(code, |(_, n)| n)
}

/// Does a ministry as typed in a sheet mean the ministry `code`?
/// Accepts the code, the full name, and the full name without "Ministerie van".
pub fn same_ministry(typed: &str, code: &str) -> bool {
    let t = key(typed);
    let full = key(ministry_name(code));
    t == key(code) || t == full || full.strip_prefix("ministerievan") == Some(t.as_str())
}

/// Codes become parts of file names (templates, reports): letters, digits,
/// `-` and `_` only, so `../x` can never leave a folder.
pub fn safe_code(code: &str) -> bool {
    (1..=32).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !code.starts_with('-')
}

impl Registry {
    pub fn find(&self, code: &str) -> Option<&Organisatie> {
        self.by_key.get(&key(code)).map(|&i| &self.organisations[i])
    }

    /// Reads `organisaties.csv`. A file that cannot be read is fatal; bad rows
    /// become findings and are left out.
    pub fn load(path: &Path, shown_as: &str, findings: &mut Bevindingen) -> Result<Registry> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("kan {} niet lezen", path.display()))
            .context("hint: de map met invoer moet organisaties.csv bevatten (code,naam,ministerie,toezichthouder)")?;
        Registry::parse(&bytes, shown_as, findings)
    }

    pub fn parse(bytes: &[u8], shown_as: &str, findings: &mut Bevindingen) -> Result<Registry> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(bytes);
        let headers: Vec<String> = reader
            .headers()
            .context("organisaties.csv heeft geen kopregel")?
            .iter()
            .map(key)
            .collect();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let (Some(c_code), Some(c_naam), Some(c_min), Some(c_toez)) =
            (col("code"), col("naam"), col("ministerie"), col("toezichthouder"))
        else {
            anyhow::bail!(
                "organisaties.csv mist een kolom\nhint: de kopregel moet zijn: code,naam,ministerie,toezichthouder[,naam_in_zin][,register_naam]"
            );
        };
        let (c_zin, c_reg) = (col("naaminzin"), col("registernaam"));
        let mut registry = Registry::default();
        for (i, record) in reader.records().enumerate() {
            let line = i + 2;
            let loc = || Location::file(shown_as).cell(format!("regel {line}"));
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    findings.fout(
                        Code::BestandOnleesbaar,
                        loc(),
                        format!("Deze regel is niet te lezen: {e}."),
                    );
                    continue;
                }
            };
            let get = |c: Option<usize>| c.and_then(|c| record.get(c)).and_then(clean).map(str::to_owned);
            let (Some(code), Some(naam), Some(ministerie)) = (get(Some(c_code)), get(Some(c_naam)), get(Some(c_min)))
            else {
                if record.iter().any(|f| !f.is_empty()) {
                    findings.fout(
                        Code::WaardeOntbreekt,
                        loc(),
                        "Code, naam of ministerie ontbreekt. Deze organisatie telt niet mee.",
                    );
                }
                continue;
            };
            let toezichthouder = match get(Some(c_toez)).as_deref().map(YesNo::parse) {
                Some(Some(v)) => v == YesNo::Yes,
                _ => {
                    findings.fout(
                        Code::WaardeOntbreekt,
                        loc(),
                        format!("Bij {code} staat bij toezichthouder geen ja of nee. Deze organisatie telt niet mee."),
                    );
                    continue;
                }
            };
            if !safe_code(&code) {
                findings.fout(
                    Code::WaardeOntbreekt,
                    loc(),
                    format!("De code {code:?} mag alleen letters, cijfers, - en _ bevatten (hoogstens 32 tekens). Deze organisatie telt niet mee."),
                );
                continue;
            }
            let code_key = key(&code);
            if registry.by_key.contains_key(&code_key) {
                findings.fout(
                    Code::DubbelBlad,
                    loc(),
                    format!("De code {code} staat twee keer in de lijst. De tweede regel telt niet mee."),
                );
                continue;
            }
            let naam_in_zin = get(c_zin).unwrap_or_else(|| naam.clone());
            let register_naam = get(c_reg).unwrap_or_else(|| naam.clone());
            registry.by_key.insert(code_key, registry.organisations.len());
            registry.organisations.push(Organisatie {
                code,
                naam,
                ministerie,
                toezichthouder,
                naam_in_zin,
                register_naam,
            });
        }
        Ok(registry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bom_optional_columns_and_reports_bad_rows() {
        let csv = "\u{feff}code,naam,ministerie,toezichthouder,naam_in_zin\n\
                   NFI,Nederlands Forensisch Instituut,JenV,nee,het Nederlands Forensisch Instituut\n\
                   AP, Autoriteit Persoonsgegevens ,JenV,ja,\n\
                   X,Zonder antwoord,JenV,misschien,\n\
                   NFI,Dubbel,JenV,nee,\n\
                   ../x,Ontsnapping,JenV,nee,\n";
        let mut f = Bevindingen::default();
        let r = Registry::parse(csv.as_bytes(), "organisaties.csv", &mut f).unwrap();
        assert_eq!(r.organisations.len(), 2);
        assert_eq!(
            r.find("nfi").unwrap().naam_in_zin,
            "het Nederlands Forensisch Instituut"
        );
        let ap = r.find("AP").unwrap();
        assert!(ap.toezichthouder);
        assert_eq!(ap.naam_in_zin, "Autoriteit Persoonsgegevens");
        assert_eq!(f.0.len(), 3);
        assert!(r.find("../x").is_none());
        assert!(f.0[2].message.contains("\"../x\""), "{}", f.0[2].message);
        assert_eq!(f.0[0].location.cell.as_deref(), Some("regel 4"));
    }

    #[test]
    fn ministries_by_code_or_name() {
        assert!(same_ministry("JenV", "JenV"));
        assert!(same_ministry("Ministerie van Justitie en Veiligheid", "JenV"));
        assert!(same_ministry("justitie en veiligheid", "JenV"));
        assert!(!same_ministry("AenM", "JenV"));
    }
}
