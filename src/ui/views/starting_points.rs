//! The empty state: a few useful comparisons to start from.

use crate::moves::STARTING_POINTS;
use crate::selection::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartingPointsProps {
    pub on_action: Callback<Action>,
}

#[function_component(StartingPoints)]
pub fn starting_points(props: &StartingPointsProps) -> Html {
    html! {
        <div class="rc-start" data-rc="empty">
            <p class="govuk-body">
                { "No role levels chosen yet. Find or choose two or more above, or start from one of these:" }
            </p>
            <ul class="govuk-list">
                { for STARTING_POINTS.iter().map(|(label, ids)| {
                    let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
                    let on_click = props.on_action.reform(move |_: MouseEvent| Action::Replace(ids.clone()));
                    html! {
                        <li><button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onclick={on_click}>{ *label }</button></li>
                    }
                }) }
            </ul>
        </div>
    }
}
