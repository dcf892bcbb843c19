//! Shortcuts: the next level up of the last column, every level of its role, swap the order, clear.

use crate::state::selection::Action;
use crate::ui::context::use_framework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShortcutsProps {
    pub columns: Rc<Vec<String>>,
    pub full: bool,
    pub on_action: Callback<Action>,
}

#[function_component(Shortcuts)]
pub fn shortcuts(props: &ShortcutsProps) -> Html {
    let fw = &use_framework();
    let Some(last) = props.columns.last().and_then(|id| fw.level(id)) else {
        return html! {};
    };
    let role = fw.role_of(last);
    let next = fw
        .next_level(last)
        .filter(|n| !props.columns.contains(&n.id));
    let button = |label: String, action: Action, enabled: bool| {
        let on_click = props.on_action.reform(move |_: MouseEvent| action.clone());
        html! {
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_click} disabled={!enabled}>{ label }</button>
        }
    };
    html! {
        <div class="govuk-button-group rc-shortcuts" data-rc="shortcuts">
            if let Some(next) = next {
                { button(format!("Add the next level up: {}", fw.level_name(next)), Action::Add(next.id.clone()), !props.full) }
            }
            if role.levels.len() > 1 {
                { button(format!("All levels of {}", role.name), Action::Replace(role.levels.clone()), true) }
            }
            if props.columns.len() > 1 {
                { button(if props.columns.len() == 2 { "Swap the columns".into() } else { "Reverse the order".into() }, Action::Reverse, true) }
            }
            { button("Clear all".into(), Action::Clear, true) }
        </div>
    }
}
