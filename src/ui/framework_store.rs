//! Frameworks fetched from an address, each fetched and parsed once per page whatever asks for
//! it, and the built-in one: not compiled into the WebAssembly but a data file beside it
//! (`role-compare-framework.json`, made from `data/framework.json` by the build), which
//! `role-compare.js` starts fetching while the module compiles and hands over with
//! [`provide_built_in_framework`]. It is checked like any framework file. (A host's own framework,
//! or a file the person chose, is read by `own_framework`, one of the parts that load on first
//! use: see `later`.)

use crate::framework::{Framework, Problem};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// A shared framework; equal when it is the same parse, so props compare cheaply.
#[derive(Clone, Debug)]
pub struct SharedFramework(pub Rc<Framework>);

impl PartialEq for SharedFramework {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedFramework {
    type Target = Framework;
    fn deref(&self) -> &Framework {
        &self.0
    }
}

/// A framework loaded from an address: done, or the reason it could not be used.
pub type Loaded = Result<SharedFramework, Vec<Problem>>;

/// Reads a fetched file: its name (the end of its address) and its text.
pub type Parse = fn(&str, &str) -> Loaded;

enum Remote {
    Loading(Vec<Box<dyn FnOnce(Loaded)>>),
    Done(Loaded),
}

thread_local! {
    /// Frameworks by address: each is fetched and parsed once per page, whatever asks for it.
    static REMOTE: RefCell<HashMap<String, Remote>> = RefCell::new(HashMap::new());
    /// The built-in framework's address, as `role-compare.js` resolved it, and its integrity.
    static BUILT_IN: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// The file name at the end of an address, for messages and the credit ("ours.csv").
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path)
}

/// The built-in framework file's text, checked like any framework file.
fn parse_built_in(_name: &str, text: &str) -> Loaded {
    crate::load::validate::parse_framework(text).map(|fw| SharedFramework(Rc::new(fw)))
}

/// Called by `role-compare.js`: the built-in framework's address, with `coming` when the script
/// is already fetching it (widgets wait for it instead of fetching it again); then its text once
/// fetched, or why that failed. Where no fetch was started, a widget that needs the built-in
/// framework fetches it itself from that address.
#[wasm_bindgen(js_name = provideBuiltInFramework)]
pub fn provide_built_in_framework(
    url: String,
    text: Option<String>,
    failure: Option<String>,
    coming: bool,
    integrity: Option<String>,
) {
    BUILT_IN.with(|b| *b.borrow_mut() = Some((url.clone(), integrity)));
    let loaded = match (text, failure) {
        (Some(text), _) => parse_built_in(&url, &text),
        (None, Some(reason)) => Err(vec![Problem::new(url.clone(), reason)]),
        (None, None) => {
            if coming {
                REMOTE.with(|r| {
                    r.borrow_mut()
                        .entry(url)
                        .or_insert_with(|| Remote::Loading(Vec::new()));
                });
            }
            return;
        }
    };
    settle(&url, loaded);
}

/// Records the answer for `url` (the first answer stays: the script's hand-over and a widget's own
/// fetch may both arrive) and calls everything that waited for it.
fn settle(url: &str, loaded: Loaded) {
    let waiting = REMOTE.with(|r| {
        let mut r = r.borrow_mut();
        match r.get(url) {
            Some(Remote::Done(_)) => Vec::new(),
            _ => match r.insert(url.to_string(), Remote::Done(loaded.clone())) {
                Some(Remote::Loading(waiting)) => waiting,
                _ => Vec::new(),
            },
        }
    });
    for done in waiting {
        done(loaded.clone());
    }
}

/// The built-in framework, already loaded (or refused), if it is.
pub fn built_in_now() -> Option<Loaded> {
    let (url, _) = BUILT_IN.with(|b| b.borrow().clone())?;
    REMOTE.with(|r| match r.borrow().get(&url) {
        Some(Remote::Done(loaded)) => Some(loaded.clone()),
        _ => None,
    })
}

/// Calls `done` with the built-in framework, fetching it only the first time.
pub fn load_built_in(done: impl FnOnce(Loaded) + 'static) {
    match BUILT_IN.with(|b| b.borrow().clone()) {
        Some((url, integrity)) => load_checked(&url, integrity, parse_built_in, done),
        None => done(Err(vec![Problem::new(
            "role-compare-framework.json",
            "the embedding script did not say where the built-in framework is: load the widget with role-compare.js",
        )])),
    }
}

/// Calls `done` with the framework at `url` (absolute), read by `parse`, fetching it only the
/// first time any widget asks.
pub fn load(url: &str, parse: Parse, done: impl FnOnce(Loaded) + 'static) {
    load_checked(url, None, parse, done);
}

/// [`load`], with the SHA-384 the file must have (the release's own files).
fn load_checked(
    url: &str,
    integrity: Option<String>,
    parse: Parse,
    done: impl FnOnce(Loaded) + 'static,
) {
    let ready = REMOTE.with(|r| {
        let mut r = r.borrow_mut();
        match r.get_mut(url) {
            Some(Remote::Done(loaded)) => Some(loaded.clone()),
            Some(Remote::Loading(waiting)) => {
                waiting.push(Box::new(done));
                return None;
            }
            None => {
                r.insert(url.to_string(), Remote::Loading(vec![Box::new(done)]));
                let url = url.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = fetch(&url, integrity.as_deref())
                        .await
                        .and_then(|text| parse(file_name(&url), &text));
                    settle(&url, loaded);
                });
                return None;
            }
        }
        .map(|loaded| (loaded, done))
    });
    if let Some((loaded, done)) = ready {
        done(loaded);
    }
}

/// The text at `url` (with the integrity it must have, if any), or why it could not be had.
async fn fetch(url: &str, integrity: Option<&str>) -> Result<String, Vec<Problem>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |reason: String| vec![Problem::new(url.to_string(), reason)];
    let window =
        web_sys::window().ok_or_else(|| failed("there is no window to fetch it in".into()))?;
    let init = web_sys::RequestInit::new();
    if let Some(integrity) = integrity {
        init.set_integrity(integrity);
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| failed("it could not be fetched (the address, the network or the page's Content-Security-Policy refused it)".into()))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| failed("the answer was not a response".into()))?;
    if !response.ok() {
        return Err(failed(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| failed("its text could not be read".into()))?;
    let bytes = JsFuture::from(buffer)
        .await
        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
        .map_err(|_| failed("its text could not be read".into()))?;
    // A host's file in Windows-1252 is read as such (the note would only reach the host's
    // editor, who is told by `role-compare validate`); other encodings are refused.
    crate::load::text_file::decode(file_name(url), &bytes)
        .map(|d| d.text)
        .map_err(|p| vec![p])
}
