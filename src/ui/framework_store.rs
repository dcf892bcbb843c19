//! Frameworks fetched from an address, each fetched and parsed once per page whatever asks for
//! it, and the built-in one: not compiled into the WebAssembly but a data file beside it
//! (`role-compare-framework.txt`, made from `data/framework.json` by the build in a flat format of
//! its own, `load::core_file`, read without a JSON parser), which
//! `role-compare.js` starts fetching while the module compiles and hands over with
//! [`provide_built_in_framework`]. The build checked it as it wrote it and the browser checks its
//! SHA-384, so the release reads it without checking it again; a development build, which has no
//! hashes, checks it like any framework file (`later::check_built_in`). It is the core file: its
//! texts (descriptions and statements) are in a file of their own, fetched when the browser is
//! idle after the first paint or when first asked for ([`load_built_in_texts`]), and merged into
//! it. (A host's own framework,
//! or a file the person chose, is read by `own_framework`, one of the parts that load on first
//! use: see `later`.)

use crate::framework::{Framework, Problem};
use crate::state::waits::{WaitFailure, WAIT_SECONDS};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// A shared framework; equal when it is the same parse, so props compare cheaply.
#[derive(Clone, Debug)]
pub struct SharedFramework {
    framework: Rc<Framework>,
    /// Which framework this is, kept when its texts are merged in: the same widget goes on
    /// showing it (its state kept), only re-rendered.
    origin: usize,
}

impl SharedFramework {
    pub fn new(framework: Framework) -> SharedFramework {
        let framework = Rc::new(framework);
        let origin = Rc::as_ptr(&framework) as usize;
        SharedFramework { framework, origin }
    }

    /// The same framework with its texts: `merged` replaces it, and the origin stays.
    pub fn with_texts(&self, merged: Framework) -> SharedFramework {
        SharedFramework {
            framework: Rc::new(merged),
            origin: self.origin,
        }
    }

    /// Stays the same while the texts are merged in; a key for the widget that shows it.
    pub fn origin(&self) -> usize {
        self.origin
    }
}

impl PartialEq for SharedFramework {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
    }
}

impl std::ops::Deref for SharedFramework {
    type Target = Framework;
    fn deref(&self) -> &Framework {
        &self.framework
    }
}

/// A framework loaded from an address: done, or the reason it could not be used.
pub type Loaded = Result<SharedFramework, Vec<Problem>>;

/// Reads a fetched file: its name (the end of its address) and its text. Asynchronous: the code
/// that reads an organisation's file, or merges the texts, is in a part that loads on first use.
pub type Parse = fn(String, String) -> Pin<Box<dyn Future<Output = Loaded>>>;

enum Remote {
    Loading(Vec<Box<dyn FnOnce(Loaded)>>),
    Done(Loaded),
}

thread_local! {
    /// Frameworks by address: each is fetched and parsed once per page, whatever asks for it.
    static REMOTE: RefCell<HashMap<String, Remote>> = RefCell::new(HashMap::new());
    /// The built-in framework's address, as `role-compare.js` resolved it, and its integrity.
    static BUILT_IN: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
    /// The built-in framework's texts file: its address and integrity.
    static BUILT_IN_TEXTS: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// The file name at the end of an address, for messages and the credit ("ours.csv").
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path)
}

/// The built-in framework file's text when the browser checked its integrity (the release's own
/// core file, read back and checked when it was built): read as it is.
fn parse_verified(text: &str) -> Loaded {
    crate::load::core_file::read(text).map(SharedFramework::new)
}

/// The built-in framework file's text when nothing checked its integrity (a development build):
/// checked like any framework file, by a part (so the core carries no checks).
fn parse_unverified(name: String, text: String) -> Pin<Box<dyn Future<Output = Loaded>>> {
    Box::pin(super::later::check_built_in(name, text))
}

/// The built-in texts file's text, merged into the built-in core (checked, and refused when it was
/// not made with that core) by the part that does it.
fn parse_built_in_texts(_name: String, text: String) -> Pin<Box<dyn Future<Output = Loaded>>> {
    Box::pin(async move {
        let core = match built_in_now() {
            Some(Ok(core)) => core,
            _ => {
                return Err(vec![Problem::new(
                    "the texts",
                    "the built-in framework is not loaded",
                )])
            }
        };
        super::later::merge_texts(core, text).await
    })
}

/// Called by `role-compare.js`: the built-in framework's address, with `coming` when the script
/// is already fetching it (widgets wait for it instead of fetching it again); then its text once
/// fetched, or why that failed. Where no fetch was started, a widget that needs the built-in
/// framework fetches it itself from that address. With each, where its texts file is.
#[wasm_bindgen(js_name = provideBuiltInFramework)]
pub fn provide_built_in_framework(
    url: String,
    text: Option<String>,
    failure: Option<String>,
    coming: bool,
    integrity: Option<String>,
    texts_url: Option<String>,
    texts_integrity: Option<String>,
) {
    let verified = integrity.is_some();
    BUILT_IN.with(|b| *b.borrow_mut() = Some((url.clone(), integrity)));
    if let Some(texts_url) = texts_url {
        BUILT_IN_TEXTS.with(|t| *t.borrow_mut() = Some((texts_url, texts_integrity)));
    }
    let loaded = match (text, failure) {
        (Some(text), _) if verified => parse_verified(&text),
        (Some(text), _) => {
            // Checked by a part: widgets wait for the answer as for a fetch.
            mark_coming(&url);
            let name = file_name(&url).to_string();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = parse_unverified(name, text).await;
                settle(&url, loaded);
            });
            return;
        }
        (None, Some(reason)) => Err(vec![Problem::new(file_name(&url), reason)]),
        (None, None) => {
            if coming {
                mark_coming(&url);
            }
            return;
        }
    };
    settle(&url, loaded);
}

/// Makes widgets that ask for `url` wait for an answer on its way (unless one is already in).
fn mark_coming(url: &str) {
    REMOTE.with(|r| {
        r.borrow_mut()
            .entry(url.to_string())
            .or_insert_with(|| Remote::Loading(Vec::new()));
    });
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
        Some((url, integrity)) => {
            let parse: Parse = if integrity.is_some() {
                |_, text| Box::pin(async move { parse_verified(&text) })
            } else {
                parse_unverified
            };
            load_checked(&url, integrity, parse, done)
        }
        None => done(Err(vec![Problem::new(
            "role-compare-framework.txt",
            "the embedding script did not say where the built-in framework is: load the widget with role-compare.js",
        )])),
    }
}

/// Calls `done` with the built-in framework with its texts merged in, fetching the texts file only
/// the first time any widget asks (or why they cannot be had).
pub fn load_built_in_texts(done: impl FnOnce(Loaded) + 'static) {
    match BUILT_IN_TEXTS.with(|t| t.borrow().clone()) {
        Some((url, integrity)) => {
            // The first ask: the part that merges them loads while the texts file downloads.
            if REMOTE.with(|r| !r.borrow().contains_key(&url)) {
                super::later::preload_texts();
            }
            load_checked(&url, integrity, parse_built_in_texts, done)
        }
        None => done(Err(vec![Problem::new(
            "role-compare-texts.json",
            "the embedding script did not say where the framework's texts are: load the widget with role-compare.js",
        )])),
    }
}

/// Forgets that `url` could not be had, so the next ask fetches it anew ("Try again"); an answer
/// that came, or one on its way, stays.
pub fn forget_failure(url: &str) {
    REMOTE.with(|r| {
        let mut r = r.borrow_mut();
        if matches!(r.get(url), Some(Remote::Done(Err(_)))) {
            r.remove(url);
        }
    });
}

/// Forgets that the built-in texts could not be had (see [`forget_failure`]).
pub fn forget_texts_failure() {
    if let Some((url, _)) = BUILT_IN_TEXTS.with(|t| t.borrow().clone()) {
        forget_failure(&url);
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
                    let loaded = match fetch(&url, integrity.as_deref()).await {
                        Ok(text) => parse(file_name(&url).to_string(), text).await,
                        Err(problems) => Err(problems),
                    };
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
    // One of the release's own files is named by its file name (its address says nothing more to
    // a reader); an organisation's file by the address the host gave.
    let place = if integrity.is_some() {
        file_name(url)
    } else {
        url
    };
    let failed = |reason: String| vec![Problem::new(place.to_string(), reason)];
    let window =
        web_sys::window().ok_or_else(|| failed("there is no window to fetch it in".into()))?;
    let init = web_sys::RequestInit::new();
    if let Some(integrity) = integrity {
        init.set_integrity(integrity);
    }
    // Every wait has an end: the request and its body, within WAIT_SECONDS.
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
        WAIT_SECONDS * 1000,
    )));
    // Why it did not come, in the person's words (the time, the device offline, the server's
    // answer; for a host's address, what may have refused it).
    let why = |error: &wasm_bindgen::JsValue| -> String {
        match WaitFailure::from_browser(&super::browser::error_name(error), super::browser::online()) {
            WaitFailure::Refused if integrity.is_none() => {
                "it could not be fetched (the address, the network or the page's Content-Security-Policy refused it)".into()
            }
            // One of the release's own files: the browser says no more when it is not the file
            // this release names (after a deploy), or the network refused it.
            failure => format!("it could not be loaded: {}", failure.reason()),
        }
    };
    let response = match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
        Ok(response) => response,
        // The browser says only "TypeError" for a refused network, a server's error and, for one
        // of the release's own files, a file that is not this release's: one look without the
        // integrity (HEAD) tells them apart.
        Err(e) if integrity.is_some() && super::browser::error_name(&e) == "TypeError" => {
            let look = web_sys::RequestInit::new();
            look.set_method("HEAD");
            look.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
                WAIT_SECONDS * 1000,
            )));
            let said = match JsFuture::from(window.fetch_with_str_and_init(url, &look)).await {
                Ok(answer) => match answer.dyn_into::<web_sys::Response>() {
                    Ok(answer) if answer.ok() => "integrity".to_string(),
                    Ok(answer) => format!("status {}", answer.status()),
                    Err(_) => "TypeError".into(),
                },
                Err(_) => "TypeError".into(),
            };
            let failure = WaitFailure::from_browser(&said, super::browser::online());
            return Err(failed(format!(
                "it could not be loaded: {}",
                failure.reason()
            )));
        }
        Err(e) => return Err(failed(why(&e))),
    };
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
        .map_err(|e| failed(why(&e)))?;
    // A host's file in Windows-1252 is read as such (the note would only reach the host's
    // editor, who is told by `role-compare validate`); other encodings are refused.
    crate::load::text_file::decode(file_name(url), &bytes)
        .map(|d| d.text)
        .map_err(|p| vec![p])
}
