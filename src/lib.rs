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
//! 7. `config` — the checked configuration of a batch
//! 8. `validate` — rows to counted rows and bevindingen
//! 9. `history` — earlier quarters: mutaties, planning, carry-forward, earlier sheets
//! 10. `reconcile` — the register's export: the afstemming
//! 11. `kwaliteit` — the register's descriptions against the publication standard: what the public reads
//! 12. `aggregate` — counted rows to cijfers and totalen (polars)
//! 13. `cijfers` — the figures document (`cijfers-<kwartaal>.json`), built once
//! 14. `pipeline` — one quarter through every stage above
//! 15. `terugmelding` — per organisation what goes back: its sheet placed, the mail text, the chase list
//! 16. `manifest` — which inputs made which outputs
//! 17. `output` — writing whole or not at all: lock and staging folder
//! 18. `export` — the one trait every output implements, and the JSON
//! 19. `console` — what a run prints
//! 20. `excel` — the workbooks
//! 21. `pdf` — the PDF reports
//! 22. `cli` — the command line, as clap definitions
//! 23. `commands` — one module per subcommand
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
