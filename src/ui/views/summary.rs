//! One sentence per neighbouring pair of columns, announced politely to screen readers when it changes.

use crate::compare::Comparison;
use crate::ui::framework_store::SharedFramework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub fw: SharedFramework,
    pub comparison: Rc<Comparison>,
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let name = |i: usize| {
        props
            .fw
            .level(&props.comparison.columns[i])
            .map(|l| props.fw.level_name(l).to_string())
            .unwrap_or_default()
    };
    html! {
        <div class="rc-summary" aria-live="polite" data-rc="summary">
            if !props.comparison.pairs.is_empty() {
                <div class="govuk-inset-text">
                    { for props.comparison.pairs.iter().map(|pair| html! {
                        <p class="govuk-body">
                            <strong>{ format!("{} → {}", name(pair.left), name(pair.left + 1)) }</strong>
                            { format!(": {}.", pair.describe()) }
                        </p>
                    }) }
                </div>
            }
        </div>
    }
}
