//! Bevindingen: every problem the pipeline sees, with its place and a Dutch message.

pub mod volgorde;

use std::fmt;

use serde::Serialize;

/// How bad a finding is. `Fout` blocks the reports; the others only inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Ernst {
    Fout,
    Waarschuwing,
    Info,
}

impl Ernst {
    pub fn as_str(self) -> &'static str {
        match self {
            Ernst::Fout => "fout",
            Ernst::Waarschuwing => "waarschuwing",
            Ernst::Info => "info",
        }
    }
}

/// Stable finding codes. The text form (kebab case, Dutch) is what users and
/// tests see; never change one once it has shipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file cannot be opened as a spreadsheet.
    BestandOnleesbaar,
    /// A file in the quarter folder that is not a spreadsheet.
    BestandOvergeslagen,
    /// A file larger than the limits, on disk or unpacked: not read.
    BestandTeGroot,
    /// A file reached through a link that points outside the inputs folder.
    BestandBuitenMap,
    /// A sheet larger than the limits: not read whole.
    BladTeGroot,
    /// A required sheet (`Organisatie`, `Algoritmen`) is missing.
    BladOntbreekt,
    /// A required label on the Organisatie sheet is missing.
    LabelOntbreekt,
    /// A required column on the Algoritmen sheet is missing.
    KolomOntbreekt,
    /// An unknown column header; the column is ignored.
    KolomOnbekend,
    /// The same column header twice; the second is ignored.
    KolomDubbel,
    /// No header row found in the first rows of the Algoritmen sheet.
    KopregelOntbreekt,
    /// The organisation code is not in organisaties.csv.
    OrganisatieOnbekend,
    /// The sheet's ministry does not agree with organisaties.csv.
    MinisterieKloptNiet,
    /// The sheet's quarter is not the folder's quarter.
    KwartaalKloptNiet,
    /// Peildatum outside the quarter.
    PeildatumBuitenKwartaal,
    /// Two sheets for one organisation.
    DubbelBlad,
    /// An organisation in organisaties.csv without a sheet.
    BladNietIngeleverd,
    /// The same ID twice in one sheet.
    IdDubbel,
    /// A required value is missing.
    WaardeOntbreekt,
    /// An unknown category.
    CategorieOnbekend,
    /// An unknown status.
    StatusOnbekend,
    /// An unknown phase.
    FaseOnbekend,
    /// An unknown exception value.
    UitzonderingOnbekend,
    /// Risicoselectie not ja/nee.
    RisicoselectieOnbekend,
    /// A value in the column EU-databank outside its list.
    EuDatabankOnbekend,
    /// A value in the column Grondrechtentoets outside its list.
    GrondrechtentoetsOnbekend,
    /// On or after `--deadline-eu`: a category-A row not registered in the EU
    /// database, or without an answer (AI Act, Art. 49).
    EuRegistratieOntbreekt,
    /// A quarter text that cannot be read.
    KwartaalOngeldig,
    /// A date that cannot be read, or one that cannot be right.
    DatumOngeldig,
    /// An A/B row not yet published without a planned date.
    PlanningOntbreekt,
    /// Publicatiedatum after the peildatum.
    PublicatieNaPeildatum,
    /// Published without an Algoritme-ID.
    AlgoritmeIdOntbreekt,
    /// An Algoritme-ID that is not 8 digits or a register URL, or whose check
    /// digit is wrong (`ingest::cells::check_digit_ok`).
    AlgoritmeIdOngeldig,
    /// `volledig` together with `gepubliceerd`.
    VolledigGepubliceerd,
    /// A formula error in a cell (`#REF!`, `#N/A`, ...).
    CelFout,
    /// A number where text was expected, or the other way round.
    WaardeSoort,
    /// A cell with more text than one cell of Excel holds (32,767 characters).
    TekstTeLang,
    /// An algorithm of the previous quarter is gone without being marked vervallen.
    AlgoritmeVerdwenen,
    /// A status that went back from gepubliceerd.
    StatusTerug,
    /// A publication date that changed after publication.
    PublicatiedatumGewijzigd,
    /// An ID that now names another algorithm.
    IdHergebruikt,
    /// A category A row, new or newly A since the previous sheet, not published
    /// (motion Dekker-Abdulaziz: a new high-risk AI system goes into the register directly).
    HoogRisicoNietDirect,
    /// A mandatory row planned on or before the deadline in the previous sheet, after it now.
    NaDeadlineGepland,
    /// With --carry-forward: an organisation's earlier sheet stands in for a missing one.
    BladOvergenomen,
    /// Reconciliation: published in the sheet, but not in the register.
    NietInRegister,
    /// Reconciliation: the Algoritme-ID is in the register under another organisation.
    RegisterAndereOrganisatie,
    /// Reconciliation: in the register under the organisation, in no row of its sheet.
    NietInInventaris,
    /// Reconciliation: the sheet's category is not the register's.
    CategorieVerschilt,
    /// Reconciliation: the sheet's status does not fit the register's.
    StatusVerschilt,
    /// Reconciliation: publication dates more than a month apart.
    PublicatiedatumVerschilt,
    /// Reconciliation: linked by organisation and name, not by Algoritme-ID.
    GekoppeldOpNaam,
    /// Reconciliation: a line of the register export that cannot be read.
    RegisterRegelOngeldig,
    /// Reconciliation: the register export is probably older than the peildatum.
    RegisterVerouderd,
    /// The register's download: an Algoritme-ID whose check digit is wrong.
    RegisterIdOngeldig,
    /// The register's download: two versions of one algorithm with the same date and different content.
    RegisterVersieDubbel,
    /// The register's Excel download: a sheet, a field or a version algoreg does not know.
    RegisterIndelingOnbekend,
    /// The register: a description not updated for more than two years.
    RegisterNietBijgewerkt,
    /// Quality: a required field of a register description is empty or a placeholder ("n.v.t.").
    RegisterVeldLeeg,
    /// Quality: a value in a register description outside the publication standard.
    RegisterWaardeOngeldig,
    /// Quality: category A or B in the register without any impact assessment.
    RegisterImpacttoetsOntbreekt,
    /// Quality: category A in the register without an IAMA.
    RegisterIamaOntbreekt,
    /// Quality: a text the readability indication calls "moeilijk" (an indication, no B1 verdict).
    RegisterTekstMoeilijk,
}

/// Who can act on a finding: the organisation (a cell, a value, a missing
/// sheet), or only the coordinator who runs the quarter (two files of one
/// organisation in the folder, a file that is no status sheet, a limit, the
/// register's download). A coordinator's finding never goes into an
/// organisation's mail or returned sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Doelgroep {
    Organisatie,
    Coordinator,
}

impl Code {
    /// Who can act on a finding of this code.
    pub fn doelgroep(self) -> Doelgroep {
        let coordinator = self.is_register()
            || matches!(
                self,
                Code::BestandOvergeslagen
                    | Code::BestandTeGroot
                    | Code::BestandBuitenMap
                    | Code::BladTeGroot
                    | Code::OrganisatieOnbekend
                    | Code::DubbelBlad
                    | Code::BladOvergenomen
            );
        if coordinator {
            Doelgroep::Coordinator
        } else {
            Doelgroep::Organisatie
        }
    }

    /// Found by comparing with the register's download (afstemming and
    /// kwaliteit), not in the status sheets.
    pub fn is_register(self) -> bool {
        matches!(
            self,
            Code::NietInRegister
                | Code::RegisterAndereOrganisatie
                | Code::NietInInventaris
                | Code::CategorieVerschilt
                | Code::StatusVerschilt
                | Code::PublicatiedatumVerschilt
                | Code::GekoppeldOpNaam
                | Code::RegisterRegelOngeldig
                | Code::RegisterVerouderd
                | Code::RegisterIdOngeldig
                | Code::RegisterVersieDubbel
                | Code::RegisterIndelingOnbekend
                | Code::RegisterNietBijgewerkt
                | Code::RegisterVeldLeeg
                | Code::RegisterWaardeOngeldig
                | Code::RegisterImpacttoetsOntbreekt
                | Code::RegisterIamaOntbreekt
                | Code::RegisterTekstMoeilijk
        )
    }

    pub fn as_str(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// Where a finding is: a file, and in it a sheet and a cell where known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Location {
    #[serde(rename = "bestand")]
    pub file: String,
    #[serde(rename = "blad")]
    pub sheet: Option<String>,
    #[serde(rename = "cel")]
    pub cell: Option<String>,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            sheet: None,
            cell: None,
        }
    }

    pub fn sheet(&self, sheet: &str) -> Self {
        Location {
            file: self.file.clone(),
            sheet: Some(sheet.to_owned()),
            cell: None,
        }
    }

    pub fn cell(&self, cell: String) -> Self {
        Location {
            cell: Some(cell),
            ..self.clone()
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        // A sheet's name is the organisation's (in .ods of any length).
        match (self.sheet.as_deref().map(crate::text::quote), &self.cell) {
            (Some(s), Some(c)) => write!(f, ":{s}!{c}"),
            (Some(s), None) => write!(f, ":{s}"),
            (None, Some(c)) => write!(f, ":{c}"),
            (None, None) => Ok(()),
        }
    }
}

/// The group of a finding that belongs to no one organisation: a line of
/// `organisaties.csv`, a file that cannot be read, a sheet whose code is not
/// in `organisaties.csv`, a line of the register's export.
pub const ALGEMEEN: &str = "algemeen";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Bevinding {
    /// The organisation's code in `organisaties.csv`; `None` is the group
    /// [`ALGEMEEN`] (the JSON says `"algemeen"`).
    #[serde(serialize_with = "group")]
    pub organisatie: Option<String>,
    #[serde(flatten)]
    pub location: Location,
    #[serde(rename = "ernst")]
    pub severity: Ernst,
    pub code: Code,
    #[serde(rename = "melding")]
    pub message: String,
}

impl Bevinding {
    pub fn new(severity: Ernst, code: Code, location: Location, message: impl Into<String>) -> Self {
        Bevinding {
            organisatie: None,
            location,
            severity,
            code,
            message: message.into(),
        }
    }

    /// The same finding, for the organisation with this code.
    pub fn voor(self, organisatie: &str) -> Self {
        Bevinding {
            organisatie: Some(organisatie.to_owned()),
            ..self
        }
    }

    /// The group the finding is listed in: the organisation's code, or [`ALGEMEEN`].
    pub fn groep(&self) -> &str {
        self.organisatie.as_deref().unwrap_or(ALGEMEEN)
    }
}

fn group<S: serde::Serializer>(organisatie: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(organisatie.as_deref().unwrap_or(ALGEMEEN))
}

impl fmt::Display for Bevinding {
    /// `inputs/2025-Q2/politie.xlsx:Algoritmen!F7: fout: ... [datum-ongeldig]`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {} [{}]",
            self.location,
            self.severity.as_str(),
            self.message,
            self.code.as_str()
        )
    }
}

/// What one stage gave: its part, and the findings it made on the way. The
/// pipeline merges the findings of every stage into the one sorted list of
/// the figures document; no stage adds to another's.
#[derive(Debug, Clone, Default)]
pub struct StageOutput<T> {
    pub part: T,
    pub bevindingen: Vec<Bevinding>,
}

impl<T> StageOutput<T> {
    pub fn new(part: T, bevindingen: Vec<Bevinding>) -> Self {
        StageOutput { part, bevindingen }
    }
}

/// Collects findings while a stage works.
#[derive(Debug, Default)]
pub struct Bevindingen(pub Vec<Bevinding>);

impl Bevindingen {
    pub fn push(&mut self, severity: Ernst, code: Code, location: Location, message: impl Into<String>) {
        self.0.push(Bevinding::new(severity, code, location, message));
    }
    pub fn fout(&mut self, code: Code, location: Location, message: impl Into<String>) {
        self.push(Ernst::Fout, code, location, message);
    }
    pub fn waarschuwing(&mut self, code: Code, location: Location, message: impl Into<String>) {
        self.push(Ernst::Waarschuwing, code, location, message);
    }
    pub fn info(&mut self, code: Code, location: Location, message: impl Into<String>) {
        self.push(Ernst::Info, code, location, message);
    }
    /// The findings, each for the organisation with this code (or for no
    /// one organisation: [`ALGEMEEN`]).
    pub fn voor(self, organisatie: Option<&str>) -> Vec<Bevinding> {
        match organisatie {
            Some(code) => self.0.into_iter().map(|f| f.voor(code)).collect(),
            None => self.0,
        }
    }
}

/// Counts per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BevindingTelling {
    pub fout: usize,
    pub waarschuwing: usize,
    pub info: usize,
}

impl BevindingTelling {
    pub fn of(findings: &[Bevinding]) -> Self {
        let mut t = BevindingTelling::default();
        for f in findings {
            match f.severity {
                Ernst::Fout => t.fout += 1,
                Ernst::Waarschuwing => t.waarschuwing += 1,
                Ernst::Info => t.info += 1,
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_a_compiler() {
        let loc = Location::file("inputs/2025-Q2/politie.xlsx")
            .sheet("Algoritmen")
            .cell("F7".into());
        let f = Bevinding::new(Ernst::Fout, Code::DatumOngeldig, loc, "De datum is niet te lezen.");
        assert_eq!(
            f.to_string(),
            "inputs/2025-Q2/politie.xlsx:Algoritmen!F7: fout: De datum is niet te lezen. [datum-ongeldig]"
        );
        assert_eq!(Code::BladNietIngeleverd.as_str(), "blad-niet-ingeleverd");
    }
}
