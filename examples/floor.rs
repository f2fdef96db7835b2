//! The floor for the benchmark: a bare calamine loop that opens every
//! spreadsheet in a folder and touches every cell of every sheet, on all
//! cores. No validation, no counting: what reading alone costs.
//!
//! `cargo run --release --example floor -- MAP`

use calamine::{Data, Reader, open_workbook_auto};
use rayon::prelude::*;

fn touch(path: &std::path::Path) -> Result<(usize, usize), String> {
    let mut book = open_workbook_auto(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut cells = 0;
    let mut text = 0;
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        for cell in range.used_cells() {
            cells += 1;
            if let Data::String(s) = cell.2 {
                text += s.len();
            }
        }
    }
    Ok((cells, text))
}

fn main() -> anyhow::Result<()> {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "inputs/2025-Q2".to_owned());
    let mut files: Vec<_> = std::fs::read_dir(&folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let ext = p.extension().map(|e| e.to_string_lossy().to_lowercase());
            matches!(ext.as_deref(), Some("xlsx" | "xlsm" | "xls" | "ods"))
        })
        .collect();
    files.sort();
    let results: Vec<_> = files.par_iter().map(|p| touch(p)).collect();
    let (mut cells, mut text, mut failed) = (0, 0, 0);
    for r in results {
        match r {
            Ok((c, t)) => {
                cells += c;
                text += t;
            }
            Err(e) => {
                eprintln!("{e}");
                failed += 1;
            }
        }
    }
    println!(
        "{} bestanden, {failed} onleesbaar, {cells} cellen, {text} bytes tekst",
        files.len()
    );
    Ok(())
}
