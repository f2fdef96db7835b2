//! The findings as a run prints them: per organisation, errors first, then
//! warnings, then info; the same info in more files once, with a count; and
//! the one-line verdict of `check`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::bevinding::{ALGEMEEN, Bevinding, BevindingTelling, Code, Ernst};
use crate::organisaties::OrganisatieLijst;
use crate::text::counted;

/// The findings (in the order of `bevinding::volgorde::sort`) under a heading per
/// organisation. An info finding whose code and message are the same in
/// more than one file is printed once, at the end, with the number of
/// files. With `geen_info`, info is left out and one line says how much.
pub fn findings(list: &[Bevinding], organisaties: &OrganisatieLijst, geen_info: bool) -> String {
    let mut files: BTreeMap<(Code, &str), BTreeSet<&str>> = BTreeMap::new();
    for f in list.iter().filter(|f| f.severity == Ernst::Info) {
        files.entry((f.code, &f.message)).or_default().insert(&f.location.file);
    }
    let shared = |f: &Bevinding| files.get(&(f.code, f.message.as_str())).is_some_and(|s| s.len() > 1);
    let shown = |f: &&Bevinding| f.severity != Ernst::Info || !(geen_info || shared(f));
    let mut s = String::new();
    let mut groups: Vec<(&str, Vec<&Bevinding>)> = Vec::new();
    for f in list.iter().filter(shown) {
        match groups.last_mut() {
            Some((g, items)) if *g == f.groep() => items.push(f),
            _ => groups.push((f.groep(), vec![f])),
        }
    }
    for (group, items) in &groups {
        let name = match organisaties.find(group) {
            Some(o) if *group != ALGEMEEN => format!("{} ({})", o.naam, o.code),
            _ => (*group).to_owned(),
        };
        // The heading counts every finding of the group, shown or not.
        let n = |e: Ernst| list.iter().filter(|f| f.groep() == *group && f.severity == e).count();
        let _ = writeln!(
            s,
            "\n== {name}: {}, {}, {} info ==",
            counted(n(Ernst::Fout), "fout", "fouten"),
            counted(n(Ernst::Waarschuwing), "waarschuwing", "waarschuwingen"),
            n(Ernst::Info)
        );
        for f in items {
            let _ = writeln!(s, "{f}");
        }
    }
    let info = list.iter().filter(|f| f.severity == Ernst::Info).count();
    if geen_info {
        if info > 0 {
            let _ = writeln!(
                s,
                "\n{} niet getoond (--geen-info). Ze staan wel in de JSON en de werkmap van algoreg rapporteer (blad Bevindingen).",
                counted(info, "melding (info)", "meldingen (info)")
            );
        }
        return s;
    }
    let mut summed: Vec<_> = files.iter().filter(|(_, set)| set.len() > 1).collect();
    if summed.is_empty() {
        return s;
    }
    summed.sort_by_key(|((code, message), set)| (std::cmp::Reverse(set.len()), *code, *message));
    let _ = writeln!(
        s,
        "\n== in meer bestanden: {} ==",
        counted(summed.len(), "melding (info)", "meldingen (info)")
    );
    for ((code, message), set) in summed {
        let _ = writeln!(s, "in {} bestanden: info: {message} [{}]", set.len(), code.as_str());
    }
    s
}

/// The last line of `check`: how many errors at how many organisations, and
/// whether the quarter is ready for `run`.
pub fn verdict(list: &[Bevinding]) -> String {
    let t = BevindingTelling::of(list);
    let warnings = counted(t.waarschuwing, "waarschuwing", "waarschuwingen");
    if t.fout == 0 {
        return format!("Geen fouten: klaar voor rapporteer ({warnings}).");
    }
    let errors: Vec<&Bevinding> = list.iter().filter(|f| f.severity == Ernst::Fout).collect();
    let orgs: BTreeSet<&str> = errors.iter().filter_map(|f| f.organisatie.as_deref()).collect();
    let general = errors.iter().filter(|f| f.organisatie.is_none()).count();
    let mut at = Vec::new();
    if !orgs.is_empty() {
        at.push(format!("bij {}", counted(orgs.len(), "organisatie", "organisaties")));
    }
    match (general, orgs.is_empty()) {
        (0, _) => {}
        (_, true) => at.push(format!("in de groep {ALGEMEEN}")),
        (n, false) => at.push(format!("{n} in de groep {ALGEMEEN}")),
    }
    format!(
        "{} {}: nog niet klaar voor rapporteer (en {warnings}).",
        counted(t.fout, "fout", "fouten"),
        at.join(" en ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bevinding::Location;

    fn f(org: Option<&str>, severity: Ernst) -> Bevinding {
        let b = Bevinding::new(severity, Code::DatumOngeldig, Location::file("a.xlsx"), "x");
        match org {
            Some(code) => b.voor(code),
            None => b,
        }
    }

    #[test]
    fn verdict_counts_errors_and_organisations() {
        let list = [
            f(Some("AAA"), Ernst::Fout),
            f(Some("AAA"), Ernst::Fout),
            f(Some("BBB"), Ernst::Fout),
            f(None, Ernst::Fout),
            f(Some("BBB"), Ernst::Waarschuwing),
        ];
        assert_eq!(
            verdict(&list),
            "4 fouten bij 2 organisaties en 1 in de groep algemeen: nog niet klaar voor rapporteer (en 1 waarschuwing)."
        );
        assert_eq!(
            verdict(&list[4..]),
            "Geen fouten: klaar voor rapporteer (1 waarschuwing)."
        );
        assert_eq!(
            verdict(&list[3..4]),
            "1 fout in de groep algemeen: nog niet klaar voor rapporteer (en 0 waarschuwingen)."
        );
    }
}
