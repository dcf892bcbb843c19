//! Framework prose as blocks: paragraphs and bullet lists, kept exactly as published.
//!
//! The official texts mix a lead sentence, a lead-in line ("You can:", "At this role level, you will:")
//! and "- " bullet lines, sometimes more than one list. A [`Text`] is the sequence of maximal runs of
//! plain lines and of bullet lines, so it renders to views as paragraphs and lists, and
//! [`Text::to_source`] gives back the published string byte for byte.

use serde::{Deserialize, Serialize};

/// One run of lines in a framework text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Block {
    /// Consecutive plain lines, joined by `\n` (blank lines kept).
    Paragraphs(String),
    /// Consecutive "- " lines, without the marker.
    Bullets(Vec<String>),
}

/// A published text as blocks. Serialised as a JSON array of strings (paragraph runs) and arrays (bullet lists).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub Vec<Block>);

const BULLET: &str = "- ";

impl Text {
    /// Splits a published text into blocks.
    pub fn parse(source: &str) -> Text {
        let mut blocks: Vec<Block> = Vec::new();
        for line in source.split('\n') {
            match (line.strip_prefix(BULLET), blocks.last_mut()) {
                (Some(item), Some(Block::Bullets(items))) => items.push(item.to_string()),
                (Some(item), _) => blocks.push(Block::Bullets(vec![item.to_string()])),
                (None, Some(Block::Paragraphs(text))) => {
                    text.push('\n');
                    text.push_str(line);
                }
                (None, _) => blocks.push(Block::Paragraphs(line.to_string())),
            }
        }
        Text(blocks)
    }

    /// The published string, exactly as it was parsed.
    pub fn to_source(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        for block in &self.0 {
            match block {
                Block::Paragraphs(text) => lines.push(text.clone()),
                Block::Bullets(items) => lines.extend(items.iter().map(|i| format!("{BULLET}{i}"))),
            }
        }
        lines.join("\n")
    }

    /// Every bullet of every list, in order: the "You can:" items of a skill level.
    pub fn bullets(&self) -> impl Iterator<Item = &str> {
        self.0.iter().flat_map(|block| match block {
            Block::Bullets(items) => items.iter().map(String::as_str).collect::<Vec<_>>(),
            Block::Paragraphs(_) => Vec::new(),
        })
    }

    /// The first paragraph: the lead sentence of a role or level description.
    pub fn lead(&self) -> Option<&str> {
        self.0.iter().find_map(|block| match block {
            Block::Paragraphs(text) => text
                .split("\n\n")
                .map(str::trim)
                .find(|paragraph| !paragraph.is_empty()),
            Block::Bullets(_) => None,
        })
    }

    /// True when there is no visible text at all.
    pub fn is_blank(&self) -> bool {
        self.0.iter().all(|block| match block {
            Block::Paragraphs(text) => text.trim().is_empty(),
            Block::Bullets(items) => items.is_empty(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEVEL: &str = "A senior developer delivers software.\n\nAt this role level, you will:\n- plan work\n- teach others";

    #[test]
    fn splits_lead_lead_in_and_bullets() {
        let text = Text::parse(LEVEL);
        assert_eq!(
            text.0,
            vec![
                Block::Paragraphs(
                    "A senior developer delivers software.\n\nAt this role level, you will:".into()
                ),
                Block::Bullets(vec!["plan work".into(), "teach others".into()]),
            ]
        );
        assert_eq!(text.lead(), Some("A senior developer delivers software."));
        assert_eq!(
            text.bullets().collect::<Vec<_>>(),
            vec!["plan work", "teach others"]
        );
    }

    #[test]
    fn keeps_several_lists_and_odd_spacing_byte_for_byte() {
        for source in [
            LEVEL,
            "You can:\n- own budgets\nExamples of leadership using this skill:\n- a\n- b",
            " At this role level, you will:\u{2028}\n- x\n\nMore text.\n- y\n",
            "",
            "Plain sentence only.",
        ] {
            assert_eq!(Text::parse(source).to_source(), source);
        }
    }

    #[test]
    fn serialises_as_strings_and_arrays() {
        let json = serde_json::to_string(&Text::parse("You can:\n- a\n- b")).unwrap();
        assert_eq!(json, r#"["You can:",["a","b"]]"#);
        let back: Text = serde_json::from_str(&json).unwrap();
        assert_eq!(back.to_source(), "You can:\n- a\n- b");
    }
}
