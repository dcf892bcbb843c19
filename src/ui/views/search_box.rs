//! Find a role level by typing a role, level or skill name (typos forgiven); each hit is a button
//! that adds it. Keyboard: type, Tab to a result, Enter.

use crate::engine::search::{search, MatchedBy};
use crate::ui::context::{use_framework, use_prefix};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub columns: Vec<String>,
    pub full: bool,
    pub on_add: Callback<String>,
    /// The field's label.
    #[prop_or(AttrValue::Static("Find a role level"))]
    pub label: AttrValue,
    /// What a result's button does: "Add" (to the comparison) or "Choose".
    #[prop_or(AttrValue::Static("Add"))]
    pub verb: AttrValue,
    /// Keeps element ids unique when one widget has two search boxes.
    #[prop_or(AttrValue::Static("search"))]
    pub key_name: AttrValue,
    /// What a result already chosen says: "already compared", or "current level".
    #[prop_or(AttrValue::Static("already compared"))]
    pub chosen_word: AttrValue,
    /// Choosing a result empties the box and closes the list (a choice made once, such as the
    /// current level), instead of keeping it open to add more.
    #[prop_or(false)]
    pub close_on_choose: bool,
}

const LIMIT: usize = 8;

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let query = use_state(String::new);
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let hits = {
        let fw = fw.clone();
        use_memo((*query).clone(), move |q| search(&fw, q, LIMIT))
    };
    let input_id = format!("{}-{}", id_prefix, props.key_name);
    let hint_id = format!("{input_id}-hint");
    let status = match (query.trim().is_empty(), hits.len()) {
        (true, _) => String::new(),
        (false, 0) => {
            "No role levels match. Check the spelling, or choose from the list below.".into()
        }
        (false, 1) => "1 role level found".into(),
        (false, n) if n == LIMIT => format!("The {LIMIT} best matches are shown"),
        (false, n) => format!("{n} role levels found"),
    };
    html! {
        <div class="rc-search">
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={input_id.clone()}>{ props.label.clone() }</label>
                <div class="govuk-hint" id={hint_id.clone()}>
                    { format!("Type a role, level or skill, for example \"portfolio\" or \"accessibility\". Then tab to a result and press Enter to {} it.", props.verb.to_lowercase()) }
                </div>
                <input class="govuk-input" id={input_id} type="search" autocomplete="off"
                    spellcheck="false" aria-describedby={hint_id} value={(*query).clone()} oninput={on_input} />
            </div>
            <p class="govuk-body-s rc-search__status" role="status" aria-live="polite">{ status }</p>
            if !hits.is_empty() {
                <ul class="govuk-list rc-search__results" data-rc="search-results">
                    { for hits.iter().filter_map(|hit| {
                        let level = fw.level(&hit.level)?;
                        let name = fw.level_name(level).to_string();
                        let role = fw.role_of(level).name.clone();
                        let why = match &hit.matched_by {
                            MatchedBy::Skill(skill) => format!("{role}, needs {}", fw.skill(skill).map_or(skill.as_str(), |s| s.name.as_str())),
                            _ => role,
                        };
                        let added = props.columns.contains(&level.id);
                        let id = level.id.clone();
                        let on_click = {
                            let (on_add, query, close) = (props.on_add.clone(), query.clone(), props.close_on_choose);
                            Callback::from(move |_: MouseEvent| {
                                if close {
                                    query.set(String::new());
                                }
                                on_add.emit(id.clone());
                            })
                        };
                        Some(html! {
                            <li>
                                <button type="button" class="govuk-button govuk-button--secondary rc-search__result"
                                    onclick={on_click} disabled={added || props.full}>
                                    <span class="govuk-visually-hidden">{ format!("{} ", props.verb) }</span>
                                    { name }
                                    <span class="rc-search__why">{ if added { format!("{why} ({})", props.chosen_word) } else { why } }</span>
                                </button>
                            </li>
                        })
                    }) }
                </ul>
            }
        </div>
    }
}
