//! A CSV file read by header name, whose rows can say where a problem is ("roles.csv row 12, column Skill Level").

use super::parse_csv;
use crate::framework::Problem;
use crate::load::csv::Record;

/// A CSV file with a header row.
pub struct Table {
    file: String,
    header: Vec<String>,
    records: Vec<Record>,
}

/// One data row of a [`Table`].
pub struct Row<'a> {
    table: &'a Table,
    /// 1-based row number counting the header as row 1, as a spreadsheet shows it.
    number: usize,
    record: &'a Record,
}

impl Table {
    /// Reads `text`; reports a problem and returns `None` if it is not CSV or lacks a required column.
    pub fn read(
        file: &str,
        text: &str,
        required: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Option<Table> {
        let mut records = match parse_csv(file, text) {
            Ok(records) => records,
            Err(problem) => {
                problems.push(problem);
                return None;
            }
        };
        if records.is_empty() {
            problems.push(Problem::new(file, "the file is empty"));
            return None;
        }
        let header: Vec<String> = records
            .remove(0)
            .fields
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !header.iter().any(|h| h == c))
            .collect();
        if !missing.is_empty() {
            problems.push(Problem::new(
                format!("{file} row 1"),
                format!("missing column(s): {}", missing.join(", ")),
            ));
            return None;
        }
        Some(Table {
            file: file.into(),
            header,
            records,
        })
    }

    /// The data rows, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().enumerate().map(move |(i, record)| Row {
            table: self,
            number: i + 2,
            record,
        })
    }
}

impl<'a> Row<'a> {
    /// The field under `column`, or "" where the row is short.
    pub fn get(&self, column: &str) -> &'a str {
        self.table
            .header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.record.fields.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// True when every field of the row is empty or spaces (a spreadsheet's `,,,,` line).
    pub fn is_blank(&self) -> bool {
        self.record.fields.iter().all(|f| f.trim().is_empty())
    }

    /// A problem placed at this row and `column`.
    pub fn problem(&self, column: &str, reason: impl Into<String>) -> Problem {
        Problem::new(
            format!(
                "{} row {} (line {}), column \"{column}\"",
                self.table.file, self.number, self.record.line
            ),
            reason,
        )
    }
}
