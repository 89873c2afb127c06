//! The HTML brief's stylesheet, inline so the report is one file that asks nothing of the
//! network; print rules keep tables and charts whole on a page.

/// The stylesheet of the HTML brief.
pub const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}\
td.num{text-align:right;white-space:nowrap}td.day{white-space:nowrap}.muted{color:#555}.charts{display:flex;flex-wrap:wrap;gap:.5rem}\
.charts svg{width:100%;max-width:29rem;height:auto;border:1px solid #eee}ol.notes{font-size:.85rem}\
@media print{body{margin:0;max-width:none}.charts svg{max-width:48%}h2{break-after:avoid}table,svg{break-inside:avoid}}";
