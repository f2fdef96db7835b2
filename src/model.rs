//! The vocabulary of the status sheet: quarters, categories, statuses,
//! exceptions and phases, each parsed from hand-typed text.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::text::{key, with_key};

/// A calendar quarter such as `2025-Q2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    pub q: u8,
}

impl Quarter {
    pub fn new(year: i32, q: u8) -> Option<Self> {
        (1..=4).contains(&q).then_some(Quarter { year, q })
    }

    /// Parses `2025-Q2`, `2025 Q2`, `Q2 2025`, `2025-K2` and `K2-2025`.
    pub fn parse(s: &str) -> Option<Self> {
        let k = key(s); // "2025q2", "q22025", "2025k2"
        let (year, q) = if k.len() == 6 && (k.starts_with('q') || k.starts_with('k')) {
            (&k[2..], &k[1..2])
        } else if k.len() == 6 && (k[4..5] == *"q" || k[4..5] == *"k") {
            (&k[..4], &k[5..])
        } else {
            return None;
        };
        Quarter::new(year.parse().ok()?, q.parse().ok()?)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.q) * 3 - 2, 1).expect("valid quarter")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("valid date")
    }

    pub fn contains(self, d: NaiveDate) -> bool {
        (self.first_day()..=self.last_day()).contains(&d)
    }

    pub fn of(d: NaiveDate) -> Self {
        Quarter {
            year: d.year(),
            q: (d.month0() / 3 + 1) as u8,
        }
    }

    pub fn next(self) -> Self {
        if self.q == 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter { q: self.q + 1, ..self }
        }
    }

    pub fn previous(self) -> Self {
        if self.q == 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter { q: self.q - 1, ..self }
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.q)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Declares an enum of sheet values with the text forms each variant accepts.
/// The first form is the canonical one, used in every output.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident => [$($form:literal),+]),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical text, as written in every output.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => [$($form),+][0]),+ }
            }

            /// Every accepted form, canonical first (for dropdown lists and help text).
            pub fn forms(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($form),+]),+ }
            }

            /// Parses any accepted form, case-, space- and accent-insensitively.
            /// The keys of the forms are made once, not for every cell.
            pub fn parse(s: &str) -> Option<Self> {
                static FORMS: std::sync::OnceLock<Vec<(String, $name)>> = std::sync::OnceLock::new();
                let forms = FORMS.get_or_init(|| {
                    Self::ALL.iter().flat_map(|v| v.forms().iter().map(|f| (key(f), *v))).collect()
                });
                with_key(s, |k| forms.iter().find(|(f, _)| f == k).map(|(_, v)| *v))
            }

            /// The canonical texts, for messages: `a, b, c`.
            pub fn allowed() -> &'static str {
                static ALLOWED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
                ALLOWED.get_or_init(|| Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// The register's publication category.
    Category {
        A => ["A", "Hoog-risico AI-systeem", "Hoog-risico AI-systemen", "hoogrisico AI-systeem"],
        B => ["B", "Impactvolle algoritmes", "impactvol algoritme", "impactvolle algoritmen"],
        C => ["C", "Overige algoritmes", "overig", "overige algoritmen", "overige"],
    }
);

impl Category {
    /// A and B must be published; C is voluntary.
    pub fn mandatory(self) -> bool {
        matches!(self, Category::A | Category::B)
    }

    /// The register's own label.
    pub fn register_label(self) -> &'static str {
        self.forms()[1]
    }
}

vocabulary!(
    /// Where an algorithm stands on its way to the register.
    Status {
        Inventoried => ["geïnventariseerd", "geinventariseerd"],
        InDocumentation => ["in documentatie"],
        UnderReview => ["ter controle"],
        Published => ["gepubliceerd"],
        Withdrawn => ["vervallen"],
    }
);

vocabulary!(
    /// Publication limited to protect, for example, criminal investigations.
    Exception {
        None => ["geen"],
        Partial => ["gedeeltelijk"],
        Full => ["volledig"],
    }
);

vocabulary!(
    /// The organisation's phase in the five-phase approach.
    Phase {
        Agenda => ["agenderen"],
        Inventory => ["inventariseren"],
        Document => ["documenteren"],
        Publish => ["publiceren"],
        Embed => ["inbedden"],
    }
);

vocabulary!(
    /// Whether a high-risk AI system (category A) is registered in the EU
    /// database (AI Act, Art. 49 and 71). Empty means unknown; `ja` is no
    /// answer here: it does not say which.
    EuDatabank {
        Geregistreerd => ["geregistreerd"],
        NietGeregistreerd => ["niet geregistreerd"],
        NietVanToepassing => ["niet van toepassing", "n.v.t."],
    }
);

vocabulary!(
    /// Whether the fundamental-rights impact assessment of a high-risk AI
    /// system (AI Act, Art. 27; in the Netherlands usually the IAMA) is done.
    /// Empty means unknown.
    Grondrechtentoets {
        Gedaan => ["gedaan", "uitgevoerd"],
        NietGedaan => ["niet gedaan", "niet uitgevoerd"],
        NietVanToepassing => ["niet van toepassing", "n.v.t."],
    }
);

vocabulary!(
    /// A yes/no answer.
    YesNo {
        Yes => ["ja", "j", "yes", "true", "waar", "1"],
        No => ["nee", "n", "no", "false", "onwaar", "0"],
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_in_every_accepted_shape() {
        let q2 = Quarter { year: 2025, q: 2 };
        for s in ["2025-Q2", "2025 Q2", "Q2 2025", "2025-K2", "q2-2025", " 2025q2 "] {
            assert_eq!(Quarter::parse(s), Some(q2), "{s}");
        }
        for s in ["2025-Q5", "2025", "Q2", "tweede kwartaal"] {
            assert_eq!(Quarter::parse(s), None, "{s}");
        }
        assert_eq!(q2.to_string(), "2025-Q2");
        assert_eq!(q2.first_day(), NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
        assert_eq!(q2.last_day(), NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
        assert_eq!(
            Quarter { year: 2025, q: 4 }.last_day(),
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
        );
        assert_eq!(Quarter { year: 2025, q: 1 }.previous(), Quarter { year: 2024, q: 4 });
    }

    #[test]
    fn vocabulary_accepts_register_labels_and_sloppy_typing() {
        assert_eq!(Category::parse("Hoog-risico AI-systeem"), Some(Category::A));
        assert_eq!(Category::parse("impactvol algoritme"), Some(Category::B));
        assert_eq!(Category::parse("Overig "), Some(Category::C));
        assert_eq!(Category::parse("b"), Some(Category::B));
        assert_eq!(Category::parse("D"), None);
        assert_eq!(Status::parse("GEÏNVENTARISEERD"), Some(Status::Inventoried));
        assert_eq!(Status::parse("geinventariseerd"), Some(Status::Inventoried));
        assert_eq!(Status::parse("In Documentatie"), Some(Status::InDocumentation));
        assert_eq!(Status::Inventoried.as_str(), "geïnventariseerd");
        assert_eq!(Exception::parse("Volledig"), Some(Exception::Full));
        assert_eq!(Phase::parse("inbedden"), Some(Phase::Embed));
        assert_eq!(YesNo::parse("Ja"), Some(YesNo::Yes));
        assert_eq!(
            EuDatabank::parse("Niet  Geregistreerd"),
            Some(EuDatabank::NietGeregistreerd)
        );
        assert_eq!(EuDatabank::parse("N.v.t."), Some(EuDatabank::NietVanToepassing));
        assert_eq!(EuDatabank::parse("ja"), None);
        assert_eq!(Grondrechtentoets::parse("GEDAAN "), Some(Grondrechtentoets::Gedaan));
        assert_eq!(
            Grondrechtentoets::parse("niet-gedaan"),
            Some(Grondrechtentoets::NietGedaan)
        );
        assert_eq!(Grondrechtentoets::parse("ja"), None);
        assert_eq!(Grondrechtentoets::parse("nee"), None);
    }
}
