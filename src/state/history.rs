//! Saved assessments: "Save this assessment" keeps a dated copy of a person's ratings (with the
//! level assessed against) in this browser, so next year's can be set beside this year's
//! (`engine::assessment::differences`). Kept as a list of ratings files, each read and checked as
//! one: a stored list that cannot be read is refused whole with its places, never half-read.

use super::ratings::Ratings;
use crate::framework::{Framework, Problem};
use serde_json::{json, Value};

/// The value of the stored list's `format` field.
pub const FORMAT: &str = "role-compare-assessments";
/// The most assessments kept (the oldest go first).
pub const MAX_SAVED: usize = 50;

/// The browser storage key for `fw`'s saved assessments (beside its ratings' key).
pub fn history_key(fw: &Framework) -> String {
    format!("{}:assessments", super::ratings::storage_key(fw))
}

/// Every saved assessment, oldest first, as stored text.
pub fn to_json(fw: &Framework, saved: &[Ratings]) -> String {
    let list: Vec<Value> = saved.iter().map(|r| r.to_value(fw)).collect();
    serde_json::to_string_pretty(&json!({"format": FORMAT, "version": 1, "assessments": list}))
        .unwrap_or_default()
}

/// The saved assessments in `text`, each checked as a ratings file; problems placed in the list.
pub fn from_json(fw: &Framework, text: &str) -> Result<Vec<Ratings>, Vec<Problem>> {
    let value: Value = serde_json::from_str(text)
        .map_err(|_| vec![Problem::new("$", "the saved assessments are not JSON")])?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(vec![Problem::new(
            "$.format",
            format!("not a list of saved assessments (format must be \"{FORMAT}\")"),
        )]);
    }
    let list = match value {
        Value::Object(mut top) => top.remove("assessments"),
        _ => None,
    };
    let Some(Value::Array(list)) = list else {
        return Err(vec![Problem::new("$.assessments", "a list is needed")]);
    };
    let mut saved = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in list.into_iter().enumerate() {
        match Ratings::from_value(fw, item) {
            Ok(r) => saved.push(r),
            Err(found) => problems.extend(found.into_iter().map(|p| {
                Problem::new(
                    format!("$.assessments[{i}]{}", p.place.trim_start_matches('$')),
                    p.reason,
                )
            })),
        }
    }
    if problems.is_empty() {
        Ok(saved)
    } else {
        Err(problems)
    }
}

/// `saved` with `ratings` added as assessed at `when` (the date and time, `2026-12-07 14:05`, so
/// two saves on one day are told apart) against `level`, the oldest dropped past [`MAX_SAVED`].
/// The person's name and evidence are in the copy only when they chose to keep them in this
/// browser (`keep_private`), as for their ratings.
pub fn with_saved(
    saved: &[Ratings],
    ratings: &Ratings,
    level: Option<&str>,
    when: &str,
    keep_private: bool,
) -> Vec<Ratings> {
    let mut copy = if keep_private {
        ratings.clone()
    } else {
        ratings.without_private()
    };
    copy.saved = Some(when.to_string());
    copy.level = level.map(str::to_string).or(copy.level);
    copy.notes.clear();
    copy.carried.clear();
    let mut next: Vec<Ratings> = saved.to_vec();
    next.push(copy);
    let over = next.len().saturating_sub(MAX_SAVED);
    next.drain(..over);
    next
}

/// What "Forget my ratings" adds when saved assessments stay in this browser: "1 saved assessment
/// is still kept in this browser: forget it under "Saved assessments"." (`None` with none saved).
pub fn still_kept_sentence(saved: usize) -> Option<String> {
    (saved > 0).then(|| {
        format!(
            "{} still kept in this browser: forget {} under \"Saved assessments\".",
            crate::framework::wording::count(saved, "saved assessment is", "saved assessments are"),
            if saved == 1 { "it" } else { "them" }
        )
    })
}

/// What "Save this assessment" says: "Saved your assessment of 2026-12-07 14:05 on this device."
/// and, when the person keeps their name and evidence only while the page is open, that the save
/// has neither.
pub fn saved_sentence(when: &str, keep_private: bool) -> String {
    if keep_private {
        format!("Saved your assessment of {when} on this device, with your name and evidence.")
    } else {
        format!("Saved your assessment of {when} on this device, without your name and evidence (you chose to keep them only while this page is open).")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assessment::differences;
    use crate::framework::{Rating, SkillLevel};

    #[test]
    fn two_saved_assessments_round_trip_and_say_what_changed() {
        let fw = crate::load::embedded::framework().unwrap();
        // As the widget holds them: read from what is stored, so made against the edition in use.
        let mut blank = Ratings::default();
        blank.edition = fw.edition.clone();
        let first = blank.with("planning", Some(Rating::At(SkillLevel::Working)));
        let second = first
            .with("planning", Some(Rating::At(SkillLevel::Practitioner)))
            .with("agile-working", Some(Rating::At(SkillLevel::Awareness)))
            .with_evidence("agile-working", Some("Ran retros"));
        let saved = with_saved(
            &[],
            &first,
            Some("digital-portfolio-manager"),
            "2025-11-30 09:00",
            true,
        );
        let saved = with_saved(
            &saved,
            &second,
            Some("digital-portfolio-manager"),
            "2026-11-30 14:05",
            true,
        );
        let back = from_json(&fw, &to_json(&fw, &saved)).unwrap();
        assert_eq!(back, saved);
        assert_eq!(back[0].saved.as_deref(), Some("2025-11-30 09:00"));
        assert_eq!(back[1].level.as_deref(), Some("digital-portfolio-manager"));
        let said: Vec<String> = differences(back[0].entries(), back[1].entries())
            .iter()
            .map(|(s, d)| format!("{s}: {}", d.describe()))
            .collect();
        assert_eq!(
            said,
            [
                "agile-working: rated Awareness",
                "planning: raised from Working to Practitioner"
            ]
        );
        // A damaged list is refused whole, with the place of each problem.
        let broken = to_json(&fw, &saved).replace("\"practitioner\"", "\"guru\"");
        let problems = from_json(&fw, &broken).unwrap_err();
        assert!(
            problems[0]
                .to_string()
                .starts_with("$.assessments[1].ratings[\"planning\"]"),
            "{problems:?}"
        );
        // No more than MAX_SAVED are kept, the oldest dropped.
        let mut many = Vec::new();
        for i in 0..MAX_SAVED + 2 {
            many = with_saved(&many, &first, None, &format!("2026-01-{:02}", i + 1), true);
        }
        assert_eq!(many.len(), MAX_SAVED);
        assert_eq!(many[0].saved.as_deref(), Some("2026-01-03"));
    }

    #[test]
    fn a_save_keeps_name_and_evidence_only_when_the_person_chose_to() {
        let fw = crate::load::embedded::framework().unwrap();
        let mut mine = Ratings::default()
            .with("planning", Some(Rating::At(SkillLevel::Working)))
            .with_evidence("planning", Some("Planned the roadmap"));
        mine.name = Some("Zoë".into());
        let private = with_saved(&[], &mine, None, "2026-12-07 10:00", false);
        let stored = to_json(&fw, &private);
        assert!(!stored.contains("Zoë"), "{stored}");
        assert!(!stored.contains("Planned the roadmap"), "{stored}");
        assert_eq!(
            from_json(&fw, &stored).unwrap()[0].get("planning"),
            Some(Rating::At(SkillLevel::Working))
        );
        let kept = with_saved(&[], &mine, None, "2026-12-07 10:00", true);
        let stored = to_json(&fw, &kept);
        assert!(stored.contains("Zoë") && stored.contains("Planned the roadmap"));
        assert!(
            saved_sentence("2026-12-07 10:00", false).contains("without your name and evidence")
        );
        assert_eq!(still_kept_sentence(0), None);
        assert_eq!(
            still_kept_sentence(2).as_deref(),
            Some("2 saved assessments are still kept in this browser: forget them under \"Saved assessments\".")
        );
    }
}
