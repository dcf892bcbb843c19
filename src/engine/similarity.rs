//! How alike two skills are by what the framework says about them, not only by their names.
//!
//! # Formula
//! Each skill is a bag of words: its name, its description and its "You can:" statements at every
//! skill level, lower-cased, split at anything that is not a letter or a digit, English stop words
//! and words of one or two letters left out, each word stemmed (Snowball English, the
//! `rust-stemmers` crate: "analysing", "analysis" and "analyse" count as one word). Words weigh
//! `(1 + ln tf) · ln(N / df)` (tf: how often the skill uses the word; df: how many of the N skills
//! use it), so a word every skill uses ("work", "team") weighs nothing and a word few skills use
//! weighs much. Two skills' similarity is the cosine of their weight vectors, 0 to 1.
//!
//! # What is kept
//! For each skill, its [`NEAREST`] most similar skills of other skill groups (variants of one base
//! skill already count as the same skill) at or above [`THRESHOLD`], as thousandths. Computed once,
//! when the data files are built (`role-compare data-files`: the widget's core file carries them as
//! `Framework::similar`), never at a page load; the command-line tool computes them when it loads a
//! file without them ([`with_similar`]). Related roles name similar skills, not yet scoring them
//! (`engine::moves`).

use crate::framework::Framework;

/// The most similar skills kept for each skill.
pub const NEAREST: usize = 5;
/// The least similarity kept, in thousandths.
pub const THRESHOLD: u16 = 200;

/// Words too common in English to say anything about a skill.
const STOP_WORDS: &[&str] = &[
    "and",
    "the",
    "for",
    "with",
    "you",
    "your",
    "can",
    "are",
    "that",
    "this",
    "from",
    "into",
    "how",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "will",
    "use",
    "using",
    "used",
    "its",
    "their",
    "them",
    "they",
    "other",
    "others",
    "such",
    "also",
    "including",
    "include",
    "about",
    "across",
    "all",
    "any",
    "able",
    "both",
    "each",
    "may",
    "more",
    "most",
    "not",
    "only",
    "own",
    "than",
    "these",
    "those",
    "through",
    "within",
    "without",
    "have",
    "has",
    "been",
    "being",
    "was",
    "were",
    "but",
    "out",
    "over",
    "under",
    "between",
    "well",
    "way",
    "ways",
    "make",
    "making",
    "know",
    "knowing",
    "understand",
    "understanding",
    "skill",
    "skills",
    "level",
    "levels",
];

/// Each skill's nearest other skills: `(skill position, similarity in thousandths)`, most similar
/// first, in the order of `fw.skills`.
pub fn nearest_skills(fw: &Framework) -> Vec<Vec<[u16; 2]>> {
    use std::collections::HashMap;
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let bags: Vec<HashMap<String, f64>> = fw
        .skills
        .iter()
        .map(|skill| {
            let mut text = skill.name.clone();
            for t in skill
                .description
                .iter()
                .chain(skill.levels.iter().flatten())
            {
                for b in &t.0 {
                    match b {
                        crate::framework::Block::Paragraphs(p) => text.push_str(&format!(" {p}")),
                        crate::framework::Block::Bullets(items) => {
                            for i in items {
                                text.push(' ');
                                text.push_str(i);
                            }
                        }
                    }
                }
            }
            let mut bag = HashMap::new();
            for word in text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .filter(|w| w.chars().count() > 2 && !STOP_WORDS.contains(&w.as_str()))
            {
                *bag.entry(stemmer.stem(&word).into_owned()).or_insert(0.0) += 1.0;
            }
            bag
        })
        .collect();
    let n = bags.len() as f64;
    let mut df: HashMap<&str, f64> = HashMap::new();
    for bag in &bags {
        for word in bag.keys() {
            *df.entry(word).or_insert(0.0) += 1.0;
        }
    }
    let vectors: Vec<HashMap<&str, f64>> = bags
        .iter()
        .map(|bag| {
            let mut v: HashMap<&str, f64> = bag
                .iter()
                .map(|(w, tf)| (w.as_str(), (1.0 + tf.ln()) * (n / df[w.as_str()]).ln()))
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect();
    let cosine = |a: &HashMap<&str, f64>, b: &HashMap<&str, f64>| -> f64 {
        let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
        small
            .iter()
            .filter_map(|(w, x)| large.get(w).map(|y| x * y))
            .sum()
    };
    (0..fw.skills.len())
        .map(|i| {
            let mut near: Vec<(u16, u16)> = (0..fw.skills.len())
                .filter(|&j| j != i && fw.skills[j].group_id() != fw.skills[i].group_id())
                .map(|j| {
                    (
                        j as u16,
                        (cosine(&vectors[i], &vectors[j]) * 1000.0).round() as u16,
                    )
                })
                .filter(|&(_, s)| s >= THRESHOLD)
                .collect();
            near.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            near.truncate(NEAREST);
            near.into_iter().map(|(j, s)| [j, s]).collect()
        })
        .collect()
}

/// `fw` with its similar skills, computed here where the file did not carry them.
pub fn with_similar(mut fw: Framework) -> Framework {
    if fw.similar.is_none() {
        fw.similar = Some(nearest_skills(&fw));
    }
    fw
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The skills of `name` nearest to it, by name.
    fn near<'a>(fw: &'a Framework, all: &[Vec<[u16; 2]>], name: &str) -> Vec<&'a str> {
        let i = fw.skills.iter().position(|s| s.name == name).unwrap();
        all[i]
            .iter()
            .map(|[j, _]| fw.skills[usize::from(*j)].name.as_str())
            .collect()
    }

    #[test]
    fn skills_that_say_the_same_thing_in_other_words_are_near() {
        let fw = crate::load::embedded::framework().unwrap();
        let all = nearest_skills(&fw);
        // The pairs issue 18 names: a data analyst's skills and a data scientist's.
        assert!(near(
            &fw,
            &all,
            "Applying statistical and analytical tools and techniques"
        )
        .contains(&"Applied maths, statistics and scientific practices"));
        assert!(near(&fw, &all, "Developing code for analysis")
            .contains(&"Programming and build (data science)"));
        assert!(near(&fw, &all, "Data preparation and linkage")
            .iter()
            .any(|n| n.starts_with("Data modelling")));
        for (i, list) in all.iter().enumerate() {
            assert!(list.len() <= NEAREST);
            assert!(
                list.windows(2).all(|w| w[0][1] >= w[1][1]),
                "most similar first"
            );
            for &[j, s] in list {
                assert!((THRESHOLD..=1000).contains(&s));
                // Variants of one base skill are the same skill already: never listed as similar.
                assert_ne!(
                    fw.skills[i].group_id(),
                    fw.skills[usize::from(j)].group_id()
                );
            }
        }
        // Deterministic: the same framework gives the same lists.
        assert_eq!(all, nearest_skills(&fw));
    }
}
