//! Mutaties: what happened to each algorithm between two quarters (`Soort`,
//! `Wijziging`), counted per organisation and category.

use crate::model::{Category, Quarter};
use serde::Serialize;
use std::collections::BTreeMap;

/// What happened to one algorithm between two quarters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Soort {
    /// New in the inventory (not `vervallen`).
    Nieuw,
    /// Published now, not before.
    Gepubliceerd,
    /// Marked `vervallen` now, not before.
    Vervallen,
    /// Another category than before (`van` -> `naar`).
    CategorieGewijzigd,
    /// The planned publication date moved later (`dagen`).
    Verschoven,
    /// Gone from the sheet without being marked `vervallen`.
    Verdwenen,
    /// Was `gepubliceerd`, now something else.
    StatusTerug,
    /// The publication date changed after publication.
    PublicatiedatumGewijzigd,
    /// The same ID now names another algorithm.
    IdHergebruikt,
    /// Still in the sheet, but the row does not count because of an error:
    /// not compared (its error is the one finding about it).
    NietVergeleken,
}

impl Soort {
    /// In words, for tables.
    pub fn label(self) -> &'static str {
        match self {
            Soort::Nieuw => "nieuw geïnventariseerd",
            Soort::Gepubliceerd => "nieuw gepubliceerd",
            Soort::Vervallen => "vervallen",
            Soort::CategorieGewijzigd => "andere categorie",
            Soort::Verschoven => "planning verschoven",
            Soort::Verdwenen => "verdwenen zonder vervallen",
            Soort::StatusTerug => "status teruggezet",
            Soort::PublicatiedatumGewijzigd => "publicatiedatum gewijzigd",
            Soort::IdHergebruikt => "ID hergebruikt",
            Soort::NietVergeleken => {
                "niet vergeleken: de rij telde in een van de twee kwartalen niet mee door een fout"
            }
        }
    }
}

/// One change to one algorithm. Shielded (`volledig`) rows show no ID or name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wijziging {
    pub organisatie: String,
    pub soort: Soort,
    /// The category now (for a row that disappeared: the category it had).
    pub categorie: Category,
    pub id: String,
    pub naam: Option<String>,
    pub van: Option<String>,
    pub naar: Option<String>,
    /// For `verschoven`: how many days later.
    pub dagen: Option<i64>,
    pub bestand: String,
    pub rij: u32,
}

/// Changes per organisation and category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MutatieTelling {
    pub nieuw_geinventariseerd: u32,
    pub nieuw_gepubliceerd: u32,
    pub nieuw_vervallen: u32,
    /// Rows that came into this category from another one.
    pub categorie_gewijzigd: u32,
    pub verschoven: u32,
    /// Total days the plans of `verschoven` rows moved.
    pub verschoven_dagen: i64,
    pub verdwenen: u32,
}

impl MutatieTelling {
    fn add(&mut self, w: &Wijziging) {
        match w.soort {
            Soort::Nieuw => self.nieuw_geinventariseerd += 1,
            Soort::Gepubliceerd => self.nieuw_gepubliceerd += 1,
            Soort::Vervallen => self.nieuw_vervallen += 1,
            Soort::CategorieGewijzigd => self.categorie_gewijzigd += 1,
            Soort::Verschoven => {
                self.verschoven += 1;
                self.verschoven_dagen += w.dagen.unwrap_or(0);
            }
            Soort::Verdwenen => self.verdwenen += 1,
            Soort::StatusTerug | Soort::PublicatiedatumGewijzigd | Soort::IdHergebruikt | Soort::NietVergeleken => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgTelling {
    pub organisatie: String,
    pub categorie: Category,
    #[serde(flatten)]
    pub telling: MutatieTelling,
}

/// The `mutaties` section: the quarter compared with the previous one present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mutaties {
    pub vorig_kwartaal: Quarter,
    /// Organisations compared: those with a sheet in both quarters.
    pub vergeleken: Vec<String>,
    pub per_organisatie: Vec<OrgTelling>,
    /// Over every compared organisation that is not a supervisor, per category.
    pub totaal: BTreeMap<Category, MutatieTelling>,
    pub wijzigingen: Vec<Wijziging>,
}

impl Mutaties {
    pub(super) fn new(
        vorig_kwartaal: Quarter,
        vergeleken: Vec<String>,
        wijzigingen: Vec<Wijziging>,
        supervisors: &[String],
    ) -> Self {
        let mut per: BTreeMap<(String, Category), MutatieTelling> = BTreeMap::new();
        let mut totaal: BTreeMap<Category, MutatieTelling> =
            Category::ALL.iter().map(|c| (*c, MutatieTelling::default())).collect();
        for w in &wijzigingen {
            per.entry((w.organisatie.clone(), w.categorie)).or_default().add(w);
            if !supervisors.contains(&w.organisatie) {
                totaal.entry(w.categorie).or_default().add(w);
            }
        }
        let per_organisatie = per
            .into_iter()
            .map(|((organisatie, categorie), telling)| OrgTelling {
                organisatie,
                categorie,
                telling,
            })
            .collect();
        Mutaties {
            vorig_kwartaal,
            vergeleken,
            per_organisatie,
            totaal,
            wijzigingen,
        }
    }
}
