//! `excel`: the workbooks, read back. The quarterly workbook (`book`), the
//! template (`template`, and `--alle` in `template_all`), the annual
//! workbook (`jaarrapportage`); `batch` is what the first two share.

mod batch;
mod book;
mod grenzen;
mod jaarrapportage;
mod sjabloon;
mod sjabloon_alle;
