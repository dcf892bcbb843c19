//! The few browser calls the widget needs: the page's query string and its history.

/// The current `location.search` ("" when unavailable).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
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
