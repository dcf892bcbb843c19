//! Stable, readable ids: the slug of a name ("Head of portfolio" → "head-of-portfolio").

/// Lower-cases `name`, keeps ASCII letters and digits, and joins the words with single hyphens.
/// Curly apostrophes and other punctuation are dropped, so "user's" and "user’s" give the same id.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_hyphen = false;
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // An apostrophe joins, it does not separate.
        } else {
            pending_hyphen = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert_eq!(slug("Head of portfolio"), "head-of-portfolio");
        assert_eq!(
            slug("End user computing engineer "),
            "end-user-computing-engineer"
        );
        assert_eq!(
            slug("Stakeholder relationship management (content design)"),
            "stakeholder-relationship-management-content-design"
        );
        assert_eq!(
            slug("Quality assurance testing (QAT)"),
            "quality-assurance-testing-qat"
        );
        assert_eq!(
            slug("Digital, data and technology"),
            "digital-data-and-technology"
        );
    }
}
