//! An organisation's own framework (part of what loads on first use, reached through `later`): a
//! host's file in the page, one fetched from an address (once per page per address, decoded as
//! UTF-8 or Windows-1252), or a file the person chose, each read by the importer and checked by
//! validation before use, every problem with its place.

use super::framework_store::SharedFramework;
use crate::framework::Problem;
use std::rc::Rc;

/// A framework file (JSON or role content CSV) named `name`, checked; every problem is returned
/// with its place.
pub fn from_text(name: &str, text: &str) -> Result<SharedFramework, Vec<Problem>> {
    crate::load::import::own_framework(name, text).map(|fw| SharedFramework(Rc::new(fw)))
}

/// The file name at the end of an address, for messages and the credit ("ours.csv").
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path)
}

/// A framework loaded from a web address: done, or the reason it could not be used.
pub type Loaded = Result<SharedFramework, Vec<Problem>>;

enum Remote {
    Loading(Vec<Box<dyn FnOnce(Loaded)>>),
    Done(Loaded),
}

thread_local! {
    /// Frameworks by address: each is fetched and parsed once per page, whatever asks for it.
    static REMOTE: std::cell::RefCell<std::collections::HashMap<String, Remote>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Calls `done` with the framework at `url` (absolute), fetching it only the first time.
pub fn load(url: &str, done: impl FnOnce(Loaded) + 'static) {
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
                    let loaded = fetch(&url)
                        .await
                        .and_then(|text| from_text(file_name(&url), &text));
                    let waiting = REMOTE.with(|r| {
                        match r
                            .borrow_mut()
                            .insert(url.clone(), Remote::Done(loaded.clone()))
                        {
                            Some(Remote::Loading(waiting)) => waiting,
                            _ => Vec::new(),
                        }
                    });
                    for done in waiting {
                        done(loaded.clone());
                    }
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

/// The text at `url`, or why it could not be had.
async fn fetch(url: &str) -> Result<String, Vec<Problem>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |reason: String| vec![Problem::new(url.to_string(), reason)];
    let window =
        web_sys::window().ok_or_else(|| failed("there is no window to fetch it in".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
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
