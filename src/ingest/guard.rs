//! Refusing a file before calamine reads it: too large on disk, too large once
//! unpacked (a zip bomb), or an `.ods` whose dense grid would not fit (the
//! scan itself is in `odsguard`).

use std::io::Cursor;

use super::odsguard;
use super::sparse::Limits;
use crate::bevinding::Code;

/// Why a file is refused unread: the finding's code and message.
pub struct Refusal {
    pub code: Code,
    pub message: String,
}

/// Refuses a file that is larger on disk than the limit.
pub fn on_disk(size: u64, limits: &Limits) -> Result<(), Refusal> {
    if size > limits.max_file_bytes {
        return Err(Refusal {
            code: Code::BestandTeGroot,
            message: too_big(size, limits.max_file_bytes, "", "--max-bestand-mb"),
        });
    }
    Ok(())
}

/// Checks the bytes of a file before calamine reads them, and returns the
/// bytes to give calamine (an `.ods` comes back with `content.xml` stored).
pub fn unpacked(bytes: Vec<u8>, limits: &Limits) -> Result<Vec<u8>, Refusal> {
    if let Some(size) = unpacked_size(&bytes).filter(|s| *s > limits.max_unpacked_bytes) {
        return Err(Refusal {
            code: Code::BestandTeGroot,
            message: too_big(
                size,
                limits.max_unpacked_bytes,
                " als het is uitgepakt",
                "--max-bestand-mb",
            ),
        });
    }
    // calamine reads .ods into a dense grid: refuse what would not fit. Any
    // zip with a content.xml is checked, whatever its mimetype says.
    if !bytes.starts_with(b"PK") {
        return Ok(bytes);
    }
    let budget = (limits.max_cells as u64).saturating_mul(4);
    match odsguard::check(bytes, budget, limits.max_unpacked_bytes) {
        odsguard::Checked::Fine(bytes) => Ok(bytes),
        odsguard::Checked::TooDense(cells) => Err(Refusal {
            code: Code::BladTeGroot,
            message: format!(
                "Een blad in dit bestand beslaat {cells} cellen (rijen maal kolommen); de grens is {budget}. Het bestand is niet gelezen. Verhoog de grens met --max-cellen als het echt zo groot hoort te zijn."
            ),
        }),
    }
}

fn too_big(size: u64, limit: u64, what: &str, option: &str) -> String {
    format!(
        "Het bestand is te groot{what}: {} MB, de grens is {} MB. Het is niet gelezen. Verhoog de grens met {option} als het bestand echt zo groot hoort te zijn.",
        size.div_ceil(1 << 20),
        limit >> 20
    )
}

/// For zip-based workbooks (xlsx, ods): the unpacked size its parts declare,
/// checked before any part is unpacked.
/// Sizes come from the zip's central directory; nothing is unpacked here.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        total = total.saturating_add(zip.by_index_raw(i).map_or(u64::MAX, |f| f.size()));
    }
    Some(total)
}
