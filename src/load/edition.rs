//! The edition mark `role-compare import` gives a framework: 16 hexadecimal digits of the FNV-1a
//! hash (64 bits, the `fnv` crate) of everything the file says, its earlier editions' maps left
//! out. Two imports of the same files get the same mark; any change (a name, a statement, a needed
//! level) gives a new one. A mark, not a date: the official files carry no edition date, and a
//! mark never claims one.

use crate::framework::Framework;
use std::hash::Hasher;

/// `fw`'s edition mark, from its content (its own mark, maps, outline and similarities aside).
pub fn edition_mark(fw: &Framework) -> String {
    let mut content = fw.clone();
    content.edition = None;
    content.renames = Vec::new();
    content.outline = None;
    content.similar = None;
    content.similar_roles = None;
    let json = serde_json::to_string(&content).expect("a framework serialises");
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(json.as_bytes());
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_follows_the_content_and_nothing_else() {
        let fw = crate::load::embedded::framework().unwrap();
        let mark = edition_mark(&fw);
        assert_eq!(mark.len(), 16);
        assert!(mark.chars().all(|c| c.is_ascii_hexdigit()));
        let mut marked = fw.clone();
        marked.edition = Some("something else".into());
        marked.renames = vec![crate::framework::Renames::default()];
        assert_eq!(
            edition_mark(&marked),
            mark,
            "its own mark and maps do not count"
        );
        let mut renamed = fw.clone();
        renamed.skills[0].name.push('s');
        assert_ne!(
            edition_mark(&renamed),
            mark,
            "a renamed skill is a new edition"
        );
    }
}
