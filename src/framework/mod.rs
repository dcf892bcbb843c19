//! **Layer 1, the model** (the bottom layer: it uses no other module of the crate). The framework:
//! families, roles, role levels in progression order, and skills, with lookups by id; what ids
//! may be; and the vocabulary every layer above shares: a [`Problem`] with its place, and the
//! words and counts of [`wording`]. Pure data: no browser, no CSV, no file format.
//!
//! The layers, lowest first (a module uses only its own layer or lower ones; `tests/layers.rs`
//! checks every path): `framework` → `load` → `engine` → `state` → `output` → `ui`, `bin`,
//! `fuzzing`. See ARCHITECTURE.md.

pub mod edition;
pub mod ids;
mod outline;
mod problem;
mod rating;
mod skill_level;
mod text;
pub mod wording;

pub use edition::{Carried, Renames};
pub use ids::{is_valid_id, slug, MAX_ID_CHARS};
pub use outline::{Outline, SkillOutline, ROW as OUTLINE_ROW};
pub use problem::Problem;
pub use rating::{Entry, Rating};
pub use skill_level::SkillLevel;
pub use text::{Block, Text};

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The level-order statuses a framework file may give a role.
pub const LEVEL_ORDER_STATUSES: [&str; 8] = [
    "confirmed",
    "confirmed-mirror",
    "partial",
    "partial-uncertain",
    "inferred",
    "file order",
    "single level",
    "not applicable",
];

/// The version of the data file's shape; bumped when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole framework, as stored in `data/framework.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Shape version of this file: [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Where the content comes from and how to credit it.
    pub source: Source,
    /// Role families in the order they are published.
    pub families: Vec<Family>,
    /// Every role, grouped by family.
    pub roles: Vec<Role>,
    /// Every role level; a role's levels appear in progression order (most junior first).
    pub levels: Vec<Level>,
    /// Every skill, in name order.
    pub skills: Vec<Skill>,
    /// This edition's mark, made by the importer from everything the file says (`edition`):
    /// recorded in a ratings file, so that ratings made against an earlier edition follow its
    /// renamed skills. Absent in a file that names no edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// For each earlier edition, its renamed skills and role levels ([`Renames`]), oldest first.
    /// The built-in framework's come in its texts file (its core file has none: `load::core_file`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renames: Vec<Renames>,
    /// Present only in a core file, whose texts (descriptions and statements) are in a file of
    /// their own: what a closed summary needs of them. See [`Outline`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<Outline>,
    /// For each skill (in the order of `skills`), its most similar other skills by what the
    /// framework says of them: `[position in skills, similarity in thousandths]`, most similar
    /// first (`engine::similarity`). Computed when the data files are built; absent in a file that
    /// does not carry them (the command-line tool computes them when it loads such a file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar: Option<Vec<Vec<[u16; 2]>>>,
    /// For each role (in the order of `roles`), how alike it is described (the role's and its
    /// levels' descriptions) to each later role, in hundredths: row `i` holds roles `i + 1`, …
    /// (`engine::similarity`); computed and carried as `similar` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar_roles: Option<Vec<Vec<u8>>>,
    /// True once the texts file has been merged into a core file (the outline stays: closed cells
    /// are worded from its counts, which is cheaper than comparing statements).
    #[serde(skip)]
    pub texts_merged: bool,
    #[serde(skip)]
    index: Index,
}

/// Provenance and licence of the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// "Government Digital and Data Profession Capability Framework".
    pub title: String,
    /// The attribution the licence asks for.
    pub attribution: String,
    /// Link to the licence.
    pub licence_url: String,
}

/// A role family such as "Architecture".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub id: String,
    pub name: String,
    /// Ids of its roles, in name order.
    pub roles: Vec<String>,
}

/// A role such as "Digital portfolio manager".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: String,
    /// Id of its family.
    pub family: String,
    /// "What a … does" and its "In this role, you will:" list.
    pub description: Text,
    /// The official Role Type, e.g. "Senior Civil Service" for the Chief roles; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_type: Option<String>,
    /// Ids of its levels, most junior first.
    pub levels: Vec<String>,
    /// How sure the published order of its levels is.
    pub level_order: LevelOrder,
}

/// How the progression order of a role's levels was established.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelOrder {
    /// One of [`LEVEL_ORDER_STATUSES`]: "confirmed", "confirmed-mirror",
    /// "partial", "partial-uncertain", "inferred", "file order", "single level" or "not applicable".
    pub status: String,
    /// Why, in a sentence.
    pub notes: String,
}

impl LevelOrder {
    /// True when the order was seen on a published page (or there is nothing to order).
    pub fn is_certain(&self) -> bool {
        matches!(
            self.status.as_str(),
            "confirmed" | "confirmed-mirror" | "file order" | "single level" | "not applicable"
        )
    }

    /// The status in words: "Confirmed from a published page", "Inferred from the usual ladder"…
    pub fn describe(&self) -> &'static str {
        match self.status.as_str() {
            "confirmed" | "confirmed-mirror" => "Confirmed from a published page",
            "single level" => "Single level",
            "not applicable" => "Not applicable",
            "inferred" => "Inferred from the usual ladder",
            "file order" => "In the order of the framework file",
            _ => "Partly confirmed, partly inferred",
        }
    }
}

/// A role level such as "Head of portfolio": a column the user can compare.
///
/// The Chief roles publish no levels: each has one level whose `name` is absent, whose id is the
/// role's id, and whose skills carry no skill level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    /// The published level name; absent for the Chief roles.
    pub name: Option<String>,
    /// Id of its role.
    pub role: String,
    /// "A … does …" and its "At this role level, you will:" list; absent where not published.
    pub description: Option<Text>,
    /// The page where this level's position was seen, or "inferred" / "single level".
    pub order_source: String,
    /// The skills this level needs, in name order.
    pub skills: Vec<Requirement>,
}

/// One skill a level needs, and at which skill level (absent where the framework sets none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub skill: String,
    pub level: Option<SkillLevel>,
}

/// A skill such as "Strategic thinking", with what each skill level means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    /// For a variant such as "Strategic thinking (content design)": what it is a variant of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant_of: Option<VariantOf>,
    /// The skill's description; absent where the source says "MISSING" or nothing.
    pub description: Option<Text>,
    /// "You can:" text for awareness, working, practitioner and expert; absent where not published.
    pub levels: [Option<Text>; 4],
}

/// The skill a variant specialises. The base may be a skill of its own ("Strategic thinking") or
/// only a shared name ("Programming and build" has variants but no plain skill).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantOf {
    /// The slug of `name`; also a skill id when the base skill exists.
    pub id: String,
    /// "Strategic thinking".
    pub name: String,
    /// "content design".
    pub qualifier: String,
}

impl VariantOf {
    /// Splits "Name (qualifier)"; `None` for a name without a trailing bracketed qualifier.
    pub fn from_skill_name(name: &str) -> Option<VariantOf> {
        let inner = name.strip_suffix(')')?;
        let (base, qualifier) = inner.rsplit_once(" (")?;
        (!base.trim().is_empty() && !qualifier.trim().is_empty()).then(|| VariantOf {
            id: slug(base),
            name: base.trim().to_string(),
            qualifier: qualifier.trim().to_string(),
        })
    }
}

impl Skill {
    /// What the skill looks like at `level`, if published.
    pub fn at(&self, level: SkillLevel) -> Option<&Text> {
        self.levels[level.index()].as_ref()
    }

    /// The id rows group under: the base's for a variant, else the skill's own.
    pub fn group_id(&self) -> &str {
        self.variant_of.as_ref().map_or(&self.id, |v| &v.id)
    }

    /// The name rows group under: "Strategic thinking" for "Strategic thinking (content design)".
    pub fn group_name(&self) -> &str {
        self.variant_of.as_ref().map_or(&self.name, |v| &v.name)
    }
}

impl Level {
    /// True for the Chief roles, which publish no levels.
    pub fn is_unlevelled(&self) -> bool {
        self.name.is_none()
    }

    /// The skill level this level needs for `skill`, if it needs the skill at all.
    pub fn requirement(&self, skill: &str) -> Option<&Requirement> {
        self.skills.iter().find(|r| r.skill == skill)
    }
}

#[cfg(test)]
mod tests {
    use super::VariantOf;

    #[test]
    fn variants_are_split_into_base_and_qualifier() {
        let v = VariantOf::from_skill_name("Programming and build (data science)").unwrap();
        assert_eq!(
            (v.id.as_str(), v.name.as_str(), v.qualifier.as_str()),
            (
                "programming-and-build",
                "Programming and build",
                "data science"
            )
        );
        assert!(VariantOf::from_skill_name("Quality assurance testing").is_none());
        assert!(VariantOf::from_skill_name("(odd)").is_none());
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Index {
    families: HashMap<String, usize>,
    roles: HashMap<String, usize>,
    levels: HashMap<String, usize>,
    skills: HashMap<String, usize>,
}

fn positions<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).to_string(), i))
        .collect()
}

impl Framework {
    /// Builds a framework and its lookups. Callers that read untrusted data go through
    /// the loader (`load::validate::parse_framework`), which checks every reference first.
    pub fn new(
        source: Source,
        families: Vec<Family>,
        roles: Vec<Role>,
        levels: Vec<Level>,
        skills: Vec<Skill>,
    ) -> Framework {
        Framework {
            schema: SCHEMA_VERSION,
            source,
            families,
            roles,
            levels,
            skills,
            edition: None,
            renames: Vec::new(),
            outline: None,
            similar: None,
            similar_roles: None,
            texts_merged: false,
            index: Index::default(),
        }
        .indexed()
    }

    pub(crate) fn indexed(mut self) -> Framework {
        self.index = Index {
            families: positions(&self.families, |f| &f.id),
            roles: positions(&self.roles, |r| &r.id),
            levels: positions(&self.levels, |l| &l.id),
            skills: positions(&self.skills, |s| &s.id),
        };
        self
    }

    /// Old ids → this edition's, for ratings made against `edition`: `None` when this file knows
    /// no reviewed way from it (or names no edition of its own).
    pub fn carried_from(&self, edition: &str) -> Option<Carried> {
        edition::chain(&self.renames, edition, self.edition.as_deref()?)
    }

    pub fn family(&self, id: &str) -> Option<&Family> {
        self.index.families.get(id).map(|&i| &self.families[i])
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.index.roles.get(id).map(|&i| &self.roles[i])
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.index.levels.get(id).map(|&i| &self.levels[i])
    }

    /// Where the level with this id sits in [`Framework::levels`] (the engine's level indices).
    pub fn level_position(&self, id: &str) -> Option<usize> {
        self.index.levels.get(id).copied()
    }

    /// Where the skill with this id sits in [`Framework::skills`].
    pub fn skill_position(&self, id: &str) -> Option<usize> {
        self.index.skills.get(id).copied()
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.index.skills.get(id).map(|&i| &self.skills[i])
    }

    /// The name of a skill group: the skill's own name, or the shared base name of variants
    /// ("Programming and build") where no skill of that name exists.
    pub fn group_name(&self, group: &str) -> Option<&str> {
        self.skill(group).map(|s| s.name.as_str()).or_else(|| {
            self.skills
                .iter()
                .find(|s| s.group_id() == group)
                .map(Skill::group_name)
        })
    }

    /// The role a level belongs to. Panics only on a framework that skipped validation.
    pub fn role_of(&self, level: &Level) -> &Role {
        self.role(&level.role)
            .expect("validated: every level names its role")
    }

    /// The name to show for a level: its own, or its role's for the Chief roles.
    pub fn level_name<'a>(&'a self, level: &'a Level) -> &'a str {
        level
            .name
            .as_deref()
            .unwrap_or_else(|| &self.role_of(level).name)
    }

    /// The name to show for the level with this id; the id itself if no level has it.
    pub fn level_name_of(&self, id: &str) -> String {
        self.level(id)
            .map_or_else(|| id.to_string(), |l| self.level_name(l).to_string())
    }

    /// The name of the skill with this id; the id itself if no skill has it.
    pub fn skill_name_of(&self, id: &str) -> String {
        self.skill(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    }

    /// The levels of a role, most junior first.
    pub fn levels_of<'a>(&'a self, role: &'a Role) -> impl Iterator<Item = &'a Level> + 'a {
        role.levels.iter().filter_map(|id| self.level(id))
    }

    /// Where a level sits on its role's ladder: its position counted from the most junior (0), and
    /// how many levels the ladder has.
    pub fn ladder_position(&self, level: &Level) -> (usize, usize) {
        let role = self.role_of(level);
        let position = role
            .levels
            .iter()
            .position(|id| *id == level.id)
            .unwrap_or(0);
        (position, role.levels.len())
    }

    /// The next level up the same role, if any.
    pub fn next_level(&self, level: &Level) -> Option<&Level> {
        let role = self.role_of(level);
        let at = role.levels.iter().position(|id| *id == level.id)?;
        role.levels.get(at + 1).and_then(|id| self.level(id))
    }

    /// True while the texts are in a file of their own, not merged yet (a core file).
    pub fn texts_pending(&self) -> bool {
        self.outline.is_some() && !self.texts_merged
    }

    /// The number of real role levels (the Chief roles' single unnamed levels excluded).
    pub fn named_level_count(&self) -> usize {
        self.levels.iter().filter(|l| !l.is_unlevelled()).count()
    }
}
