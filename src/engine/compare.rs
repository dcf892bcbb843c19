//! Side-by-side comparison of role levels: one row per skill in the union, aligned across the
//! columns in the order the user chose, with the change between each pair of neighbouring columns
//! and which "You can:" bullets were added, kept or removed.

use crate::framework::{Framework, Level, Outline, SkillLevel, SkillOutline, Text};
use std::collections::HashSet;

/// Most role levels compared side by side.
pub const MAX_COLUMNS: usize = 6;

/// What a column says about one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The level does not list the skill.
    NotRequired,
    /// The level lists the skill, at this skill level (absent for the Chief roles, which set none).
    Required(Option<SkillLevel>),
}

impl Cell {
    pub fn level(self) -> Option<SkillLevel> {
        match self {
            Cell::Required(level) => level,
            Cell::NotRequired => None,
        }
    }

    pub fn is_required(self) -> bool {
        matches!(self, Cell::Required(_))
    }

    /// "Practitioner (3 of 4)", "Skill level not set" or "Not required".
    pub fn describe(self) -> String {
        match self {
            Cell::Required(Some(level)) => format!("{} ({} of 4)", level.name(), level.rank()),
            Cell::Required(None) => "Skill level not set".into(),
            Cell::NotRequired => "Not required".into(),
        }
    }
}

/// How a skill changes from one column to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Required at the same level in both.
    Same(SkillLevel),
    /// Required in both, at a higher level on the right.
    Up { from: SkillLevel, to: SkillLevel },
    /// Required in both, at a lower level on the right.
    Down { from: SkillLevel, to: SkillLevel },
    /// Not required on the left, required on the right.
    New(Option<SkillLevel>),
    /// Required on the left, not on the right.
    NoLongerRequired(Option<SkillLevel>),
    /// Required in both, but at least one side sets no skill level (Chief roles).
    LevelNotSet,
    /// Required in neither column of the pair.
    Neither,
}

impl Change {
    pub fn between(left: Cell, right: Cell) -> Change {
        match (left, right) {
            (Cell::NotRequired, Cell::NotRequired) => Change::Neither,
            (Cell::NotRequired, Cell::Required(to)) => Change::New(to),
            (Cell::Required(from), Cell::NotRequired) => Change::NoLongerRequired(from),
            (Cell::Required(Some(from)), Cell::Required(Some(to))) if to > from => {
                Change::Up { from, to }
            }
            (Cell::Required(Some(from)), Cell::Required(Some(to))) if to < from => {
                Change::Down { from, to }
            }
            (Cell::Required(Some(level)), Cell::Required(Some(_))) => Change::Same(level),
            (Cell::Required(_), Cell::Required(_)) => Change::LevelNotSet,
        }
    }

    /// Levels gained (positive) or lost (negative) between two set levels; 0 otherwise.
    pub fn steps(self) -> i8 {
        match self {
            Change::Up { from, to } | Change::Down { from, to } => {
                to.rank() as i8 - from.rank() as i8
            }
            _ => 0,
        }
    }

    /// The change in words, e.g. "Working → Practitioner (up 1 level)", "New: Working", "No longer required".
    pub fn describe(self) -> String {
        let levels =
            |n: i8| crate::framework::wording::count(n.unsigned_abs() as usize, "level", "levels");
        match self {
            Change::Same(level) => format!("Same: {}", level.name()),
            Change::Up { from, to } => {
                let n = self.steps();
                format!("{} → {} (up {})", from.name(), to.name(), levels(n))
            }
            Change::Down { from, to } => {
                let n = -self.steps();
                format!("{} → {} (down {})", from.name(), to.name(), levels(n))
            }
            Change::New(Some(level)) => format!("New: {}", level.name()),
            Change::New(None) => "New: skill level not set".into(),
            Change::NoLongerRequired(_) => "No longer required".into(),
            Change::LevelNotSet => "Required in both; skill level not set".into(),
            Change::Neither => "Not required in either".into(),
        }
    }
}

/// How many columns need a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sharing {
    /// Every column needs it.
    All,
    /// More than one column, but not all.
    Some(usize),
    /// Exactly one column needs it.
    One,
}

impl Sharing {
    /// The key written into the page and the command-line tool's JSON: "all", "some" or "one".
    pub fn key(self) -> &'static str {
        match self {
            Sharing::All => "all",
            Sharing::Some(_) => "some",
            Sharing::One => "one",
        }
    }
}

/// One skill across all columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The skill's id.
    pub skill: String,
    /// The id rows group under: the base skill of a variant, else the skill itself.
    pub group: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
    pub sharing: Sharing,
    /// `changes[i]` is the change from column `i` to column `i + 1`.
    pub changes: Vec<Change>,
}

/// Counts of each kind of change between two neighbouring columns (serialised as the counts).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PairSummary {
    /// Column index of the left side; the right side is `left + 1`.
    #[serde(skip)]
    pub left: usize,
    pub up: usize,
    pub down: usize,
    pub same: usize,
    pub new: usize,
    pub no_longer_required: usize,
    pub level_not_set: usize,
}

impl PairSummary {
    /// The counts in words: "3 skills go up a level, 3 stay the same".
    pub fn describe(&self) -> String {
        let kinds = [
            (self.up, "goes up a level", "go up a level"),
            (self.down, "goes down a level", "go down a level"),
            (self.same, "stays the same", "stay the same"),
            (self.new, "is new", "are new"),
            (
                self.no_longer_required,
                "is no longer required",
                "are no longer required",
            ),
            (
                self.level_not_set,
                "has no skill level set",
                "have no skill level set",
            ),
        ];
        let parts: Vec<String> = kinds
            .iter()
            .filter(|(count, _, _)| *count > 0)
            .enumerate()
            .map(|(i, (count, one, many))| {
                let noun = match (i, count) {
                    (0, 1) => " skill",
                    (0, _) => " skills",
                    _ => "",
                };
                format!("{count}{noun} {}", if *count == 1 { one } else { many })
            })
            .collect();
        if parts.is_empty() {
            "no skills to compare".into()
        } else {
            parts.join(", ")
        }
    }
}

/// The whole comparison of the chosen columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Level ids, in the order chosen.
    pub columns: Vec<String>,
    /// Rows grouped by base skill name, base before its variants, then by name.
    pub rows: Vec<Row>,
    /// One summary per neighbouring pair.
    pub pairs: Vec<PairSummary>,
}

impl Comparison {
    /// A pair's two level names: "Senior digital portfolio manager → Head of portfolio".
    pub fn pair_names(&self, fw: &Framework, pair: &PairSummary) -> String {
        format!(
            "{} → {}",
            fw.level_name_of(&self.columns[pair.left]),
            fw.level_name_of(&self.columns[pair.left + 1])
        )
    }

    /// A pair's sentence, as the widget, the command-line tool and the downloads write it:
    /// "Senior digital portfolio manager → Head of portfolio: 3 skills go up a level, 3 stay the same."
    pub fn pair_sentence(&self, fw: &Framework, pair: &PairSummary) -> String {
        format!("{}: {}.", self.pair_names(fw, pair), pair.describe())
    }
}

/// Compares `columns` (role levels, in the user's order).
pub fn compare(fw: &Framework, columns: &[&Level]) -> Comparison {
    let mut seen = HashSet::new();
    let mut skills: Vec<&str> = Vec::new();
    for level in columns {
        for requirement in &level.skills {
            if seen.insert(requirement.skill.as_str()) {
                skills.push(&requirement.skill);
            }
        }
    }
    let sort_key = |id: &str| {
        let skill = fw.skill(id);
        let group_name = skill
            .map(|s| s.group_name().to_lowercase())
            .unwrap_or_default();
        let name = skill.map(|s| s.name.to_lowercase()).unwrap_or_default();
        (
            group_name,
            skill.is_some_and(|s| s.variant_of.is_some()),
            name,
        )
    };
    skills.sort_by_cached_key(|id| sort_key(id));

    let rows: Vec<Row> = skills
        .into_iter()
        .map(|skill| {
            let cells: Vec<Cell> = columns
                .iter()
                .map(|level| match level.requirement(skill) {
                    Some(r) => Cell::Required(r.level),
                    None => Cell::NotRequired,
                })
                .collect();
            let count = cells.iter().filter(|c| c.is_required()).count();
            let sharing = if count == columns.len() {
                Sharing::All
            } else if count == 1 {
                Sharing::One
            } else {
                Sharing::Some(count)
            };
            let changes = cells
                .windows(2)
                .map(|w| Change::between(w[0], w[1]))
                .collect();
            Row {
                skill: skill.to_string(),
                group: fw
                    .skill(skill)
                    .map(|s| s.group_id().to_string())
                    .unwrap_or_else(|| skill.to_string()),
                cells,
                sharing,
                changes,
            }
        })
        .collect();

    let pairs = (0..columns.len().saturating_sub(1))
        .map(|left| {
            let mut summary = PairSummary {
                left,
                ..PairSummary::default()
            };
            for row in &rows {
                match row.changes[left] {
                    Change::Up { .. } => summary.up += 1,
                    Change::Down { .. } => summary.down += 1,
                    Change::Same(_) => summary.same += 1,
                    Change::New(_) => summary.new += 1,
                    Change::NoLongerRequired(_) => summary.no_longer_required += 1,
                    Change::LevelNotSet => summary.level_not_set += 1,
                    Change::Neither => {}
                }
            }
            summary
        })
        .collect();

    Comparison {
        columns: columns.iter().map(|l| l.id.clone()).collect(),
        rows,
        pairs,
    }
}

/// Which "You can:" bullets were added, kept and removed between two cells of one skill.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulletDiff {
    pub added: Vec<String>,
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

fn bullets_at(text: Option<&Text>) -> Vec<String> {
    text.map(|t| t.bullets().map(str::to_string).collect())
        .unwrap_or_default()
}

/// A bullet as compared: words separated by single spaces, lower case ("Lead  a team" = "lead a team").
fn normalised(bullet: &str) -> String {
    bullet
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Compares the bullets of `skill` at the left cell's level with those at the right cell's level.
/// A cell without a level (not required, or level not set) has no bullets. Each bullet is
/// normalised once, so a cell costs a few string comparisons on every render.
pub fn bullet_diff(fw: &Framework, skill: &str, left: Cell, right: Cell) -> BulletDiff {
    let skill = fw.skill(skill);
    let at = |cell: Cell| {
        bullets_at(
            cell.level()
                .and_then(|level| skill.and_then(|s| s.at(level))),
        )
    };
    let (before, after) = (at(left), at(right));
    let before_keys: Vec<String> = before.iter().map(|b| normalised(b)).collect();
    let after_keys: Vec<String> = after.iter().map(|b| normalised(b)).collect();
    let mut diff = BulletDiff::default();
    for (bullet, key) in after.iter().zip(&after_keys) {
        if before_keys.contains(key) {
            diff.kept.push(bullet.clone());
        } else {
            diff.added.push(bullet.clone());
        }
    }
    diff.removed = before
        .into_iter()
        .zip(before_keys)
        .filter(|(_, key)| !after_keys.contains(key))
        .map(|(bullet, _)| bullet)
        .collect();
    diff
}

/// A cell's "You can:" statements as the comparison shows them: the summary line, the statements
/// in their published order with those added since the previous column marked, and those the
/// previous column listed that this one does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellStatements {
    /// Nothing to show (the skill is not required here).
    None,
    /// A note instead of statements ("The framework sets no skill level…").
    Note(&'static str),
    /// The summary while the texts are still to be fetched: the statements come with them.
    Pending {
        /// "You can: 4 statements, 2 new".
        summary: String,
    },
    Listed {
        /// "You can: 4 statements, 2 new".
        summary: String,
        /// Each statement, and whether it is new since the previous column.
        statements: Vec<(String, bool)>,
        /// Statements of the previous column this one no longer lists.
        removed: Vec<String>,
    },
}

/// What the comparison says about `cell`'s statements, compared with `previous` (the cell to its
/// left, if any). While the framework's texts are not merged yet, only the summary, from its
/// [`Outline`] counts, as [`CellStatements::Pending`].
pub fn cell_statements(
    fw: &Framework,
    skill: &str,
    previous: Option<Cell>,
    cell: Cell,
) -> CellStatements {
    if fw.texts_pending() {
        return cell_summary(fw, skill, previous, cell);
    }
    let level = match level_of(cell) {
        Ok(level) => level,
        Err(said) => return said,
    };
    let compared = previous.and_then(Cell::level).is_some();
    let diff = bullet_diff(fw, skill, previous.unwrap_or(Cell::NotRequired), cell);
    let Some(summary) = summary_of_diff(fw, skill, level, &diff, compared) else {
        return CellStatements::Note(NONE_PUBLISHED);
    };
    let statements = fw
        .skill(skill)
        .and_then(|s| s.at(level))
        .map(|t| {
            t.bullets()
                .map(|b| (b.to_string(), compared && diff.added.iter().any(|a| a == b)))
                .collect()
        })
        .unwrap_or_default();
    CellStatements::Listed {
        summary,
        statements,
        removed: if compared { diff.removed } else { Vec::new() },
    }
}

/// What a closed cell shows: [`cell_statements`] without the statements themselves, as
/// [`CellStatements::Pending`] with its summary (or `None` / `Note`). Counted from the framework's
/// [`Outline`] where it has one (a core file, with its texts merged in or not): a few lookups, so
/// moving a column re-words its cells without comparing any statement.
pub fn cell_summary(
    fw: &Framework,
    skill: &str,
    previous: Option<Cell>,
    cell: Cell,
) -> CellStatements {
    let level = match level_of(cell) {
        Ok(level) => level,
        Err(said) => return said,
    };
    // Compared only with a previous cell that has a level: a new skill has nothing to compare with.
    let compared_with = previous.and_then(Cell::level);
    let summary = match (&fw.outline, fw.skill_position(skill)) {
        (Some(outline), Some(at)) => {
            let total = usize::from(outline.statements(at, level.index()));
            let new = compared_with
                .map(|from| usize::from(outline.added(at, from.index(), level.index())));
            (total > 0).then(|| statements_summary(outline.lead(at, level.index()), total, new))
        }
        (Some(_), None) => None,
        (None, _) => {
            let diff = bullet_diff(fw, skill, previous.unwrap_or(Cell::NotRequired), cell);
            summary_of_diff(fw, skill, level, &diff, compared_with.is_some())
        }
    };
    match summary {
        Some(summary) => CellStatements::Pending { summary },
        None => CellStatements::Note(NONE_PUBLISHED),
    }
}

/// The skill level of a cell that has one, or what the cell says instead.
fn level_of(cell: Cell) -> Result<SkillLevel, CellStatements> {
    match cell {
        Cell::Required(Some(level)) => Ok(level),
        Cell::Required(None) => Err(CellStatements::Note(
            "The framework sets no skill level for this role, so it lists no \"You can\" statements.",
        )),
        Cell::NotRequired => Err(CellStatements::None),
    }
}

/// The summary of a cell's statements worded from the texts' diff; none where none are published.
fn summary_of_diff(
    fw: &Framework,
    skill: &str,
    level: SkillLevel,
    diff: &BulletDiff,
    compared: bool,
) -> Option<String> {
    let total = diff.added.len() + diff.kept.len();
    (total > 0).then(|| {
        let lead = fw
            .skill(skill)
            .and_then(|s| s.at(level))
            .and_then(Text::lead);
        statements_summary(lead, total, compared.then_some(diff.added.len()))
    })
}

const NONE_PUBLISHED: &str = "No statements are published for this skill level.";

/// "You can: 4 statements, 2 new" (the new ones only when compared and there are some).
fn statements_summary(lead: Option<&str>, total: usize, new: Option<usize>) -> String {
    let lead = lead.unwrap_or("You can:");
    let total = crate::framework::wording::count(total, "statement", "statements");
    match new {
        Some(new) if new > 0 => format!("{lead} {total}, {new} new"),
        _ => format!("{lead} {total}"),
    }
}

/// The counts a core file carries in place of `fw`'s texts (see [`Outline`]): for every skill,
/// each skill level's lead line and number of statements, and how many each adds to each other.
pub fn outline(fw: &Framework) -> Outline {
    let skills: Vec<SkillOutline> = fw
        .skills
        .iter()
        .map(|skill| {
            let mut counted = SkillOutline::default();
            // Each skill level's statements as compared, once.
            let keys: Vec<Vec<String>> = SkillLevel::ALL
                .into_iter()
                .map(|level| {
                    bullets_at(skill.at(level))
                        .iter()
                        .map(|b| normalised(b))
                        .collect()
                })
                .collect();
            for to in SkillLevel::ALL {
                counted.leads[to.index()] = skill.at(to).and_then(Text::lead).map(str::to_string);
                let after = &keys[to.index()];
                counted.statements[to.index()] = count_u16(after.len());
                for from in SkillLevel::ALL {
                    let before = &keys[from.index()];
                    counted.new[from.index()][to.index()] =
                        count_u16(after.iter().filter(|k| !before.contains(k)).count());
                }
            }
            counted
        })
        .collect();
    Outline::from_skills(&skills)
}

/// A count as stored (validation keeps a text to far fewer statements than this).
fn count_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cells_statements_are_worded_and_marked_against_the_previous_cell() {
        let fw = crate::load::embedded::framework().unwrap();
        let (working, practitioner) = (
            Cell::Required(Some(SkillLevel::Working)),
            Cell::Required(Some(SkillLevel::Practitioner)),
        );
        let CellStatements::Listed {
            summary,
            statements,
            ..
        } = cell_statements(&fw, "strategic-thinking", Some(working), practitioner)
        else {
            panic!("statements are listed");
        };
        let new = statements.iter().filter(|(_, added)| *added).count();
        assert!(new > 0);
        assert_eq!(
            summary,
            format!(
                "You can: {}, {new} new",
                crate::framework::wording::count(statements.len(), "statement", "statements")
            )
        );
        // The first column has nothing to compare with: nothing is marked new.
        let CellStatements::Listed {
            summary,
            statements,
            removed,
        } = cell_statements(&fw, "strategic-thinking", None, practitioner)
        else {
            panic!("statements are listed");
        };
        assert!(!summary.contains("new"), "{summary}");
        assert!(statements.iter().all(|(_, added)| !added));
        assert!(removed.is_empty());
        assert_eq!(
            cell_statements(&fw, "strategic-thinking", Some(working), Cell::NotRequired),
            CellStatements::None
        );
        assert!(matches!(
            cell_statements(&fw, "strategic-thinking", None, Cell::Required(None)),
            CellStatements::Note(_)
        ));
    }

    #[test]
    fn changes_between_cells_cover_every_case() {
        use SkillLevel::*;
        let r = |l| Cell::Required(Some(l));
        assert_eq!(
            Change::between(r(Working), r(Practitioner)),
            Change::Up {
                from: Working,
                to: Practitioner
            }
        );
        assert_eq!(Change::between(r(Expert), r(Working)).steps(), -2);
        assert_eq!(
            Change::between(r(Working), r(Working)),
            Change::Same(Working)
        );
        assert_eq!(
            Change::between(Cell::NotRequired, r(Working)),
            Change::New(Some(Working))
        );
        assert_eq!(
            Change::between(r(Awareness), Cell::NotRequired),
            Change::NoLongerRequired(Some(Awareness))
        );
        assert_eq!(
            Change::between(Cell::Required(None), r(Expert)),
            Change::LevelNotSet
        );
        assert_eq!(
            Change::between(Cell::NotRequired, Cell::NotRequired),
            Change::Neither
        );
    }

    #[test]
    fn changes_are_written_in_words() {
        use SkillLevel::*;
        assert_eq!(
            Change::Up {
                from: Working,
                to: Practitioner
            }
            .describe(),
            "Working → Practitioner (up 1 level)"
        );
        assert_eq!(
            Change::Down {
                from: Expert,
                to: Working
            }
            .describe(),
            "Expert → Working (down 2 levels)"
        );
        assert_eq!(Change::New(Some(Working)).describe(), "New: Working");
        assert_eq!(
            Change::NoLongerRequired(Some(Expert)).describe(),
            "No longer required"
        );
        assert_eq!(
            Cell::Required(Some(Practitioner)).describe(),
            "Practitioner (3 of 4)"
        );
        assert_eq!(Cell::Required(None).describe(), "Skill level not set");
    }

    #[test]
    fn summaries_read_as_sentences() {
        let summary = PairSummary {
            left: 0,
            up: 3,
            same: 3,
            new: 1,
            ..PairSummary::default()
        };
        assert_eq!(
            summary.describe(),
            "3 skills go up a level, 3 stay the same, 1 is new"
        );
    }
}
