//! algoreg: quarterly and annual figures on publication in the Dutch
//! Algorithm Register, from the status sheets organisations send in.
//!
//! # Stage order
//!
//! Data flows one way. A module may use the modules above it in this list,
//! never one below it; `tests/it/repo/architecture.rs` reads every path (`crate::`, `super::`, `self::`, a child by name) of
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
//! 11. `register` — the register's downloads (CSV export, history, Excel) read, versions folded to what the public saw at the peildatum
//! 12. `reconcile` — the quarter against the register: the afstemming
//! 13. `kwaliteit` — the register's descriptions against the publication standard: what the public reads
//! 14. `aggregate` — counted rows to cijfers and totalen (polars)
//! 15. `prognose` — after the counts: the path to the deadline and the expectation before it, the backlog after it (`achterstand`)
//! 16. `cijfers` — the figures document (`cijfers-<kwartaal>.json`), built once
//! 17. `pipeline` — one quarter through every stage above: the `Report`
//! 18. `terugmelding` — per organisation what goes back: its sheet placed, the mail text, the chase list
//! 19. `manifest` — which inputs made which outputs
//! 20. `output` — writing whole or not at all: lock and staging folder
//! 21. `export` — the one trait every output implements, and the JSON
//! 22. `console` — what a run prints
//! 23. `excel` — the workbooks
//! 24. `pdf` — the PDF reports
//! 25. `cli` — the command line, as clap definitions
//! 26. `commands` — one module per subcommand
//!
//! # Glossary
//!
//! One word per concept. Words that users read are Dutch, and the code, the
//! JSON and the reports use the same word; machinery is English (stage verbs
//! ingest, validate, reconcile, aggregate; reader, writer, index, chunk,
//! limits, source, staging). The last column is where the thing lives.
//!
//! | word | what it is | code |
//! |---|---|---|
//! | statusoverzicht | the Excel sheet an organisation sends each quarter: `Organisatie` and `Algoritmen` | `statusoverzicht`, read by `ingest` |
//! | sjabloon | an empty or prefilled statusoverzicht to fill in (the command `sjabloon`, once `template`) | `excel::sjabloon`, `statusoverzicht::sjabloon`, `commands::sjabloon` |
//! | invulling | a statusoverzicht's cells placed where they go back | `statusoverzicht::Invulling` |
//! | organisatie | one line of `organisaties.csv` | `organisaties::Organisatie`, the list `OrganisatieLijst` |
//! | kwartaal | a quarter, `2025-Q2`; its folder holds the sheets | `model::Quarter` |
//! | peildatum | the day a sheet or a quarter describes | `Batch::peildatum` |
//! | batch | one quarter's sheets after validation: counted rows, excluded rows, the sheets that count | `validate::Batch` |
//! | bevinding | a problem with its place (file, sheet, cell) and ernst (fout, waarschuwing, info) | `bevinding::Bevinding`; a stage returns them in a `StageOutput` |
//! | report | one quarter through every stage: what every command and output takes | `pipeline::Report` |
//! | maat | what a figure counts (gepubliceerd, verplicht, achterstallig, ...) | `maat::Maat` |
//! | cijfer, totaal, groep | a maat per organisation and category; summed per groep (ministerie, Totaal, Toezichthouders) | `aggregate::Cijfer`, `Totaal`, `maat::Groep`; together `aggregate::Telling` |
//! | vorig kwartaal | the nearest earlier quarter, counted, as far as the comparison needs it | `aggregate::Vorig` |
//! | cijfers | the figures document of a quarter (`cijfers-<kwartaal>.json`) | `cijfers::Cijfers` |
//! | scope, plicht | which categories a count covers: A, B, C or all (`Scope`); the mandatory ones, A, B or both (`Plicht`) | `maat` |
//! | mutatie | what happened to one algorithm since the previous quarter | `history::Wijziging`, counted in `Mutaties` |
//! | planning | the previous quarter's plans measured against this one | `history::Planning` |
//! | prognose | the planned path to the deadline and the expectation from it (the PDF section "Op koers naar de deadline?" shows it) | `prognose::Prognose` |
//! | achterstand | after a deadline: published before it, `ingehaald` after it, still open, the `tempo` and the quarter it is expected to be gone (the PDF section "Na de deadline") | `prognose::Achterstand` |
//! | vooruitzicht | a quarter's prognose and achterstand together: the output of the stage `prognose` | `prognose::Vooruitzicht` |
//! | deadline, doel | the Kamer's date per category (`--deadline-a/-b`); a ministry's own date for a category (`doelen.csv`); the AI Act's date for the EU database (`--deadline-eu`) | `maat::Deadlines`, `maat::Doelen`, `maat::deadline_eu_standaard` |
//! | EU-databank, grondrechtentoets | the AI Act's duties for category A: registered in the EU database, the fundamental-rights assessment; two optional columns, counted in eight maten, a warning from `--deadline-eu` on | `model::EuDatabank`, `model::Grondrechtentoets`, `Maat::EU`, `Maat::GRONDRECHTENTOETS`, `validate::eu` |
//! | verloop | published per earlier quarter, for the chart | `history::Verloop`, `config::Verloop` |
//! | voortgang | the quarterly report (`voortgang-<kwartaal>.pdf` and `.xlsx`) | `pdf::voortgang`, `excel::book` |
//! | jaarrapportage | the annual report | `pdf::jaarrapportage`, `excel::jaarrapportage` |
//! | download | a file the Algorithm Register offers: the CSV export, the history download or the Excel download (`Soort`), read | `register::Download` |
//! | versie | one published version of an algorithm in the register; the one that counts is the latest the public saw at the peildatum | `register::Versie`, folded into `register::RegisterRecord` |
//! | afstemming | the quarter compared with the register's download | `reconcile::Afstemming` |
//! | kwaliteit | the register's descriptions against the publication standard | `kwaliteit::Kwaliteit` |
//! | terugmelding, melding | what goes back to the organisations; one organisation's part of it | `terugmelding::Terugmelding`, `Melding` |
//! | ronde | one `terugmelding` of a quarter (`ronde-N/`): only for the organisations whose file, findings or state changed since the last | `terugmelding::ronde` |
//! | toestand | where an organisation stands: verbeteren, gecontroleerd met opmerkingen, goedgekeurd, niet ontvangen, ontvangen | `terugmelding::Toestand` |
//! | doelgroep | who can act on a finding: the organisation, or only the coordinator (never in a mail or returned sheet) | `bevinding::Doelgroep` |
//! | bevestiging | a warning the organisation confirmed (`Klopt zo?` = ja on the returned sheet) | `ingest::bevestiging` |
//! | registerwijzigingen | what changed in the register in a quarter: first published, updated, category changed (history download) | `reconcile::Registerwijzigingen` |
//! | sectie | one part of a PDF report (a heading and what is under it) | `pdf::voortgang::*Sectie` |
//! | manifest | which inputs (with SHA-256) and options made which outputs | `manifest::Manifest` |
//! | exporter | one output of a quarterly run, rendered in memory | `export::Exporter` |

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
pub mod register;
pub mod reconcile;
pub mod kwaliteit;
pub mod aggregate;
pub mod prognose;
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
