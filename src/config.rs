//! Settings: built-in defaults, then the config file, then environment variables, then
//! command-line flags. `repdash config` shows the result and where each value came from.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::data::model::lang::Lang;
use crate::data::model::range_setting::RangeSetting;
use crate::data::output::clipboard::CopyFormat;
use crate::theme_name::ThemeName;

/// The config file as written by the user. Unknown keys are errors, not silently ignored.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Data directory to use instead of the embedded dataset.
    pub data_dir: Option<PathBuf>,
    /// Default month range: `last-12`, `last-36`, `all`, or `2023-01..2024-06`; checked when
    /// the file is read, so a bad one is an error naming its line.
    pub range: Option<RangeSetting>,
    /// `dark`, `light`, `colour-blind` or `no-colour`.
    pub theme: Option<ThemeName>,
    /// Mouse wheel scrolling (off keeps the terminal's own text selection working over SSH).
    pub mouse: Option<bool>,
    /// Where the dashboard writes exports.
    pub export_dir: Option<PathBuf>,
    /// The copy key's OSC 52 clipboard writes (default on; off for terminals that refuse them).
    pub clipboard: Option<bool>,
    /// How the copy key writes tables: `tsv` (default) or `md`.
    pub copy_format: Option<CopyFormat>,
    /// The version the dashboard marks revised figures against (`HEAD~1`, a tag, a date).
    pub since: Option<String>,
    /// The dashboard's language: `en`, `be` or `ru` (default: the locale's).
    pub lang: Option<Lang>,
}

/// The settings in force, each with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The config file's path (it may not exist).
    pub path: Option<PathBuf>,
    /// Data directory, `None` for the embedded dataset.
    pub data_dir: (Option<PathBuf>, &'static str),
    /// Default range.
    pub range: (RangeSetting, &'static str),
    /// Theme.
    pub theme: (ThemeName, &'static str),
    /// Mouse on or off.
    pub mouse: (bool, &'static str),
    /// Export directory.
    pub export_dir: (PathBuf, &'static str),
    /// Copy key on or off.
    pub clipboard: (bool, &'static str),
    /// TSV or Markdown for copied tables.
    pub copy_format: (CopyFormat, &'static str),
    /// The version revised figures are marked against, if any.
    pub since: (Option<String>, &'static str),
    /// The language texts are written in.
    pub lang: (Lang, &'static str),
}

/// Values given on the command line or in the environment, which win over the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--data` (clap already folds in `REPDASH_DATA`).
    pub data_dir: Option<PathBuf>,
    /// `--theme`.
    pub theme: Option<ThemeName>,
    /// `--no-mouse`.
    pub no_mouse: bool,
    /// `--export-dir`.
    pub export_dir: Option<PathBuf>,
    /// `--since`.
    pub since: Option<String>,
    /// `--lang`.
    pub lang: Option<Lang>,
    /// The language the locale names (`LC_ALL`, `LC_MESSAGES`, `LANG`), if any.
    pub locale_lang: Option<Lang>,
    /// Whether `NO_COLOR` is set (to anything non-empty).
    pub no_color_env: bool,
}

/// Where the config file lives: `REPDASH_CONFIG`, else the platform's config directory.
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("REPDASH_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("org", "repdash", "repdash")
        .map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file; a missing file is empty, a malformed one an error naming the line.
pub fn read_file(path: &Path) -> Result<ConfigFile, String> {
    use crate::data::load::bounded::{MAX_CONFIG_FILE, ReadError, read_regular};
    match read_regular(path, MAX_CONFIG_FILE) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("{}: is not UTF-8 text", path.display()))?;
            // toml quotes the offending line (more than once): each line of its message is cut.
            toml::from_str(&text).map_err(|e| {
                let brief: Vec<String> = e
                    .to_string()
                    .trim_end()
                    .lines()
                    .map(|l| crate::data::model::text::shown_up_to(l, 200))
                    .collect();
                format!("{}: {}", path.display(), brief.join("\n"))
            })
        }
        Err(ReadError::NotFound) => Ok(ConfigFile::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// A setting only the file can give: its value and where it came from.
fn from_file<T>(value: Option<T>, default: T) -> (T, &'static str) {
    match value {
        Some(v) => (v, "config file"),
        None => (default, "default"),
    }
}

/// The language: the flag, the file, then the locale.
fn lang(over: &Overrides, file: Option<Lang>) -> (Lang, &'static str) {
    match (over.lang, file, over.locale_lang) {
        (Some(l), _, _) => (l, "command line"),
        (None, Some(l), _) => (l, "config file"),
        (None, None, Some(l)) => (l, "locale"),
        (None, None, None) => (Lang::En, "default"),
    }
}

/// The theme: the flag, then NO_COLOR, then the file.
fn theme(over: &Overrides, file: Option<ThemeName>) -> (ThemeName, &'static str) {
    match (over.theme, over.no_color_env, file) {
        (Some(t), _, _) => (t, "command line"),
        (None, true, _) => (ThemeName::NoColour, "NO_COLOR"),
        (None, false, Some(t)) => (t, "config file"),
        (None, false, None) => (ThemeName::default(), "default"),
    }
}

/// Combines flags, environment, file and defaults, in that order of precedence.
pub fn resolve(path: Option<PathBuf>, file: ConfigFile, over: &Overrides) -> Settings {
    let pick = |flag: Option<PathBuf>, file: Option<PathBuf>| match (flag, file) {
        (Some(f), _) => (Some(f), "command line or environment"),
        (None, Some(f)) => (Some(f), "config file"),
        (None, None) => (None, "default"),
    };
    let data_dir = pick(over.data_dir.clone(), file.data_dir);
    let (export, export_from) = pick(over.export_dir.clone(), file.export_dir);
    let theme = theme(over, file.theme);
    let mouse = match (over.no_mouse, file.mouse) {
        (true, _) => (false, "command line"),
        (false, Some(m)) => (m, "config file"),
        (false, None) => (false, "default"),
    };
    Settings {
        lang: lang(over, file.lang),
        since: match (&over.since, file.since) {
            (Some(w), _) => (Some(w.clone()), "command line"),
            (None, w) => from_file(w.map(Some), None),
        },
        clipboard: from_file(file.clipboard, true),
        copy_format: from_file(file.copy_format, CopyFormat::default()),
        path,
        data_dir,
        range: file
            .range
            .map_or((RangeSetting::All, "default"), |r| (r, "config file")),
        theme,
        mouse,
        export_dir: (
            export.unwrap_or_else(|| PathBuf::from(".")),
            if export_from == "default" {
                "default (current directory)"
            } else {
                export_from
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_environment_beat_file_beat_defaults() {
        let file = ConfigFile {
            theme: Some(ThemeName::Light),
            mouse: Some(true),
            ..Default::default()
        };
        let s = resolve(None, file.clone(), &Overrides::default());
        assert_eq!(s.theme, (ThemeName::Light, "config file"));
        assert!(s.mouse.0);
        let env = Overrides {
            no_color_env: true,
            ..Default::default()
        };
        assert_eq!(
            resolve(None, file.clone(), &env).theme.0,
            ThemeName::NoColour
        );
        let flag = Overrides {
            theme: Some(ThemeName::ColourBlind),
            no_color_env: true,
            no_mouse: true,
            ..Default::default()
        };
        let s = resolve(None, file, &flag);
        assert_eq!(s.theme.0, ThemeName::ColourBlind);
        assert!(!s.mouse.0);
        assert_eq!(
            resolve(None, ConfigFile::default(), &Overrides::default())
                .range
                .0,
            RangeSetting::All
        );
    }

    #[test]
    fn malformed_file_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        std::fs::write(&p, "theme = \"dark\"\nmouse = maybe\n").unwrap();
        let err = read_file(&p).unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        std::fs::write(&p, "colour = \"red\"\n").unwrap();
        assert!(read_file(&p).unwrap_err().contains("unknown field"));
        std::fs::write(&p, "theme = \"pink\"\n").unwrap();
        assert!(read_file(&p).is_err());
        // Regression: a bad range used to be kept as text and shown by `repdash config`.
        std::fs::write(&p, "theme = \"dark\"\nrange = \"bogus\"\n").unwrap();
        let err = read_file(&p).unwrap_err();
        assert!(err.contains("line 2") && err.contains("bogus"), "{err}");
    }
}
