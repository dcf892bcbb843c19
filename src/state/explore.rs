//! What a person asked of the career-move explorer and of the comparison's gap panel: which
//! screen, which move's gap is open, the far level a route goes to, the filters, whether moves
//! start from the current level or from their own ratings, and which two columns the gap panel
//! compares. All of it goes into the link with the rest of the selection; ratings never do.

use crate::engine::career::MoveFilter;
use crate::engine::team::PeopleOrder;

/// The widget's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Role levels side by side.
    #[default]
    Compare,
    /// Where next from the first column: next level, ranked moves, a gap, routes, ratings.
    Moves,
    /// A team's ratings against what each person's level needs.
    Team,
}

impl Screen {
    pub const ALL: [Screen; 3] = [Screen::Compare, Screen::Moves, Screen::Team];

    /// The name in links (`rc-view=moves`).
    pub fn key(self) -> &'static str {
        match self {
            Screen::Compare => "compare",
            Screen::Moves => "moves",
            Screen::Team => "team",
        }
    }

    pub fn from_key(key: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Screen::Compare => "Compare role levels",
            Screen::Moves => "Explore career moves",
            Screen::Team => "See a team's skills",
        }
    }
}

/// Where career moves start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Basis {
    /// The skills of the current role level (the first column).
    #[default]
    Level,
    /// The person's own ratings.
    Ratings,
}

impl Basis {
    pub fn key(self) -> &'static str {
        match self {
            Basis::Level => "level",
            Basis::Ratings => "ratings",
        }
    }

    pub fn from_key(key: &str) -> Option<Basis> {
        [Basis::Level, Basis::Ratings]
            .into_iter()
            .find(|b| b.key() == key)
    }
}

/// The explorer's whole state (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Explore {
    pub screen: Screen,
    /// The level whose move (gap) is open in the moves screen.
    pub target: Option<String>,
    /// The far level routes are planned to.
    pub route_to: Option<String>,
    pub filter: MoveFilter,
    pub basis: Basis,
    /// The two columns (level ids) the comparison's gap panel compares; first to last when unset.
    pub gap: Option<(String, String)>,
    /// The team view's rows ordered with the fewest people meeting their need first (else by
    /// skill name).
    pub team_by_gaps: bool,
    /// The team view's people (columns and lists): as loaded, by name, or furthest first.
    pub team_people: PeopleOrder,
    /// A role level the person also assesses their ratings against (any level, beside the current
    /// one and the open move's target).
    pub assess: Option<String>,
}

impl Explore {
    /// The gap panel's pair for these columns: the chosen pair while both are still columns,
    /// else the first column to the last.
    pub fn gap_pair(&self, columns: &[String]) -> Option<(String, String)> {
        if let Some((from, to)) = &self.gap {
            if from != to && columns.contains(from) && columns.contains(to) {
                return Some((from.clone(), to.clone()));
            }
        }
        match columns {
            [first, .., last] => Some((first.clone(), last.clone())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_pair_falls_back_to_first_and_last() {
        let columns: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let mut e = Explore::default();
        assert_eq!(e.gap_pair(&columns), Some(("a".into(), "c".into())));
        e.gap = Some(("c".into(), "b".into()));
        assert_eq!(e.gap_pair(&columns), Some(("c".into(), "b".into())));
        e.gap = Some(("x".into(), "b".into()));
        assert_eq!(e.gap_pair(&columns), Some(("a".into(), "c".into())));
        assert_eq!(e.gap_pair(&columns[..1]), None);
    }
}
