//! The one small trait every quarterly output implements, and the simplest
//! output: the figures JSON, of a quarter (`cijfers-<kwartaal>.json`) and of
//! a year (`cijfers-<jaar>.json`).

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use crate::aggregate::Cijfer;
use crate::cijfers::Cijfers;
use crate::history::MutatieTelling;
use crate::model::{Category, Quarter};
use crate::pipeline::Report;
use crate::reconcile::Registerwijzigingen;

/// An output of a quarterly run, rendered to bytes in memory; the run writes
/// all of them into one staging folder and moves it into place at the end.
pub trait Exporter {
    /// The file name inside the quarter's report folder.
    fn file_name(&self, report: &Report) -> String;
    fn render(&self, report: &Report) -> Result<Vec<u8>>;
}

/// `cijfers-<kwartaal>.json`.
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn file_name(&self, report: &Report) -> String {
        format!("cijfers-{}.json", report.cijfers.kwartaal)
    }

    fn render(&self, report: &Report) -> Result<Vec<u8>> {
        report.cijfers.to_json()
    }
}

/// `cijfers-<jaar>.json`: the `cijfers` records of every quarter read.
#[derive(Serialize)]
struct JaarCijfers<'a> {
    jaar: i32,
    classificatie: &'static str,
    voorlopig: bool,
    kwartalen: Vec<String>,
    ontbrekende_kwartalen: Vec<String>,
    cijfers: Vec<&'a Cijfer>,
    /// Per quarter, the changes since the quarter before it, per category
    /// (ministries only; counts, no algorithms).
    mutaties: Vec<MutatieTotaal<'a>>,
    /// After a deadline: each quarter's backlog per group and category, as
    /// that quarter's figures give it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    achterstand: Vec<KwartaalAchterstand<'a>>,
    /// With the history download (`annual --register`): what changed in the
    /// register per quarter, and summed over the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    register: Option<RegisterJaar>,
}

#[derive(Serialize)]
struct KwartaalAchterstand<'a> {
    kwartaal: Quarter,
    #[serde(flatten)]
    achterstand: &'a crate::prognose::GroepAchterstand,
}

#[derive(Serialize)]
struct RegisterJaar {
    per_kwartaal: Vec<RegisterKwartaal>,
    jaar: Registerwijzigingen,
}

#[derive(Serialize)]
struct RegisterKwartaal {
    kwartaal: Quarter,
    #[serde(flatten)]
    wijzigingen: Registerwijzigingen,
}

#[derive(Serialize)]
struct MutatieTotaal<'a> {
    kwartaal: Quarter,
    vorig_kwartaal: Quarter,
    per_categorie: &'a BTreeMap<Category, MutatieTelling>,
}

/// `cijfers-<jaar>.json` of the quarters read (oldest first) and the quarters missing.
pub fn annual_json(year: i32, quarters: &[(Quarter, Cijfers)], missing: &[Quarter]) -> Result<Vec<u8>> {
    let doc = JaarCijfers {
        jaar: year,
        classificatie: "Openbaar",
        voorlopig: quarters.iter().any(|(_, f)| f.voorlopig),
        kwartalen: quarters.iter().map(|(q, _)| q.to_string()).collect(),
        ontbrekende_kwartalen: missing.iter().map(Quarter::to_string).collect(),
        cijfers: quarters.iter().flat_map(|(_, f)| &f.per_organisatie).collect(),
        mutaties: quarters
            .iter()
            .filter_map(|(q, f)| {
                let m = f.mutaties.as_ref()?;
                Some(MutatieTotaal {
                    kwartaal: *q,
                    vorig_kwartaal: m.vorig_kwartaal,
                    per_categorie: &m.totaal,
                })
            })
            .collect(),
        achterstand: quarters
            .iter()
            .flat_map(|(q, f)| {
                f.achterstand.iter().map(|a| KwartaalAchterstand {
                    kwartaal: *q,
                    achterstand: a,
                })
            })
            .collect(),
        register: register_jaar(quarters),
    };
    let mut v = serde_json::to_vec_pretty(&doc)?;
    v.push(b'\n');
    Ok(v)
}

/// What changed in the register per quarter, from each quarter's afstemming
/// with the history download; `None` when no quarter has it.
fn register_jaar(quarters: &[(Quarter, Cijfers)]) -> Option<RegisterJaar> {
    let per_kwartaal: Vec<RegisterKwartaal> = quarters
        .iter()
        .filter_map(|(q, f)| {
            Some(RegisterKwartaal {
                kwartaal: *q,
                wijzigingen: f.afstemming.as_ref()?.in_kwartaal?,
            })
        })
        .collect();
    if per_kwartaal.is_empty() {
        return None;
    }
    let mut jaar = Registerwijzigingen::default();
    for k in &per_kwartaal {
        jaar.add(k.wijzigingen);
    }
    Some(RegisterJaar { per_kwartaal, jaar })
}
