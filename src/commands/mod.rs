//! One module per subcommand. `load` is the part `check` and `run` share:
//! read every sheet of the quarter, validate, and count.

pub mod annual;
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
    /// Every input file read (organisaties.csv and the sheets), with its
    /// fingerprint, for the manifest.
    pub sources: Vec<(String, ingest::Source)>,
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
    let (files, skipped) = ingest::discover(&config.folder, &folder_shown, &config.inputs)?;
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
    let reads: Vec<ingest::FileRead> = files
        .par_iter()
        .map(|(path, shown)| {
            let read = ingest::read_path(path, shown, &config.limits);
            bar.inc(1);
            read
        })
        .collect();
    bar.finish_and_clear();

    let sheets_read = reads.iter().filter(|r| r.sheet.is_some()).count();
    let csv = &config.organisations_file();
    let mut sources: Vec<(String, ingest::Source)> = ingest::Source::stream(csv)
        .map(|s| (shown(csv), s))
        .into_iter()
        .collect();
    sources.extend(reads.iter().filter_map(|r| Some((r.file.clone(), r.source.clone()?))));
    let mut batch = validate::validate(reads, &registry, config.quarter, &folder_shown);
    batch.findings.extend(findings.0);
    crate::findings::sort(&mut batch.findings);
    let figures = Figures::build(&batch, &registry, config.deadlines, accept_errors)?;
    Ok(Loaded {
        registry,
        batch,
        figures,
        files: files.len(),
        sheets_read,
        sources,
    })
}
