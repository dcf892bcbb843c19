//! The native command-line tool over the same engine as the widget: import, validate, compare, related, gap.
//! Run `role-compare help` for usage.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = cli::run(&args);
    if !outcome.stdout.is_empty() {
        print!("{}", outcome.stdout);
    }
    if !outcome.stderr.is_empty() {
        eprint!("{}", outcome.stderr);
    }
    std::process::exit(outcome.code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
