//! The one order of findings in every output: per organisation, errors first.

use super::Bevinding;
#[cfg(test)]
use super::{Code, Ernst, Location};

/// The one order every output lists findings in: per organisation
/// ([`ALGEMEEN`] first, then by code), within it errors, then warnings,
/// then info, and within those by file, sheet and cell (row first: `F7`
/// before `B10`), code and message.
pub fn sort(findings: &mut [Bevinding]) {
    findings.sort_by_cached_key(|f| {
        let l = &f.location;
        (
            f.organisatie.clone(),
            f.severity,
            l.file.clone(),
            l.sheet.clone(),
            cell_order(l.cell.as_deref()),
            f.code,
            f.message.clone(),
        )
    });
}

fn cell_order(cell: Option<&str>) -> (u32, usize, String) {
    let Some(c) = cell else { return (0, 0, String::new()) };
    if let Some(line) = c.strip_prefix("regel ") {
        return (line.parse().unwrap_or(u32::MAX), 0, String::new());
    }
    let letters: String = c.chars().take_while(char::is_ascii_alphabetic).collect();
    let row = c[letters.len()..].parse().unwrap_or(u32::MAX);
    (row, letters.len(), letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algemeen_first_then_per_organisation_errors_first() {
        let at = |cell: &str| Location::file("a.xlsx").sheet("Algoritmen").cell(cell.into());
        let f = |org: Option<&str>, e: Ernst, cell: &str| {
            let b = Bevinding::new(e, Code::DatumOngeldig, at(cell), "x");
            org.map_or(b.clone(), |o| b.voor(o))
        };
        let mut list = vec![
            f(Some("BBB"), Ernst::Fout, "A2"),
            f(Some("AAA"), Ernst::Info, "A2"),
            f(Some("AAA"), Ernst::Fout, "B10"),
            f(Some("AAA"), Ernst::Fout, "F7"),
            f(None, Ernst::Waarschuwing, "A9"),
        ];
        sort(&mut list);
        let got: Vec<(&str, Ernst, &str)> = list
            .iter()
            .map(|b| (b.groep(), b.severity, b.location.cell.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(
            got,
            [
                ("algemeen", Ernst::Waarschuwing, "A9"),
                ("AAA", Ernst::Fout, "F7"),
                ("AAA", Ernst::Fout, "B10"),
                ("AAA", Ernst::Info, "A2"),
                ("BBB", Ernst::Fout, "A2"),
            ]
        );
    }
}
