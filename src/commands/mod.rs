//! One module per subcommand. `load` is the part `check` and `run` share:
//! read every sheet of the quarter, validate, and count.

pub mod check;
pub mod reconcile;
pub mod run;
pub mod template;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::figures::Figures;
use crate::findings::Findings;
use crate::ingest;
use crate::options::BatchConfig;
use crate::registry::Registry;
use crate::validate::{self, Batch};

/// Exit codes: 0 clean, 1 errors found in the input, 2 fatal.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FATAL: u8 = 2;

/// Files read in parallel before the ones read so far are validated.
const READ_CHUNK: usize = 128;

/// Batches with more files than this get a progress bar (on a terminal).
const PROGRESS_FROM_FILES: usize = 20;

/// A quarter, read and counted.
pub struct Loaded {
    pub registry: Registry,
    pub batch: Batch,
    pub figures: Figures,
    /// Spreadsheet files found in the quarter folder.
    pub files: usize,
    /// Of those, the ones that could be read as a status sheet.
    pub sheets_read: usize,
}

/// Shows a path relative to where the user stands when it is below it.
pub fn shown(path: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

pub fn load(config: &BatchConfig, accept_errors: bool) -> Result<Loaded> {
    let mut findings = Findings::default();
    let registry = Registry::load(
        &config.organisations_file(),
        &shown(&config.organisations_file()),
        &mut findings,
    )?;
    let folder_shown = shown(&config.folder);
    let (files, skipped) = ingest::discover(&config.folder, &folder_shown)?;
    findings.0.extend(skipped);

    let bar = if files.len() >= PROGRESS_FROM_FILES {
        ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} bestanden {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // Files are read in parallel a chunk at a time; while one chunk is read,
    // the one before is validated in file order and dropped. So memory holds
    // two chunks of sheets and the counted rows, never the whole batch.
    let read_chunk = |chunk: &[ingest::Found]| -> Vec<ingest::FileRead> {
        chunk
            .par_iter()
            .map(|(path, shown)| {
                let read = ingest::read_path(path, shown, &config.limits);
                bar.inc(1);
                read
            })
            .collect()
    };
    let mut validator = validate::Validator::new(&registry, config.quarter);
    let mut sheets_read = 0;
    let mut chunks = files.chunks(READ_CHUNK);
    let mut pending = chunks.next().map(read_chunk).unwrap_or_default();
    loop {
        let next = chunks.next();
        let validate = || {
            for read in pending {
                sheets_read += usize::from(read.sheet.is_some());
                validator.add(read);
            }
        };
        match rayon::join(validate, || next.map(read_chunk)) {
            (_, Some(reads)) => pending = reads,
            (_, None) => break,
        }
    }
    bar.finish_and_clear();
    let mut batch = validator.finish(&folder_shown);
    batch.findings.extend(findings.0);
    crate::findings::sort(&mut batch.findings);
    let figures = Figures::build(&batch, &registry, config.deadlines, accept_errors)?;
    Ok(Loaded {
        registry,
        batch,
        figures,
        files: files.len(),
        sheets_read,
    })
}
