//! The row-level rules: what is required given the status, duplicate IDs;
//! each row ends up counted or excluded with its reason.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::batch::{Batch, CountedRow, UitgeslotenRij};
use crate::bevinding::{Bevindingen, Code, Location};
use crate::ingest::{AlgoRow, Field, StatusSheet, Val};
use crate::model::{Exception, Status, YesNo};
use crate::organisaties::Organisatie;
use crate::text::{EXCEL_MAX_TEXT, cell_ref, dutch_count, dutch_date, key, quote};

/// The row-level rules; counted rows and excluded rows go into `batch`.
pub(super) fn check_rows(
    file: &str,
    mut sheet: StatusSheet,
    org: &Organisatie,
    peildatum: NaiveDate,
    batch: &mut Batch,
    out: &mut Bevindingen,
) {
    // The rows are moved into the counted rows, not copied.
    let rows = std::mem::take(&mut sheet.rows);
    let sheet = &sheet;
    let (organisatie, ministerie): (Arc<str>, Arc<str>) = (org.code.as_str().into(), org.ministerie.as_str().into());
    let (bestand, blad): (Arc<str>, Arc<str>) = (file.into(), sheet.alg_sheet.as_str().into());
    let kolommen = Arc::new(sheet.columns.clone());
    let at = Location::file(file).sheet(&sheet.alg_sheet);
    let cell = |r: &AlgoRow, f: Field| {
        sheet
            .columns
            .get(f)
            .map_or_else(|| at.clone(), |c| at.cell(cell_ref(r.row, c)))
    };
    let has_column = |f: Field| sheet.columns.get(f).is_some();
    let mut first_row_of_id: BTreeMap<String, u32> = BTreeMap::new();
    for row in rows {
        let r = &row;
        let excluded = |reden: String| UitgeslotenRij {
            bestand: file.to_owned(),
            blad: sheet.alg_sheet.clone(),
            rij: r.row + 1,
            reden,
            sleutel: match &r.id {
                Val::Ok(id) => Some((organisatie.clone(), key(id))),
                _ => None,
            },
            afgeschermd: r.shielded,
        };
        let require = |out: &mut Bevindingen, f: Field, empty: bool, message: &str| {
            if empty && has_column(f) {
                out.fout(Code::WaardeOntbreekt, cell(r, f), message.to_owned());
            }
        };
        require(
            out,
            Field::Id,
            r.id.is_empty(),
            "Het ID ontbreekt. Geef elk algoritme een eigen ID.",
        );
        if !r.shielded {
            require(
                out,
                Field::Naam,
                r.naam.is_empty(),
                "De naam van het algoritme ontbreekt.",
            );
        }
        require(
            out,
            Field::Categorie,
            r.categorie.is_empty(),
            "De categorie ontbreekt. Kies A, B of C. Deze rij telt niet mee.",
        );
        require(
            out,
            Field::Status,
            r.status.is_empty(),
            "De status ontbreekt. Deze rij telt niet mee.",
        );
        let (Some(categorie), Some(status)) = (r.categorie.get(), r.status.get()) else {
            let what = if r.categorie.get().is_none() {
                "categorie"
            } else {
                "status"
            };
            batch
                .excluded
                .push(excluded(format!("{what} ontbreekt of is niet te lezen")));
            continue;
        };
        if r.too_long {
            batch.excluded.push(excluded(format!(
                "een cel heeft meer dan {} tekens",
                dutch_count(EXCEL_MAX_TEXT)
            )));
            continue;
        }
        if let Val::Ok(id) = &r.id {
            let k = key(id);
            if let Some(first) = first_row_of_id.get(&k) {
                let shown = if r.shielded {
                    "Dit ID".to_owned()
                } else {
                    format!("Het ID {}", quote(id))
                };
                out.fout(
                    Code::IdDubbel,
                    cell(r, Field::Id),
                    format!(
                        "{shown} staat ook in rij {first}. Elk algoritme heeft een eigen ID. Deze rij telt niet mee."
                    ),
                );
                batch.excluded.push(excluded("dubbel ID".into()));
                continue;
            }
            first_row_of_id.insert(k, r.row + 1);
        }
        let uitzondering = r.uitzondering.get().unwrap_or(Exception::None);
        let published = status == Status::Published;
        let full = uitzondering == Exception::Full;
        if published && full {
            out.fout(Code::VolledigGepubliceerd, cell(r, Field::Uitzondering), "Een algoritme met uitzondering volledig wordt niet gepubliceerd, maar de status is gepubliceerd. Een van beide klopt niet.");
        }
        if published {
            require(
                out,
                Field::Publicatiedatum,
                r.publicatiedatum.is_empty(),
                "De status is gepubliceerd, maar de publicatiedatum ontbreekt.",
            );
            if r.algoritme_id.is_empty() && has_column(Field::AlgoritmeId) && !full {
                out.fout(
                    Code::AlgoritmeIdOntbreekt,
                    cell(r, Field::AlgoritmeId),
                    "De status is gepubliceerd, maar het Algoritme-ID uit het register ontbreekt.",
                );
            }
            if let Some(d) = r.publicatiedatum.get().filter(|d| *d > peildatum) {
                out.fout(
                    Code::PublicatieNaPeildatum,
                    cell(r, Field::Publicatiedatum),
                    format!(
                        "De publicatiedatum {} ligt na de peildatum {}.",
                        dutch_date(d),
                        dutch_date(peildatum)
                    ),
                );
            }
        }
        let needs_plan = categorie.mandatory() && !published && status != Status::Withdrawn && !full;
        if needs_plan && r.gepland.is_empty() {
            out.waarschuwing(Code::PlanningOntbreekt, cell(r, Field::GeplandePublicatie), format!("Dit algoritme (categorie {categorie}) is nog niet gepubliceerd en heeft geen geplande publicatiedatum."));
        }
        let owned = |v: Val<String>| match v {
            Val::Ok(s) => Some(s),
            _ => None,
        };
        batch.rows.push(CountedRow {
            organisatie: organisatie.clone(),
            ministerie: ministerie.clone(),
            toezichthouder: org.toezichthouder,
            bestand: bestand.clone(),
            blad: blad.clone(),
            rij: row.row + 1,
            categorie,
            status,
            risicoselectie: row.risicoselectie.get() == Some(YesNo::Yes),
            uitzondering,
            geplande_publicatie: row.gepland.get(),
            publicatiedatum: row.publicatiedatum.get(),
            kolommen: kolommen.clone(),
            naam: if row.shielded { None } else { owned(row.naam) },
            id: owned(row.id),
            algoritme_id: owned(row.algoritme_id),
            toelichting: row.toelichting,
            eu_databank: row.eu_databank.get(),
            grondrechtentoets: row.grondrechtentoets.get(),
        });
    }
}
