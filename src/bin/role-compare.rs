//! The native command-line tool over the same engine as the widget: import, validate, compare, related, gap.
//! Run `role-compare help` for usage.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    use std::io::Write;
    let outcome = cli::run(&args);
    // A reader that stops early (`| head`) is not an error worth a panic: the rest is dropped.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
