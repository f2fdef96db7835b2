//! The Excel products: the quarterly workbook (`voortgang-<kwartaal>.xlsx`),
//! the annual workbook (`jaarrapportage-<jaar>.xlsx`) and the status-sheet
//! template organisations fill in.

pub mod book;
pub mod cell;
pub mod history;
pub mod invullen;
pub mod jaarrapportage;
pub mod kwaliteit;
pub mod layout;
pub mod package;
pub mod prognose;
pub mod publicaties;
pub mod reconcile;
pub mod sheets;
pub mod tables;
pub mod sjabloon;
pub mod terugmelding;
pub mod words;

pub use book::ExcelExporter;
