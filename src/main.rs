//! The browser module Trunk builds. The embedding script (`web/role-compare.js`) initialises it
//! once per page and mounts each widget through `role_compare::ui::mount_widget`; on other
//! targets it only says where to look.

#[cfg(target_arch = "wasm32")]
pub use role_compare::ui::{mount_widget, WidgetHandle};

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("role-compare-web runs in a browser: build it with `trunk build`, or use the `role-compare` command-line tool");
    std::process::exit(2);
}
