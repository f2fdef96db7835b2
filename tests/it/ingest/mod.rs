//! `ingest`: files to typed rows. Hostile and broken files, fuzzing, and
//! what is never read (the text of a `volledig` row, the contact person).

mod fuzz;
mod hostile;
mod vertrouwelijk;
