//! `excel`: the workbooks, read back. The quarterly workbook, the template
//! (also `--alle`), and the annual workbook.

mod batch;
mod book;
mod jaarrapportage;
mod template;
mod template_all;
