//! What the user has chosen (the columns, how rows are shown, a skill to look up) and every way
//! they can change it: the widget's one reducer, pure so it is tested natively. Views dispatch
//! [`Action`]s; side effects (the URL) happen outside.

use crate::engine::arrange::{RowFilter, RowOrder, ViewOptions};
use crate::engine::career::SeniorityFilter;
use crate::engine::lookup;
use crate::framework::Framework;
use crate::state::explore::{Basis, Explore, Screen};
use crate::state::url_state::{read_link, LinkState};

pub use crate::engine::compare::MAX_COLUMNS;

/// The widget's whole state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Most columns side by side: [`MAX_COLUMNS`] unless the host asks for fewer.
    pub limit: usize,
    /// Role-level ids in the order the user put them.
    pub columns: Vec<String>,
    pub view: ViewOptions,
    /// The skill whose role levels are listed in the skill view.
    pub skill: Option<String>,
    /// The screen and the career-move explorer's choices.
    pub explore: Explore,
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
    /// Switch between comparing and exploring career moves.
    SetScreen(Screen),
    /// The host changed how many columns fit (1 to [`MAX_COLUMNS`]); columns beyond it go.
    SetLimit(usize),
    /// Make this level the current one (the first column), keeping the others.
    SetCurrent(String),
    /// Open the gap of the move to this level (or close it).
    ShowMove(Option<String>),
    /// Plan routes to this far level (or stop).
    SetRouteTo(Option<String>),
    /// Keep moves to roles of this family only (or any family).
    SetFamily(Option<String>),
    SetSeniority(SeniorityFilter),
    /// Order the team view's rows by gaps (`true`) or by skill name.
    SetTeamOrder(bool),
    /// Order the team view's people.
    SetPeopleOrder(crate::engine::team::PeopleOrder),
    /// Also assess the ratings against this role level (or stop).
    SetAssess(Option<String>),
    /// Start moves from the current level or from the person's own ratings.
    SetBasis(Basis),
    /// The comparison's gap panel compares these two columns (from, to).
    SetGapPair(String, String),
    /// Put two levels side by side in the comparison (from a move or a route).
    CompareMove(String, String),
}

fn replaced(ids: Vec<String>, limit: usize) -> Vec<String> {
    let mut columns = Vec::new();
    for id in ids {
        if columns.len() < limit && !columns.contains(&id) {
            columns.push(id);
        }
    }
    columns
}

impl Default for Selection {
    fn default() -> Selection {
        Selection::with_limit(MAX_COLUMNS)
    }
}

impl Selection {
    pub fn new(columns: Vec<String>) -> Selection {
        Selection::default().apply(Action::Replace(columns))
    }

    /// An empty selection of at most `limit` columns (1 to [`MAX_COLUMNS`]).
    pub fn with_limit(limit: usize) -> Selection {
        Selection {
            limit: limit.clamp(1, MAX_COLUMNS),
            columns: Vec::new(),
            view: ViewOptions::default(),
            skill: None,
            explore: Explore::default(),
            problems: Vec::new(),
        }
    }

    /// The selection after `action`. Out-of-range positions leave it unchanged.
    pub fn apply(&self, action: Action) -> Selection {
        let mut next = self.clone();
        let limit = self.limit;
        let columns = &mut next.columns;
        match action {
            Action::Add(id) => {
                if columns.len() < limit && !columns.contains(&id) {
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
            Action::Replace(ids) => *columns = replaced(ids, limit),
            Action::SetFilter(filter) => next.view.filter = filter,
            Action::SetOrder(order) => next.view.order = order,
            Action::SetGroupVariants(group) => next.view.group_variants = group,
            Action::ShowSkill(skill) => next.skill = skill,
            Action::Load { state, problems } => {
                next = Selection {
                    limit,
                    columns: replaced(state.columns, limit),
                    view: state.view,
                    skill: state.skill,
                    explore: state.explore,
                    problems,
                };
            }
            Action::DismissProblems => next.problems.clear(),
            Action::SetScreen(screen) => next.explore.screen = screen,
            Action::SetLimit(n) => {
                next.limit = n.clamp(1, MAX_COLUMNS);
                next.columns.truncate(next.limit);
            }
            Action::SetCurrent(id) => {
                let mut ids = vec![id];
                ids.extend(next.columns.iter().skip(1).cloned());
                next.columns = replaced(ids, limit);
                next.explore.target = None;
            }
            Action::ShowMove(target) => next.explore.target = target,
            Action::SetRouteTo(to) => next.explore.route_to = to,
            Action::SetFamily(family) => next.explore.filter.family = family,
            Action::SetSeniority(seniority) => next.explore.filter.seniority = seniority,
            Action::SetTeamOrder(by_gaps) => next.explore.team_by_gaps = by_gaps,
            Action::SetAssess(level) => next.explore.assess = level,
            Action::SetPeopleOrder(order) => next.explore.team_people = order,
            Action::SetBasis(basis) => next.explore.basis = basis,
            Action::SetGapPair(from, to) => next.explore.gap = Some((from, to)),
            Action::CompareMove(from, to) => {
                next.columns = replaced(vec![from, to], limit);
                next.explore.screen = Screen::Compare;
                next.explore.gap = None;
            }
            Action::Remove(_) | Action::MoveLeft(_) | Action::MoveRight(_) => {}
        }
        next
    }

    pub fn is_full(&self) -> bool {
        self.columns.len() >= self.limit
    }

    /// What goes into the link.
    pub fn link_state(&self) -> LinkState {
        LinkState {
            columns: self.columns.clone(),
            view: self.view,
            skill: self.skill.clone(),
            explore: self.explore.clone(),
        }
    }
}

/// A link's state with what the framework does not know left out, and that worded as messages:
/// unknown role levels and skills (with the closest known ids) and unknown view values.
/// At most `limit` columns are kept.
pub fn read_known_link(
    fw: &Framework,
    query: &str,
    param: &str,
    limit: usize,
) -> (LinkState, Vec<String>) {
    let (mut state, mut problems) = read_link(query, param);
    let (known, unknown) = lookup::levels(fw, &state.columns);
    let known: Vec<String> = known.into_iter().map(|l| l.id.clone()).collect();
    // The unknown columns first, in the link's order (the first few named), then what else the
    // link got wrong.
    let more = unknown.len().saturating_sub(lookup::MAX_SUGGESTED);
    let mut unknown_columns: Vec<String> = unknown
        .into_iter()
        .take(lookup::MAX_SUGGESTED)
        .map(|id| {
            format!(
                "The link names a role level that does not exist: {}.",
                id.describe("role level")
            )
        })
        .collect();
    if more > 0 {
        unknown_columns.push(format!(
            "The link names {} that do not exist.",
            crate::framework::wording::count(more, "more role level", "more role levels")
        ));
    }
    problems.splice(0..0, unknown_columns);
    let named = known.len();
    state.columns = replaced(known, limit);
    if state.columns.len() == limit && named > limit {
        problems.push(format!(
            "The link names {named} role levels; only the first {limit} can be compared at once."
        ));
    }
    let e = &mut state.explore;
    for (what, id) in [("move", &mut e.target), ("route", &mut e.route_to)] {
        if let Some(unknown) = id.as_deref().and_then(|i| lookup::level(fw, i).err()) {
            problems.push(format!(
                "The link's {what} names a role level that does not exist: {}.",
                unknown.describe("role level")
            ));
            *id = None;
        }
    }
    if let Some(family) = &e.filter.family {
        if fw.family(family).is_none() {
            let known: Vec<&str> = fw.families.iter().map(|f| f.id.as_str()).collect();
            problems.push(format!(
                "The link names a family that does not exist: \"{family}\" (families: {}), so moves from every family are shown.",
                known.join(", ")
            ));
            e.filter.family = None;
        }
    }
    if let Some((a, b)) = &e.gap {
        if fw.level(a).is_none() || fw.level(b).is_none() {
            problems.push(format!(
                "The link's gap names a role level that does not exist (\"{a},{b}\"), so the gap is from the first column to the last."
            ));
            e.gap = None;
        }
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
pub fn load_link(fw: &Framework, query: &str, param: &str, limit: usize) -> Action {
    let (state, problems) = read_known_link(fw, query, param, limit);
    Action::Load { state, problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(ids: &[&str]) -> Selection {
        Selection::new(ids.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn unknown_columns_are_named_in_the_link_order_before_other_problems() {
        let fw = crate::load::embedded::framework().unwrap();
        let (state, problems) = read_known_link(
            &fw,
            "?rc=zzz-first,head-of-portfolio,aaa-second&rc-filter=odd",
            "rc",
            6,
        );
        assert_eq!(state.columns, ["head-of-portfolio"]);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("\"zzz-first\""), "{problems:?}");
        assert!(problems[1].contains("\"aaa-second\""), "{problems:?}");
        assert!(problems[2].contains("odd"), "{problems:?}");
    }

    #[test]
    fn a_link_of_many_or_long_made_up_ids_is_summed_up_quickly() {
        let fw = crate::load::embedded::framework().unwrap();
        let many: Vec<String> = (0..1000).map(|i| format!("made-up-{i}")).collect();
        let long = "x".repeat(8000);
        let query = format!("?rc={},{long},head-of-portfolio", many.join(","));
        let start = std::time::Instant::now();
        let (state, problems) = read_known_link(&fw, &query, "rc", 6);
        assert!(start.elapsed() < std::time::Duration::from_millis(100));
        assert_eq!(state.columns, ["head-of-portfolio"]);
        assert_eq!(problems.len(), 11, "ten named, then the rest counted");
        assert_eq!(
            problems[10],
            "The link names 991 more role levels that do not exist."
        );
        let (_, problems) = read_known_link(&fw, &format!("?rc={long}"), "rc", 6);
        assert!(
            problems[0].contains(&format!("\"{}…\"", "x".repeat(60))),
            "{problems:?}"
        );
    }

    #[test]
    fn a_smaller_limit_drops_the_columns_beyond_it_and_keeps_the_rest() {
        let s = sel(&["a", "b", "c"]).apply(Action::SetFilter(RowFilter::Changes));
        let s = s.apply(Action::SetLimit(2));
        assert_eq!(s.columns, ["a", "b"]);
        assert_eq!(s.view.filter, RowFilter::Changes, "other choices stay");
        assert_eq!(
            s.apply(Action::Add("c".into())).columns,
            ["a", "b"],
            "full at 2"
        );
        assert_eq!(s.apply(Action::SetLimit(0)).limit, 1, "at least one column");
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
    fn a_host_can_ask_for_fewer_columns() {
        let s = Selection::with_limit(2)
            .apply(Action::Replace(["a", "b", "c"].map(String::from).to_vec()));
        assert_eq!(s.columns, vec!["a", "b"]);
        assert!(s.is_full());
        assert_eq!(s.apply(Action::Add("c".into())), s);
        assert_eq!(Selection::with_limit(0).limit, 1);
        assert_eq!(Selection::with_limit(99).limit, MAX_COLUMNS);
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
    fn career_actions_set_the_explorer_and_compare_a_move() {
        let s = sel(&["a", "b"])
            .apply(Action::SetScreen(Screen::Moves))
            .apply(Action::ShowMove(Some("t".into())))
            .apply(Action::SetRouteTo(Some("far".into())))
            .apply(Action::SetFamily(Some("data".into())))
            .apply(Action::SetSeniority(SeniorityFilter::SameOrOneUp))
            .apply(Action::SetBasis(Basis::Ratings));
        assert_eq!(s.explore.screen, Screen::Moves);
        assert_eq!(s.explore.target.as_deref(), Some("t"));
        assert_eq!(s.explore.route_to.as_deref(), Some("far"));
        assert_eq!(s.explore.filter.family.as_deref(), Some("data"));
        assert_eq!(s.explore.basis, Basis::Ratings);
        let current = s.apply(Action::SetCurrent("c".into()));
        assert_eq!(current.columns, vec!["c", "b"]);
        assert_eq!(
            current.explore.target, None,
            "a new current level closes the old move"
        );
        assert_eq!(
            sel(&[]).apply(Action::SetCurrent("c".into())).columns,
            vec!["c"]
        );
        let compared = s.apply(Action::CompareMove("x".into(), "y".into()));
        assert_eq!(compared.columns, vec!["x", "y"]);
        assert_eq!(compared.explore.screen, Screen::Compare);
        assert_eq!(compared.explore.route_to.as_deref(), Some("far"));
        let pair = s.apply(Action::SetGapPair("b".into(), "a".into()));
        assert_eq!(pair.explore.gap, Some(("b".into(), "a".into())));
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
