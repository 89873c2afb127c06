# repdash's messages in English: the source language and the fallback for every other.
# Ids are checked at compile time (tr!) or by tests/i18n.rs (ids held in tables).

## Tabs: the full title (tab bar and help), the short one for narrow terminals.
tab-overview = Overview
tab-prisoners = Political prisoners
tab-detentions = Detentions
tab-administrative = Administrative
tab-extremism = Extremist lists
tab-articles = Articles / cases
tab-coverage = Coverage
tab-medium-overview = Overview
tab-medium-prisoners = Prisoners
tab-medium-detentions = Detentions
tab-medium-administrative = Administrative
tab-medium-extremism = Extremism
tab-medium-articles = Articles
tab-medium-coverage = Coverage
tab-short-overview = Overview
tab-short-prisoners = Prison
tab-short-detentions = Detain
tab-short-administrative = Admin
tab-short-extremism = Extrem
tab-short-articles = Articles
tab-short-coverage = Coverage

## Keys: help lists them; the bottom bar shows the words before ":" or "(".
key-global-quit = quit (Esc never quits: it only closes popups and prompts)
key-any-quit = quit, from anywhere
key-global-next-tab = next tab
key-global-prev-tab = previous tab
key-metric-next-metric = metric: the next one
key-metric-prev-metric = previous metric
key-metric-toggle-fit = y axis: from zero (counts) or fitted to the data
key-metric-open-compare = compare: the range against the period of equal length before it
key-metric-open-events = events: every event in the range, with its source
key-rows-up-1 = previous row
key-rows-down-1 = next row
key-rows-up-10 = 10 rows up
key-rows-down-10 = 10 rows down
key-rows-first = first row
key-rows-last = last row
key-columns-left = earlier: the month before, on the grid
key-columns-right = later: the month after, on the grid
key-rows-open-source = sources: every source of the selected figure
key-global-open-revisions = changes: every figure revised in the range since the --since version
key-rows-open-snapshot = month: every figure of the selected month
key-global-open-filter = filter: 2023-01..2024-06, 2024, 2024-Q1, art:411, name:kulsha (Articles tab: search a person)
key-global-open-articles = article: pick one, with its documented cases
key-global-open-goto = go to a month
key-global-preset-last-12 = last 12 months
key-global-preset-last-36 = last 36 months
key-global-preset-all = all months
key-global-step-year-minus-1 = calendar year back (from any range: its last month's year)
key-global-step-year-1 = calendar year forward
key-global-shift-start-minus-1 = start a month earlier
key-global-shift-start-1 = start a month later
key-global-shift-start-minus-12 = start a year earlier
key-global-shift-start-12 = start a year later
key-global-shift-end-minus-1 = end a month earlier
key-global-shift-end-1 = end a month later
key-global-shift-end-minus-12 = end a year earlier
key-global-shift-end-12 = end a year later
key-global-clear-filters = clear: range and article back to the defaults
key-global-export = export: the view to CSV
key-metric-export-chart = image: the chart as PNG into the export directory
key-global-copy = copy: the table to the clipboard (OSC 52; TSV or Markdown)
key-global-open-help = help
key-popup-close = close
key-popup-up-1 = scroll up
key-popup-down-1 = scroll down
key-popup-up-10 = 10 lines up
key-popup-down-10 = 10 lines down
key-popup-open-help = help (in help: close)
key-popup-copy = copy: the figure and its sources (sources popup)
key-prompt-submit = apply
key-prompt-close = cancel (the person search: clear it)
key-prompt-backspace = delete: the last character
key-picker-up-1 = previous article
key-picker-down-1 = next article
key-prompt-char = text (in the picker: narrow the list)

## The frame: filter line, status, small terminal.
filters-label = Filters:
filters-line = { " " }range { $range } ({ $months }) · { $article }{ $name } · data: { $origin }{ " " }
filters-all-articles = all articles
filters-article = article { $article }{ $name }
filters-cases-of = { " " }· cases of "{ $name }"
months-n = { $form ->
    [one] { $shown } month
   *[other] { $shown } months
}
terminal-too-small = terminal too small: need { $size }
since-status = since { $since }: { $form ->
    [one] { $shown } figure revised
   *[other] { $shown } figures revised
} (D lists them, † marks them)

## Help and the marks every screen uses.
help-title = { " " }help (Esc closes){ " " }
help-heading = Keys (the bottom bar shows the ones that work where you are)
help-tabs = On the tabs
help-popups = In popups
help-prompts = In prompts
help-picker = In the article picker
help-marks = Marks
mark-bounds = at least / over / about: part of the figure, as the source worded it
mark-conflict = sources disagree: s shows all of them
mark-gap = no figure for that month: a gap, never a zero
mark-revised = revised since the --since version: s says what it was, D lists the changes
mark-gap-change-sign = (3m)
mark-gap-change = Δ prev across a gap: on the previous month with data, 3 months back
mark-points = chart points: exact / lower bound / approximate
mark-events = events on the chart's x axis, listed under it (E: all, with sources)

## Chart tabs and the coverage grid.
legend-metric = ≥ at least  > over  ~ about  ≠ sources disagree  · no figure  derived: between two readings
legend-revised = † revised since { $since }
legend-coverage = ● figure  ≥ at least/over/about  ≠ sources disagree  · missing
legend-coverage-revised = † revised (D)
legend-coverage-keys = ← → months  ↑ ↓ metrics  s: sources
chart-position = ({ $pos } of { $n }, m: next)
months-table = { " " }months (s: sources, Enter: whole month){ " " }
col-month = Month
col-value = Value
col-prev = Δ prev
col-year = Δ year
col-src = Src
col-source = Source

## Popup titles.
popup-sources = { " " }sources (Esc closes){ " " }
popup-events = { " " }events in { $range } (Esc closes){ " " }
popup-compare = { " " }compare with the period before (Esc closes){ " " }
popup-revised = { " " }revised in { $range } (Esc closes){ " " }
popup-month = { " " }every figure of { $month } (Esc closes){ " " }

## Overview tiles.
tile-latest = latest{ " " }
tile-coverage = { " " }· { $with }/{ $months } months
tile-none = no figure in this range (0/{ $months } months)
tile-change = { $delta } on { $month }, the previous month with data
tile-trend = trend { $range } (· = no figure)
tile-last-months = last months:

## What is said beside a series: its aggregate, stated totals, a derived change.
agg-last = last { $value } ({ $month }{ $day })
agg-as-of = , as of { $day }
agg-sum = sum { $value } ({ $with } of { $periods } { $unit } had data)
agg-none = no figure in range
unit-months = { $form ->
    [one] month
   *[other] months
}
unit-quarters = { $form ->
    [one] quarter
   *[other] quarters
}
unit-years = { $form ->
    [one] year
   *[other] years
}
unit-half-years = { $form ->
    [one] half-year
   *[other] half-years
}
unit-ytd = { $form ->
    [one] year-to-date count
   *[other] year-to-date counts
}
unit-periods = { $form ->
    [one] period
   *[other] periods
}
derived-change = derived change { $delta } from { $from } to { $to }
stated-for = stated for { $period }: { $value } [{ $host }]
beside-it = { " " }· beside it, { $label }: { $what }

## Charts on screen and the coverage grid's title.
chart-legend = ● exact  △ at least/over  ◇ about  gap = no figure
chart-legend-short = ● exact △ ≥/over ◇ about
chart-not-from-zero = y axis does not start at 0 (z: from 0)
chart-events = events: { $n } (E lists them)
chart-empty = no figure for this metric in this range: nothing to draw
coverage-no-figure = no figure
coverage-months = { " " }· { $with } of { $months } months have a figure

## Why a reading is shown first (the sources popup).
why-only = it is the only reading
why-whole-month = it is the whole-month figure; the dated batches only support it
why-month-end = it is the reading closest to month end
why-exact = both refer to the same day, and it is exact while the other is a bound or approximation
why-tightest = both refer to the same day and are bounds or approximations, and it is the tightest bound
why-viasna = both refer to the same day with the same precision, and it is Viasna's own page
why-published = both refer to the same day, with the same precision and kind of source, and it was published later
why-tie = the readings tie on every rule, and it comes first in the file

## The sources popup.
src-undated = undated
src-shown = shown
src-agrees = agrees with the shown figure
src-earlier = earlier reading ({ $day }), not a disagreement with the shown figure
src-later = later reading ({ $day }), not a disagreement with the shown figure
src-batch-counted = batch of { $day }, counted
src-batch-once = batch of { $day }, same batch, counted once
src-batch-supports = batch of { $day }, supports the whole-month figure
src-the-shown = the shown figure ({ $value })
src-conflict = ≠ cannot both be true with { $with }
src-not-published = not shown on the page
src-no-day = no day given (the month as a whole, or its end)
src-url = url:
src-title = title:
src-as-of = as of:
src-published = published:
src-note = note:
src-article = { " " }· article { $article }
src-disagree = sources disagree
src-sum-of-batches = sum of { $n } batches
src-agree = { $n } agree
src-head = { $metric }{ $article } · { $month } · { $n } source(s), { $verdict }
src-why-batches = it adds up { $n } batches of different days
src-shown-because = shown: { $value }, because { $why }
src-order = (the order: closest to month end, exact, Viasna's page, latest published)

## The Articles tab.
art-counts-title = { " " }cases per article (documented sample, not totals){ " " }
art-counts-title-short = { " " }documented cases per article{ " " }
art-not-in-glossary = (not in glossary)
art-col-article = Article
art-col-cases = Cases
art-col-name = Name
art-no-figures = no article-level figures in this range
art-figures-title = { " " }published figures by article{ " " }
art-col-date = Date
art-col-person = Person
art-col-event = Event
art-col-articles = Articles
art-col-sentence = Sentence
art-col-note = Note
art-cases-elsewhere = { " " }cases: { $n } in { $period } · { $all } in all years (Enter: show all){ " " }
art-cases = { " " }cases: { $n } in range (s: source){ " " }

## The report in Markdown.
rep-title = Political repression in Belarus: { $period }
rep-from = From { $origin } by repdash.
rep-marks = Marks: ≥ at least, > over, ~ about (a change with ~ is indicative), ≠ sources disagree, · no figure. Derived figures are labelled derived.
rep-headline = Headline figures
rep-period-to = { $from } to { $to }
rep-change-on = { $delta } on { $month } ({ $then })
rep-table-monthly = | Figure | Value | As of | Change on previous month with data | Change on a year earlier | Source |
rep-table-period = | Figure | Period (by kind) | Source of the last figure |
rep-gives = { $title }[^{ $note }] gives { $value }{ $against }
rep-disagree = { $label }, { $month }: sources disagree: { $readings }
rep-events = Events
rep-no-events = No event recorded in this period.
rep-cases-head = Documented cases
rep-cases-sample = A sample from the case register, not totals.
rep-no-cases = No documented case in this period.
rep-cases-count = { $form ->
    [one] { $n } case
   *[other] { $n } cases
} documented in this period.
rep-cases-table = | Article | Documented cases |
rep-no-article = (no article)
rep-deaths = Deaths in custody:
rep-coverage = Coverage
rep-coverage-all = Every headline series has a figure in this period.
rep-coverage-missing = No figure in this period for: { $names }.
rep-stated = Stated period totals
rep-stated-note = Totals as sources state them for whole periods; not added to the monthly figures.
rep-sources = Sources
rep-tab-prisoners = Political prisoners
rep-tab-detentions = Detentions and criminal cases
rep-tab-administrative = Administrative cases
rep-tab-extremism = Extremist and terrorist lists
rep-tab-articles = Figures by article

## Kinds of metric on screen, and a change across a gap.
kind-level = level
kind-flow = flow
kind-total = total
kind-annual = annual
kind-period = period
gap-span = { $words } ({ $n }m)

## Status messages.
st-copy-off = copy is off (config: clipboard = false)
st-nothing-to-copy = nothing to copy here
st-copy-too-large = too large for the clipboard ({ $form ->
    [one] { $shown } row
   *[other] { $shown } rows
}): use e to export
st-copied = copied { $what } as { $format } to the clipboard (OSC 52)
st-nothing-to-export = nothing to export here
st-exported = exported { $form ->
    [one] { $n } row
   *[other] { $n } rows
} to { $path }
st-export-failed = export failed: { $error }
st-no-chart = no chart here: charts are on the metric tabs
st-chart-written = chart image written to { $path }
st-chart-failed = chart image failed: { $error }
st-range-one-month = the range keeps at least one month
st-filters-cleared = filters cleared
st-fit-on = y axis fitted to the data (z: from 0 again)
st-fit-off = y axis from 0
st-input-full = the filter line holds { $max } characters; the rest was not typed
st-search-cleared = person search cleared
st-no-event = no event in { $range }
st-nothing-before = no months of data before { $range } to compare with
st-cases-of-all-years = { $form ->
    [one] { $n } case
   *[other] { $n } cases
} of "{ $name }" in all years (range: all months)
st-cases-of-in-range = { $form ->
    [one] { $n } case
   *[other] { $n } cases
} of "{ $name }" in range
st-no-data-range = no data in that range (data covers { $full })
st-no-data-month = no data for that month (data covers { $full })
st-article-unusable = article { $article } cannot be used as a filter
st-article-set = article { $article }: { $name }
st-no-article = no article matches
st-no-data-in = no data in { $target }
st-and-more = and { $n } more
st-reload-problems = the changed files have { $form ->
    [one] { $n } problem
   *[other] { $n } problems
} — still showing the last good data
st-reload-no-months = the changed data has no months: still showing the last good data
st-reloaded = reloaded: { $form ->
    [one] { $n } file
   *[other] { $n } files
} changed
st-reloaded-valid = reloaded: { $form ->
    [one] { $n } file
   *[other] { $n } files
} changed; the data is valid again
rep-gives-html = gives { $value }{ $against }
rep-trend = Trend, { $range }
since-revised = revised: { $words }
st-no-since = D lists what changed since a version: start with --since REV

## The summary command's text and Markdown tables.
sum-range = range { $range } ({ $months })
sum-article = , article { $article } (figures by article only)
sum-legend = >= at least, > over, ~ about, * sources disagree (see export for all sources), - no figure
sum-md-legend = Marks: ≥ at least, > over, ~ about (a change with ~ is indicative), ≠ sources disagree, · no figure. Sums count only months with data: a sum with a missing month is at least.
sum-month = Month
sum-change = { $label }: change

## The compare command's text and Markdown.
cmp-title = compare { $a } with { $b }
cmp-change = change
cmp-stated-change = { $stated } between the stated totals; the sums' { $sums } is not like for like
cmp-part = { $period } has { $with } of { $months } { $form ->
    [one] month
   *[other] months
}{ $missing }
cmp-missing = , missing { $months }
cmp-not-like = { $label }: not like for like: { $a }; { $b }
cmp-legend = >= at least, > over, ~ about (a change with ~ is indicative), * sources disagree; sums count only months with data
cmp-md-title = Comparison of { $a } (A) with { $b } (B)
cmp-md-head = | Figure | A: { $a } | B: { $b } | Change |
cmp-md-legend = Marks: ≥ at least, > over, ~ about (a change with ~ is indicative), ≠ sources disagree. Sums count only months with data.

## A metric's unit and counter (metrics.csv spells them in English).
unit-word-people = people
unit-word-cases = cases
unit-word-days = days
unit-word-base-values = base values
unit-word-entries = entries
unit-word-pages = pages
unit-word-years = years
counter-viasna = Viasna count
counter-interior-ministry = Interior Ministry list
counter-kgb = KGB list
counter-information-ministry = Ministry of Information list

## Chart images (the chart command and the HTML report's inline charts).
# $after: whether the label ends in a vowel (Belarusian writes "ў" after one).
chart-img-title = { $label }{ $after ->
    [vowel] {""}
   *[other] {""}
} in Belarus{ $by }{ $article }
chart-img-article = , article { $article }
chart-img-marks = ● exact  ▲ at least / over  ■ about  ○ sources disagree  · a break is a month without a figure
chart-img-sources = Figures by source: { $sites }.
chart-img-other-sites = { $n } other sites ({ $figures })
chart-img-no-sites = none
chart-img-also-marked = also marked on the axis: { $numbers }

## The check command's report and its --gaps text and Markdown (CSV and JSON stay English).
chk-data = data: { $origin }
chk-months-none = months: none
chk-months = months: { $files } { $form ->
    [one] file
   *[other] files
}, { $range } ({ $span })
chk-months-missing = months without a file: { $months }
chk-rows = rows: { $figures } figures; metrics: { $metrics } in catalog, { $used } with figures; articles: { $articles }; events: { $events }; cases: { $cases }
chk-coverage = core metrics, months with data:
chk-coverage-row = { $with } of { $months } { $form ->
    [one] month
   *[other] months
}, { $conflicts } with disagreeing sources
chk-warnings = consistency warnings
chk-warnings-why = (stated totals against their months; exit 1 only with --strict)
chk-problems = problems
chk-none = { $name }: none
chk-count = { $name }: { $n }{ $why }
chk-more = and { $n } more
chk-over-total = { $key } { $range }: the months of { $flow } add up to at least { $sum } ({ $with } of { $months } months), more than the stated total { $total } ({ $source })
chk-falling-ytd = { $key } { $month }: a year-to-date count of { $value } is below { $before } in { $then }, in the same year
chk-gaps-head = | metric | months with a figure | missing months |
chk-gaps-covered = { $with } of { $months } since { $first }
chk-gaps-missing = missing: { $runs }
chk-gaps-none = none
chk-leftovers = leftover files: { $n } (warning: a write was interrupted; they are ignored, and the next import removes its temp files)

## Where the data comes from, when it is the dataset compiled into the binary.
origin-embedded = embedded dataset

## What changed: `repdash diff` and `history` as text and Markdown, the revisions popup,
## the sources popup's "revised" line and the report's "Revised since" section.
diff-none = no differences
diff-summary = readings: { $added } added, { $removed } removed, { $changed } changed, { $moved } moved to another source; shown figures: { $shown } changed; series facts: { $facts } changed
diff-metric = { $key }: { $n } { $form ->
    [one] change
   *[other] changes
}
diff-art = {" "}art. { $article }
diff-shown = { $month }{ $art } shown figure { $old } -> { $new } ({ $cause }; was { $was }, now { $now })
diff-series = { $month }{ $art } { $field }: { $old } -> { $new } ({ $cause })
diff-added = { $month }{ $art } reading added: { $new } ({ $source })
diff-removed = { $month }{ $art } reading removed: { $old } ({ $source })
diff-field = { $month }{ $art } reading { $field }: { $old } -> { $new } ({ $source })
diff-md-title = Changes: { $old } -> { $new }
diff-md-head = | month | metric | article | level | field | old | new | cause |
hist-what = { $metric } { $month } in { $dir }
hist-head = { $what }: { $n } { $form ->
    [one] revision
   *[other] revisions
} changed it
hist-readings-only = readings only
cause-corrected = the reading shown was corrected
cause-outranked = a new reading outranks the old
cause-reading-removed = the reading shown was removed
cause-new-figure = a figure where there was none
cause-figure-removed = no figure any more
cause-other = the readings changed
cause-series = its months' shown figures changed
was-as-of = , as of { $day }
was-until = was { $figure } until { $day } ({ $version }: { $source })
was-in-version = was { $figure } in version { $version } ({ $source })
none-until = no figure until { $day } ({ $version })
none-in-version = no figure in version { $version }
now-figure = now { $figure } ({ $source })
now-no-figure = now no figure
was-and-now = { $was }; { $now }: { $cause }
rev-title = Revised since { $since }
rev-none = No figure of the period changed.
rev-head = Figure|Month|Was|Now|Cause|Was from|Now from

## Popups and empty tabs: the events popup, the article picker, the prompts, the case
## register's sources popup and the whole-month popup.
ui-no-source-given = no source given
ui-event-source = source: { $source }
ui-search = search: { $input }█
ui-no-article-matches = no article matches
ui-picker-title = { $range } · article filter, documented cases
ui-goto-title = go to month (YYYY-MM)
ui-filter-title = filter: 2023-01..2024-06  2024-03  art:411  art:361*  all
ui-no-figures-by-article = no figures by article { $article } on this tab: the article filter narrows figures by article only, and this tab's are national (x clears it)
ui-no-metrics = no metrics on this tab
src-no-figure-here = no figure here
src-change-head = ≠ change on the previous month under each source (the shown one depends on it):
src-no-case = no case selected
case-person = person:
case-event = event:
case-event-on = { $event } on { $date }
case-articles = articles:
case-sentence = sentence:
case-court = court:
case-source = source:
case-note = note:
case-months = { $n } { $form ->
    [one] month
   *[other] months
}
case-not-given = not given
snap-none = no figures for this month
snap-head = { $n } { $form ->
    [one] figure
   *[other] figures
}; ≠ cannot both be true  = agrees  + another batch  · another day's reading
st-no-figure-here = no figure here: this month has no data for this metric
ui-name-title = search a person as you type (Kulša = Kulsha; Esc clears), or a filter: 2024 art:411
ui-picker-cases = { $n } { $form ->
    [one] case
   *[other] cases
}
copy-months-and-facts = { $n } { $form ->
    [one] month
   *[other] months
} and the range's facts
copy-rows = { $n } { $form ->
    [one] row
   *[other] rows
}

## What happened in a documented case (cases.csv `event`), as the register shows it.
case-ev-recognized = recognized
case-ev-convicted = convicted
case-ev-released = released
case-ev-detained = detained
case-ev-pardoned = pardoned
case-ev-convicted-in-absentia = convicted in absentia
case-ev-appeal-rejected = appeal rejected
case-ev-charged = charged
case-ev-sentence-extended = sentence extended
case-ev-expelled = expelled
case-ev-died-in-custody = died in custody
case-ev-admin-arrest = admin. arrest
case-ev-transferred = transferred

## Qualifiers in words (the sources popup), event kinds and the events popup's head.
qual-exact = exact
qual-at-least = at least
qual-over = over
qual-about = about
ev-kind-election = election
ev-kind-list = list
ev-kind-pardon = pardon
ev-kind-release = release
ev-kind-definition-break = definition break
ev-head = { $n } { $form ->
    [one] event
   *[other] events
}; the chart marks them on its x axis

## Problems in the data and errors: what check lists and a failing command prints. Field
## names, keys and the file's own words ("exact", "YYYY-MM") stay as the files spell them.
pr-head = { $n } problem(s) in the data:
pr-and-more = and { $n } more
pr-run-check = run `repdash check` for the full report
pr-not-utf8 = not valid UTF-8 text
pr-empty-file = empty file
pr-nul = NUL byte in text
pr-empty-header = empty header line
pr-no-header = no header
pr-header = header is "{ $got }", expected "{ $expected }"
pr-width = { $n } fields, expected { $expected }
pr-width-thousands = { $width }: "{ $typed }" reads as two fields; a number with a thousands comma must be quoted ("{ $typed }") or written { $plain }
pr-duplicate = duplicate of line { $line } (identical row)
pr-snapshot-name = snapshot file name must be YYYY-MM.csv
pr-snapshot-month = bad month in file name (expected YYYY-MM.csv)
pr-no-figures = empty file: header but no figures
pr-value = value "{ $value }" is not a number (plain digits, at most 15 significant)
pr-unknown-metric = unknown metric "{ $metric }" (not in metrics.csv)
pr-article = article "{ $article }" is not an article number
pr-not-date = { $field } "{ $value }" is not a date (YYYY-MM-DD)
pr-as-of-far = as_of "{ $value }" is { $days } days outside { $month } (at most { $most })
pr-qualifier = unknown qualifier "{ $value }" (expected exact, at_least, over or about)
pr-month = "{ $value }" is not a month (expected YYYY-MM with MM 01..12)
pr-no-url = missing source URL: every { $what } needs one
pr-url-unsafe = source URL contains spaces or control characters
pr-case-date = date "{ $date }" is not a date in month { $month }
pr-sentence = sentence_months "{ $value }" is not a number
pr-unknown-tab = unknown tab "{ $value }" (expected one of { $keys })
pr-unknown-kind = unknown kind "{ $value }" (expected one of { $keys })
pr-totals-no-flow = "{ $key }" totals "{ $flow }", which is not a flow metric of this catalog
pr-period-no-covers = "{ $key }" is a stated period total but says no period (covers: year, half, quarter, ytd or a number of months)
pr-no-companion = "{ $key }" is read beside "{ $other }", which is not a metric of this catalog
pr-key-twice = metric "{ $key }" is listed twice
pr-key-snake = metric key "{ $key }" is not snake_case (a-z, 0-9 and _, starting with a letter)
pr-key-long = metric key "{ $key }" is { $n } characters long; at most { $most }
pr-code = code "{ $value }" is not criminal or administrative
pr-event-date = date "{ $value }" is not YYYY-MM-DD or YYYY-MM
pr-covers = covers "{ $value }" is not a period (expected year, half, quarter, ytd or a number of months dividing 12: 1, 2, 3, 4, 6)
pr-not-found = cannot read: not found
pr-not-regular = is { $what ->
    [directory] a directory
    [fifo] a FIFO (named pipe)
    [device] a device
    [socket] a socket
   *[other] not a file
}, not a regular file: only regular files are read
pr-too-large = is { $size }; files over { $limit } are refused
pr-cannot-read = cannot read: { $why }
pr-cannot-read-catalog = cannot read catalog: { $why }
pr-dir-not-csv = is a directory, expected a CSV file
pr-no-data-dir = data directory not found (or not a directory)
size-bytes = { $n } bytes
git-no-catalog = metrics.csv is not in this revision: not a data directory then
git-no-dir = data directory not found: { $why }
git-no-repo = the data directory is not in a git repository
git-no-work-tree = the repository has no work tree
git-no-tree = the revision has no tree: { $why }
git-not-in-rev = { $path } is not in this revision
git-no-rev = no such revision in this repository (a shallow clone may lack it)
git-date-form = a date revision is written {"{"}YYYY-MM-DD{"}"}, e.g. data@{"{"}2024-06-30{"}"}
git-no-head = no commit at HEAD: { $why }
git-no-walk = cannot walk the history: { $why }
git-no-commit-by = no commit on or before { $day }
git-bad-tree = unreadable tree: { $why }
git-bad-object = { $path }: unreadable object: { $why }
wr-exists = { $path } already exists (use --force to overwrite)
wr-cannot = cannot write { $path }: { $why }
imp-nothing = nothing was written
imp-nothing-put-back = nothing was written: every file is as it was before
imp-busy = another import into { $dir } is running (it holds { $lock }); try again when it has finished
imp-no-dir = the data directory does not exist
imp-lock-not-regular = it is not a regular file (a FIFO, device, link or directory); remove it
er-range-no-data = range { $range } has no data (the data covers { $full })
er-range-last = range "{ $range }": last-N takes N from 1 to 1200
er-range = range "{ $range }": { $why } (or all, last-12, last-36)
er-pattern = "{ $value }" is not an article filter (examples: 342, 361-1, 361*, 24.23, adm:19.11)
er-unknown-metric = unknown metric "{ $metric }" (see data/metrics.csv or `repdash check`)
er-no-months = the data has no months
er-chart-draw = cannot draw the chart: { $why }
er-init-not-dir = { $dir } exists and is not a directory
er-init-not-empty = { $dir } is not empty (use --force to write the dataset's files into it)
er-init-create = cannot create { $dir }: { $why }
er-init-failed = init failed: { $why }
er-cannot-read = cannot read { $path }: { $why }
er-history-dir = history reads a git data directory: name it with --data DIR
er-at-commit = at commit { $commit } ({ $subject }): { $why }
er-no-catalog = { $dir } has no metrics.csv
er-rev-unreadable = a revision is unreadable: { $problem }
er-config = config: { $why }
er-no-terminal = cannot run the dashboard here: { $why } (try `repdash summary`)
er-name-control = the name "{ $name }" has a control character: name the file without one
er-rev-dir = --rev reads a data directory at a git revision: name the directory with --data DIR
er-national = { $key } has no figures by article: --article { $article } does not apply to it (drop one of them)
er-png-stdout = -o - writes text to standard output; a PNG needs a file name
er-import = import failed: { $why }
er-version = version "{ $version }" cannot be read ({ $n } problem(s)); the first: { $first }
er-since-dir = --since REV compares with --data DIR at that revision: name the directory
er-compare-two = compare needs two periods: `compare 2023 2024` or `--a RANGE --b RANGE`
er-chart-ext = { $path }: the chart file must end in .svg or .png (or be -, standard output, for SVG)
er-chart-none = no series to draw
er-chart-one = chart draws one metric: give exactly one --metric KEY
er-from-after-to = --from { $from } is after --to { $to }
er-watch = cannot watch { $dir }: { $why }

## What a command that writes files says it did, and the case register's listing.
wrote-file = wrote { $path } ({ $what })
wrote-chart = { $w }x{ $h } chart, { $range }
wrote-report = report, { $range }
count-figures = { $n } { $form ->
    [one] figure
   *[other] figures
}
count-cases = { $n } { $form ->
    [one] case
   *[other] cases
}
count-documented-cases = { $n } { $form ->
    [one] documented case
   *[other] documented cases
}
imp-month = { $month }.csv: { $n } added, { $dups } duplicate(s) skipped ({ $state ->
    [new] new file
    [unchanged] unchanged
   *[other] updated
})
imp-total = imported { $n } row(s) into { $files } month file(s); { $dups } duplicate(s) skipped
init-done = wrote the embedded dataset to { $dir }: { $n } file(s), { $months } month snapshot(s)
    next: repdash check --data { $dir }
cases-of-person = of "{ $name }"
cases-in = in { $period }
cases-article = (article { $article })
cases-all-years = { $n } in all years (drop --from/--to to list them)
cases-head-row = | date | person | event | articles | sentence | note | source |
cases-sample = (documented cases: a sample, not national totals)
cases-months = { $n } mo

## What `repdash config` prints beside each setting.
cfg-path = config file: { $path }
cfg-path-absent = config file: { $path } (not present: defaults apply)
cfg-no-dir = config file: (no config directory on this platform)
cfg-default = default
cfg-file = config file
cfg-none = (none)
cfg-default-here = default (current directory)
cfg-command-line = command line
cfg-command-line-or-env = command line or environment
cfg-locale = locale
