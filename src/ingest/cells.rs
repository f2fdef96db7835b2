//! One cell to one typed value. Every value that cannot be read becomes a
//! finding here, with the cell it came from.
//!
//! [`check_digit_ok`] is the register's check digit of an Algoritme-ID:
//! 8 digits, the first seven 1 to 9, the eighth (3·(d1+d3+d5+d7) +
//! d2+d4+d6) mod 10, the rule of the register's own code
//! (MinBZK/Algoritmeregister, `backend/app/util/upc.py`). An Algoritme-ID in
//! a sheet that fails it is a fout at its cell (`algoritme-id-ongeldig`).

use std::borrow::Cow;

use calamine::Data;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::bevinding::{Bevindingen, Code, Location};
use crate::model::Quarter;
use crate::text::{self, clean, excel_serial, plausible};

/// A typed value from a cell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Val<T> {
    /// The cell is empty or holds only white space.
    #[default]
    Empty,
    /// The cell holds something that cannot be read; a finding says what.
    Bad,
    Ok(T),
}

impl<T> Val<T> {
    pub fn ok(&self) -> Option<&T> {
        match self {
            Val::Ok(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_empty(&self) -> bool {
        matches!(self, Val::Empty)
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Val<U> {
        match self {
            Val::Ok(v) => Val::Ok(f(v)),
            Val::Empty => Val::Empty,
            Val::Bad => Val::Bad,
        }
    }
}

impl<T: Copy> Val<T> {
    pub fn get(&self) -> Option<T> {
        self.ok().copied()
    }
}

/// A cell being read: its value, where it is, and the findings it may add to.
pub struct Cell<'a> {
    pub data: &'a Data,
    /// The sheet; with `row` and `col` (zero-based) where the cell is. The
    /// cell's full location is only made when there is a finding about it.
    pub sheet: &'a Location,
    pub row: u32,
    pub col: u32,
    /// What the cell holds, in words, for messages ("de categorie").
    pub what: &'a str,
    /// The quarter at hand: the examples in messages are its dates.
    pub kwartaal: Quarter,
}

impl<'a> Cell<'a> {
    fn at(&self) -> Location {
        self.sheet.cell(text::cell_ref(self.row, self.col))
    }

    /// Formula errors are findings; everything else goes on.
    fn error(&self, out: &mut Bevindingen) -> bool {
        if let Data::Error(e) = self.data {
            out.fout(
                Code::CelFout,
                self.at(),
                format!(
                    "In de cel voor {} staat een formulefout ({e}). Vul een waarde in.",
                    self.what
                ),
            );
            return true;
        }
        false
    }

    /// Text, with numbers written as they would be typed (`12`, not `12.0`).
    pub fn text(&self, out: &mut Bevindingen) -> Val<String> {
        self.str(out).map(Cow::into_owned)
    }

    /// As [`Cell::text`], borrowed from the cell where it can be: most cells
    /// are only compared or parsed, and need no copy.
    fn str(&self, out: &mut Bevindingen) -> Val<Cow<'a, str>> {
        if self.error(out) {
            return Val::Bad;
        }
        match self.data {
            Data::Empty => Val::Empty,
            // Too long for Excel: `lengte` made the finding, for every such cell.
            Data::String(s) if text::too_long_for_excel(s) => Val::Bad,
            Data::String(s) => clean(s).map_or(Val::Empty, |t| Val::Ok(Cow::Borrowed(t))),
            Data::Int(i) => Val::Ok(i.to_string().into()),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Val::Ok(format!("{}", *f as i64).into()),
            Data::Float(f) => Val::Ok(f.to_string().into()),
            Data::Bool(b) => Val::Ok(if *b { "ja" } else { "nee" }.into()),
            Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) => {
                out.waarschuwing(
                    Code::WaardeSoort,
                    self.at(),
                    format!("Bij {} staat een datum, maar hier hoort tekst.", self.what),
                );
                match self.date_value() {
                    Some(d) => Val::Ok(text::dutch_date(d).into()),
                    None => Val::Bad,
                }
            }
            Data::Error(_) => Val::Bad,
        }
    }

    /// Text that should be words, such as a name: a number here is a warning.
    pub fn prose(&self, out: &mut Bevindingen) -> Val<String> {
        if matches!(self.data, Data::Int(_) | Data::Float(_)) {
            out.waarschuwing(
                Code::WaardeSoort,
                self.at(),
                format!("Bij {} staat een getal, maar hier hoort tekst.", self.what),
            );
        }
        self.text(out)
    }

    /// One of a fixed set of words, such as a category or a status.
    pub fn word<T>(&self, out: &mut Bevindingen, code: Code, parse: fn(&str) -> Option<T>, allowed: &str) -> Val<T> {
        match self.str(out) {
            Val::Ok(s) => match parse(&s) {
                Some(v) => Val::Ok(v),
                None => {
                    out.fout(
                        code,
                        self.at(),
                        format!("Bij {} staat \"{}\". Kies uit: {allowed}.", self.what, text::quote(&s)),
                    );
                    Val::Bad
                }
            },
            Val::Empty => Val::Empty,
            Val::Bad => Val::Bad,
        }
    }

    fn date_value(&self) -> Option<NaiveDate> {
        match self.data {
            // calamine panics on a date far out of range: that is no date.
            Data::DateTime(dt) => super::workbook::guarded(|| dt.as_datetime())
                .ok()
                .flatten()
                .map(|t| t.date()),
            Data::DateTimeIso(s) => text::parse_date(s),
            _ => None,
        }
    }

    /// A date: a real date cell, a date typed as text, or (when `quarter_ok`)
    /// a quarter such as `2025-Q4` meaning its last day.
    pub fn date(&self, out: &mut Bevindingen, quarter_ok: bool) -> Val<NaiveDate> {
        if self.error(out) {
            return Val::Bad;
        }
        let parsed = match self.data {
            Data::Empty => return Val::Empty,
            Data::String(s) if text::too_long_for_excel(s) => return Val::Bad,
            Data::String(s) => match clean(s) {
                None => return Val::Empty,
                Some(t) => text::parse_date(t)
                    .or_else(|| quarter_ok.then(|| Quarter::parse(t).map(Quarter::last_day)).flatten()),
            },
            Data::Int(i) => excel_serial(*i as f64),
            Data::Float(f) => excel_serial(*f),
            _ => self.date_value(),
        };
        match parsed {
            Some(d) if plausible(d) => Val::Ok(d),
            Some(d) => {
                out.fout(
                    Code::DatumOngeldig,
                    self.at(),
                    format!(
                        "Bij {} staat {}. Die datum kan niet kloppen: kies een datum tussen {} en {}.",
                        self.what,
                        text::dutch_date(d),
                        text::FIRST_PLAUSIBLE_YEAR,
                        text::LAST_PLAUSIBLE_YEAR
                    ),
                );
                Val::Bad
            }
            None => {
                let last = self.kwartaal.last_day();
                let (nl, iso) = (text::dutch_date(last), last.format("%Y-%m-%d"));
                let shape = if quarter_ok {
                    format!("{nl}, {iso} of {}", self.kwartaal)
                } else {
                    format!("{nl} of {iso}")
                };
                out.fout(
                    Code::DatumOngeldig,
                    self.at(),
                    format!(
                        "Bij {} staat \"{}\". Dat is geen datum. Schrijf bijvoorbeeld {shape}.",
                        self.what,
                        text::quote(&shown(self.data))
                    ),
                );
                Val::Bad
            }
        }
    }

    /// The register's Algoritme-ID: 8 digits, or the register URL holding them,
    /// with the right check digit ([`check_digit_ok`]).
    pub fn algorithm_id(&self, out: &mut Bevindingen) -> Val<String> {
        match self.str(out) {
            Val::Ok(s) => match parse_algorithm_id(&s) {
                Some(id) if check_digit_ok(&id) => Val::Ok(id),
                Some(id) => {
                    // Only the ID is quoted, also when the cell holds a link.
                    let lead = if id == s.trim() {
                        format!("Bij {} staat", self.what)
                    } else {
                        format!("In de link bij {} staat het nummer", self.what)
                    };
                    out.fout(
                        Code::AlgoritmeIdOngeldig,
                        self.at(),
                        format!(
                            "{lead} \"{id}\". Het controlecijfer klopt niet: een tikfout? Neem het Algoritme-ID over van algoritmes.overheid.nl."
                        ),
                    );
                    Val::Bad
                }
                None => {
                    out.fout(
                        Code::AlgoritmeIdOngeldig,
                        self.at(),
                        format!(
                            "Bij {} staat \"{}\". Vul de 8 cijfers van het Algoritme-ID in, of de link https://algoritmes.overheid.nl/nl/algoritme/<id>.",
                            self.what,
                            text::quote(&s)
                        ),
                    );
                    Val::Bad
                }
            },
            other => other.map(Cow::into_owned),
        }
    }
}

/// `12345670` or `https://algoritmes.overheid.nl/nl/algoritme/12345670...`:
/// the 8 digits, whether or not their check digit is right
/// ([`check_digit_ok`] says that).
pub fn parse_algorithm_id(s: &str) -> Option<String> {
    let eight = |t: &str| (t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.to_owned());
    if let Some(id) = eight(s.trim()) {
        return Some(id);
    }
    let rest = s
        .trim()
        .strip_prefix("https://")
        .or_else(|| s.trim().strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let path = rest.strip_prefix("algoritmes.overheid.nl/")?;
    let mut parts = path.split(['/', '?', '#']).skip_while(|p| *p != "algoritme").skip(1);
    parts.find_map(|p| eight(p).or_else(|| p.rsplit('-').next().and_then(eight)))
}

/// Whether `id` can be an Algoritme-ID of the register: exactly 8 ASCII
/// digits, the first seven 1 to 9, and the eighth the check digit
/// (3·(d1+d3+d5+d7) + d2+d4+d6) mod 10. This is the register's own rule
/// (`generate_upc` and `validate_upc` in MinBZK/Algoritmeregister,
/// `backend/app/util/upc.py`), which makes the first seven digits 1 to 9:
/// one mistyped digit always breaks it.
pub fn check_digit_ok(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: [u32; 8] = std::array::from_fn(|i| u32::from(b[i] - b'0'));
    if d[..7].contains(&0) {
        return false;
    }
    (3 * (d[0] + d[2] + d[4] + d[6]) + d[1] + d[3] + d[5]) % 10 == d[7]
}

/// A cell's value as the organisation wrote it, kept to give the sheet back
/// (`terugmelding`): what could not be read comes back as it was typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
}

impl Written {
    /// The value of a cell; `None` for an empty one. A date cell that is no
    /// date comes back as its number; a formula error as its text (`#REF!`).
    pub fn of(data: &Data) -> Option<Written> {
        Some(match data {
            Data::Empty => return None,
            Data::String(s) if s.trim().is_empty() => return None,
            Data::String(s) => Written::Text(s.clone()),
            Data::Int(i) => Written::Number(*i as f64),
            Data::Float(f) => Written::Number(*f),
            Data::Bool(b) => Written::Bool(*b),
            Data::DateTime(dt) => {
                let date = super::workbook::guarded(|| dt.as_datetime()).ok().flatten();
                match date {
                    Some(t) if dt.is_datetime() => Written::Date(t.date()),
                    _ => Written::Number(dt.as_f64()),
                }
            }
            Data::DateTimeIso(s) => text::parse_date(s).map_or_else(|| Written::Text(s.clone()), Written::Date),
            Data::DurationIso(s) => Written::Text(s.clone()),
            Data::Error(e) => Written::Text(e.to_string()),
        })
    }
}

/// A value as a person would see it in the cell, for messages.
pub fn shown(data: &Data) -> String {
    match data {
        Data::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    }
}

/// A stand-in for a shielded (`volledig`) ID: equal IDs give equal stand-ins,
/// but the ID itself cannot be read back from it.
pub fn shielded_id(org_key: &str, id: &str) -> String {
    let digest = Sha256::digest(format!("{org_key}\u{0}{}", text::key(id)).as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("afgeschermd-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(data: &Data) -> Cell<'_> {
        static SHEET: std::sync::LazyLock<Location> =
            std::sync::LazyLock::new(|| Location::file("x.xlsx").sheet("Algoritmen"));
        Cell {
            data,
            sheet: &SHEET,
            row: 6,
            col: 5,
            what: "de datum",
            kwartaal: Quarter::parse("2026-Q1").unwrap(),
        }
    }

    /// calamine's `as_datetime` panics on a date cell far out of range
    /// (chrono's `TimeDelta::milliseconds(i64::MIN)`): the cell is then no date.
    #[test]
    fn a_date_cell_far_out_of_range_is_no_date() {
        let mut f = Bevindingen::default();
        let far = calamine::ExcelDateTime::new(-1e300, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell(&Data::DateTime(far)).date(&mut f, false), Val::Bad);
        assert_eq!(f.0.len(), 1);
    }

    #[test]
    fn dates_from_text_numbers_and_quarters() {
        let mut f = Bevindingen::default();
        let d = |y, m, dd| Val::Ok(NaiveDate::from_ymd_opt(y, m, dd).unwrap());
        assert_eq!(
            cell(&Data::String("31-12-2025".into())).date(&mut f, false),
            d(2025, 12, 31)
        );
        assert_eq!(
            cell(&Data::String("Q4 2025".into())).date(&mut f, true),
            d(2025, 12, 31)
        );
        assert_eq!(cell(&Data::Float(45838.0)).date(&mut f, false), d(2025, 6, 30));
        assert_eq!(
            cell(&Data::DateTimeIso("2025-06-30".into())).date(&mut f, false),
            d(2025, 6, 30)
        );
        assert_eq!(cell(&Data::String("   ".into())).date(&mut f, false), Val::Empty);
        assert!(f.0.is_empty());
        assert_eq!(cell(&Data::String("Q4 2025".into())).date(&mut f, false), Val::Bad);
        assert_eq!(cell(&Data::String("31-12-1899".into())).date(&mut f, false), Val::Bad);
        assert_eq!(
            cell(&Data::Error(calamine::CellErrorType::Ref)).date(&mut f, false),
            Val::Bad
        );
        let codes: Vec<_> = f.0.iter().map(|x| x.code).collect();
        assert_eq!(codes, [Code::DatumOngeldig, Code::DatumOngeldig, Code::CelFout]);
        assert!(f.0[2].message.contains("#REF!"), "{}", f.0[2].message);
    }

    #[test]
    fn the_example_dates_are_those_of_the_quarter_at_hand() {
        for (q, with_quarter, without) in [
            (
                "2026-Q1",
                "31-03-2026, 2026-03-31 of 2026-Q1",
                "31-03-2026 of 2026-03-31",
            ),
            (
                "2025-Q3",
                "30-09-2025, 2025-09-30 of 2025-Q3",
                "30-09-2025 of 2025-09-30",
            ),
        ] {
            let mut f = Bevindingen::default();
            let data = Data::String("morgen".into());
            let cell = Cell {
                kwartaal: Quarter::parse(q).unwrap(),
                ..cell(&data)
            };
            assert_eq!(cell.date(&mut f, true), Val::Bad);
            assert_eq!(cell.date(&mut f, false), Val::Bad);
            let messages: Vec<&str> = f.0.iter().map(|b| b.message.as_str()).collect();
            assert!(
                messages[0].ends_with(&format!("Schrijf bijvoorbeeld {with_quarter}.")),
                "{messages:?}"
            );
            assert!(
                messages[1].ends_with(&format!("Schrijf bijvoorbeeld {without}.")),
                "{messages:?}"
            );
        }
    }

    #[test]
    fn written_values_come_back_as_typed() {
        assert_eq!(
            Written::of(&Data::String("klaar".into())),
            Some(Written::Text("klaar".into()))
        );
        assert_eq!(Written::of(&Data::String("  ".into())), None);
        assert_eq!(Written::of(&Data::Int(12)), Some(Written::Number(12.0)));
        assert_eq!(
            Written::of(&Data::DateTimeIso("2025-06-30".into())),
            Some(Written::Date(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()))
        );
        assert_eq!(
            Written::of(&Data::Error(calamine::CellErrorType::Ref)),
            Some(Written::Text("#REF!".into()))
        );
    }

    #[test]
    fn algorithm_ids() {
        assert_eq!(parse_algorithm_id("11136893").as_deref(), Some("11136893"));
        assert_eq!(
            parse_algorithm_id("https://algoritmes.overheid.nl/nl/algoritme/11136893").as_deref(),
            Some("11136893")
        );
        assert_eq!(
            parse_algorithm_id("https://algoritmes.overheid.nl/nl/algoritme/woz-waardering-11136893/").as_deref(),
            Some("11136893")
        );
        assert_eq!(parse_algorithm_id("1234567"), None);
        assert_eq!(parse_algorithm_id("https://example.org/nl/algoritme/11136893"), None);
    }

    /// An Algoritme-ID made as the register makes one: seven digits 1 to 9
    /// and the check digit (3·(d1+d3+d5+d7) + d2+d4+d6) mod 10.
    fn with_check_digit(seven: [u8; 7]) -> String {
        let d = seven.map(u32::from);
        let check = (3 * (d[0] + d[2] + d[4] + d[6]) + d[1] + d[3] + d[5]) % 10;
        seven
            .iter()
            .map(|x| char::from(b'0' + x))
            .chain([char::from_digit(check, 10).unwrap()])
            .collect()
    }

    /// The register's rule (MinBZK/Algoritmeregister, `backend/app/util/upc.py`):
    /// one digit mistyped, in any of the 8 places and to any other digit,
    /// never gives an Algoritme-ID that passes.
    #[test]
    fn one_mistyped_digit_always_fails_the_check_digit() {
        // Seven digits 1 to 9 from a small generator, plus the sample's real IDs.
        let mut seed = 7u32;
        let mut ids: Vec<String> = (0..40)
            .map(|_| {
                with_check_digit(std::array::from_fn(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    1 + ((seed >> 16) % 9) as u8
                }))
            })
            .collect();
        ids.extend(["11111115", "99999995", "12345670"].map(String::from));
        for real in ["94365896", "57398440", "41914566", "11136893", "21421626"] {
            assert_eq!(
                with_check_digit(std::array::from_fn(|i| real.as_bytes()[i] - b'0')),
                real
            );
            ids.push(real.to_owned());
        }
        for id in &ids {
            assert!(check_digit_ok(id), "{id}");
            for place in 0..8 {
                for digit in b'0'..=b'9' {
                    let mut typo = id.clone().into_bytes();
                    if typo[place] == digit {
                        continue;
                    }
                    typo[place] = digit;
                    let typo = String::from_utf8(typo).unwrap();
                    assert!(!check_digit_ok(&typo), "{id} mistyped as {typo} passes");
                }
            }
        }
    }

    #[test]
    fn only_eight_digits_one_to_nine_and_the_check_digit_pass() {
        assert!(check_digit_ok("12345670"));
        for bad in [
            "",
            "1234567",
            "123456701",
            "1234567a",
            "1234 670",
            " 12345670",
            "12345670 ",
            "１２３４５６７０",
            "-2345670",
            "12345678",
        ] {
            assert!(!check_digit_ok(bad), "{bad:?}");
        }
        // A 0 in places 1 to 7 fails, also with the check digit of the formula.
        for place in 0..7 {
            let mut seven = [1, 2, 3, 4, 5, 6, 7];
            seven[place] = 0;
            let id = with_check_digit(seven);
            assert!(!check_digit_ok(&id), "{id}");
        }
    }

    #[test]
    fn an_algorithm_id_with_a_wrong_check_digit_is_a_fout_at_its_cell() {
        let sheet = Location::file("x.xlsx").sheet("Algoritmen");
        let read = |data: &Data| {
            let mut f = Bevindingen::default();
            let cell = Cell {
                data,
                sheet: &sheet,
                row: 1,
                col: 7,
                what: "het Algoritme-ID",
                kwartaal: Quarter::parse("2026-Q1").unwrap(),
            };
            (cell.algorithm_id(&mut f), f.0)
        };
        let (ok, f) = read(&Data::String(
            "https://algoritmes.overheid.nl/nl/algoritme/41914566".into(),
        ));
        assert_eq!((ok, f.len()), (Val::Ok("41914566".to_owned()), 0));
        for (data, start) in [
            (
                Data::String("41914576".into()),
                "Bij het Algoritme-ID staat \"41914576\".",
            ),
            (Data::Float(41_914_576.0), "Bij het Algoritme-ID staat \"41914576\"."),
            (
                Data::String("https://algoritmes.overheid.nl/nl/algoritme/telefonisch-innen-41914576".into()),
                "In de link bij het Algoritme-ID staat het nummer \"41914576\".",
            ),
        ] {
            let (val, f) = read(&data);
            assert_eq!(val, Val::Bad);
            assert_eq!(f.len(), 1, "{f:?}");
            assert_eq!(
                (f[0].code, f[0].severity),
                (Code::AlgoritmeIdOngeldig, crate::bevinding::Ernst::Fout)
            );
            assert_eq!(f[0].location, sheet.cell(text::cell_ref(1, 7)));
            assert!(f[0].message.starts_with(start), "{}", f[0].message);
            assert!(f[0].message.contains("controlecijfer"), "{}", f[0].message);
        }
    }

    #[test]
    fn numbers_read_as_text_and_shielding_is_stable() {
        let mut f = Bevindingen::default();
        assert_eq!(cell(&Data::Float(12.0)).text(&mut f), Val::Ok("12".to_owned()));
        assert_eq!(shielded_id("POL", "A-1"), shielded_id("POL", " a-1 "));
        assert_ne!(shielded_id("POL", "A-1"), shielded_id("POL", "A-2"));
        assert!(!shielded_id("POL", "GEHEIM-7").contains("GEHEIM"));
    }
}
