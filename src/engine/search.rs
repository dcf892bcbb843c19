//! Finding role levels by typing: matches level names, role names and skill names, tolerant of
//! typos ("portfolo" finds "portfolio"). Pure and ranked, so the picker only renders the hits.

use crate::engine::lookup::edit_distance;
use crate::framework::{Framework, Level};

/// Why a level matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchedBy {
    /// Its own name (or its role's, for the Chief roles).
    LevelName,
    /// Its role's name.
    RoleName,
    /// A skill it needs (the skill's id).
    Skill(String),
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub level: String,
    pub matched_by: MatchedBy,
    /// Higher is better.
    pub score: f64,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How well one typed word matches one word of a name: 1 exact, 0.9 prefix, 0.7 one typo, 0.5 two typos.
fn word_score(typed: &str, word: &str) -> f64 {
    if typed == word {
        return 1.0;
    }
    if typed.len() >= 2 && word.starts_with(typed) {
        return 0.9;
    }
    let allowed = match typed.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    // Compare with the word cut to the typed length too, so a typo in a prefix still matches.
    let cut: String = word.chars().take(typed.chars().count()).collect();
    let distance =
        edit_distance(typed, word).min(edit_distance(typed, &cut) + usize::from(cut != word));
    match distance {
        d if d <= allowed && d == 1 => 0.7,
        d if d <= allowed && d == 2 => 0.5,
        _ => 0.0,
    }
}

/// How well the typed words match a name: the mean of each typed word's best match, 0 if any word misses.
fn name_score(typed: &[String], name: &str) -> f64 {
    let name_words = words(name);
    let mut total = 0.0;
    for t in typed {
        let best = name_words
            .iter()
            .map(|w| word_score(t, w))
            .fold(0.0, f64::max);
        if best == 0.0 {
            return 0.0;
        }
        total += best;
    }
    total / typed.len() as f64
}

/// Role levels matching `query`, best first, at most `limit`. An empty query finds nothing.
pub fn search(fw: &Framework, query: &str, limit: usize) -> Vec<Hit> {
    let typed = words(query);
    if typed.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = fw
        .levels
        .iter()
        .filter_map(|level| best_match(fw, level, &typed))
        .collect();
    hits.sort_by(|a, b| {
        b.score.total_cmp(&a.score).then_with(|| {
            let name = |id: &str| fw.level(id).map(|l| fw.level_name(l).to_lowercase());
            name(&a.level).cmp(&name(&b.level))
        })
    });
    hits.truncate(limit);
    hits
}

/// A level's name typed in full, word for word (any case or punctuation), scores above every
/// partial match: "user researcher" finds User researcher before Senior user researcher.
const EXACT_NAME: f64 = 4.0;

fn best_match(fw: &Framework, level: &Level, typed: &[String]) -> Option<Hit> {
    let role = fw.role_of(level);
    let level_name = fw.level_name(level);
    let level_score = if words(level_name) == typed {
        EXACT_NAME
    } else {
        name_score(typed, level_name) * 3.0
    };
    let mut candidates = vec![
        (level_score, MatchedBy::LevelName),
        (name_score(typed, &role.name) * 2.0, MatchedBy::RoleName),
    ];
    for requirement in &level.skills {
        if let Some(skill) = fw.skill(&requirement.skill) {
            candidates.push((
                name_score(typed, &skill.name),
                MatchedBy::Skill(skill.id.clone()),
            ));
        }
    }
    candidates
        .into_iter()
        .filter(|(score, _)| *score > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(score, matched_by)| Hit {
            level: level.id.clone(),
            matched_by,
            score,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_name_typed_in_full_comes_first() {
        let fw = crate::load::embedded::framework().unwrap();
        for name in ["user researcher", "User Researcher", "data analyst"] {
            let hits = search(&fw, name, 8);
            let first = fw.level(&hits[0].level).unwrap();
            assert!(
                fw.level_name(first).eq_ignore_ascii_case(name),
                "{name}: {}",
                fw.level_name(first)
            );
        }
    }

    #[test]
    fn typed_words_match_exactly_by_prefix_or_with_typos() {
        assert_eq!(word_score("portfolio", "portfolio"), 1.0);
        assert_eq!(word_score("port", "portfolio"), 0.9);
        assert_eq!(word_score("portfolo", "portfolio"), 0.7);
        assert_eq!(
            word_score("protfolio", "portfolio"),
            0.7,
            "a swapped pair is one typo"
        );
        assert_eq!(word_score("portflio", "portfolio2"), 0.5);
        assert_eq!(
            word_score("cat", "car"),
            0.0,
            "short words need to be exact"
        );
        assert_eq!(word_score("xyzzy", "portfolio"), 0.0);
    }

    #[test]
    fn every_typed_word_must_match_somewhere_in_the_name() {
        let typed = words("head portfolo");
        assert!(name_score(&typed, "Head of portfolio") > 0.8);
        assert_eq!(name_score(&typed, "Head of user research"), 0.0);
    }
}
