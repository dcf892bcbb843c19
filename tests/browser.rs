//! Browser tests: the widget mounted in headless Chromium (wasm-bindgen-test), its DOM checked as a user would see it.
#![cfg(target_arch = "wasm32")]

use role_compare::ui::{props_from_host, App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_query(query: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
}

fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// A fresh host element in the page body, with the given attributes.
fn host(attributes: &[(&str, &str)]) -> Element {
    let el = document().create_element("div").unwrap();
    el.set_attribute("data-role-compare", "").unwrap();
    for (name, value) in attributes {
        el.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&el).unwrap();
    el
}

async fn mount(el: &Element, props: AppProps) {
    yew::Renderer::<App>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
}

/// Sets the page's query, then mounts a widget (parameter "rc") into a fresh host element.
async fn widget_at(query: &str, instance: usize) -> Element {
    set_query(query);
    let el = host(&[]);
    mount(&el, props("rc", instance)).await;
    el
}

fn props(param: &str, instance: usize) -> AppProps {
    AppProps {
        param: param.to_string().into(),
        instance,
        attribute_problem: None,
    }
}

fn text(el: &Element, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_deep_link_renders_the_comparison_with_changes_in_words() {
    let el = widget_at(
        "?page=3&rc=senior-digital-portfolio-manager,head-of-portfolio",
        0,
    )
    .await;

    let rows = el.query_selector_all("[data-rc=grid] tbody tr").unwrap();
    assert_eq!(rows.length(), 6);
    let strategic = text(&el, "tr[data-skill=strategic-thinking]");
    assert!(strategic.contains("Working"), "{strategic}");
    assert!(
        strategic.contains("Working → Practitioner (up 1 level)"),
        "{strategic}"
    );
    assert!(text(&el, "tr[data-skill=planning]").contains("Same: Practitioner"));
    let headers = text(&el, "[data-rc=grid] thead");
    assert!(
        headers.contains("Senior digital portfolio manager")
            && headers.contains("Head of portfolio")
    );
    assert!(text(&el, "[data-rc=summary]").contains("3 skills go up a level, 3 stay the same"));
    assert!(text(&el, ".rc-widget__footer").contains("Open Government Licence v3.0"));
    el.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_id_is_named_and_the_rest_of_the_link_loads() {
    let el = widget_at("?rc=head-of-portfolo,senior-digital-portfolio-manager", 1).await;
    let message = text(&el, "[data-rc=unknown-ids]");
    assert!(message.contains("\"head-of-portfolo\""), "{message}");
    assert!(
        message.contains("head-of-portfolio"),
        "closest match offered: {message}"
    );
    assert_eq!(
        el.query_selector_all("[data-rc=grid] thead th")
            .unwrap()
            .length(),
        2
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn picking_a_level_adds_a_column_and_updates_the_link() {
    let el = widget_at("?keep=yes&rc=senior-digital-portfolio-manager", 2).await;
    let select: HtmlSelectElement = el
        .query_selector("select")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("head-of-portfolio");
    let form: HtmlFormElement = el
        .query_selector("form")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    form.request_submit().unwrap();
    yew::scheduler::flush().await;

    assert_eq!(
        el.query_selector_all("[data-rc=grid] tbody tr")
            .unwrap()
            .length(),
        6
    );
    assert_eq!(
        query(),
        "?keep=yes&rc=senior-digital-portfolio-manager,head-of-portfolio"
    );
    assert_eq!(
        select.value(),
        "",
        "the picker is ready for the next choice"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn submitting_without_a_choice_says_what_to_do() {
    let el = widget_at("", 3).await;
    assert!(text(&el, "[data-rc=empty]").contains("No role levels chosen yet"));
    let form: HtmlFormElement = el
        .query_selector("form")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    form.request_submit().unwrap();
    yew::scheduler::flush().await;
    assert!(text(&el, ".govuk-error-message").contains("Choose a role level to add"));
    el.remove();
}

#[wasm_bindgen_test]
async fn remove_and_move_buttons_change_the_columns() {
    let el = widget_at(
        "?rc=digital-portfolio-analyst,digital-portfolio-manager,head-of-portfolio",
        4,
    )
    .await;
    let buttons = el.query_selector_all(".rc-columns__item button").unwrap();
    // Column 3's "Move left" button.
    let move_left: HtmlElement = buttons.item(6).unwrap().dyn_into().unwrap();
    assert!(move_left.text_content().unwrap().starts_with("Move left"));
    move_left.click();
    yew::scheduler::flush().await;
    assert_eq!(
        query(),
        "?rc=digital-portfolio-analyst,head-of-portfolio,digital-portfolio-manager"
    );
    let remove: HtmlElement = el
        .query_selector_all(".rc-columns__item button")
        .unwrap()
        .item(2)
        .unwrap()
        .dyn_into()
        .unwrap();
    remove.click();
    yew::scheduler::flush().await;
    assert_eq!(query(), "?rc=head-of-portfolio,digital-portfolio-manager");
    el.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_own_parameters() {
    set_query("?rc=head-of-portfolio,senior-digital-portfolio-manager&team=content-designer,senior-content-designer");
    let first = host(&[]);
    let second = host(&[("data-param", "team")]);
    mount(&first, props_from_host(&first, 5)).await;
    mount(&second, props_from_host(&second, 6)).await;
    assert!(text(&first, "[data-rc=grid] thead").contains("Head of portfolio"));
    assert!(text(&second, "[data-rc=grid] thead").contains("Senior content designer"));
    assert_ne!(
        first.query_selector("select").unwrap().unwrap().id(),
        second.query_selector("select").unwrap().unwrap().id(),
        "element ids are unique per widget"
    );
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn a_nonsense_attribute_gets_a_clear_message_and_the_widget_still_works() {
    set_query("?rc=head-of-portfolio");
    let el = host(&[("data-param", "no spaces & symbols!")]);
    let props = props_from_host(&el, 7);
    assert_eq!(props.param.as_str(), "rc");
    mount(&el, props).await;
    let warning = text(&el, ".govuk-warning-text");
    assert!(warning.contains("\"no spaces & symbols!\""), "{warning}");
    assert!(text(&el, "[data-rc=grid] thead").contains("Head of portfolio"));
    el.remove();
}
