//! How to show the rows: which to keep, in what order, and whether variants sit under their base.

use crate::engine::arrange::{filter_counts, RowFilter, RowOrder, ViewOptions};
use crate::engine::compare::Comparison;
use crate::state::selection::Action;
use crate::ui::context::use_prefix;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewControlsProps {
    pub view: ViewOptions,
    pub comparison: Rc<Comparison>,
    pub on_action: Callback<Action>,
}

#[function_component(ViewControls)]
pub fn view_controls(props: &ViewControlsProps) -> Html {
    let id_prefix = use_prefix();
    let filter_id = format!("{}-filter", id_prefix);
    let order_id = format!("{}-order", id_prefix);
    let variants_id = format!("{}-variants", id_prefix);
    let on_filter = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetFilter(RowFilter::from_key(&value).unwrap_or_default())
    });
    let on_order = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetOrder(RowOrder::from_key(&value).unwrap_or_default())
    });
    let on_variants = props.on_action.reform(|e: Event| {
        Action::SetGroupVariants(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let view = props.view;
    html! {
        <div class="rc-controls" data-rc="controls">
            <div class="govuk-form-group rc-controls__item">
                <label class="govuk-label govuk-label--s" for={filter_id.clone()}>{ "Show" }</label>
                <select class="govuk-select" id={filter_id} onchange={on_filter}>
                    { for filter_counts(&props.comparison).into_iter().map(|(filter, count)| html! {
                        <option value={filter.key()} selected={filter == view.filter}>{ format!("{} ({count})", filter.label()) }</option>
                    }) }
                </select>
            </div>
            <div class="govuk-form-group rc-controls__item">
                <label class="govuk-label govuk-label--s" for={order_id.clone()}>{ "Order" }</label>
                <select class="govuk-select" id={order_id} onchange={on_order}>
                    <option value={RowOrder::BySharing.key()} selected={view.order == RowOrder::BySharing}>{ "By how many columns need the skill" }</option>
                    <option value={RowOrder::ByName.key()} selected={view.order == RowOrder::ByName}>{ "By skill name, A to Z" }</option>
                </select>
            </div>
            <div class="govuk-form-group rc-controls__item">
                <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                        <input class="govuk-checkboxes__input" id={variants_id.clone()} type="checkbox"
                            checked={view.group_variants} onchange={on_variants} />
                        <label class="govuk-label govuk-checkboxes__label" for={variants_id}>
                            { "Group skill variants under their base skill" }
                        </label>
                    </div>
                </div>
            </div>
        </div>
    }
}
