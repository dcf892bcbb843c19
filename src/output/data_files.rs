//! The data files the widget ships, made from the one committed source (`data/framework.json`) by
//! `role-compare data-files` before every build: a small core file with everything a comparison
//! needs to paint (families, roles, levels, skills' names, required skill levels, level order, and
//! the counts a closed cell's summary needs: `framework::Outline`), and a texts file with every
//! description and "You can:" statement, and the similarities made from them
//! (`engine::similarity`), fetched when first needed (`load::texts`). The core file is in a flat
//! format of our own (`load::core_file`: the first paint reads it without a JSON parser), the texts
//! file JSON.

use crate::engine::compare::outline;
use crate::framework::{Framework, Problem};
use crate::load::core_file;
use crate::load::texts::TextsFile;

/// The core file's name, as the build writes it (the release renames it with its content hash).
pub const CORE_FILE: &str = "role-compare-framework.txt";
/// The texts file's name, as the build writes it.
pub const TEXTS_FILE: &str = "role-compare-texts.json";

/// The two files: the core in `load::core_file`'s format, the texts as minified JSON.
pub struct DataFiles {
    pub core: String,
    pub texts: String,
}

/// Splits `fw` (a framework with its texts) into its core file and its texts file; the core file
/// is read back, must give the core again and pass every check (the widget reads it without
/// checking it: `core_file::written_and_read_back`), or the reasons it does not.
pub fn data_files(fw: &Framework) -> Result<DataFiles, Vec<Problem>> {
    let mut core = crate::engine::similarity::with_similar(fw.clone());
    core.outline = Some(outline(fw));
    let texts = TextsFile::take_from(&mut core);
    let (text, read_back) = core_file::written_and_read_back(&core).map_err(|p| vec![p])?;
    crate::load::validate::checked(read_back)?;
    Ok(DataFiles {
        core: text,
        texts: serde_json::to_string(&texts).expect("texts serialise"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compare::{cell_statements, cell_summary, Cell, CellStatements};
    use crate::framework::SkillLevel;
    use crate::load::{texts::merge_texts, validate::parse_framework};

    fn split() -> (Framework, Framework, DataFiles) {
        let fw = crate::load::embedded::framework().unwrap();
        let files = data_files(&fw).expect("the core file reads back");
        let core = core_file::read_checked(&files.core).expect("the core file reads and checks");
        (fw, core, files)
    }

    #[test]
    fn a_core_file_that_reads_but_is_not_a_valid_framework_is_refused_when_checked() {
        let (_, core, files) = split();
        // Two families with one id read line by line, but a framework cannot have them (a
        // development build checks the core file with `read_checked`).
        let family = files
            .core
            .lines()
            .find(|l| l.starts_with("family\t"))
            .unwrap();
        let doubled = files
            .core
            .replacen(family, &format!("{family}\n{family}"), 1);
        assert!(core_file::read(&doubled).is_ok());
        let problems = core_file::read_checked(&doubled).unwrap_err();
        let id = &core.families[0].id;
        assert!(
            problems.iter().any(|p| p.to_string().contains(id.as_str())),
            "{problems:?}"
        );
    }

    #[test]
    fn the_core_file_words_every_closed_summary_as_the_texts_would() {
        let (fw, core, _) = split();
        assert!(core.texts_pending() && !fw.texts_pending());
        let cells: Vec<Cell> = SkillLevel::ALL
            .into_iter()
            .map(|l| Cell::Required(Some(l)))
            .chain([Cell::Required(None), Cell::NotRequired])
            .collect();
        let mut pending = 0;
        for skill in &fw.skills {
            for &cell in &cells {
                for previous in cells.iter().copied().map(Some).chain([None]) {
                    let full = cell_statements(&fw, &skill.id, previous, cell);
                    let counted = cell_statements(&core, &skill.id, previous, cell);
                    // A framework without counts (an organisation's file) words the closed cell
                    // from its texts: the same as the core file's counts.
                    assert_eq!(
                        cell_summary(&fw, &skill.id, previous, cell),
                        counted,
                        "{} {cell:?} after {previous:?}",
                        skill.id
                    );
                    match (&full, &counted) {
                        (
                            CellStatements::Listed { summary, .. },
                            CellStatements::Pending {
                                summary: from_counts,
                            },
                        ) => {
                            assert_eq!(
                                summary, from_counts,
                                "{} {cell:?} after {previous:?}",
                                skill.id
                            );
                            pending += 1;
                        }
                        _ => assert_eq!(full, counted, "{} {cell:?} after {previous:?}", skill.id),
                    }
                }
            }
        }
        // Every published skill level was checked against every other cell.
        assert!(pending > 600 * 7, "{pending}");
    }

    #[test]
    fn the_core_file_is_small_and_the_texts_put_back_give_the_framework_again() {
        let (fw, core, files) = split();
        // The core repeats ids where the texts are prose: smaller raw, and far smaller compressed
        // (BENCHMARKS.md gives both gzipped).
        assert!(
            files.core.len() < files.texts.len(),
            "core {} texts {}",
            files.core.len(),
            files.texts.len()
        );
        // The flat core file is smaller than the same core as JSON, and gives the same framework.
        let json = serde_json::to_string(&core).unwrap();
        assert!(
            files.core.len() < json.len() * 3 / 5,
            "{} against {}",
            files.core.len(),
            json.len()
        );
        assert_eq!(parse_framework(&json).unwrap(), core);
        assert!(core
            .skills
            .iter()
            .all(|s| s.description.is_none() && s.levels.iter().all(Option::is_none)));
        let mut merged = merge_texts(&core, &files.texts).expect("the texts belong to the core");
        assert!(
            !merged.texts_pending() && merged.outline.is_some(),
            "the counts stay"
        );
        (merged.outline, merged.similar, merged.similar_roles) = (None, None, None);
        merged.texts_merged = false;
        assert_eq!(merged, fw);
    }

    #[test]
    fn a_texts_file_from_another_framework_or_broken_is_refused_with_its_place() {
        let (_, core, files) = split();
        let mut other = crate::load::embedded::framework().unwrap();
        other.skills[0].levels[1] = Some(crate::framework::Text::parse("You can:\n- one more thing\n- and another\n- and a third\n- and a fourth\n- and a fifth\n- and a sixth\n- and a seventh"));
        let wrong = data_files(&other).unwrap().texts;
        let problems = merge_texts(&core, &wrong).unwrap_err();
        assert!(
            problems.iter().any(|p| p.to_string().contains(&format!(
                "$.skill_levels[0]: the statements of {}",
                other.skills[0].id
            ))),
            "{problems:?}"
        );
        // The texts are checked as any framework file's are.
        let mut long: serde_json::Value = serde_json::from_str(&files.texts).unwrap();
        long["role_descriptions"][0] =
            serde_json::json!(["y".repeat(crate::load::validate::MAX_DESCRIPTION_CHARS + 1)]);
        let problems = merge_texts(&core, &long.to_string()).unwrap_err();
        assert!(
            problems.iter().any(|p| p
                .to_string()
                .starts_with("$.role_descriptions[0]: the text is longer than")),
            "{problems:?}"
        );
        let mut many: serde_json::Value = serde_json::from_str(&files.texts).unwrap();
        let bullets: Vec<String> = (0..=crate::load::validate::MAX_STATEMENTS)
            .map(|i| format!("item {i}"))
            .collect();
        many["skill_levels"][2][1] = serde_json::json!(["You can:", bullets]);
        let problems = merge_texts(&core, &many.to_string()).unwrap_err();
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            said.iter().any(|p| p.starts_with("$.skill_levels[2][1]: ")),
            "{said:?}"
        );
        let cut = &files.texts[..files.texts.len() / 2];
        let problems = merge_texts(&core, cut).unwrap_err();
        assert!(
            problems[0].to_string().contains("ends too early"),
            "{problems:?}"
        );
        let renamed =
            files
                .texts
                .replacen(&format!("\"{}\"", core.roles[0].id), "\"no-such-role\"", 1);
        let problems = merge_texts(&core, &renamed).unwrap_err();
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            said.iter().any(|p| p.contains("$.roles[0]")
                && p.contains("\"no-such-role\" where the framework file has")),
            "{said:?}"
        );
    }

    #[test]
    fn the_texts_file_carries_the_similarities_and_a_wrong_one_is_refused_with_its_place() {
        let (fw, core, files) = split();
        // Not in the first paint: the core file has none; they come with the texts.
        assert!(core.similar.is_none() && core.similar_roles.is_none());
        let merged = merge_texts(&core, &files.texts).unwrap();
        assert_eq!(merged.similar.as_ref().map(Vec::len), Some(fw.skills.len()));
        assert_eq!(
            merged.similar_roles.as_ref().map(Vec::len),
            Some(fw.roles.len())
        );
        let mut value: serde_json::Value = serde_json::from_str(&files.texts).unwrap();
        value["similar"][0] = serde_json::json!([[9999, 300]]);
        value["similar_roles"][1] = serde_json::json!([101]);
        let problems = merge_texts(&core, &value.to_string()).unwrap_err();
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            said.iter()
                .any(|p| p.starts_with("$.similar[0]: a similar skill is not another skill")),
            "{said:?}"
        );
        assert!(
            said.iter().any(|p| p.starts_with(
                "$.similar_roles[1]: 1 similarities: one for each of the 50 later roles is needed"
            )),
            "{said:?}"
        );
        // A whole framework file may carry them too, checked the same way.
        let mut whole: serde_json::Value =
            serde_json::to_value(crate::engine::similarity::with_similar(fw.clone())).unwrap();
        whole["similar"] = serde_json::json!([]);
        let problems = parse_framework(&whole.to_string()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.to_string().contains("0 lists of similar skills for")),
            "{problems:?}"
        );
    }
}
