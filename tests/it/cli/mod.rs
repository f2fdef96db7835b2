//! The command line speaks Dutch: clap's own words too, in help and errors.
//! `aliassen`: every command and option has a Dutch name and still answers
//! to its English name of before; `zelfde`: a command run by either name
//! gives the same result.

mod aliassen;
mod zelfde;

use std::process::Command;

pub(crate) fn algoreg(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_algoreg"))
        .args(args)
        .output()
        .expect("run algoreg");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code())
}

const ENGLISH: [&str; 9] = [
    "aliases",
    "Usage",
    "Commands:",
    "Options:",
    "Print help",
    "Print version",
    "[default:",
    "[OPTIONS]",
    "error:",
];

#[test]
fn help_of_every_command_is_dutch() {
    for args in [
        vec!["--help"],
        vec!["run", "--help"],
        vec!["check", "-h"],
        vec!["annual", "--help"],
        vec!["template", "--help"],
        vec!["reconcile", "--help"],
        vec!["controleer", "--hulp"],
        vec!["afstemming", "--hulp"],
        vec!["terugmelding", "--hulp"],
        vec!["publicaties", "--hulp"],
    ] {
        let (out, err, code) = algoreg(&args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
        for word in ENGLISH {
            assert!(!out.contains(word), "{args:?} shows {word:?}:\n{out}");
        }
        assert!(out.contains("Gebruik: algoreg"), "{args:?}:\n{out}");
        assert!(out.contains("Opties:"), "{args:?}:\n{out}");
    }
    let (out, _, _) = algoreg(&["--help"]);
    assert!(out.contains("Opdrachten:") && out.contains("Toon de versie"), "{out}");
    let (out, _, _) = algoreg(&["run", "--help"]);
    assert!(out.contains("[standaard: inputs]"), "{out}");
}

#[test]
fn mistakes_on_the_command_line_are_dutch_with_a_hint_and_exit_2() {
    for (args, says) in [
        (vec!["check", "--foo"], "fout: onbekende optie '--foo'"),
        (vec!["chek"], "fout: onbekende opdracht 'chek'"),
        (vec!["annual"], "fout: deze optie is verplicht: --jaar"),
        (vec!["jaar"], "fout: deze optie is verplicht: --jaar"),
        (
            vec!["check", "--max-cells", "veel"],
            "fout: ongeldige waarde 'veel' voor --max-cellen",
        ),
    ] {
        let (out, err, code) = algoreg(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.starts_with(says), "{args:?}: {err}");
        assert!(err.contains("\nhint: "), "{args:?}: {err}");
        assert!(!err.contains("error:") && !err.contains("Usage"), "{args:?}: {err}");
    }
}

/// A misspelt name gets the name clap thinks was meant, by its Dutch name,
/// also when the mistake is closest to an English name of before.
#[test]
fn a_misspelt_name_gets_the_dutch_name_as_hint() {
    for (args, hint) in [
        (vec!["controleeer"], "hint: bedoelt u controleer?"),
        (vec!["chek"], "hint: bedoelt u controleer?"),
        (vec!["check", "--quater", "2025-Q1"], "hint: bedoelt u --kwartaal?"),
        (vec!["run", "--acept-errors"], "hint: bedoelt u --fouten-accepteren?"),
        (vec!["sjabloon", "--or", "X"], "hint: bedoelt u --organisatie?"),
    ] {
        let (_, err, code) = algoreg(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(err.contains(hint), "{args:?}: {err}");
    }
    let (_, err, _) = algoreg(&["check", "--zzzzzz"]);
    assert!(err.contains("\nhint: zie algoreg --hulp"), "{err}");
}
