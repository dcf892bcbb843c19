//! A synthetic framework `times` the size of a real one, of the same shape, for measuring how
//! costs grow (issue 10): every family, role, level and skill is copied `times` over, each copy
//! with its own ids and names; a copy's level keeps the original's requirements, but its `i`th
//! requirement names the skill of copy `(copy + i) % times`, so copies share skills with each
//! other as the real roles do. Not used by the widget.

use crate::framework::{Family, Framework, Level, Requirement, Role, Skill, Source};

/// `fw` copied `times` over (1 gives an equal framework with renamed ids).
pub fn scaled(fw: &Framework, times: usize) -> Framework {
    let times = times.max(1);
    let id = |id: &str, copy: usize| format!("{id}-x{copy}");
    let name = |name: &str, copy: usize| format!("{name} ({})", copy + 1);
    let mut families = Vec::new();
    let mut roles = Vec::new();
    let mut levels = Vec::new();
    let mut skills = Vec::new();
    for copy in 0..times {
        families.extend(fw.families.iter().map(|f| Family {
            id: id(&f.id, copy),
            name: name(&f.name, copy),
            roles: f.roles.iter().map(|r| id(r, copy)).collect(),
        }));
        roles.extend(fw.roles.iter().map(|r| Role {
            id: id(&r.id, copy),
            name: name(&r.name, copy),
            family: id(&r.family, copy),
            levels: r.levels.iter().map(|l| id(l, copy)).collect(),
            ..r.clone()
        }));
        levels.extend(fw.levels.iter().map(|l| {
            Level {
                id: id(&l.id, copy),
                name: l.name.as_ref().map(|n| name(n, copy)),
                role: id(&l.role, copy),
                skills: l
                    .skills
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Requirement {
                        skill: id(&r.skill, (copy + i) % times),
                        level: r.level,
                    })
                    .collect(),
                ..l.clone()
            }
        }));
        skills.extend(fw.skills.iter().map(|s| Skill {
            id: id(&s.id, copy),
            name: name(&s.name, copy),
            variant_of: s.variant_of.clone().map(|mut v| {
                v.id = id(&v.id, copy);
                v.name = name(&v.name, copy);
                v
            }),
            ..s.clone()
        }));
    }
    skills.sort_by(|a, b| a.name.cmp(&b.name));
    let source = Source {
        title: format!("{} (synthetic, {times} times the size)", fw.source.title),
        ..fw.source.clone()
    };
    Framework::new(source, families, roles, levels, skills)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_times_the_official_framework_is_valid_and_ten_times_the_size() {
        let fw = crate::load::embedded::framework().unwrap();
        let big = scaled(&fw, 10);
        assert_eq!(big.levels.len(), fw.levels.len() * 10);
        assert_eq!(big.skills.len(), fw.skills.len() * 10);
        assert_eq!(big.roles.len(), fw.roles.len() * 10);
        assert_eq!(crate::load::validate::check(&big), []);
        // Copies share skills: the second requirement of a copy-0 level names a copy-1 skill.
        let level = big
            .levels
            .iter()
            .find(|l| l.skills.len() > 1)
            .expect("a level with two skills");
        assert!(level.skills[1].skill.ends_with("-x1"), "{:?}", level.skills);
    }
}
