//! The empty state: a few useful comparisons to start from.

use crate::engine::moves::starting_points;
use crate::state::selection::Action;
use crate::ui::context::use_framework;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartingPointsProps {
    pub on_action: Callback<Action>,
}

#[function_component(StartingPoints)]
pub fn starting_points_view(props: &StartingPointsProps) -> Html {
    let fw = &use_framework();
    let points = use_memo(fw.clone(), |fw| starting_points(fw));
    html! {
        <div class="rc-start" data-rc="empty">
            <p class="govuk-body">
                { "No role levels chosen yet. Find or choose two or more above, or start from one of these:" }
            </p>
            <ul class="govuk-list">
                { for points.iter().map(|(label, ids)| {
                    let ids = ids.clone();
                    let on_click = props.on_action.reform(move |_: MouseEvent| Action::Replace(ids.clone()));
                    html! {
                        <li><button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onclick={on_click}>{ label.clone() }</button></li>
                    }
                }) }
            </ul>
        </div>
    }
}
