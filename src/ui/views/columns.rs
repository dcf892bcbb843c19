//! The chosen columns, each with buttons to move it left or right or remove it (keyboard and mouse alike).

use crate::selection::Action;
use crate::ui::framework_store::SharedFramework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColumnListProps {
    pub fw: SharedFramework,
    pub columns: Rc<Vec<String>>,
    pub on_action: Callback<Action>,
}

#[function_component(ColumnList)]
pub fn column_list(props: &ColumnListProps) -> Html {
    if props.columns.is_empty() {
        return html! {};
    }
    let count = props.columns.len();
    let button = |label: &'static str, name: &str, action: Action, enabled: bool| {
        let on_click = props.on_action.reform(move |_: MouseEvent| action.clone());
        html! {
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_click} disabled={!enabled}>
                { label }<span class="govuk-visually-hidden">{ format!(": {name}") }</span>
            </button>
        }
    };
    html! {
        <>
            <h3 class="govuk-heading-s rc-columns-heading">{ format!("Chosen role levels ({count} of 6)") }</h3>
            <ol class="rc-columns">
                { for props.columns.iter().enumerate().filter_map(|(i, id)| {
                    let level = props.fw.level(id)?;
                    let name = props.fw.level_name(level).to_string();
                    let role = props.fw.role_of(level).name.clone();
                    Some(html! {
                        <li class="rc-columns__item">
                            <strong>{ name.clone() }</strong>
                            <span class="rc-grid__level-role">{ role }</span>
                            <div class="rc-columns__actions">
                                { button("Move left", &name, Action::MoveLeft(i), i > 0) }
                                { button("Move right", &name, Action::MoveRight(i), i + 1 < count) }
                                { button("Remove", &name, Action::Remove(i), true) }
                            </div>
                        </li>
                    })
                }) }
            </ol>
        </>
    }
}
