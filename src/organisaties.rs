//! `organisaties.csv`: the organisations expected to report, and their
//! ministries; `doelen.csv`: a ministry's own deadlines (`doelen`).

pub mod decode;
pub mod doelen;
pub mod read;

use std::collections::HashMap;

use serde::Serialize;

use crate::text::key;

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
    /// Where the terugmelding goes (column `email`, several split by `;`).
    /// Contact data: only the `To` of a mail draft shows it, no other output.
    #[serde(skip)]
    pub email: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct OrganisatieLijst {
    pub alle: Vec<Organisatie>,
    /// `key(code)` to the organisation's place in `organisations`, so that
    /// looking up a code does not walk the list (batches of thousands).
    by_key: HashMap<String, usize>,
    /// How the file was written (encoding and separator), for the manifest.
    pub format: decode::CsvFormat,
}

/// Known ministries: short code and full name. A sheet may give either.
pub use crate::maat::MINISTRIES;

/// Is this group code a ministry (one of [`MINISTRIES`])? Other groups
/// (`GEM`, `PROV`, `WS`) are not counted as ministries in any sentence.
pub fn is_ministry(code: &str) -> bool {
    crate::maat::Groep::Ministerie(code.to_owned()).is_ministerie()
}

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

impl OrganisatieLijst {
    /// The codes of the independent supervisors, in the list's order.
    pub fn toezichthouders(&self) -> Vec<String> {
        self.alle
            .iter()
            .filter(|o| o.toezichthouder)
            .map(|o| o.code.clone())
            .collect()
    }

    pub fn find(&self, code: &str) -> Option<&Organisatie> {
        self.by_key.get(&key(code)).map(|&i| &self.alle[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ministries_by_code_or_name() {
        assert!(same_ministry("JenV", "JenV"));
        assert!(same_ministry("Ministerie van Justitie en Veiligheid", "JenV"));
        assert!(same_ministry("justitie en veiligheid", "JenV"));
        assert!(!same_ministry("AenM", "JenV"));
    }
}
