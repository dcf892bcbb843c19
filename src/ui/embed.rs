//! What the embedding script calls: `mountWidget(container, options)` mounts one widget and
//! returns a handle whose `update(options)` applies new options in place (they win over the link,
//! and the person's other choices stay) and whose `destroy()` removes it with its listeners. Options arrive as a plain object of strings
//! (the script turns camelCase names into kebab-case and arrays into comma-separated text).
//!
//! Which widget keeps its state in the page's link: the host says so with `write-url`; where it
//! does not, the first widget mounted with a given parameter (`rc` unless `param` says otherwise)
//! writes it, and later widgets sharing that parameter leave the link alone.

use super::app::{App, AppProps};
use super::props_from_options;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    /// How many widgets this page has mounted: each gets its own id prefix.
    static MOUNTED: Cell<usize> = const { Cell::new(0) };
    /// Link parameters a mounted widget writes.
    static CLAIMED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// A mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<(AppHandle<App>, Element)>,
    root: Element,
    instance: usize,
    /// The link parameter this widget writes, if it claimed one.
    claimed: Option<String>,
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
                    // Numbers are written by JavaScript, so no float formatting is compiled in.
                    .or_else(|| {
                        value.as_f64().map(|_| {
                            String::from(
                                js_sys::Number::from(value.clone())
                                    .to_string_with_radix(10)
                                    .unwrap_or_default(),
                            )
                        })
                    })
                    .unwrap_or_default()
            });
            Some((name, value))
        })
        .collect()
}

/// The app's props for these options, with the link parameter this widget now holds.
fn props_for(
    root: &Element,
    instance: usize,
    options: &JsValue,
    options_first: bool,
    claimed: Option<String>,
) -> (AppProps, Option<String>) {
    let mut props = props_from_options(&pairs(options), instance, root.owner_document().as_ref());
    props.options_first = options_first;
    let param = props.options.param.clone();
    // A widget that already holds its parameter keeps it; otherwise the first one to ask gets it.
    let writes = props.options.write_url.unwrap_or_else(|| {
        claimed.as_deref() == Some(param.as_str()) || CLAIMED.with(|c| !c.borrow().contains(&param))
    });
    release(claimed);
    // The claim is this widget's only if it made it: a widget told to write a parameter another
    // widget holds writes it too, but destroying it does not free the other's claim.
    let claimed =
        (writes && CLAIMED.with(|c| c.borrow_mut().insert(param.clone()))).then_some(param);
    let mut options = (*props.options).clone();
    options.write_url = Some(writes);
    props.options = std::rc::Rc::new(options);
    (props, claimed)
}

/// Mounts the app into a fresh element inside `root`.
fn render(root: &Element, props: AppProps) -> (AppHandle<App>, Element) {
    let document = root
        .owner_document()
        .expect("a mounted element is in a document");
    let inner = document
        .create_element("div")
        .expect("a div can be created");
    let _ = root.append_child(&inner);
    let app = yew::Renderer::<App>::with_root_and_props(inner.clone(), props).render();
    (app, inner)
}

fn release(claimed: Option<String>) {
    if let Some(param) = claimed {
        CLAIMED.with(|c| c.borrow_mut().remove(&param));
    }
}

fn unmount(app: Option<(AppHandle<App>, Element)>) {
    if let Some((app, inner)) = app {
        app.destroy();
        inner.remove();
    }
}

/// Mounts a widget into `root` (an element the script made inside the host's shadow root).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: Element, options: JsValue) -> WidgetHandle {
    let instance = MOUNTED.with(|m| {
        let n = m.get();
        m.set(n + 1);
        n
    });
    let (props, claimed) = props_for(&root, instance, &options, false, None);
    WidgetHandle {
        app: Some(render(&root, props)),
        root,
        instance,
        claimed,
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Shows the widget with new options, in place: what the options change (columns, screen,
    /// most columns, heading level…) changes, and the person's other choices stay. A new framework
    /// starts the widget again on it.
    pub fn update(&mut self, options: JsValue) {
        let (props, claimed) = props_for(
            &self.root,
            self.instance,
            &options,
            true,
            self.claimed.take(),
        );
        self.claimed = claimed;
        match self.app.as_mut() {
            Some((app, _)) => app.update(props),
            None => self.app = Some(render(&self.root, props)),
        }
    }

    /// Removes the widget, its nodes and its listeners, and gives up its link parameter.
    pub fn destroy(&mut self) {
        unmount(self.app.take());
        release(self.claimed.take());
    }
}
