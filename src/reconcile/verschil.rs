//! The results of reconciling, as plain serde structs: one [`Verschil`] per
//! disagreement (for the workbook and the PDF), and counts per kind.

use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{Bevinding, Code, Ernst, Location};
use crate::register::{Plaats, RegisterRecord};

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
    pub ernst: Ernst,
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
    /// Where the register's version is in its download (`regel 12`, `blad 1.0, kolom C`).
    pub register_plaats: Option<Plaats>,
    pub koppeling: Option<Koppeling>,
    pub in_blad: Option<String>,
    pub in_register: Option<String>,
    pub melding: String,
}

impl Verschil {
    /// The finding, placed at the sheet's cell or else at the register's line.
    pub fn finding(&self, register_shown: &str) -> Bevinding {
        let location = match (&self.bestand, &self.register_plaats) {
            (Some(file), _) => Location {
                file: file.clone(),
                sheet: self.blad.clone(),
                cell: self.cel.clone(),
            },
            (None, Some(plaats)) => plaats.location(register_shown),
            (None, None) => Location::file(register_shown),
        };
        let found = Bevinding::new(self.ernst, self.code, location, self.melding.clone());
        if self.organisatie.is_empty() {
            found
        } else {
            found.voor(&self.organisatie)
        }
    }
}

/// The kinds of disagreement between the sheets and the register: each
/// owns its finding code, its name in the JSON counts, its label in the
/// reports and its column in the console table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerschilSoort {
    NietInRegister,
    RegisterAndereOrganisatie,
    NietInInventaris,
    CategorieVerschilt,
    StatusVerschilt,
    PublicatiedatumVerschilt,
    /// Linked by name only: a weaker match, not a disagreement to fix.
    GekoppeldOpNaam,
}

impl VerschilSoort {
    /// Every kind, in the order of every output.
    pub const ALL: [VerschilSoort; 7] = [
        VerschilSoort::NietInRegister,
        VerschilSoort::RegisterAndereOrganisatie,
        VerschilSoort::NietInInventaris,
        VerschilSoort::CategorieVerschilt,
        VerschilSoort::StatusVerschilt,
        VerschilSoort::PublicatiedatumVerschilt,
        VerschilSoort::GekoppeldOpNaam,
    ];

    /// The finding code of this kind.
    pub fn code(self) -> Code {
        match self {
            VerschilSoort::NietInRegister => Code::NietInRegister,
            VerschilSoort::RegisterAndereOrganisatie => Code::RegisterAndereOrganisatie,
            VerschilSoort::NietInInventaris => Code::NietInInventaris,
            VerschilSoort::CategorieVerschilt => Code::CategorieVerschilt,
            VerschilSoort::StatusVerschilt => Code::StatusVerschilt,
            VerschilSoort::PublicatiedatumVerschilt => Code::PublicatiedatumVerschilt,
            VerschilSoort::GekoppeldOpNaam => Code::GekoppeldOpNaam,
        }
    }

    /// The kind of a finding code, if it is one of reconciliation's.
    pub fn of(code: Code) -> Option<VerschilSoort> {
        VerschilSoort::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The name of its count in the JSON (`niet_in_register`).
    pub fn name(self) -> &'static str {
        match self {
            VerschilSoort::NietInRegister => "niet_in_register",
            VerschilSoort::RegisterAndereOrganisatie => "register_andere_organisatie",
            VerschilSoort::NietInInventaris => "niet_in_inventaris",
            VerschilSoort::CategorieVerschilt => "categorie_verschilt",
            VerschilSoort::StatusVerschilt => "status_verschilt",
            VerschilSoort::PublicatiedatumVerschilt => "publicatiedatum_verschilt",
            VerschilSoort::GekoppeldOpNaam => "gekoppeld_op_naam",
        }
    }

    /// In words, for the reports.
    pub fn label(self) -> &'static str {
        match self {
            VerschilSoort::NietInRegister => "Gepubliceerd volgens het overzicht, niet in het register",
            VerschilSoort::RegisterAndereOrganisatie => "In het register onder een andere organisatie",
            VerschilSoort::NietInInventaris => "In het register, niet in het overzicht",
            VerschilSoort::CategorieVerschilt => "Andere categorie",
            VerschilSoort::StatusVerschilt => "Andere status",
            VerschilSoort::PublicatiedatumVerschilt => "Publicatiedatum meer dan een maand anders",
            VerschilSoort::GekoppeldOpNaam => "Alleen op naam gekoppeld (geen of ander Algoritme-ID)",
        }
    }

    /// The console table's column heading; none for a weaker match.
    pub fn column(self) -> Option<&'static str> {
        match self {
            VerschilSoort::NietInRegister => Some("niet in reg."),
            VerschilSoort::RegisterAndereOrganisatie => Some("andere org."),
            VerschilSoort::NietInInventaris => Some("niet in inv."),
            VerschilSoort::CategorieVerschilt => Some("categorie"),
            VerschilSoort::StatusVerschilt => Some("status"),
            VerschilSoort::PublicatiedatumVerschilt => Some("datum"),
            VerschilSoort::GekoppeldOpNaam => None,
        }
    }

    /// A disagreement that needs a fix (a weaker match alone is not one).
    pub fn needs_fix(self) -> bool {
        self != VerschilSoort::GekoppeldOpNaam
    }
}

/// Counts per kind of disagreement; in the JSON an object with a count per
/// kind's name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerschilTelling([usize; VerschilSoort::ALL.len()]);

impl VerschilTelling {
    pub fn add(&mut self, code: Code) {
        if let Some(k) = VerschilSoort::of(code) {
            self.0[k as usize] += 1;
        }
    }

    pub fn get(&self, soort: VerschilSoort) -> usize {
        self.0[soort as usize]
    }

    /// Disagreements that need a fix (a weaker match alone is not one).
    pub fn verschillen(&self) -> usize {
        VerschilSoort::ALL
            .into_iter()
            .filter(|k| k.needs_fix())
            .map(|k| self.get(k))
            .sum()
    }
}

impl Serialize for VerschilTelling {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("VerschilTelling", VerschilSoort::ALL.len())?;
        for k in VerschilSoort::ALL {
            st.serialize_field(k.name(), &self.get(k))?;
        }
        st.end()
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
    /// Rows of its sheet linked to a record by Algoritme-ID (under any name).
    pub gekoppeld_op_id: usize,
    /// Rows of its sheet linked to a record by name (always under its name).
    pub gekoppeld_op_naam: usize,
    /// Records under its name that no row of its sheet is linked to (not in
    /// its inventory, published after the peildatum, or claimed by another
    /// organisation's row). So `in_register` = `gekoppeld_op_id` +
    /// `gekoppeld_op_naam` − the linked rows whose record is under another
    /// organisation (`verschillen.register_andere_organisatie`) +
    /// `niet_gekoppeld`.
    pub niet_gekoppeld: usize,
    /// Records published after the peildatum: newer than the sheet, not compared.
    pub na_peildatum: usize,
    pub verschillen: VerschilTelling,
    /// What changed in the register in the quarter (only the history download tells).
    pub in_kwartaal: Option<Registerwijzigingen>,
}

/// What changed in the register in a period, counted per algorithm: first
/// published, updated (a new version, not the first), and category changed
/// between two versions. Only the history download has the versions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Registerwijzigingen {
    pub eerst_gepubliceerd: usize,
    pub bijgewerkt: usize,
    pub categorie_gewijzigd: usize,
}

impl Registerwijzigingen {
    pub fn add(&mut self, other: Registerwijzigingen) {
        self.eerst_gepubliceerd += other.eerst_gepubliceerd;
        self.bijgewerkt += other.bijgewerkt;
        self.categorie_gewijzigd += other.categorie_gewijzigd;
    }

    /// One algorithm's versions in `from..=to`.
    pub(crate) fn of(r: &RegisterRecord, from: NaiveDate, to: NaiveDate) -> Registerwijzigingen {
        let within = |d: Option<NaiveDate>| d.is_some_and(|d| from <= d && d <= to);
        let changed = r
            .versies
            .windows(2)
            .any(|w| within(w[1].datum) && w[0].categorie.zip(w[1].categorie).is_some_and(|(a, b)| a != b));
        Registerwijzigingen {
            eerst_gepubliceerd: usize::from(within(r.eerste_publicatie)),
            bijgewerkt: usize::from(r.versies.iter().skip(1).any(|v| within(v.datum))),
            categorie_gewijzigd: usize::from(changed),
        }
    }
}
