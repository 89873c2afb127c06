//! The one place state changes: each action arm calls one named method.

use super::action::Action;
use super::mode::{Mode, PopupKind, PromptKind};
use super::state::App;
use super::tab::DashTab;
use crate::data::model::month::MonthRange;
use crate::data::query::case_query::article_counts;

/// The longest text a prompt takes: far more than any filter, name or month needs.
pub const MAX_INPUT: usize = 80;

impl App {
    /// Applies one action. A status message lasts until the next key: an old error or
    /// "filters cleared" never sits on screen for minutes.
    pub fn update(&mut self, action: Action) {
        self.status = None;
        match action {
            Action::Quit => self.quit = true,
            Action::NextTab => self.set_tab(self.tab.next()),
            Action::PrevTab => self.set_tab(self.tab.prev()),
            Action::GoTab(i) => self.set_tab(DashTab::ALL.get(i).copied().unwrap_or(self.tab)),
            Action::NextMetric => self.cycle_metric(1),
            Action::PrevMetric => self.cycle_metric(-1),
            Action::Up(n) => self.move_up(n),
            Action::Down(n) => self.move_down(n),
            Action::First => self.row = 0,
            Action::Last => self.row = self.row_count().saturating_sub(1),
            Action::Left => self.col = self.col.saturating_sub(1),
            Action::Right => self.col = (self.col + 1).min(self.range.len().saturating_sub(1)),
            Action::ShiftStart(n) => self.shift_range(n, 0),
            Action::ShiftEnd(n) => self.shift_range(0, n),
            Action::Preset(p) => self.preset(p),
            Action::StepYear(n) => self.step_year(n),
            Action::ClearFilters => self.clear_filters(),
            Action::OpenFilter => self.open_search(),
            Action::OpenArticles => self.open_prompt(PromptKind::Articles),
            Action::OpenGoto => self.open_prompt(PromptKind::Goto),
            Action::OpenSnapshot => self.open_snapshot(),
            Action::OpenSource => self.open_source(),
            Action::OpenRevisions => self.open_revisions(),
            Action::OpenHelp => self.toggle_help(),
            Action::OpenEvents => self.open_events(),
            Action::ToggleFit => self.toggle_fit(),
            Action::Close => self.close(),
            Action::Export | Action::Copy | Action::ExportChart => self.output(action),
            Action::OpenCompare => self.open_compare(),
            Action::Char(c) => self.type_text(&c.to_string()),
            Action::Backspace => self.backspace(),
            Action::Submit => self.submit(),
            Action::Reload(files) => self.reload(files),
            Action::Paste(text) => self.type_text(&text),
        }
    }

    /// The keys that put the view somewhere else: a CSV, the clipboard, an image.
    fn output(&mut self, action: Action) {
        match action {
            Action::Export => self.export(),
            Action::Copy => self.copy(),
            _ => self.export_chart(),
        }
    }

    fn set_tab(&mut self, tab: DashTab) {
        if tab != self.tab {
            self.tab = tab;
            // The coverage grid opens on the latest month, its columns scrolled to the end.
            self.col = self.range.len().saturating_sub(1);
            self.refresh();
            self.row = self.default_row();
        }
    }

    fn cycle_metric(&mut self, step: isize) {
        let n = self.series().len();
        if n == 0 || !self.unit().cycles_metrics() {
            return;
        }
        let slot = &mut self.metric_choice[self.tab.index()];
        *slot = ((*slot % n) as isize + step).rem_euclid(n as isize) as usize;
    }

    fn move_up(&mut self, n: usize) {
        match &mut self.mode {
            Mode::Normal => self.row = self.row.saturating_sub(n),
            Mode::Popup { scroll, .. } => *scroll = scroll.saturating_sub(n),
            Mode::Prompt { picker, .. } => *picker = picker.saturating_sub(n),
        }
    }

    /// Moves down, never past the last row, popup line or picker entry: a position past the
    /// end would make the next moves up look dead.
    fn move_down(&mut self, n: usize) {
        let last = match &self.mode {
            Mode::Normal => self.row_count(),
            Mode::Popup { kind, .. } => self.popup_len(*kind),
            Mode::Prompt { kind, .. } if *kind == PromptKind::Articles => {
                self.picker_entries().len()
            }
            Mode::Prompt { .. } => 0,
        }
        .saturating_sub(1);
        match &mut self.mode {
            Mode::Normal => self.row = (self.row + n).min(last),
            Mode::Popup { scroll, .. } => *scroll = (*scroll + n).min(last),
            Mode::Prompt { picker, .. } => *picker = (*picker + n).min(last),
        }
    }

    /// Moves the range's ends, keeping at least one month and staying inside the data.
    fn shift_range(&mut self, start: i32, end: i32) {
        let from = self.range.from().offset(start).unwrap_or(self.range.from());
        let to = self.range.to().offset(end).unwrap_or(self.range.to());
        let from = from.clamp(self.full.from(), self.full.to());
        let to = to.clamp(self.full.from(), self.full.to());
        if from > to {
            self.status = Some(crate::tr!("st-range-one-month"));
            return;
        }
        self.set_range(MonthRange::new(from, to));
    }

    fn preset(&mut self, preset: crate::data::model::range_setting::RangeSetting) {
        match preset.resolve(self.full) {
            Ok(range) => self.set_range(range),
            Err(e) => self.status = Some(e),
        }
    }

    fn clear_filters(&mut self) {
        self.article = None;
        self.name = None;
        self.set_range(self.default_range);
        self.status = Some(crate::tr!("st-filters-cleared"));
    }

    /// Applies a new range and recomputes the views; the selection stays on the same month
    /// where it can.
    pub(crate) fn set_range(&mut self, range: MonthRange) {
        let month = self.selected_month();
        self.range = range;
        self.refresh();
        let index = match month {
            Some(m) if range.contains(m) => Some(range.from().months_until(m) as usize),
            _ => None,
        };
        self.unit().keep_month(self, index);
    }

    fn open_prompt(&mut self, kind: PromptKind) {
        if kind == PromptKind::Articles {
            // Counted when the picker opens, not on every filter change.
            self.views.article_counts = article_counts(&self.store, self.range);
        }
        self.mode = Mode::prompt(kind);
        self.refresh_picker();
    }

    pub(crate) fn open_popup(&mut self, kind: PopupKind) {
        self.mode = Mode::popup(kind);
    }

    /// Enter: every reading of the selected month, with how each stands to its figure.
    pub(crate) fn open_snapshot(&mut self) {
        self.fill_month_readings();
        self.open_popup(PopupKind::Snapshot);
    }

    /// The month popup's readings for the selected month, decided here so drawing them
    /// queries nothing.
    pub(crate) fn fill_month_readings(&mut self) {
        self.views.month_readings = self
            .selected_month()
            .map(|m| crate::data::query::month_readings::month_readings(&self.store, m))
            .unwrap_or_default();
    }

    /// `?` opens help from the tabs or another popup, and closes it when it is open.
    fn toggle_help(&mut self) {
        if self.mode.popup_kind() == Some(PopupKind::Help) {
            self.mode = Mode::Normal;
        } else {
            self.open_popup(PopupKind::Help);
        }
    }

    fn toggle_fit(&mut self) {
        self.fit_y = !self.fit_y;
        self.status = Some(if self.fit_y {
            crate::tr!("st-fit-on")
        } else {
            crate::tr!("st-fit-off")
        });
    }

    fn open_source(&mut self) {
        if self.unit().has_source(self) {
            self.views.revised_note = self.revised_note();
            self.open_popup(PopupKind::Source);
        } else {
            self.status = Some(crate::tr!("st-no-figure-here"));
        }
    }

    pub(super) fn type_char(&mut self, c: char) {
        if let Mode::Prompt { input, picker, .. } = &mut self.mode
            && !c.is_control()
        {
            if input.chars().count() < MAX_INPUT {
                input.push(c);
                *picker = 0;
            } else {
                // A paste longer than any filter: said, not silently cut.
                self.status = Some(crate::tr!("st-input-full", max = MAX_INPUT));
            }
        }
    }

    /// Types a key or a paste into the prompt, then searches once: a paste of 80 letters is
    /// one person search, not 80.
    fn type_text(&mut self, text: &str) {
        text.chars().for_each(|c| self.type_char(c));
        self.typed();
    }

    /// After the prompt's text changed: the person search and the picker follow it.
    fn typed(&mut self) {
        self.search_as_typed();
        self.refresh_picker();
    }

    fn backspace(&mut self) {
        if let Mode::Prompt { input, picker, .. } = &mut self.mode {
            input.pop();
            *picker = 0;
            self.typed();
        }
    }

    /// `/`: the filter line, or on the Articles tab a person search (a new one: the first
    /// letter replaces the name in force, as in the filter line).
    fn open_search(&mut self) {
        match self.unit().search() {
            PromptKind::Name => self.mode = Mode::prompt(PromptKind::Name),
            kind => self.open_prompt(kind),
        }
    }

    /// In the person search the case list follows each letter typed. Text with a digit or a
    /// colon is a filter-line expression (`2024`, `art:411`, `name:kulsha`), applied on Enter.
    fn search_as_typed(&mut self) {
        if let Mode::Prompt {
            kind: PromptKind::Name,
            input,
            ..
        } = &self.mode
        {
            let typed = input.trim();
            let expression = super::filters::is_expression(typed);
            let name = (!typed.is_empty() && !expression).then(|| typed.to_string());
            // Typing an expression changes nothing until Enter: no query per letter.
            if name != self.name {
                self.name = name;
                self.refresh();
                self.row = 0;
            }
        }
    }

    /// Esc: closes a popup or cancels a prompt; cancelling the person search clears it.
    fn close(&mut self) {
        if self.mode.prompt_kind() == Some(PromptKind::Name) && self.name.is_some() {
            self.name = None;
            self.refresh();
            self.row = 0;
            self.status = Some(crate::tr!("st-search-cleared"));
        }
        self.mode = Mode::Normal;
    }
}
