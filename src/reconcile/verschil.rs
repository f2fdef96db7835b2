//! The results of reconciling, as plain serde structs: one [`Verschil`] per
//! disagreement (for the workbook and the PDF), and counts per kind.

use serde::Serialize;

use crate::findings::{Code, Finding, Location, Severity};

/// How a row was linked to a register record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Koppeling {
    /// By Algoritme-ID: certain.
    Id,
    /// By organisation and name: less certain.
    Naam,
}

/// One disagreement between a sheet and the register: a row for the Excel
/// and PDF stages, and the source of one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verschil {
    pub code: Code,
    pub ernst: Severity,
    /// The organisation's code in organisaties.csv.
    pub organisatie: String,
    /// The sheet and cell, when the disagreement is about a row of a sheet.
    pub bestand: Option<String>,
    pub blad: Option<String>,
    pub cel: Option<String>,
    /// The organisation's own ID for the algorithm (sheet column ID).
    pub id: Option<String>,
    pub naam: String,
    pub algoritme_id: Option<String>,
    /// The line in the register export where the record starts.
    pub register_regel: Option<u64>,
    pub koppeling: Option<Koppeling>,
    pub in_blad: Option<String>,
    pub in_register: Option<String>,
    pub melding: String,
}

impl Verschil {
    /// The finding, placed at the sheet's cell or else at the register's line.
    pub fn finding(&self, register_shown: &str) -> Finding {
        let location = match (&self.bestand, self.register_regel) {
            (Some(file), _) => Location {
                file: file.clone(),
                sheet: self.blad.clone(),
                cell: self.cel.clone(),
            },
            (None, Some(line)) => Location::file(register_shown).cell(format!("regel {line}")),
            (None, None) => Location::file(register_shown),
        };
        Finding::new(self.ernst, self.code, location, self.melding.clone())
    }
}

/// Counts per kind of disagreement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Telling {
    pub niet_in_register: usize,
    pub register_andere_organisatie: usize,
    pub niet_in_inventaris: usize,
    pub categorie_verschilt: usize,
    pub status_verschilt: usize,
    pub publicatiedatum_verschilt: usize,
    pub gekoppeld_op_naam: usize,
}

impl Telling {
    pub fn add(&mut self, code: Code) {
        match code {
            Code::NietInRegister => self.niet_in_register += 1,
            Code::RegisterAndereOrganisatie => self.register_andere_organisatie += 1,
            Code::NietInInventaris => self.niet_in_inventaris += 1,
            Code::CategorieVerschilt => self.categorie_verschilt += 1,
            Code::StatusVerschilt => self.status_verschilt += 1,
            Code::PublicatiedatumVerschilt => self.publicatiedatum_verschilt += 1,
            Code::GekoppeldOpNaam => self.gekoppeld_op_naam += 1,
            _ => {}
        }
    }

    /// Disagreements that need a fix (a weaker match alone is not one).
    pub fn verschillen(&self) -> usize {
        self.niet_in_register
            + self.register_andere_organisatie
            + self.niet_in_inventaris
            + self.categorie_verschilt
            + self.status_verschilt
            + self.publicatiedatum_verschilt
    }
}

/// One organisation of organisaties.csv, reconciled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgAfstemming {
    pub organisatie: String,
    pub register_naam: String,
    pub ingeleverd: bool,
    /// Records under the organisation's register name.
    pub in_register: usize,
    pub gekoppeld_op_id: usize,
    pub gekoppeld_op_naam: usize,
    /// Records published after the peildatum: newer than the sheet, not compared.
    pub na_peildatum: usize,
    pub verschillen: Telling,
}
