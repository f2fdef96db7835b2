//! The command line, as clap definitions, in Dutch throughout: clap's own
//! words (usage, headings, the help and version flags, its errors) too.
//! `commands` turns these into a checked configuration.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

/// The help page's layout, with Dutch headings.
const HELP: &str = "{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

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
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true, display_order = 1000)]
    help: Option<bool>,
    /// Toon de versie.
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

impl Cli {
    /// Parses the command line; on a mistake, prints it in Dutch and exits
    /// with code 2 (help and version print as asked and exit with 0).
    pub fn parse_dutch() -> Cli {
        match dutch(Cli::command())
            .try_get_matches()
            .and_then(|m| Cli::from_arg_matches(&m))
        {
            Ok(cli) => cli,
            Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => e.exit(),
            Err(e) => {
                eprintln!(
                    "fout: {}\nhint: zie algoreg --help, of algoreg <opdracht> --help",
                    dutch_error(&e)
                );
                std::process::exit(2);
            }
        }
    }
}

/// Clap's own words in Dutch: the usage line and the headings of every
/// (sub)command's help.
fn dutch(command: clap::Command) -> clap::Command {
    let opties = |a: clap::Arg| {
        let a = if a.get_help_heading().is_none() {
            a.help_heading("Opties")
        } else {
            a
        };
        // clap writes `[default: ...]`; say it in Dutch instead.
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        match (defaults.is_empty(), a.get_help().map(ToString::to_string)) {
            (false, Some(help)) => a
                .hide_default_value(true)
                .help(format!("{help} [standaard: {}]", defaults.join(", "))),
            _ => a,
        }
    };
    command
        .override_usage("algoreg [OPTIES] <OPDRACHT>")
        .mut_args(opties)
        .mut_subcommands(|s| {
            let usage = format!("algoreg {} [OPTIES]", s.get_name());
            s.help_template(HELP).override_usage(usage).mut_args(opties)
        })
}

/// Clap's error, in Dutch.
fn dutch_error(e: &clap::Error) -> String {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let (arg, value) = (context(ContextKind::InvalidArg), context(ContextKind::InvalidValue));
    match e.kind() {
        ErrorKind::UnknownArgument => format!("onbekende optie '{arg}'"),
        ErrorKind::InvalidSubcommand => format!("onbekende opdracht '{}'", context(ContextKind::InvalidSubcommand)),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "geef een opdracht, bijvoorbeeld algoreg check".to_owned()
        }
        ErrorKind::MissingRequiredArgument => format!("deze optie is verplicht: {arg}"),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => format!("ongeldige waarde '{value}' voor {arg}"),
        ErrorKind::ArgumentConflict => format!("deze opties gaan niet samen: {arg}"),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("verkeerd aantal waarden voor {arg}")
        }
        _ => format!("de opdrachtregel klopt niet ({})", e.kind()),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lees een kwartaal, controleer het en schrijf de rapporten.
    Run(RunArgs),
    /// Lees en controleer een kwartaal; schrijf niets.
    Check(CheckArgs),
    /// Maak de jaarrapportage uit alle kwartalen van een jaar.
    Annual(AnnualArgs),
    /// Maak het statusoverzicht (sjabloon) dat organisaties invullen.
    Template(TemplateArgs),
    /// Vergelijk een kwartaal met een download van het Algoritmeregister; schrijf niets.
    Reconcile(ReconcileArgs),
    /// Geef elke organisatie haar statusoverzicht terug, met de fouten gemarkeerd, en maak de lijst wie nog iets moet doen.
    Terugmelding(TerugmeldingArgs),
    /// Maak de lijst van algoritmen die in een periode gepubliceerd zijn (pdf en werkmap).
    Publicaties(PublicatiesArgs),
}

#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    /// De map met organisaties.csv en de kwartaalmappen (2025-Q2/ ...).
    #[arg(long, value_name = "MAP", default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het kwartaal: `latest` (de nieuwste map) of bijvoorbeeld 2025-Q2.
    #[arg(long, value_name = "KWARTAAL", default_value = "latest")]
    pub quarter: String,
    /// Deadline voor publicatie van categorie A (hoog-risico AI-systemen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_a: String,
    /// Deadline voor publicatie van categorie B (impactvolle algoritmen).
    #[arg(long, value_name = "DATUM", default_value = "2025-12-31")]
    pub deadline_b: String,
    /// Eigen deadlines per ministerie (ministerie,categorie,datum); zonder deze optie inputs/doelen.csv als die er is.
    #[arg(long, value_name = "BESTAND")]
    pub doelen: Option<PathBuf>,
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
pub struct CheckArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    #[command(flatten)]
    pub console: ConsoleArgs,
    /// De map van de rapporten: is er al een terugmelding voor het kwartaal, dan wordt het overzicht daarvan bijgewerkt.
    #[arg(long, value_name = "MAP", default_value = "reports")]
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
    #[arg(long)]
    pub no_pdf: bool,
}

/// Waar de rapporten komen, en of ze ook bij fouten gemaakt worden.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// De map voor de rapporten; elk kwartaal en elk jaar krijgt een eigen submap.
    #[arg(long, value_name = "MAP", default_value = "reports")]
    pub out: PathBuf,
    /// Schrijf ook rapporten als er fouten zijn; ze heten dan voorlopig.
    #[arg(long)]
    pub accept_errors: bool,
}

/// Hoe de pdf-rapporten worden gemaakt.
#[derive(Debug, Clone, Default, Args)]
pub struct PdfArgs {
    /// Het typst-programma (versie 0.15). Anders: ALGOREG_TYPST, naast algoreg, .tools/typst/bin/typst, PATH, ~/.cargo/bin.
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
    #[arg(long, value_name = "JAAR")]
    pub year: i32,
    /// De invoer en de controles; --quarter hoort hier niet bij (elk kwartaal van het jaar telt mee).
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
    #[arg(long, value_name = "CODE")]
    pub org: Option<String>,
    /// Het kwartaal, bijvoorbeeld 2025-Q3. Standaard: het kwartaal na de nieuwste map in --inputs.
    #[arg(long, value_name = "KWARTAAL")]
    pub quarter: Option<String>,
    /// Neem de rijen over uit het statusoverzicht van het vorige kwartaal (met --org).
    #[arg(long, requires = "org")]
    pub from_previous: bool,
    /// Maak in één keer een sjabloon voor elke organisatie uit organisaties.csv, in één map. Elk sjabloon krijgt de rijen van het vorige kwartaal als de organisatie toen een statusoverzicht had.
    #[arg(long, conflicts_with_all = ["org", "from_previous"])]
    pub alle: bool,
    /// De map met organisaties.csv en de kwartaalmappen.
    #[arg(long, value_name = "MAP", default_value = "inputs")]
    pub inputs: PathBuf,
    /// Het bestand om te schrijven; met --alle de map. Standaard: statusoverzicht-<code>-<kwartaal>.xlsx, met --alle sjablonen-<kwartaal>.
    #[arg(long, value_name = "BESTAND of MAP")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TerugmeldingArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// De map voor de rapporten; de terugmelding komt in <MAP>/<kwartaal>/terugmelding.
    #[arg(long, value_name = "MAP", default_value = "reports")]
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
    #[arg(long, value_name = "MAP", default_value = "inputs")]
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
