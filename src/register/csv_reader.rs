//! Reads the register's CSV downloads (the export and the history download):
//! streamed, header-driven, one version per line.
//!
//! Every layout seen so far works: v1.0 (31 columns), the older 29-column
//! layout without `algorithm_id` and `publication_dt`, and downloads that
//! mix standard versions (the union of their columns). UTF-8 (with or
//! without BOM), UTF-16 with BOM and Windows-1252, `,` or `;`, and newlines
//! inside quoted fields are fine: the file may have been opened and saved in
//! Excel. A line that cannot be read becomes a finding.

use std::io::Read;

use anyhow::{Context, Result, bail};

use super::download::{Plaats, Wanted};
use super::rij::{Cols, keep};
use super::vouwen::Vouwer;
use crate::bevinding::Code;
use crate::organisaties::decode::{self, CsvFormat};
use crate::text::key;

/// Reads every line into `v`; the file's encoding and separator.
pub(crate) fn read<R: Read>(reader: R, shown: &str, wanted: &Wanted, v: &mut Vouwer) -> Result<CsvFormat> {
    let (format, reader) = decode::open(reader, decode::SNIFF_BYTES)
        .with_context(|| format!("kan het registerbestand {shown} niet lezen"))?;
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .delimiter(format.delimiter())
        .terminator(decode::TERMINATOR)
        .from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .with_context(|| format!("het registerbestand {shown} is geen leesbaar CSV-bestand"))?
        .iter()
        .map(|h| key(h.trim_start_matches('\u{feff}')))
        .collect();
    let Some(cols) = Cols::of(&headers) else {
        bail!("het registerbestand {shown} heeft geen kolommen name en organization");
    };
    v.met_algoritme_id = cols.met_algoritme_id();
    v.met_publicatiedatum = cols.met_publicatiedatum();
    let mut record = csv::StringRecord::new();
    loop {
        let line_before = csv.position().line();
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line_before, csv::Position::line);
                keep(|c| record.get(c), record.iter(), Plaats::Regel(line), &cols, wanted, v);
            }
            Err(e) => {
                let line = e.position().map_or(line_before, csv::Position::line);
                let why = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "de tekst is geen UTF-8".to_owned(),
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("de regel heeft {len} velden, de kopregel {expected_len}")
                    }
                    _ => {
                        return Err(anyhow::anyhow!("{e}")).with_context(|| {
                            format!("kan het registerbestand {shown} niet verder lezen (regel {line})")
                        });
                    }
                };
                v.regels.gelezen += 1;
                v.regels.onleesbaar += 1;
                let loc = Plaats::Regel(line).location(shown);
                v.out.waarschuwing(
                    Code::RegisterRegelOngeldig,
                    loc,
                    format!("Deze regel van het register is niet te lezen: {why}. Hij is niet vergeleken."),
                );
            }
        }
    }
    Ok(format)
}
