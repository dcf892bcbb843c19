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

/// The longest id, in characters.
pub const MAX_ID_CHARS: usize = 100;

/// An id is a slug: lowercase letters and digits in words joined by single hyphens, at most
/// [`MAX_ID_CHARS`] long ("head-of-portfolio"). So every id is safe in a link as it is, and survives
/// a round trip through one unchanged.
pub fn is_valid_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
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
