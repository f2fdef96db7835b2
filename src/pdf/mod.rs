//! The PDF reports: data as JSON plus typst templates, compiled by the typst CLI.
//!
//! Sheet text reaches typst only as data in `data.json`, read by the template
//! with `json()`: it is never spliced into markup, so `#read("/etc/passwd")`
//! in a name prints as it is.

mod glyphs;
pub mod grafiek;
pub mod jaarrapportage;
pub mod publicaties;
pub mod templates;
pub mod typst;
pub mod voortgang;
pub mod zinnen;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use serde::Serialize;

pub use typst::Typst;

/// Where the PDFs come from: the typst binary and the templates.
#[derive(Debug, Clone)]
pub struct Maker {
    pub typst: Typst,
    /// A folder of templates replacing the built-in ones.
    pub templates: Option<PathBuf>,
}

impl Maker {
    /// Finds typst (`--typst`, else where [`typst::find`] looks) and takes
    /// the templates from `templates` when given.
    pub fn new(typst: Option<&Path>, templates: Option<PathBuf>) -> Result<Maker> {
        Ok(Maker {
            typst: typst::find(typst)?,
            templates,
        })
    }

    /// Compiles template `main` (e.g. `voortgang.typ`) with `data` as
    /// `data.json` in a scratch folder and returns the PDF's bytes.
    pub fn render(&self, main: &str, data: &impl Serialize, peildatum: NaiveDate) -> Result<Vec<u8>> {
        let scratch = tempfile::Builder::new()
            .prefix("algoreg-pdf-")
            .tempdir()
            .context("kan geen tijdelijke map maken voor typst")?;
        let root = scratch.path();
        templates::lay_out(root, self.templates.as_deref(), main)?;
        // Every string the fonts cannot show is fitted: typst would refuse the PDF.
        let json = glyphs::Glyphs::of_fonts(&root.join("fonts")).fit_json(&serde_json::to_string_pretty(data)?);
        let data_json = root.join("data.json");
        std::fs::write(&data_json, json).with_context(|| format!("kan {} niet schrijven", data_json.display()))?;
        let output = root.join("uit.pdf");
        self.typst.compile(root, main, &output, timestamp(peildatum))?;
        std::fs::read(&output).with_context(|| format!("typst maakte geen pdf voor {main}"))
    }
}

/// The PDF's creation time: `SOURCE_DATE_EPOCH` when set, else the peildatum
/// at midnight UTC, so the same inputs give the same bytes.
pub fn timestamp(peildatum: NaiveDate) -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| peildatum.and_hms_opt(0, 0, 0).map_or(0, |d| d.and_utc().timestamp()))
}
