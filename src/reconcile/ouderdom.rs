//! How old the register export is: its newest `publication_dt`, the file's
//! date when the user gives it (`--register-datum`), and whether it is
//! probably older than the peildatum. An old export makes algorithms that
//! were published just before the peildatum look missing from the register.

use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{Bevinding, Code, Ernst, Location};
use crate::text::dutch_date;

/// The `ouderdom` of the `afstemming` section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ouderdom {
    /// The newest `publication_dt` in the whole export, if it has that column.
    pub nieuwste_publicatie: Option<NaiveDate>,
    /// The export's date as the user gave it with `--register-datum`.
    pub register_datum: Option<NaiveDate>,
    /// The batch's peildatum the export is held against.
    pub peildatum: NaiveDate,
    /// The export is probably older than the peildatum: the given date, or
    /// without one the newest publication date, is before it.
    pub verouderd: bool,
}

impl Ouderdom {
    pub fn new(
        nieuwste_publicatie: Option<NaiveDate>,
        register_datum: Option<NaiveDate>,
        peildatum: NaiveDate,
    ) -> Self {
        let verouderd = register_datum.or(nieuwste_publicatie).is_some_and(|d| d < peildatum);
        Ouderdom {
            nieuwste_publicatie,
            register_datum,
            peildatum,
            verouderd,
        }
    }

    /// The export's age in plain sentences, for the console, the workbook and the PDF.
    pub fn zinnen(&self) -> Vec<String> {
        let mut zinnen = Vec::new();
        if let Some(d) = self.register_datum {
            zinnen.push(format!("De export van het register is van {}.", dutch_date(d)));
        }
        zinnen.push(match self.nieuwste_publicatie {
            Some(d) => format!("De nieuwste publicatie in de export is van {}.", dutch_date(d)),
            None => "De export heeft geen publicatiedatums.".to_owned(),
        });
        if self.verouderd {
            zinnen.push(self.waarschuwing());
        }
        zinnen
    }

    fn waarschuwing(&self) -> String {
        format!(
            "Let op: de export is waarschijnlijk ouder dan de peildatum ({}). Wat kort voor de peildatum is \
             gepubliceerd, staat dan ten onrechte als niet in het register. Download een nieuwe export.",
            dutch_date(self.peildatum)
        )
    }

    /// The `register-verouderd` warning, when the export is probably too old.
    pub fn finding(&self, shown: &str) -> Option<Bevinding> {
        self.verouderd.then(|| {
            Bevinding::new(
                Ernst::Waarschuwing,
                Code::RegisterVerouderd,
                Location::file(shown),
                self.waarschuwing(),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_given_date_wins_over_the_newest_publication() {
        let peil = d("2025-06-30");
        assert!(Ouderdom::new(Some(d("2025-06-20")), None, peil).verouderd);
        assert!(!Ouderdom::new(Some(d("2025-06-30")), None, peil).verouderd);
        assert!(!Ouderdom::new(Some(d("2025-06-20")), Some(d("2025-07-02")), peil).verouderd);
        assert!(Ouderdom::new(Some(d("2025-07-20")), Some(d("2025-06-02")), peil).verouderd);
        assert!(!Ouderdom::new(None, None, peil).verouderd);
        let o = Ouderdom::new(Some(d("2025-06-20")), Some(d("2025-06-21")), peil);
        let z = o.zinnen().join(" ");
        assert!(
            z.contains("21-06-2025") && z.contains("20-06-2025") && z.contains("30-06-2025"),
            "{z}"
        );
        assert!(o.finding("r.csv").is_some_and(|f| f.code == Code::RegisterVerouderd));
    }
}
