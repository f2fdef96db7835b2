//! What the register stage gives: the download read ([`Download`]), one
//! [`RegisterRecord`] per algorithm with its [`Versie`]s, where each is in
//! the file ([`Plaats`]), and which download it was ([`Soort`]).

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::velden::Velden;
use crate::bevinding::{Bevinding, Location};
use crate::model::Category;
use crate::organisaties::decode::CsvFormat;
use crate::text::key;

/// Which of the register's downloads a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Soort {
    /// The CSV export: only the current version of each algorithm.
    Export,
    /// The history download (CSV or Excel): every published version.
    Geschiedenis,
    /// The Excel download: only the current version, one sheet per standard.
    Excel,
}

impl Soort {
    pub fn as_str(self) -> &'static str {
        match self {
            Soort::Export => "export",
            Soort::Geschiedenis => "geschiedenis",
            Soort::Excel => "excel",
        }
    }

    /// The file's dates are those of the current version only.
    pub fn alleen_huidige_versie(self) -> bool {
        self != Soort::Geschiedenis
    }

    /// What the console and the reports say about the file.
    pub fn zin(self) -> String {
        const HUIDIGE: &str = "alleen de huidige versie van elke beschrijving, met de datum van die versie. \
             Met de geschiedenis-download vergelijkt algoreg met de eerste publicatie en met wat het publiek op de peildatum zag.";
        match self {
            Soort::Export => format!("Dit is de CSV-export van het register: {HUIDIGE}"),
            Soort::Excel => format!("Dit is de Excel-download van het register: {HUIDIGE}"),
            Soort::Geschiedenis => "Dit is de geschiedenis-download van het register: elke gepubliceerde versie. \
                 Vergeleken is de versie die het publiek op de peildatum zag, en de datum van de eerste publicatie."
                .to_owned(),
        }
    }
}

/// The register's own status of an algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum RegisterStatus {
    #[serde(rename = "In ontwikkeling")]
    InOntwikkeling,
    #[serde(rename = "In gebruik")]
    InGebruik,
    #[serde(rename = "Buiten gebruik")]
    BuitenGebruik,
}

impl RegisterStatus {
    pub const ALL: [RegisterStatus; 3] = [Self::InOntwikkeling, Self::InGebruik, Self::BuitenGebruik];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InOntwikkeling => "In ontwikkeling",
            Self::InGebruik => "In gebruik",
            Self::BuitenGebruik => "Buiten gebruik",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let k = key(s);
        Self::ALL.into_iter().find(|v| key(v.as_str()) == k)
    }
}

/// Where a version is in the download: a line of a CSV file, or a column of
/// a sheet of the Excel download. In the JSON: `"regel 12"`, `"blad 1.0, kolom C"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Plaats {
    Regel(u64),
    Kolom { blad: String, kolom: String },
}

impl Plaats {
    /// The finding's location in the file named `shown`.
    pub fn location(&self, shown: &str) -> Location {
        match self {
            Plaats::Regel(n) => Location::file(shown).cell(format!("regel {n}")),
            Plaats::Kolom { blad, kolom } => Location::file(shown).sheet(blad).cell(format!("kolom {kolom}")),
        }
    }
}

impl fmt::Display for Plaats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Plaats::Regel(n) => write!(f, "regel {n}"),
            Plaats::Kolom { blad, kolom } => write!(f, "blad {blad}, kolom {kolom}"),
        }
    }
}

impl Serialize for Plaats {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One published version of an algorithm: its date and category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Versie {
    pub datum: Option<NaiveDate>,
    pub categorie: Option<Category>,
}

/// One algorithm in the register: the version that counts (the latest the
/// public saw at the peildatum), with its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRecord {
    /// Where the version that counts is in the file.
    pub plaats: Plaats,
    pub algoritme_id: Option<String>,
    pub naam: String,
    pub organisatie: String,
    pub categorie: Option<Category>,
    pub status: Option<RegisterStatus>,
    /// The `publication_dt` of the version that counts.
    pub publicatie: Option<NaiveDate>,
    pub einde: Option<NaiveDate>,
    /// The text fields the quality check reads (`kwaliteit`).
    pub velden: Velden,
    /// The earliest `publication_dt` of its versions read. With the CSV or
    /// Excel download the current version's: the first publication is not in those files.
    pub eerste_publicatie: Option<NaiveDate>,
    /// The versions up to the peildatum, oldest first (every version when
    /// the first is after it). One for the CSV and Excel downloads.
    pub versies: Vec<Versie>,
}

impl RegisterRecord {
    /// The latest version's date, up to the peildatum.
    pub fn laatste_versie(&self) -> Option<NaiveDate> {
        self.versies.iter().filter_map(|v| v.datum).max()
    }
}

/// How the download's lines (or columns) were used: `gelezen` = the other four, always.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RegelTelling {
    pub gelezen: usize,
    /// Versions of an organisation in organisaties.csv, or with an Algoritme-ID from a sheet.
    pub eigen_organisaties: usize,
    /// Versions of all other organisations: not compared.
    pub andere_organisaties: usize,
    /// Translations (`lang` not `nld`): the Dutch record is compared.
    pub andere_taal: usize,
    /// Lines that could not be read: each has a finding.
    pub onleesbaar: usize,
}

/// The download, read: one record per algorithm of ours, and what the file offers.
#[derive(Debug, Clone)]
pub struct Download {
    pub soort: Soort,
    pub records: Vec<RegisterRecord>,
    /// The download has Algoritme-IDs (`algorithm_id`, v1.0 and later).
    pub met_algoritme_id: bool,
    /// The download has publication dates (`publication_dt`, v1.0 and later).
    pub met_publicatiedatum: bool,
    /// The newest `publication_dt` of all versions, ours or not: how old the download is.
    pub nieuwste_publicatie: Option<NaiveDate>,
    /// How a CSV file was written, for the manifest; `None` for the Excel download.
    pub format: Option<CsvFormat>,
    pub regels: RegelTelling,
    pub findings: Vec<Bevinding>,
}

/// Which versions to keep: those under these organisation names (as keys) or
/// with these Algoritme-IDs.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    pub organisations: HashSet<String>,
    pub ids: HashSet<String>,
}

/// A date as the register writes it: `2025-06-30`, with or without a time,
/// or only a month (`2025-06`, read as its first day).
pub(crate) fn register_date(s: &str) -> Option<NaiveDate> {
    crate::text::parse_date(s).or_else(|| {
        let (y, m) = s.trim().split_once('-')?;
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
    })
}
