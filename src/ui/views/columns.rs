//! The chosen columns, each with buttons to move it left or right or remove it (keyboard and mouse
//! alike). Focus follows the column a keyboard user moved, and lands on the list's heading after a
//! removal, so it is never lost.

use crate::state::selection::Action;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::focus::focus_by_id;
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColumnListProps {
    pub columns: Rc<Vec<String>>,
    /// Most columns this widget compares.
    pub limit: usize,
    pub on_action: Callback<Action>,
}

#[function_component(ColumnList)]
pub fn column_list(props: &ColumnListProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    // (request number, element id): focused after the next render.
    let pending_focus = use_state(|| (0u32, String::new()));
    let block = use_node_ref();
    {
        let block = block.clone();
        use_effect_with(pending_focus.clone(), move |pending| {
            if let (false, Some(block)) = (pending.1.is_empty(), block.cast::<web_sys::Element>()) {
                focus_by_id(&block, &pending.1);
            }
        });
    }
    if props.columns.is_empty() {
        return html! {};
    }
    let count = props.columns.len();
    let heading_id = format!("{}-columns-heading", id_prefix);
    let button_id = |level: &str, what: &str| format!("{}-{level}-{what}", id_prefix);
    let button = |label: &'static str, what: &'static str, i: usize, enabled: bool| {
        let id = &props.columns[i];
        let name = fw
            .level(id)
            .map(|l| fw.level_name(l).to_string())
            .unwrap_or_default();
        let (action, focus_after) = match what {
            "left" => (
                Action::MoveLeft(i),
                if i == 1 {
                    button_id(id, "right")
                } else {
                    button_id(id, "left")
                },
            ),
            "right" => (
                Action::MoveRight(i),
                if i + 2 == count {
                    button_id(id, "left")
                } else {
                    button_id(id, "right")
                },
            ),
            _ => (Action::Remove(i), heading_id.clone()),
        };
        let (on_action, pending_focus) = (props.on_action.clone(), pending_focus.clone());
        let on_click = Callback::from(move |_: MouseEvent| {
            on_action.emit(action.clone());
            pending_focus.set((pending_focus.0 + 1, focus_after.clone()));
        });
        html! {
            <button type="button" id={button_id(id, what)} class="govuk-button govuk-button--secondary" onclick={on_click} disabled={!enabled}>
                { label }<span class="govuk-visually-hidden">{ format!(": {name}") }</span>
            </button>
        }
    };
    html! {
        <div class="rc-columns-block" ref={block}>
            <Heading depth={1} class="govuk-heading-s rc-columns-heading" id={AttrValue::from(heading_id.clone())} focusable=true>
                { format!("Chosen role levels ({count} of {})", props.limit) }
            </Heading>
            <ol class="rc-columns">
                { for props.columns.iter().enumerate().filter_map(|(i, id)| {
                    let level = fw.level(id)?;
                    Some(html! {
                        <li class="rc-columns__item" key={id.clone()}>
                            <strong>{ fw.level_name(level).to_string() }</strong>
                            <span class="rc-grid__level-role">{ fw.role_of(level).name.clone() }</span>
                            <div class="rc-columns__actions">
                                { button("Move left", "left", i, i > 0) }
                                { button("Move right", "right", i, i + 1 < count) }
                                { button("Remove", "remove", i, true) }
                            </div>
                        </li>
                    })
                }) }
            </ol>
        </div>
    }
}
