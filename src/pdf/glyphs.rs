//! Text the PDF's letters can show. typst makes a tagged PDF (PDF/UA-1) and
//! refuses a character that none of its fonts has, a control character,
//! and U+FEFF: one name with an emoji, a character of a script the letter
//! does not cover, or a control character pasted into a cell, would stop
//! the whole report. So the data goes to typst through [`Glyphs::fit_json`]
//! (in `Maker::render`): a control character becomes a space, an invisible
//! mark (direction, joiner, soft hyphen) goes, and a character the fonts do
//! not have becomes `□`. What the fonts can show stays exactly as it is.

use std::collections::HashSet;
use std::path::Path;

/// The characters the fonts of a template folder can show.
#[derive(Debug, Clone, Default)]
pub struct Glyphs {
    shown: HashSet<u32>,
    /// What stands in for a character the fonts do not have.
    stand_in: char,
}

impl Glyphs {
    /// The characters of every font (`.otf`, `.ttf`) in `dir`. typst falls
    /// back from one font to the next, so what one of them has is shown.
    pub fn of_fonts(dir: &Path) -> Glyphs {
        let mut shown = HashSet::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let is_font = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "otf" | "ttf"));
            if let (true, Ok(bytes)) = (is_font, std::fs::read(&path)) {
                add_font(&bytes, &mut shown);
            }
        }
        let stand_in = ['□', '?']
            .into_iter()
            .find(|c| shown.contains(&u32::from(*c)))
            .unwrap_or('?');
        Glyphs { shown, stand_in }
    }

    /// Whether no font was read: then text goes to typst as it is.
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// One character as the PDF can show it: itself, a space, nothing, or the stand-in.
    fn fit_char(&self, c: char, out: &mut String) {
        if c == '\n' || (self.shown.contains(&u32::from(c)) && !c.is_control() && c != '\u{feff}') {
            out.push(c);
        } else if c.is_control() || c.is_whitespace() {
            out.push(' ');
        } else if !invisible(c) {
            out.push(self.stand_in);
        }
    }

    /// A JSON document (as serde_json writes it) with every string fitted
    /// to the fonts; everything else, the order of keys too, stays as it is.
    pub fn fit_json(&self, json: &str) -> String {
        if self.is_empty() {
            return json.to_owned();
        }
        let mut out = String::with_capacity(json.len());
        let mut chars = json.chars();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match (in_string, c) {
                (_, '"') => {
                    in_string = !in_string;
                    out.push(c);
                }
                (false, _) => out.push(c),
                (true, '\\') => match chars.next() {
                    // serde_json escapes only `"`, `\` and the control characters.
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            Some(c) if c.is_control() && c != '\n' => out.push(' '),
                            _ => {
                                out.push_str("\\u");
                                out.push_str(&hex);
                            }
                        }
                    }
                    Some('t' | 'r' | 'b' | 'f') => out.push(' '),
                    Some(e) => {
                        out.push('\\');
                        out.push(e);
                    }
                    None => out.push('\\'),
                },
                (true, c) => self.fit_char(c, &mut out),
            }
        }
        out
    }
}

/// Adds the characters a font maps to a glyph.
fn add_font(bytes: &[u8], shown: &mut HashSet<u32>) {
    let Ok(face) = ttf_parser::Face::parse(bytes, 0) else {
        return;
    };
    let Some(cmap) = face.tables().cmap else { return };
    for table in cmap.subtables.into_iter().filter(|t| t.is_unicode()) {
        table.codepoints(|cp| {
            if table.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                shown.insert(cp);
            }
        });
    }
}

/// Characters that show nothing: direction marks, joiners, the soft hyphen,
/// variation selectors, U+FEFF (which PDF/UA-1 forbids) and the like.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{115f}'..='\u{1160}'
            | '\u{17b4}'..='\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff0}'..='\u{fff8}'
            | '\u{e0000}'..='\u{e0fff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inter() -> Glyphs {
        Glyphs::of_fonts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/fonts"))
    }

    #[test]
    fn what_inter_shows_stays_and_the_rest_is_fitted() {
        let g = inter();
        assert!(!g.is_empty());
        let json = serde_json::to_string(&serde_json::json!({
            "naam": "Rijbewijs € ñ ß Ω Ж ő — \"aanhalingstekens\" \\ #read(\"/etc/passwd\")",
            "regels": "een\ntwee",
            "vreemd": "😀 漢字 a\u{1}b\u{1b}c\td\u{202e}e\u{feff}f",
        }))
        .unwrap();
        let fitted: serde_json::Value = serde_json::from_str(&g.fit_json(&json)).unwrap();
        assert_eq!(
            fitted["naam"],
            "Rijbewijs € ñ ß Ω Ж ő — \"aanhalingstekens\" \\ #read(\"/etc/passwd\")"
        );
        assert_eq!(fitted["regels"], "een\ntwee");
        assert_eq!(fitted["vreemd"], "□ □□ a b c def");
        let keys: Vec<&str> = json.split('"').skip(1).step_by(2).take(1).collect();
        assert_eq!(keys, ["naam"], "the order of keys stays");
    }

    #[test]
    fn without_fonts_nothing_changes() {
        let g = Glyphs::of_fonts(Path::new("/bestaat/niet"));
        assert!(g.is_empty());
        assert_eq!(g.fit_json("{\"a\":\"😀\"}"), "{\"a\":\"😀\"}");
    }
}
