//! The widget's state in the page URL: one namespaced query parameter (by default `rc`) holding
//! the chosen role-level ids, comma-separated, e.g. `?rc=senior-digital-portfolio-manager,head-of-portfolio`.
//! The host page's other parameters are kept as they are, in their order.

use crate::engine::arrange::{RowFilter, RowOrder, ViewOptions};
use crate::engine::career::SeniorityFilter;
use crate::engine::team::PeopleOrder;
use crate::state::explore::{Basis, Explore, Screen};

/// The parameter name used when the host sets none.
pub const DEFAULT_PARAM: &str = "rc";

/// Decodes `%XX` escapes and `+` (as a space) in a query component, with the `percent-encoding`
/// crate; bad escapes (`%zz`, `%+1`) are kept as written, bytes that are not UTF-8 become U+FFFD.
pub fn decode(component: &str) -> String {
    percent_encoding::percent_decode_str(&component.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn pairs(query: &str) -> impl Iterator<Item = &str> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|p| !p.is_empty())
}

fn key_of(pair: &str) -> String {
    decode(pair.split_once('=').map_or(pair, |(k, _)| k))
}

/// The ids in `param` of `query` (with or without the leading `?`), in order, blanks dropped.
pub fn read_ids(query: &str, param: &str) -> Vec<String> {
    pairs(query)
        .find(|pair| key_of(pair) == param)
        .map(|pair| {
            decode(pair.split_once('=').map_or("", |(_, v)| v))
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The raw value of `name` in `query`, decoded; `None` when absent.
pub fn read_param(query: &str, name: &str) -> Option<String> {
    pairs(query)
        .find(|pair| key_of(pair) == name)
        .map(|pair| decode(pair.split_once('=').map_or("", |(_, v)| v)))
}

/// `query` with `name` set to `value` (removed when `None`), every other parameter kept in place.
/// `value` must already be safe in a URL (ids, keys and commas are). Returns "" or "?…".
pub fn write_param(query: &str, name: &str, value: Option<&str>) -> String {
    let ours = value.map(|v| format!("{name}={v}"));
    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for pair in pairs(query) {
        if key_of(pair) == name {
            if !placed {
                out.extend(ours.clone());
                placed = true;
            }
        } else {
            out.push(pair.to_string());
        }
    }
    if !placed {
        out.extend(ours);
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("?{}", out.join("&"))
    }
}

/// `query` with `param` set to `ids` (removed when `ids` is empty), every other parameter kept.
/// Returns "" or a string starting with `?`.
pub fn write_ids<S: AsRef<str>>(query: &str, param: &str, ids: &[S]) -> String {
    let value: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    write_param(
        query,
        param,
        (!value.is_empty()).then(|| value.join(",")).as_deref(),
    )
}

/// Everything a widget keeps in the link: its columns and how it shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkState {
    /// Role-level ids as written in the link (not yet checked).
    pub columns: Vec<String>,
    pub view: ViewOptions,
    /// The skill whose every role level is listed, if one is chosen.
    pub skill: Option<String>,
    /// The screen and the career-move explorer's choices (ids not yet checked).
    pub explore: Explore,
}

/// The names of a widget's parameters besides `rc` itself: `rc-filter`, `rc-sort`,
/// `rc-variants`, `rc-skill`, `rc-view`, `rc-target`, `rc-route`, `rc-family`, `rc-seniority`,
/// `rc-from`, `rc-gap`, `rc-team-order`, `rc-assess`, `rc-team-people`.
fn names(param: &str) -> [String; 14] {
    [
        "filter",
        "sort",
        "variants",
        "skill",
        "view",
        "target",
        "route",
        "family",
        "seniority",
        "from",
        "gap",
        "team-order",
        "assess",
        "team-people",
    ]
    .map(|n| format!("{param}-{n}"))
}

/// A parameter's value trimmed, `None` when absent or blank.
fn read_id(query: &str, name: &str) -> Option<String> {
    read_param(query, name)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Reads a widget's state from `query`; values it does not know are reported in plain words and
/// left at their defaults.
pub fn read_link(query: &str, param: &str) -> (LinkState, Vec<String>) {
    let [filter, sort, variants, skill, view_name, target, route, family, seniority, from, gap, team_order, assess, team_people] =
        names(param);
    let mut problems = Vec::new();
    let mut view = ViewOptions::default();
    if let Some(value) = read_param(query, &filter) {
        match RowFilter::from_key(&value) {
            Some(f) => view.filter = f,
            None => problems.push(format!("The link asks for the filter \"{value}\", which does not exist, so all skills are shown.")),
        }
    }
    if let Some(value) = read_param(query, &sort) {
        match RowOrder::from_key(&value) {
            Some(o) => view.order = o,
            None => problems.push(format!("The link asks for the order \"{value}\", which does not exist, so rows are grouped by how many columns need them.")),
        }
    }
    if let Some(value) = read_param(query, &variants) {
        match value.as_str() {
            "grouped" => view.group_variants = true,
            "flat" => view.group_variants = false,
            _ => problems.push(format!("The link asks for variants \"{value}\" (use grouped or flat), so they are grouped.")),
        }
    }
    let mut explore = Explore {
        target: read_id(query, &target),
        route_to: read_id(query, &route),
        assess: read_id(query, &assess),
        ..Explore::default()
    };
    explore.filter.family = read_id(query, &family);
    if let Some(value) = read_param(query, &view_name) {
        match Screen::from_key(&value) {
            Some(s) => explore.screen = s,
            None => problems.push(format!("The link asks for the view \"{value}\" (use compare, moves or team), so the comparison is shown.")),
        }
    }
    if let Some(value) = read_param(query, &seniority) {
        match SeniorityFilter::from_key(&value) {
            Some(s) => explore.filter.seniority = s,
            None => problems.push(format!("The link asks for the seniority \"{value}\" (use role, near or any), so one row per role is shown.")),
        }
    }
    if let Some(value) = read_param(query, &from) {
        match Basis::from_key(&value) {
            Some(b) => explore.basis = b,
            None => problems.push(format!("The link asks to start from \"{value}\" (use level or ratings), so moves start from the current level.")),
        }
    }
    if let Some(value) = read_param(query, &team_order) {
        match value.as_str() {
            "gaps" => explore.team_by_gaps = true,
            "skill" => explore.team_by_gaps = false,
            _ => problems.push(format!("The link asks for the team order \"{value}\" (use skill or gaps), so skills are in name order.")),
        }
    }
    if let Some(value) = read_param(query, &team_people) {
        match PeopleOrder::from_key(&value) {
            Some(o) => explore.team_people = o,
            None => problems.push(format!("The link asks for the people's order \"{value}\" (use loaded, name or gaps), so people are in the order loaded.")),
        }
    }
    if let Some(value) = read_param(query, &gap) {
        match value.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                explore.gap = Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => problems.push(format!("The link asks for the gap \"{value}\" (use two role level ids, from,to), so the gap is from the first column to the last.")),
        }
    }
    (
        LinkState {
            columns: read_ids(query, param),
            view,
            skill: read_id(query, &skill),
            explore,
        },
        problems,
    )
}

/// `query` with a widget's whole state written in; defaults are left out to keep links short.
pub fn write_link(query: &str, param: &str, state: &LinkState) -> String {
    let [filter, sort, variants, skill, view_name, target, route, family, seniority, from, gap, team_order, assess, team_people] =
        names(param);
    let defaults = ViewOptions::default();
    let mut q = write_ids(query, param, &state.columns);
    q = write_param(
        &q,
        &filter,
        (state.view.filter != defaults.filter).then(|| state.view.filter.key()),
    );
    q = write_param(
        &q,
        &sort,
        (state.view.order != defaults.order).then(|| state.view.order.key()),
    );
    q = write_param(
        &q,
        &variants,
        (!state.view.group_variants).then_some("flat"),
    );
    q = write_param(&q, &skill, state.skill.as_deref());
    let e = &state.explore;
    q = write_param(
        &q,
        &view_name,
        (e.screen != Screen::default()).then(|| e.screen.key()),
    );
    q = write_param(&q, &target, e.target.as_deref());
    q = write_param(&q, &route, e.route_to.as_deref());
    q = write_param(&q, &family, e.filter.family.as_deref());
    q = write_param(
        &q,
        &seniority,
        (e.filter.seniority != SeniorityFilter::default()).then(|| e.filter.seniority.key()),
    );
    q = write_param(
        &q,
        &from,
        (e.basis != Basis::default()).then(|| e.basis.key()),
    );
    q = write_param(&q, &team_order, e.team_by_gaps.then_some("gaps"));
    q = write_param(&q, &assess, e.assess.as_deref());
    q = write_param(
        &q,
        &team_people,
        (e.team_people != PeopleOrder::default()).then(|| e.team_people.key()),
    );
    let pair = e.gap.as_ref().map(|(a, b)| format!("{a},{b}"));
    write_param(&q, &gap, pair.as_deref())
}

/// A parameter name a host may choose: 1–32 ASCII letters, digits, `-` or `_`.
pub fn is_valid_param(name: &str) -> bool {
    (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_in_order_and_ignores_blanks() {
        let q = "?page=2&rc=senior-digital-portfolio-manager,,head-of-portfolio&x=1";
        assert_eq!(
            read_ids(q, "rc"),
            vec!["senior-digital-portfolio-manager", "head-of-portfolio"]
        );
        assert_eq!(read_ids("rc=a%2Cb", "rc"), vec!["a", "b"]);
        assert!(read_ids("?other=1", "rc").is_empty());
        assert!(read_ids("", "rc").is_empty());
    }

    #[test]
    fn writing_keeps_the_hosts_parameters_and_their_order() {
        assert_eq!(
            write_ids("?page=2&rc=old&x=1", "rc", &["a", "b"]),
            "?page=2&rc=a,b&x=1"
        );
        assert_eq!(write_ids("?page=2", "rc", &["a"]), "?page=2&rc=a");
        assert_eq!(write_ids("?page=2&rc=a", "rc", &[] as &[&str]), "?page=2");
        assert_eq!(write_ids("?rc=a", "rc", &[] as &[&str]), "");
    }

    #[test]
    fn two_widgets_keep_separate_parameters() {
        let q = write_ids("?rc=a", "rc2", &["b"]);
        assert_eq!(q, "?rc=a&rc2=b");
        assert_eq!(read_ids(&q, "rc"), vec!["a"]);
        assert_eq!(read_ids(&q, "rc2"), vec!["b"]);
    }

    #[test]
    fn the_whole_view_round_trips_through_the_link_with_defaults_left_out() {
        let state = LinkState {
            columns: vec!["a".into(), "b".into()],
            view: ViewOptions {
                filter: RowFilter::Changes,
                order: RowOrder::ByName,
                group_variants: false,
            },
            skill: Some("agile-working".into()),
            explore: Explore::default(),
        };
        let q = write_link("?page=2", "rc", &state);
        assert_eq!(
            q,
            "?page=2&rc=a,b&rc-filter=changes&rc-sort=name&rc-variants=flat&rc-skill=agile-working"
        );
        assert_eq!(read_link(&q, "rc"), (state, vec![]));
        let plain = LinkState {
            columns: vec!["a".into()],
            ..LinkState::default()
        };
        assert_eq!(write_link(&q, "rc", &plain), "?page=2&rc=a");
    }

    #[test]
    fn the_explorer_round_trips_through_the_link() {
        let mut explore = Explore {
            screen: Screen::Moves,
            target: Some("content-strategist".into()),
            route_to: Some("head-of-data-science".into()),
            basis: Basis::Ratings,
            gap: Some(("a".into(), "b".into())),
            ..Explore::default()
        };
        explore.filter.family = Some("data".into());
        explore.filter.seniority = SeniorityFilter::SameOrOneUp;
        let state = LinkState {
            columns: vec!["a".into(), "b".into()],
            explore,
            ..LinkState::default()
        };
        let q = write_link("", "rc", &state);
        assert_eq!(
            q,
            "?rc=a,b&rc-view=moves&rc-target=content-strategist&rc-route=head-of-data-science&rc-family=data&rc-seniority=near&rc-from=ratings&rc-gap=a,b"
        );
        assert_eq!(read_link(&q, "rc"), (state, vec![]));
        let (_, problems) = read_link(
            "?rc=a&rc-view=maze&rc-seniority=up&rc-from=x&rc-gap=a&rc-team-order=age",
            "rc",
        );
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].contains("\"maze\""));
        assert!(problems
            .iter()
            .any(|p| p.contains("team order \"age\" (use skill or gaps)")));
        // The team view and its order: the screen's state, never the people.
        let team = LinkState {
            explore: Explore {
                screen: Screen::Team,
                team_by_gaps: true,
                ..Explore::default()
            },
            ..LinkState::default()
        };
        let q = write_link("", "rc", &team);
        assert_eq!(q, "?rc-view=team&rc-team-order=gaps");
        assert_eq!(read_link(&q, "rc"), (team, vec![]));
        let team = LinkState {
            explore: Explore {
                screen: Screen::Team,
                team_people: PeopleOrder::Gaps,
                ..Explore::default()
            },
            ..LinkState::default()
        };
        let q = write_link("", "rc", &team);
        assert_eq!(q, "?rc-view=team&rc-team-people=gaps");
        assert!(read_link("?rc-team-people=age", "rc").1[0]
            .contains("people's order \"age\" (use loaded, name or gaps)"));
        assert_eq!(read_link(&q, "rc"), (team, vec![]));
        // The level the ratings are also assessed against.
        let assessing = LinkState {
            explore: Explore {
                screen: Screen::Moves,
                assess: Some("head-of-portfolio".into()),
                ..Explore::default()
            },
            ..LinkState::default()
        };
        let q = write_link("", "rc", &assessing);
        assert_eq!(q, "?rc-view=moves&rc-assess=head-of-portfolio");
        assert_eq!(read_link(&q, "rc"), (assessing, vec![]));
    }

    #[test]
    fn unknown_view_values_are_reported_and_defaulted() {
        let (state, problems) =
            read_link("?rc=a&rc-filter=bogus&rc-sort=up&rc-variants=maybe", "rc");
        assert_eq!(state.view, ViewOptions::default());
        assert_eq!(problems.len(), 3);
        assert!(problems[0].contains("\"bogus\""));
    }

    #[test]
    fn bad_escapes_are_kept_not_dropped() {
        assert_eq!(decode("a%zzb%2"), "a%zzb%2");
        assert_eq!(decode("a%20b+c"), "a b c");
        // `u8::from_str_radix` took "+1" as hex, so the hand-written decoder read `%+1` as byte 1.
        assert_eq!(decode("a%+1b"), "a% 1b");
        assert_eq!(decode("%E2%86%92"), "→");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn parameter_names_are_checked() {
        assert!(is_valid_param("rc"));
        assert!(is_valid_param("team_2-compare"));
        assert!(!is_valid_param(""));
        assert!(!is_valid_param("a b"));
        assert!(!is_valid_param("x&y"));
    }
}
