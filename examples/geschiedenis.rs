//! The benchmark of reading the register's history download: writes a
//! history of N rows (every version of algorithms of the organisations in
//! `organisaties.csv`, 1 to 4 versions each, dates from 2023 to 2026) and
//! the CSV export of the same algorithms (one row each), then reads both
//! with `register::read_file` as `reconcile --register` does for 2025-Q2
//! (peildatum 30 June 2025) and prints the fastest of five runs of each.
//!
//! `cargo run --release --example geschiedenis -- [N] [inputs/organisaties.csv] [bench/out]`
//!
//! With `--lees FILE [inputs/organisaties.csv]` it only reads FILE, once
//! (for the peak memory, under `/usr/bin/time -v`).

use std::path::Path;
use std::time::Instant;

use algoreg::organisaties::OrganisatieLijst;
use algoreg::register::{Download, Wanted, read_file};
use algoreg::text::key;

// The allocator algoreg itself uses (src/main.rs), so that reading costs here what it costs there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peil() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 6, 30).expect("a date")
}

fn organisaties(path: &str) -> anyhow::Result<OrganisatieLijst> {
    OrganisatieLijst::parse(&std::fs::read(path)?, path)
}

fn wanted(organisaties: &OrganisatieLijst) -> Wanted {
    Wanted {
        organisations: organisaties.alle.iter().map(|o| key(&o.register_naam)).collect(),
        ids: Default::default(),
    }
}

/// The fastest of five reads, in seconds, and the last download read.
fn best_of_five(path: &str, wanted: &Wanted) -> anyhow::Result<(f64, Download)> {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..5 {
        let start = Instant::now();
        let download = read_file(Path::new(path), path, wanted, peil())?;
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(download);
    }
    Ok((best, last.expect("five runs")))
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--lees") {
        let file = args.get(1).ok_or_else(|| anyhow::anyhow!("--lees FILE"))?;
        let orgs = organisaties(args.get(2).map_or("inputs/organisaties.csv", String::as_str))?;
        let download = read_file(Path::new(file), file, &wanted(&orgs), peil())?;
        println!(
            "gelezen: {} regels, {} algoritmen ({})",
            download.regels.gelezen,
            download.records.len(),
            download.soort.as_str()
        );
        return Ok(());
    }
    let n: usize = args.first().map_or(Ok(100_000), |a| a.parse())?;
    let orgs_path = args.get(1).map_or("inputs/organisaties.csv", String::as_str);
    let dir = args.get(2).map_or("bench/out", String::as_str);
    let orgs = organisaties(orgs_path)?;
    let names: Vec<String> = orgs.alle.iter().map(|o| o.register_naam.clone()).collect();
    std::fs::create_dir_all(dir)?;
    let history = format!("{dir}/geschiedenis-{n}.csv");
    let export = format!("{dir}/export-{n}.csv");
    let written = algoreg_fixtures::bench::write_history(Path::new(&history), n, &names)?;
    algoreg_fixtures::bench::write_export(Path::new(&export), written.algoritmen, &names)?;
    let mb = |p: &str| std::fs::metadata(p).map(|m| m.len() as f64 / 1e6);

    let wanted = wanted(&orgs);
    let (h_secs, h) = best_of_five(&history, &wanted)?;
    let (e_secs, e) = best_of_five(&export, &wanted)?;
    anyhow::ensure!(
        h.regels.gelezen == written.rijen,
        "{} rows read of {}",
        h.regels.gelezen,
        written.rijen
    );
    anyhow::ensure!(
        h.records.len() == written.algoritmen && e.records.len() == written.algoritmen,
        "{} and {} algorithms read of {}",
        h.records.len(),
        e.records.len(),
        written.algoritmen
    );
    println!(
        "geschiedenis: {} regels, {} algoritmen ({:.1} MB, {}) gelezen in {:.0} ms (snelste van 5): \
         {:.0} regels/s, {:.3} s per 10.000 regels; {} bevindingen",
        h.regels.gelezen,
        h.records.len(),
        mb(&history)?,
        h.soort.as_str(),
        h_secs * 1000.0,
        h.regels.gelezen as f64 / h_secs,
        h_secs * 10_000.0 / h.regels.gelezen as f64,
        h.findings.len(),
    );
    println!(
        "export: {} regels, dezelfde algoritmen ({:.1} MB, {}) gelezen in {:.0} ms (snelste van 5): \
         {:.0} regels/s, {:.3} s per 10.000 regels",
        e.regels.gelezen,
        mb(&export)?,
        e.soort.as_str(),
        e_secs * 1000.0,
        e.regels.gelezen as f64 / e_secs,
        e_secs * 10_000.0 / e.regels.gelezen as f64,
    );
    println!(
        "geschiedenis / export: {:.2}x de tijd voor {:.2}x de regels ({:.2}x per regel)",
        h_secs / e_secs,
        h.regels.gelezen as f64 / e.regels.gelezen as f64,
        (h_secs / h.regels.gelezen as f64) / (e_secs / e.regels.gelezen as f64),
    );
    Ok(())
}
