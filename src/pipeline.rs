//! The pipeline: one quarter through every stage, in order: ingest ->
//! validate -> history -> reconcile and kwaliteit (with a register download)
//! -> aggregate -> cijfers. Each stage returns its part and its own findings;
//! the pipeline merges the findings once, sorts them once, and builds the
//! figures once. Commands call [`run`]; every output takes the [`Report`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::aggregate::{self, Vorig};
use crate::bevinding::{self, Bevinding, StageOutput};
use crate::cijfers::{Cijfers, Comparisons, Counts};
use crate::config::{BatchConfig, RegisterFile, quarter_folders};
use crate::history::{self, Verloop};
use crate::ingest::{self, Input, Source};
use crate::kwaliteit;
use crate::maat::Doelen;
use crate::model::Quarter;
use crate::organisaties::{self, OrganisatieLijst};
use crate::prognose;
use crate::reconcile;
use crate::register::{self, Download};
use crate::text::shown;
use crate::validate::{self, Batch};

/// Files read in parallel before the ones read so far are validated.
const READ_CHUNK: usize = 128;

/// Batches with more files than this get a progress bar (on a terminal).
const PROGRESS_FROM_FILES: usize = 20;

/// One quarter, through every stage: what every command and output takes.
pub struct Report {
    pub organisaties: OrganisatieLijst,
    /// The counted rows and the sheets that count.
    pub batch: Batch,
    /// Spreadsheet files found in the quarter folder.
    pub files: usize,
    /// Of those, the ones that could be read as a status sheet.
    pub sheets_read: usize,
    /// Every input read, for the manifest: organisaties.csv and the sheets
    /// of every quarter read, by name; then the register's download. Empty
    /// of fingerprints when the configuration asks for none (`check`).
    pub invoer: Vec<Input>,
    /// The nearest earlier quarter in the inputs, counted, if any.
    pub previous: Option<Vorig>,
    /// Published at the end of earlier quarters, oldest first (`BatchConfig::verloop`).
    pub verloop: Vec<Verloop>,
    /// The figures document: every finding of every stage, the counts and
    /// the comparisons.
    pub cijfers: Cijfers,
}

/// Reads, checks and counts a quarter; with a register download in the
/// configuration, also compares the quarter with it.
pub fn run(config: &BatchConfig) -> Result<Report> {
    let csv = config.organisations_file();
    // Read once: parsed here, and fingerprinted for the manifest below.
    let csv_bytes = organisaties::read::read_file(&csv)?;
    let organisaties = OrganisatieLijst::parse(&csv_bytes, &shown(&csv))?;
    let mut invoer: Vec<Input> = Vec::new();
    if config.fingerprint {
        invoer.push(Input {
            format: Some(organisaties.format),
            ..Input::new(shown(&csv), Source::of(&csv_bytes))
        });
    }
    let doelen = read_doelen(config, &organisaties, &mut invoer)?;
    let folder = read_folder(config, config.quarter, &config.folder, &organisaties, true)?;
    let (mut batch, mut found) = (folder.sheets.part, folder.sheets.bevindingen);
    invoer.extend(folder.invoer);
    // Only the sheets of this quarter: a carried-forward sheet is not asked again.
    found.extend(validate::eu::registratie(&batch, config.deadline_eu));

    let mut earlier = Earlier::new(config, &organisaties)?;
    if config.carry_forward {
        let mut i = 0;
        while !validate::without_sheet(&batch, &organisaties).is_empty() && earlier.read(i)? {
            found.extend(history::carry_forward(&mut batch, &organisaties, &earlier.batches[i]));
            i += 1;
        }
    }
    found.extend(validate::missing_sheets(&batch, &organisaties, &shown(&config.folder)));

    let mut comparisons = Comparisons::default();
    let mut previous = None;
    if earlier.read(0)? {
        let prev = &earlier.batches[0];
        previous = Some(aggregate::vorig(prev, &organisaties, &doelen)?);
        let supervisors = organisaties.toezichthouders();
        let koppeling = history::koppel(prev, &batch);
        comparisons.mutaties = Some(take(
            history::compare(prev, &batch, &koppeling, &supervisors),
            &mut found,
        ));
        comparisons.planning = Some(take(
            history::planning(prev, &batch, &koppeling, &organisaties, &doelen),
            &mut found,
        ));
    }
    let mut verloop = Vec::new();
    for i in 0..config.verloop.quarters_at(config.quarter, doelen.kamer) {
        if !earlier.read(i)? {
            break;
        }
        verloop.insert(0, history::verloop(&earlier.batches[i]));
    }
    invoer.extend(earlier.invoer);
    Input::sort_list(&mut invoer);

    if let Some(register) = &config.register {
        let shown_as = shown(&register.path);
        let download = read_register(register, &batch, &organisaties, &shown_as)?;
        let afstemming = reconcile::compare(&batch, &organisaties, &download, &shown_as, register.datum);
        comparisons.kwaliteit = Some(take(kwaliteit::check(&download, &organisaties, &shown_as), &mut found));
        comparisons.afstemming = Some(take(afstemming, &mut found));
        if config.fingerprint
            && let Ok(source) = Source::stream(&register.path)
        {
            invoer.push(Input {
                format: download.format,
                ..Input::new(shown_as, source)
            });
        }
    }

    bevinding::volgorde::sort(&mut found);
    let telling = aggregate::count(&batch, &organisaties, &doelen)?;
    let vooruitzicht = prognose::build(
        &batch.rows,
        &telling,
        batch.quarter,
        batch.peildatum(),
        &doelen,
        comparisons.planning.as_ref(),
    );
    let counts = Counts {
        telling,
        vooruitzicht,
        doelen,
    };
    let cijfers = Cijfers::build(&batch, &organisaties, config, found, counts, comparisons)?;
    Ok(Report {
        organisaties,
        batch,
        files: folder.files,
        sheets_read: folder.sheets_read,
        invoer,
        previous,
        verloop,
        cijfers,
    })
}

/// The deadlines in force: the Kamer's, with each ministry's own from
/// `doelen.csv` when there is one (kept for the manifest).
fn read_doelen(config: &BatchConfig, organisaties: &OrganisatieLijst, invoer: &mut Vec<Input>) -> Result<Doelen> {
    let Some(path) = &config.doelen else {
        return Ok(Doelen::kamer(config.deadlines));
    };
    let bytes = std::fs::read(path)
        .with_context(|| format!("kan {} niet lezen", shown(path)))
        .context(
            "hint: geef met --doelen een bestand met de kolommen ministerie,categorie,datum, of laat de optie weg",
        )?;
    let doelen = organisaties::doelen::parse(&bytes, &shown(path), organisaties, config.deadlines)?;
    if config.fingerprint {
        invoer.push(Input::new(shown(path), Source::of(&bytes)));
    }
    Ok(doelen)
}

/// A stage's part; its findings go into `found`.
fn take<T>(out: StageOutput<T>, found: &mut Vec<Bevinding>) -> T {
    found.extend(out.bevindingen);
    out.part
}

/// Reads the register's download once, for the afstemming and for
/// kwaliteit, folded to what the public saw at the batch's peildatum.
fn read_register(
    register: &RegisterFile,
    batch: &Batch,
    organisaties: &OrganisatieLijst,
    shown_as: &str,
) -> Result<Download> {
    let wanted = reconcile::wanted(batch, organisaties);
    register::read_file(&register.path, shown_as, &wanted, batch.peildatum())
}

/// The quarters before the one read, each read and checked when first
/// needed (newest first): for `--carry-forward`, the history and the chart.
struct Earlier<'c> {
    config: &'c BatchConfig,
    organisaties: &'c OrganisatieLijst,
    folders: Vec<(Quarter, PathBuf)>,
    batches: Vec<Batch>,
    invoer: Vec<Input>,
}

impl<'c> Earlier<'c> {
    fn new(config: &'c BatchConfig, organisaties: &'c OrganisatieLijst) -> Result<Self> {
        let folders = quarter_folders(&config.inputs)?
            .into_iter()
            .rev()
            .filter(|(q, _)| *q < config.quarter)
            .collect();
        Ok(Earlier {
            config,
            organisaties,
            folders,
            batches: vec![],
            invoer: vec![],
        })
    }

    /// Reads earlier quarters up to the `i`-th (0 is the previous one);
    /// false when there are not that many.
    fn read(&mut self, i: usize) -> Result<bool> {
        while self.batches.len() <= i {
            let Some((q, folder)) = self.folders.get(self.batches.len()) else {
                return Ok(false);
            };
            let read = read_folder(self.config, *q, folder, self.organisaties, false)?;
            self.invoer.extend(read.invoer);
            // An earlier quarter's findings were reported in its own run.
            self.batches.push(read.sheets.part);
        }
        Ok(true)
    }
}

/// The sheets of several quarters, each read and checked on its own,
/// without history: for lists over a period (`publicaties`).
pub struct Quarters {
    pub organisaties: OrganisatieLijst,
    /// Per quarter, oldest first: its batch and the findings of its sheets.
    pub batches: Vec<StageOutput<Batch>>,
    /// organisaties.csv, then every sheet read, quarter by quarter.
    pub invoer: Vec<Input>,
}

/// Reads `organisaties.csv` in `inputs` and every sheet of `quarters`.
pub fn read_quarters(inputs: &Path, quarters: Vec<(Quarter, PathBuf)>) -> Result<Quarters> {
    let csv = inputs.join("organisaties.csv");
    let csv_bytes = organisaties::read::read_file(&csv)?;
    let organisaties = OrganisatieLijst::parse(&csv_bytes, &shown(&csv))?;
    let mut invoer = vec![Input {
        format: Some(organisaties.format),
        ..Input::new(shown(&csv), Source::of(&csv_bytes))
    }];
    let mut batches = Vec::new();
    for (quarter, folder) in quarters {
        let config = BatchConfig::plain(inputs.to_path_buf(), quarter, folder);
        let read = read_folder(&config, quarter, &config.folder, &organisaties, false)?;
        invoer.extend(read.invoer);
        batches.push(read.sheets);
    }
    Ok(Quarters {
        organisaties,
        batches,
        invoer,
    })
}

/// One quarter folder's files, read and validated.
struct QuarterFiles {
    sheets: StageOutput<Batch>,
    files: usize,
    sheets_read: usize,
    invoer: Vec<Input>,
}

/// Reads and validates every sheet of one quarter folder.
fn read_folder(
    config: &BatchConfig,
    quarter: Quarter,
    folder: &Path,
    organisaties: &OrganisatieLijst,
    progress: bool,
) -> Result<QuarterFiles> {
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
                let read = ingest::read_path(path, shown, config.quarter, &config.limits, config.fingerprint);
                bar.inc(1);
                read
            })
            .collect()
    };
    let mut validator = validate::Validator::new(organisaties, quarter);
    let (mut sheets_read, mut invoer) = (0, Vec::new());
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
                    invoer.push(Input::new(read.file.clone(), source.clone()));
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
    let mut sheets = validator.finish();
    sheets.bevindingen.extend(skipped);
    Ok(QuarterFiles {
        sheets,
        files: files.len(),
        sheets_read,
        invoer,
    })
}
