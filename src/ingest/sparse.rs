//! The non-empty cells of one sheet, kept sparse and within limits, so that a
//! sheet declaring `A1:XFD1048576`, or a zip bomb, cannot exhaust memory.

use calamine::Data;

/// Limits on what one file may cost. Configurable from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_file_bytes: u64,
    /// Largest total size of a workbook's parts once unpacked, in bytes.
    pub max_unpacked_bytes: u64,
    /// Most non-empty cells kept per sheet.
    pub max_cells: usize,
    /// Columns read per sheet (`A` up to this many); cells further right are ignored.
    pub max_columns: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 25 << 20,
            max_unpacked_bytes: 250 << 20,
            max_cells: 1_000_000,
            max_columns: 100,
        }
    }
}

/// Why a sheet was not read to the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cut {
    /// More than `max_cells` non-empty cells: rows from `row` on were not read.
    TooManyCells { row: u32 },
}

/// One kept cell: its (row, column) and value.
pub type Entry = ((u32, u32), Data);

/// Non-empty cells sorted by (row, column).
#[derive(Debug, Clone, Default)]
pub struct Cells {
    cells: Vec<Entry>,
    /// Cells right of the last column read were seen and ignored.
    pub ignored_right: bool,
    pub cut: Option<Cut>,
}

fn blank(d: &Data) -> bool {
    match d {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

impl Cells {
    /// Collects cells from any source, applying the limits. Cells may come
    /// in any order; they are sorted at the end.
    pub fn collect(source: impl IntoIterator<Item = Entry>, limits: &Limits) -> Cells {
        let mut out = Cells::default();
        for ((row, col), value) in source {
            if value == Data::Empty {
                continue;
            }
            if col >= limits.max_columns {
                out.ignored_right = true;
                continue;
            }
            if out.cells.len() >= limits.max_cells {
                out.cut = Some(Cut::TooManyCells { row });
                break;
            }
            out.cells.push(((row, col), value));
        }
        out.cells.sort_by_key(|(pos, _)| *pos);
        out.cells.dedup_by_key(|(pos, _)| *pos);
        out
    }

    pub fn get(&self, row: u32, col: u32) -> Option<&Data> {
        self.cells
            .binary_search_by_key(&(row, col), |(pos, _)| *pos)
            .ok()
            .map(|i| &self.cells[i].1)
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Every cell, by row and then column.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.cells.iter()
    }

    /// The cells of one row, left to right.
    pub fn row(&self, row: u32) -> &[Entry] {
        let start = self.cells.partition_point(|((r, _), _)| *r < row);
        let end = self.cells.partition_point(|((r, _), _)| *r <= row);
        &self.cells[start..end]
    }

    /// The rows below `after` that hold something other than white space,
    /// each with its cells.
    pub fn rows_after(&self, after: u32) -> impl Iterator<Item = (u32, &[Entry])> {
        let start = self.cells.partition_point(|((r, _), _)| *r <= after);
        self.cells[start..]
            .chunk_by(|a, b| a.0.0 == b.0.0)
            .filter(|cells| !cells.iter().all(|(_, d)| blank(d)))
            .map(|cells| (cells[0].0.0, cells))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_lookup_rows_and_limits() {
        let limits = Limits {
            max_cells: 4,
            max_columns: 5,
            ..Limits::default()
        };
        let source = vec![
            ((1_048_575, 2), Data::String("ver weg".into())),
            ((0, 0), Data::String("a".into())),
            ((0, 9), Data::String("te ver rechts".into())),
            ((2, 1), Data::String("  ".into())),
            ((3, 1), Data::Float(1.0)),
        ];
        let cells = Cells::collect(source.clone(), &limits);
        assert_eq!(cells.len(), 4);
        assert!(cells.ignored_right);
        assert_eq!(cells.cut, None);
        assert_eq!(cells.get(0, 0), Some(&Data::String("a".into())));
        assert_eq!(cells.get(1_048_575, 2), Some(&Data::String("ver weg".into())));
        assert_eq!(cells.get(0, 1), None);
        let rows: Vec<u32> = cells.rows_after(0).map(|(r, _)| r).collect();
        assert_eq!(rows, [3, 1_048_575], "the white-space row 2 is blank");

        let tight = Limits { max_cells: 2, ..limits };
        assert_eq!(Cells::collect(source, &tight).cut, Some(Cut::TooManyCells { row: 2 }));
    }
}
