//! A mail draft (`.eml`) for one organisation: its addresses, the subject
//! and text of the mail, and the returned workbook attached; Outlook and
//! Thunderbird open it as a draft to send. The same inputs give the same
//! bytes: the date, the Message-ID and the MIME boundary come from the inputs.

use chrono::NaiveDate;
use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::date::Date;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use sha2::{Digest, Sha256};

/// The MIME type of an `.xlsx` workbook.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What one draft holds.
#[derive(Debug, Clone, Copy)]
pub struct Concept<'a> {
    pub aan: &'a [String],
    pub onderwerp: &'a str,
    /// The plain text, without the subject line.
    pub tekst: &'a str,
    /// The returned workbook: its file name and bytes.
    pub bijlage: Option<(&'a str, &'a [u8])>,
    /// The `Date` header (the mail program sets its own when sending).
    pub datum: NaiveDate,
}

/// The draft's file name beside the mail text: `IND-2026-Q1.eml`.
pub fn file_name(mail_name: &str) -> String {
    format!("{}.eml", mail_name.strip_suffix(".txt").unwrap_or(mail_name))
}

/// The bytes of the `.eml` file.
pub fn eml(c: &Concept) -> Vec<u8> {
    let hash = fingerprint(c);
    let message_id = format!("{}@algoreg.invalid", &hash[..32]);
    let timestamp = c.datum.and_hms_opt(9, 0, 0).map_or(0, |d| d.and_utc().timestamp());
    let text = MimePart::new("text/plain", c.tekst);
    let body = match c.bijlage {
        None => text,
        Some((name, bytes)) => MimePart::new(
            ContentType::new("multipart/mixed").attribute("boundary", format!("algoreg-{}", &hash[..40])),
            vec![text, MimePart::new(XLSX, bytes).attachment(name)],
        ),
    };
    let builder = MessageBuilder::new()
        .to(c.aan.iter().map(String::as_str).collect::<Vec<_>>())
        .subject(c.onderwerp)
        .message_id(message_id)
        .date(Date::new(timestamp))
        .header("X-Unsent", Raw::new("1"))
        .body(body);
    let mut out = Vec::new();
    builder.serialize(&mut out);
    out
}

/// SHA-256 over everything the draft holds, in hex: the source of the
/// Message-ID and the boundary, so that both are the same for the same
/// draft and differ between drafts.
fn fingerprint(c: &Concept) -> String {
    let mut h = Sha256::new();
    for part in [
        c.onderwerp.as_bytes(),
        c.tekst.as_bytes(),
        c.datum.to_string().as_bytes(),
    ] {
        h.update(part.len().to_le_bytes());
        h.update(part);
    }
    for a in c.aan {
        h.update(a.len().to_le_bytes());
        h.update(a.as_bytes());
    }
    if let Some((name, bytes)) = c.bijlage {
        h.update(name.as_bytes());
        h.update(bytes);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept<'a>(aan: &'a [String], bijlage: Option<(&'a str, &'a [u8])>) -> Concept<'a> {
        Concept {
            aan,
            onderwerp: "Statusoverzicht Algoritmeregister 2026-Q1: graag verbeteren",
            tekst: "Beste collega's van het Rijksinstituut voor Zeeën,\n\nDank u wel.\n",
            bijlage,
            datum: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        }
    }

    #[test]
    fn same_draft_same_bytes_and_no_clock() {
        let aan = vec!["a@ind.nl".to_owned(), "b@ind.nl".to_owned()];
        let book = [1u8, 2, 3, 250];
        let one = eml(&concept(&aan, Some(("IND-2026-Q1.xlsx", &book))));
        assert_eq!(one, eml(&concept(&aan, Some(("IND-2026-Q1.xlsx", &book)))));
        let text = String::from_utf8_lossy(&one);
        assert!(text.contains("X-Unsent: 1\r\n"), "{text}");
        assert!(text.contains("Date: Tue, 31 Mar 2026 09:00:00 +0000\r\n"), "{text}");
        assert!(text.contains("boundary=\"algoreg-"), "{text}");
        assert!(!text.contains("From:"), "{text}");
        // Another attachment is another draft: another Message-ID.
        let other = eml(&concept(&aan, Some(("IND-2026-Q1.xlsx", &book[..3]))));
        let id = |b: &[u8]| {
            let t = String::from_utf8_lossy(b).into_owned();
            t.lines().find(|l| l.starts_with("Message-ID:")).unwrap().to_owned()
        };
        assert_ne!(id(&one), id(&other));
        let plain = eml(&concept(&aan, None));
        assert!(!String::from_utf8_lossy(&plain).contains("multipart"));
    }

    #[test]
    fn dutch_characters_survive_the_subject_and_the_text() {
        let aan = vec!["a@zee.nl".to_owned()];
        let c = Concept {
            onderwerp: "Statusoverzicht Algoritmeregister 2026-Q1: Zeeën, Reïntegratie en Café",
            ..concept(&aan, None)
        };
        let bytes = eml(&c);
        assert!(bytes.is_ascii(), "{}", String::from_utf8_lossy(&bytes));
        let msg = mail_parser::MessageParser::default().parse(&bytes).unwrap();
        assert_eq!(msg.subject(), Some(c.onderwerp));
        assert_eq!(msg.body_text(0).unwrap().replace("\r\n", "\n"), c.tekst);
    }
}
