//! Text and links for the HTML report: every data string escaped, a link only for http(s).

use crate::data::model::text::clean;

/// Text for HTML: cleaned of controls and bidi overrides, then `& < > " '` escaped.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link to a source, only for http(s) URLs; anything else is shown as text.
pub fn link(url: &str) -> String {
    let safe = html_text(url);
    if crate::data::model::text::is_web_link(url) {
        format!("<a href=\"{safe}\">{safe}</a>")
    } else {
        safe
    }
}
