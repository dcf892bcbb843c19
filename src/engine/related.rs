//! Related roles: every other role ranked by how alike it is to a role or one of its levels (the
//! move score of `engine::career`, between the focus's skills and all the skills of the other
//! role's levels), with the skills shared by id and the similar skills standing in, in words; and
//! each related role as a move from a level, to the role's level closest to it.

use crate::engine::career::{MoveIndex, MoveSize};
use crate::engine::moves::{closest_level, gap_with};
use crate::engine::stand_in::StandIn;
use crate::framework::wording;
use crate::framework::{Framework, Level, Role};

/// What the focus of a related-roles search is: a whole role or one of its levels.
#[derive(Debug, Clone, Copy)]
pub enum Focus<'a> {
    Role(&'a Role),
    Level(&'a Level),
}

/// Another role alike the focus.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedRole {
    /// The other role's id.
    pub role: String,
    /// The move score, 0 to 1 (`engine::career`).
    pub score: f64,
    /// Ids of the skill groups of the other role that the focus holds a skill of by id, in name
    /// order (see [`Framework::group_name`]).
    pub shared: Vec<String>,
    /// Similar skills of the focus standing in for skills the other role needs, most similar
    /// first.
    pub similar: Vec<StandIn>,
}

impl RelatedRole {
    /// The score to two decimals ("0.45"), written without float formatting (smaller WebAssembly).
    pub fn score_text(&self) -> String {
        wording::two_decimals(self.score)
    }
}

/// Other roles ranked by the move score from `focus` (highest first, then more shared skills,
/// then role id); roles with nothing shared or similar are left out.
pub fn related_roles(fw: &Framework, focus: Focus) -> Vec<RelatedRole> {
    related_roles_with(&MoveIndex::new(fw), fw, focus)
}

/// [`related_roles`] with the move index built once by the caller.
pub fn related_roles_with(index: &MoveIndex, fw: &Framework, focus: Focus) -> Vec<RelatedRole> {
    let (focus_role, from) = match focus {
        Focus::Role(role) => (role.id.as_str(), index.role_profile(fw, role)),
        Focus::Level(level) => {
            let position = fw.roles.iter().position(|r| r.id == level.role);
            (
                level.role.as_str(),
                index
                    .profile(&level.skills)
                    .in_role(position.map(|p| p as u16)),
            )
        }
    };
    let mut related: Vec<RelatedRole> = fw
        .roles
        .iter()
        .filter(|role| role.id != focus_role)
        .filter_map(|role| {
            let likeness = index.likeness(&from, &index.role_profile(fw, role));
            let score = likeness.score();
            if score <= 0.0 {
                return None;
            }
            let skills = index.skills();
            let mut shared: Vec<String> = likeness
                .met
                .iter()
                .filter_map(|&g| skills.group_id(fw, g))
                .map(str::to_string)
                .collect();
            shared.sort_by_key(|g| fw.group_name(g).map(str::to_lowercase));
            Some(RelatedRole {
                role: role.id.clone(),
                score,
                shared,
                similar: likeness
                    .stand_ins
                    .iter()
                    .filter_map(|&at| StandIn::at(fw, at))
                    .collect(),
            })
        })
        .collect();
    related.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.shared.len().cmp(&a.shared.len()))
            .then_with(|| a.role.cmp(&b.role))
    });
    related
}

/// skills and seniority (the one "Add" compares), the shared skills by name, and the move's size.
/// A role that shares skills with a level, as a move from that level: the role's level closest in
/// skills and seniority (the one "Add" compares), the shared skills by name, and the move's size.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedMove {
    /// The related role's id.
    pub role: String,
    /// The role's level closest to the starting level.
    pub target: String,
    /// The shared skills' names, in name order.
    pub shared: Vec<String>,
    /// Similar skills standing in for ones the role needs ("Developing code for analysis is close
    /// to Programming and build"), most similar first.
    pub similar: Vec<String>,
    /// The score to two decimals ("0.45").
    pub score_text: String,
    /// What the move from the starting level to `target` takes.
    pub size: MoveSize,
}

/// Each of `ranked` (related roles, best first) as a move from `level`; roles without levels are left out.
pub fn related_moves(fw: &Framework, level: &Level, ranked: &[RelatedRole]) -> Vec<RelatedMove> {
    let skills = crate::engine::stand_in::SkillIndex::new(fw);
    ranked
        .iter()
        .filter_map(|related| {
            let role = fw.role(&related.role)?;
            let target = closest_level(fw, level, role)?;
            Some(RelatedMove {
                role: role.id.clone(),
                target: target.id.clone(),
                shared: related
                    .shared
                    .iter()
                    .filter_map(|g| fw.group_name(g))
                    .map(str::to_string)
                    .collect(),
                similar: related.similar.iter().map(|s| s.describe(fw)).collect(),
                score_text: related.score_text(),
                size: MoveSize::of_gap(&gap_with(&skills, fw, &level.skills, target)),
            })
        })
        .collect()
}
