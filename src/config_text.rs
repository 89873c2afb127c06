//! What `repdash config` prints: every setting, its value and what decided it, in the
//! reader's words (the keys are the config file's own, so they stay as it spells them).

use std::fmt::Write as _;

use crate::config::Settings;

/// What decided a setting, in the reader's words; a variable (`NO_COLOR`) is named as it is
/// typed.
fn decided_by(from: &str) -> String {
    match from {
        "default" => crate::tr!("cfg-default"),
        "default (current directory)" => crate::tr!("cfg-default-here"),
        "config file" => crate::tr!("cfg-file"),
        "command line" => crate::tr!("cfg-command-line"),
        "command line or environment" => crate::tr!("cfg-command-line-or-env"),
        "locale" => crate::tr!("cfg-locale"),
        other => other.to_string(),
    }
}

impl Settings {
    /// The text `repdash config` prints.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        let path = self.path.as_ref().map(|p| p.display().to_string());
        let exists = self.path.as_ref().is_some_and(|p| p.exists());
        let head = match (path, exists) {
            (None, _) => crate::tr!("cfg-no-dir"),
            (Some(path), true) => crate::tr!("cfg-path", path = path),
            (Some(path), false) => crate::tr!("cfg-path-absent", path = path),
        };
        let _ = writeln!(out, "{head}");
        let data = self.data_dir.0.as_ref().map_or_else(
            || crate::data::model::i18n::origin_here(crate::data::model::i18n::EMBEDDED_ORIGIN),
            |p| p.display().to_string(),
        );
        let by = decided_by;
        let _ = writeln!(out, "data_dir   = {data}  [{}]", by(self.data_dir.1));
        let _ = writeln!(out, "range      = {}  [{}]", self.range.0, by(self.range.1));
        let _ = writeln!(out, "theme      = {}  [{}]", self.theme.0, by(self.theme.1));
        let _ = writeln!(out, "mouse      = {}  [{}]", self.mouse.0, by(self.mouse.1));
        let dir = self.export_dir.0.display();
        let _ = writeln!(out, "export_dir = {dir}  [{}]", by(self.export_dir.1));
        self.describe_copy(&mut out);
        out
    }

    /// The copy key's two settings, `since` and `lang`, for [`Settings::describe`].
    fn describe_copy(&self, out: &mut String) {
        let by = decided_by;
        let (on, from) = self.clipboard;
        let _ = writeln!(out, "clipboard  = {on}  [{}]", by(from));
        let (format, from) = self.copy_format;
        let _ = writeln!(out, "copy_format = {}  [{}]", format.key(), by(from));
        let (since, from) = &self.since;
        let since = since
            .as_deref()
            .map_or_else(|| crate::tr!("cfg-none"), crate::data::model::text::shown);
        let _ = writeln!(out, "since      = {since}  [{}]", by(from));
        let (lang, from) = self.lang;
        let _ = writeln!(out, "lang       = {}  [{}]", lang.code(), by(from));
    }
}
