//! The chosen columns and every way a user can change them: the widget's one reducer, pure so it
//! is tested natively. Views dispatch [`Action`]s; side effects (the URL) happen outside.

/// Most columns shown side by side.
pub const MAX_COLUMNS: usize = 6;

/// The role-level ids in the order the user put them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub columns: Vec<String>,
    /// Ids from the last link that name no role level, kept to tell the user.
    pub unknown: Vec<String>,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Add a column at the right (ignored when full or already present).
    Add(String),
    /// Remove the column at this position.
    Remove(usize),
    /// Swap the column at this position with its left neighbour.
    MoveLeft(usize),
    /// Swap the column at this position with its right neighbour.
    MoveRight(usize),
    /// Remove every column.
    Clear,
    /// Replace the columns, e.g. from the URL after the back button.
    Replace(Vec<String>),
    /// Load a link: its known ids become the columns, its unknown ids are kept to be reported.
    Load {
        known: Vec<String>,
        unknown: Vec<String>,
    },
    /// The user has read the message about unknown ids.
    DismissUnknown,
}

impl Selection {
    pub fn new(columns: Vec<String>) -> Selection {
        Selection::default().apply(Action::Replace(columns))
    }

    fn replaced(columns: &mut Vec<String>, ids: Vec<String>) {
        columns.clear();
        for id in ids {
            if columns.len() < MAX_COLUMNS && !columns.contains(&id) {
                columns.push(id);
            }
        }
    }

    /// The selection after `action`. Out-of-range positions leave it unchanged.
    pub fn apply(&self, action: Action) -> Selection {
        let mut columns = self.columns.clone();
        let mut unknown = self.unknown.clone();
        match action {
            Action::Add(id) => {
                if columns.len() < MAX_COLUMNS && !columns.contains(&id) {
                    columns.push(id);
                }
            }
            Action::Remove(at) if at < columns.len() => {
                columns.remove(at);
            }
            Action::MoveLeft(at) if at > 0 && at < columns.len() => columns.swap(at - 1, at),
            Action::MoveRight(at) if at + 1 < columns.len() => columns.swap(at, at + 1),
            Action::Clear => columns.clear(),
            Action::Replace(ids) => Selection::replaced(&mut columns, ids),
            Action::Load {
                known,
                unknown: missing,
            } => {
                Selection::replaced(&mut columns, known);
                unknown = missing;
            }
            Action::DismissUnknown => unknown.clear(),
            Action::Remove(_) | Action::MoveLeft(_) | Action::MoveRight(_) => {}
        }
        Selection { columns, unknown }
    }

    pub fn is_full(&self) -> bool {
        self.columns.len() >= MAX_COLUMNS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(ids: &[&str]) -> Selection {
        Selection::new(ids.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn adds_at_the_right_without_duplicates_up_to_six() {
        let s = sel(&["a"])
            .apply(Action::Add("b".into()))
            .apply(Action::Add("a".into()));
        assert_eq!(s.columns, vec!["a", "b"]);
        let full = sel(&["1", "2", "3", "4", "5", "6"]);
        assert!(full.is_full());
        assert_eq!(full.apply(Action::Add("7".into())), full);
    }

    #[test]
    fn removes_and_moves_columns() {
        let s = sel(&["a", "b", "c"]);
        assert_eq!(s.apply(Action::Remove(1)).columns, vec!["a", "c"]);
        assert_eq!(s.apply(Action::MoveLeft(2)).columns, vec!["a", "c", "b"]);
        assert_eq!(s.apply(Action::MoveRight(0)).columns, vec!["b", "a", "c"]);
        assert_eq!(s.apply(Action::MoveLeft(0)), s);
        assert_eq!(s.apply(Action::MoveRight(2)), s);
        assert_eq!(s.apply(Action::Remove(9)), s);
        assert!(s.apply(Action::Clear).columns.is_empty());
    }

    #[test]
    fn loading_a_link_keeps_unknown_ids_until_dismissed() {
        let s = Selection::default().apply(Action::Load {
            known: vec!["a".into()],
            unknown: vec!["zz".into()],
        });
        assert_eq!(s.columns, vec!["a"]);
        assert_eq!(s.unknown, vec!["zz"]);
        let s = s.apply(Action::Add("b".into()));
        assert_eq!(s.unknown, vec!["zz"]);
        assert!(s.apply(Action::DismissUnknown).unknown.is_empty());
    }

    #[test]
    fn replacing_drops_duplicates_and_keeps_six() {
        let s = sel(&["a", "a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(s.columns, vec!["a", "b", "c", "d", "e", "f"]);
    }
}
