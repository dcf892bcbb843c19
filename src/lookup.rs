//! Finding role levels and roles by id, with the closest known ids offered for a mistyped one.

use crate::framework::{Framework, Level, Role};

/// An id nobody has, and the known ids closest to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    pub id: String,
    /// Up to three known ids, closest first.
    pub closest: Vec<String>,
}

/// How much of an unknown id a message repeats; a longer one is cut with "…".
const SHOWN_ID_CHARS: usize = 60;

/// How many unknown ids in one request get closest suggestions (each is compared with every
/// known id, so a link of a thousand made-up ids must not cost a thousand searches).
pub const MAX_SUGGESTED: usize = 10;

impl UnknownId {
    /// "no role level has the id "x" (closest: a, b)".
    pub fn describe(&self, what: &str) -> String {
        let id: String = if self.id.chars().count() > SHOWN_ID_CHARS {
            let cut: String = self.id.chars().take(SHOWN_ID_CHARS).collect();
            format!("{cut}…")
        } else {
            self.id.clone()
        };
        if self.closest.is_empty() {
            format!("no {what} has the id \"{id}\"")
        } else {
            format!(
                "no {what} has the id \"{id}\" (closest: {})",
                self.closest.join(", ")
            )
        }
    }
}

/// Edits between two ids: insertions, deletions, substitutions and swaps of neighbouring letters
/// ("protfolio" is one edit from "portfolio"), by `strsim`'s optimal string alignment distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// Up to three of `candidates` close to `id`. An id longer than any valid id
/// ([`crate::validate::MAX_ID_CHARS`]) is close to none, and is not compared.
fn closest<'a>(id: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    if id.len() > crate::validate::MAX_ID_CHARS {
        return Vec::new();
    }
    // How far a candidate may be: a third of the longer id, at least 2.
    let allowed = |c: &str| (id.len().max(c.len()) / 3).max(2);
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|c| {
            // A known id that contains the typed text, or is contained in it, is a good match too.
            let contains = c.contains(id) || id.contains(c);
            let distance = if contains {
                c.len().abs_diff(id.len()).min(2)
            } else if c.len().abs_diff(id.len()) > allowed(c) {
                // The distance is at least the difference in length: too far, not computed.
                return None;
            } else {
                edit_distance(id, c)
            };
            (distance <= allowed(c)).then_some((distance, c))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}

/// The role level (or Chief role) with this id.
pub fn level<'a>(fw: &'a Framework, id: &str) -> Result<&'a Level, UnknownId> {
    fw.level(id.trim()).ok_or_else(|| UnknownId {
        id: id.to_string(),
        closest: closest(id.trim(), fw.levels.iter().map(|l| l.id.as_str())),
    })
}

/// The role with this id.
pub fn role<'a>(fw: &'a Framework, id: &str) -> Result<&'a Role, UnknownId> {
    fw.role(id.trim()).ok_or_else(|| UnknownId {
        id: id.to_string(),
        closest: closest(id.trim(), fw.roles.iter().map(|r| r.id.as_str())),
    })
}

/// A skill id nobody has, with the closest skill ids (for a known id, its own).
pub fn closest_skill(fw: &Framework, id: &str) -> UnknownId {
    UnknownId {
        id: id.to_string(),
        closest: closest(id.trim(), fw.skills.iter().map(|s| s.id.as_str())),
    }
}

/// Resolves many level ids at once: the known levels in order, and every unknown id (the first
/// [`MAX_SUGGESTED`] with the closest known ids).
pub fn levels<'a, S: AsRef<str>>(fw: &'a Framework, ids: &[S]) -> (Vec<&'a Level>, Vec<UnknownId>) {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for id in ids {
        let id = id.as_ref();
        match fw.level(id.trim()) {
            Some(l) => found.push(l),
            None if unknown.len() < MAX_SUGGESTED => unknown.push(level(fw, id).unwrap_err()),
            None => unknown.push(UnknownId {
                id: id.to_string(),
                closest: Vec::new(),
            }),
        }
    }
    (found, unknown)
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("portfolo", "portfolio"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            edit_distance("protfolio", "portfolio"),
            1,
            "a swapped pair is one edit"
        );
    }
}
