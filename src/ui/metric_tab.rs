//! A chart tab: the selected metric's trend, its month table and the range aggregate.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use super::cells::{aggregate_text, change_text, safe, sources_text, value_span, window};
use super::chart::TrendChart;
use super::theme::Theme;
use crate::app::App;
use crate::app::since::REVISED;
use crate::data::model::month::Month;
use crate::data::query::series::Series;

/// Draws the chart tab for the app's current tab.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(series) = app.selected_series() else {
        return render_empty(app, area, buf);
    };
    let title = chart_title(app, series);
    // The footer's figures may wrap (a sum, a stated total, the companion's figure) and are
    // shown whole: the chart gives way first, then the table down to three rows; the legend
    // gets its own line when there is room.
    let summary = footer_summary(app, series);
    let footer_h = footer_height(&summary, area);
    let chart_h = if area.height >= 24 {
        area.height * 11 / 20
    } else {
        area.height / 2
    };
    let chart_h = chart_h.min(area.height.saturating_sub(footer_h + 4)).max(3);
    let [chart_area, table_area, footer] = Layout::vertical([
        Constraint::Length(chart_h),
        Constraint::Min(3),
        Constraint::Length(footer_h),
    ])
    .areas(area);
    let block = Block::default()
        .borders(Borders::TOP)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(chart_area);
    block.render(chart_area, buf);
    TrendChart {
        series,
        events: &app.store().events,
        theme,
        from_zero: !app.fit_y(),
    }
    .render(inner, buf);
    month_table(app, series, theme, table_area, buf);
    render_footer(app, summary, theme, footer, buf);
}

/// A tab without a series: with an article filter, why (its figures are national).
fn render_empty(app: &App, area: Rect, buf: &mut Buffer) {
    let text = match app.article() {
        Some(a) => crate::tr!(
            "ui-no-figures-by-article",
            article = safe(&a.to_string(), 20)
        ),
        None => crate::tr!("ui-no-metrics"),
    };
    Paragraph::new(text)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(area, buf);
}

/// Lines for the footer: the figures' wrapped lines (all of them, up to a third of the tab)
/// and the legend's line where a tall screen has room for it.
fn footer_height(summary: &str, area: Rect) -> u16 {
    let summary_h = crate::data::model::width::wrapped_lines(summary, area.width);
    let legend = usize::from(area.height >= 36);
    let max_h = usize::from((area.height / 3).max(1));
    u16::try_from((summary_h + legend).min(max_h)).unwrap_or(1)
}

/// The footer: the figures first, then the legend when there is room.
fn render_footer(app: &App, summary: String, theme: &Theme, footer: Rect, buf: &mut Buffer) {
    let summary_h = crate::data::model::width::wrapped_lines(&summary, footer.width);
    let mut legend = crate::tr!("legend-metric");
    if let Some(since) = app.since() {
        let revised = crate::tr!("legend-revised", since = safe(&since.word, 30));
        legend.push_str(&format!("  {revised}"));
    }
    // The figures first: when the footer is short the legend is what gives way (help has it).
    let lines = if usize::from(footer.height) > summary_h {
        vec![Line::raw(summary), Line::raw(legend)]
    } else {
        vec![Line::raw(summary)]
    };
    Paragraph::new(lines)
        .style(theme.muted)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(footer, buf);
}

/// The range, the metric and its aggregate, with what stands beside it.
fn footer_summary(app: &App, series: &Series) -> String {
    format!(
        "{} {}: {}{}",
        series.range,
        safe(&series.metric.key, 30),
        aggregate_text(&series.aggregate()),
        beside(app, series)
    )
}

/// The stated totals beside the selected series' sum (from the view built with it), its
/// companion (a list's additions beside its derived growth), and a level's derived change over
/// the range, labelled derived.
fn beside(app: &App, series: &Series) -> String {
    use crate::data::model::qualifier::Qualifier;
    let Some(view) = app.views().series.as_ref() else {
        return String::new();
    };
    let i = view.series.iter().position(|s| s.key() == series.key());
    i.and_then(|i| view.facts.get(i))
        .map_or(String::new(), |f| f.beside_words(Qualifier::mark, "≠"))
}

/// The chart's title: metric, unit, kind, and which of the tab's series it is.
fn chart_title(app: &App, series: &Series) -> String {
    let n = app.series().len();
    let pos = app
        .series()
        .iter()
        .position(|s| std::ptr::eq(s, series))
        .unwrap_or(0)
        + 1;
    format!(
        " {} · {} · {} {} ",
        safe(&series.label(), 50),
        safe(&series.metric.unit_here(), 12),
        series.metric.kind.words(),
        crate::tr!("chart-position", pos = pos, n = n)
    )
}

/// The month table's columns: month, value, Δ prev, Δ year, sources, source title.
const WIDTHS: [Constraint; 6] = [
    Constraint::Length(7),
    Constraint::Length(11),
    Constraint::Length(13),
    Constraint::Length(8),
    Constraint::Length(4),
    Constraint::Min(10),
];

fn month_table(app: &App, series: &Series, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let header = [
        "col-month",
        "col-value",
        "col-prev",
        "col-year",
        "col-src",
        "col-source",
    ];
    let header = Row::new(header.map(crate::data::model::i18n::text)).style(theme.title);
    let shown = window(
        app.row(),
        series.range.len(),
        area.height.saturating_sub(2) as usize,
    );
    let rows = series
        .range
        .months()
        .skip(shown.start)
        .take(shown.len())
        .map(|m| month_row(series, m, app.revised(series, m), theme));
    let table = Table::new(rows, WIDTHS)
        .header(header)
        .row_highlight_style(theme.selected)
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(Span::styled(crate::tr!("months-table"), theme.muted)),
        );
    let mut state =
        TableState::default().with_selected(Some(app.row().saturating_sub(shown.start)));
    StatefulWidget::render(table, area, buf, &mut state);
}

/// One month of the table: value with its marks (`†` when revised since `--since`), changes,
/// number of sources, primary source.
fn month_row<'a>(series: &Series, m: Month, revised: bool, theme: &Theme) -> Row<'a> {
    let cell = series.at(m);
    let source = cell
        .map(|c| safe(&c.primary.source_title, 80))
        .unwrap_or_default();
    let mut value = vec![value_span(cell, theme)];
    if revised {
        value.push(Span::styled(REVISED, theme.event));
    }
    Row::new(vec![
        Line::from(m.to_string()),
        Line::from(value).right_aligned(),
        Line::from(change_text(series.change_previous(m))).right_aligned(),
        Line::from(change_text(series.change(m, 12))).right_aligned(),
        Line::from(sources_text(cell)).right_aligned(),
        Line::from(source),
    ])
}
