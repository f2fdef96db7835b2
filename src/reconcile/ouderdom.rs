//! How old the register export is: its newest `publication_dt`, the file's
//! date when the user gives it (`--register-datum`), the date algoreg goes
//! by, and whether the export is probably older than the peildatum. An old
//! export makes algorithms that were published just before the peildatum
//! look missing from the register.
//!
//! A given date is held against the export's content, not trusted blindly:
//! a date before the newest publication in the export cannot be right, and
//! an export whose newest publication is more than a quarter before the
//! peildatum is old, whatever date was given. Both give `register-verouderd`.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::bevinding::{Bevinding, Code, Ernst, Location};
use crate::text::dutch_date;

/// How long the register goes without any new publication, at most: an
/// export whose newest publication is older than this before the peildatum
/// is old.
const STIL: Months = Months::new(3);

/// The `ouderdom` of the `afstemming` section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ouderdom {
    /// The newest `publication_dt` in the whole export, if it has that column.
    pub nieuwste_publicatie: Option<NaiveDate>,
    /// The export's date as the user gave it with `--register-datum`.
    pub register_datum: Option<NaiveDate>,
    /// The batch's peildatum the export is held against.
    pub peildatum: NaiveDate,
    /// The export's date algoreg went by: the given date when the export's
    /// content agrees with it, else the newest publication.
    pub aangenomen_datum: Option<NaiveDate>,
    /// The export is probably older than the peildatum, or its given date
    /// cannot be right: `reden` says which.
    pub verouderd: bool,
    /// Why the export is `verouderd`; `null` when it is not.
    pub reden: Option<Reden>,
}

/// Why an export gets `register-verouderd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reden {
    /// The given date is before the newest publication in the export.
    DatumVoorPublicatie,
    /// The newest publication is more than a quarter before the peildatum.
    PublicatieTeOud,
    /// The date algoreg goes by is before the peildatum.
    OuderDanPeildatum,
}

impl Ouderdom {
    pub fn new(
        nieuwste_publicatie: Option<NaiveDate>,
        register_datum: Option<NaiveDate>,
        peildatum: NaiveDate,
    ) -> Self {
        let stil_sinds = peildatum.checked_sub_months(STIL).unwrap_or(NaiveDate::MIN);
        let (aangenomen_datum, reden) = match (register_datum, nieuwste_publicatie) {
            (Some(given), Some(newest)) if given < newest => (Some(newest), Some(Reden::DatumVoorPublicatie)),
            (_, Some(newest)) if newest < stil_sinds => (Some(newest), Some(Reden::PublicatieTeOud)),
            (given, newest) => {
                let date = given.or(newest);
                let old = date.is_some_and(|d| d < peildatum);
                (date, old.then_some(Reden::OuderDanPeildatum))
            }
        };
        Ouderdom {
            nieuwste_publicatie,
            register_datum,
            peildatum,
            aangenomen_datum,
            verouderd: reden.is_some(),
            reden,
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

    /// Why the export is probably too old, which date algoreg went by, and what to do.
    fn waarschuwing(&self) -> String {
        let peil = dutch_date(self.peildatum);
        let date = |d: Option<NaiveDate>| d.map(dutch_date).unwrap_or_default();
        let (given, newest) = (date(self.register_datum), date(self.nieuwste_publicatie));
        let te_laat = "Wat kort voor de peildatum is gepubliceerd, staat dan ten onrechte als niet in het register.";
        match self.reden {
            Some(Reden::DatumVoorPublicatie) => {
                let old = self.nieuwste_publicatie.is_some_and(|d| d < self.peildatum);
                let gevolg = if old {
                    format!(" De export is dan waarschijnlijk ouder dan de peildatum ({peil}). {te_laat}")
                } else {
                    String::new()
                };
                format!(
                    "Let op: u gaf op dat de export van {given} is, maar er staat een publicatie van {newest} in. \
                     Die datum kan dus niet kloppen; algoreg gaat uit van {newest}, de nieuwste publicatie.{gevolg} \
                     Controleer de datum, of download een nieuwe export."
                )
            }
            Some(Reden::PublicatieTeOud) => {
                let opgegeven = if self.register_datum.is_some() {
                    format!("u gaf op dat de export van {given} is, maar de")
                } else {
                    "de".to_owned()
                };
                format!(
                    "Let op: {opgegeven} nieuwste publicatie in de export is van {newest}, meer dan drie maanden voor \
                     de peildatum ({peil}). In het register komen elke maand algoritmen bij, dus de export is \
                     waarschijnlijk ouder dan de peildatum; algoreg gaat uit van {newest}. {te_laat} \
                     Download een nieuwe export."
                )
            }
            _ => {
                let bron = if self.register_datum.is_some() {
                    "de datum die u opgaf"
                } else {
                    "de nieuwste publicatie in de export"
                };
                format!(
                    "Let op: de export is waarschijnlijk ouder dan de peildatum ({peil}): algoreg gaat uit van {}, \
                     {bron}. {te_laat} Download een nieuwe export.",
                    date(self.aangenomen_datum)
                )
            }
        }
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
    fn the_given_date_counts_only_when_the_export_agrees_with_it() {
        let peil = d("2025-06-30");
        let age = |newest: Option<&str>, given: Option<&str>| Ouderdom::new(newest.map(d), given.map(d), peil);
        // Without a given date: the newest publication.
        let o = age(Some("2025-06-20"), None);
        assert_eq!(
            (o.reden, o.aangenomen_datum),
            (Some(Reden::OuderDanPeildatum), Some(d("2025-06-20")))
        );
        let o = age(Some("2025-06-30"), None);
        assert_eq!((o.verouderd, o.aangenomen_datum), (false, Some(d("2025-06-30"))));
        // A given date the export agrees with wins.
        let o = age(Some("2025-06-20"), Some("2025-07-02"));
        assert_eq!((o.verouderd, o.aangenomen_datum), (false, Some(d("2025-07-02"))));
        let o = age(Some("2025-06-20"), Some("2025-06-21"));
        assert_eq!(
            (o.reden, o.aangenomen_datum),
            (Some(Reden::OuderDanPeildatum), Some(d("2025-06-21")))
        );
        // A given date before the newest publication cannot be right.
        let o = age(Some("2025-07-20"), Some("2025-06-02"));
        assert_eq!(
            (o.reden, o.aangenomen_datum),
            (Some(Reden::DatumVoorPublicatie), Some(d("2025-07-20")))
        );
        let o = age(Some("2025-07-20"), Some("2025-07-19"));
        assert_eq!(o.reden, Some(Reden::DatumVoorPublicatie), "also after the peildatum");
        // A newest publication more than three months before the peildatum: old, whatever was given.
        let o = age(Some("2025-03-29"), Some("2025-07-02"));
        assert_eq!(
            (o.reden, o.aangenomen_datum),
            (Some(Reden::PublicatieTeOud), Some(d("2025-03-29")))
        );
        assert_eq!(age(Some("2025-03-29"), None).reden, Some(Reden::PublicatieTeOud));
        let o = age(Some("2025-03-30"), Some("2025-07-02"));
        assert_eq!(
            (o.verouderd, o.aangenomen_datum),
            (false, Some(d("2025-07-02"))),
            "three months exactly"
        );
        // No dates at all: nothing to go by.
        let o = age(None, None);
        assert_eq!((o.verouderd, o.aangenomen_datum), (false, None));
        assert_eq!(age(None, Some("2025-06-02")).reden, Some(Reden::OuderDanPeildatum));
    }

    #[test]
    fn the_warning_says_which_date_algoreg_went_by_and_why() {
        let peil = d("2026-03-31");
        let stale = Ouderdom::new(Some(d("2025-07-01")), Some(d("2026-04-03")), peil);
        let z = stale.zinnen().join(" ");
        for part in [
            "De export van het register is van 03-04-2026.",
            "De nieuwste publicatie in de export is van 01-07-2025.",
            "u gaf op dat de export van 03-04-2026 is",
            "meer dan drie maanden voor de peildatum (31-03-2026)",
            "algoreg gaat uit van 01-07-2025",
        ] {
            assert!(z.contains(part), "{part}: {z}");
        }
        let wrong = Ouderdom::new(Some(d("2026-04-02")), Some(d("2026-03-15")), peil);
        let w = wrong.finding("r.csv").expect("a warning");
        assert_eq!(w.code, Code::RegisterVerouderd);
        assert!(
            w.message.contains("er staat een publicatie van 02-04-2026 in"),
            "{}",
            w.message
        );
        assert!(w.message.contains("algoreg gaat uit van 02-04-2026"), "{}", w.message);
        assert!(!w.message.contains("ouder dan de peildatum"), "{}", w.message);
        let plain = Ouderdom::new(Some(d("2026-03-01")), None, peil);
        let p = plain.finding("r.csv").expect("a warning").message;
        assert!(
            p.contains("ouder dan de peildatum (31-03-2026): algoreg gaat uit van 01-03-2026, de nieuwste publicatie"),
            "{p}"
        );
        assert!(
            Ouderdom::new(Some(d("2026-03-31")), Some(d("2026-04-03")), peil)
                .finding("r.csv")
                .is_none()
        );
    }
}
