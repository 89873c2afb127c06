//! `repdash chart`: one metric's chart as an SVG or PNG file.

use std::path::Path;

use super::{CommandError, Outcome};
use crate::cli::FilterArgs;
use crate::data::load::store::Store;
use crate::data::output::chart::model::{ChartImage, ImageFormat};
use crate::data::query::view::View;

/// Draws the chart of the view's first series into `bytes` of the format `path` names.
pub fn image_bytes(
    store: &Store,
    view: &View,
    path: &Path,
    size: (u32, u32),
) -> Result<Vec<u8>, CommandError> {
    // `-` is standard output, which takes text: the SVG.
    let stdout = (path == Path::new("-")).then_some(ImageFormat::Svg);
    let format = stdout.or_else(|| ImageFormat::of(path)).ok_or_else(|| {
        CommandError::Usage(crate::tr!(
            "er-chart-ext",
            path = path.display().to_string()
        ))
    })?;
    let series = view
        .series
        .first()
        .ok_or_else(|| CommandError::Usage(crate::tr!("er-chart-none")))?;
    let chart = ChartImage {
        series,
        events: store
            .events
            .iter()
            .filter(|e| series.range.contains(e.month))
            .collect(),
        size,
    };
    let failed =
        |e: crate::data::output::chart::model::ChartError| CommandError::Failed(e.to_string());
    match format {
        ImageFormat::Svg => chart.svg().map(String::into_bytes).map_err(failed),
        ImageFormat::Png => chart.png().map_err(failed),
    }
}

/// `chart`: exactly one metric, drawn and written atomically.
pub fn chart(
    store: &Store,
    args: &FilterArgs,
    output: &Path,
    (size, force): ((u32, u32), bool),
) -> Outcome {
    if args.metrics.len() != 1 {
        return Err(CommandError::Usage(crate::tr!("er-chart-one")));
    }
    let view = super::view(store, args)?;
    let bytes = image_bytes(store, &view, output, size)?;
    let (w, h, range) = (
        size.0.to_string(),
        size.1.to_string(),
        view.filter.range.to_string(),
    );
    let what = crate::tr!("wrote-chart", w = w, h = h, range = range);
    super::write_or_print(bytes, output, force, &what)
}
