//! algoreg: quarterly and annual figures on publication in the Dutch
//! Algorithm Register, from the status sheets organisations send in.
//!
//! # Stage order
//!
//! Data flows one way. A module may use the modules above it in this list,
//! never one below it; `tests/architecture.rs` reads every `use crate::` of
//! `src/` and fails on a use against this order or on two files that use
//! each other.
//!
//! 1. `text` — keys, dates and cell names: the helpers every stage shares
//! 2. `model` — the sheet's vocabulary: quarter, category, status, exception, phase
//! 3. `maat` — what the figures count: maat, groep, deadlines
//! 4. `bevinding` — the bevinding: ernst, code, place, organisation, message; their one order
//! 5. `organisaties` — `organisaties.csv`: who is expected to send a sheet
//! 6. `ingest` — files to typed rows that remember their cells
//! 7. `statusoverzicht` — the status sheet's layout: sheets, labels, columns, notes, and how cells are placed
//! 8. `config` — the checked configuration of a batch
//! 9. `validate` — rows to counted rows and bevindingen
//! 10. `history` — earlier quarters: mutaties, planning, carry-forward, earlier sheets
//! 11. `reconcile` — the register's download: the afstemming
//! 12. `kwaliteit` — the register's descriptions against the publication standard: what the public reads
//! 13. `aggregate` — counted rows to cijfers and totalen (polars)
//! 14. `cijfers` — the figures document (`cijfers-<kwartaal>.json`), built once
//! 15. `pipeline` — one quarter through every stage above: the `Report`
//! 16. `terugmelding` — per organisation what goes back: its sheet placed, the mail text, the chase list
//! 17. `manifest` — which inputs made which outputs
//! 18. `output` — writing whole or not at all: lock and staging folder
//! 19. `export` — the one trait every output implements, and the JSON
//! 20. `console` — what a run prints
//! 21. `excel` — the workbooks
//! 22. `pdf` — the PDF reports
//! 23. `cli` — the command line, as clap definitions
//! 24. `commands` — one module per subcommand
//!
//! # Naming
//!
//! One word per concept. Domain words that users read are Dutch, and the
//! same word in the code, the JSON and the reports: maat, cijfer, totaal,
//! groep, bevinding, afstemming, mutatie, peildatum, organisatie. Machinery
//! is English: stage verbs (ingest, validate, reconcile, aggregate), reader,
//! writer, index, chunk, limits, source, staging.

pub mod text;
pub mod model;
pub mod maat;
pub mod bevinding;
pub mod organisaties;
pub mod ingest;
pub mod statusoverzicht;
pub mod config;
pub mod validate;
pub mod history;
pub mod reconcile;
pub mod kwaliteit;
pub mod aggregate;
pub mod cijfers;
pub mod pipeline;
pub mod terugmelding;
pub mod manifest;
pub mod output;
pub mod export;
pub mod console;
pub mod excel;
pub mod pdf;
pub mod cli;
pub mod commands;
