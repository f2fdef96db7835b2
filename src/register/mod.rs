//! The register's downloads (algoritmes.overheid.nl): the CSV export, the
//! history download and the Excel download, read into one record per
//! algorithm whose versions are folded to the one the public saw at the
//! peildatum. `reconcile` and `kwaliteit` both take what this stage reads.
//!
//! What the register offers (its source, MinBZK/Algoritmeregister,
//! `backend/app/controllers/file_download.py`):
//! - the CSV export: the current version of every algorithm, whose
//!   `publication_dt` is that version's date, not the first publication;
//! - the history download: every published version, one row each, the same
//!   columns; recognised by an `algorithm_id` with more than one `publication_dt`;
//! - the Excel download: one sheet per standard version (`1.0`, `0.4`),
//!   transposed, the fields as rows under their Dutch titles.

pub mod csv_reader;
pub mod download;
mod rij;
#[cfg(test)]
pub(crate) mod tests;
mod titels;
pub mod velden;
mod vouwen;
pub mod xlsx_reader;

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

pub use download::{Download, Plaats, RegelTelling, RegisterRecord, RegisterStatus, Soort, Versie, Wanted};
pub use velden::{Veld, Velden};

const HINT: &str = "hint: download het register op algoritmes.overheid.nl: de CSV-export, de geschiedenis-download \
                    (elke versie; de beste keus) of de Excel-download, en geef dat bestand op met --register";

/// Opens and reads the download at `path`, whichever of the three it is;
/// `shown` is how findings name it. Versions are folded to the one the
/// public saw at `peildatum`.
pub fn read_file(path: &Path, shown: &str, wanted: &Wanted, peildatum: NaiveDate) -> Result<Download> {
    let file =
        std::fs::File::open(path).with_context(|| format!("kan het registerbestand {shown} niet openen\n{HINT}"))?;
    read(std::io::BufReader::new(file), shown, wanted, peildatum)
}

/// Reads a download from any reader: the Excel download (a zip) is read
/// whole, a CSV file streams.
pub fn read(mut reader: impl std::io::Read, shown: &str, wanted: &Wanted, peildatum: NaiveDate) -> Result<Download> {
    let mut head = Vec::with_capacity(8);
    (&mut reader)
        .take(8)
        .read_to_end(&mut head)
        .with_context(|| format!("kan het registerbestand {shown} niet lezen\n{HINT}"))?;
    let mut vouwer = vouwen::Vouwer::new(peildatum, shown);
    let (format, excel) = if head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        let mut bytes = head;
        reader
            .read_to_end(&mut bytes)
            .with_context(|| format!("kan het registerbestand {shown} niet lezen\n{HINT}"))?;
        xlsx_reader::read(bytes, shown, wanted, &mut vouwer).map_err(|why| anyhow::anyhow!("{why}\n{HINT}"))?;
        (None, true)
    } else {
        let format = csv_reader::read(std::io::Cursor::new(head).chain(reader), shown, wanted, &mut vouwer)
            .map_err(|why| anyhow::anyhow!("{why:#}\n{HINT}"))?;
        (Some(format), false)
    };
    let mut download = vouwer.finish();
    download.format = format;
    download.soort = match (download.soort, excel) {
        (Soort::Geschiedenis, _) => Soort::Geschiedenis,
        (_, true) => Soort::Excel,
        (s, false) => s,
    };
    if excel && download.regels.gelezen == 0 {
        bail!("het registerbestand {shown} heeft geen beschrijvingen\n{HINT}");
    }
    Ok(download)
}
