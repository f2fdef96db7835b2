//! Reading back what the binary wrote: report JSON, the parts of a zip
//! package (xlsx), and a PDF's text and streams.

use std::io::{Cursor, Read};
use std::path::Path;

/// Every part of a zip package, decompressed, in package order.
pub fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (f.name().unwrap().into_owned(), v)
        })
        .collect()
}

/// One part of a zip package, as text.
pub fn part(bytes: &[u8], name: &str) -> String {
    let p = parts(bytes);
    let (_, v) = p
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"));
    String::from_utf8(v.clone()).unwrap()
}

/// The PDF's text with all white space folded to single spaces.
pub fn pdf_text(pdf: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(pdf).expect("pdf text");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does the PDF text hold this sentence, wherever its lines break (also
/// after a hyphen)?
pub fn holds(text: &str, sentence: &str) -> bool {
    squash(text).contains(&squash(sentence))
}

/// Reads a report JSON.
pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("read json")).expect("parse json")
}

/// A PDF's text with all white space removed, so that a sentence is found
/// wherever its lines break (compare with [`squash`]).
pub fn pdf_squashed(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("read pdf");
    squash(&pdf_extract::extract_text_from_mem(&bytes).expect("pdf text"))
}

pub fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Every stream of the PDF inflated, plus the raw bytes, as one lossy string.
pub fn pdf_raw(pdf: &[u8]) -> String {
    let mut out = String::from_utf8_lossy(pdf).into_owned();
    let mut rest = pdf;
    while let Some(start) = find_bytes(rest, b"stream") {
        let body = &rest[start + 6..];
        let body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
        let Some(end) = find_bytes(body, b"endstream") else {
            break;
        };
        let mut inflated = Vec::new();
        if flate2::read::ZlibDecoder::new(&body[..end])
            .read_to_end(&mut inflated)
            .is_ok()
        {
            out.push_str(&String::from_utf8_lossy(&inflated));
        }
        rest = &body[end + 9..];
    }
    out
}

pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Every file under `dir`, in its subfolders too.
pub fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(files_under(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}
