//! The file-level rules: which organisation a sheet is, whether it is for
//! this quarter, its peildatum and phase (a second sheet of one
//! organisation: `dubbel`).

use chrono::NaiveDate;

use crate::bevinding::{Bevindingen, Code, Location};
use crate::ingest::{StatusSheet, Val};
use crate::model::Quarter;
use crate::organisaties::{Organisatie, OrganisatieLijst, same_ministry};
use crate::text::dutch_date;

/// The file-level rules. `Err` holds why none of the sheet's rows count.
pub(super) fn accept_sheet<'r>(
    file: &str,
    sheet: &StatusSheet,
    organisaties: &'r OrganisatieLijst,
    quarter: Quarter,
    out: &mut Bevindingen,
) -> Result<(&'r Organisatie, Option<NaiveDate>), String> {
    let h = &sheet.header;
    let org_loc = Location::file(file).sheet(&sheet.org_sheet);
    let missing = |out: &mut Bevindingen, at: &Option<Location>, label: &str| {
        out.fout(
            Code::LabelOntbreekt,
            at.clone().unwrap_or_else(|| org_loc.clone()),
            match at {
                Some(_) => format!("Bij {label} is niets ingevuld."),
                None => format!(
                    "Het label {label} ontbreekt in kolom A (rij 1 tot en met {}).",
                    crate::ingest::sheet::LABEL_ROWS
                ),
            },
        );
    };
    for (label, val, at) in [
        ("Organisatie", h.organisatie.val.is_empty(), &h.organisatie.at),
        ("Ministerie", h.ministerie.val.is_empty(), &h.ministerie.at),
    ] {
        if val {
            missing(out, at, label);
        }
    }
    if h.fase.val.is_empty() {
        missing(out, &h.fase.at, "Fase");
    }
    let n = sheet.rows.len();
    let org = match &h.code.val {
        Val::Ok(code) => match organisaties.find(code) {
            Some(org) => org,
            None => {
                out.fout(
                    Code::OrganisatieOnbekend,
                    h.code.at.clone().unwrap_or(org_loc),
                    format!(
                        "De code {code} staat niet in organisaties.csv. De {n} rijen van dit blad tellen niet mee."
                    ),
                );
                return Err(format!("organisatiecode {code} onbekend"));
            }
        },
        Val::Empty => {
            missing(out, &h.code.at, "Code");
            return Err("organisatiecode ontbreekt".into());
        }
        Val::Bad => return Err("organisatiecode niet te lezen".into()),
    };
    if let (Val::Ok(typed), Some(at)) = (&h.ministerie.val, &h.ministerie.at)
        && !same_ministry(typed, &org.ministerie)
    {
        out.fout(
            Code::MinisterieKloptNiet,
            at.clone(),
            format!(
                "Hier staat ministerie {typed}, maar volgens organisaties.csv hoort {} bij {}.",
                org.naam, org.ministerie
            ),
        );
    }
    match (&h.kwartaal.val, &h.kwartaal.at) {
        (Val::Ok(q), Some(at)) if *q != quarter => {
            out.fout(
                Code::KwartaalKloptNiet,
                at.clone(),
                format!("Dit blad is voor {q}, maar het staat in de map van {quarter}. De {n} rijen tellen niet mee."),
            );
            return Err(format!("blad is voor {q}"));
        }
        (Val::Empty, at) => missing(out, at, "Kwartaal"),
        _ => {}
    }
    let peildatum = match (&h.peildatum.val, &h.peildatum.at) {
        (Val::Ok(d), Some(at)) if !quarter.contains(*d) => {
            out.fout(
                Code::PeildatumBuitenKwartaal,
                at.clone(),
                format!(
                    "De peildatum {} valt niet in {quarter} ({} tot en met {}).",
                    dutch_date(*d),
                    dutch_date(quarter.first_day()),
                    dutch_date(quarter.last_day())
                ),
            );
            None
        }
        (Val::Ok(d), _) => Some(*d),
        (Val::Empty, at) => {
            missing(out, at, "Peildatum");
            None
        }
        (Val::Bad, _) => None,
    };
    Ok((org, peildatum))
}
