//! The root component: loads the shared framework, holds the one reducer, keeps the URL in step,
//! and lays out the picker, the chosen columns, the summary and the grid.

use super::browser;
use super::framework_store::{self, SharedFramework};
use super::state::WidgetState;
use super::views::{
    columns::ColumnList, footer::Footer, grid::Grid, notices, picker::Picker, summary::Summary,
};
use crate::compare;
use crate::lookup;
use crate::selection::Action;
use crate::url_state::{read_ids, write_ids};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// What the host element asked for.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The query parameter that holds this widget's state.
    pub param: AttrValue,
    /// 0 for the first widget on the page, 1 for the next…: keeps element ids unique.
    pub instance: usize,
    /// A message about a host attribute that could not be used.
    #[prop_or_default]
    pub attribute_problem: Option<AttrValue>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| framework_store::embedded());
    let body = match &*loaded {
        Ok(fw) => {
            html! { <Widget fw={fw.clone()} param={props.param.clone()} instance={props.instance} /> }
        }
        Err(problems) => html! {
            <notices::DataProblems problems={problems.iter().map(|p| AttrValue::from(p.to_string())).collect::<Vec<_>>()} />
        },
    };
    html! {
        <div class="rc-widget">
            if let Some(problem) = &props.attribute_problem {
                <notices::Warning text={problem.clone()} />
            }
            { body }
            <Footer />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    fw: SharedFramework,
    param: AttrValue,
    instance: usize,
}

/// The action that loads the link in `query`: known ids become columns, unknown ones are reported.
fn load_from(fw: &SharedFramework, query: &str, param: &str) -> Action {
    let (known, unknown): (Vec<String>, Vec<String>) = read_ids(query, param)
        .into_iter()
        .partition(|id| fw.level(id).is_some());
    Action::Load { known, unknown }
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let fw = props.fw.clone();
    let param = props.param.to_string();
    let state = use_reducer({
        let (fw, param) = (fw.clone(), param.clone());
        move || WidgetState::default().reduce_now(load_from(&fw, &browser::query(), &param))
    });

    // Back and forward buttons: reload this widget's parameter from the URL.
    {
        let dispatcher = state.dispatcher();
        let (fw, param) = (fw.clone(), param.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    dispatcher.dispatch(load_from(&fw, &browser::query(), &param));
                })
            });
            move || drop(listener)
        });
    }

    // The URL follows the columns; each change is one history entry.
    {
        let (fw, param) = (fw.clone(), param.clone());
        use_effect_with(state.0.columns.clone(), move |columns| {
            let query = browser::query();
            if let Action::Load { known, .. } = load_from(&fw, &query, &param) {
                if known != *columns {
                    browser::push_query(&write_ids(&query, &param, columns));
                }
            }
        });
    }

    let comparison = {
        let fw = fw.clone();
        use_memo(state.0.columns.clone(), move |columns| {
            let (levels, _) = lookup::levels(&fw, columns);
            compare::compare(&fw, &levels)
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let unknown: Vec<AttrValue> = state
        .0
        .unknown
        .iter()
        .map(|id| match lookup::level(&fw, id) {
            Err(e) => AttrValue::from(e.describe("role level")),
            Ok(_) => AttrValue::from(id.clone()),
        })
        .collect();
    let prefix = format!("rc{}", props.instance);

    html! {
        <>
            <h2 class="govuk-heading-l">{ "Compare role levels" }</h2>
            if !unknown.is_empty() {
                <notices::UnknownIds messages={unknown} on_dismiss={dispatch.reform(|_| Action::DismissUnknown)} />
            }
            <Picker fw={fw.clone()} id_prefix={prefix.clone()} full={state.0.is_full()} on_add={dispatch.reform(Action::Add)} />
            <ColumnList fw={fw.clone()} columns={Rc::new(state.0.columns.clone())} on_action={dispatch.clone()} />
            <Summary fw={fw.clone()} comparison={comparison.clone()} />
            <Grid fw={fw.clone()} comparison={comparison} id_prefix={prefix} />
        </>
    }
}

impl WidgetState {
    /// Applies an action outside the reducer hook (for the initial state).
    fn reduce_now(self, action: Action) -> WidgetState {
        WidgetState(self.0.apply(action))
    }
}
