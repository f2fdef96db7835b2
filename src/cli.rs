//! The command line, as clap definitions only. `options.rs` turns these into
//! a checked configuration.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "algoreg",
    version,
    about = "Kwartaalcijfers over publicatie in het Algoritmeregister, uit de statusoverzichten van de organisaties."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lees een kwartaal, controleer het en schrijf de rapporten.
    Run(RunArgs),
    /// Lees en controleer een kwartaal; schrijf niets.
    Check(BatchArgs),
    /// Maak de jaarrapportage uit alle kwartalen van een jaar.
    Annual(AnnualArgs),
    /// Maak het statusoverzicht (sjabloon) dat organisaties invullen.
    Template(TemplateArgs),
    /// Vergelijk een kwartaal met de CSV-export van het Algoritmeregister; schrijf niets.
    Reconcile(ReconcileArgs),
}

#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    /// De map met organisaties.csv en de kwartaalmappen (2025-Q2/ ...).
    #[arg(long, default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het kwartaal: `latest` (de nieuwste map) of bijvoorbeeld 2025-Q2.
    #[arg(long, default_value = "latest")]
    pub quarter: String,
    /// Deadline voor publicatie van categorie A (hoog-risico AI-systemen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_a: String,
    /// Deadline voor publicatie van categorie B (impactvolle algoritmen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_b: String,
    /// Grootste bestand dat gelezen wordt, in MB (uitgepakt mag het tien keer zo groot zijn).
    #[arg(long, value_name = "MB", default_value_t = 25)]
    pub max_file_mb: u64,
    /// Meeste gevulde cellen die per blad gelezen worden.
    #[arg(long, value_name = "AANTAL", default_value_t = 1_000_000)]
    pub max_cells: usize,
    /// Gebruik voor een organisatie zonder statusoverzicht het laatste eerdere overzicht (gemarkeerd als overgenomen).
    #[arg(long)]
    pub carry_forward: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Vergelijk ook met de CSV-export van het Algoritmeregister (algoritmes.overheid.nl).
    #[arg(long, value_name = "BESTAND.csv")]
    pub register: Option<PathBuf>,
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Maak geen pdf (dan is typst niet nodig).
    #[arg(long)]
    pub no_pdf: bool,
}

/// Waar de rapporten komen, en of ze ook bij fouten gemaakt worden.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// De map voor de rapporten; elk kwartaal en elk jaar krijgt een eigen submap.
    #[arg(long, default_value = "reports")]
    pub out: PathBuf,
    /// Schrijf ook rapporten als er fouten zijn; ze heten dan voorlopig.
    #[arg(long)]
    pub accept_errors: bool,
}

/// Hoe de pdf-rapporten worden gemaakt.
#[derive(Debug, Clone, Default, Args)]
pub struct PdfArgs {
    /// Het typst-programma (versie 0.15). Anders: ALGOREG_TYPST, .tools/typst/bin/typst, PATH, ~/.cargo/bin.
    #[arg(long, value_name = "PAD")]
    pub typst: Option<PathBuf>,
    /// Een map met eigen templates, ingericht zoals templates/ in de broncode.
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(mut_arg("quarter", |a| a.hide(true)))]
pub struct AnnualArgs {
    /// Het jaar, bijvoorbeeld 2025.
    #[arg(long)]
    pub year: i32,
    /// De invoer en de controles; --quarter hoort hier niet bij (elk kwartaal van het jaar telt mee).
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

#[derive(Debug, Args)]
pub struct ReconcileArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// De CSV-export van het Algoritmeregister (algoritmes.overheid.nl).
    #[arg(long, value_name = "BESTAND.csv")]
    pub register: PathBuf,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Vul het blad Organisatie in voor deze organisatie (code uit organisaties.csv).
    #[arg(long, value_name = "CODE")]
    pub org: Option<String>,
    /// Het kwartaal, bijvoorbeeld 2025-Q3. Standaard: het kwartaal na de nieuwste map in --inputs.
    #[arg(long)]
    pub quarter: Option<String>,
    /// Neem de rijen over uit het statusoverzicht van het vorige kwartaal (met --org).
    #[arg(long, requires = "org")]
    pub from_previous: bool,
    /// De map met organisaties.csv en de kwartaalmappen.
    #[arg(long, default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het bestand om te schrijven. Standaard: statusoverzicht-<code>-<kwartaal>.xlsx.
    #[arg(long, value_name = "BESTAND")]
    pub out: Option<PathBuf>,
}
