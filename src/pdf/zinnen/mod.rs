//! The figures as Dutch sentences, in the style of the letter to Parliament:
//! singular and plural, one ministry or both, zero counts, and organisations
//! sorted by count and then by name.

mod achterstand;
mod ai_verordening;
mod stand;
mod woorden;

pub use achterstand::{na_deadline, tempo_tekst};
pub use ai_verordening::{EuStand, eu_databank};
pub use stand::{OrgCount, Stand, Verplicht};
pub use woorden::*;

/// B then A, leaving out zeros: "11 impactvolle algoritmen en 3 hoog-risico-AI-systemen".
fn b_en_a(b: u32, a: u32) -> (String, u32, usize) {
    let mut parts = Vec::new();
    if b > 0 {
        parts.push(impactvol(b));
    }
    if a > 0 {
        parts.push(hoogrisico(a));
    }
    (opsomming(&parts), a + b, parts.len())
}

/// The paragraphs. `moment` opens the first sentence: "Op dit moment",
/// "Op 31 december 2025".
pub fn alineas(s: &Stand, moment: &str) -> Vec<String> {
    let mut out = Vec::new();
    let wie = onderwerp(&s.ministeries);

    // What has been published, and by whom.
    let mut p = if s.gepubliceerd == 0 {
        format!("{moment} hebben {wie} nog geen algoritmen of AI-systemen gepubliceerd in het algoritmeregister.")
    } else {
        format!(
            "{moment} hebben {wie} {} gepubliceerd in het algoritmeregister.",
            algoritmen(s.gepubliceerd)
        )
    };
    let orgs = per_organisatie(&s.organisaties);
    match orgs.as_slice() {
        [] => {}
        [one] if one.aantal == 1 => p.push_str(&format!(
            " Het gaat om een algoritme of AI-systeem van {}.",
            one.naam_in_zin
        )),
        list if list.len() > MAX_ORGANISATIONS_IN_SENTENCE => {
            let items: Vec<String> = list
                .iter()
                .take(MOST_IN_SENTENCE)
                .map(|o| format!("{} ({})", o.naam_in_zin, o.aantal))
                .collect();
            p.push_str(&format!(
                " Het gaat om algoritmen en AI-systemen van {} organisaties, het meest van {}.",
                list.len(),
                opsomming(&items)
            ));
        }
        list => {
            let items: Vec<String> = list
                .iter()
                .map(|o| format!("{} ({})", o.naam_in_zin, o.aantal))
                .collect();
            p.push_str(&format!(
                " Het gaat om algoritmen en AI-systemen van {}.",
                opsomming(&items)
            ));
        }
    }
    out.push(p);

    // The mandatory ones: A and B.
    let (verplicht, v_total, v_parts) = b_en_a(s.b.verplicht, s.a.verplicht);
    if v_total == 0 {
        out.push(
            "Er zijn geen impactvolle algoritmen of hoog-risico-AI-systemen die gepubliceerd moeten worden.".into(),
        );
    } else {
        let mut p = if v_parts == 1 {
            let verb = if v_total == 1 { "moet" } else { "moeten" };
            format!("In totaal {verb} {verplicht} verplicht worden gepubliceerd.")
        } else {
            format!(
                "In totaal moeten {} verplicht worden gepubliceerd: {verplicht}.",
                algoritmen(v_total)
            )
        };
        let (gepubl, g_total, _) = b_en_a(s.b.gepubliceerd, s.a.gepubliceerd);
        if g_total == 0 {
            p.push_str(" Hiervan is nog geen enkel algoritme of AI-systeem gepubliceerd.");
        } else {
            let verb = if g_total == 1 { "is" } else { "zijn" };
            p.push_str(&format!(" Hiervan {verb} inmiddels {gepubl} gepubliceerd."));
        }
        p.push_str(&resterend(s, g_total));
        out.push(p);
    }

    if let Some(published) = s.toezichthouders {
        let mut p =
            String::from("De onafhankelijke toezichthouders registreren zelf en tellen niet mee in deze cijfers.");
        match published {
            Some(0) => p.push_str(" Zij hebben samen nog geen algoritmen of AI-systemen gepubliceerd."),
            Some(n) => p.push_str(&format!(" Zij hebben samen {} gepubliceerd.", algoritmen(n))),
            None => {}
        }
        out.push(p);
    }
    out
}

/// "De overige 11 impactvolle algoritmen en 7 hoog-risico-AI-systemen"; a count
/// of 1 takes its own article: "Het overige impactvolle algoritme en de overige
/// 2 hoog-risico-AI-systemen".
fn overige(b: u32, a: u32, joined: &str) -> String {
    if b != 1 && a != 1 {
        return format!("De overige {joined}");
    }
    let part = |n: u32, one: &str, many: String| match n {
        0 => None,
        1 => Some(format!("het overige {one}")),
        _ => Some(format!("de overige {many}")),
    };
    let parts: Vec<String> = [
        part(b, "impactvolle algoritme", impactvol(b)),
        part(a, "hoog-risico-AI-systeem", hoogrisico(a)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let text = opsomming(&parts);
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The sentences on what is still to be published, with a leading space.
fn resterend(s: &Stand, published: u32) -> String {
    let (rest, r_total, r_parts) = b_en_a(s.b.resterend, s.a.resterend);
    if r_total == 0 {
        return " Daarmee zijn alle verplichte algoritmen en AI-systemen gepubliceerd.".into();
    }
    let voor = if s.a.resterend == 0 {
        format!("voor {}", deadline_tekst(s.deadline_b))
    } else if s.b.resterend == 0 || s.deadline_a == s.deadline_b {
        format!("voor {}", deadline_tekst(s.deadline_a))
    } else {
        format!(
            "voor hun deadline ({} voor impactvolle algoritmen, {} voor hoog-risico-AI-systemen)",
            deadline_tekst(s.deadline_b),
            deadline_tekst(s.deadline_a)
        )
    };
    let gepland = s.a.gepland_voor_deadline + s.b.gepland_voor_deadline;
    let zonder = s.a.zonder_planning + s.b.zonder_planning;
    let later = r_total.saturating_sub(gepland + zonder);
    let achter = s.a.achterstallig + s.b.achterstallig;
    let single = r_total == 1 && r_parts == 1;
    let overige = overige(s.b.resterend, s.a.resterend, &rest);
    let mut out = String::new();
    // One category past its deadline, the other not (a ministry's own date):
    // each in its own tense, with its own date.
    let (past_a, past_b) = (s.peildatum >= s.deadline_a, s.peildatum >= s.deadline_b);
    if past_a != past_b && s.a.resterend > 0 && s.b.resterend > 0 {
        return gemengd(s, past_a);
    }
    if s.peildatum >= s.deadline_a.max(s.deadline_b) || (past_a && s.b.resterend == 0) || (past_b && s.a.resterend == 0)
    {
        let deadline = if s.a.resterend == 0 || s.deadline_a == s.deadline_b {
            format!("de deadline ({})", deadline_tekst(s.deadline_b))
        } else if s.b.resterend == 0 {
            format!("de deadline ({})", deadline_tekst(s.deadline_a))
        } else {
            "de deadline".to_owned()
        };
        let verb = if single { "is" } else { "zijn" };
        out.push_str(&format!(
            " {overige} {verb} nog niet gepubliceerd, terwijl {deadline} voorbij is."
        ));
        // After the deadline what remains is overdue, planned after the
        // deadline or without a date: three parts that add up, as on page 1.
        // (What is planned before a passed deadline is overdue too.)
        let na = r_total.saturating_sub(achter.max(gepland) + zonder);
        if na > 0 {
            out.push_str(&format!(
                " Voor {na} daarvan staat de publicatie gepland na de deadline."
            ));
        }
        if zonder > 0 {
            out.push_str(&format!(" Voor {zonder} daarvan is nog geen datum gepland."));
        }
        return out;
    }
    if gepland == r_total {
        if published == 0 {
            let wie = if r_total == 1 { "Het staat" } else { "Ze staan allemaal" };
            out.push_str(&format!(" {wie} {voor} gepland voor publicatie."));
        } else {
            let verb = if single { "staat" } else { "staan" };
            out.push_str(&format!(" {overige} {verb} {voor} gepland voor publicatie."));
        }
    } else {
        if published > 0 {
            let verb = if single { "moet" } else { "moeten" };
            out.push_str(&format!(" {overige} {verb} nog worden gepubliceerd."));
        }
        match gepland {
            0 => out.push_str(&format!(" Daarvan staat er nog geen {voor} gepland voor publicatie.")),
            1 => out.push_str(&format!(" Daarvan staat er 1 {voor} gepland voor publicatie.")),
            n => out.push_str(&format!(" Daarvan staan er {n} {voor} gepland voor publicatie.")),
        }
        if later > 0 {
            out.push_str(&format!(" Voor {later} daarvan ligt de geplande datum na de deadline."));
        }
        if zonder > 0 {
            out.push_str(&format!(" Voor {zonder} daarvan is nog geen datum gepland."));
        }
    }
    match achter {
        0 => {}
        1 => out.push_str(" Volgens de eigen planning had 1 algoritme of AI-systeem al gepubliceerd moeten zijn."),
        n => out.push_str(&format!(
            " Volgens de eigen planning hadden {} al gepubliceerd moeten zijn.",
            algoritmen(n)
        )),
    }
    out
}

/// One category past its deadline and the other before it: what remains of
/// each, in its own tense. `past_a`: A is the one past.
fn gemengd(s: &Stand, past_a: bool) -> String {
    let (late, late_d, ahead, ahead_d) = if past_a {
        (s.a, s.deadline_a, s.b, s.deadline_b)
    } else {
        (s.b, s.deadline_b, s.a, s.deadline_a)
    };
    let noun = |n: u32, a: bool| if a { hoogrisico(n) } else { impactvol(n) };
    let verb = |n: u32, one: &str, many: &str| if n == 1 { one.to_owned() } else { many.to_owned() };
    let mut out = format!(
        " Nog niet gepubliceerd {} {}, terwijl de deadline ({}) voorbij is.",
        verb(late.resterend, "is", "zijn"),
        noun(late.resterend, past_a),
        deadline_tekst(late_d)
    );
    out.push_str(&format!(
        " Voor {} is de deadline {}: daarvan {} er {} voor die datum gepland voor publicatie.",
        noun(ahead.resterend, !past_a),
        deadline_tekst(ahead_d),
        verb(ahead.gepland_voor_deadline, "staat", "staan"),
        ahead.gepland_voor_deadline
    ));
    let zonder = s.a.zonder_planning + s.b.zonder_planning;
    if zonder > 0 {
        out.push_str(&format!(" Voor {zonder} daarvan is nog geen datum gepland."));
    }
    out
}

#[cfg(test)]
mod tests;
