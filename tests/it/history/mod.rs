//! `history`: earlier quarters. The changes between quarters and
//! `--carry-forward`, and the list of published algorithms (`publicaties`).

mod changes;
mod publicaties;
