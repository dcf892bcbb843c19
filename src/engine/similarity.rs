//! How alike two skills are, and two roles, by what the framework says about them, not only by
//! their names.
//!
//! # Formula
//! Each skill is a bag of words: its name, its description and its "You can:" statements at every
//! skill level; each role one of its name, its description and its levels' descriptions. Words
//! are lower-cased, split at anything that is not a letter or a digit, English stop words and
//! words of one or two letters left out, each word stemmed (Snowball English, the `rust-stemmers`
//! crate: "analysing", "analysis" and "analyse" count as one word). Words weigh
//! `(1 + ln tf) · ln(N / df)` (tf: how often the skill uses the word; df: how many of the N skills
//! use it), so a word every skill uses ("work", "team") weighs nothing and a word few skills use
//! weighs much. Two skills' similarity is the cosine of their weight vectors, 0 to 1; roles are
//! weighed among roles the same way.
//!
//! # What is kept
//! For each skill, its [`NEAREST`] most similar other skills at or above [`THRESHOLD`], as
//! thousandths; variants of one base skill are listed like any other skill, as their texts say
//! ("Technical understanding (accessibility)" is 0.05 from "Technical understanding": not
//! listed; "Programming and build (software engineering)" is 0.79 from "… (data engineering)"). For each role, its similarity to every later role, in hundredths
//! (a triangle: 1 KB gzip for 52 roles; every pair counts in a move's score, so none is left out). Computed once, when the data files are built (`role-compare data-files`:
//! the widget's core file carries them as `Framework::similar` and `Framework::similar_roles`),
//! never at a page load; the command-line tool computes them when it loads a file without them
//! ([`with_similar`]). How moves count them: `engine::career`.
//!
//! # Why these numbers
//! 0.2 is where the pairs stop reading as chance (below it "Test engineering" is as close to
//! "Information security" as to "Programming and build"); 5 nearest keep the file small and rank
//! the evaluation moves (`tests/fixtures/known-moves.csv`) exactly as every pair would.

use crate::framework::Framework;
use std::collections::HashMap;

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

/// A text's words, one space apart.
fn words_of(text: &crate::framework::Text, out: &mut String) {
    for block in &text.0 {
        match block {
            crate::framework::Block::Paragraphs(p) => {
                out.push(' ');
                out.push_str(p);
            }
            crate::framework::Block::Bullets(items) => {
                for item in items {
                    out.push(' ');
                    out.push_str(item);
                }
            }
        }
    }
}

/// Each document's word weights (module docs), scaled to length 1.
fn weights(documents: &[String]) -> Vec<HashMap<String, f64>> {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let bags: Vec<HashMap<String, f64>> = documents
        .iter()
        .map(|text| {
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
    bags.iter()
        .map(|bag| {
            let mut v: HashMap<String, f64> = bag
                .iter()
                .map(|(w, tf)| (w.clone(), (1.0 + tf.ln()) * (n / df[w.as_str()]).ln()))
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect()
}

/// The cosine of two word-weight vectors of length 1.
fn cosine(a: &HashMap<String, f64>, b: &HashMap<String, f64>) -> f64 {
    let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(w, x)| large.get(w).map(|y| x * y))
        .sum()
}

/// For each document, its `nearest` most similar others at or above `threshold`:
/// `[position, thousandths]`, most similar first.
fn nearest(documents: &[String], nearest: usize, threshold: u16) -> Vec<Vec<[u16; 2]>> {
    let vectors = weights(documents);
    (0..vectors.len())
        .map(|i| {
            let mut near: Vec<(u16, u16)> = (0..vectors.len())
                .filter(|&j| j != i)
                .map(|j| {
                    (
                        j as u16,
                        (cosine(&vectors[i], &vectors[j]) * 1000.0).round() as u16,
                    )
                })
                .filter(|&(_, s)| s >= threshold)
                .collect();
            near.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            near.truncate(nearest);
            near.into_iter().map(|(j, s)| [j, s]).collect()
        })
        .collect()
}

/// A skill as a document: its name, description and statements.
pub fn skill_document(skill: &crate::framework::Skill) -> String {
    let mut text = skill.name.clone();
    for t in skill
        .description
        .iter()
        .chain(skill.levels.iter().flatten())
    {
        words_of(t, &mut text);
    }
    text
}

/// A text as a document, for [`across`].
pub fn text_document(text: &crate::framework::Text) -> String {
    let mut words = String::new();
    words_of(text, &mut words);
    words
}

/// How alike each of `a` is to each of `b`, in thousandths (`[i][j]`: `a[i]` to `b[j]`), words
/// weighed among all of them together.
pub fn across(a: &[String], b: &[String]) -> Vec<Vec<u16>> {
    let documents: Vec<String> = a.iter().chain(b).cloned().collect();
    let vectors = weights(&documents);
    let (va, vb) = vectors.split_at(a.len());
    va.iter()
        .map(|x| {
            vb.iter()
                .map(|y| (cosine(x, y) * 1000.0).round() as u16)
                .collect()
        })
        .collect()
}

/// Each skill's nearest other skills: `(skill position, similarity in thousandths)`, most similar
/// first, in the order of `fw.skills`.
pub fn nearest_skills(fw: &Framework) -> Vec<Vec<[u16; 2]>> {
    let documents: Vec<String> = fw.skills.iter().map(skill_document).collect();
    nearest(&documents, NEAREST, THRESHOLD)
}

/// Each role's similarity to every later role (in the order of `fw.roles`) by their
/// descriptions and their levels', in hundredths: row `i` holds roles `i + 1`, `i + 2`, ….
pub fn role_similarities(fw: &Framework) -> Vec<Vec<u8>> {
    let documents: Vec<String> = fw
        .roles
        .iter()
        .map(|role| {
            let mut text = role.name.clone();
            words_of(&role.description, &mut text);
            for level in fw.levels_of(role) {
                if let Some(d) = &level.description {
                    words_of(d, &mut text);
                }
            }
            text
        })
        .collect();
    let vectors = weights(&documents);
    (0..vectors.len())
        .map(|i| {
            (i + 1..vectors.len())
                .map(|j| (cosine(&vectors[i], &vectors[j]) * 100.0).round() as u8)
                .collect()
        })
        .collect()
}

/// `fw` with its similar skills and roles, computed here where the file did not carry them.
pub fn with_similar(mut fw: Framework) -> Framework {
    if fw.similar.is_none() {
        fw.similar = Some(nearest_skills(&fw));
    }
    if fw.similar_roles.is_none() {
        fw.similar_roles = Some(role_similarities(&fw));
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
                assert_ne!(usize::from(j), i);
            }
        }
        // Variants are as alike as their texts say, no more.
        assert!(!near(&fw, &all, "Technical understanding (accessibility)")
            .contains(&"Technical understanding"));
        assert!(
            near(&fw, &all, "Programming and build (software engineering)")
                .contains(&"Programming and build (data engineering)")
        );
        // Deterministic: the same framework gives the same lists.
        assert_eq!(all, nearest_skills(&fw));
    }

    #[test]
    fn roles_described_alike_are_near() {
        let fw = crate::load::embedded::framework().unwrap();
        let all = role_similarities(&fw);
        let at = |id: &str| fw.roles.iter().position(|r| r.id == id).unwrap();
        let between = |a: &str, b: &str| {
            let (i, j) = (at(a).min(at(b)), at(a).max(at(b)));
            all[i][j - i - 1]
        };
        assert_eq!(all.len(), fw.roles.len());
        assert!(all
            .iter()
            .enumerate()
            .all(|(i, row)| row.len() == fw.roles.len() - i - 1));
        // Alike: a test engineer and a software developer both write code; unlike: a graphic
        // designer and a network architect.
        assert!(
            between("test-engineer", "software-developer")
                > 2 * between("graphic-designer", "network-architect")
        );
        assert!(
            between("data-analyst", "performance-analyst")
                > between("data-analyst", "network-architect")
        );
        assert!(all.iter().flatten().all(|&s| s <= 100));
    }
}
