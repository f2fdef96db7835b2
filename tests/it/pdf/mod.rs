//! `pdf`: the PDF reports the real typst made, read back. Both reports,
//! "Aandacht nodig" and the path to the deadline ("Op koers").

mod aandacht;
mod ai_verordening;
mod prognose;
mod reports;
