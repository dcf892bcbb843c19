//! A person's ratings against a role level: for each skill the level needs, what it needs, what
//! they rated, and where that leaves them (meets, above, below by N levels, not yet, not rated),
//! with a summary ("meets 5 of 8 skills; 3 to raise, 4 steps in all"); and what changed between two
//! saved assessments.
//!
//! # Definitions (shared with the team view and the command-line tool)
//! - A skill whose level is not set (the Chief roles) is not counted as needed.
//! - "Not yet" and not rated both fall below any need; they are shown apart.
//! - Steps count as the gap counts them: each level to raise is 1; a skill not yet held, or not
//!   rated, counts the needed level's rank (awareness 1 … expert 4).

use crate::framework::wording;
use crate::framework::{Entry, Level, Rating, SkillLevel};
use std::collections::BTreeMap;

/// Where a person stands on one skill against the level needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Rated at the level needed.
    Meets,
    /// Rated above the level needed, by this many levels.
    Above(u8),
    /// Rated below the level needed, by this many levels.
    Below(u8),
    /// Rated "not yet".
    NotYet,
    /// Not rated.
    Unrated,
}

impl Standing {
    /// Where `rating` leaves someone against `needed`.
    pub fn of(rating: Option<Rating>, needed: SkillLevel) -> Standing {
        match rating {
            None => Standing::Unrated,
            Some(Rating::NotYet) => Standing::NotYet,
            Some(Rating::At(have)) if have == needed => Standing::Meets,
            Some(Rating::At(have)) if have > needed => Standing::Above(have.rank() - needed.rank()),
            Some(Rating::At(have)) => Standing::Below(needed.rank() - have.rank()),
        }
    }

    /// Whether the need is met (at or above).
    pub fn meets(self) -> bool {
        matches!(self, Standing::Meets | Standing::Above(_))
    }

    /// Where it leaves someone, with how far: "meets it", "above by 1 level", "below by 2 levels",
    /// "not yet", "not rated".
    pub fn phrase(self) -> String {
        let levels = |n: u8| wording::count(usize::from(n), "level", "levels");
        match self {
            Standing::Meets => "meets it".into(),
            Standing::Above(n) => format!("above by {}", levels(n)),
            Standing::Below(n) => format!("below by {}", levels(n)),
            Standing::NotYet | Standing::Unrated => self.word().into(),
        }
    }

    /// The short word for lists and files: "meets", "above", "below", "not yet", "not rated".
    pub fn word(self) -> &'static str {
        match self {
            Standing::Meets => "meets",
            Standing::Above(_) => "above",
            Standing::Below(_) => "below",
            Standing::NotYet => "not yet",
            Standing::Unrated => "not rated",
        }
    }
}

/// One skill the level needs, and where the person stands on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillStanding {
    pub skill: String,
    pub needed: SkillLevel,
    /// The person's own rating, if any.
    pub yours: Option<Rating>,
    /// The level a line manager agrees, if any.
    pub agreed: Option<Rating>,
    /// The person's note of evidence, if any.
    pub evidence: Option<String>,
    pub standing: Standing,
}

impl SkillStanding {
    /// Skill-level steps to meet the need (module docs).
    pub fn steps(&self) -> u32 {
        u32::from(match self.standing {
            Standing::Meets | Standing::Above(_) => 0,
            Standing::Below(n) => n,
            Standing::NotYet | Standing::Unrated => self.needed.rank(),
        })
    }

    /// "meets it: you are Working, this needs Working"; "below by 1 level: you are Working, this
    /// needs Practitioner"; "not yet: this needs Practitioner"; "not rated: this needs Practitioner".
    pub fn describe(&self) -> String {
        let needs = self.needed.name();
        match (self.standing, self.yours) {
            (Standing::Meets, Some(Rating::At(have))) => {
                format!("meets it: you are {}, this needs {needs}", have.name())
            }
            (Standing::Above(n), Some(Rating::At(have))) => format!(
                "above it by {}: you are {}, this needs {needs}",
                wording::count(usize::from(n), "level", "levels"),
                have.name()
            ),
            (Standing::Below(n), Some(Rating::At(have))) => format!(
                "below by {}: you are {}, this needs {needs}",
                wording::count(usize::from(n), "level", "levels"),
                have.name()
            ),
            (Standing::NotYet, _) => format!("not yet: this needs {needs}"),
            _ => format!("not rated: this needs {needs}"),
        }
    }
}

/// A person's ratings against one role level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The level assessed against (its id).
    pub level: String,
    /// The skills the level needs at a set level, in the level's order.
    pub skills: Vec<SkillStanding>,
    /// Skills the level names without a set level (not counted: module docs).
    pub unlevelled: Vec<String>,
}

impl Assessment {
    /// How many needs are met.
    pub fn met(&self) -> usize {
        self.skills.iter().filter(|s| s.standing.meets()).count()
    }

    /// How many needs are not met yet.
    pub fn to_raise(&self) -> usize {
        self.skills.len() - self.met()
    }

    /// Steps to meet every need.
    pub fn steps(&self) -> u32 {
        self.skills.iter().map(SkillStanding::steps).sum()
    }

    /// "meets 5 of 8 skills; 3 to raise, 4 steps in all."
    pub fn summary(&self) -> String {
        format!(
            "meets {} of {}; {} to raise, {} in all.",
            self.met(),
            wording::skills(self.skills.len()),
            self.to_raise(),
            wording::steps(self.steps())
        )
    }
}

/// `entries` (a person's ratings by skill id) against `level`.
pub fn assess(level: &Level, entries: &BTreeMap<String, Entry>) -> Assessment {
    let mut assessment = Assessment {
        level: level.id.clone(),
        skills: Vec::new(),
        unlevelled: Vec::new(),
    };
    for need in &level.skills {
        let Some(needed) = need.level else {
            assessment.unlevelled.push(need.skill.clone());
            continue;
        };
        let entry = entries.get(&need.skill);
        let yours = entry.map(|e| e.rating);
        assessment.skills.push(SkillStanding {
            skill: need.skill.clone(),
            needed,
            yours,
            agreed: entry.and_then(|e| e.agreed),
            evidence: entry.and_then(|e| e.evidence.clone()),
            standing: Standing::of(yours, needed),
        });
    }
    assessment
}

/// What changed for one skill between two saved assessments (a skill may have several: its
/// rating, the level agreed with a line manager, its evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    Raised {
        from: Rating,
        to: Rating,
    },
    Lowered {
        from: Rating,
        to: Rating,
    },
    /// Rated now, not before.
    Rated(Rating),
    /// Rated before, not now.
    NoLongerRated(Rating),
    /// The level agreed with a line manager: set, changed or removed (`None` on either side).
    Agreed {
        from: Option<Rating>,
        to: Option<Rating>,
    },
    /// Evidence where there was none.
    NewEvidence,
    /// Evidence different from before.
    EvidenceChanged,
    /// Evidence before, none now: it was removed, or not kept with this save (name and evidence
    /// are saved only when the person chose to keep them in the browser).
    EvidenceNotKept,
}

impl Difference {
    /// "raised from Working to Practitioner", "lowered …", "rated Working", "no longer rated
    /// (was Working)", "agreed level set to Working", "agreed level changed from Working to
    /// Practitioner", "agreed level removed (was Working)", "new evidence", "evidence changed",
    /// "evidence not in this save".
    pub fn describe(&self) -> String {
        match self {
            Difference::Raised { from, to } => {
                format!("raised from {} to {}", from.label(), to.label())
            }
            Difference::Lowered { from, to } => {
                format!("lowered from {} to {}", from.label(), to.label())
            }
            Difference::Rated(r) => format!("rated {}", r.label()),
            Difference::NoLongerRated(r) => format!("no longer rated (was {})", r.label()),
            Difference::Agreed {
                from: None,
                to: Some(to),
            } => {
                format!("agreed level set to {}", to.label())
            }
            Difference::Agreed {
                from: Some(from),
                to: Some(to),
            } => format!(
                "agreed level changed from {} to {}",
                from.label(),
                to.label()
            ),
            Difference::Agreed {
                from: Some(from),
                to: None,
            } => format!("agreed level removed (was {})", from.label()),
            Difference::Agreed { .. } => "agreed level unchanged".to_string(),
            Difference::NewEvidence => "new evidence".to_string(),
            Difference::EvidenceChanged => "evidence changed".to_string(),
            Difference::EvidenceNotKept => "evidence not in this save".to_string(),
        }
    }
}

/// What changed from `before` to `after`, skill by skill (in id order): ratings raised, lowered,
/// new or removed; the level agreed with a line manager; evidence new, changed, or not in the later
/// save. A skill rated in only one of the two has only its rating's change.
pub fn differences(
    before: &BTreeMap<String, Entry>,
    after: &BTreeMap<String, Entry>,
) -> Vec<(String, Difference)> {
    let mut skills: Vec<&String> = before.keys().chain(after.keys()).collect();
    skills.sort();
    skills.dedup();
    let mut found = Vec::new();
    for skill in skills {
        let mut say = |d: Difference| found.push((skill.clone(), d));
        match (before.get(skill), after.get(skill)) {
            (None, Some(a)) => say(Difference::Rated(a.rating)),
            (Some(b), None) => say(Difference::NoLongerRated(b.rating)),
            (Some(b), Some(a)) => {
                if a.rating > b.rating {
                    say(Difference::Raised {
                        from: b.rating,
                        to: a.rating,
                    });
                } else if a.rating < b.rating {
                    say(Difference::Lowered {
                        from: b.rating,
                        to: a.rating,
                    });
                }
                if a.agreed != b.agreed {
                    say(Difference::Agreed {
                        from: b.agreed,
                        to: a.agreed,
                    });
                }
                match (&b.evidence, &a.evidence) {
                    (None, Some(_)) => say(Difference::NewEvidence),
                    (Some(_), None) => say(Difference::EvidenceNotKept),
                    (Some(x), Some(y)) if x != y => say(Difference::EvidenceChanged),
                    _ => {}
                }
            }
            (None, None) => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::SkillLevel::*;

    fn entry(rating: Rating, evidence: Option<&str>) -> Entry {
        Entry {
            rating,
            evidence: evidence.map(str::to_string),
            agreed: None,
        }
    }

    #[test]
    fn a_standing_says_how_far_in_words() {
        let practitioner = SkillLevel::Practitioner;
        let at = |l| Some(Rating::At(l));
        assert_eq!(
            Standing::of(at(SkillLevel::Practitioner), practitioner).phrase(),
            "meets it"
        );
        assert_eq!(
            Standing::of(at(SkillLevel::Expert), practitioner).phrase(),
            "above by 1 level"
        );
        assert_eq!(
            Standing::of(at(SkillLevel::Awareness), practitioner).phrase(),
            "below by 2 levels"
        );
        assert_eq!(
            Standing::of(Some(Rating::NotYet), practitioner).phrase(),
            "not yet"
        );
        assert_eq!(Standing::of(None, practitioner).phrase(), "not rated");
    }

    #[test]
    fn senior_digital_portfolio_manager_assessed_by_hand() {
        let fw = crate::load::embedded::framework().unwrap();
        let level = fw.level("senior-digital-portfolio-manager").unwrap();
        // The level needs 6 skills (data/framework.json): agile working, commercial management,
        // financial management, governance and assurance, stakeholder relationship management
        // and strategic thinking, each at a set level.
        let needs: Vec<(&str, SkillLevel)> = level
            .skills
            .iter()
            .map(|r| (r.skill.as_str(), r.level.unwrap()))
            .collect();
        assert_eq!(needs.len(), 6);
        let mut entries = BTreeMap::new();
        // One met exactly, one above by 1, one below by 2, one "not yet"; two not rated.
        let (a, b, c, d) = (needs[0], needs[1], needs[2], needs[3]);
        entries.insert(
            a.0.to_string(),
            entry(Rating::At(a.1), Some("Ran the retros")),
        );
        let above = SkillLevel::ALL[usize::from(b.1.rank())]; // one above (needs below Expert)
        entries.insert(b.0.to_string(), entry(Rating::At(above), None));
        entries.insert(c.0.to_string(), entry(Rating::At(Awareness), None));
        entries.insert(d.0.to_string(), entry(Rating::NotYet, None));
        let assessment = assess(level, &entries);
        let standings: Vec<Standing> = assessment.skills.iter().map(|s| s.standing).collect();
        assert_eq!(
            standings[..4],
            [
                Standing::Meets,
                Standing::Above(1),
                Standing::Below(c.1.rank() - 1),
                Standing::NotYet
            ]
        );
        assert_eq!(standings[4..], [Standing::Unrated, Standing::Unrated]);
        // Steps: below by (rank − 1), and the needed rank for "not yet" and the two not rated.
        let steps = u32::from(c.1.rank() - 1)
            + u32::from(d.1.rank())
            + u32::from(needs[4].1.rank())
            + u32::from(needs[5].1.rank());
        assert_eq!(assessment.steps(), steps);
        assert_eq!(
            assessment.summary(),
            format!("meets 2 of 6 skills; 4 to raise, {steps} steps in all.")
        );
        assert_eq!(
            assessment.skills[0].evidence.as_deref(),
            Some("Ran the retros")
        );
        assert_eq!(
            assessment.skills[3].describe(),
            format!("not yet: this needs {}", d.1.name())
        );
        assert_eq!(
            assessment.skills[4].describe(),
            format!("not rated: this needs {}", needs[4].1.name())
        );
    }

    #[test]
    fn words_for_each_standing() {
        let standing = |yours: Option<Rating>, needed| SkillStanding {
            skill: "s".into(),
            needed,
            yours,
            agreed: None,
            evidence: None,
            standing: Standing::of(yours, needed),
        };
        assert_eq!(
            standing(Some(Rating::At(Working)), Practitioner).describe(),
            "below by 1 level: you are Working, this needs Practitioner"
        );
        assert_eq!(standing(Some(Rating::At(Working)), Practitioner).steps(), 1);
        assert_eq!(
            standing(Some(Rating::At(Expert)), Awareness).describe(),
            "above it by 3 levels: you are Expert, this needs Awareness"
        );
        assert_eq!(
            standing(Some(Rating::At(Working)), Working).describe(),
            "meets it: you are Working, this needs Working"
        );
        assert_eq!(standing(None, Expert).steps(), 4);
        assert_eq!(standing(Some(Rating::NotYet), Working).steps(), 2);
    }

    #[test]
    fn a_chief_role_needs_nothing_counted() {
        let fw = crate::load::embedded::framework().unwrap();
        let chief = fw.level("chief-data-officer").unwrap();
        let assessment = assess(chief, &BTreeMap::new());
        assert!(assessment.skills.is_empty());
        assert_eq!(assessment.unlevelled.len(), chief.skills.len());
        assert_eq!(
            assessment.summary(),
            "meets 0 of 0 skills; 0 to raise, 0 steps in all."
        );
    }

    #[test]
    fn differences_between_two_saved_assessments() {
        let mut before = BTreeMap::new();
        before.insert("a".to_string(), entry(Rating::At(Working), None));
        before.insert("b".to_string(), entry(Rating::At(Practitioner), None));
        before.insert("c".to_string(), entry(Rating::NotYet, None));
        before.insert("d".to_string(), entry(Rating::At(Working), Some("old")));
        before.insert("e".to_string(), entry(Rating::At(Working), Some("same")));
        let mut after = BTreeMap::new();
        after.insert("a".to_string(), entry(Rating::At(Practitioner), None));
        after.insert("b".to_string(), entry(Rating::At(Working), None));
        after.insert("d".to_string(), entry(Rating::At(Working), Some("new")));
        after.insert("e".to_string(), entry(Rating::At(Working), Some("same")));
        after.insert("f".to_string(), entry(Rating::At(Awareness), None));
        // The agreed level changing, evidence gone from a later save, and both at once with a
        // rating raised: each said.
        let mut agreed = entry(Rating::At(Working), None);
        agreed.agreed = Some(Rating::At(Working));
        before.insert("g".to_string(), entry(Rating::At(Working), None));
        after.insert("g".to_string(), agreed.clone());
        before.insert("h".to_string(), agreed.clone());
        let mut raised = entry(Rating::At(Practitioner), None);
        raised.agreed = Some(Rating::At(Practitioner));
        after.insert("h".to_string(), raised);
        before.insert(
            "i".to_string(),
            entry(Rating::At(Working), Some("kept once")),
        );
        after.insert("i".to_string(), entry(Rating::At(Working), None));
        let said: Vec<String> = differences(&before, &after)
            .iter()
            .map(|(s, d)| format!("{s}: {}", d.describe()))
            .collect();
        assert_eq!(
            said,
            [
                "a: raised from Working to Practitioner",
                "b: lowered from Practitioner to Working",
                "c: no longer rated (was Not yet)",
                "d: evidence changed",
                "f: rated Awareness",
                "g: agreed level set to Working",
                "h: raised from Working to Practitioner",
                "h: agreed level changed from Working to Practitioner",
                "i: evidence not in this save",
            ]
        );
    }
}
