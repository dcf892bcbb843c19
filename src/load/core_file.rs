//! The built-in framework's core file (`role-compare-framework.txt`) in a flat format of our own,
//! both ways: [`write`] (by `role-compare data-files`, at build time) and [`read`] (by the widget's
//! core, before the first paint).
//!
//! Why not JSON: the core file is the one thing the first paint must parse, and reading it with
//! `serde_json` brought its generic parser and every framework type's visitor into the module's
//! core (34 KB gzip of the 232 KB; BENCHMARKS.md). This format is read by splitting lines and
//! tabs, with no generic code, and is as small. The whole framework stays JSON everywhere else
//! (`data/framework.json`, an organisation's own file, the texts file).
//!
//! One record per line, its fields separated by tabs; the first field names the record. Inside a
//! field `\` is written `\\`, a tab `\t`, a line break `\n` and a carriage return `\r`; an empty
//! field is "none" where a field is optional. Ids are slugs (no spaces), so lists of ids are
//! separated by spaces. In the order written:
//!
//! ```text
//! role-compare-core  1
//! schema             <number>
//! edition            <mark>                                         (only when there is one)
//! source             <title>  <attribution>  <licence address>
//! family             <id>  <name>  <role ids>
//! role               <id>  <name>  <family id>  <role type>  <level order status>  <notes>  <level ids>
//! level              <id>  <name>  <role id>  <order source>  <skill id>:<a|w|p|e|->, …
//! skill              <id>  <name>  [<base id>  <base name>  <qualifier>]   (a variant's base)
//! outline                                                           (only when there are counts)
//! lead               <lead line>                                    (framework::Outline::leads)
//! counts             <24 numbers>                                   (one per skill, in order)
//! ```
//!
//! The core file carries no texts (descriptions, statements), no similarities and no renames:
//! they are in the texts file. The build reads every file it writes back, compares it with the
//! framework it meant to write ([`written_and_read_back`]) and checks it, so the widget reads it
//! without checking it again (the browser checks its SHA-384). A file that is not one says where.

use crate::framework::{
    Family, Framework, Level, LevelOrder, Outline, Problem, Requirement, Role, Skill, SkillLevel,
    Source, Text, VariantOf,
};

/// The first line's first field: what this file is.
pub const MAGIC: &str = "role-compare-core";
/// The version of this format, the first line's second field.
pub const VERSION: &str = "1";

/// The core file of `core` (a framework whose texts, similarities and renames are in its texts
/// file).
pub fn write(core: &Framework) -> String {
    let mut out = String::new();
    let mut line = |fields: &[&str]| {
        let escaped: Vec<String> = fields.iter().map(|f| escape(f)).collect();
        out.push_str(&escaped.join("\t"));
        out.push('\n');
    };
    line(&[MAGIC, VERSION]);
    line(&["schema", &core.schema.to_string()]);
    if let Some(edition) = &core.edition {
        line(&["edition", edition]);
    }
    let s = &core.source;
    line(&["source", &s.title, &s.attribution, &s.licence_url]);
    for f in &core.families {
        line(&["family", &f.id, &f.name, &f.roles.join(" ")]);
    }
    for r in &core.roles {
        let (order, levels) = (&r.level_order, r.levels.join(" "));
        let role_type = r.role_type.as_deref().unwrap_or("");
        line(&[
            "role",
            &r.id,
            &r.name,
            &r.family,
            role_type,
            &order.status,
            &order.notes,
            &levels,
        ]);
    }
    for l in &core.levels {
        let needs: Vec<String> = l
            .skills
            .iter()
            .map(|r| format!("{}:{}", r.skill, r.level.map_or("-", letter)))
            .collect();
        let name = l.name.as_deref().unwrap_or("");
        line(&[
            "level",
            &l.id,
            name,
            &l.role,
            &l.order_source,
            &needs.join(" "),
        ]);
    }
    for s in &core.skills {
        match &s.variant_of {
            Some(v) => line(&["skill", &s.id, &s.name, &v.id, &v.name, &v.qualifier]),
            None => line(&["skill", &s.id, &s.name]),
        }
    }
    if let Some(outline) = &core.outline {
        line(&["outline"]);
        for lead in &outline.leads {
            line(&["lead", lead]);
        }
        for row in &outline.skills {
            let numbers: Vec<String> = row.iter().map(u16::to_string).collect();
            line(&["counts", &numbers.join(" ")]);
        }
    }
    out
}

/// `core`'s file and what it reads back as, once found to give `core` again (what `role-compare
/// data-files` writes, after checking what it reads back as); otherwise what the format could not
/// carry.
pub fn written_and_read_back(core: &Framework) -> Result<(String, Framework), Problem> {
    let text = write(core);
    let back = read(&text).map_err(|mut p| p.remove(0))?;
    let mut expected = core.clone();
    // The core file leaves these to the texts file.
    let left_out = expected.roles.iter().any(|r| !r.description.0.is_empty())
        || expected.levels.iter().any(|l| l.description.is_some())
        || expected
            .skills
            .iter()
            .any(|s| s.description.is_some() || s.levels.iter().any(Option::is_some))
        || expected.similar.is_some()
        || expected.similar_roles.is_some()
        || !expected.renames.is_empty();
    expected.texts_merged = false;
    if left_out || back != expected {
        return Err(Problem::new(
            "the core file",
            "it does not give back the framework it was written from (texts, similarities or renames left in, or an empty name)",
        ));
    }
    Ok((text, back))
}

/// Reads a core file ([`read`]) and checks what it gives as any framework file is checked
/// (`validate::checked`): where nothing else checked it (a development build without integrity).
pub fn read_checked(text: &str) -> Result<Framework, Vec<Problem>> {
    read(text).and_then(crate::load::validate::checked)
}

/// Reads a core file (at most `validate::MAX_FRAMEWORK_BYTES`): the framework without its texts,
/// or the first thing that is not as [`write`] writes it, with its line.
pub fn read(text: &str) -> Result<Framework, Vec<Problem>> {
    if let Some(problem) = super::validate::unreadable_framework_file(text) {
        return Err(vec![problem]);
    }
    read_lines(text).map_err(|(line, reason)| {
        vec![Problem::new(
            format!("line {line}"),
            format!("this is not the widget's core framework file as expected: {reason}"),
        )]
    })
}

/// Parses the records, or the line number and reason of the first that is not right.
fn read_lines(text: &str) -> Result<Framework, (usize, String)> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    match lines.next().map(|(_, l)| fields(l)) {
        Some(first) if first.first().map(String::as_str) == Some(MAGIC) => {
            if first.get(1).map(String::as_str) != Some(VERSION) {
                return Err((
                    1,
                    format!("it is a version this release does not read (it reads {VERSION})"),
                ));
            }
        }
        _ => return Err((1, format!("it does not start with \"{MAGIC}\""))),
    }
    let mut fw = Framework::new(
        Source {
            title: String::new(),
            attribution: String::new(),
            licence_url: String::new(),
        },
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let mut seen_source = false;
    for (n, line) in lines {
        let f = fields(line);
        let kind = f.first().map_or("", String::as_str);
        let get = |i: usize| -> Result<String, (usize, String)> {
            f.get(i)
                .cloned()
                .ok_or_else(|| (n, format!("a \"{kind}\" line needs more fields")))
        };
        let ids = |i: usize| -> Result<Vec<String>, (usize, String)> {
            Ok(get(i)?
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect())
        };
        let optional = |i: usize| -> Result<Option<String>, (usize, String)> {
            get(i).map(|s| (!s.is_empty()).then_some(s))
        };
        match kind {
            "schema" => {
                fw.schema = get(1)?
                    .parse()
                    .map_err(|_| (n, "the schema is not a number".to_string()))?;
            }
            "edition" => fw.edition = Some(get(1)?),
            "source" => {
                fw.source = Source {
                    title: get(1)?,
                    attribution: get(2)?,
                    licence_url: get(3)?,
                };
                seen_source = true;
            }
            "family" => fw.families.push(Family {
                id: get(1)?,
                name: get(2)?,
                roles: ids(3)?,
            }),
            "role" => fw.roles.push(Role {
                id: get(1)?,
                name: get(2)?,
                family: get(3)?,
                description: Text::default(),
                role_type: optional(4)?,
                level_order: LevelOrder {
                    status: get(5)?,
                    notes: get(6)?,
                },
                levels: ids(7)?,
            }),
            "level" => {
                let mut skills = Vec::new();
                for need in ids(5)? {
                    let (skill, level) = need
                        .rsplit_once(':')
                        .ok_or_else(|| (n, format!("\"{need}\" is not a skill:level pair")))?;
                    let level = match level {
                        "-" => None,
                        l => Some(
                            from_letter(l)
                                .ok_or_else(|| (n, format!("\"{l}\" is not a skill level")))?,
                        ),
                    };
                    skills.push(Requirement {
                        skill: skill.to_string(),
                        level,
                    });
                }
                fw.levels.push(Level {
                    id: get(1)?,
                    name: optional(2)?,
                    role: get(3)?,
                    description: None,
                    order_source: get(4)?,
                    skills,
                });
            }
            "skill" => fw.skills.push(Skill {
                id: get(1)?,
                name: get(2)?,
                variant_of: match f.len() {
                    3 => None,
                    _ => Some(VariantOf {
                        id: get(3)?,
                        name: get(4)?,
                        qualifier: get(5)?,
                    }),
                },
                description: None,
                levels: [None, None, None, None],
            }),
            "outline" => fw.outline = Some(Outline::default()),
            "lead" | "counts" => {
                let outline = fw
                    .outline
                    .as_mut()
                    .ok_or_else(|| (n, format!("a \"{kind}\" line before the \"outline\" line")))?;
                if kind == "lead" {
                    outline.leads.push(get(1)?);
                } else {
                    let row = get(1)?
                        .split(' ')
                        .map(str::parse::<u16>)
                        .collect::<Result<Vec<u16>, _>>()
                        .map_err(|_| (n, "the counts are not all numbers".to_string()))?;
                    outline.skills.push(row);
                }
            }
            "" => {}
            other => {
                return Err((
                    n,
                    format!("\"{other}\" is not a kind of line this file has"),
                ))
            }
        }
    }
    if !seen_source {
        return Err((1, "it has no \"source\" line".to_string()));
    }
    Ok(fw.indexed())
}

/// A line's fields, unescaped.
fn fields(line: &str) -> Vec<String> {
    line.split('\t').map(unescape).collect()
}

fn escape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_string();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A skill level as one letter: "a", "w", "p", "e".
fn letter(level: SkillLevel) -> &'static str {
    ["a", "w", "p", "e"][level.index()]
}

fn from_letter(letter: &str) -> Option<SkillLevel> {
    let at = ["a", "w", "p", "e"].iter().position(|l| *l == letter)?;
    Some(SkillLevel::ALL[at])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in framework as the build's core: its texts, similarities and renames taken out,
    /// and counts in their place (here made up: the build's are tested in `output::data_files`).
    fn built_in_core() -> (Framework, String) {
        let mut core = crate::load::embedded::framework().unwrap();
        for role in &mut core.roles {
            role.description = Text::default();
        }
        for level in &mut core.levels {
            level.description = None;
        }
        for skill in &mut core.skills {
            skill.description = None;
            skill.levels = [None, None, None, None];
        }
        (core.similar, core.similar_roles, core.renames) = (None, None, Vec::new());
        let rows = (0..core.skills.len() as u16).map(|i| (0..24).map(|j| (i + j) % 9).collect());
        core.outline = Some(Outline {
            leads: vec![
                "You can:".into(),
                "This skill level is currently not defined.".into(),
            ],
            skills: rows.collect(),
        });
        let (text, _) = written_and_read_back(&core).expect("the core reads back");
        (core, text)
    }

    #[test]
    fn the_built_in_core_reads_back_as_the_framework_it_was_written_from() {
        let (core, text) = built_in_core();
        let back = read(&text).unwrap();
        assert_eq!(back, core);
        // Every family, role, level with its requirements, and skill, in the order published.
        let fw = crate::load::embedded::framework().unwrap();
        assert_eq!(back.families, fw.families);
        let levels = |f: &Framework| -> Vec<(String, Option<String>, Vec<Requirement>)> {
            f.levels
                .iter()
                .map(|l| (l.id.clone(), l.name.clone(), l.skills.clone()))
                .collect()
        };
        assert_eq!(levels(&back), levels(&fw));
        let skills = |f: &Framework| -> Vec<(String, String, Option<VariantOf>)> {
            f.skills
                .iter()
                .map(|s| (s.id.clone(), s.name.clone(), s.variant_of.clone()))
                .collect()
        };
        assert_eq!(skills(&back), skills(&fw));
        assert!(
            back.texts_pending(),
            "the counts are there, the texts are not"
        );
        // A Chief role's level without a name, a role type and a requirement without a skill
        // level are carried.
        assert!(back.levels.iter().any(|l| l.name.is_none()));
        assert!(back.roles.iter().any(|r| r.role_type.is_some()));
        assert!(back
            .levels
            .iter()
            .flat_map(|l| &l.skills)
            .any(|r| r.level.is_none()));
        assert!(
            text.starts_with("role-compare-core\t1\nschema\t1\n"),
            "{}",
            &text[..40]
        );
    }

    #[test]
    fn fields_with_tabs_line_breaks_and_backslashes_come_back_as_written() {
        let (mut core, _) = built_in_core();
        core.source.title = "A\ttitle\nwith \\ breaks\r".into();
        core.roles[0].level_order.notes = "ends with a backslash \\".into();
        let back = read(&write(&core)).unwrap();
        assert_eq!(back.source.title, core.source.title);
        assert_eq!(
            back.roles[0].level_order.notes,
            core.roles[0].level_order.notes
        );
        assert_eq!(written_and_read_back(&core).map(|_| ()), Ok(()));
    }

    #[test]
    fn what_the_format_cannot_carry_is_refused_when_written() {
        let (core, _) = built_in_core();
        let mut with_text = core.clone();
        with_text.skills[0].description = Some(Text::parse("A description"));
        assert!(written_and_read_back(&with_text).is_err());
        let mut empty_name = core;
        empty_name.levels[0].name = Some(String::new());
        assert!(written_and_read_back(&empty_name).is_err());
    }

    #[test]
    fn a_file_that_is_not_a_core_file_is_refused_with_its_line() {
        let (_, text) = built_in_core();
        let problem = |t: &str| {
            let p = read(t).unwrap_err();
            assert_eq!(p.len(), 1);
            format!("{}: {}", p[0].place, p[0].reason)
        };
        assert_eq!(problem("  \n"), "line 1: the file is empty");
        assert!(problem("{\"schema\": 1}").starts_with("line 1: this is not the widget's core"));
        assert!(problem("role-compare-core\t9\n").contains("version"));
        let broken = text.replacen("\nlevel\t", "\nlevel\tx\n", 1);
        let line = broken.lines().position(|l| l == "level\tx").unwrap() + 1;
        assert_eq!(
            problem(&broken),
            format!("line {line}: this is not the widget's core framework file as expected: a \"level\" line needs more fields")
        );
        let odd = text.replacen(":p ", ":q ", 1);
        assert!(
            problem(&odd).contains("\"q\" is not a skill level"),
            "{}",
            problem(&odd)
        );
        assert!(
            problem(&format!("{text}colour\tred\n")).contains("\"colour\" is not a kind of line")
        );
        let big = "x".repeat(super::super::validate::MAX_FRAMEWORK_BYTES + 1);
        assert!(problem(&big).starts_with("the file: it is"));
    }

    #[test]
    fn no_cut_or_changed_byte_makes_the_reader_panic() {
        let (_, text) = built_in_core();
        let bytes = text.as_bytes();
        // Every cut, and a changed byte at many places: an answer each time, never a panic.
        for at in (0..bytes.len()).step_by(97) {
            let _ = read(&String::from_utf8_lossy(&bytes[..at]));
            for with in [b'\t', b'\n', b'\\', b':', b' ', b'x'] {
                let mut changed = bytes.to_vec();
                changed[at] = with;
                let _ = read(&String::from_utf8_lossy(&changed));
            }
        }
    }
}
