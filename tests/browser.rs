//! Browser tests: the widget mounted in headless Chromium (wasm-bindgen-test), driven through its
//! DOM and checked as a user would see it.
#![cfg(target_arch = "wasm32")]

use role_compare::ui::{props_from_host, props_from_options, App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
};

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

/// The page's query once the widget has written it: each change's history entry follows the
/// frame that shows it.
async fn link() -> String {
    after_next_paint().await;
    query()
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

/// The built-in framework, handed over as `role-compare.js` does before it mounts a widget (here
/// whole, with its texts: the split into a core and a texts file is tested end to end).
fn provide_built_in() {
    role_compare::ui::provide_built_in_framework(
        "https://example.invalid/role-compare-framework.json".into(),
        Some(include_str!("../data/framework.json").into()),
        None,
        false,
        None,
        None,
        None,
    );
}

async fn mount(el: &Element, props: AppProps) {
    provide_built_in();
    yew::Renderer::<App>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    // The panels below the comparison render once the first frame has been painted.
    after_next_paint().await;
    yew::scheduler::flush().await;
}

/// Resolves after the next animation frame and a task, as the widget's second render waits.
async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        role_compare::ui::browser::after_next_paint(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Sets the page's query, then mounts a widget (parameter "rc") into a fresh host element.
async fn widget_at(query: &str, instance: usize) -> Element {
    set_query(query);
    let el = host(&[]);
    // Every test widget keeps its state in the link, whatever its instance number.
    let props = props_from_options(&[("write-url".into(), "true".into())], instance, None);
    mount(&el, props).await;
    el
}

fn find<T: JsCast>(el: &Element, selector: &str) -> T {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap_or_else(|_| panic!("{selector} is not the expected element"))
}

fn text(el: &Element, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// The text of `selector` once `ready` holds for it, waiting a frame at a time (at most 100): parts
/// worked out after the frame that shows a change (related roles) fill in a little later.
async fn text_once(el: &Element, selector: &str, ready: impl Fn(&str) -> bool) -> String {
    for _ in 0..100 {
        let now = text(el, selector);
        if ready(&now) {
            return now;
        }
        after_next_paint().await;
        yew::scheduler::flush().await;
    }
    text(el, selector)
}

fn count(el: &Element, selector: &str) -> u32 {
    el.query_selector_all(selector).unwrap().length()
}

/// The button whose text contains `label`, clicked; then rendering finishes.
async fn click(el: &Element, label: &str) {
    let buttons = el.query_selector_all("button").unwrap();
    let button: HtmlElement = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("no button says {label}"))
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
}

/// Picks `value` in the select matching `selector`, as a user does, then lets rendering finish.
async fn choose(el: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(el, selector);
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_deep_link_renders_the_comparison_with_changes_in_words() {
    let el = widget_at(
        "?page=3&rc=senior-digital-portfolio-manager,head-of-portfolio",
        0,
    )
    .await;
    assert_eq!(count(&el, "[data-rc=grid] tr[data-skill]"), 6);
    let strategic = text(&el, "tr[data-skill=strategic-thinking]");
    assert!(
        strategic.contains("Working → Practitioner (up 1 level)"),
        "{strategic}"
    );
    assert!(
        strategic.contains("2 of 4") && strategic.contains("3 of 4"),
        "{strategic}"
    );
    assert!(text(&el, "tr[data-skill=planning]").contains("Same: Practitioner"));
    let headers = text(&el, "[data-rc=grid] thead");
    assert!(
        headers.contains("Senior digital portfolio manager")
            && headers.contains("Head of portfolio")
    );
    assert!(text(&el, "[data-rc=summary]").contains("3 skills go up a level, 3 stay the same"));
    assert!(text(&el, "[data-rc=grid]").contains("Needed by all 2 role levels (6)"));
    assert!(text(&el, ".rc-widget__footer").contains("Open Government Licence v3.0"));
    el.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_id_is_named_and_the_rest_of_the_link_loads() {
    let el = widget_at(
        "?rc=head-of-portfolo,senior-digital-portfolio-manager&rc-filter=bogus",
        1,
    )
    .await;
    let message = text(&el, "[data-rc=link-problems]");
    assert!(message.contains("\"head-of-portfolo\""), "{message}");
    assert!(message.contains("closest: head-of-portfolio"), "{message}");
    assert!(message.contains("\"bogus\""), "{message}");
    assert_eq!(count(&el, "[data-rc=grid] thead th"), 2);
    click(&el, "Dismiss this message").await;
    assert_eq!(count(&el, "[data-rc=link-problems]"), 0);
    el.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_role_then_a_level_adds_a_column_and_updates_the_link() {
    let el = widget_at("?keep=yes&rc=senior-digital-portfolio-manager", 2).await;
    choose(&el, "#rc2-role", "digital-portfolio-manager").await;
    let levels: HtmlSelectElement = find(&el, "#rc2-level");
    let options: Vec<String> = (0..levels.length())
        .filter_map(|i| levels.item(i))
        .map(|o| o.text_content().unwrap())
        .collect();
    assert_eq!(
        options,
        [
            "Digital portfolio analyst",
            "Digital portfolio manager",
            "Senior digital portfolio manager",
            "Head of portfolio"
        ]
    );
    levels.set_value("head-of-portfolio");
    find::<HtmlFormElement>(&el, ".rc-picker")
        .request_submit()
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(count(&el, "[data-rc=grid] tr[data-skill]"), 6);
    assert_eq!(
        link().await,
        "?keep=yes&rc=senior-digital-portfolio-manager,head-of-portfolio"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn typing_with_a_typo_finds_levels_and_a_result_adds_a_column() {
    let el = widget_at("?rc=senior-digital-portfolio-manager", 3).await;
    let input: HtmlInputElement = find(&el, "#rc3-search");
    input.set_value("head portfolo");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let results = text(&el, "[data-rc=search-results]");
    assert!(results.contains("Head of portfolio"), "{results}");
    assert!(text(&el, ".rc-search__status").contains("found"));
    click(&el, "Head of portfolio").await;
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,head-of-portfolio"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn remove_move_swap_and_next_level_change_the_columns() {
    let el = widget_at("?rc=digital-portfolio-analyst,digital-portfolio-manager", 4).await;
    click(
        &el,
        "Add the next level up: Senior digital portfolio manager",
    )
    .await;
    assert_eq!(
        link().await,
        "?rc=digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager"
    );
    let move_left: HtmlElement = el
        .query_selector_all(".rc-columns__item button")
        .unwrap()
        .item(6)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(move_left.text_content().unwrap().starts_with("Move left"));
    move_left.click();
    yew::scheduler::flush().await;
    assert_eq!(
        link().await,
        "?rc=digital-portfolio-analyst,senior-digital-portfolio-manager,digital-portfolio-manager"
    );
    click(&el, "Reverse the order").await;
    assert_eq!(
        link().await,
        "?rc=digital-portfolio-manager,senior-digital-portfolio-manager,digital-portfolio-analyst"
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
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,digital-portfolio-analyst"
    );
    click(&el, "All levels of Digital portfolio manager").await;
    assert_eq!(count(&el, "[data-rc=grid] thead th"), 5);
    click(&el, "Clear all").await;
    assert_eq!(link().await, "");
    assert!(text(&el, "[data-rc=empty]").contains("No role levels chosen yet"));
    el.remove();
}

#[wasm_bindgen_test]
async fn filters_and_order_change_the_rows_and_the_link() {
    let el = widget_at("?rc=senior-digital-portfolio-manager,head-of-portfolio", 5).await;
    choose(&el, "#rc5-filter", "changes").await;
    assert_eq!(count(&el, "[data-rc=grid] tr[data-skill]"), 3);
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-filter=changes"
    );
    choose(&el, "#rc5-filter", "differences").await;
    assert_eq!(count(&el, "[data-rc=grid] tr[data-skill]"), 0);
    assert!(text(&el, "[data-rc=no-rows]").contains("No skills match this filter"));
    choose(&el, "#rc5-filter", "all").await;
    choose(&el, "#rc5-order", "name").await;
    assert!(text(&el, "[data-rc=grid]").contains("All skills, A to Z (6)"));
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-sort=name"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_cell_shows_its_statements_with_the_added_ones_marked() {
    let el = widget_at("?rc=senior-digital-portfolio-manager,head-of-portfolio", 6).await;
    let cells = el
        .query_selector_all("tr[data-skill=strategic-thinking] td")
        .unwrap();
    let second: Element = cells.item(1).unwrap().dyn_into().unwrap();
    let summary = text(&second, "summary");
    assert!(summary.contains("new"), "{summary}");
    assert_eq!(
        count(&second, "li"),
        0,
        "the statements are built when the disclosure is first opened"
    );
    // Open both columns' disclosures, as a person would.
    for i in 0..2 {
        let cell: Element = cells.item(i).unwrap().dyn_into().unwrap();
        let summary: web_sys::HtmlElement = cell
            .query_selector("summary")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        summary.click();
    }
    // The toggle event is queued as a task after the click.
    after_next_paint().await;
    yew::scheduler::flush().await;
    assert!(count(&second, "li[data-added=true]") > 0);
    assert!(text(&second, "li[data-added=true]").contains("Added"));
    assert!(
        count(&second, "li[data-removed=true]") > 0,
        "statements dropped since the previous column are listed"
    );
    let first: Element = cells.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(
        count(&first, "li[data-added=true]"),
        0,
        "the first column has nothing to compare with"
    );
    let header = text(&el, "[data-rc=grid] thead th:nth-child(3)");
    assert!(
        header.contains("At this role level, you will"),
        "level description one click away: {header}"
    );
    assert!(
        header.contains("Level4 of 4"),
        "its place on the ladder: {header}"
    );
    assert!(
        header.contains("Order of levelsConfirmed from a published page"),
        "{header}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_single_statement_is_counted_in_the_singular() {
    let el = widget_at("?rc=data-scientist,data-engineer", 19).await;
    let summary = text(
        &el,
        "tr[data-skill=data-innovation] td:nth-child(3) summary",
    );
    assert_eq!(
        summary.split_whitespace().collect::<Vec<_>>().join(" "),
        "You can: 1 statement (Data innovation, Data engineer)",
        "a new skill has nothing to compare with; the name says which cell it opens"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn related_roles_and_the_skill_view_add_columns() {
    let el = widget_at("?rc=senior-digital-portfolio-manager", 7).await;
    let related = text_once(&el, "[data-rc=related]", |t| {
        !t.contains("Loading the similar skills")
    })
    .await;
    assert!(
        related.contains("Roles that share skills with Digital portfolio manager"),
        "the first column's role: {related}"
    );
    assert!(
        related.contains("Content strategist") && related.contains("Strategic thinking"),
        "{related}"
    );
    let strategist = text(&el, "[data-rc=related] tr[data-role=content-strategist]");
    assert!(
        strategist.contains("shares 3 of 6 skills; 3 skills to learn, 3 to raise; 14 steps"),
        "the move's size: {strategist}"
    );
    click(&el, "Add Content strategist").await;
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,content-strategist"
    );
    click(&el, "Add Senior content designer").await;
    assert!(
        link().await.ends_with(",senior-content-designer"),
        "the closest level in skills and seniority"
    );
    choose(&el, "#rc7-skill", "agile-working").await;
    assert!(link().await.ends_with("&rc-skill=agile-working"));
    let skill_view = text(&el, "[data-rc=skill-view]");
    assert!(
        skill_view.contains("role levels need Agile working"),
        "{skill_view}"
    );
    assert!(skill_view.contains("Head of portfolio"));
    el.remove();
}

#[wasm_bindgen_test]
async fn a_starting_point_and_a_chief_role_show_honestly() {
    let el = widget_at("", 8).await;
    click(&el, "Senior digital portfolio manager to Head of portfolio").await;
    assert_eq!(
        link().await,
        "?rc=senior-digital-portfolio-manager,head-of-portfolio"
    );
    el.remove();
    let el = widget_at("?rc=chief-data-officer,chief-technology-officer", 9).await;
    assert!(text(&el, "[data-rc=grid] tbody").contains("Skill level not set"));
    assert!(text(&el, "[data-rc=grid] tbody").contains("Required in both; skill level not set"));
    el.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_own_parameters() {
    set_query("?rc=head-of-portfolio,senior-digital-portfolio-manager&team=content-designer,senior-content-designer");
    // The first widget of a page keeps its state in the link (said here, as this test page has
    // mounted others before); a widget with a parameter of its own does too.
    let first = host(&[("data-write-url", "true")]);
    let second = host(&[("data-param", "team")]);
    mount(&first, props_from_host(&first, 10)).await;
    mount(&second, props_from_host(&second, 11)).await;
    assert!(text(&first, "[data-rc=grid] thead").contains("Head of portfolio"));
    assert!(text(&second, "[data-rc=grid] thead").contains("Senior content designer"));
    assert_ne!(
        find::<Element>(&first, "select").id(),
        find::<Element>(&second, "select").id()
    );
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn a_nonsense_attribute_gets_a_clear_message_and_the_widget_still_works() {
    set_query("?rc=head-of-portfolio");
    let el = host(&[
        ("data-param", "no spaces & symbols!"),
        ("data-write-url", "true"),
    ]);
    let props = props_from_host(&el, 12);
    assert_eq!(props.options.param.as_str(), "rc");
    mount(&el, props).await;
    let warning = text(&el, ".govuk-warning-text");
    assert!(warning.contains("\"no spaces & symbols!\""), "{warning}");
    assert!(text(&el, "[data-rc=grid] thead").contains("Head of portfolio"));
    el.remove();
}

/// A page element holding a framework file, as an intranet page would embed its own.
fn framework_script(id: &str, json: &str) -> Element {
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_attribute("id", id).unwrap();
    script.set_text_content(Some(json));
    document().body().unwrap().append_child(&script).unwrap();
    script
}

const OWN_FRAMEWORK: &str = r#"{"schema": 1,
  "source": {"title": "Our framework", "attribution": "Ours", "licence_url": "https://example.org/our-licence"},
  "families": [{"id": "ops", "name": "Operations", "roles": ["fixer"]}],
  "roles": [{"id": "fixer", "name": "Fixer", "family": "ops", "description": ["Fixes things."],
             "levels": ["junior-fixer", "senior-fixer"], "level_order": {"status": "confirmed", "notes": ""}}],
  "levels": [
    {"id": "junior-fixer", "name": "Junior fixer", "role": "fixer", "description": null, "order_source": "inferred",
     "skills": [{"skill": "mending", "level": "working"}]},
    {"id": "senior-fixer", "name": "Senior fixer", "role": "fixer", "description": null, "order_source": "inferred",
     "skills": [{"skill": "mending", "level": "expert"}]}],
  "skills": [{"id": "mending", "name": "Mending", "description": null,
              "levels": [null, ["You can:", ["mend"]], null, ["You can:", ["mend anything"]]]}]}"#;

#[wasm_bindgen_test]
async fn an_organisations_own_framework_in_the_page_is_used() {
    let script = framework_script("our-framework", OWN_FRAMEWORK);
    set_query("?rc=junior-fixer,senior-fixer");
    let el = host(&[
        ("data-framework", "our-framework"),
        ("data-write-url", "true"),
    ]);
    mount(&el, props_from_host(&el, 13)).await;
    assert!(text(&el, "tr[data-skill=mending]").contains("Working → Expert (up 2 levels)"));
    assert!(text(&el, "#rc13-role").contains("Fixer"));
    assert_eq!(
        text(&el, "[data-rc=credit]"),
        "Source: Our framework. Ours Read the licence.",
        "the footer credits the framework in use"
    );
    el.remove();

    set_query("?other=1");
    let el = host(&[
        ("data-framework", "our-framework"),
        ("data-write-url", "true"),
    ]);
    mount(&el, props_from_host(&el, 22)).await;
    let start = text(&el, "[data-rc=empty]");
    assert!(start.contains("Every level of Fixer"), "{start}");
    assert!(
        !start.contains("portfolio"),
        "no official suggestions: {start}"
    );
    click(&el, "Every level of Fixer").await;
    assert_eq!(link().await, "?other=1&rc=junior-fixer,senior-fixer");
    el.remove();
    script.remove();
}

#[wasm_bindgen_test]
async fn a_broken_framework_file_is_reported_with_each_problems_place() {
    let broken = OWN_FRAMEWORK.replace(
        r#"{"skill": "mending", "level": "expert"}"#,
        r#"{"skill": "mendng", "level": "expert"}"#,
    );
    let script = framework_script("broken-framework", &broken);
    set_query("");
    let el = host(&[("data-framework", "#broken-framework")]);
    mount(&el, props_from_host(&el, 14)).await;
    let problems = text(&el, "[data-rc=data-problems]");
    assert!(
        problems.contains("This page's framework file could not be used"),
        "{problems}"
    );
    assert!(
        problems.contains("$.levels[1].skills[0].skill: no skill has the id \"mendng\""),
        "{problems}"
    );
    el.remove();
    script.remove();

    let script = framework_script("not-json", "{ this is not json");
    let el = host(&[("data-framework", "not-json")]);
    mount(&el, props_from_host(&el, 15)).await;
    assert!(text(&el, "[data-rc=data-problems]").contains("line 1, column 3"));
    el.remove();
    script.remove();
}

#[wasm_bindgen_test]
async fn a_framework_attribute_naming_nothing_falls_back_with_a_message() {
    set_query("?rc=head-of-portfolio");
    let el = host(&[("data-framework", "nowhere"), ("data-write-url", "true")]);
    mount(&el, props_from_host(&el, 16)).await;
    assert!(text(&el, ".govuk-warning-text").contains("no element with that id"));
    assert!(text(&el, "[data-rc=grid] thead").contains("Head of portfolio"));
    el.remove();
}

#[wasm_bindgen_test]
async fn the_move_from_the_first_to_the_last_column_lists_the_exact_gap() {
    let el = widget_at("?rc=senior-digital-portfolio-manager,head-of-portfolio", 17).await;
    let gap = text(&el, "[data-rc=gap]");
    assert!(
        gap.contains("Moving from Senior digital portfolio manager to Head of portfolio"),
        "{gap}"
    );
    assert!(
        gap.contains("0 skills to learn, 3 to raise: 3 steps in all."),
        "{gap}"
    );
    assert!(
        gap.contains("Strategic thinking: Working → Practitioner (up 1 level)"),
        "{gap}"
    );
    assert!(gap.contains("Already at the level needed (3)"), "{gap}");
    el.remove();

    let el = widget_at(
        "?rc=senior-digital-portfolio-manager,senior-content-designer",
        18,
    )
    .await;
    let gap = text(&el, "[data-rc=gap]");
    assert!(gap.contains("Skills to learn (6)"), "{gap}");
    assert!(
        gap.contains(
            "Agile working (content design): to Practitioner (you have Agile working at Awareness)"
        ),
        "{gap}"
    );
    assert!(gap.contains("No longer needed (6)"), "{gap}");
    el.remove();
}

#[wasm_bindgen_test]
async fn the_moves_screen_shows_the_next_level_ranked_moves_and_an_open_gap() {
    let el = widget_at(
        "?rc=digital-portfolio-manager&rc-view=moves&rc-target=content-strategist",
        19,
    )
    .await;
    assert_eq!(text(&el, "h2"), "Explore career moves");
    let moves = text(&el, "[data-rc=moves]");
    assert!(
        moves.contains("Senior digital portfolio manager"),
        "{moves}"
    );
    let first = text(&el, "tr[data-target=content-strategist]");
    assert!(
        first.contains("shares 3 of 6 skills; 3 skills to learn, 3 to raise; 16 steps"),
        "{first}"
    );
    let gap = text(&el, "[data-rc=move-gap]");
    assert!(
        gap.contains("What it takes: from Digital portfolio manager to Content strategist"),
        "{gap}"
    );
    assert!(
        gap.contains("3 skills to learn, 3 to raise: 16 steps in all."),
        "{gap}"
    );
    click(&el, "Compare side by side").await;
    assert_eq!(
        link().await,
        "?rc=digital-portfolio-manager,content-strategist&rc-target=content-strategist"
    );
    assert_eq!(text(&el, "h2"), "Compare role levels");
    assert_eq!(count(&el, "[data-rc=grid] thead th"), 3);
    el.remove();
}

#[wasm_bindgen_test]
async fn host_options_set_the_columns_screen_heading_level_and_limit() {
    set_query("?other=1");
    let el = host(&[
        (
            "data-columns",
            "digital-portfolio-manager, head-of-portfolio,nope",
        ),
        ("data-max-columns", "2"),
        ("data-heading-level", "3"),
        ("data-write-url", "false"),
        ("data-compact", "true"),
        ("data-colour", "red"),
    ]);
    mount(&el, props_from_host(&el, 20)).await;
    assert_eq!(
        text(&el, "h3"),
        "Compare role levels",
        "the top heading is at the host's level"
    );
    assert!(count(&el, "h2") == 0);
    assert_eq!(count(&el, "[data-rc=grid] thead th"), 3);
    assert!(text(&el, ".rc-columns-heading").contains("(2 of 2)"));
    let warning = text(&el, ".govuk-warning-text");
    assert!(warning.contains("no option called \"colour\""), "{warning}");
    let problems = text(&el, "[data-rc=link-problems]");
    assert!(problems.contains("\"nope\""), "{problems}");
    assert_eq!(
        count(&el, "[data-rc=related]"),
        0,
        "compact leaves out related roles"
    );
    click(&el, "Swap the columns").await;
    assert_eq!(
        link().await,
        "?other=1",
        "a widget told not to write the link leaves it alone"
    );
    el.remove();

    set_query("?rc=head-of-portfolio");
    let el = host(&[("data-view", "moves"), ("data-write-url", "true")]);
    mount(&el, props_from_host(&el, 21)).await;
    assert_eq!(text(&el, "h2"), "Explore career moves");
    assert!(text(&el, "[data-rc=current-level]").contains("Head of portfolio"));
    el.remove();
}
