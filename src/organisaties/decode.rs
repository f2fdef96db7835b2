//! CSV files as people save them: the text encoding (UTF-8 with or without a
//! BOM, UTF-16 with a BOM, Windows-1252) and the separator (`,` or `;`),
//! detected from the first bytes, and a reader that turns the rest into UTF-8
//! as it streams.

use std::io::{self, Cursor, Read};

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;
use serde::Serialize;

/// How many bytes the register export is sniffed by: enough for the header
/// and many lines, small next to a file of tens of MB.
pub const SNIFF_BYTES: usize = 64 << 10;

/// Lines end at `\n`; a `\r` before it is white space at the end of the last
/// field. (With its default CRLF ending the csv crate counts a line too few
/// after each CRLF, and findings would name the wrong line.)
pub const TERMINATOR: csv::Terminator = csv::Terminator::Any(b'\n');

/// How a CSV file was written, for the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CsvFormat {
    /// `UTF-8`, `UTF-8 met BOM`, `UTF-16LE`, `UTF-16BE` or `Windows-1252`.
    pub codering: &'static str,
    /// `,` or `;`.
    pub scheidingsteken: &'static str,
}

impl Default for CsvFormat {
    fn default() -> Self {
        CsvFormat {
            codering: "UTF-8",
            scheidingsteken: ",",
        }
    }
}

impl CsvFormat {
    /// The separator as the csv crate takes it.
    pub fn delimiter(self) -> u8 {
        self.scheidingsteken.as_bytes()[0]
    }
}

/// The encoding of a file from its first bytes: a BOM says it; without one,
/// text that is valid UTF-8 is UTF-8, anything else Windows-1252 (what Excel
/// on a Dutch Windows machine writes). `complete`: `prefix` is the whole file,
/// so a character cut off at its end is an error, not the end of the sniff.
fn encoding(prefix: &[u8], complete: bool) -> (&'static Encoding, &'static str) {
    if let Some((enc, _)) = Encoding::for_bom(prefix) {
        let name = if enc == UTF_8 { "UTF-8 met BOM" } else { enc.name() };
        return (enc, name);
    }
    match std::str::from_utf8(prefix) {
        Ok(_) => (UTF_8, "UTF-8"),
        Err(e) if !complete && e.error_len().is_none() => (UTF_8, "UTF-8"),
        Err(_) => (WINDOWS_1252, "Windows-1252"),
    }
}

/// The separator of the header line: `;` when it has more of those than `,`.
fn separator(first_line: &str) -> &'static str {
    let count = |c: char| first_line.chars().filter(|&x| x == c).count();
    if count(';') > count(',') { ";" } else { "," }
}

/// Reads up to `sniff` bytes of `inner`, detects the format, and returns a
/// reader of UTF-8 text (without a BOM) over the whole of `inner`. Text that
/// is UTF-8 passes through unchanged, so a bad line later in the file still
/// shows up as a line that is not UTF-8; other encodings are turned into
/// UTF-8 a buffer at a time (`encoding_rs_io`), never the whole file at once.
pub fn open<'a, R: Read + 'a>(mut inner: R, sniff: usize) -> io::Result<(CsvFormat, Box<dyn Read + 'a>)> {
    let mut prefix = Vec::new();
    inner.by_ref().take(sniff as u64).read_to_end(&mut prefix)?;
    let (enc, codering) = encoding(&prefix, prefix.len() < sniff);
    let (text, _) = enc.decode_with_bom_removal(&prefix);
    let first_line = text.split(['\n', '\r']).next().unwrap_or("");
    let format = CsvFormat {
        codering,
        scheidingsteken: separator(first_line),
    };
    if enc == UTF_8 {
        // Bytes pass through as they are: a bad line stays a bad line.
        let bom = if prefix.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        prefix.drain(..bom);
        return Ok((format, Box::new(Cursor::new(prefix).chain(inner))));
    }
    let reader = DecodeReaderBytesBuilder::new()
        .encoding(Some(enc))
        .bom_override(true)
        .strip_bom(true)
        .build(Cursor::new(prefix).chain(inner));
    Ok((format, Box::new(reader)))
}

/// A CSV reader over text already decoded, written as `format`, and the
/// keys of its header (see [`crate::text::key`]); `hint` goes with the
/// error of a file without a header.
pub fn records<'t>(
    text: &'t str,
    format: CsvFormat,
    shown_as: &str,
    hint: &str,
) -> anyhow::Result<(csv::Reader<&'t [u8]>, Vec<String>)> {
    use anyhow::Context;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(format.delimiter())
        .terminator(TERMINATOR)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .with_context(|| format!("{shown_as} heeft geen kopregel\n{hint}"))?
        .iter()
        .map(crate::text::key)
        .collect();
    Ok((reader, headers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], sniff: usize) -> (CsvFormat, String) {
        let (format, mut r) = open(bytes, sniff).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        (format, s)
    }

    #[test]
    fn detects_each_encoding_and_separator() {
        let text = "code;naam\r\nNCTV;Nationaal Coördinator\r\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let (cp1252, _, _) = WINDOWS_1252.encode(text);
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        for (bytes, codering) in [
            (text.as_bytes().to_vec(), "UTF-8"),
            (bom, "UTF-8 met BOM"),
            (le, "UTF-16LE"),
            (be, "UTF-16BE"),
            (cp1252.into_owned(), "Windows-1252"),
        ] {
            // Windows-1252 is only known from a byte that is not UTF-8.
            let sniffs = if codering == "Windows-1252" {
                vec![usize::MAX]
            } else {
                vec![usize::MAX, 8]
            };
            for sniff in sniffs {
                let (format, s) = read(&bytes, sniff);
                assert_eq!(s, text, "{codering} sniff {sniff}");
                if sniff == usize::MAX {
                    assert_eq!(format.codering, codering);
                    assert_eq!(format.scheidingsteken, ";", "{codering}");
                }
            }
        }
        assert_eq!(read(b"a,b;c,d\n", 99).0.scheidingsteken, ",");
    }

    #[test]
    fn utf8_cut_off_by_the_sniff_stays_utf8() {
        let text = "naam\nCoördinator\n";
        let at = text.find('ö').unwrap() + 1;
        let (format, s) = read(text.as_bytes(), at);
        assert_eq!(format.codering, "UTF-8");
        assert_eq!(s, text);
        assert_eq!(read(&text.as_bytes()[..at], usize::MAX).0.codering, "Windows-1252");
    }
}
