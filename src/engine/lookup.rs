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

/// An id (or any short value) from a link or a file as a message may repeat it: at most
/// [`SHOWN_ID_CHARS`] characters (cut with "…"), and every control, direction or invisible
/// formatting character written out as `\u{202e}`, so it cannot reorder or hide the rest of the
/// message around it.
pub fn shown_id(id: &str) -> String {
    let cut: String = id.chars().take(SHOWN_ID_CHARS).collect();
    let mut shown = crate::framework::wording::escape_invisible(&cut);
    if id.chars().count() > SHOWN_ID_CHARS {
        shown.push('…');
    }
    shown
}

/// A JSON value from a file as a message repeats it (`"guru"`, `3`), made safe as [`shown_id`].
pub fn shown_value(value: &serde_json::Value) -> String {
    shown_id(&value.to_string())
}

impl UnknownId {
    /// "no role level has the id "x" (closest: a, b)".
    pub fn describe(&self, what: &str) -> String {
        let id = shown_id(&self.id);
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

/// An id's characters counted into 64 buckets, for [`fewest_edits`].
struct Letters {
    buckets: [u32; 64],
}

impl Letters {
    fn of(id: &str) -> Self {
        let mut buckets = [0; 64];
        for c in id.chars() {
            buckets[c as usize % 64] += 1;
        }
        Letters { buckets }
    }
}

/// A lower bound on [`edit_distance`], found in one pass (the "bag distance"): a substitution
/// takes one character out and puts one in, an insertion or a deletion does one of the two, a
/// swap neither; so at least as many edits are needed as characters one id has beyond the other.
/// Characters sharing a bucket only make the bound lower, never wrong.
fn fewest_edits(a: &Letters, b: &Letters) -> usize {
    let (mut extra, mut missing) = (0, 0);
    for (x, y) in a.buckets.iter().zip(&b.buckets) {
        extra += x.saturating_sub(*y);
        missing += y.saturating_sub(*x);
    }
    extra.max(missing) as usize
}

/// Up to three of `candidates` close to `id`. An id longer than any valid id
/// ([`crate::load::validate::MAX_ID_CHARS`]) is close to none, and is not compared.
fn closest<'a>(id: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    // (A character is at most 4 bytes: a longer text is not even counted.)
    if id.len() > 4 * crate::load::validate::MAX_ID_CHARS {
        return Vec::new();
    }
    let id_chars = id.chars().count();
    if id_chars > crate::load::validate::MAX_ID_CHARS {
        return Vec::new();
    }
    let id_letters = Letters::of(id);
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|c| {
            let c_chars = c.chars().count();
            // How far a candidate may be: a third of the longer id, at least 2.
            let allowed = (id_chars.max(c_chars) / 3).max(2);
            // A known id that contains the typed text, or is contained in it, is a good match too.
            let distance = if c.contains(id) || id.contains(c) {
                c_chars.abs_diff(id_chars).min(2)
            } else if c_chars.abs_diff(id_chars) > allowed
                || fewest_edits(&id_letters, &Letters::of(c)) > allowed
            {
                // Too far by the difference in length or the quick bound: the full distance is
                // not computed (most candidates).
                return None;
            } else {
                edit_distance(id, c)
            };
            (distance <= allowed).then_some((distance, c))
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
    let mut unknown: Vec<UnknownId> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        let id = id.as_ref();
        match fw.level(id.trim()) {
            Some(l) => found.push(l),
            // The same unknown id twice is named once.
            None if !seen.insert(id) => {}
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
    use super::{edit_distance, fewest_edits, Letters};

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

    #[test]
    fn the_quick_bound_never_exceeds_the_edit_distance() {
        let ids = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "portfolio",
            "protfolio",
            "portfolo",
            "kitten",
            "sitting",
            "é",
            "e",
            "ééé",
            "eee",
            "𝔞𝔞",
            "aa",
            "a@",
            "data-scientist-senior",
            "senior-data-scientist",
            "user-researcher",
            "researcher-user",
            "Ab",
            "aB",
            "x\u{0}y",
            "\u{40}\u{80}",
        ];
        for a in ids {
            for b in ids {
                let bound = fewest_edits(&Letters::of(a), &Letters::of(b));
                assert!(bound <= edit_distance(a, b), "{a:?} {b:?}: bound {bound}");
            }
        }
        // And it is not trivially zero: ids with no letter in common are their length apart.
        assert_eq!(fewest_edits(&Letters::of("abc"), &Letters::of("xyz")), 3);
    }
}
