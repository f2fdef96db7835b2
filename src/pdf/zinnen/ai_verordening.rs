//! The AI Act's sentences: per ministry, how far its high-risk AI systems
//! are with the EU database and the fundamental-rights assessment.

use super::woorden::{hoogrisico, onderwerp, opsomming};

/// A group's answers for its high-risk AI systems (category A, not vervallen).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EuStand {
    pub geregistreerd: u32,
    pub niet_geregistreerd: u32,
    pub niet_van_toepassing: u32,
    pub onbekend: u32,
    pub toets_gedaan: u32,
}

impl EuStand {
    /// The high-risk AI systems: the four answers together.
    pub fn systemen(&self) -> u32 {
        self.geregistreerd + self.niet_geregistreerd + self.niet_van_toepassing + self.onbekend
    }
}

fn staat(n: u32, enkel: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { enkel } else { meer })
}

/// "Het ministerie van Justitie en Veiligheid en zijn taakorganisaties hebben
/// 7 hoog-risico-AI-systemen: 2 staan in de EU-databank, 1 staat er nog niet
/// in en van 4 is het niet bekend. Bij 3 is de toets op grondrechten gedaan."
pub fn eu_databank(ministerie: &str, s: &EuStand) -> String {
    let wie = onderwerp(&[ministerie.to_owned()]);
    let wie = match wie.get(..1) {
        Some(first) => first.to_uppercase() + &wie[1..],
        None => wie,
    };
    let n = s.systemen();
    if n == 0 {
        return format!("{wie} hebben geen hoog-risico-AI-systemen.");
    }
    let mut delen = Vec::new();
    if s.geregistreerd > 0 {
        delen.push(staat(
            s.geregistreerd,
            "staat in de EU-databank",
            "staan in de EU-databank",
        ));
    }
    if s.niet_geregistreerd > 0 {
        delen.push(staat(
            s.niet_geregistreerd,
            "staat er nog niet in",
            "staan er nog niet in",
        ));
    }
    if s.niet_van_toepassing > 0 {
        delen.push(staat(s.niet_van_toepassing, "hoeft er niet in", "hoeven er niet in"));
    }
    if s.onbekend > 0 {
        delen.push(if s.onbekend == n {
            "van geen enkel systeem is bekend of het in de EU-databank staat".to_owned()
        } else {
            format!("van {} is het niet bekend", s.onbekend)
        });
    }
    let toets = match s.toets_gedaan {
        0 => "Bij geen enkel systeem is de toets op grondrechten al gedaan.".to_owned(),
        t if t == n => "Bij alle systemen is de toets op grondrechten gedaan.".to_owned(),
        t => format!("Bij {t} is de toets op grondrechten gedaan."),
    };
    format!("{wie} hebben {}: {}. {toets}", hoogrisico(n), opsomming(&delen))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sentence_per_ministry_in_singular_plural_and_zero() {
        let s = EuStand {
            geregistreerd: 2,
            niet_geregistreerd: 1,
            niet_van_toepassing: 0,
            onbekend: 4,
            toets_gedaan: 3,
        };
        assert_eq!(
            eu_databank("JenV", &s),
            "Het ministerie van Justitie en Veiligheid en zijn taakorganisaties hebben 7 hoog-risico-AI-systemen: 2 staan in de EU-databank, 1 staat er nog niet in en van 4 is het niet bekend. Bij 3 is de toets op grondrechten gedaan."
        );
        let een = EuStand {
            geregistreerd: 1,
            toets_gedaan: 1,
            ..EuStand::default()
        };
        assert!(
            eu_databank("AenM", &een).ends_with(
                "hebben 1 hoog-risico-AI-systeem: 1 staat in de EU-databank. Bij alle systemen is de toets op grondrechten gedaan."
            ),
            "{}",
            eu_databank("AenM", &een)
        );
        let onbekend = EuStand {
            onbekend: 3,
            ..EuStand::default()
        };
        assert!(eu_databank("AenM", &onbekend).contains(
            "3 hoog-risico-AI-systemen: van geen enkel systeem is bekend of het in de EU-databank staat. Bij geen enkel"
        ));
        assert!(eu_databank("AenM", &EuStand::default()).ends_with("hebben geen hoog-risico-AI-systemen."));
    }
}
