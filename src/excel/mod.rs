//! The Excel products: the quarterly workbook (`voortgang-<kwartaal>.xlsx`),
//! the annual workbook (`jaarrapportage-<jaar>.xlsx`) and the status-sheet
//! template organisations fill in.

pub mod ai_verordening;
pub mod book;
pub mod cell;
pub mod grenzen;
pub mod history;
pub mod jaarrapportage;
pub mod kwaliteit;
pub mod layout;
pub mod package;
pub mod prognose;
pub mod publicaties;
pub mod reconcile;
pub mod sheets;
pub mod statusoverzicht;
pub mod tables;
pub mod sjabloon;
pub mod terugmelding;
pub mod words;

pub use book::ExcelExporter;
