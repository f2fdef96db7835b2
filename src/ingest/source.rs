//! A file's fingerprint (size and SHA-256), so an auditor can prove which
//! files produced which figures; and an input as the manifest lists it.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::organisaties::decode::CsvFormat;

/// One input file read: its name as shown, its fingerprint, and for a CSV
/// file (organisaties.csv, the register's download) how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub file: String,
    pub source: Source,
    pub format: Option<CsvFormat>,
}

impl Input {
    pub fn new(file: impl Into<String>, source: Source) -> Input {
        Input {
            file: file.into(),
            source,
            format: None,
        }
    }

    /// Sorts a list by file name and fingerprint, and drops repeats (a file
    /// read for two quarters, such as organisaties.csv).
    pub fn sort_list(list: &mut Vec<Input>) {
        list.sort_by(|a, b| (&a.file, &a.source).cmp(&(&b.file, &b.source)));
        list.dedup_by(|a, b| (&a.file, &a.source) == (&b.file, &b.source));
    }
}

/// What was read from disk: size and SHA-256, so an auditor can prove which
/// files produced which figures.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Source {
    pub bytes: u64,
    pub sha256: String,
}

impl Source {
    pub fn of(bytes: &[u8]) -> Source {
        Source {
            bytes: bytes.len() as u64,
            sha256: hex(&Sha256::digest(bytes)),
        }
    }

    /// Hashes a file without holding it in memory (for files too large to read).
    pub fn stream(path: &Path) -> std::io::Result<Source> {
        use std::io::Read;
        let (mut file, mut hasher) = (std::fs::File::open(path)?, Sha256::new());
        let (mut buf, mut bytes) = (vec![0u8; 1 << 16], 0u64);
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                return Ok(Source {
                    bytes,
                    sha256: hex(&hasher.finalize()),
                });
            }
            hasher.update(&buf[..n]);
            bytes += n as u64;
        }
    }
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
