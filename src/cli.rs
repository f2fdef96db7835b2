//! The command line, as clap definitions, in Dutch throughout: every command
//! and option has a Dutch name, clap's own words (usage, headings, the help
//! and version flags, its errors) are Dutch too. The English names of before
//! stay as hidden aliases, so that no script breaks; the help shows them as
//! `[ook: ...]` after the Dutch name (`nederlands`: clap's words). `commands`
//! turns these into a checked configuration.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::error::ErrorKind;
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

mod nederlands;

use nederlands::{HELP, dutch, dutch_error, dutch_hint};

/// `--kwartaal nieuwste`: the newest quarter folder (`latest` still works).
pub const NIEUWSTE: &str = "nieuwste";

#[derive(Debug, Parser)]
#[command(
    name = "algoreg",
    version,
    about = "Kwartaalcijfers over publicatie in het Algoritmeregister, uit de statusoverzichten van de organisaties.",
    help_template = HELP,
    subcommand_help_heading = "Opdrachten",
    subcommand_value_name = "OPDRACHT",
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Toon deze hulp.
    #[arg(short = 'h', long = "hulp", alias = "help", action = ArgAction::Help, global = true, display_order = 1000)]
    help: Option<bool>,
    /// Toon de versie.
    #[arg(short = 'V', long = "versie", alias = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

impl Cli {
    /// Parses the command line; on a mistake, prints it in Dutch and exits
    /// with code 2 (help and version print as asked and exit with 0).
    pub fn parse_dutch() -> Cli {
        match Cli::try_parse_dutch_from(std::env::args_os()) {
            Ok(cli) => cli,
            Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => e.exit(),
            Err(e) => {
                eprintln!(
                    "fout: {}\nhint: {}",
                    dutch_error(&e),
                    dutch_hint(&Cli::opdrachtregel(), &e)
                );
                std::process::exit(2);
            }
        }
    }

    /// Parses `args` (the program's name first) as [`Cli::parse_dutch`]
    /// does, returning clap's error instead of exiting.
    pub fn try_parse_dutch_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        Cli::opdrachtregel()
            .try_get_matches_from(args)
            .and_then(|m| Cli::from_arg_matches(&m))
    }

    /// The command line as `algoreg` parses it and shows it in `--hulp`.
    pub fn opdrachtregel() -> clap::Command {
        dutch(Cli::command())
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lees een kwartaal, controleer het en schrijf de rapporten.
    #[command(name = "rapporteer", alias = "run")]
    Run(RunArgs),
    /// Lees en controleer een kwartaal; schrijf niets (alleen het overzicht van een terugmelding die al loopt).
    #[command(name = "controleer", alias = "check")]
    Check(CheckArgs),
    /// Maak de jaarrapportage uit alle kwartalen van een jaar.
    #[command(name = "jaar", alias = "annual")]
    Annual(AnnualArgs),
    /// Maak het statusoverzicht (sjabloon) dat organisaties invullen.
    #[command(name = "sjabloon", alias = "template")]
    Template(TemplateArgs),
    /// Vergelijk een kwartaal met een download van het Algoritmeregister; schrijf niets.
    #[command(name = "afstemming", alias = "reconcile")]
    Reconcile(ReconcileArgs),
    /// Geef elke organisatie haar statusoverzicht terug, met de fouten gemarkeerd, en maak de lijst wie nog iets moet doen.
    Terugmelding(TerugmeldingArgs),
    /// Maak de lijst van algoritmen die in een periode gepubliceerd zijn (pdf en werkmap).
    Publicaties(PublicatiesArgs),
}

#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    /// De map met organisaties.csv en de kwartaalmappen (2025-Q2/ ...).
    #[arg(long = "invoer", alias = "inputs", value_name = "MAP", default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het kwartaal: `nieuwste` (de nieuwste map) of bijvoorbeeld 2025-Q2.
    #[arg(long = "kwartaal", alias = "quarter", value_name = "KWARTAAL", default_value = NIEUWSTE)]
    pub quarter: String,
    /// Deadline voor publicatie van categorie A (hoog-risico AI-systemen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_a: String,
    /// Deadline voor publicatie van categorie B (impactvolle algoritmen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_b: String,
    /// Vanaf deze datum moet elk hoog-risico AI-systeem (categorie A) in de EU-databank staan (AI-verordening, art. 49 lid 3 en art. 71; 2 augustus 2026 in de oorspronkelijke tekst, 2 december 2027 na de Digital Omnibus; systemen die al in gebruik zijn: 2 augustus 2030, art. 111 lid 2). Controleer de tekst die nu geldt.
    #[arg(long, value_name = "DATUM", default_value = "2027-12-02")]
    pub deadline_eu: String,
    /// Eigen deadlines per ministerie (ministerie,categorie,datum); zonder deze optie inputs/doelen.csv als die er is.
    #[arg(long, value_name = "BESTAND")]
    pub doelen: Option<PathBuf>,
    /// Grootste bestand dat gelezen wordt, in MB (uitgepakt mag het tien keer zo groot zijn).
    #[arg(
        long = "max-bestand-mb",
        alias = "max-file-mb",
        value_name = "MB",
        default_value_t = 25
    )]
    pub max_file_mb: u64,
    /// Meeste gevulde cellen die per blad gelezen worden.
    #[arg(
        long = "max-cellen",
        alias = "max-cells",
        value_name = "AANTAL",
        default_value_t = 1_000_000
    )]
    pub max_cells: usize,
    /// Gebruik voor een organisatie zonder statusoverzicht het laatste eerdere overzicht (gemarkeerd als overgenomen).
    #[arg(long = "overnemen", alias = "carry-forward")]
    pub carry_forward: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub console: ConsoleArgs,
    /// De map van de rapporten: is er al een terugmelding voor het kwartaal, dan wordt het overzicht daarvan bijgewerkt.
    #[arg(long = "uitvoer", alias = "out", value_name = "MAP", default_value = "reports")]
    pub out: PathBuf,
}

/// Wat er op het scherm komt.
#[derive(Debug, Clone, Default, Args)]
pub struct ConsoleArgs {
    /// Toon geen meldingen (info) op het scherm; ze blijven in de JSON en de werkmap.
    #[arg(long)]
    pub geen_info: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub console: ConsoleArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Vergelijk ook met een download van het Algoritmeregister (algoritmes.overheid.nl): de CSV-export, de geschiedenis-download (de beste keus) of de Excel-download.
    #[arg(long, value_name = "BESTAND")]
    pub register: Option<PathBuf>,
    /// De datum waarop u de export van het register downloadde (met --register).
    #[arg(long, value_name = "JJJJ-MM-DD", requires = "register", value_parser = register_datum)]
    pub register_datum: Option<NaiveDate>,
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Maak geen pdf (dan is typst niet nodig).
    #[arg(long = "geen-pdf", alias = "no-pdf")]
    pub no_pdf: bool,
}

/// Waar de rapporten komen, en of ze ook bij fouten gemaakt worden.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// De map voor de rapporten; elk kwartaal en elk jaar krijgt een eigen submap.
    #[arg(long = "uitvoer", alias = "out", value_name = "MAP", default_value = "reports")]
    pub out: PathBuf,
    /// Schrijf ook rapporten als er fouten zijn; ze heten dan voorlopig.
    #[arg(long = "fouten-accepteren", alias = "accept-errors")]
    pub accept_errors: bool,
}

/// Hoe de pdf-rapporten worden gemaakt.
#[derive(Debug, Clone, Default, Args)]
pub struct PdfArgs {
    /// Het typst-programma (versie 0.15). Anders: ALGOREG_TYPST, naast algoreg, .tools/typst/bin/typst, PATH, ~/.cargo/bin.
    #[arg(long, value_name = "PAD")]
    pub typst: Option<PathBuf>,
    /// Een map met eigen opmaak (templates), ingericht zoals templates/ in de broncode.
    #[arg(long = "opmaak", alias = "templates", value_name = "MAP")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(mut_arg("quarter", |a| a.hide(true)))]
pub struct AnnualArgs {
    /// Het jaar, bijvoorbeeld 2025.
    #[arg(long = "jaar", alias = "year", value_name = "JAAR")]
    pub year: i32,
    /// De invoer en de controles; --kwartaal hoort hier niet bij (elk kwartaal van het jaar telt mee).
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Tel ook wat er per kwartaal in het register veranderde, uit de geschiedenis-download van het Algoritmeregister.
    #[arg(long, value_name = "BESTAND")]
    pub register: Option<PathBuf>,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

#[derive(Debug, Args)]
pub struct ReconcileArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub console: ConsoleArgs,
    /// Een download van het Algoritmeregister (algoritmes.overheid.nl): de CSV-export, de geschiedenis-download (de beste keus) of de Excel-download.
    #[arg(long, value_name = "BESTAND")]
    pub register: PathBuf,
    /// De datum waarop u de export van het register downloadde.
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = register_datum)]
    pub register_datum: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Vul het blad Organisatie in voor deze organisatie (code uit organisaties.csv).
    #[arg(long = "organisatie", alias = "org", value_name = "CODE")]
    pub org: Option<String>,
    /// Het kwartaal, bijvoorbeeld 2025-Q3. Standaard: het kwartaal na de nieuwste map in --invoer.
    #[arg(long = "kwartaal", alias = "quarter", value_name = "KWARTAAL")]
    pub quarter: Option<String>,
    /// Neem de rijen over uit het statusoverzicht van het vorige kwartaal (met --organisatie).
    #[arg(long = "vorig-kwartaal", alias = "from-previous", requires = "org")]
    pub from_previous: bool,
    /// Maak in één keer een sjabloon voor elke organisatie uit organisaties.csv, in één map. Elk sjabloon krijgt de rijen van het vorige kwartaal als de organisatie toen een statusoverzicht had.
    #[arg(long, conflicts_with_all = ["org", "from_previous"])]
    pub alle: bool,
    /// De map met organisaties.csv en de kwartaalmappen.
    #[arg(long = "invoer", alias = "inputs", value_name = "MAP", default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het bestand om te schrijven; met --alle de map. Standaard: statusoverzicht-<code>-<kwartaal>.xlsx, met --alle sjablonen-<kwartaal>.
    #[arg(long = "uitvoer", alias = "out", value_name = "BESTAND of MAP")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TerugmeldingArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// De map voor de rapporten; de terugmelding komt in <MAP>/<kwartaal>/terugmelding.
    #[arg(long = "uitvoer", alias = "out", value_name = "MAP", default_value = "reports")]
    pub out: PathBuf,
    /// De datum waarop de verbeterde bestanden terug moeten zijn; staat in de mail en de bestanden.
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = datum)]
    pub uiterlijk: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct PublicatiesArgs {
    /// De eerste dag van de periode, bijvoorbeeld 2025-01-01.
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = datum)]
    pub van: NaiveDate,
    /// De laatste dag van de periode (telt mee), bijvoorbeeld 2025-06-30.
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = datum)]
    pub tot: NaiveDate,
    /// De map met organisaties.csv en de kwartaalmappen (2025-Q2/ ...).
    #[arg(long = "invoer", alias = "inputs", value_name = "MAP", default_value = "inputs")]
    pub inputs: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

/// A date option written as JJJJ-MM-DD.
fn datum(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is geen datum; schrijf bijvoorbeeld 2025-07-15"))
}

/// `--register-datum`: a date written as JJJJ-MM-DD.
fn register_datum(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is geen datum; schrijf bijvoorbeeld 2025-07-02"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_finds_no_mistake_in_the_definitions() {
        Cli::command().debug_assert();
        Cli::opdrachtregel().debug_assert();
    }
}
