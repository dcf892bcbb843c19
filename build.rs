//! Minifies `data/framework.json` (the committed file stays pretty-printed for readable diffs) for
//! the command-line tool, which compiles it in (`load::embedded`). The widget does not: it loads
//! data files beside its module (`role-compare data-files` writes them for Trunk).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=data/framework.json");
    let source =
        std::fs::read_to_string("data/framework.json").expect("data/framework.json is readable");
    let value: serde_json::Value = match serde_json::from_str(&source) {
        Ok(value) => value,
        Err(e) => panic!(
            "data/framework.json is not valid JSON ({e}); regenerate it with `cargo run -- import`"
        ),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("framework.min.json");
    std::fs::write(
        out,
        serde_json::to_string(&value).expect("a JSON value serialises"),
    )
    .expect("OUT_DIR is writable");
}
