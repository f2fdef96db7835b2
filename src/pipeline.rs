//! The pipeline: reads one quarter through every stage, in order: ingest ->
//! validate -> history -> reconcile -> aggregate, and builds its figures once.
//! Commands call it; outputs take what it returns.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::bevinding;
use crate::cijfers::{Cijfers, Compared};
use crate::config::{BatchConfig, quarter_folders};
use crate::history::{self, Mutaties, Planning, Verloop};
use crate::ingest;
use crate::kwaliteit;
use crate::model::Quarter;
use crate::organisaties::{self, OrganisatieLijst};
use crate::reconcile;
use crate::text::shown;
use crate::validate::{self, Batch};

/// Earlier quarters whose published counts the chart of the path shows (a year).
const COURSE_QUARTERS: usize = 4;

/// Files read in parallel before the ones read so far are validated.
const READ_CHUNK: usize = 128;

/// Batches with more files than this get a progress bar (on a terminal).
const PROGRESS_FROM_FILES: usize = 20;

/// A quarter, read and checked: everything before counting.
pub struct Read {
    pub organisaties: OrganisatieLijst,
    /// The counted rows, and every finding of the sheets, of
    /// organisaties.csv and of the comparison with the previous quarter.
    pub batch: Batch,
    /// Changes since the previous quarter in the inputs, if there is one.
    pub mutaties: Option<Mutaties>,
    /// The previous quarter's plans measured against this quarter, if there is one.
    pub planning: Option<Planning>,
    /// The figures of the nearest earlier quarter in the inputs, if any.
    pub previous: Option<Cijfers>,
    /// Published at the end of earlier quarters, oldest first: the previous one, or up to four with `BatchConfig::course`.
    pub verloop: Vec<Verloop>,
    /// Spreadsheet files found in the quarter folder.
    pub files: usize,
    /// Of those, the ones that could be read as a status sheet.
    pub sheets_read: usize,
    /// Every input file read (organisaties.csv and the sheets), with its
    /// fingerprint, for the manifest.
    pub sources: Vec<(String, ingest::Source)>,
}

/// A quarter, read and counted: what every output of a quarterly run takes.
pub struct Loaded {
    pub organisaties: OrganisatieLijst,
    pub batch: Batch,
    pub cijfers: Cijfers,
    pub files: usize,
    pub sheets_read: usize,
    pub sources: Vec<(String, ingest::Source)>,
    pub previous: Option<Cijfers>,
    /// Published at the end of earlier quarters, oldest first: the previous one, or up to four with `BatchConfig::course`.
    pub verloop: Vec<Verloop>,
}

/// Reads, checks and counts a quarter; with `register`, also compares it
/// with the register's export (of `register_datum`, when the user gave it).
pub fn load(
    config: &BatchConfig,
    accept_errors: bool,
    register: Option<&Path>,
    register_datum: Option<NaiveDate>,
) -> Result<Loaded> {
    let read = read(config)?;
    let register = register
        .map(|path| register_stages(&read, path, register_datum))
        .transpose()?;
    count(read, register, config, accept_errors)
}

/// What the register's export gave: the afstemming and the quality check.
pub struct Register {
    pub afstemming: reconcile::Outcome,
    pub kwaliteit: kwaliteit::Outcome,
}

/// Reads the register's export at `path` once, and reconciles it with the
/// quarter read and checks the quality of its descriptions.
pub fn register_stages(read: &Read, path: &Path, register_datum: Option<NaiveDate>) -> Result<Register> {
    let shown = shown(path);
    let download = reconcile::download::read_file(path, &shown, &reconcile::wanted(&read.batch, &read.organisaties))?;
    Ok(Register {
        afstemming: reconcile::compare(&read.batch, &read.organisaties, &download, &shown, register_datum),
        kwaliteit: kwaliteit::check(&download, &read.organisaties, &shown),
    })
}

/// Counts a quarter that was read: one `Cijfers::build` with everything it reports.
pub fn count(read: Read, register: Option<Register>, config: &BatchConfig, accept_errors: bool) -> Result<Loaded> {
    let Read {
        organisaties,
        mut batch,
        mutaties,
        planning,
        previous,
        verloop,
        files,
        sheets_read,
        sources,
    } = read;
    let (afstemming, kwaliteit) = match register {
        Some(r) => {
            batch.findings.extend(r.afstemming.findings);
            batch.findings.extend(r.kwaliteit.findings);
            bevinding::sort(&mut batch.findings);
            (Some(r.afstemming.afstemming), Some(r.kwaliteit.kwaliteit))
        }
        None => (None, None),
    };
    let cijfers = Cijfers::build(
        &batch,
        &organisaties,
        config.deadlines,
        accept_errors,
        Compared {
            mutaties,
            planning,
            afstemming,
            kwaliteit,
        },
    )?;
    Ok(Loaded {
        organisaties,
        batch,
        cijfers,
        files,
        sheets_read,
        sources,
        previous,
        verloop,
    })
}

/// One quarter folder, read and validated.
struct Folder {
    batch: Batch,
    files: usize,
    sheets_read: usize,
    sources: Vec<(String, ingest::Source)>,
}

/// Reads a quarter; with the previous quarter present, follows every
/// algorithm from there (`mutaties`); with `--carry-forward`, lets an
/// organisation's latest earlier sheet stand in for a missing one.
pub fn read(config: &BatchConfig) -> Result<Read> {
    let csv = config.organisations_file();
    // Read once: parsed here, and fingerprinted for the manifest below.
    let csv_bytes = organisaties::read_file(&csv)?;
    let organisaties = OrganisatieLijst::parse(&csv_bytes, &shown(&csv))?;
    let Folder {
        mut batch,
        files,
        sheets_read,
        sources: sheet_sources,
    } = read_folder(config, config.quarter, &config.folder, &organisaties, true)?;
    // The manifest's fingerprints; `check` writes no manifest and skips them.
    let mut sources: Vec<(String, ingest::Source)> = config
        .fingerprint
        .then(|| (shown(&csv), ingest::Source::of(&csv_bytes)))
        .into_iter()
        .collect();
    sources.extend(sheet_sources);

    let earlier: Vec<(Quarter, PathBuf)> = quarter_folders(&config.inputs)?
        .into_iter()
        .rev()
        .filter(|(q, _)| *q < config.quarter)
        .collect();
    let mut earlier_batches: Vec<Batch> = Vec::new();
    let mut read_earlier = |i: usize, batches: &mut Vec<Batch>| -> Result<bool> {
        while batches.len() <= i {
            let Some((q, folder)) = earlier.get(batches.len()) else {
                return Ok(false);
            };
            let read = read_folder(config, *q, folder, &organisaties, false)?;
            sources.extend(read.sources);
            batches.push(read.batch);
        }
        Ok(true)
    };
    if config.carry_forward {
        let mut i = 0;
        while !history::missing(&batch, &organisaties).is_empty() && read_earlier(i, &mut earlier_batches)? {
            history::carry_forward(&mut batch, &organisaties, &earlier_batches[i]);
            i += 1;
        }
    }
    let (mut mutaties, mut planning, mut previous) = (None, None, None);
    if read_earlier(0, &mut earlier_batches)? {
        previous = Some(Cijfers::build(
            &earlier_batches[0],
            &organisaties,
            config.deadlines,
            true,
            Compared::default(),
        )?);
        let supervisors: Vec<String> = organisaties
            .alle
            .iter()
            .filter(|o| o.toezichthouder)
            .map(|o| o.code.clone())
            .collect();
        let (m, found) = history::compare(&earlier_batches[0], &batch, &supervisors);
        batch.findings.extend(found);
        mutaties = Some(m);
        let (p, found) = history::planning(&earlier_batches[0], &batch, &organisaties, config.deadlines);
        batch.findings.extend(found);
        planning = Some(p);
    }
    let mut verloop = Vec::new();
    for i in 0..if config.course { COURSE_QUARTERS } else { 1 } {
        if !read_earlier(i, &mut earlier_batches)? {
            break;
        }
        verloop.insert(0, history::verloop(&earlier_batches[i]));
    }
    sources.sort();
    sources.dedup();
    bevinding::sort(&mut batch.findings);
    Ok(Read {
        organisaties,
        batch,
        mutaties,
        planning,
        previous,
        verloop,
        files,
        sheets_read,
        sources,
    })
}

/// One quarter's sheets, read and checked, without the comparison with an
/// earlier quarter: for lists over several quarters (`publicaties`). With
/// every sheet read and its fingerprint, for the manifest.
pub fn read_sheets(
    config: &BatchConfig,
    organisaties: &OrganisatieLijst,
) -> Result<(Batch, Vec<(String, ingest::Source)>)> {
    let folder = read_folder(config, config.quarter, &config.folder, organisaties, false)?;
    Ok((folder.batch, folder.sources))
}

/// Reads and validates every sheet of one quarter folder.
fn read_folder(
    config: &BatchConfig,
    quarter: Quarter,
    folder: &Path,
    organisaties: &OrganisatieLijst,
    progress: bool,
) -> Result<Folder> {
    let folder_shown = shown(folder);
    let (files, skipped) = ingest::discover(folder, &folder_shown, &config.inputs)?;
    let bar = if progress && files.len() >= PROGRESS_FROM_FILES {
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
                let read = ingest::read_path(path, shown, &config.limits, config.fingerprint);
                bar.inc(1);
                read
            })
            .collect()
    };
    let mut validator = validate::Validator::new(organisaties, quarter);
    let (mut sheets_read, mut sources) = (0, Vec::new());
    let mut chunks = files.chunks(READ_CHUNK);
    let mut pending = chunks.next().map(read_chunk).unwrap_or_default();
    // The first chunk tells how many rows a sheet has, about.
    let first_rows: usize = pending.iter().map(|r| r.rows_read).sum();
    validator.reserve(first_rows * files.len() / pending.len().max(1));
    loop {
        let next = chunks.next();
        let validate = || {
            for read in pending {
                sheets_read += usize::from(read.sheet.is_some());
                if let Some(source) = &read.source {
                    sources.push((read.file.clone(), source.clone()));
                }
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
    batch.findings.extend(skipped);
    Ok(Folder {
        batch,
        files: files.len(),
        sheets_read,
        sources,
    })
}
