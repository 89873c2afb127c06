//! Applying prompts (filter line, go-to-month, article picker) and recomputing the views.

use super::filter_line;
use super::mode::{Mode, PopupKind, PromptKind};
use super::state::{App, Views};
use crate::data::model::month::{Month, MonthRange};
use crate::data::query::case_query::{CaseFilter, CaseView, cases_in_all_years, query_cases};
use crate::data::query::filter::Filter;
use crate::data::query::view::View;

impl App {
    /// Recomputes what the current tab shows. Called on every filter or tab change, so drawing
    /// a frame never queries.
    pub fn refresh(&mut self) {
        let metrics = self.tab.metrics(&self.store.catalog);
        let filter = Filter {
            range: self.range,
            article: self.article.clone(),
            metrics,
        };
        let (cases, cases_all_years) = self.case_views();
        let mut view = View::build(&self.store, filter);
        if self.unit().national_only() {
            // One tile per core metric: the all-article series, not one per article.
            view.retain(|s| s.article.is_empty());
        }
        self.views = Views {
            series: Some(view),
            cases,
            cases_all_years,
            article_counts: Default::default(),
            picker: Vec::new(),
            compare: Vec::new(),
            month_readings: Vec::new(),
            revised_note: None,
            revisions: Vec::new(),
        };
        self.refresh_picker();
        self.row = self.row.min(self.row_count().saturating_sub(1));
        self.col = self.col.min(self.range.len().saturating_sub(1));
        if self.mode.popup_kind() == Some(PopupKind::Snapshot) {
            // A reload with the month popup open: its readings are of the new data.
            self.fill_month_readings();
        }
    }

    /// The Articles tab's case list under the filters and person search, and how many cases
    /// of the person lie in all years; nothing on the other tabs.
    fn case_views(&self) -> (CaseView, Option<usize>) {
        if !self.unit().lists_cases() {
            return Default::default();
        }
        let filter = CaseFilter {
            range: self.range,
            article: self.article.clone(),
            event: None,
            name: self.name.clone(),
        };
        let all_years = cases_in_all_years(&self.store, &filter);
        (query_cases(&self.store, &filter), all_years)
    }

    /// Applies the open prompt.
    pub(crate) fn submit(&mut self) {
        let Mode::Prompt {
            kind,
            input,
            picker,
        } = std::mem::take(&mut self.mode)
        else {
            return;
        };
        match kind {
            PromptKind::Filter => self.apply_filter_line(&input),
            PromptKind::Goto => self.goto_month(&input),
            PromptKind::Articles => self.pick_article(picker),
            PromptKind::Name if is_expression(&input) => self.apply_filter_line(&input),
            PromptKind::Name => self.keep_name_search(),
        }
    }

    /// Enter in the person search: the list already follows it; say what it found. When
    /// more cases match in other years, Enter shows all months (the title offered it).
    fn keep_name_search(&mut self) {
        let more = self
            .views
            .cases_all_years
            .filter(|&n| n > self.views.cases.len());
        if more.is_some() {
            self.set_range(self.full);
        }
        let n = self.views.cases.len();
        let form = crate::data::model::plural::form(n);
        self.status = Some(match (&self.name, more) {
            (Some(name), Some(_)) => {
                crate::tr!(
                    "st-cases-of-all-years",
                    form = form,
                    n = n,
                    name = name.clone()
                )
            }
            (Some(name), None) => {
                crate::tr!(
                    "st-cases-of-in-range",
                    form = form,
                    n = n,
                    name = name.clone()
                )
            }
            (None, _) => crate::tr!("st-search-cleared"),
        });
    }

    fn apply_filter_line(&mut self, input: &str) {
        let spec = match filter_line::parse(input) {
            Ok(s) => s,
            Err(e) => {
                self.status = Some(e);
                return;
            }
        };
        if let Some(article) = spec.article {
            self.article = article;
        }
        if let Some(name) = spec.name {
            self.name = name;
        }
        let range = if spec.all {
            Some(self.full)
        } else {
            spec.range
        };
        match range.map(|r| r.clamp_to(self.full)) {
            Some(Some(r)) => self.set_range(r),
            Some(None) => {
                self.status = Some(crate::tr!("st-no-data-range", full = self.full.to_string()))
            }
            None => self.refresh(),
        }
    }

    fn goto_month(&mut self, input: &str) {
        let month = match input.trim().parse::<Month>() {
            Ok(m) if self.full.contains(m) => m,
            Ok(_) => {
                return self.status =
                    Some(crate::tr!("st-no-data-month", full = self.full.to_string()));
            }
            Err(e) => return self.status = Some(e.to_string()),
        };
        if !self.range.contains(month) {
            let range = MonthRange::new(month.min(self.range.from()), month.max(self.range.to()));
            self.set_range(range);
        }
        let index = self.range.from().months_until(month) as usize;
        self.unit().go_to(self, index);
        self.open_snapshot();
    }

    fn pick_article(&mut self, picker: usize) {
        let entries = std::mem::take(&mut self.views.picker);
        match entries.get(picker) {
            Some((article, name, _)) => {
                let Ok(pattern) = article.parse() else {
                    let shown = crate::data::model::text::clean(article);
                    self.status = Some(crate::tr!("st-article-unusable", article = shown));
                    return;
                };
                self.article = Some(pattern);
                let name = crate::data::model::text::clean(name);
                self.status = Some(crate::tr!(
                    "st-article-set",
                    article = article.clone(),
                    name = name
                ));
                self.refresh();
                self.row = self.default_row();
            }
            None => self.status = Some(crate::tr!("st-no-article")),
        }
    }
}

/// The calendar year `year`, cut to the months with data (`None` when it has none).
fn year_in(year: i64, full: MonthRange) -> Option<MonthRange> {
    let y = u32::try_from(year).ok()?;
    MonthRange::new(Month::new(y, 1)?, Month::new(y, 12)?).clamp_to(full)
}

impl App {
    /// `y`/`Y`: the calendar year before or after the range's, when the range is one calendar
    /// year; from any other range, first the year of its last month.
    pub(crate) fn step_year(&mut self, n: i32) {
        let year = i64::from(self.range.to().year());
        let is_year = year_in(year, self.full) == Some(self.range);
        let target = if is_year { year + i64::from(n) } else { year };
        match year_in(target, self.full) {
            Some(range) => self.set_range(range),
            None => self.status = Some(crate::tr!("st-no-data-in", target = target.to_string())),
        }
    }
}

/// Whether the person search holds a filter-line expression rather than a name: names have
/// neither digits nor colons.
pub(super) fn is_expression(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit() || c == ':')
}
