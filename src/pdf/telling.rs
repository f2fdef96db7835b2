//! The figures per organisation, category and maat, added up once.
//!
//! `Figures::org_figure` with a category walks all figures on every call;
//! the reports ask for several figures of every organisation, which made the
//! quarterly PDF quadratic (about 30 s for 5,000 organisations). This index
//! gives the same numbers from one pass over the figures.

use std::collections::HashMap;

use crate::figures::Figures;

/// Sums of `Figures::cijfers` by (organisation, category or all, maat).
pub struct Telling<'a> {
    sums: HashMap<(&'a str, Option<&'static str>, &'static str), u32>,
}

impl<'a> Telling<'a> {
    pub fn new(f: &'a Figures) -> Telling<'a> {
        let mut sums: HashMap<(&'a str, Option<&'static str>, &'static str), u32> = HashMap::new();
        for c in &f.cijfers {
            let org: &'a str = &c.organisatie;
            *sums.entry((org, Some(c.categorie.as_str()), c.maat)).or_default() += c.aantal;
            *sums.entry((org, None, c.maat)).or_default() += c.aantal;
        }
        Telling { sums }
    }

    /// The same number as `Figures::org_figure(code, categorie, maat)`.
    pub fn get(&self, code: &str, categorie: Option<&str>, maat: &str) -> u32 {
        // A map is covariant in its key: look up with shorter-lived strings.
        let sums: &HashMap<(&str, Option<&str>, &str), u32> = &self.sums;
        sums.get(&(code, categorie, maat)).copied().unwrap_or(0)
    }
}
