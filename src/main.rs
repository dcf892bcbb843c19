//! The browser entry point: mounts a widget into every `[data-role-compare]` element.
//! Built by Trunk for wasm32; on other targets it only says where to look.

#[cfg(target_arch = "wasm32")]
fn main() {
    role_compare::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("role-compare-web runs in a browser: build it with `trunk build`, or use the `role-compare` command-line tool");
    std::process::exit(2);
}
