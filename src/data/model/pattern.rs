//! Article filters: `361` matches exactly article 361; `361*` matches 361, 361-1, 361-4 ...

use std::fmt;
use std::str::FromStr;

/// An article filter as typed by a user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ArticlePattern {
    base: String,
    family: bool,
}

/// Why an article filter was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!("er-pattern", value = .0.as_str()))]
pub struct BadPattern(pub String);

impl ArticlePattern {
    /// Whether an article cell matches. Combined cells (`342+342-2+293`) match when any part
    /// does, so a monitor filtering on 342 also sees the figure that includes it.
    pub fn matches(&self, article: &str) -> bool {
        article.split(['+', ';']).any(|part| self.matches_one(part))
    }

    fn matches_one(&self, part: &str) -> bool {
        let part = part.strip_prefix("adm:").unwrap_or(part);
        if !self.family {
            return part == self.base;
        }
        match part.strip_prefix(self.base.as_str()) {
            Some(rest) => rest.is_empty() || rest.starts_with(['-', '.']),
            None => false,
        }
    }
}

impl FromStr for ArticlePattern {
    type Err = BadPattern;

    fn from_str(s: &str) -> Result<ArticlePattern, BadPattern> {
        let text = s.trim();
        let (base, family) = match text.strip_suffix('*') {
            Some(b) => (b, true),
            None => (text, false),
        };
        let base = base.strip_prefix("adm:").unwrap_or(base);
        let ok = !base.is_empty()
            && base
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !ok {
            return Err(BadPattern(crate::data::model::text::clean(s)));
        }
        Ok(ArticlePattern {
            base: base.to_string(),
            family,
        })
    }
}

impl fmt::Display for ArticlePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.base, if self.family { "*" } else { "" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> ArticlePattern {
        s.parse().unwrap()
    }

    #[test]
    fn exact_and_family() {
        assert!(p("361").matches("361"));
        assert!(!p("361").matches("361-1"));
        for a in ["361", "361-1", "361-4"] {
            assert!(p("361*").matches(a), "{a}");
        }
        assert!(!p("361*").matches("3610"));
        assert!(!p("36*").matches("361"));
        assert!(p("342").matches("342+342-2+293"));
        assert!(p("24*").matches("24.23"));
        assert!(p("19.11").matches("adm:19.11"));
        assert!("".parse::<ArticlePattern>().is_err());
        assert!("3 42".parse::<ArticlePattern>().is_err());
    }
}
