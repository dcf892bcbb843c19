//! What the user has chosen (the columns, how rows are shown, a skill to look up) and every way
//! they can change it: the widget's one reducer, pure so it is tested natively. Views dispatch
//! [`Action`]s; side effects (the URL) happen outside.

use crate::arrange::{RowFilter, RowOrder, ViewOptions};
use crate::framework::Framework;
use crate::lookup;
use crate::url_state::{read_link, LinkState};

/// Most columns shown side by side.
pub const MAX_COLUMNS: usize = 6;

/// The widget's whole state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Role-level ids in the order the user put them.
    pub columns: Vec<String>,
    pub view: ViewOptions,
    /// The skill whose role levels are listed in the skill view.
    pub skill: Option<String>,
    /// Messages about the last link loaded (unknown ids, unknown values), until dismissed.
    pub problems: Vec<String>,
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
    /// Reverse the columns ("swap" for two).
    Reverse,
    /// Remove every column.
    Clear,
    /// Replace the columns, e.g. with every level of a role.
    Replace(Vec<String>),
    SetFilter(RowFilter),
    SetOrder(RowOrder),
    SetGroupVariants(bool),
    /// Show (or close) the skill view.
    ShowSkill(Option<String>),
    /// Load a link's state, with what could not be used worded as messages.
    Load {
        state: LinkState,
        problems: Vec<String>,
    },
    /// The user has read the messages.
    DismissProblems,
}

fn replaced(ids: Vec<String>) -> Vec<String> {
    let mut columns = Vec::new();
    for id in ids {
        if columns.len() < MAX_COLUMNS && !columns.contains(&id) {
            columns.push(id);
        }
    }
    columns
}

impl Selection {
    pub fn new(columns: Vec<String>) -> Selection {
        Selection::default().apply(Action::Replace(columns))
    }

    /// The selection after `action`. Out-of-range positions leave it unchanged.
    pub fn apply(&self, action: Action) -> Selection {
        let mut next = self.clone();
        let columns = &mut next.columns;
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
            Action::Reverse => columns.reverse(),
            Action::Clear => columns.clear(),
            Action::Replace(ids) => *columns = replaced(ids),
            Action::SetFilter(filter) => next.view.filter = filter,
            Action::SetOrder(order) => next.view.order = order,
            Action::SetGroupVariants(group) => next.view.group_variants = group,
            Action::ShowSkill(skill) => next.skill = skill,
            Action::Load { state, problems } => {
                next = Selection {
                    columns: replaced(state.columns),
                    view: state.view,
                    skill: state.skill,
                    problems,
                };
            }
            Action::DismissProblems => next.problems.clear(),
            Action::Remove(_) | Action::MoveLeft(_) | Action::MoveRight(_) => {}
        }
        next
    }

    pub fn is_full(&self) -> bool {
        self.columns.len() >= MAX_COLUMNS
    }

    /// What goes into the link.
    pub fn link_state(&self) -> LinkState {
        LinkState {
            columns: self.columns.clone(),
            view: self.view,
            skill: self.skill.clone(),
        }
    }
}

/// A link's state with what the framework does not know left out, and that worded as messages:
/// unknown role levels and skills (with the closest known ids) and unknown view values.
pub fn read_known_link(fw: &Framework, query: &str, param: &str) -> (LinkState, Vec<String>) {
    let (mut state, mut problems) = read_link(query, param);
    let (known, unknown) = lookup::levels(fw, &state.columns);
    let known: Vec<String> = known.into_iter().map(|l| l.id.clone()).collect();
    for id in unknown {
        problems.insert(
            0,
            format!(
                "The link names a role level that does not exist: {}.",
                id.describe("role level")
            ),
        );
    }
    let named = known.len();
    state.columns = replaced(known);
    if state.columns.len() == MAX_COLUMNS && named > MAX_COLUMNS {
        problems.push(format!(
            "The link names {named} role levels; only the first {MAX_COLUMNS} can be compared at once."
        ));
    }
    if let Some(skill) = &state.skill {
        if fw.skill(skill).is_none() {
            problems.push(format!(
                "The link names a skill that does not exist: \"{skill}\"."
            ));
            state.skill = None;
        }
    }
    (state, problems)
}

/// The action that loads a link (see [`read_known_link`]).
pub fn load_link(fw: &Framework, query: &str, param: &str) -> Action {
    let (state, problems) = read_known_link(fw, query, param);
    Action::Load { state, problems }
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
    fn removes_moves_and_reverses_columns() {
        let s = sel(&["a", "b", "c"]);
        assert_eq!(s.apply(Action::Remove(1)).columns, vec!["a", "c"]);
        assert_eq!(s.apply(Action::MoveLeft(2)).columns, vec!["a", "c", "b"]);
        assert_eq!(s.apply(Action::MoveRight(0)).columns, vec!["b", "a", "c"]);
        assert_eq!(s.apply(Action::Reverse).columns, vec!["c", "b", "a"]);
        assert_eq!(s.apply(Action::MoveLeft(0)), s);
        assert_eq!(s.apply(Action::MoveRight(2)), s);
        assert_eq!(s.apply(Action::Remove(9)), s);
        assert!(s.apply(Action::Clear).columns.is_empty());
    }

    #[test]
    fn replacing_drops_duplicates_and_keeps_six() {
        let s = sel(&["a", "a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(s.columns, vec!["a", "b", "c", "d", "e", "f"]);
    }

    #[test]
    fn view_actions_change_only_the_view() {
        let s = sel(&["a"])
            .apply(Action::SetFilter(RowFilter::Shared))
            .apply(Action::SetOrder(RowOrder::ByName));
        let s = s
            .apply(Action::SetGroupVariants(false))
            .apply(Action::ShowSkill(Some("x".into())));
        assert_eq!(s.columns, vec!["a"]);
        assert_eq!(
            s.view,
            ViewOptions {
                filter: RowFilter::Shared,
                order: RowOrder::ByName,
                group_variants: false
            }
        );
        assert_eq!(s.skill.as_deref(), Some("x"));
        assert_eq!(s.link_state().view, s.view);
    }

    #[test]
    fn problems_stay_until_dismissed() {
        let state = LinkState {
            columns: vec!["a".into()],
            ..LinkState::default()
        };
        let s = Selection::default().apply(Action::Load {
            state,
            problems: vec!["bad".into()],
        });
        let s = s.apply(Action::Add("b".into()));
        assert_eq!(s.problems, vec!["bad"]);
        assert!(s.apply(Action::DismissProblems).problems.is_empty());
    }
}
