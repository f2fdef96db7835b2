//! Every command and option has a Dutch name, and answers to its English
//! name of before: the help leads with the Dutch name, and each old name
//! parses to exactly what its Dutch name parses to.

use algoreg::cli::Cli;
use clap::error::ErrorKind;

use super::algoreg;

/// Every command and its options as `cli.rs` had them before they got Dutch
/// names (taken from the clap definitions of that version).
const BEFORE: [(&str, &[&str]); 7] = [
    (
        "run",
        &[
            "inputs",
            "quarter",
            "deadline-a",
            "deadline-b",
            "max-file-mb",
            "max-cells",
            "carry-forward",
            "geen-info",
            "out",
            "accept-errors",
            "register",
            "register-datum",
            "typst",
            "templates",
            "no-pdf",
        ],
    ),
    (
        "check",
        &[
            "inputs",
            "quarter",
            "deadline-a",
            "deadline-b",
            "max-file-mb",
            "max-cells",
            "carry-forward",
            "geen-info",
        ],
    ),
    (
        "annual",
        &[
            "year",
            "inputs",
            "deadline-a",
            "deadline-b",
            "max-file-mb",
            "max-cells",
            "carry-forward",
            "out",
            "accept-errors",
            "register",
            "typst",
            "templates",
            "quarter",
        ],
    ),
    (
        "template",
        &["org", "quarter", "from-previous", "alle", "inputs", "out"],
    ),
    (
        "reconcile",
        &[
            "inputs",
            "quarter",
            "deadline-a",
            "deadline-b",
            "max-file-mb",
            "max-cells",
            "carry-forward",
            "geen-info",
            "register",
            "register-datum",
        ],
    ),
    (
        "terugmelding",
        &[
            "inputs",
            "quarter",
            "deadline-a",
            "deadline-b",
            "max-file-mb",
            "max-cells",
            "carry-forward",
            "out",
            "uiterlijk",
        ],
    ),
    (
        "publicaties",
        &["van", "tot", "inputs", "out", "accept-errors", "typst", "templates"],
    ),
];

/// The Dutch name of each command that had an English one.
const COMMANDS: [(&str, &str); 5] = [
    ("run", "rapporteer"),
    ("check", "controleer"),
    ("annual", "jaar"),
    ("template", "sjabloon"),
    ("reconcile", "afstemming"),
];

/// The Dutch name of each option that had an English one; the others
/// (`--register`, `--uiterlijk`, ...) keep their name.
const OPTIONS: [(&str, &str); 14] = [
    ("inputs", "invoer"),
    ("quarter", "kwartaal"),
    ("out", "uitvoer"),
    ("accept-errors", "fouten-accepteren"),
    ("year", "jaar"),
    ("max-file-mb", "max-bestand-mb"),
    ("max-cells", "max-cellen"),
    ("carry-forward", "overnemen"),
    ("no-pdf", "geen-pdf"),
    ("templates", "opmaak"),
    ("org", "organisatie"),
    ("from-previous", "vorig-kwartaal"),
    ("help", "hulp"),
    ("version", "versie"),
];

fn dutch_command(english: &str) -> &str {
    COMMANDS.iter().find(|(e, _)| *e == english).map_or(english, |(_, d)| d)
}

fn dutch_option(english: &str) -> &str {
    OPTIONS.iter().find(|(e, _)| *e == english).map_or(english, |(_, d)| d)
}

/// A value unlike the option's default, by the kind of value it takes.
fn value(option: &str, value_name: &str) -> &'static str {
    match (option, value_name) {
        ("van", _) => "2025-04-01",
        (_, "KWARTAAL") => "2025-Q3",
        (_, "DATUM") => "2026-06-30",
        (_, "JJJJ-MM-DD") => "2025-07-02",
        (_, "JAAR") => "2024",
        (_, "MB" | "AANTAL") => "7",
        (_, "CODE") => "POL",
        _ => "elders",
    }
}

/// What a command needs besides the option under test: its required
/// options, and the option another one requires. In Dutch.
fn needs(command: &str, option: &str) -> Vec<&'static str> {
    let mut args = match command {
        "annual" if option != "year" => vec!["--jaar", "2025"],
        "reconcile" if option != "register" => vec!["--register", "r.csv"],
        "publicaties" => [("van", ["--van", "2025-01-01"]), ("tot", ["--tot", "2025-06-30"])]
            .into_iter()
            .filter(|(o, _)| *o != option)
            .flat_map(|(_, a)| a)
            .collect(),
        _ => vec![],
    };
    match option {
        "register-datum" if command == "run" => args.extend(["--register", "r.csv"]),
        "from-previous" => args.extend(["--organisatie", "POL"]),
        _ => {}
    }
    args
}

fn parse(args: &[&str]) -> Result<String, ErrorKind> {
    Cli::try_parse_dutch_from([&["algoreg"], args].concat())
        .map(|cli| format!("{cli:?}"))
        .map_err(|e| e.kind())
}

#[test]
fn every_english_command_and_option_parses_as_its_dutch_name() {
    let cli = Cli::opdrachtregel();
    let mut checked = 0;
    for (english, options) in BEFORE {
        let dutch = dutch_command(english);
        let sub = cli
            .find_subcommand(english)
            .unwrap_or_else(|| panic!("{english} is no command any more"));
        assert_eq!(sub.get_name(), dutch, "{english}");
        for &option in options {
            let arg = sub
                .get_arguments()
                .find(|a| a.get_long() == Some(option) || a.get_all_aliases().is_some_and(|l| l.contains(&option)))
                .unwrap_or_else(|| panic!("{english} --{option} is gone"));
            assert_eq!(arg.get_long(), Some(dutch_option(option)), "{english} --{option}");
            let mut given = vec![];
            if arg.get_action().takes_values() {
                let name = arg.get_value_names().and_then(|n| n.first()).map(ToString::to_string);
                given.push(value(option, &name.unwrap_or_default()));
            }
            let base = needs(english, option);
            let old_flag = format!("--{option}");
            let new_flag = format!("--{}", dutch_option(option));
            let old = parse(&[&[english], &base[..], &[&old_flag], &given[..]].concat());
            let new = parse(&[&[dutch], &base[..], &[&new_flag], &given[..]].concat());
            let without = parse(&[&[dutch], &base[..]].concat());
            assert!(old.is_ok(), "{english} {old_flag}: {old:?}");
            assert_eq!(old, new, "{english} {old_flag} and {dutch} {new_flag}");
            assert_ne!(old, without, "{english} {old_flag} changes nothing");
            checked += 1;
        }
    }
    assert_eq!(checked, BEFORE.iter().map(|(_, o)| o.len()).sum::<usize>());
    for (english, dutch) in [("--help", "--hulp"), ("--version", "--versie")] {
        assert_eq!(parse(&[english]), parse(&[dutch]), "{english}");
        assert!(parse(&[english]).is_err_and(|k| k != ErrorKind::UnknownArgument));
    }
    assert_eq!(parse(&["check", "--help"]), Err(ErrorKind::DisplayHelp));
}

#[test]
fn every_old_english_name_is_kept_and_no_english_name_leads() {
    let cli = Cli::opdrachtregel();
    let english: Vec<&str> = OPTIONS.iter().map(|(e, _)| *e).collect();
    let mut commands: Vec<&clap::Command> = vec![&cli];
    commands.extend(cli.get_subcommands());
    for command in commands {
        for arg in command.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            assert!(
                !english.contains(&long),
                "{} --{long}: an English name leads",
                command.get_name()
            );
        }
    }
    for (english, _) in COMMANDS {
        assert!(
            cli.get_subcommands().all(|s| s.get_name() != english),
            "{english} leads"
        );
    }
}

#[test]
fn the_help_leads_with_the_dutch_names_and_shows_the_english_after() {
    let (root, _, code) = algoreg(&["--hulp"]);
    assert_eq!(code, Some(0));
    for (english, dutch) in COMMANDS {
        let line = root
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{dutch} ")))
            .unwrap_or_else(|| panic!("no line for {dutch}:\n{root}"));
        assert!(line.ends_with(&format!("[ook: {english}]")), "{line}");
        assert!(
            !root.lines().any(|l| l.trim_start().starts_with(&format!("{english} "))),
            "{root}"
        );
    }
    for (english, options) in BEFORE {
        let dutch = dutch_command(english);
        let (help, _, code) = algoreg(&[dutch, "--hulp"]);
        assert_eq!(code, Some(0), "{dutch}");
        assert!(help.contains(&format!("Gebruik: algoreg {dutch} [OPTIES]")), "{help}");
        for &option in options.iter().filter(|o| **o != "quarter" || english != "annual") {
            let new = format!("--{} ", dutch_option(option));
            let line = help
                .lines()
                .find(|l| l.trim_start().starts_with(&new))
                .unwrap_or_else(|| panic!("{dutch}: no line starts with {new}:\n{help}"));
            if dutch_option(option) != option {
                assert!(line.contains(&format!("[ook: --{option}]")), "{line}");
                let old = format!("--{option} ");
                assert!(!help.lines().any(|l| l.trim_start().starts_with(&old)), "{help}");
            }
        }
        assert!(
            help.lines().any(|l| l.trim_start().starts_with("-h, --hulp ")),
            "{help}"
        );
    }
}
