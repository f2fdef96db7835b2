//! `pdf`: the PDF reports the real typst made, read back. Both reports,
//! "Aandacht nodig" and the path to the deadline ("Op koers"); one truth:
//! every maat the same in PDF and workbook (`een_waarheid`).

mod aandacht;
mod ai_verordening;
mod een_waarheid;
mod prognose;
mod reports;
