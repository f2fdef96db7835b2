//! The one small trait every quarterly output implements, and the simplest
//! output: the figures JSON.

use anyhow::Result;

use crate::pipeline::Loaded;

/// An output of a quarterly run, rendered to bytes in memory; the run writes
/// all of them into one staging folder and moves it into place at the end.
pub trait Exporter {
    /// The file name inside the quarter's report folder.
    fn file_name(&self, loaded: &Loaded) -> String;
    fn render(&self, loaded: &Loaded) -> Result<Vec<u8>>;
}

/// `cijfers-<kwartaal>.json`.
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn file_name(&self, loaded: &Loaded) -> String {
        format!("cijfers-{}.json", loaded.figures.kwartaal)
    }

    fn render(&self, loaded: &Loaded) -> Result<Vec<u8>> {
        loaded.figures.to_json()
    }
}
