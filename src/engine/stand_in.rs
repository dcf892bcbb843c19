//! Similar skills standing in for needed ones: every skill as an index with its group, its group's
//! weight and its similar skills (`Framework::similar`), and the one matching that pairs a needed
//! skill with a similar held one. Career moves, related roles and the gap all count and word
//! stand-ins through [`SkillIndex::stand_ins`], so they never disagree.
//!
//! # Group weight
//! Skills are weighed by their *group* (a variant such as "Agile working (content design)" is in
//! the group "Agile working"), by how rare the group is across roles:
//! `w(g) = ln(1 + R / r(g))`, where `R` is the number of roles and `r(g)` the number needing `g`.
//!
//! # Stand-ins
//! A skill needed and not held (by id) can be stood in for by a held skill the other side does
//! not need whose similarity to it (`engine::similarity`: what the framework says of both) is at
//! least [`SIMILAR_AT_LEAST`]. Pairs are taken most similar first; each held skill stands in once
//! and each needed group is stood in for once (a group met by id needs no stand-in). A variant of
//! a held skill is not met by its name: it stands in only where its texts are similar enough, like
//! any other skill ("Technical understanding (accessibility)" says little of what "Technical
//! understanding" does: similarity 0.05). A framework without similarities (an organisation's own
//! file) has only its names to go by: there a variant of a held skill stands in fully.

use crate::framework::Framework;
use std::collections::HashMap;

/// The least similarity that stands in, in thousandths (`engine::similarity`'s threshold: below
/// it, the pairs read at random).
pub const SIMILAR_AT_LEAST: u16 = 200;

/// A skill needed (of a group not held by id), and the similar skill held that stands in for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandIn {
    /// The skill needed (its id).
    pub needed: String,
    /// The similar skill held (its id).
    pub held: String,
    /// How similar, in thousandths.
    pub similarity: u16,
}

impl StandIn {
    /// A stand-in found by position (`fw.skills`), in ids; none for a position `fw` lacks.
    pub fn at(fw: &Framework, (needed, held, similarity): StandInAt) -> Option<StandIn> {
        let id = |i: u16| Some(fw.skills.get(usize::from(i))?.id.clone());
        Some(StandIn {
            needed: id(needed)?,
            held: id(held)?,
            similarity,
        })
    }

    /// "Developing code for analysis is close to Programming and build (data science)".
    pub fn describe(&self, fw: &Framework) -> String {
        format!(
            "{} is close to {}",
            fw.skill_name_of(&self.held),
            fw.skill_name_of(&self.needed)
        )
    }
}

/// A stand-in as positions in `fw.skills`: (needed, held, similarity in thousandths).
pub type StandInAt = (u16, u16, u16);

/// Every skill as an index: its group, the group's weight and its similar skills. Built once per
/// framework.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillIndex {
    position: HashMap<String, u16>,
    /// Each skill's group, as an index into `group_weight`.
    group_of_skill: Vec<u16>,
    /// Each group's weight `w(g)` (module docs).
    group_weight: Vec<f64>,
    /// A skill of each group (its first), for the group's id.
    skill_of_group: Vec<u16>,
    /// Each skill's similar skills either way round, at or above [`SIMILAR_AT_LEAST`]:
    /// (skill, thousandths), most similar first.
    near: Vec<Vec<(u16, u16)>>,
}

impl SkillIndex {
    pub fn new(fw: &Framework) -> SkillIndex {
        let mut group_ids: HashMap<&str, u16> = HashMap::new();
        let mut skill_of_group: Vec<u16> = Vec::new();
        let group_of_skill: Vec<u16> = fw
            .skills
            .iter()
            .enumerate()
            .map(|(i, skill)| {
                let next = group_ids.len() as u16;
                *group_ids.entry(skill.group_id()).or_insert_with(|| {
                    skill_of_group.push(i as u16);
                    next
                })
            })
            .collect();
        // r(g): how many roles need a skill of the group.
        let mut roles_needing = vec![0usize; group_ids.len()];
        let position: HashMap<String, u16> = fw
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i as u16))
            .collect();
        for role in &fw.roles {
            let mut groups: Vec<u16> = fw
                .levels_of(role)
                .flat_map(|l| &l.skills)
                .filter_map(|r| position.get(&r.skill))
                .map(|&i| group_of_skill[usize::from(i)])
                .collect();
            groups.sort_unstable();
            groups.dedup();
            for g in groups {
                roles_needing[usize::from(g)] += 1;
            }
        }
        let roles = fw.roles.len() as f64;
        let group_weight = roles_needing
            .iter()
            .map(|&r| {
                if r == 0 {
                    1.0 // a group no role needs weighs as if one did
                } else {
                    (1.0 + roles / r as f64).ln()
                }
            })
            .collect();
        let mut near: Vec<Vec<(u16, u16)>> = vec![Vec::new(); fw.skills.len()];
        if fw.similar.is_none() {
            // No similarities (an organisation's own file, or the texts not in yet): a variant of
            // a held skill stands in fully, by its name, as before similarities were made.
            for (i, a) in group_of_skill.iter().enumerate() {
                for (j, b) in group_of_skill.iter().enumerate() {
                    if i != j && a == b {
                        near[i].push((j as u16, 1000));
                    }
                }
            }
        }
        for (i, list) in fw.similar.iter().flatten().enumerate() {
            for &[j, similarity] in list {
                if similarity < SIMILAR_AT_LEAST || usize::from(j) >= near.len() || i >= near.len()
                {
                    continue;
                }
                for (a, b) in [(i, j), (usize::from(j), i as u16)] {
                    match near[a].iter_mut().find(|(s, _)| *s == b) {
                        Some(found) => found.1 = found.1.max(similarity),
                        None => near[a].push((b, similarity)),
                    }
                }
            }
        }
        for list in &mut near {
            list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        SkillIndex {
            position,
            group_of_skill,
            group_weight,
            skill_of_group,
            near,
        }
    }

    /// A skill's position in `fw.skills`.
    pub fn position(&self, id: &str) -> Option<u16> {
        self.position.get(id).copied()
    }

    /// A skill's group (an index).
    pub fn group(&self, skill: u16) -> u16 {
        self.group_of_skill[usize::from(skill)]
    }

    /// A group's id ("agile-working" for "Agile working (content design)"), for `fw` the index was
    /// built from.
    pub fn group_id<'a>(&self, fw: &'a Framework, group: u16) -> Option<&'a str> {
        let skill = self.skill_of_group.get(usize::from(group))?;
        Some(fw.skills.get(usize::from(*skill))?.group_id())
    }

    /// A group's weight `w(g)`.
    pub fn weight(&self, group: u16) -> f64 {
        self.group_weight[usize::from(group)]
    }

    /// The stand-ins for `needed` (skills wanted, sorted, none of them held) among `held` (skills
    /// held, sorted, none of them wanted): most similar first, each held skill once and each
    /// group of `needed` once, skipping groups in `met` (sorted: groups held by id).
    pub fn stand_ins(&self, needed: &[u16], held: &[u16], met: &[u16]) -> Vec<StandInAt> {
        let mut pairs = Vec::new();
        self.stand_ins_into(needed, held, met, &mut pairs, &mut Vec::new());
        pairs
    }

    /// [`SkillIndex::stand_ins`] into `pairs` (cleared first); `marks` is a bit set the caller
    /// reuses (left all clear), so that scoring every pair of levels allocates nothing.
    pub fn stand_ins_into(
        &self,
        needed: &[u16],
        held: &[u16],
        met: &[u16],
        pairs: &mut Vec<StandInAt>,
        marks: &mut Vec<u64>,
    ) {
        pairs.clear();
        marks.resize(self.near.len().div_ceil(64), 0);
        let bit = |s: u16| (usize::from(s) / 64, 1u64 << (s % 64));
        for &h in held {
            let (word, mask) = bit(h);
            marks[word] |= mask;
        }
        for &n in needed {
            if met.binary_search(&self.group(n)).is_ok() {
                continue;
            }
            for &(h, similarity) in &self.near[usize::from(n)] {
                let (word, mask) = bit(h);
                if marks[word] & mask != 0 {
                    pairs.push((n, h, similarity));
                }
            }
        }
        for &h in held {
            let (word, mask) = bit(h);
            marks[word] &= !mask;
        }
        if pairs.len() > 1 {
            pairs.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
        }
        // Keep a pair unless a kept one (before it) has its group or its held skill.
        let mut kept = 0;
        for i in 0..pairs.len() {
            let (n, h, _) = pairs[i];
            let group = self.group(n);
            if pairs[..kept]
                .iter()
                .all(|&(kn, kh, _)| kh != h && self.group(kn) != group)
            {
                pairs[kept] = pairs[i];
                kept += 1;
            }
        }
        pairs.truncate(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four skills: two held by role a, and two needed by role b, a base and its variant.
    fn framework() -> Framework {
        // held-one ~ needed-variant 0.6, held-one ~ needed 0.5, held-two ~ needed 0.3,
        // held-two ~ needed-variant 0.15 (below the threshold).
        crate::engine::tiny::framework(
            &[
                ("a", "f", &[("a1", &["Held one", "Held two"])]),
                ("b", "f", &[("b1", &["Needed", "Needed (variant)"])]),
            ],
            &["Held one", "Held two", "Needed", "Needed (variant)"],
            vec![
                vec![[3, 600], [2, 500]],
                vec![[2, 300], [3, 150]],
                vec![],
                vec![],
            ],
            vec![vec![0], vec![]],
        )
    }

    #[test]
    fn each_group_and_each_held_skill_stands_in_once_most_similar_first() {
        let fw = framework();
        let index = SkillIndex::new(&fw);
        // n1 and n2 are one group: only the best pair (h1 for n2, 0.6) counts; h2 is left
        // (h2~n1 is of the same group, already stood in for).
        assert_eq!(index.stand_ins(&[2, 3], &[0, 1], &[]), vec![(3, 0, 600)]);
        // Without h1, h2 stands in for n1 (0.3); h2~n2 (0.15) is below the threshold.
        assert_eq!(index.stand_ins(&[2, 3], &[1], &[]), vec![(2, 1, 300)]);
        // A group already met by id needs no stand-in.
        assert_eq!(index.stand_ins(&[2, 3], &[0, 1], &[index.group(2)]), vec![]);
        assert_eq!(
            StandIn::at(&fw, (3, 0, 600)).unwrap().describe(&fw),
            "Held one is close to Needed (variant)"
        );
        // Group weights: both groups needed by one role of two: ln(1 + 2/1).
        assert!((index.weight(index.group(0)) - 3f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn without_similarities_a_variant_stands_in_by_its_name() {
        let mut fw = framework();
        fw.similar = None;
        let index = SkillIndex::new(&fw);
        // "Needed (variant)" held, "Needed" wanted: the variant stands in fully.
        assert_eq!(index.stand_ins(&[2], &[3], &[]), vec![(2, 3, 1000)]);
        // Skills of other names never do.
        assert_eq!(index.stand_ins(&[2], &[0, 1], &[]), vec![]);
    }
}
