//! The few browser calls the widget needs: the query string and history, this browser's storage,
//! downloads made in the page, the clipboard, reading a chosen file, and printing.

/// The current `location.search` ("" when unavailable).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

thread_local! {
    /// How many times the person has gone Back or Forward on this page.
    static HISTORY_MOVES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts a Back or Forward (a `popstate`).
pub fn history_moved() {
    HISTORY_MOVES.with(|m| m.set(m.get() + 1));
}

/// How many times the person has gone Back or Forward on this page.
pub fn history_moves() -> u64 {
    HISTORY_MOVES.with(|m| m.get())
}

/// Pushes a history entry with `search` as the query, keeping path and fragment.
pub fn push_query(search: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{path}{search}{hash}");
        // Failing to record history loses only the back-button step; the comparison still shows.
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's whole address, for "Copy link".
pub fn href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A value this widget stored in this browser (`None` when absent or storage is off).
pub fn stored(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores (or, with `None`, forgets) a value in this browser; false when storage is off or full.
pub fn store(key: &str, value: Option<&str>) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    match value {
        Some(v) => storage.set_item(key, v).is_ok(),
        None => storage.remove_item(key).is_ok(),
    }
}

/// Offers `text` as a file download named `file_name`; built in the page, nothing is sent anywhere.
pub fn download(file_name: &str, media_type: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(e).ok());
    let done = anchor.is_some_and(|a| {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        true
    });
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Copies `text` to the clipboard; resolves to false where the browser refuses.
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The text of a file the person chose (read in the page, never uploaded), decoded as the
/// command-line tool decodes it ([`crate::load::text_file::decode`]): UTF-8, or Windows-1252 with a note.
pub async fn read_file(file: web_sys::File) -> Result<crate::load::text_file::Decoded, String> {
    let name = file.name();
    let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| "the file could not be read".to_string())?;
    crate::load::text_file::decode(&name, &bytes).map_err(|p| p.reason)
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Runs `f` once the next frame has been painted (an animation frame, then a task), or at once
/// where there is no window.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return f();
    };
    let task = Closure::once_into_js(f);
    let frame = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        })
    };
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Calls `f` when the browser is next idle (within two seconds at most); soon after, in a
/// browser without `requestIdleCallback`.
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return f();
    };
    let task = Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            let _ = idle.call2(&window, &task, &options);
        }
        None => {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 200);
        }
    }
}

/// Sends the event `name` to the window, for the page's other widgets.
pub fn announce(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// The in-page event sent when anything a person keeps in this browser changed (saved
/// assessments, a kept team), so each list of what is kept, in any widget, reads it again.
pub const KEPT_CHANGED: &str = "role-compare-kept";

/// Calls `follow` whenever this page or another tab changes what is kept (`storage`,
/// [`KEPT_CHANGED`]; a change of this page's ratings reaches the lists through their properties);
/// dropping the listeners stops it.
pub fn on_kept_changed(follow: impl Fn() + 'static) -> Vec<gloo::events::EventListener> {
    let follow = std::rc::Rc::new(follow);
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    ["storage", KEPT_CHANGED]
        .into_iter()
        .map(|event| {
            let follow = follow.clone();
            gloo::events::EventListener::new(&window, event, move |_| follow())
        })
        .collect()
}

/// Whether the browser says this device is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Why the last part of the module did not come, as the parts' loader left it (`TimeoutError`,
/// `status 404`…: scripts/release-files.mjs), read once.
pub fn part_failure() -> crate::state::waits::WaitFailure {
    let global = js_sys::global();
    let said = text_property(&global, "__rcPartFailure");
    let _ = js_sys::Reflect::delete_property(&global, &"__rcPartFailure".into());
    crate::state::waits::WaitFailure::from_browser(&said, online())
}

/// The name of a rejected fetch's error (`TimeoutError`, `TypeError`…), for
/// [`crate::state::waits::WaitFailure::from_browser`].
pub fn error_name(error: &wasm_bindgen::JsValue) -> String {
    text_property(error, "name")
}

/// `value[name]` when it is text, else empty.
fn text_property(value: &wasm_bindgen::JsValue, name: &str) -> String {
    js_sys::Reflect::get(value, &wasm_bindgen::JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
