//! Stepping stones: the cheapest routes of up to [`MAX_MOVES`] moves from one role level to a
//! level far away.
//!
//! # Rules
//! - A route's cost is the sum of its moves' steps (see [`crate::engine::career`]: levels raised plus each
//!   skill to learn at its target rank).
//! - Going straight is never dearer than going through another level (a skill raised twice costs
//!   the same levels as raised once, and a stop on the way can only add skills), so a route only
//!   makes sense because one move has a size a person can take in one go. That size, the *move
//!   limit*, comes from the framework itself: the largest step up within any role's own ladder
//!   (from a level to the next one up). Every move of a route is at most that big.
//! - Stops are named role levels (the Chief roles, which set no skill levels, would make any move
//!   look free) and no level is visited twice.
//! - Routes are ordered by total steps, then fewer moves, then the level ids along the way, so the
//!   same question always gets the same answer.

use crate::engine::career::MoveIndex;
use crate::framework::Framework;

/// The most moves in one route.
pub const MAX_MOVES: usize = 3;

/// One move of a route.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RouteStep {
    pub from: String,
    pub to: String,
    /// The move's steps.
    pub steps: u32,
}

/// A way from one level to another in up to [`MAX_MOVES`] moves.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Route {
    pub steps: Vec<RouteStep>,
    pub total_steps: u32,
}

/// The answer to "how do I get from here to there".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutePlan {
    pub from: String,
    pub to: String,
    /// Cheapest first (module docs); empty when no route of up to [`MAX_MOVES`] moves keeps every
    /// move within the limit.
    pub routes: Vec<Route>,
    /// The steps of going straight there.
    pub direct_steps: u32,
    /// The largest move a route may contain (module docs).
    pub move_limit: u32,
}

impl RoutePlan {
    /// One sentence about the plan, e.g. "3 routes of up to 3 moves, each move at most 9 steps;
    /// going straight is 14 steps."
    pub fn summary(&self) -> String {
        if self.from == self.to {
            return "This is the level you start from: no route is needed.".into();
        }
        let routes = crate::framework::wording::count(self.routes.len(), "route", "routes");
        format!(
            "{routes} of up to {MAX_MOVES} moves, each move at most {}; going straight is {}.",
            crate::framework::wording::steps(self.move_limit),
            crate::framework::wording::steps(self.direct_steps)
        )
    }
}

impl RoutePlan {
    /// What the routes are, before any is asked for: "Routes of up to 3 moves, cheapest first. …"
    pub const RULE: &'static str = "Routes of up to 3 moves, cheapest first. Each move is at most as big as the largest step up within any role's own ladder.";

    /// Said when no route keeps every move within the limit.
    pub fn none_found(&self) -> String {
        format!(
            "No route of up to {MAX_MOVES} moves keeps every move within {}. Compare the two levels to see the whole gap.",
            crate::framework::wording::steps(self.move_limit)
        )
    }
}

/// The move limit of a framework: the largest step up within any role's own ladder.
pub fn move_limit(fw: &Framework, index: &MoveIndex) -> u32 {
    fw.roles
        .iter()
        .flat_map(|role| role.levels.windows(2))
        .filter_map(|pair| Some((fw.level_position(&pair[0])?, fw.level_position(&pair[1])?)))
        .map(|(a, b)| index.steps(index.level(a), index.level(b)))
        .max()
        .unwrap_or(0)
}

/// The cheapest routes from the level at `from` to the level at `to` (positions in `fw.levels`),
/// at most `limit` of them.
pub fn routes(
    fw: &Framework,
    index: &MoveIndex,
    from: usize,
    to: usize,
    limit: usize,
) -> RoutePlan {
    let max = move_limit(fw, index);
    let n = fw.levels.len();
    if from == to {
        return RoutePlan {
            from: fw.levels[from].id.clone(),
            to: fw.levels[to].id.clone(),
            routes: Vec::new(),
            direct_steps: 0,
            move_limit: max,
        };
    }
    let cost = |a: usize, b: usize| -> u32 { index.steps(index.level(a), index.level(b)) };
    let stop = |i: usize| i != from && i != to && !fw.levels[i].is_unlevelled();
    // Moves out of `from` and into `to` within the limit.
    let out_of_from: Vec<(usize, u32)> = (0..n)
        .filter(|&i| stop(i))
        .map(|i| (i, cost(from, i)))
        .filter(|&(_, c)| c <= max)
        .collect();
    let into_to: Vec<(usize, u32)> = (0..n)
        .filter(|&i| stop(i))
        .map(|i| (i, cost(i, to)))
        .filter(|&(_, c)| c <= max)
        .collect();

    let mut found: Vec<(u32, Vec<usize>, Vec<u32>)> = Vec::new();
    let direct = cost(from, to);
    if from != to && direct <= max {
        found.push((direct, vec![from, to], vec![direct]));
    }
    for &(x, a) in &out_of_from {
        for &(y, c) in &into_to {
            if x == y {
                found.push((a + c, vec![from, x, to], vec![a, c]));
            } else {
                let b = cost(x, y);
                if b <= max {
                    found.push((a + b + c, vec![from, x, y, to], vec![a, b, c]));
                }
            }
        }
    }
    // Ties: compare the ids along the way, through each level's place in id order.
    let mut by_id: Vec<usize> = (0..n).collect();
    by_id.sort_by(|&a, &b| fw.levels[a].id.cmp(&fw.levels[b].id));
    let mut id_rank = vec![0; n];
    for (rank, &i) in by_id.iter().enumerate() {
        id_rank[i] = rank;
    }
    found.sort_by(|a, b| {
        a.0.cmp(&b.0).then(a.1.len().cmp(&b.1.len())).then_with(|| {
            a.1.iter()
                .map(|&i| id_rank[i])
                .cmp(b.1.iter().map(|&i| id_rank[i]))
        })
    });
    let routes = found
        .into_iter()
        .take(limit)
        .map(|(total, path, costs)| Route {
            total_steps: total,
            steps: path
                .windows(2)
                .zip(costs)
                .map(|(pair, steps)| RouteStep {
                    from: fw.levels[pair[0]].id.clone(),
                    to: fw.levels[pair[1]].id.clone(),
                    steps,
                })
                .collect(),
        })
        .collect();
    RoutePlan {
        from: fw.levels[from].id.clone(),
        to: fw.levels[to].id.clone(),
        routes,
        direct_steps: direct,
        move_limit: max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_names_the_same_number_of_moves_as_the_code() {
        assert!(RoutePlan::RULE.starts_with(&format!("Routes of up to {MAX_MOVES} moves")));
    }
}
