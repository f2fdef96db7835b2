//! Rounds: each `terugmelding` of a quarter is a round, written into its own
//! folder (`terugmelding/ronde-1/`, `ronde-2/`, ...) and never deleted. A
//! round writes only for the organisations whose situation changed since
//! the round before: a new file, other findings, another state. What each
//! organisation's situation was is read back from the round's JSON.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::bevinding::Bevinding;

/// Where an organisation stands for the quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Toestand {
    /// Errors, or a file that cannot be read: correct and send again.
    #[serde(rename = "verbeteren")]
    Verbeteren,
    /// No file came.
    #[serde(rename = "niet ontvangen")]
    NietOntvangen,
    /// A new file came since the last round; the next round answers it
    /// (only in the overview that `check` and `run` refresh).
    #[serde(rename = "ontvangen")]
    Ontvangen,
    /// Only warnings: questions to look at, not corrections to make.
    #[serde(rename = "gecontroleerd met opmerkingen")]
    MetOpmerkingen,
    /// No errors and no warnings: nothing to do.
    #[serde(rename = "goedgekeurd")]
    Goedgekeurd,
}

impl Toestand {
    pub const ALL: [Toestand; 5] = [
        Toestand::Verbeteren,
        Toestand::NietOntvangen,
        Toestand::Ontvangen,
        Toestand::MetOpmerkingen,
        Toestand::Goedgekeurd,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Toestand::Verbeteren => "verbeteren",
            Toestand::NietOntvangen => "niet ontvangen",
            Toestand::Ontvangen => "ontvangen",
            Toestand::MetOpmerkingen => "gecontroleerd met opmerkingen",
            Toestand::Goedgekeurd => "goedgekeurd",
        }
    }
}

/// One organisation at a round, as the round's JSON keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stand {
    pub toestand: Toestand,
    /// The round in which the organisation last got something.
    pub ronde: u32,
    /// The SHA-256 of the file that was judged.
    pub vingerafdruk: Option<String>,
    /// A SHA-256 over the organisation's own findings (code, place, message).
    pub bevindingen: String,
}

/// The last round of a quarter: its number and every organisation's stand.
#[derive(Debug, Clone, Default)]
pub struct Vorige {
    pub nummer: u32,
    pub standen: BTreeMap<String, Stand>,
}

/// What changed for an organisation since the round before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Verandering {
    #[serde(rename = "eerste ronde")]
    EersteRonde,
    #[serde(rename = "nieuw bestand")]
    NieuwBestand,
    #[serde(rename = "andere bevindingen")]
    AndereBevindingen,
    #[serde(rename = "niets veranderd")]
    Niets,
}

impl Verandering {
    pub fn as_str(self) -> &'static str {
        match self {
            Verandering::EersteRonde => "eerste ronde",
            Verandering::NieuwBestand => "nieuw bestand",
            Verandering::AndereBevindingen => "andere bevindingen",
            Verandering::Niets => "niets veranderd",
        }
    }
}

/// The folder of round `n`.
pub fn map(terugmelding: &Path, n: u32) -> PathBuf {
    terugmelding.join(format!("ronde-{n}"))
}

/// The name of a round's JSON, with every organisation's stand.
pub fn json_name(quarter: crate::model::Quarter) -> String {
    format!("terugmelding-{quarter}.json")
}

/// The fingerprint of an organisation's own findings.
pub fn hash_of<'a>(bevindingen: impl Iterator<Item = &'a Bevinding>) -> String {
    let mut h = Sha256::new();
    for b in bevindingen {
        h.update(b.code.as_str().as_bytes());
        h.update(b.location.to_string().as_bytes());
        h.update(b.message.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What changed for an organisation since its stand at the last round:
/// its file, its findings (their fingerprint) or its state.
pub fn verandering(
    vorige: Option<&Stand>,
    vingerafdruk: Option<&str>,
    bevindingen: &str,
    toestand: Toestand,
) -> Verandering {
    let Some(v) = vorige else {
        return Verandering::EersteRonde;
    };
    if v.vingerafdruk.as_deref() != vingerafdruk {
        Verandering::NieuwBestand
    } else if v.bevindingen != bevindingen || v.toestand != toestand {
        Verandering::AndereBevindingen
    } else {
        Verandering::Niets
    }
}

#[derive(Deserialize)]
struct RondeJson {
    organisaties: Vec<RegelJson>,
}

#[derive(Deserialize)]
struct RegelJson {
    code: String,
    #[serde(flatten)]
    stand: Stand,
}

/// The last round in `terugmelding` (the quarter's terugmelding folder),
/// if there is one. A round folder without its JSON is no round.
pub fn lees(terugmelding: &Path, quarter: crate::model::Quarter) -> Result<Option<Vorige>> {
    let Ok(entries) = std::fs::read_dir(terugmelding) else {
        return Ok(None);
    };
    let last = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_prefix("ronde-")?.parse::<u32>().ok())
        .filter(|n| map(terugmelding, *n).join(json_name(quarter)).is_file())
        .max();
    let Some(nummer) = last else {
        return Ok(None);
    };
    let path = map(terugmelding, nummer).join(json_name(quarter));
    let bytes = std::fs::read(&path).with_context(|| format!("kan {} niet lezen", path.display()))?;
    let json: RondeJson = serde_json::from_slice(&bytes).with_context(|| {
        format!(
            "{} is geen terugmelding van algoreg\nhint: haal de map {} weg of zet hem terug zoals algoreg hem schreef",
            path.display(),
            map(terugmelding, nummer).display()
        )
    })?;
    Ok(Some(Vorige {
        nummer,
        standen: json.organisaties.into_iter().map(|r| (r.code, r.stand)).collect(),
    }))
}
