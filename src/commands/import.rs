//! `import`: a long table merged into the month files, all or nothing, and what changed
//! said in the reader's words.

use std::path::Path;

use super::{CommandError, Done, Outcome};

/// `import`: merge a long table into snapshot files and report what changed.
pub fn import(file: &Path, into: &Path) -> Outcome {
    let changes = crate::data::output::csv::import::import(file, into)
        .map_err(|e| CommandError::Failed(crate::tr!("er-import", why = e.to_string())))?;
    let added: usize = changes.iter().map(|c| c.added).sum();
    let dups: usize = changes.iter().map(|c| c.duplicates).sum();
    let mut out = String::new();
    for c in changes.iter().filter(|c| c.added > 0 || c.duplicates > 0) {
        let state = match (c.added, c.new_file) {
            (0, _) => "unchanged",
            (_, true) => "new",
            _ => "updated",
        };
        let (month, n, dups) = (
            c.month.to_string(),
            c.added.to_string(),
            c.duplicates.to_string(),
        );
        let line = crate::tr!(
            "imp-month",
            month = month,
            n = n,
            dups = dups,
            state = state
        );
        out.push_str(&format!("{line}\n"));
    }
    let files = changes.iter().filter(|c| c.added > 0).count().to_string();
    let (added, dups) = (added.to_string(), dups.to_string());
    let total = crate::tr!("imp-total", n = added, files = files, dups = dups);
    out.push_str(&format!("{total}\n"));
    Ok(Done::ok(out))
}
