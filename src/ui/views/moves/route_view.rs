//! Stepping stones to a level far away: choose the far level, see the cheapest routes of up to
//! three moves as a list (what screen readers read) and as a ladder drawn in SVG (the same content,
//! hidden from screen readers), each move one click from the comparison.

use super::super::take_away::Downloads;
use crate::engine::routes::{Route, RoutePlan};
use crate::framework::wording;
use crate::state::selection::Action;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::framework_store::SharedFramework;
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RouteViewProps {
    pub route_to: Option<String>,
    /// The routes from the current level, when a far level is chosen.
    pub plan: Option<Rc<RoutePlan>>,
    pub on_action: Callback<Action>,
}

#[function_component(RouteView)]
pub fn route_view(props: &RouteViewProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let select_id = format!("{}-route-to", id_prefix);
    let onchange = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetRouteTo((!value.is_empty()).then_some(value))
    });
    let name = |id: &str| fw.level_name_of(id);
    html! {
        <section class="rc-routes" data-rc="routes">
            <Heading depth={1} class="govuk-heading-m">{ "Stepping stones to a level further away" }</Heading>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={select_id.clone()}>{ "Plan routes to" }</label>
                <div class="govuk-hint" id={format!("{select_id}-hint")}>
                    { RoutePlan::RULE }
                </div>
                <select class="govuk-select" id={select_id.clone()} aria-describedby={format!("{select_id}-hint")} {onchange}>
                    <option value="" selected={props.route_to.is_none()}>{ "Choose a role level" }</option>
                    { for fw.roles.iter().map(|role| html! {
                        <optgroup label={role.name.clone()}>
                            { for fw.levels_of(role).map(|l| html! {
                                <option value={l.id.clone()} selected={props.route_to.as_deref() == Some(l.id.as_str())}>{ fw.level_name(l).to_string() }</option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </div>
            <p class="govuk-body" role="status" data-rc="route-summary">{ props.plan.as_ref().map(|p| p.summary()).unwrap_or_default() }</p>
            if let Some(plan) = &props.plan {
                if plan.routes.is_empty() && plan.from != plan.to {
                    <p class="govuk-body">{ plan.none_found() }</p>
                }
                <ol class="govuk-list rc-routes__list" data-rc="route-list">
                    { for plan.routes.iter().enumerate().map(|(i, route)| html! {
                        <li class="rc-routes__route">
                            <Heading depth={2} class="govuk-heading-s">{ format!("Route {}: {} in {}", i + 1, wording::steps(route.total_steps), wording::count(route.steps.len(), "move", "moves")) }</Heading>
                            <div class="rc-routes__body">
                                <ol class="govuk-list govuk-list--number rc-routes__moves">
                                    { for route.steps.iter().map(|step| {
                                        let (from, to) = (step.from.clone(), step.to.clone());
                                        let onclick = props.on_action.reform(move |_: MouseEvent| Action::CompareMove(from.clone(), to.clone()));
                                        html! {
                                            <li>
                                                { format!("{} to {}: {}", name(&step.from), name(&step.to), wording::steps(step.steps)) }
                                                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 rc-routes__compare" {onclick}>
                                                    { "Compare" }
                                                    <span class="govuk-visually-hidden">{ format!(" {} with {}", name(&step.from), name(&step.to)) }</span>
                                                </button>
                                            </li>
                                        }
                                    }) }
                                </ol>
                                { diagram(fw, route) }
                            </div>
                        </li>
                    }) }
                </ol>
                if !plan.routes.is_empty() {
                    <Downloads make={{
                        let (fw, plan) = (fw.clone(), plan.clone());
                        Callback::from(move |_| crate::output::export::routes(&fw, &plan))
                    }} what="these routes" />
                }
            }
        </section>
    }
}

/// The route as a ladder: the start at the bottom, each stop a box above it, each move an arrow
/// with its steps. Drawn with HTML boxes and borders (not SVG text, which cannot wrap), so long
/// names and the reader's own text spacing wrap inside the boxes, and the lines keep their meaning
/// in forced colours and on paper. Hidden from screen readers: the list beside it says the same.
fn diagram(fw: &SharedFramework, route: &Route) -> Html {
    let name = |id: &str| fw.level_name_of(id);
    let last = route.steps.len();
    html! {
        <ol class="rc-route-diagram" aria-hidden="true" data-rc="route-diagram">
            { for route.steps.iter().enumerate().rev().map(|(i, step)| html! {
                <>
                    <li class={classes!("rc-route-diagram__stop", (i + 1 == last).then_some("rc-route-diagram__stop--target"))}>
                        { name(&step.to) }
                    </li>
                    <li class="rc-route-diagram__move">
                        <span class="rc-route-diagram__cost">{ wording::steps(step.steps) }</span>
                    </li>
                </>
            }) }
            <li class="rc-route-diagram__stop">{ name(&route.steps[0].from) }</li>
        </ol>
    }
}
