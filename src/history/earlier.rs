//! The sheets of earlier quarters as read rows (not counted): what a
//! template or a terugmelding is prefilled with.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;

use crate::config::quarter_folders;
use crate::ingest::{self, AlgoRow, Val};
use crate::model::Quarter;
use crate::text::{key, shown};

/// One organisation's sheet of an earlier quarter: its file and its rows.
pub type Earlier = (String, Vec<AlgoRow>);

/// The readable sheets in the folder of `quarter`, by `key(code)` of the
/// organisation they are for, read with ingest (so `volledig` rows come
/// without their text); `None` when there is no folder for `quarter`. Of two
/// sheets for one organisation, the first (by file name) counts.
pub fn sheets_of(inputs: &Path, quarter: Quarter) -> Result<Option<HashMap<String, Earlier>>> {
    if !inputs.is_dir() {
        return Ok(None);
    }
    let folders = quarter_folders(inputs)?;
    let Some((_, folder)) = folders.iter().find(|(q, _)| *q == quarter) else {
        return Ok(None);
    };
    let (files, _) = ingest::discover(folder, &shown(folder), inputs)?;
    let mut out = HashMap::new();
    for (path, file) in files {
        let read = ingest::read_path(&path, &file, quarter, &ingest::Limits::default(), false);
        let Some(sheet) = read.sheet else { continue };
        if let Val::Ok(code) = &sheet.header.code.val {
            out.entry(key(code)).or_insert((file, sheet.rows));
        }
    }
    Ok(Some(out))
}

/// Per organisation (by `key(code)`) its latest readable sheet of a quarter
/// before `before`, with that quarter. Earlier folders are read newest first,
/// and only as far back as some organisation in `wanted` still lacks one.
pub fn latest_sheets(inputs: &Path, before: Quarter, wanted: &[String]) -> Result<HashMap<String, (Quarter, Earlier)>> {
    let mut out = HashMap::new();
    if !inputs.is_dir() {
        return Ok(out);
    }
    let earlier: Vec<Quarter> = quarter_folders(inputs)?
        .into_iter()
        .map(|(q, _)| q)
        .filter(|q| *q < before)
        .rev()
        .collect();
    for q in earlier {
        if wanted.iter().all(|k| out.contains_key(k)) {
            break;
        }
        for (code, sheet) in sheets_of(inputs, q)?.unwrap_or_default() {
            out.entry(code).or_insert((q, sheet));
        }
    }
    Ok(out)
}
