//! The limit of a note of evidence, said as the person types (the GOV.UK character count's
//! words), and what is said when a note over it is not saved.

use super::ratings::MAX_EVIDENCE_CHARS;
use crate::framework::wording::{count, thousands};

/// How a note being typed stands against [`MAX_EVIDENCE_CHARS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceCount {
    /// "You have 1,995 characters remaining", "You have 1 character too many".
    pub status: String,
    /// The note is over the limit: it is not saved until it is shortened.
    pub over: bool,
}

/// How `text` stands against the limit, counted in characters as the file counts them.
pub fn evidence_count(text: &str) -> EvidenceCount {
    let used = text.chars().count();
    let plural = |n: usize, what: &str| {
        count(n, "character", "characters").replacen(&n.to_string(), &thousands(n), 1) + " " + what
    };
    if used > MAX_EVIDENCE_CHARS {
        EvidenceCount {
            status: format!("You have {}", plural(used - MAX_EVIDENCE_CHARS, "too many")),
            over: true,
        }
    } else {
        EvidenceCount {
            status: format!(
                "You have {}",
                plural(MAX_EVIDENCE_CHARS - used, "remaining")
            ),
            over: false,
        }
    }
}

/// The hint beside every evidence box: "You can enter up to 2,000 characters".
pub fn evidence_limit_hint() -> String {
    format!(
        "You can enter up to {} characters",
        thousands(MAX_EVIDENCE_CHARS)
    )
}

/// Said when a note over the limit is left: "Your evidence for Planning is not saved: it is 300
/// characters too long. Shorten it to 2,000 characters to save it; until then it is kept here
/// while this page is open."
pub fn evidence_refused(skill_name: &str, text: &str) -> String {
    let over = text.chars().count().saturating_sub(MAX_EVIDENCE_CHARS);
    format!(
        "Your evidence for {skill_name} is not saved: it is {} characters too long. Shorten it to {} characters to save it; until then it is kept here while this page is open.",
        thousands(over),
        thousands(MAX_EVIDENCE_CHARS)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_says_what_is_left_or_how_many_too_many() {
        assert_eq!(
            evidence_count("Ran retros").status,
            "You have 1,990 characters remaining"
        );
        let nearly = "x".repeat(MAX_EVIDENCE_CHARS - 1);
        assert_eq!(
            evidence_count(&nearly).status,
            "You have 1 character remaining"
        );
        let pasted = "é".repeat(3_000);
        let over = evidence_count(&pasted);
        assert_eq!(over.status, "You have 1,000 characters too many");
        assert!(over.over);
        assert!(!evidence_count(&"x".repeat(MAX_EVIDENCE_CHARS)).over);
        assert_eq!(
            evidence_limit_hint(),
            "You can enter up to 2,000 characters"
        );
        assert!(evidence_refused("Planning", &pasted).starts_with(
            "Your evidence for Planning is not saved: it is 1,000 characters too long."
        ));
    }
}
