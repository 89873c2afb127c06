//! One problem found in the data, located by file, line and field.

use std::fmt;

/// A validation or reading problem. Loading collects all of them instead of stopping at the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user would name it (relative to the data directory, or `embedded:`).
    pub file: String,
    /// 1-based line of the record in the file, when the problem is in one record.
    pub line: Option<u64>,
    /// The column involved, when one is.
    pub field: Option<String>,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl Problem {
    /// A problem with the file as a whole (name, encoding, emptiness).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            line: None,
            field: None,
            message: message.into(),
        }
    }

    /// A problem in one record, optionally in one field of it.
    pub fn at(file: &str, line: u64, field: Option<&str>, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_string(),
            line: Some(line),
            field: field.map(str::to_string),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line: field: message`, the form compilers use, so editors can jump to it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found while loading, so `check` can list them all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}\n{}", crate::tr!("pr-head", n = .0.len().to_string()), list(.0))]
pub struct Problems(pub Vec<Problem>);

/// How many problems any command lists; the rest are counted, so 200,000 bad rows make a
/// screenful and a count, not megabytes (fix the first ones and run again).
pub const MAX_LISTED: usize = 50;

fn list(problems: &[Problem]) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| format!("  {}", crate::data::model::text::clean(&p.to_string())))
        .collect();
    if problems.len() > MAX_LISTED {
        let n = (problems.len() - MAX_LISTED).to_string();
        lines.push(format!("  {}", crate::tr!("pr-and-more", n = n)));
    }
    lines.join("\n")
}
