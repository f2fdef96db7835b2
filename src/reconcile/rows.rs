//! Comparing one sheet row with the register record it was linked to (or
//! not): the disagreements, with Dutch messages that name both sources.

use chrono::{Months, NaiveDate};

use super::verschil::{Koppeling, Verschil};
use crate::bevinding::{Code, Ernst};
use crate::ingest::Field;
use crate::model::Status;
use crate::organisaties::Organisatie;
use crate::register::{Download, RegisterRecord, RegisterStatus};
use crate::text::{cell_ref, dutch_date, key, quote};
use crate::validate::CountedRow;

/// The register's values, as shown in messages: `regel 12, Algoritme-ID 12345678`.
pub(crate) fn source(r: &RegisterRecord) -> String {
    match &r.algoritme_id {
        Some(id) => format!("{}, Algoritme-ID {id}", r.plaats),
        None => r.plaats.to_string(),
    }
}

pub(crate) fn more_than_a_month_apart(a: NaiveDate, b: NaiveDate) -> bool {
    let (early, late) = if a <= b { (a, b) } else { (b, a) };
    early.checked_add_months(Months::new(1)).is_some_and(|m| late > m)
}

/// One row being compared, and what its messages need.
pub(crate) struct RowContext<'a> {
    pub row: &'a CountedRow,
    pub org: &'a Organisatie,
    pub peil: NaiveDate,
    pub download: &'a Download,
    pub register_shown: &'a str,
}

impl RowContext<'_> {
    fn verschil(&self, code: Code, ernst: Ernst, field: Field, rec: Option<&RegisterRecord>) -> Verschil {
        let r = self.row;
        Verschil {
            code,
            ernst,
            organisatie: r.organisatie.to_string(),
            bestand: Some(r.bestand.to_string()),
            blad: Some(r.blad.to_string()),
            cel: r.kolommen.get(field).map(|c| cell_ref(r.rij.saturating_sub(1), c)),
            id: r.id.clone(),
            naam: r.naam.clone().unwrap_or_default(),
            algoritme_id: rec
                .and_then(|x| x.algoritme_id.clone())
                .or_else(|| r.algoritme_id.clone()),
            register_plaats: rec.map(|x| x.plaats.clone()),
            koppeling: None,
            in_blad: None,
            in_register: None,
            melding: String::new(),
        }
    }

    pub fn disagreements(&self, found: Option<(&RegisterRecord, Koppeling)>) -> Vec<Verschil> {
        let r = self.row;
        let mut out = Vec::new();
        let Some((rec, how)) = found else {
            if r.status == Status::Published {
                let mut v = self.verschil(Code::NietInRegister, Ernst::Waarschuwing, Field::AlgoritmeId, None);
                let id = r
                    .algoritme_id
                    .as_deref()
                    .map_or(String::new(), |id| format!(" (Algoritme-ID {id})"));
                let how = if self.download.met_algoritme_id {
                    "niet op ID en niet op naam"
                } else {
                    "niet op naam"
                };
                v.in_blad = Some(Status::Published.as_str().to_owned());
                v.melding = format!(
                    "Volgens het blad is \"{}\"{id} gepubliceerd, maar het register ({}) heeft het {how} onder {}. Controleer het Algoritme-ID, of vraag de organisatie het algoritme te publiceren.",
                    quote(&v.naam),
                    self.register_shown,
                    self.org.register_naam
                );
                out.push(v);
            }
            return out;
        };
        let src = source(rec);
        let with = |mut v: Verschil, in_blad: String, in_register: String, melding: String| {
            v.koppeling = Some(how);
            v.in_blad = Some(in_blad);
            v.in_register = Some(in_register);
            v.melding = if how == Koppeling::Naam {
                format!("{melding} (Gekoppeld op naam.)")
            } else {
                melding
            };
            v
        };
        if how == Koppeling::Naam {
            let (ernst, melding) = match (&r.algoritme_id, self.download.met_algoritme_id) {
                (Some(id), true) => (
                    Ernst::Waarschuwing,
                    format!(
                        "Het Algoritme-ID {id} uit het blad staat niet in het register. Op naam is het algoritme wel gevonden ({src}). Controleer het ID in het blad."
                    ),
                ),
                (_, false) => (
                    Ernst::Info,
                    format!(
                        "Het registerbestand heeft geen Algoritme-ID's. Dit algoritme is op naam gekoppeld aan {src}; dat is minder zeker."
                    ),
                ),
                (None, true) => (
                    Ernst::Info,
                    format!("Deze rij heeft geen Algoritme-ID. Op naam is het algoritme gekoppeld aan {src}."),
                ),
            };
            let mut v = self.verschil(Code::GekoppeldOpNaam, ernst, Field::AlgoritmeId, Some(rec));
            v.koppeling = Some(how);
            v.in_blad = r.algoritme_id.clone();
            v.in_register = rec.algoritme_id.clone();
            v.melding = melding;
            out.push(v);
        }
        if key(&rec.organisatie) != key(&self.org.register_naam) {
            out.push(with(
                self.verschil(Code::RegisterAndereOrganisatie, Ernst::Waarschuwing, Field::AlgoritmeId, Some(rec)),
                self.org.register_naam.clone(),
                rec.organisatie.clone(),
                format!(
                    "Dit algoritme staat in het register ({src}) onder {}, niet onder {}. Controleer het Algoritme-ID. Schrijft het register de naam van de organisatie anders, vul dan register_naam in organisaties.csv in.",
                    quote(&rec.organisatie),
                    self.org.register_naam
                ),
            ));
        }
        if let Some(cat) = rec.categorie.filter(|c| *c != r.categorie) {
            out.push(with(
                self.verschil(
                    Code::CategorieVerschilt,
                    Ernst::Waarschuwing,
                    Field::Categorie,
                    Some(rec),
                ),
                r.categorie.as_str().to_owned(),
                cat.register_label().to_owned(),
                format!(
                    "In het blad staat categorie {} ({}), in het register ({src}) {}. Een van beide klopt niet.",
                    r.categorie,
                    r.categorie.register_label(),
                    cat.register_label()
                ),
            ));
        }
        if let Some(v) = self.status(rec, &src) {
            out.push(with(
                self.verschil(Code::StatusVerschilt, Ernst::Waarschuwing, Field::Status, Some(rec)),
                r.status.as_str().to_owned(),
                v.0,
                v.1,
            ));
        }
        if let Some((reg, melding)) = self.date(rec, &src) {
            out.push(with(
                self.verschil(
                    Code::PublicatiedatumVerschilt,
                    Ernst::Waarschuwing,
                    Field::Publicatiedatum,
                    Some(rec),
                ),
                r.publicatiedatum.map(|d| d.to_string()).unwrap_or_default(),
                reg.to_string(),
                melding,
            ));
        }
        out
    }

    /// The sheet's Publicatiedatum (the first publication) against the
    /// register's: `(register date, message)`. The history download has the
    /// first publication: more than a month apart either way is a
    /// difference. The CSV and Excel downloads have only the current
    /// version's date; a sheet date before it is an update, so only a sheet
    /// date more than a month after it is a difference.
    fn date(&self, rec: &RegisterRecord, src: &str) -> Option<(NaiveDate, String)> {
        let (Status::Published, Some(sheet)) = (self.row.status, self.row.publicatiedatum) else {
            return None;
        };
        if self.download.soort.alleen_huidige_versie() {
            let current = rec.publicatie?;
            let later = current.checked_add_months(Months::new(1)).is_some_and(|m| sheet > m);
            later.then(|| {
                (
                    current,
                    format!(
                        "In het blad staat publicatiedatum {}, maar de huidige versie in het register ({src}) is al van {}. \
                         De eerste publicatie kan niet later zijn dan een versie die al gepubliceerd is: een van beide klopt niet.",
                        dutch_date(sheet),
                        dutch_date(current)
                    ),
                )
            })
        } else {
            let first = rec.eerste_publicatie?;
            more_than_a_month_apart(sheet, first).then(|| {
                (
                    first,
                    format!(
                        "In het blad staat publicatiedatum {}, in het register ({src}) is de eerste publicatie van {}. \
                         Dat scheelt meer dan een maand.",
                        dutch_date(sheet),
                        dutch_date(first)
                    ),
                )
            })
        }
    }

    /// The register's status against the sheet's: `(register value, message)`.
    fn status(&self, rec: &RegisterRecord, src: &str) -> Option<(String, String)> {
        let sheet = self.row.status;
        let ended = rec.einde.is_none_or(|d| d <= self.peil);
        match rec.status {
            Some(RegisterStatus::BuitenGebruik) if sheet != Status::Withdrawn && ended => {
                let since = rec.einde.map_or(String::new(), |d| format!(" sinds {}", dutch_date(d)));
                Some((
                    RegisterStatus::BuitenGebruik.as_str().to_owned(),
                    format!(
                        "Volgens het register ({src}) is dit algoritme buiten gebruik{since}, maar in het blad staat status {sheet}. Controleer welke van de twee klopt."
                    ),
                ))
            }
            Some(s) if sheet == Status::Withdrawn && s != RegisterStatus::BuitenGebruik => Some((
                s.as_str().to_owned(),
                format!(
                    "In het blad staat vervallen, maar volgens het register ({src}) is het algoritme {}. Controleer welke van de twee klopt.",
                    s.as_str().to_lowercase()
                ),
            )),
            s if !matches!(sheet, Status::Published | Status::Withdrawn) => {
                let since = rec
                    .eerste_publicatie
                    .map_or(String::new(), |d| format!(" sinds {}", dutch_date(d)));
                Some((
                    s.map_or("gepubliceerd", RegisterStatus::as_str).to_owned(),
                    format!(
                        "Dit algoritme staat{since} in het register ({src}), maar in het blad staat status {sheet}. Is het al gepubliceerd?"
                    ),
                ))
            }
            _ => None,
        }
    }
}
