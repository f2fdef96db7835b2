//! The AI Act's date (`--deadline-eu`): from it, a high-risk AI system
//! (category A, not vervallen, uitzonderingen included) that is not
//! registered in the EU database, or whose sheet does not say, is a
//! waarschuwing at its cell. Before it the counts show who is behind.

use chrono::NaiveDate;

use super::batch::Batch;
use crate::bevinding::Code;
use crate::bevinding::{Bevinding, Ernst};
use crate::ingest::Field;
use crate::model::{Category, EuDatabank, Status};
use crate::text::dutch_date_long;

/// A warning for each category-A row of a sheet whose peildatum is on or
/// after `deadline_eu` and that is `niet geregistreerd` or has no answer.
pub fn registratie(batch: &Batch, deadline_eu: NaiveDate) -> Vec<Bevinding> {
    let submissions = batch.submissions_by_code();
    let peildatum = |org: &str| {
        submissions
            .get(org)
            .and_then(|s| s.peildatum)
            .unwrap_or_else(|| batch.quarter.last_day())
    };
    let datum = dutch_date_long(deadline_eu);
    batch
        .rows
        .iter()
        .filter(|r| r.categorie == Category::A && r.status != Status::Withdrawn)
        .filter(|r| peildatum(&r.organisatie) >= deadline_eu)
        .filter_map(|r| {
            let message = match r.eu_databank {
                Some(EuDatabank::Geregistreerd | EuDatabank::NietVanToepassing) => return None,
                Some(EuDatabank::NietGeregistreerd) => format!(
                    "Dit hoog-risico-AI-systeem staat nog niet in de EU-databank. Sinds {datum} registreert een overheidsorganisatie zo'n systeem vóór gebruik (AI-verordening, artikel 49). Is het geregistreerd? Vul dan geregistreerd in. Is het geen systeem uit bijlage III? Vul dan niet van toepassing in."
                ),
                None => format!(
                    "Staat dit hoog-risico-AI-systeem in de EU-databank? Sinds {datum} registreert een overheidsorganisatie zo'n systeem vóór gebruik (AI-verordening, artikel 49). Vul bij EU-databank in: geregistreerd, niet geregistreerd of niet van toepassing."
                ),
            };
            Some(
                Bevinding::new(
                    Ernst::Waarschuwing,
                    Code::EuRegistratieOntbreekt,
                    r.cell(Field::EuDatabank),
                    message,
                )
                .voor(&r.organisatie),
            )
        })
        .collect()
}
