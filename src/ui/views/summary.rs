//! One sentence per neighbouring pair of columns, announced politely to screen readers when it changes.

use crate::engine::compare::Comparison;
use crate::ui::context::use_framework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub comparison: Rc<Comparison>,
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let fw = &use_framework();
    let (fw, cmp) = (fw, &props.comparison);
    html! {
        <div class="rc-summary" aria-live="polite" data-rc="summary">
            if !cmp.pairs.is_empty() {
                <div class="govuk-inset-text">
                    { for cmp.pairs.iter().map(|pair| html! {
                        <p class="govuk-body">
                            <strong>{ cmp.pair_names(fw, pair) }</strong>
                            { format!(": {}.", pair.describe()) }
                        </p>
                    }) }
                </div>
            }
        </div>
    }
}
