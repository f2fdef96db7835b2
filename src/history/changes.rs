//! Matching two quarters' counted rows by organisation code + ID, and the
//! changes and findings that follow from it.

use super::koppeling::Koppeling;
use super::mutaties::{Mutaties, Soort, Wijziging};
use crate::bevinding::{Bevinding, Code, Ernst, Location, StageOutput};
use crate::ingest::Field;
use crate::model::Status;
use crate::text::{dutch_date, key, quote};
use crate::validate::{Batch, CountedRow};

const SHIELDED: &str = "[afgeschermd]";

fn change(r: &CountedRow, soort: Soort, van: Option<String>, naar: Option<String>) -> Wijziging {
    Wijziging {
        organisatie: r.organisatie.to_string(),
        soort,
        categorie: r.categorie,
        id: if r.shielded() {
            SHIELDED.to_owned()
        } else {
            r.id.clone().unwrap_or_default()
        },
        naam: if r.shielded() { None } else { r.naam.clone() },
        van,
        naar,
        dagen: None,
        bestand: r.bestand.to_string(),
        rij: r.rij,
    }
}

/// How a row is named in a message: its ID and name, or nothing for a shielded row.
pub(super) fn called(r: &CountedRow) -> String {
    match (&r.id, &r.naam) {
        _ if r.shielded() => "Een afgeschermd algoritme".to_owned(),
        (Some(id), Some(naam)) => format!("Het algoritme {} ({})", quote(id), quote(naam)),
        (Some(id), None) => format!("Het algoritme {}", quote(id)),
        _ => "Dit algoritme".to_owned(),
    }
}

/// A warning about `r`, for its organisation.
pub(super) fn warn(out: &mut Vec<Bevinding>, r: &CountedRow, code: Code, location: Location, message: String) {
    out.push(Bevinding::new(Ernst::Waarschuwing, code, location, message).voor(&r.organisatie));
}

/// Compares the quarter in `cur` with the earlier quarter in `prev`. Only
/// organisations with a sheet of their own in both quarters are compared.
pub fn compare(prev: &Batch, cur: &Batch, k: &Koppeling, supervisors: &[String]) -> StageOutput<Mutaties> {
    let cur_sheets = cur.submissions_by_code();
    let (vergeleken, before, now) = (&k.vergeleken, &k.before, &k.now);
    // Shielded rows excluded without a readable ID, per organisation: each
    // stands for one shielded row of the quarter before (its own error says
    // what is wrong), never for one that is gone.
    let mut shielded_unread: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for e in cur.excluded.iter().filter(|e| e.afgeschermd && e.sleutel.is_none()) {
        if let Some(s) = cur.submissions.iter().find(|s| s.bestand == e.bestand) {
            *shielded_unread.entry(s.organisatie.as_str()).or_default() += 1;
        }
    }
    for r in cur.rows.iter().filter(|r| r.shielded() && r.id.is_none()) {
        *shielded_unread.entry(&*r.organisatie).or_default() += 1;
    }
    let mut out = Vec::new();
    let mut changes = Vec::new();
    let q = prev.quarter;

    let k_excluded_before = |key: &(String, String)| k.excluded_before(key);
    for (k, &i) in now {
        let r = &cur.rows[i];
        let Some(&j) = before.get(k) else {
            // Read in the earlier quarter but excluded there by an error:
            // not new, and not compared (its error was reported then).
            if k_excluded_before(k) {
                changes.push(change(r, Soort::NietVergeleken, None, Some(r.status.to_string())));
                continue;
            }
            if r.status != Status::Withdrawn {
                changes.push(change(r, Soort::Nieuw, None, None));
            }
            match r.status {
                Status::Published => changes.push(change(r, Soort::Gepubliceerd, None, None)),
                Status::Withdrawn => changes.push(change(r, Soort::Vervallen, None, None)),
                _ => {}
            }
            continue;
        };
        let p = &prev.rows[j];
        if r.status == Status::Published && p.status != Status::Published {
            changes.push(change(r, Soort::Gepubliceerd, Some(p.status.to_string()), None));
        }
        if r.status == Status::Withdrawn && p.status != Status::Withdrawn {
            changes.push(change(r, Soort::Vervallen, Some(p.status.to_string()), None));
        }
        if r.categorie != p.categorie {
            changes.push(change(
                r,
                Soort::CategorieGewijzigd,
                Some(p.categorie.to_string()),
                Some(r.categorie.to_string()),
            ));
        }
        if let (Some(was), Some(is)) = (p.geplande_publicatie, r.geplande_publicatie)
            && is > was
            && r.status != Status::Published
        {
            let mut c = change(r, Soort::Verschoven, Some(dutch_date(was)), Some(dutch_date(is)));
            c.dagen = Some((is - was).num_days());
            changes.push(c);
        }
        if p.status == Status::Published && r.status != Status::Published {
            changes.push(change(
                r,
                Soort::StatusTerug,
                Some(p.status.to_string()),
                Some(r.status.to_string()),
            ));
            warn(
                &mut out,
                r,
                Code::StatusTerug,
                r.cell(Field::Status),
                format!(
                    "{} was in {q} gepubliceerd, maar heeft nu de status {}. Klopt dat?",
                    called(r),
                    r.status
                ),
            );
        }
        if let (Status::Published, Status::Published, Some(was), Some(is)) =
            (p.status, r.status, p.publicatiedatum, r.publicatiedatum)
            && was != is
        {
            changes.push(change(
                r,
                Soort::PublicatiedatumGewijzigd,
                Some(dutch_date(was)),
                Some(dutch_date(is)),
            ));
            warn(
                &mut out,
                r,
                Code::PublicatiedatumGewijzigd,
                r.cell(Field::Publicatiedatum),
                format!(
                    "{} was al gepubliceerd op {}, maar nu staat er {}. Een publicatiedatum verandert niet meer.",
                    called(r),
                    dutch_date(was),
                    dutch_date(is)
                ),
            );
        }
        if let (Some(was), Some(is)) = (&p.naam, &r.naam)
            && key(was) != key(is)
        {
            changes.push(change(r, Soort::IdHergebruikt, Some(was.clone()), Some(is.clone())));
            warn(
                &mut out,
                r,
                Code::IdHergebruikt,
                r.cell(Field::Id),
                format!(
                    "Het ID {} hoorde in {q} bij \"{}\", maar nu bij \"{}\". Geef een nieuw algoritme een nieuw ID.",
                    quote(r.id.as_deref().unwrap_or_default()),
                    quote(was),
                    quote(is)
                ),
            );
        }
    }
    let excluded_now = &k.excluded_now;
    for (k, &j) in before {
        let p = &prev.rows[j];
        if now.contains_key(k) || p.status == Status::Withdrawn {
            continue;
        }
        // Rows of `cur` that were read but excluded by an error of their own:
        // their error says it all, so they are not reported as gone.
        let unread = shielded_unread
            .get_mut(&*p.organisatie)
            .filter(|n| p.shielded() && **n > 0);
        if excluded_now.contains(k) || unread.is_some() {
            if let Some(n) = unread {
                *n -= 1;
            }
            changes.push(change(p, Soort::NietVergeleken, Some(p.status.to_string()), None));
            continue;
        }
        changes.push(change(p, Soort::Verdwenen, Some(p.status.to_string()), None));
        let file = cur_sheets
            .get(&*p.organisatie)
            .map_or_else(|| p.bestand.to_string(), |s| s.bestand.clone());
        warn(
            &mut out,
            p,
            Code::AlgoritmeVerdwenen,
            Location::file(file).sheet(&p.blad),
            format!(
                "{} stond in {q} in rij {} van {}, maar staat nu niet meer in het overzicht en is ook niet als vervallen gemeld. Is het uit de inventaris verdwenen?",
                called(p),
                p.rij,
                p.bestand
            ),
        );
    }
    changes.sort_by(|a, b| (&a.organisatie, a.rij, a.soort).cmp(&(&b.organisatie, b.rij, b.soort)));
    StageOutput::new(Mutaties::new(q, vergeleken.clone(), changes, supervisors), out)
}
