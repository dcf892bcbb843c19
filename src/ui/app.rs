//! The root component: loads the shared framework, holds the one reducer, keeps the URL in step,
//! and lays out the pickers, the chosen columns, the summary, the grid and the career-move panels.

use super::browser;
use super::framework_store::{self, SharedFramework};
use super::ratings_store::use_ratings;
use super::state::WidgetState;
use super::views::{
    columns::ColumnList, footer::Footer, gap::ComparisonGap, grid::Grid, moves::MovesScreen,
    notices, related::Related, role_picker::RolePicker, screen_tabs::ScreenTabs,
    search_box::SearchBox, shortcuts::Shortcuts, skill_view::SkillView,
    starting_points::StartingPoints, summary::Summary, take_away::Downloads,
    view_controls::ViewControls,
};
use crate::arrange::arrange;
use crate::compare;
use crate::explore::Screen;
use crate::lookup;
use crate::selection::{load_link, read_known_link, Action, Selection};
use crate::url_state::write_link;
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
    /// An organisation's own framework file (JSON) to use instead of the built-in one.
    #[prop_or_default]
    pub framework_json: Option<AttrValue>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo(props.framework_json.clone(), |json| match json {
        Some(json) => framework_store::from_json(json),
        None => framework_store::embedded(),
    });
    let body = match &*loaded {
        Ok(fw) => {
            html! { <Widget fw={fw.clone()} param={props.param.clone()} instance={props.instance} /> }
        }
        Err(problems) => html! {
            <notices::DataProblems own_file={props.framework_json.is_some()}
                problems={problems.iter().map(|p| AttrValue::from(p.to_string())).collect::<Vec<_>>()} />
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

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let fw = props.fw.clone();
    let param = props.param.to_string();
    let state = use_reducer({
        let (fw, param) = (fw.clone(), param.clone());
        move || WidgetState(Selection::default().apply(load_link(&fw, &browser::query(), &param)))
    });

    // Back and forward buttons: reload this widget's state from the URL.
    {
        let dispatcher = state.dispatcher();
        let (fw, param) = (fw.clone(), param.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    dispatcher.dispatch(load_link(&fw, &browser::query(), &param));
                })
            });
            move || drop(listener)
        });
    }

    // The URL follows the state; each change is one history entry. A link that only differs by
    // what could not be used (unknown ids) is left as it is until the user changes something.
    {
        let param = param.clone();
        let fw = fw.clone();
        use_effect_with(state.0.link_state(), move |link| {
            let query = browser::query();
            let current = read_known_link(&fw, &query, &param).0;
            if current != *link {
                browser::push_query(&write_link(&query, &param, link));
            }
        });
    }

    let selection = &state.0;
    let ratings = use_ratings(&fw);
    let screen = selection.explore.screen;

    // Focus moves to the heading when the person switches screens (not when the widget starts).
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        let started = use_mut_ref(|| false);
        use_effect_with(screen, move |_| {
            if *started.borrow() {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
            *started.borrow_mut() = true;
        });
    }
    let comparison = {
        let fw = fw.clone();
        use_memo(selection.columns.clone(), move |columns| {
            let (levels, _) = lookup::levels(&fw, columns);
            Rc::new(compare::compare(&fw, &levels))
        })
    };
    let comparison: Rc<compare::Comparison> = (*comparison).clone();
    let comparison_file = {
        let (fw, comparison) = (fw.clone(), comparison.clone());
        use_memo(selection.columns.clone(), move |_| {
            Rc::new(crate::export::comparison(&fw, &comparison))
        })
    };
    let sections = {
        let (fw, comparison) = (fw.clone(), comparison.clone());
        use_memo(
            (selection.columns.clone(), selection.view),
            move |(_, view)| Rc::new(arrange(&fw, &comparison, *view)),
        )
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let prefix = format!("rc{}", props.instance);
    let columns = Rc::new(selection.columns.clone());
    let full = selection.is_full();

    let tabs = html! { <ScreenTabs screen={screen} on_action={dispatch.clone()} /> };
    let problems = html! {
        if !selection.problems.is_empty() {
            <notices::LinkProblems messages={selection.problems.clone()} on_dismiss={dispatch.reform(|_| Action::DismissProblems)} />
        }
    };
    if screen == Screen::Moves {
        return html! {
            <>
                <h2 class="govuk-heading-l" tabindex="-1" ref={heading}>{ screen.label() }</h2>
                { tabs }
                { problems }
                <MovesScreen fw={fw.clone()} id_prefix={prefix} columns={columns} explore={selection.explore.clone()}
                    ratings={ratings} on_action={dispatch} />
            </>
        };
    }

    html! {
        <>
            <h2 class="govuk-heading-l" tabindex="-1" ref={heading}>{ screen.label() }</h2>
            { tabs }
            { problems }
            <div class="rc-pickers">
                <SearchBox fw={fw.clone()} id_prefix={prefix.clone()} columns={selection.columns.clone()} full={full}
                    on_add={dispatch.reform(Action::Add)} />
                <RolePicker fw={fw.clone()} id_prefix={prefix.clone()} full={full}
                    on_add={dispatch.reform(Action::Add)} on_progression={dispatch.reform(Action::Replace)} />
            </div>
            if selection.columns.is_empty() {
                <StartingPoints on_action={dispatch.clone()} />
            } else {
                <ColumnList fw={fw.clone()} id_prefix={prefix.clone()} columns={columns.clone()} on_action={dispatch.clone()} />
                <Shortcuts fw={fw.clone()} columns={columns.clone()} full={full} on_action={dispatch.clone()} />
            }
            <Summary fw={fw.clone()} comparison={comparison.clone()} />
            if !selection.columns.is_empty() {
                <ViewControls id_prefix={prefix.clone()} view={selection.view} comparison={comparison.clone()} on_action={dispatch.clone()} />
                <Grid fw={fw.clone()} comparison={comparison} sections={(*sections).clone()} id_prefix={prefix.clone()} />
                <div data-rc="comparison-downloads"><Downloads doc={(*comparison_file).clone()} what="this comparison" /></div>
                if selection.columns.len() > 1 {
                    <ComparisonGap fw={fw.clone()} id_prefix={prefix.clone()} columns={columns.clone()} explore={selection.explore.clone()} on_action={dispatch.clone()} />
                }
                <Related fw={fw.clone()} level={selection.columns[0].clone()} columns={selection.columns.clone()} full={full} on_action={dispatch.clone()} />
            }
            <SkillView fw={fw.clone()} id_prefix={prefix} skill={selection.skill.clone()} columns={selection.columns.clone()} full={full} on_action={dispatch} />
        </>
    }
}
