//! Text normalisation and parsing of hand-typed values: labels, dates, quarters.
//!
//! Sheets are filled in by hand, so `Geïnventariseerd `, `geinventariseerd` and
//! `GEÏNVENTARISEERD` must all mean the same thing. Everything that compares
//! text from a sheet goes through [`key`].

use chrono::{Datelike, NaiveDate};

/// A comparison key: accents removed, lower case, all white space and the
/// characters `-`, `_`, `.`, `:` and `*` dropped. `"Geplande publicatie: "`
/// and `"geplande_publicatie"` give the same key.
pub fn key(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    key_bytes(s, |b| k.push(char::from(b)));
    k
}

/// Gives the bytes of `key(s)` one by one: an ASCII character as it is, any
/// other by its closest ASCII spelling (`ï` becomes `i`), in lower case and
/// without the characters a key drops.
fn key_bytes(s: &str, mut push: impl FnMut(u8)) {
    let mut one = |b: u8| {
        let c = char::from(b);
        if !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | ':' | '*') {
            push(b.to_ascii_lowercase());
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            one(c as u8);
        } else {
            deunicode::deunicode_char(c).unwrap_or("[?]").bytes().for_each(&mut one);
        }
    }
}

/// Calls `f` with `key(s)`, made on the stack when it is short (nearly every
/// cell): a cell's text is looked up in a list of known keys, once per cell.
pub fn with_key<T>(s: &str, f: impl FnOnce(&str) -> T) -> T {
    const MAX: usize = 64;
    let (mut buf, mut n, mut fits) = ([0u8; MAX], 0, true);
    key_bytes(s, |b| match buf.get_mut(n) {
        Some(slot) => {
            *slot = b;
            n += 1;
        }
        None => fits = false,
    });
    match std::str::from_utf8(&buf[..n]) {
        Ok(k) if fits => f(k),
        _ => f(&key(s)),
    }
}

/// Trims a cell's text; `None` when nothing but white space is left.
pub fn clean(s: &str) -> Option<&str> {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    (!t.is_empty()).then_some(t)
}

/// The earliest and latest dates the pipeline believes a person meant.
pub const FIRST_PLAUSIBLE_YEAR: i32 = 1990;
pub const LAST_PLAUSIBLE_YEAR: i32 = 2100;

pub fn plausible(d: NaiveDate) -> bool {
    (FIRST_PLAUSIBLE_YEAR..=LAST_PLAUSIBLE_YEAR).contains(&d.year())
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Parses a date typed as text: `2025-12-31`, `31-12-2025`, `31/12/2025`,
/// `31.12.2025` or `31 december 2025`. A time after the date
/// (`2025-12-31 00:00:00`, `2025-12-31T00:00`) is ignored.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date_part = s.split(['T', ' ']).next().unwrap_or(s);
    let nums: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    if nums.len() == 3
        && nums
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let n: Vec<u32> = nums.iter().filter_map(|p| p.parse().ok()).collect();
        if n.len() != 3 {
            return None;
        }
        return if nums[0].len() == 4 {
            NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2])
        } else if nums[2].len() == 4 {
            NaiveDate::from_ymd_opt(n[2] as i32, n[1], n[0])
        } else {
            None
        };
    }
    // "31 december 2025"
    let words: Vec<&str> = s.split_whitespace().collect();
    if let [d, m, y] = words.as_slice() {
        let month = MONTHS.iter().position(|name| key(m) == *name)? as u32 + 1;
        return NaiveDate::from_ymd_opt(y.parse().ok()?, month, d.parse().ok()?);
    }
    None
}

/// Converts an Excel serial day number (1900 system) to a date.
pub fn excel_serial(serial: f64) -> Option<NaiveDate> {
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    base.checked_add_days(chrono::Days::new(serial.floor() as u64))
}

/// Column letters for a zero-based column index: 0 -> `A`, 27 -> `AB`.
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// An A1-style reference for a zero-based row and column.
pub fn cell_ref(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// The zero-based row and column of an A1-style reference (`G7` -> (6, 6));
/// `None` for anything else, such as `rij 7`.
pub fn parse_cell_ref(s: &str) -> Option<(u32, u32)> {
    let letters = s.bytes().take_while(u8::is_ascii_uppercase).count();
    let (col, row) = s.split_at(letters);
    if letters == 0 || letters > 3 || row.is_empty() || !row.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let col = col.bytes().fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1) - 1;
    let row: u32 = row.parse().ok()?;
    Some((row.checked_sub(1)?, col))
}

/// A number with its noun: `1 fout`, `2 fouten`.
pub fn counted(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// Formats a date the Dutch way: `30-06-2025`.
pub fn dutch_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// Formats a date in words: `30 juni 2025`.
pub fn dutch_date_long(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// Shows a path relative to where the user stands when it is below it,
/// with `/` between folders.
pub fn shown(path: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// The most text one cell of Excel holds, counted as Excel counts (see
/// [`excel_len`]). The xlsx format allows more; Excel and algoreg do not.
pub const EXCEL_MAX_TEXT: usize = 32_767;

/// How long a text is as Excel counts it: in UTF-16 units, the same as
/// characters for all but rare ones such as emoji (which count twice).
pub fn excel_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Whether a text is longer than one cell of Excel holds. (A UTF-16 unit
/// never takes less than a byte of UTF-8: a short text needs no count.)
pub fn too_long_for_excel(s: &str) -> bool {
    s.len() > EXCEL_MAX_TEXT && excel_len(s) > EXCEL_MAX_TEXT
}

/// A count the Dutch way, with a dot between thousands: `40.000`.
pub fn dutch_count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

/// How much of what an organisation typed a message quotes, in characters.
pub const QUOTED: usize = 80;

/// What an organisation typed, as a finding or a mail quotes it: the whole
/// text when it is short, else its first 80 characters and
/// `… (40.000 tekens)`. Control characters (line breaks, tabs, escape codes)
/// become a space and marks that turn the writing direction are left out, so
/// that a quote is one line that reads as it is printed. Every message that
/// quotes a value goes through here: the console, the JSON, the workbooks,
/// the PDFs and the mail texts all show the message.
pub fn quote(s: &str) -> std::borrow::Cow<'_, str> {
    let plain = |c: char| !c.is_control() && !is_direction_mark(c);
    if s.len() <= QUOTED && s.chars().all(plain) {
        return s.into();
    }
    let cleaned: String = s
        .chars()
        .filter(|c| !is_direction_mark(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if excel_len(&cleaned) <= QUOTED {
        return cleaned.into();
    }
    format!("{}{}", start(&cleaned, QUOTED), marker(excel_len(s))).into()
}

/// Marks that change the writing direction of what follows (the Unicode
/// bidirectional controls): in a quote they could make a line read otherwise
/// than it is.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What follows a shortened text: `… (40.000 tekens)`, with the length of the whole.
fn marker(len: usize) -> String {
    format!("… ({} tekens)", dutch_count(len))
}

/// The longest start of `s` of at most `max` UTF-16 units, cut between characters.
fn start(s: &str, max: usize) -> &str {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            return &s[..i];
        }
    }
    s
}

/// A text cut to at most `max` UTF-16 units (Excel's measure): the whole
/// text when it fits, else its start and `… (40.000 tekens)` with the length
/// of the whole, together exactly as long as fits.
pub fn shorten(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if s.len() <= max || excel_len(s) <= max {
        return s.into();
    }
    let tail = marker(excel_len(s));
    let room = max.saturating_sub(excel_len(&tail));
    format!("{}{tail}", start(s, room)).into()
}

/// A number with at most two decimals, Dutch style: `1,25`, `0,5`, `2`.
pub fn dutch_decimal(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    s.replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn cell_refs_both_ways() {
        for (row, col) in [(0, 0), (6, 6), (99, 25), (4, 26), (1_048_575, 16_383)] {
            assert_eq!(parse_cell_ref(&cell_ref(row, col)), Some((row, col)));
        }
        assert_eq!(parse_cell_ref("G7"), Some((6, 6)));
        for bad in ["rij 7", "7", "G", "G0", "g7", "ABCD1", "G7x", ""] {
            assert_eq!(parse_cell_ref(bad), None, "{bad}");
        }
    }

    #[test]
    fn keys_ignore_case_accents_and_space() {
        assert_eq!(key(" Geïnventariseerd "), "geinventariseerd");
        assert_eq!(key("Geplande publicatie"), key("geplande_publicatie"));
        assert_eq!(key("Algoritme-ID"), "algoritmeid");
        assert_ne!(key("Naam"), key("Naam2"));
    }

    /// What a key was before it was made a character at a time: the whole
    /// text through deunicode, then filtered.
    fn key_of_the_whole_text(s: &str) -> String {
        deunicode::deunicode(s)
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | ':' | '*'))
            .flat_map(char::to_lowercase)
            .collect()
    }

    #[test]
    fn keys_made_a_character_at_a_time_are_the_same() {
        let long = "Een heel lange kop die niet op de stapel past, ver over de 64 tekens heen";
        for s in [
            "  In Voorbereiding ",
            "Geïnventariseerd",
            "A",
            "",
            "   ",
            long,
            "x\u{a0}y",
            "Ærø – ÉÉN",
            "東京 ✓",
        ] {
            assert_eq!(key(s), key_of_the_whole_text(s), "{s:?}");
            assert_eq!(with_key(s, str::to_owned), key(s), "{s:?}");
        }
    }

    proptest::proptest! {
        // Control characters other than white space are left out: the whole
        // text through deunicode kept them before the first accent and
        // dropped them after it; now they are always kept.
        #[test]
        fn any_text_gets_the_same_key(s in "[^\u{0}-\u{8}\u{e}-\u{1f}\u{7f}]{0,80}") {
            proptest::prop_assert_eq!(key(&s), key_of_the_whole_text(&s));
            proptest::prop_assert_eq!(with_key(&s, str::to_owned), key(&s));
        }
    }

    #[test]
    fn dates_in_every_accepted_shape() {
        assert_eq!(parse_date("2025-12-31"), Some(d(2025, 12, 31)));
        assert_eq!(parse_date("31-12-2025"), Some(d(2025, 12, 31)));
        assert_eq!(parse_date(" 1/7/2025 "), Some(d(2025, 7, 1)));
        assert_eq!(parse_date("31.12.2025"), Some(d(2025, 12, 31)));
        assert_eq!(parse_date("2025-06-30 00:00:00"), Some(d(2025, 6, 30)));
        assert_eq!(parse_date("2025-06-30T00:00:00"), Some(d(2025, 6, 30)));
        assert_eq!(parse_date("31 December 2025"), Some(d(2025, 12, 31)));
        assert_eq!(parse_date("31-02-2025"), None);
        assert_eq!(parse_date("12-31-25"), None);
        assert_eq!(parse_date("binnenkort"), None);
    }

    #[test]
    fn excel_serials_and_columns() {
        assert_eq!(excel_serial(45838.0), Some(d(2025, 6, 30)));
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16383), "XFD");
        assert_eq!(cell_ref(6, 5), "F7");
    }

    #[test]
    fn quotes_are_short_and_one_line() {
        assert_eq!(quote("Algoritme A-1"), "Algoritme A-1");
        let long = "Lang ".repeat(8000);
        let q = quote(&long);
        assert_eq!(q.chars().count(), QUOTED + "… (40.000 tekens)".chars().count(), "{q}");
        assert!(q.starts_with("Lang Lang") && q.ends_with("… (40.000 tekens)"), "{q}");
        assert_eq!(quote("regel 1\nregel 2\t\u{1b}[31m"), "regel 1 regel 2  [31m");
        assert_eq!(quote("abc\u{202e}fed"), "abcfed", "no turn of direction");
        assert_eq!(dutch_count(7), "7");
        assert_eq!(dutch_count(32_767), "32.767");
        assert_eq!(dutch_count(1_048_576), "1.048.576");
    }

    #[test]
    fn shortened_texts_fit_exactly() {
        assert_eq!(shorten("kort", 10), "kort");
        for (len, wide) in [
            (EXCEL_MAX_TEXT, false),
            (EXCEL_MAX_TEXT + 1, false),
            (40_000, false),
            (20_000, true),
        ] {
            let s = if wide { "😀".repeat(len) } else { "x".repeat(len) };
            let fits = excel_len(&s) <= EXCEL_MAX_TEXT;
            assert_eq!(too_long_for_excel(&s), !fits);
            let cut = shorten(&s, EXCEL_MAX_TEXT);
            assert_eq!(matches!(cut, std::borrow::Cow::Borrowed(_)), fits);
            assert!(excel_len(&cut) <= EXCEL_MAX_TEXT, "{len} {wide}");
            if !fits {
                assert!(
                    excel_len(&cut) >= EXCEL_MAX_TEXT - 1,
                    "as much as fits: {}",
                    excel_len(&cut)
                );
                assert!(cut.ends_with(&format!("… ({} tekens)", dutch_count(excel_len(&s)))));
            }
        }
    }

    #[test]
    fn dutch_formats() {
        assert_eq!(dutch_date(d(2025, 6, 3)), "03-06-2025");
        assert_eq!(dutch_date_long(d(2025, 6, 30)), "30 juni 2025");
    }
}
