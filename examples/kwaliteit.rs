//! The benchmark of the quality check: writes a register export of N
//! descriptions of the organisations in `organisaties.csv` (every text field
//! filled, HTML in the long ones, one in five with a gap), then reads and
//! checks it as `run --register` does, and prints the fastest of five runs.
//!
//! `cargo run --release --example kwaliteit -- [N] [inputs/organisaties.csv] [bench/out/register-N.csv]`

use std::time::Instant;

use algoreg::kwaliteit;
use algoreg::organisaties::OrganisatieLijst;
use algoreg::register::{Wanted, read_file};
use algoreg::text::key;

use algoreg_fixtures::bench::beschrijving;
use algoreg_fixtures::sample::register::COLUMNS;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(Ok(2000), |a| a.parse())?;
    let orgs = args.next().unwrap_or_else(|| "inputs/organisaties.csv".to_owned());
    let out = args.next().unwrap_or_else(|| format!("bench/out/register-{n}.csv"));
    let organisaties = OrganisatieLijst::parse(&std::fs::read(&orgs)?, &orgs)?;
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = csv::WriterBuilder::new().from_path(&out)?;
    w.write_record(COLUMNS)?;
    for i in 0..n {
        let org = &organisaties.alle[i % organisaties.alle.len()];
        w.write_record(beschrijving(i, &org.register_naam))?;
    }
    w.flush()?;
    drop(w);
    let bytes = std::fs::metadata(&out)?.len();

    let wanted = Wanted {
        organisations: organisaties.alle.iter().map(|o| key(&o.register_naam)).collect(),
        ids: Default::default(),
    };
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..5 {
        let start = Instant::now();
        let peil = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("a date");
        let export = read_file(std::path::Path::new(&out), &out, &wanted, peil)?;
        let checked = kwaliteit::check(&export, &organisaties, &out);
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(checked);
    }
    let checked = last.expect("five runs");
    println!(
        "kwaliteit: {} beschrijvingen ({:.1} MB) gelezen en getoetst in {:.0} ms (snelste van 5); {} bevindingen, {} teksten moeilijk",
        checked.part.algoritmen.len(),
        bytes as f64 / 1e6,
        best * 1000.0,
        checked.bevindingen.len(),
        checked
            .part
            .groepen
            .iter()
            .find(|g| g.groep.name() == "Totaal")
            .map_or(0, |g| g.telling.teksten_moeilijk),
    );
    Ok(())
}
