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
    };
    let mut v = serde_json::to_vec_pretty(&doc)?;
    v.push(b'\n');
    Ok(v)
}
