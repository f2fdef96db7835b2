//! Clap's own words in Dutch: the help page's layout and headings, the
//! defaults and the English names of before shown as `[standaard: ...]` and
//! `[ook: ...]`, clap's errors, and the hint under a mistake with the name
//! that was probably meant, by its Dutch name.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The help page's layout, with Dutch headings.
pub(super) const HELP: &str = "{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// ` [ook: a, b]`: the old (English) names a command or option still answers to.
fn ook(aliases: &[String]) -> String {
    if aliases.is_empty() {
        String::new()
    } else {
        format!(" [ook: {}]", aliases.join(", "))
    }
}

/// Clap's own words in Dutch: the usage line and the headings of every
/// (sub)command's help.
pub(super) fn dutch(command: clap::Command) -> clap::Command {
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
        let standaard = if defaults.is_empty() {
            String::new()
        } else {
            format!(" [standaard: {}]", defaults.join(", "))
        };
        let aliases: Vec<String> = a
            .get_all_aliases()
            .unwrap_or_default()
            .iter()
            .map(|l| format!("--{l}"))
            .collect();
        let a = if standaard.is_empty() {
            a
        } else {
            a.hide_default_value(true)
        };
        match a.get_help().map(ToString::to_string) {
            Some(help) => a.help(format!("{help}{standaard}{}", ook(&aliases))),
            None => a,
        }
    };
    command
        .override_usage("algoreg [OPTIES] <OPDRACHT>")
        .mut_args(opties)
        .mut_subcommands(|s| {
            let usage = format!("algoreg {} [OPTIES]", s.get_name());
            let aliases: Vec<String> = s.get_all_aliases().map(str::to_owned).collect();
            let about = s.get_about().map(|a| format!("{a}{}", ook(&aliases)));
            let s = match about {
                Some(about) => s.about(about),
                None => s,
            };
            s.help_template(HELP).override_usage(usage).mut_args(opties)
        })
}

/// The hint under a mistake: the name clap thinks was meant, if any (by its
/// Dutch name, also when clap suggests an English alias), and where the help is.
pub(super) fn dutch_hint(cli: &clap::Command, e: &clap::Error) -> String {
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|kind| match e.get(kind) {
            Some(ContextValue::String(s)) => Some(vec![s.clone()]),
            Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.clone()),
            _ => None,
        })
        .map(|names| {
            let mut dutch: Vec<String> = names.iter().map(|n| dutch_name(cli, n)).collect();
            dutch.dedup();
            dutch.join(" of ")
        });
    match suggested {
        Some(name) => format!("bedoelt u {name}? Zie algoreg --hulp, of algoreg <opdracht> --hulp"),
        None => "zie algoreg --hulp, of algoreg <opdracht> --hulp".to_owned(),
    }
}

/// The Dutch name of a command (`check`) or option (`--quarter`) that may be
/// an English alias; any other name as it is.
fn dutch_name(cli: &clap::Command, name: &str) -> String {
    let Some(long) = name.strip_prefix("--") else {
        return cli
            .find_subcommand(name)
            .map_or_else(|| name.to_owned(), |s| s.get_name().to_owned());
    };
    std::iter::once(cli)
        .chain(cli.get_subcommands())
        .flat_map(clap::Command::get_arguments)
        .find(|a| a.get_all_aliases().is_some_and(|l| l.contains(&long)))
        .and_then(clap::Arg::get_long)
        .map_or_else(|| name.to_owned(), |l| format!("--{l}"))
}

/// Clap's error, in Dutch.
pub(super) fn dutch_error(e: &clap::Error) -> String {
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
            "geef een opdracht, bijvoorbeeld algoreg controleer".to_owned()
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
