//! `validate`: rows to counted rows and findings. One test per finding
//! code, and one cause giving one finding.

mod findings;
mod one_cause;
