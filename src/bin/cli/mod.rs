//! Argument handling and output for the `role-compare` command-line tool.
//! Each command prints a readable table by default, or stable JSON with `--format json`.

mod commands;
mod table;

/// What a run printed and its exit code: 0 success, 1 invalid data, 2 bad usage or unknown id.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Outcome {
    pub fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            code: 0,
        }
    }
    pub fn fail(code: i32, stderr: String) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr,
            code,
        }
    }
}

/// One command: its name, its usage lines, the options it takes and the formats it prints.
struct Command {
    name: &'static str,
    usage: &'static str,
    /// Named options besides `--format` (and `--help`), without the dashes.
    options: &'static [&'static str],
    /// Output formats besides the table.
    formats: &'static [&'static str],
    run: fn(&Options) -> Outcome,
}

const COMMANDS: [Command; 14] = [
    Command {
        name: "import",
        usage: "role-compare import [--roles FILE] [--skills FILE] [--order FILE] [--notes FILE] [--out FILE]
      Official CSVs -> normalised data file (default: ../shared/framework/*.csv,
      data/level-order.csv, data/level-order-notes.csv -> data/framework.json)",
        options: &["roles", "skills", "order", "notes", "out"],
        formats: &[],
        run: commands::import,
    },
    Command {
        name: "validate",
        usage: "role-compare validate FILE                 check a framework file (JSON, or a role content CSV)",
        options: &[],
        formats: &["json"],
        run: commands::validate,
    },
    Command {
        name: "export",
        usage: "role-compare export [--data FILE]          print the official \"Role content\" CSV again",
        options: &["data"],
        formats: &[],
        run: commands::export,
    },
    Command {
        name: "compare",
        usage: "role-compare compare ID ID [ID...]         role levels side by side",
        options: &["data"],
        formats: &["json", "csv", "markdown"],
        run: commands::compare,
    },
    Command {
        name: "related",
        usage: "role-compare related ID [--limit N]        roles sharing skills with a role or role level",
        options: &["data", "limit"],
        formats: &["json"],
        run: commands::related,
    },
    Command {
        name: "gap",
        usage: "role-compare gap FROM_ID TO_ID             what to learn and raise to move from one level to another",
        options: &["data"],
        formats: &["json", "csv", "markdown"],
        run: commands::gap,
    },
    Command {
        name: "levels",
        usage: "role-compare levels [ROLE_ID]              list ids of roles and their levels",
        options: &["data"],
        formats: &["json"],
        run: commands::levels,
    },
    Command {
        name: "moves",
        usage: "role-compare moves ID [--limit N] [--family FAMILY_ID] [--seniority role|near|any]
      the next level up, then other roles ranked as moves from ID: by default one row per role,
      its level closest in seniority, with its other levels (near: same seniority or one up;
      any: every level)",
        options: &["data", "limit", "family", "seniority"],
        formats: &["json", "csv", "markdown"],
        run: commands::moves,
    },
    Command {
        name: "route",
        usage: "role-compare route FROM_ID TO_ID [--limit N]
      the cheapest routes of up to 3 moves from one level to another",
        options: &["data", "limit"],
        formats: &["json", "csv", "markdown"],
        run: commands::route,
    },
    Command {
        name: "assess",
        usage: "role-compare assess RATINGS [--level ID]
      a ratings file against a role level (the file's own, or --level): each skill needed, yours,
      agreed, where you stand, the evidence; a summary",
        options: &["data", "level"],
        formats: &["json", "csv", "markdown"],
        run: commands::assess,
    },
    Command {
        name: "team",
        usage: "role-compare team FILE... [--level ID]
      a team from ratings files (one person each) and team CSVs (person,skill,rating[,evidence]
      [,role level]): skills x people, who meets what, what nobody covers, single points of
      expertise (--level for people whose file names no level)",
        options: &["data", "level"],
        formats: &["json", "csv", "markdown"],
        run: commands::team,
    },
    Command {
        name: "diff",
        usage: "role-compare diff OLD NEW                  what changed from one framework file to another",
        options: &[],
        formats: &["json", "csv", "markdown"],
        run: commands::diff,
    },
    Command {
        name: "data-files",
        usage: "role-compare data-files [--data FILE] [--out DIR]
      the widget's data files: a core file and a texts file (default: data/framework.json -> build/)",
        options: &["data", "out"],
        formats: &[],
        run: commands::data_files,
    },
    Command {
        name: "synthetic",
        usage: "role-compare synthetic --times N [--data FILE]
      a framework N times the size, of the same shape, as JSON (for benchmarks)",
        options: &["data", "times"],
        formats: &[],
        run: commands::synthetic,
    },
];

const OPTIONS_HELP: &str = "\
OPTIONS:
  --format json      machine-readable output (compare, related, gap, validate, levels, moves, route, assess, team, diff)
  --format csv       one table for a spreadsheet (compare, gap, moves, route, assess, team, diff)
  --format markdown  a heading, a sentence and a table for a document (compare, gap, moves, route, assess, team, diff)
  --data FILE        use this framework file (JSON or role content CSV) instead of the embedded one
  --help             this text; after a command, that command's own (role-compare moves --help)

Exit codes: 0 success, 1 the data has problems, 2 bad usage or an unknown id.
";

/// The whole usage text.
pub fn usage() -> String {
    let mut text = String::from(
        "role-compare: the Government Digital and Data Profession Capability Framework, compared\n\nUSAGE:\n",
    );
    for command in &COMMANDS {
        text.push_str(&format!("  {}\n", command.usage));
    }
    text.push('\n');
    text.push_str(OPTIONS_HELP);
    text
}

/// One command's usage: its line, its options and its formats.
fn command_help(command: &Command) -> String {
    let mut options: Vec<String> = command.options.iter().map(|o| format!("--{o}")).collect();
    if !command.formats.is_empty() {
        options.push(format!("--format table|{}", command.formats.join("|")));
    }
    options.push("--help".into());
    format!(
        "USAGE:\n  {}\n\nOPTIONS: {}\n",
        command.usage,
        options.join(", ")
    )
}

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Json,
    File(role_compare::output::export::Format),
}

/// Parsed options shared by every command.
pub struct Options {
    pub positional: Vec<String>,
    pub format: OutputFormat,
    pub named: Vec<(String, String)>,
}

impl Options {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the command line asked for: a command's options, or its help.
enum Parsed {
    Run(Options),
    Help,
}

/// Reads `args` (after the command name) with `lexopt`: only the options `command` takes, each
/// once with a value (`--name value` or `--name=value`); anything else is a usage error.
fn parse_options(command: &Command, args: &[String]) -> Result<Parsed, String> {
    use lexopt::prelude::*;
    use role_compare::output::export::Format;
    let mut options = Options {
        positional: Vec::new(),
        format: OutputFormat::Table,
        named: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_args(args.iter().cloned());
    let name = command.name;
    let mut seen_format = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("help") | Short('h') => return Ok(Parsed::Help),
            Long("format") => {
                if seen_format {
                    return Err("--format is given twice".into());
                }
                seen_format = true;
                let value: String = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .string()
                    .map_err(|e| e.to_string())?;
                options.format = match value.as_str() {
                    "table" => OutputFormat::Table,
                    v if !command.formats.contains(&v) => {
                        let mut known = vec!["table"];
                        known.extend(command.formats);
                        return Err(format!(
                            "{name} has no format \"{value}\" (use {})",
                            known.join(" or ")
                        ));
                    }
                    "json" => OutputFormat::Json,
                    "csv" => OutputFormat::File(Format::Csv),
                    _ => OutputFormat::File(Format::Markdown),
                };
            }
            Long(option) if command.options.contains(&option) => {
                let option = option.to_string();
                if options.get(&option).is_some() {
                    return Err(format!("--{option} is given twice"));
                }
                let value = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .string()
                    .map_err(|e| e.to_string())?;
                options.named.push((option, value));
            }
            Long(option) => {
                let option = option.to_string();
                let mut takes: Vec<String> =
                    command.options.iter().map(|o| format!("--{o}")).collect();
                if !command.formats.is_empty() {
                    takes.push("--format".into());
                }
                return Err(if takes.is_empty() {
                    format!("{name} takes no option --{option}")
                } else {
                    format!(
                        "{name} has no option --{option} (it takes {})",
                        takes.join(", ")
                    )
                });
            }
            Short(c) => return Err(format!("{name} has no option -{c}")),
            Value(value) => options
                .positional
                .push(value.string().map_err(|e| e.to_string())?),
        }
    }
    Ok(Parsed::Run(options))
}

/// Runs one command line (without the program name).
pub fn run(args: &[String]) -> Outcome {
    let Some((name, rest)) = args.split_first() else {
        return Outcome::fail(2, usage());
    };
    if matches!(name.as_str(), "help" | "--help" | "-h") {
        return Outcome::ok(usage());
    }
    let Some(command) = COMMANDS.iter().find(|c| c.name == name) else {
        return Outcome::fail(
            2,
            format!("error: unknown command \"{name}\"\n\n{}", usage()),
        );
    };
    match parse_options(command, rest) {
        Ok(Parsed::Help) => Outcome::ok(command_help(command)),
        Ok(Parsed::Run(options)) => (command.run)(&options),
        Err(message) => Outcome::fail(2, format!("error: {message}\n\n{}", command_help(command))),
    }
}
