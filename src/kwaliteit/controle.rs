//! The checks of one register description against the publication standard
//! 1.0: required fields empty, values outside the standard, impact
//! assessments, and the readability indication of the B1 fields.

use serde::Serialize;

use super::leesbaarheid::{Leesbaarheid, leesbaarheid, platte_tekst};
use super::standaard::{self, regel_van};
use crate::model::Category;
use crate::register::{Plaats, RegisterRecord, Veld};
use crate::text::{key, quote};

/// The kinds of gap the check reports; each has its own finding code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gebrek {
    /// A required field is empty or holds a word from `OPVULWOORDEN`.
    VeldLeeg,
    /// A value the standard does not permit.
    WaardeBuitenStandaard,
    /// Category A or B without any impact assessment.
    GeenImpacttoets,
    /// Category A with impact assessments, but no IAMA among them.
    GeenIama,
    /// A B1 field whose readability indication is "moeilijk".
    TekstMoeilijk,
}

/// A value outside the standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Afwijking {
    pub veld: Veld,
    /// Why, in plain Dutch.
    pub reden: String,
}

/// The readability indication of one field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TekstLeesbaarheid {
    pub veld: Veld,
    #[serde(flatten)]
    pub leesbaarheid: Leesbaarheid,
}

/// What the check found in one description; the record per algorithm.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlgoritmeKwaliteit {
    /// The organisation's code in organisaties.csv.
    pub organisatie: String,
    pub algoritme_id: Option<String>,
    pub naam: String,
    pub categorie: Option<Category>,
    /// `standard_version` as the register wrote it.
    pub standaard: Option<String>,
    /// A version before 1.0: only the fields it has are checked.
    pub oudere_standaard: bool,
    /// Where the version checked is in the download.
    pub register_plaats: Plaats,
    pub lege_velden: Vec<Veld>,
    pub afwijkingen: Vec<Afwijking>,
    /// Category A or B without any impact assessment.
    pub zonder_impacttoets: bool,
    /// Category A without an IAMA.
    pub zonder_iama: bool,
    pub leesbaarheid: Vec<TekstLeesbaarheid>,
    /// Every gap found, once, in the order of [`Gebrek`].
    pub gebreken: Vec<Gebrek>,
}

impl AlgoritmeKwaliteit {
    /// Standard 1.0 and no required field empty.
    pub fn volledig(&self) -> bool {
        !self.oudere_standaard && self.lege_velden.is_empty()
    }

    pub fn moeilijk(&self) -> impl Iterator<Item = &TekstLeesbaarheid> {
        self.leesbaarheid.iter().filter(|t| t.leesbaarheid.moeilijk)
    }
}

/// Plain text with something in it: not empty, not a word from `OPVULWOORDEN`.
fn ingevuld(value: Option<&str>) -> bool {
    value.is_some_and(|v| {
        let t = platte_tekst(v);
        t.chars().any(char::is_alphanumeric) && !standaard::leeg(&t)
    })
}

/// Checks one record; `organisatie` is its code in organisaties.csv.
pub fn check(r: &RegisterRecord, organisatie: &str) -> AlgoritmeKwaliteit {
    let get = |v: Veld| r.velden.get(v);
    let versie_tekst = get(Veld::StandardVersion);
    let versie = versie_tekst.and_then(standaard::versie);
    let oudere_standaard = versie.is_some_and(|(major, _)| major == 0);
    let mut afwijkingen: Vec<Afwijking> = Vec::new();
    let mut afwijking = |veld: Veld, reden: String| afwijkingen.push(Afwijking { veld, reden });
    if let (Some(t), None) = (versie_tekst, versie) {
        afwijking(
            Veld::StandardVersion,
            format!("\"{}\" is geen versie van de standaard", quote(t)),
        );
    }

    // Required fields: only for standard 1.0; an older record is checked on
    // the fields it has, and an empty field is no gap there.
    let lege_velden: Vec<Veld> = if oudere_standaard {
        Vec::new()
    } else {
        Veld::ALL
            .into_iter()
            .filter(|v| regel_van(*v).verplicht && r.velden.has(*v) && !ingevuld(get(*v)))
            .collect()
    };

    for v in Veld::ALL {
        let Some(value) = get(v) else { continue };
        let regel = regel_van(v);
        // A date has a form of its own (2023-01), which says more than its length.
        if let Some(max) = regel
            .max_lengte
            .filter(|_| !matches!(v, Veld::BeginDate | Veld::EndDate))
        {
            let n = value.chars().count();
            if n > max {
                afwijking(v, format!("{n} tekens, de standaard staat er {max} toe"));
            }
        }
        if standaard::leeg(&platte_tekst(value)) {
            continue;
        }
        let niet = |permitted: &[&str]| !standaard::toegestaan(value, permitted);
        match v {
            Veld::Status if niet(&standaard::STATUSSEN) => {
                afwijking(v, format!("\"{}\" is geen status van de standaard", quote(value)));
            }
            Veld::PublicationCategory if niet(&standaard::PUBLICATIECATEGORIEEN) => {
                afwijking(
                    v,
                    format!("\"{}\" is geen publicatiecategorie van de standaard", quote(value)),
                );
            }
            Veld::Lang if niet(&standaard::TALEN) => {
                afwijking(v, format!("\"{}\" is geen taal van de standaard", quote(value)));
            }
            Veld::BeginDate | Veld::EndDate if !standaard::is_maand(value) => {
                afwijking(v, format!("\"{}\" is geen maand zoals 2023-01", quote(value)));
            }
            Veld::ContactEmail if !standaard::is_contact(value) => {
                afwijking(
                    v,
                    format!("\"{}\" is geen e-mailadres en geen link met https://", quote(value)),
                );
            }
            Veld::Category => {
                let themas: Vec<&str> = value
                    .split([',', ';', '[', ']', '\'', '"'])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .collect();
                if let Some(t) = themas.iter().find(|t| !standaard::toegestaan(t, &standaard::THEMAS)) {
                    afwijking(v, format!("\"{}\" is geen thema van de standaard", quote(t)));
                } else if themas.len() > standaard::MAX_THEMAS {
                    afwijking(v, format!("{} thema's, de standaard staat er 3 toe", themas.len()));
                }
            }
            _ => {}
        }
    }

    // Impact assessments: asked of categories A and B, an IAMA of A.
    let categorie = get(Veld::PublicationCategory).and_then(Category::parse);
    let toetsen = get(Veld::ImpacttoetsenGrouping);
    let met_toets = ingevuld(toetsen) || ingevuld(get(Veld::Impacttoetsen));
    let met_iama = toetsen.is_some_and(|t| {
        let k = key(&platte_tekst(t));
        k.contains("iama") || k.contains("impactassessmentmensenrechten")
    });
    let zonder_impacttoets = categorie.is_some_and(Category::mandatory) && !met_toets;
    let zonder_iama = categorie == Some(Category::A) && !met_iama;

    let leesbaarheid: Vec<TekstLeesbaarheid> = Veld::ALL
        .into_iter()
        .filter(|v| regel_van(*v).b1 && ingevuld(get(*v)))
        .filter_map(|veld| {
            get(veld)
                .and_then(leesbaarheid)
                .map(|leesbaarheid| TekstLeesbaarheid { veld, leesbaarheid })
        })
        .collect();

    let mut gebreken = Vec::new();
    let flags = [
        (Gebrek::VeldLeeg, !lege_velden.is_empty()),
        (Gebrek::WaardeBuitenStandaard, !afwijkingen.is_empty()),
        (Gebrek::GeenImpacttoets, zonder_impacttoets),
        (Gebrek::GeenIama, zonder_iama && !zonder_impacttoets),
        (
            Gebrek::TekstMoeilijk,
            leesbaarheid.iter().any(|t| t.leesbaarheid.moeilijk),
        ),
    ];
    for (g, on) in flags {
        if on {
            gebreken.push(g);
        }
    }
    AlgoritmeKwaliteit {
        organisatie: organisatie.to_owned(),
        algoritme_id: r.algoritme_id.clone(),
        naam: r.naam.clone(),
        categorie,
        standaard: versie_tekst.map(str::to_owned),
        oudere_standaard,
        register_plaats: r.plaats.clone(),
        lege_velden,
        afwijkingen,
        zonder_impacttoets,
        zonder_iama,
        leesbaarheid,
        gebreken,
    }
}
