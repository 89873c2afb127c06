//! Starting the dashboard, `render` and `config`: settings resolved, then the app built.

use super::filters::resolve_range;
use super::{CommandError, Done, Outcome};
use crate::app::App;
use crate::cli::{Cli, FilterArgs};
use crate::config::{self, Overrides, Settings};
use crate::data::load::store::Store;
use crate::ui::Theme;

/// Reads the config file and combines it with flags and environment.
pub fn settings(cli: &Cli) -> Result<Settings, CommandError> {
    let path = config::config_path();
    let file = match &path {
        Some(p) => config::read_file(p)
            .map_err(|e| CommandError::Failed(crate::tr!("er-config", why = e)))?,
        None => Default::default(),
    };
    let over = Overrides {
        data_dir: cli.data.clone(),
        theme: cli.theme,
        no_mouse: cli.no_mouse,
        export_dir: cli.export_dir.clone(),
        since: cli.since.clone(),
        lang: cli.lang,
        locale_lang: crate::data::model::lang::Lang::from_env(|k| std::env::var(k).ok()),
        no_color_env: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    };
    Ok(config::resolve(path, file, &over))
}

/// Builds the app the flags describe: tab, range (flags, else the config's), article.
pub fn build_app(
    store: Store,
    args: &FilterArgs,
    settings: &Settings,
) -> Result<App, CommandError> {
    // The dashboard speaks the reader's language (the commands' own text is English as yet).
    crate::data::model::lang::set(settings.lang.0);
    let full = store
        .full_range()
        .ok_or_else(|| CommandError::Failed(crate::tr!("er-no-months")))?;
    let explicit = args.from.is_some() || args.to.is_some() || args.month.is_some();
    // A config range outside the data is said on screen, and all months are shown instead.
    let (range, note) = if explicit {
        (
            resolve_range(&store, args).map_err(|e| CommandError::Failed(e.to_string()))?,
            None,
        )
    } else {
        match settings.range.0.resolve(full) {
            Ok(r) => (r, None),
            Err(e) => (full, Some(format!("config {e}: showing all months"))),
        }
    };
    let tab = args.tab.unwrap_or_default();
    let app = App::new(store, tab, Some(range), args.article.clone())
        .with_export_dir(settings.export_dir.0.clone())
        .with_clipboard(settings.clipboard.0, settings.copy_format.0);
    let app = with_since(app, settings)?;
    // A note about the config's range says more than the --since count: it goes last.
    Ok(match note {
        Some(_) => app.with_status(note),
        None => app,
    })
}

/// The app compared with the `--since` version, when the settings name one.
fn with_since(app: App, settings: &Settings) -> Result<App, CommandError> {
    let data = settings.data_dir.0.as_deref();
    Ok(
        match super::report::since(data, settings.since.0.as_deref())? {
            Some((word, old)) => {
                let day = super::report::since_day(data, &word);
                app.with_since(word, day, old)
            }
            None => app,
        },
    )
}

/// `render`: one frame as plain text.
pub fn render(store: Store, args: &FilterArgs, settings: &Settings, size: (u16, u16)) -> Outcome {
    let app = build_app(store, args, settings)?;
    let theme = Theme::new(crate::ui::ThemeName::NoColour);
    Ok(Done::ok(crate::ui::text::render_text(
        &app, &theme, size.0, size.1,
    )))
}

/// The dashboard itself; `live` watches the data directory (not for a git revision).
pub fn dashboard(store: Store, args: &FilterArgs, settings: &Settings, live: bool) -> Outcome {
    // The export and image keys write here; the config file may name it too.
    super::refuse_control_names(&[settings.export_dir.0.as_path()])?;
    let mut app = build_app(store, args, settings)?;
    let theme = Theme::new(settings.theme.0);
    // Live reload for a data directory (the embedded data cannot change); a watch that cannot
    // start (no inotify left) is said in the status bar, and the dashboard runs without it.
    let watch = match settings.data_dir.0.as_deref().filter(|_| live) {
        Some(dir) => match crate::watch::DataWatch::start(dir) {
            Ok(w) => {
                app = app.with_source(crate::data::load::source::DataSource::Dir(
                    dir.to_path_buf(),
                ));
                Some(w)
            }
            Err(e) => {
                app = app.with_status(Some(format!("{e}: live reload is off")));
                None
            }
        },
        None => None,
    };
    let signal = crate::tui::run(app, &theme, settings.mouse.0, watch)
        .map_err(|e| CommandError::Failed(crate::tr!("er-no-terminal", why = e.to_string())))?;
    // Ended by a signal: the terminal is restored; exit as a killed process would, 128 + n.
    let code = signal.map_or(0, |n| u8::try_from(128 + n).unwrap_or(u8::MAX));
    Ok(Done {
        stdout: String::new(),
        code,
    })
}
