//! The written package: a fixed creation time for reproducible files, and the
//! document language, which rust_xlsxwriter cannot set.

use std::io::{Cursor, Read, Write};

use anyhow::{Context, Result, bail};
use chrono::{NaiveDate, NaiveDateTime};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// The language of every document algoreg writes.
pub const LANGUAGE: &str = "nl-NL";

const CORE: &str = "docProps/core.xml";

/// The creation time written into a document: `SOURCE_DATE_EPOCH` when set
/// (the reproducible-builds convention), otherwise midnight of `fallback`.
/// No wall-clock time ever enters a file, so the same inputs give the same bytes.
pub fn creation_time(fallback: NaiveDate) -> Result<NaiveDateTime> {
    Ok(source_date()?.unwrap_or_else(|| fallback.and_hms_opt(0, 0, 0).expect("midnight exists")))
}

/// The date a file was made, as a reader may see it: only from
/// `SOURCE_DATE_EPOCH`, never the clock. Without it there is no such date
/// (and a cover shows none).
pub fn made_on() -> Result<Option<NaiveDate>> {
    Ok(source_date()?.map(|t| t.date()))
}

fn source_date() -> Result<Option<NaiveDateTime>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) if !s.trim().is_empty() => {
            let secs: i64 = s.trim().parse().ok().with_context(|| {
                format!("SOURCE_DATE_EPOCH ({s:?}) is geen aantal seconden\nhint: gebruik bijvoorbeeld SOURCE_DATE_EPOCH=$(date +%s), of laat de variabele weg")
            })?;
            chrono::DateTime::from_timestamp(secs, 0)
                .map(|d| Some(d.naive_utc()))
                .with_context(|| format!("SOURCE_DATE_EPOCH ({secs}) ligt buiten het bereik van een datum"))
        }
        _ => Ok(None),
    }
}

/// Sets the document language in the package's core properties.
///
/// rust_xlsxwriter writes `docProps/core.xml` without `<dc:language>` and has
/// no setter for it. Screen readers and spelling checkers use it, so we add
/// `<dc:language>nl-NL</dc:language>` (Dublin Core, allowed in any position
/// of the core properties) to that one part and copy every other part of the
/// zip unchanged, compressed bytes and all. The rewritten part gets the same
/// fixed timestamp rust_xlsxwriter uses (1980-01-01), so the result is as
/// reproducible as the input.
pub fn set_language(xlsx: &[u8], language: &str) -> Result<Vec<u8>> {
    let mut archive = ZipArchive::new(Cursor::new(xlsx)).context("interne fout: de werkmap is geen zip")?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut found = false;
    for i in 0..archive.len() {
        let name = archive.by_index_raw(i)?.name()?.into_owned();
        if name == CORE {
            let mut xml = String::new();
            archive.by_index(i)?.read_to_string(&mut xml)?;
            let Some(end) = xml.rfind("</cp:coreProperties>") else {
                bail!("interne fout: {CORE} heeft geen </cp:coreProperties>");
            };
            if !xml.contains("<dc:language>") {
                xml.insert_str(end, &format!("<dc:language>{language}</dc:language>"));
            }
            out.start_file(CORE, options)?;
            out.write_all(xml.as_bytes())?;
            found = true;
        } else {
            out.raw_copy_file(archive.by_index_raw(i)?)?;
        }
    }
    if !found {
        bail!("interne fout: de werkmap heeft geen {CORE}");
    }
    let mut bytes = out.finish()?.into_inner();
    made_on_unix(&mut bytes)?;
    Ok(bytes)
}

/// Says in every entry of the zip's central directory that it was made on
/// Unix. The zip writers record the system they run on ("version made by":
/// MS-DOS on Windows, Unix elsewhere); that one byte per entry was the only
/// difference between the workbooks of the Windows and the Linux build.
fn made_on_unix(zip: &mut [u8]) -> Result<()> {
    const END: [u8; 4] = *b"PK\x05\x06";
    const ENTRY: [u8; 4] = *b"PK\x01\x02";
    const UNIX: u8 = 3;
    let broken = || anyhow::anyhow!("interne fout: de werkmap is geen gewone zip");
    let end = zip
        .len()
        .checked_sub(22)
        .filter(|e| zip[*e..*e + 4] == END)
        .ok_or_else(broken)?;
    let u16_at = |z: &[u8], at: usize| usize::from(u16::from_le_bytes([z[at], z[at + 1]]));
    let entries = u16_at(zip, end + 10);
    let mut at = u32::from_le_bytes(zip[end + 16..end + 20].try_into()?) as usize;
    for _ in 0..entries {
        if at + 46 > end || zip[at..at + 4] != ENTRY {
            return Err(broken());
        }
        zip[at + 5] = UNIX;
        at += 46 + u16_at(zip, at + 28) + u16_at(zip, at + 30) + u16_at(zip, at + 32);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbook written on Windows says MS-DOS in its central directory;
    /// after `set_language` it says Unix, as on Linux, and nothing else moved.
    #[test]
    fn every_entry_says_unix_whatever_system_wrote_it() {
        let made_on = |system| {
            let mut w = ZipWriter::new(Cursor::new(Vec::new()));
            let options = SimpleFileOptions::default()
                .last_modified_time(DateTime::default())
                .system(system);
            for name in [CORE, "xl/workbook.xml", "[Content_Types].xml"] {
                w.start_file(name, options).unwrap();
                w.write_all(b"<cp:coreProperties></cp:coreProperties>").unwrap();
            }
            set_language(&w.finish().unwrap().into_inner(), LANGUAGE).unwrap()
        };
        let (dos, unix) = (made_on(zip::System::Dos), made_on(zip::System::Unix));
        assert_eq!(dos, unix);
        let archive = ZipArchive::new(Cursor::new(&dos)).unwrap();
        assert_eq!(archive.len(), 3);
        for i in 0..archive.len() {
            let mut a = ZipArchive::new(Cursor::new(&dos)).unwrap();
            assert_eq!(a.by_index(i).unwrap().system(), zip::System::Unix);
        }
    }

    fn book() -> Vec<u8> {
        let mut b = rust_xlsxwriter::Workbook::new();
        let fixed = creation_time(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()).unwrap();
        b.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&fixed));
        b.add_worksheet().write_string(0, 0, "hallo").unwrap();
        b.save_to_buffer().unwrap()
    }

    fn part(xlsx: &[u8], name: &str) -> String {
        let mut a = ZipArchive::new(Cursor::new(xlsx)).unwrap();
        let mut s = String::new();
        a.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn adds_the_language_and_keeps_everything_else() {
        let before = book();
        let after = set_language(&before, LANGUAGE).unwrap();
        assert!(part(&after, CORE).contains("<dc:language>nl-NL</dc:language></cp:coreProperties>"));
        assert_eq!(
            part(&after, "xl/worksheets/sheet1.xml"),
            part(&before, "xl/worksheets/sheet1.xml")
        );
        let names = |b: &[u8]| {
            let a = ZipArchive::new(Cursor::new(b.to_vec())).unwrap();
            a.file_names().map(|n| n.unwrap().into_owned()).collect::<Vec<_>>()
        };
        assert_eq!(names(&after), names(&before));
        assert_eq!(set_language(&before, LANGUAGE).unwrap(), after, "same bytes every time");
        let calamine_ok = calamine::open_workbook_auto_from_rs(Cursor::new(after)).is_ok();
        assert!(calamine_ok);
    }
}
