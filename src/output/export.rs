//! Take-away files: a comparison, a gap, a ranking of moves or a set of routes as CSV (one table,
//! a header row, for a spreadsheet) or as Markdown (a heading, a sentence and a table that read
//! well pasted into a document or a job advert). The widget's downloads and the command-line
//! tool's `--format csv|markdown` both print these, so they are the same files.

use crate::engine::career::Move;
use crate::engine::compare::Comparison;
use crate::engine::moves::{Gap, Voice};
use crate::engine::routes::RoutePlan;
use crate::framework::Framework;
use crate::load::diff::FrameworkDiff;

/// A take-away file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Markdown => "md",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// "CSV", "Markdown".
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
        }
    }
}

/// One table with a title and a sentence about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// A file name without its extension: "role-compare-gap".
    pub name: String,
    pub title: String,
    /// One or more sentences shown above the table in Markdown.
    pub intro: Vec<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The framework's credit, ending every Markdown file.
    pub credit: String,
    /// Columns a CSV file repeats on every row, after the table's own (the person, the level
    /// assessed against, the date): a spreadsheet keeps them with each row; the Markdown says
    /// them once, in its intro.
    pub every_row: Vec<(String, String)>,
}

impl Document {
    pub fn file_name(&self, format: Format) -> String {
        format!("{}.{}", self.name, format.extension())
    }

    /// The file a person downloads: [`Document::render`], and for CSV a UTF-8 byte-order mark
    /// first, so a spreadsheet opened with a double click (Excel) reads "Zoë" as written, not as
    /// "ZoÃ«". (The command-line tool prints `render` as it is, for other programs to read.)
    pub fn file_text(&self, format: Format) -> String {
        match format {
            Format::Csv => format!("\u{feff}{}", self.render(format)),
            Format::Markdown => self.render(format),
        }
    }

    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Csv => {
                let mut out = String::new();
                let mut write = |cells: Vec<&str>| {
                    let cells: Vec<String> = cells.into_iter().map(spreadsheet_safe).collect();
                    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
                    crate::load::csv::write_record(&mut out, &cells);
                };
                write(
                    self.headers
                        .iter()
                        .map(String::as_str)
                        .chain(self.every_row.iter().map(|(header, _)| header.as_str()))
                        .collect(),
                );
                for row in &self.rows {
                    write(
                        row.iter()
                            .map(String::as_str)
                            .chain(self.every_row.iter().map(|(_, value)| value.as_str()))
                            .collect(),
                    );
                }
                out
            }
            Format::Markdown => {
                // A cell is one line of a Markdown table: its own lines (a note of evidence written
                // over several) are kept as line breaks.
                let cell = |text: &str| {
                    markdown_text(text)
                        .replace("\r\n", "<br>")
                        .replace(['\n', '\r'], "<br>")
                };
                let line = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                let mut out = format!("# {}\n\n", markdown_text(&self.title));
                for sentence in &self.intro {
                    out += &markdown_text(sentence);
                    out += "\n\n";
                }
                out += &line(&self.headers);
                out += &format!("|{}\n", " --- |".repeat(self.headers.len()));
                for row in &self.rows {
                    out += &line(row);
                }
                out + "\n" + &markdown_text(&self.credit) + "\n"
            }
        }
    }
}

/// A cell a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading apostrophe (text from an organisation's own framework file
/// could otherwise run in Excel).
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Text that Markdown shows as written: its markup characters escaped, so a name from a
/// framework file cannot become a link, an image or HTML in the file. GitHub-flavoured Markdown
/// also links bare addresses found inside one run of text (`http://…`, `https://…`, `ftp://…`,
/// `mailto:…`, `xmpp:…`, `www.…`, `name@host`), so the `:` after such a scheme, the `.` after
/// "www" and every `@` are escaped too: each escape splits the run, and the address is shown as
/// text, not linked. Other colons ("Source: …") are left alone.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let ends_with = |word: &str| {
            let tail: String = out.chars().rev().take(word.len()).collect();
            tail.chars()
                .rev()
                .collect::<String>()
                .eq_ignore_ascii_case(word)
        };
        let address = match c {
            ':' => ["http", "https", "ftp", "mailto", "xmpp"]
                .iter()
                .any(|w| ends_with(w)),
            '.' => ends_with("www"),
            _ => false,
        };
        if address
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '@'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The credit the framework in use asks for: "Source: {title}. {attribution}".
pub(crate) fn credit(fw: &Framework) -> String {
    format!("Source: {}. {}", fw.source.title, fw.source.attribution)
}

/// The comparison: one row per skill, one column per level, then each change between neighbours.
pub fn comparison(fw: &Framework, cmp: &Comparison) -> Document {
    let names: Vec<String> = cmp.columns.iter().map(|id| fw.level_name_of(id)).collect();
    let mut headers = vec!["Skill".to_string()];
    headers.extend(names.iter().cloned());
    for pair in names.windows(2) {
        headers.push(format!("{} → {}", pair[0], pair[1]));
    }
    let rows = cmp
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![fw.skill_name_of(&row.skill)];
            cells.extend(row.cells.iter().map(|c| c.describe()));
            cells.extend(row.changes.iter().map(|c| c.describe()));
            cells
        })
        .collect();
    let intro = cmp.pairs.iter().map(|p| cmp.pair_sentence(fw, p)).collect();
    Document {
        name: "role-compare-comparison".into(),
        title: format!("Comparison: {}", names.join(", ")),
        intro,
        headers,
        rows,
        credit: credit(fw),
        every_row: Vec::new(),
    }
}

/// The gap to `to` from `from` (a level's name, or "your ratings"), one row per skill.
pub fn gap(fw: &Framework, from: &str, to: &str, gap: &Gap, voice: Voice) -> Document {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let level =
        |l: Option<crate::framework::SkillLevel>| l.map_or("Not set", |l| l.name()).to_string();
    for l in &gap.learn {
        let steps = l.target.map_or(0, |t| t.rank());
        rows.push(vec![
            fw.skill_name_of(&l.skill),
            "Learn".into(),
            "Not held".into(),
            level(l.target),
            steps.to_string(),
            l.describe(fw, voice),
        ]);
    }
    for r in &gap.raise {
        rows.push(vec![
            fw.skill_name_of(&r.skill),
            "Raise".into(),
            r.from.name().into(),
            r.to.name().into(),
            r.steps().to_string(),
            r.describe(voice),
        ]);
    }
    for s in &gap.met {
        rows.push(vec![
            fw.skill_name_of(s),
            "Already met".into(),
            String::new(),
            String::new(),
            "0".into(),
            String::new(),
        ]);
    }
    for s in &gap.no_longer_needed {
        rows.push(vec![
            fw.skill_name_of(s),
            "No longer needed".into(),
            String::new(),
            String::new(),
            "0".into(),
            String::new(),
        ]);
    }
    Document {
        name: "role-compare-gap".into(),
        title: format!("Moving from {from} to {to}"),
        intro: vec![gap.summary()],
        headers: ["Skill", "What to do", "From", "To", "Steps", "In words"]
            .map(String::from)
            .to_vec(),
        rows,
        credit: credit(fw),
        every_row: Vec::new(),
    }
}

/// The next level up and the ranked moves from `from` (a level's name, or "your ratings").
pub fn moves(fw: &Framework, from: &str, next: &[Move], ranked: &[Move]) -> Document {
    let row = |kind: &str, rank: String, m: &Move| {
        let level = fw.level(&m.target);
        let role = level.map(|l| fw.role_of(l));
        vec![
            kind.to_string(),
            rank,
            fw.level_name_of(&m.target),
            role.map_or(String::new(), |r| r.name.clone()),
            role.and_then(|r| fw.family(&r.family))
                .map_or(String::new(), |f| f.name.clone()),
            m.score_text(),
            m.size.shared.to_string(),
            m.size.of.to_string(),
            m.size.learn.to_string(),
            m.size.raise.to_string(),
            m.size.steps.to_string(),
            m.reason(),
            m.similar(fw).join("; "),
        ]
    };
    let mut rows: Vec<Vec<String>> = next
        .iter()
        .map(|m| row("Next level up", String::new(), m))
        .collect();
    rows.extend(
        ranked
            .iter()
            .enumerate()
            .map(|(i, m)| row("Move", (i + 1).to_string(), m)),
    );
    Document {
        name: "role-compare-moves".into(),
        title: format!("Career moves from {from}"),
        intro: vec![format!(
            "{}. {}",
            crate::framework::wording::count(ranked.len(), "move", "moves"),
            crate::engine::career::SCORE_IN_WORDS
        )],
        headers: [
            "Kind",
            "Rank",
            "Role level",
            "Role",
            "Family",
            "Score",
            "Shared",
            "Of",
            "Learn",
            "Raise",
            "Steps",
            "Reason",
            "Similar skills",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        credit: credit(fw),
        every_row: Vec::new(),
    }
}

/// Routes to a far level: one row per move of each route.
pub fn routes(fw: &Framework, plan: &RoutePlan) -> Document {
    let mut rows = Vec::new();
    for (r, route) in plan.routes.iter().enumerate() {
        for (m, step) in route.steps.iter().enumerate() {
            rows.push(vec![
                (r + 1).to_string(),
                (m + 1).to_string(),
                fw.level_name_of(&step.from),
                fw.level_name_of(&step.to),
                step.steps.to_string(),
                route.total_steps.to_string(),
            ]);
        }
    }
    Document {
        name: "role-compare-routes".into(),
        title: format!(
            "Routes from {} to {}",
            fw.level_name_of(&plan.from),
            fw.level_name_of(&plan.to)
        ),
        intro: vec![plan.summary()],
        headers: ["Route", "Move", "From", "To", "Steps", "Route total"]
            .map(String::from)
            .to_vec(),
        rows,
        credit: credit(fw),
        every_row: Vec::new(),
    }
}

/// Every change between two editions as a row (What, Id, Before, After), for a table, CSV or
/// Markdown.
pub fn edition_changes(changes: &FrameworkDiff, old_name: &str, new_name: &str) -> Document {
    let mut rows = Vec::new();
    let absent = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    for (list, what) in [
        (&changes.families, "family"),
        (&changes.roles, "role"),
        (&changes.levels, "role level"),
        (&changes.skills, "skill"),
    ] {
        for n in list {
            rows.push(vec![
                what.to_string(),
                n.id.clone(),
                absent(&n.before),
                absent(&n.after),
            ]);
        }
    }
    for r in &changes.requirements {
        rows.push(vec![
            "skill level needed".into(),
            format!("{} / {}", r.level, r.skill),
            r.before.clone().unwrap_or_else(|| "not needed".into()),
            r.after.clone().unwrap_or_else(|| "not needed".into()),
        ]);
    }
    for s in &changes.skill_texts {
        rows.push(vec![
            "skill wording".into(),
            s.clone(),
            "(earlier text)".into(),
            "(new text)".into(),
        ]);
    }
    for (what, list) in [
        ("role", &changes.role_changes),
        ("role level", &changes.level_changes),
    ] {
        for (id, changed) in list {
            rows.push(vec![
                format!("{what}: {}", changed.join(", ")),
                id.clone(),
                "(earlier)".into(),
                "(changed)".into(),
            ]);
        }
    }
    Document {
        name: "role-compare-diff".into(),
        title: format!("Changes from {old_name} to {new_name}"),
        intro: vec![changes.summary()],
        headers: ["What", "Id", "Before", "After"].map(String::from).to_vec(),
        rows,
        credit: String::new(),
        every_row: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            name: "x".into(),
            title: "T".into(),
            intro: vec!["One sentence.".into()],
            headers: vec!["A".into(), "B".into()],
            rows: vec![vec!["1, 2".into(), "a|b".into()]],
            credit: "Source: T. Open Government Licence v3.0.".into(),
            every_row: Vec::new(),
        }
    }

    #[test]
    fn names_from_a_file_cannot_become_formulas_or_markup() {
        let mut d = doc();
        d.rows = vec![vec!["=HYPERLINK(\"x\")".into(), "<img src=x>".into()]];
        d.title = "[click](javascript:x)".into();
        assert!(d.render(Format::Csv).contains("\"'=HYPERLINK(\"\"x\"\")\""));
        let md = d.render(Format::Markdown);
        assert!(md.starts_with("# \\[click\\](javascript:x)\n"), "{md}");
        assert!(md.contains("| \\<img src=x\\> |"), "{md}");
        // Bare addresses stay text: GitHub-flavoured Markdown links them only inside one run.
        d.rows = vec![vec![
            "Visit http://evil.example now".into(),
            "www.evil.example or a@evil.example".into(),
        ]];
        let md = d.render(Format::Markdown);
        assert!(
            md.contains(
                "| Visit http\\://evil.example now | www\\.evil.example or a\\@evil.example |"
            ),
            "{md}"
        );
    }

    #[test]
    fn an_editions_changes_are_rows_of_what_id_before_and_after() {
        use crate::load::diff::{FrameworkDiff, Named, RequirementChange};
        let changes = FrameworkDiff {
            roles: vec![Named {
                id: "data-analyst".into(),
                before: Some("Data analyst".into()),
                after: Some("Data analyst (new)".into()),
            }],
            requirements: vec![RequirementChange {
                level: "data-analyst".into(),
                skill: "planning".into(),
                before: None,
                after: Some("Working".into()),
            }],
            ..FrameworkDiff::default()
        };
        let doc = edition_changes(&changes, "old.json", "new.json");
        assert_eq!(doc.title, "Changes from old.json to new.json");
        assert_eq!(doc.intro, [changes.summary()]);
        assert_eq!(
            doc.rows,
            [
                ["role", "data-analyst", "Data analyst", "Data analyst (new)"],
                [
                    "skill level needed",
                    "data-analyst / planning",
                    "not needed",
                    "Working"
                ]
            ]
        );
    }

    #[test]
    fn a_downloaded_csv_starts_with_a_byte_order_mark_and_markdown_keeps_lines() {
        let mut d = doc();
        d.rows = vec![vec![
            "Zoë".into(),
            "Ran retros\r\nWrote the plan\nShared it".into(),
        ]];
        let csv = d.file_text(Format::Csv);
        assert!(csv.starts_with("\u{feff}A,B\n"), "{csv:?}");
        assert!(csv.contains("Zoë"));
        assert!(
            !d.render(Format::Csv).starts_with('\u{feff}'),
            "the CLI prints no mark"
        );
        let md = d.file_text(Format::Markdown);
        assert!(
            md.contains("| Zoë | Ran retros<br>Wrote the plan<br>Shared it |"),
            "{md}"
        );
    }

    #[test]
    fn csv_quotes_fields_and_markdown_escapes_pipes() {
        assert_eq!(doc().render(Format::Csv), "A,B\n\"1, 2\",a|b\n");
        let md = doc().render(Format::Markdown);
        assert!(
            md.starts_with("# T\n\nOne sentence.\n\n| A | B |\n| --- | --- |\n| 1, 2 | a\\|b |\n")
        );
        assert!(md.ends_with("Open Government Licence v3.0.\n"));
        assert_eq!(doc().file_name(Format::Markdown), "x.md");
    }
}
