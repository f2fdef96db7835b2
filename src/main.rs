//! The `algoreg` binary: parse the command line, dispatch, set the exit code.

use std::process::ExitCode;

use algoreg::cli::{Cli, Command};
use algoreg::commands::{self, EXIT_FATAL};

fn main() -> ExitCode {
    let cli = Cli::parse_dutch();
    let result = match &cli.command {
        Command::Run(args) => commands::run::run(args),
        Command::Check(args) => commands::check::check(args),
        Command::Annual(args) => commands::annual::annual(args),
        Command::Template(args) if args.alle => commands::sjabloon_alle::sjabloon_alle(args),
        Command::Template(args) => commands::sjabloon::sjabloon(args),
        Command::Reconcile(args) => commands::reconcile::reconcile(args),
        Command::Terugmelding(args) => commands::terugmelding::terugmelding(args),
        Command::Publicaties(args) => commands::publicaties::publicaties(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("fout: {e:#}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// mimalloc instead of the system allocator: reading a batch allocates many
/// small strings on several threads; see docs/prestaties.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
