//! What the embedding script calls: `mountWidget(container, options)` mounts one widget and
//! returns a handle whose `update(options)` re-mounts it with new options (they win over the link)
//! and whose `destroy()` removes it with its listeners. Options arrive as a plain object of strings
//! (the script turns camelCase names into kebab-case and arrays into comma-separated text).

use super::app::App;
use super::props_from_options;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    /// How many widgets this page has mounted: each gets its own id prefix.
    static MOUNTED: Cell<usize> = const { Cell::new(0) };
}

/// A mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    root: Element,
    instance: usize,
}

/// The options object's own (name, value) pairs, values as text.
fn pairs(options: &JsValue) -> Vec<(String, String)> {
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let name = entry.get(0).as_string()?;
            let value = entry.get(1);
            let value = value.as_string().unwrap_or_else(|| {
                value
                    .as_bool()
                    .map(|b| b.to_string())
                    .or_else(|| value.as_f64().map(|n| n.to_string()))
                    .unwrap_or_default()
            });
            Some((name, value))
        })
        .collect()
}

fn render(
    root: &Element,
    instance: usize,
    options: &JsValue,
    options_first: bool,
) -> AppHandle<App> {
    let mut props = props_from_options(&pairs(options), instance, root.owner_document().as_ref());
    props.options_first = options_first;
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render()
}

/// Mounts a widget into `root` (an element the script made inside the host's shadow root).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: Element, options: JsValue) -> WidgetHandle {
    let instance = MOUNTED.with(|m| {
        let n = m.get();
        m.set(n + 1);
        n
    });
    WidgetHandle {
        app: Some(render(&root, instance, &options, false)),
        root,
        instance,
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Shows the widget with new options: its columns and screen, where given, replace those
    /// in the link.
    pub fn update(&mut self, options: JsValue) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.app = Some(render(&self.root, self.instance, &options, true));
    }

    /// Removes the widget, its nodes and its listeners.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        while let Some(child) = self.root.last_child() {
            let _ = self.root.remove_child(&child);
        }
    }
}
