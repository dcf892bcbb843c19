//! What a host page asks of one widget: the same options whether they come from `data-`
//! attributes, attributes of `<role-compare>` or the JavaScript `mount(element, options)` call
//! (the embedding script turns camelCase names into these kebab-case ones). Every value is
//! checked; a value that cannot be used is worded as a message and the default is used instead.

use crate::state::explore::Screen;
use crate::state::selection::MAX_COLUMNS;
use crate::state::url_state::{is_valid_param, DEFAULT_PARAM};

/// Where an organisation's own framework comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameworkSource {
    /// The id of an element in the page holding the file's text (`#our-framework`).
    Element(String),
    /// A web address of the file (JSON or role content CSV), relative to the page or http(s).
    Url(String),
}

/// Reads the `framework` option: `#id` (or a bare id) names an element; anything with a `/` or a
/// `.json` or `.csv` ending is an address, which must be relative or http(s).
fn framework_source(value: &str) -> Result<FrameworkSource, String> {
    let value = value.trim();
    if let Some(id) = value.strip_prefix('#') {
        if !id.is_empty() {
            return Ok(FrameworkSource::Element(id.to_string()));
        }
    }
    let lower = value.to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s);
    let looks_like_address = value.contains('/')
        || lower.ends_with(".json")
        || lower.ends_with(".csv")
        || scheme.is_some();
    match scheme {
        Some("http") | Some("https") => Ok(FrameworkSource::Url(value.to_string())),
        None if looks_like_address && !value.contains(char::is_whitespace) => {
            Ok(FrameworkSource::Url(value.to_string()))
        }
        None if !value.is_empty() && !value.contains(char::is_whitespace) => {
            Ok(FrameworkSource::Element(value.to_string()))
        }
        _ => Err(format!(
            "The framework option is \"{value}\"; give the address of a framework file, JSON or role content CSV (relative, or starting https://), or the id of an element in this page holding one, such as #our-framework, so the built-in framework is used."
        )),
    }
}

/// The host's `columns` option against a framework: the ids of the levels it names, and a message
/// for each it names that the framework lacks.
pub fn host_columns(
    fw: &crate::framework::Framework,
    ids: &[String],
) -> (Vec<String>, Vec<String>) {
    let (known, unknown) = crate::engine::lookup::levels(fw, ids);
    (
        known.iter().map(|l| l.id.clone()).collect(),
        unknown
            .into_iter()
            .map(|u| {
                format!(
                    "The columns option names a role level that does not exist: {}.",
                    u.describe("role level")
                )
            })
            .collect(),
    )
}

/// Every option a host can set, with its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Role-level ids to show when the link names none for this widget.
    pub columns: Vec<String>,
    /// The screen to open with when the link names none.
    pub view: Option<Screen>,
    /// Most columns this widget compares side by side (1 to 6).
    pub max_columns: usize,
    /// Whether this widget keeps its state in the page's link. `None`: the default, which is
    /// yes for the first widget mounted with its parameter (see `ui::embed`).
    pub write_url: Option<bool>,
    /// The link parameter holding this widget's state.
    pub param: String,
    /// The level of the widget's top heading (1 to 6); its other headings follow below it.
    pub heading_level: u8,
    /// An organisation's own framework file (our JSON format).
    pub framework: Option<FrameworkSource>,
    /// A smaller widget for narrow spaces: no related roles or skill view.
    pub compact: bool,
}

impl Default for EmbedOptions {
    fn default() -> EmbedOptions {
        EmbedOptions {
            columns: Vec::new(),
            view: None,
            max_columns: MAX_COLUMNS,
            write_url: None,
            param: DEFAULT_PARAM.to_string(),
            heading_level: 2,
            framework: None,
            compact: false,
        }
    }
}

/// The option names, as attributes write them.
pub const NAMES: [&str; 8] = [
    "columns",
    "view",
    "max-columns",
    "write-url",
    "param",
    "heading-level",
    "framework",
    "compact",
];

/// The longest value read for any option, in characters.
pub const MAX_VALUE_CHARS: usize = 4096;

fn flag(name: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(format!(
            "The {name} option is \"{value}\"; use true or false, so the default is used."
        )),
    }
}

fn number(
    name: &str,
    value: &str,
    range: std::ops::RangeInclusive<usize>,
) -> Result<usize, String> {
    match value.trim().parse::<usize>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!(
            "The {name} option is \"{value}\"; use a whole number from {} to {}, so the default is used.",
            range.start(),
            range.end()
        )),
    }
}

/// Reads options given as (name, value) pairs, in order; a later value of the same name wins.
/// Returns the options and a message for every name or value that could not be used.
pub fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::default();
    let mut problems = Vec::new();
    for (name, value) in pairs {
        if value.chars().count() > MAX_VALUE_CHARS {
            problems.push(format!(
                "The {name} option is longer than {MAX_VALUE_CHARS} characters, so it is not used."
            ));
            continue;
        }
        let result: Result<(), String> = match name {
            "columns" => {
                options.columns = value
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_string)
                    .collect();
                Ok(())
            }
            "view" => match Screen::from_key(value.trim()) {
                Some(screen) => {
                    options.view = Some(screen);
                    Ok(())
                }
                None => Err(format!(
                    "The view option is \"{value}\"; use compare, moves or team, so the comparison is shown."
                )),
            },
            "max-columns" => number(name, value, 1..=MAX_COLUMNS).map(|n| options.max_columns = n),
            "write-url" => flag(name, value).map(|b| options.write_url = Some(b)),
            "param" if is_valid_param(value.trim()) => {
                options.param = value.trim().to_string();
                Ok(())
            }
            "param" => Err(format!(
                "The param option \"{value}\" cannot be used as a link parameter (use 1 to 32 letters, digits, hyphens or underscores), so this comparison uses \"{DEFAULT_PARAM}\"."
            )),
            "heading-level" => number(name, value, 1..=6).map(|n| options.heading_level = n as u8),
            "framework" => framework_source(value).map(|f| options.framework = Some(f)),
            "compact" => flag(name, value).map(|b| options.compact = b),
            _ => Err(format!(
                "There is no option called \"{name}\" (the options are {}), so it is not used.",
                NAMES.join(", ")
            )),
        };
        if let Err(message) = result {
            problems.push(message);
        }
    }
    (options, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_is_read() {
        let (o, problems) = parse([
            ("columns", "a, b,,c"),
            ("view", "moves"),
            ("max-columns", "3"),
            ("write-url", "false"),
            ("param", "team"),
            ("heading-level", "3"),
            ("framework", "#ours"),
            ("compact", ""),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(o.columns, ["a", "b", "c"]);
        assert_eq!(o.view, Some(Screen::Moves));
        assert_eq!(
            (o.max_columns, o.write_url, o.heading_level, o.compact),
            (3, Some(false), 3, true)
        );
        assert_eq!(
            (o.param.as_str(), o.framework.clone()),
            ("team", Some(FrameworkSource::Element("ours".into())))
        );
    }

    #[test]
    fn a_framework_is_an_element_or_a_web_address() {
        let read = |v: &str| framework_source(v);
        assert_eq!(read("#ours"), Ok(FrameworkSource::Element("ours".into())));
        assert_eq!(read("ours"), Ok(FrameworkSource::Element("ours".into())));
        assert_eq!(
            read("frameworks/ours.json"),
            Ok(FrameworkSource::Url("frameworks/ours.json".into()))
        );
        assert_eq!(read("/f.json"), Ok(FrameworkSource::Url("/f.json".into())));
        assert_eq!(
            read("ours.csv"),
            Ok(FrameworkSource::Url("ours.csv".into())),
            "a role content CSV is read too"
        );
        assert_eq!(
            read("https://example.org/f.json"),
            Ok(FrameworkSource::Url("https://example.org/f.json".into()))
        );
        for bad in ["javascript:alert(1)", "data:application/json,{}", "", "a b"] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_values_are_named_and_defaults_kept() {
        let (o, problems) = parse([
            ("view", "grid"),
            ("max-columns", "9"),
            ("write-url", "maybe"),
            ("param", "a b"),
            ("heading-level", "0"),
            ("framework", "javascript:alert(1)"),
            ("colour", "red"),
        ]);
        assert_eq!(o, EmbedOptions::default());
        assert_eq!(problems.len(), 7, "{problems:?}");
        assert!(problems[0].contains("\"grid\""));
        assert!(problems[1].contains("from 1 to 6"));
        assert!(problems[6].contains("no option called \"colour\""));
        let long = "x".repeat(MAX_VALUE_CHARS + 1);
        assert_eq!(parse([("columns", long.as_str())]).1.len(), 1);
    }
}
