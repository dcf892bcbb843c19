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

pub const USAGE: &str = "\
role-compare: the Government Digital and Data Profession Capability Framework, compared

USAGE:
  role-compare import [--roles FILE] [--skills FILE] [--order FILE] [--notes FILE] [--out FILE]
      Official CSVs -> normalised data file (default: ../shared/framework/*.csv,
      data/level-order.csv, data/level-order-notes.csv -> data/framework.json)
  role-compare validate FILE                 check a framework file (JSON, or a role content CSV)
  role-compare export [--data FILE]          print the official \"Role content\" CSV again
  role-compare compare ID ID [ID...]         role levels side by side
  role-compare related ID [--limit N]        roles sharing skills with a role or role level
  role-compare gap FROM_ID TO_ID             what to learn and raise to move from one level to another
  role-compare levels [ROLE_ID]              list ids of roles and their levels
  role-compare moves ID [--limit N] [--family FAMILY_ID] [--seniority any|near]
      the next level up, then other roles' levels ranked as moves from ID
  role-compare route FROM_ID TO_ID [--limit N]
      the cheapest routes of up to 3 moves from one level to another
  role-compare synthetic --times N [--data FILE]
      a framework N times the size, of the same shape, as JSON (for benchmarks)

OPTIONS:
  --format json      machine-readable output (compare, related, gap, validate, levels, moves, route)
  --format csv       one table for a spreadsheet (compare, gap, moves, route)
  --format markdown  a heading, a sentence and a table for a document (compare, gap, moves, route)
  --data FILE        use this framework file (JSON or role content CSV) instead of the embedded one

Exit codes: 0 success, 1 the data has problems, 2 bad usage or an unknown id.
";

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Json,
    File(role_compare::export::Format),
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

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        positional: Vec::new(),
        format: OutputFormat::Table,
        named: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(name) = arg.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    let value = iter
                        .next()
                        .ok_or_else(|| format!("--{name} needs a value"))?;
                    (name.to_string(), value.clone())
                }
            };
            match name.as_str() {
                "format" => {
                    use role_compare::export::Format;
                    options.format = match value.as_str() {
                        "table" => OutputFormat::Table,
                        "json" => OutputFormat::Json,
                        "csv" => OutputFormat::File(Format::Csv),
                        "markdown" => OutputFormat::File(Format::Markdown),
                        _ => {
                            return Err(format!(
                                "unknown format \"{value}\" (use table, json, csv or markdown)"
                            ))
                        }
                    }
                }
                "roles" | "skills" | "order" | "notes" | "out" | "data" | "limit" | "family"
                | "seniority" | "times" => options.named.push((name, value)),
                _ => return Err(format!("unknown option --{name}")),
            }
        } else {
            options.positional.push(arg.clone());
        }
    }
    Ok(options)
}

/// Runs one command line (without the program name).
pub fn run(args: &[String]) -> Outcome {
    let Some((command, rest)) = args.split_first() else {
        return Outcome::fail(2, USAGE.to_string());
    };
    if matches!(command.as_str(), "help" | "--help" | "-h") {
        return Outcome::ok(USAGE.to_string());
    }
    let options = match parse_options(rest) {
        Ok(options) => options,
        Err(message) => return Outcome::fail(2, format!("error: {message}\n\n{USAGE}")),
    };
    match command.as_str() {
        "import" => commands::import(&options),
        "validate" => commands::validate(&options),
        "export" => commands::export(&options),
        "compare" => commands::compare(&options),
        "related" => commands::related(&options),
        "gap" => commands::gap(&options),
        "levels" => commands::levels(&options),
        "moves" => commands::moves(&options),
        "route" => commands::route(&options),
        "synthetic" => commands::synthetic(&options),
        other => Outcome::fail(2, format!("error: unknown command \"{other}\"\n\n{USAGE}")),
    }
}
