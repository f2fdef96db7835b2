//! Writes a generated benchmark batch: `cargo run --release --example genereer -- --orgs N --rows M --seed S --out MAP [--previous]`.

use clap::Parser;

/// The names, organisations and dates the generator draws from (from the public register).
const REGISTER: &str = include_str!("../bench/data/register-names.tsv");

/// Maakt een realistische batch statusoverzichten voor de benchmark.
#[derive(Parser)]
struct Args {
    /// Aantal organisaties (één statusoverzicht per organisatie).
    #[arg(long, default_value_t = 40)]
    orgs: usize,
    /// Aantal rijen (algoritmen) per statusoverzicht.
    #[arg(long, default_value_t = 50)]
    rows: usize,
    /// Startwaarde: dezelfde waarde geeft dezelfde bestanden.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Map om in te schrijven (organisaties.csv en 2025-Q2/).
    #[arg(long, default_value = "bench/out/batch")]
    out: std::path::PathBuf,
    /// Schrijf ook 2025-Q1, het kwartaal ervoor, zodat algoreg twee kwartalen vergelijkt.
    #[arg(long)]
    previous: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let spec = algoreg_fixtures::sample::batch::Spec {
        orgs: args.orgs,
        rows: args.rows,
        seed: args.seed,
        previous: args.previous,
    };
    let written = algoreg_fixtures::sample::batch::write_batch(&spec, REGISTER, &args.out)?;
    println!("{written} statusoverzichten geschreven in {}/", args.out.display());
    Ok(())
}
