//! The root component: loads the shared framework, holds the one reducer, keeps the URL in step,
//! and lays out the pickers, the chosen columns, the summary, the grid and the career-move panels.

use super::browser;
use super::focus::{use_focus_after, After};
use super::framework_store::{self, SharedFramework};
use super::ratings_store::use_ratings;
use super::state::WidgetState;
use super::views::{
    columns::ColumnList,
    footer::Footer,
    framework_file::FrameworkFile,
    gap::ComparisonGap,
    grid::Grid,
    moves::MovesScreen,
    notices,
    related::Related,
    role_picker::RolePicker,
    screen_tabs::ScreenTabs,
    search_box::SearchBox,
    shortcuts::Shortcuts,
    skill_view::SkillView,
    starting_points::StartingPoints,
    summary::Summary,
    take_away::{CopyLink, Downloads},
    view_controls::ViewControls,
};
use crate::engine::arrange::arrange;
use crate::engine::compare;
use crate::engine::lookup;
use crate::framework::Framework;
use crate::state::explore::Screen;
use crate::state::options::{host_columns, EmbedOptions};
use crate::state::selection::{load_link, read_known_link, Action, Selection};
use crate::state::url_state::LinkState;
use crate::state::url_state::{read_param, write_link};
use crate::ui::views::heading::{Heading, HeadingLevel};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// What the host asked for.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// 0 for the first widget on the page, 1 for the next…: keeps element ids unique.
    pub instance: usize,
    /// The host's options (attributes or `mount` options), already checked.
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
    /// Messages about host options that could not be used.
    #[prop_or_default]
    pub problems: Vec<AttrValue>,
    /// An organisation's own framework file (JSON) to use instead of the built-in one.
    #[prop_or_default]
    pub framework_json: Option<AttrValue>,
    /// The address of an organisation's own framework file, fetched once per page.
    #[prop_or_default]
    pub framework_url: Option<AttrValue>,
    /// The host's columns and screen replace those in the link (after `update`).
    #[prop_or_default]
    pub options_first: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let given = use_memo(props.framework_json.clone(), |json| match json {
        Some(text) => framework_store::from_text("the page's framework", text),
        None => framework_store::embedded(),
    });
    // A framework from an address, with the address it came from: a load for an address the
    // host has since replaced (`update`) is dropped when it arrives.
    let loaded_from = use_state(|| None::<(AttrValue, framework_store::Loaded)>);
    {
        let loaded_from = loaded_from.clone();
        use_effect_with(props.framework_url.clone(), move |url| {
            if let Some(url) = url {
                let (loaded_from, url) = (loaded_from.clone(), url.clone());
                framework_store::load(&url.clone(), move |loaded| {
                    loaded_from.set(Some((url, loaded)));
                });
            }
        });
    }
    let remote = loaded_from
        .as_ref()
        .filter(|(url, _)| Some(url) == props.framework_url.as_ref())
        .map(|(_, loaded)| loaded.clone());
    // A framework file the person chose in the widget, and what to say about the last one chosen.
    let chosen = use_state(|| None::<SharedFramework>);
    let chosen_problems = use_state(Vec::<String>::new);

    let mut messages: Vec<String> = props.problems.iter().map(|p| p.to_string()).collect();
    let loading = props.framework_url.is_some() && remote.is_none();
    let loaded: Result<SharedFramework, (bool, Vec<crate::framework::Problem>)> =
        match (&*chosen, &remote, &props.framework_url) {
            (Some(fw), _, _) => Ok(fw.clone()),
            (None, Some(Ok(fw)), _) => Ok(fw.clone()),
            (None, Some(Err(problems)), Some(url)) => {
                messages.push(format!(
                "The framework at {url} could not be used, so the built-in framework is shown: {}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
                framework_store::embedded().map_err(|p| (false, p))
            }
            _ => (*given)
                .clone()
                .map_err(|p| (props.framework_json.is_some(), p)),
        };
    let on_file = {
        let (chosen, chosen_problems) = (chosen.clone(), chosen_problems.clone());
        Callback::from(
            move |(name, text): (String, Result<crate::load::text_file::Decoded, String>)| {
                let mut note = None;
                let checked = text
                    .map_err(|reason| vec![crate::framework::Problem::new(name.clone(), reason)])
                    .and_then(|decoded| {
                        note = decoded.note;
                        framework_store::from_text(&name, &decoded.text)
                    });
                match checked {
                    Ok(fw) => {
                        chosen.set(Some(fw));
                        let mut said = vec![format!("Showing the framework in {name}.")];
                        said.extend(note);
                        chosen_problems.set(said);
                    }
                    Err(problems) => {
                        let mut said = vec![format!(
                            "{name} was not used, so the framework already shown stays: {}.",
                            crate::framework::wording::count(problems.len(), "problem", "problems")
                        )];
                        said.extend(problems.iter().map(ToString::to_string));
                        chosen_problems.set(said);
                    }
                }
            },
        )
    };
    // A framework from a file the person chose cannot travel in a link: the widget stops reading
    // and writing it (so the page's link is not reported as unknown levels, and "Copy link" is not
    // offered), says so, and offers the way back.
    let from_file = chosen.is_some();
    let widget_options = use_memo(
        (props.options.clone(), from_file),
        |(options, from_file)| {
            if *from_file {
                Rc::new(EmbedOptions {
                    write_url: Some(false),
                    columns: Vec::new(),
                    ..(**options).clone()
                })
            } else {
                options.clone()
            }
        },
    );
    let back_to_page_framework = {
        let (chosen, chosen_problems) = (chosen.clone(), chosen_problems.clone());
        let own = props.framework_url.is_some() || props.framework_json.is_some();
        Callback::from(move |_: MouseEvent| {
            chosen.set(None);
            chosen_problems.set(vec![if own {
                "Showing this page's framework again.".to_string()
            } else {
                "Showing the built-in framework again.".to_string()
            }]);
        })
    };
    let file_note = from_file.then(|| {
        let again = if props.framework_url.is_some() || props.framework_json.is_some() {
            "Use this page's framework again"
        } else {
            "Use the built-in framework again"
        };
        html! {
            <div class="govuk-inset-text rc-file-note" data-rc="file-framework-note">
                <p class="govuk-body">{ "This view shows a framework from a file you chose. A link cannot carry a file, so this view is not kept in the page's link and cannot be shared as one." }</p>
                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-rc="framework-again" onclick={back_to_page_framework}>
                    { again }
                </button>
            </div>
        }
    });
    let body = match &loaded {
        _ if loading => html! {
            <p class="govuk-body" role="status" data-rc="framework-loading">
                { format!("Loading the framework from {}…", props.framework_url.clone().unwrap_or_default()) }
            </p>
        },
        Ok(fw) => html! {
            <Widget key={fw.0.as_ref() as *const _ as usize} fw={fw.clone()} options={(*widget_options).clone()} instance={props.instance} options_first={props.options_first} />
        },
        Err((own_file, problems)) => html! {
            <notices::DataProblems own_file={*own_file}
                problems={problems.iter().map(|p| AttrValue::from(p.to_string())).collect::<Vec<_>>()} />
        },
    };
    html! {
        <ContextProvider<HeadingLevel> context={HeadingLevel(props.options.heading_level)}>
            <div class={classes!("rc-widget", props.options.compact.then_some("rc-widget--compact"))}>
                if !messages.is_empty() {
                    <notices::Warning text={AttrValue::from(messages.join(" "))} />
                }
                { for file_note }
                { body }
                <FrameworkFile id_prefix={format!("rc{}", props.instance)} on_file={on_file} messages={(*chosen_problems).clone()} />
                <Footer source={loaded.as_ref().ok().map(|fw| fw.source.clone())} />
            </div>
        </ContextProvider<HeadingLevel>>
    }
}

/// False for the widget's first render, true once that has been painted: the panels below the
/// comparison (gap, related roles, skill view) render then, so the comparison shows sooner and
/// start-up is two shorter tasks instead of one long one (issue 10).
#[hook]
fn use_first_paint_done() -> bool {
    let done = use_state(|| false);
    {
        let done = done.clone();
        use_effect_with((), move |_| {
            browser::after_next_paint(move || done.set(true))
        });
    }
    *done
}

/// The widget's callbacks, made once.
struct StableCallbacks {
    /// Dispatches an action; one that takes away the control used asks for focus (`super::focus`).
    dispatch: Callback<Action>,
    /// The search box's results: focus goes back to the search box.
    add_from_search: Callback<String>,
    /// The role picker's buttons, which stay where they are: focus stays on them.
    add: Callback<String>,
    replace: Callback<Vec<String>>,
    dismiss: Callback<()>,
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    fw: SharedFramework,
    options: Rc<EmbedOptions>,
    instance: usize,
    options_first: bool,
}

/// Whether a widget keeps its state in the page's link: as the host (or the embedding code, see
/// `ui::embed`) said; yes where nobody said.
fn writes_url(options: &EmbedOptions) -> bool {
    options.write_url.unwrap_or(true)
}

/// The state a widget starts in: its link when it keeps one, with the host's columns and screen
/// where the link names none. With `options_first`, the host's columns and screen win over the
/// link's.
fn starting_state(fw: &Framework, options: &EmbedOptions, options_first: bool) -> Action {
    let query = if writes_url(options) {
        browser::query()
    } else {
        String::new()
    };
    let (mut state, problems) = read_known_link(fw, &query, &options.param, options.max_columns);
    if (state.columns.is_empty() || options_first) && !options.columns.is_empty() {
        let (known, unknown) = host_columns(fw, &options.columns);
        state.columns = known;
        let mut problems = problems;
        problems.extend(unknown);
        if let Some(screen) = options.view {
            state.explore.screen = screen;
        }
        return Action::Load { state, problems };
    }
    let link_view = read_param(&query, &format!("{}-view", options.param));
    if let (Some(screen), true) = (options.view, link_view.is_none() || options_first) {
        state.explore.screen = screen;
    }
    Action::Load { state, problems }
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let fw = props.fw.clone();
    let options = props.options.clone();
    let param = options.param.clone();
    let limit = options.max_columns;
    let write_url = writes_url(&options);
    let state = use_reducer({
        let (fw, options, first) = (fw.clone(), options.clone(), props.options_first);
        move || {
            WidgetState(
                Selection::with_limit(options.max_columns)
                    .apply(starting_state(&fw, &options, first)),
            )
        }
    });

    // The host changed options (`update`, or an attribute of <role-compare>): change what they
    // change, and keep the person's other choices.
    {
        let dispatcher = state.dispatcher();
        let current = state.0.link_state();
        let fw = fw.clone();
        let before = use_mut_ref(|| options.clone());
        use_effect_with(options.clone(), move |after| {
            let before = before.replace(after.clone());
            if before.max_columns != after.max_columns {
                dispatcher.dispatch(Action::SetLimit(after.max_columns));
            }
            if before.columns != after.columns && !after.columns.is_empty() {
                let (columns, problems) = host_columns(&fw, &after.columns);
                let state = LinkState { columns, ..current };
                dispatcher.dispatch(Action::Load { state, problems });
            }
            if let (Some(screen), true) = (after.view, before.view != after.view) {
                dispatcher.dispatch(Action::SetScreen(screen));
            }
        });
    }

    // Back and forward buttons: reload this widget's state from the URL.
    {
        let dispatcher = state.dispatcher();
        let (fw, param) = (fw.clone(), param.clone());
        // Listens again when the host changes the parameter or the most columns (`update`).
        use_effect_with(
            (write_url, param.clone(), limit),
            move |(writes, param, limit)| {
                let (param, limit) = (param.clone(), *limit);
                let listener = (*writes).then(web_sys::window).flatten().map(|window| {
                    EventListener::new(&window, "popstate", move |_| {
                        dispatcher.dispatch(load_link(&fw, &browser::query(), &param, limit));
                    })
                });
                move || drop(listener)
            },
        );
    }

    // The URL follows the state; each change is one history entry. A link that only differs by
    // what could not be used (unknown ids) is left as it is until the user changes something.
    {
        let param = param.clone();
        let fw = fw.clone();
        use_effect_with((state.0.link_state(), write_url), move |(link, writes)| {
            if *writes {
                let query = browser::query();
                let current = read_known_link(&fw, &query, &param, limit).0;
                if current != *link {
                    browser::push_query(&write_link(&query, &param, link));
                }
            }
        });
    }

    let selection = &state.0;
    let ratings = use_ratings(&fw);
    let screen = selection.explore.screen;

    // Focus moves to the heading when the person switches screens (not when the widget starts).
    let heading = use_node_ref();
    let prefix = format!("rc{}", props.instance);
    let focus = use_focus_after(
        heading.clone(),
        prefix.clone(),
        !selection.columns.is_empty(),
    );
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
            Rc::new(crate::output::export::comparison(&fw, &comparison))
        })
    };
    let sections = {
        let (fw, comparison) = (fw.clone(), comparison.clone());
        use_memo(
            (selection.columns.clone(), selection.view),
            move |(_, view)| Rc::new(arrange(&fw, &comparison, *view)),
        )
    };
    // The same callbacks on every render, so children whose other props did not change are not
    // rendered again (a new callback each time re-rendered every panel on every change).
    let callbacks = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let plain = Callback::from(move |action: Action| dispatcher.dispatch(action));
            let dispatch = {
                let (plain, focus) = (plain.clone(), focus.clone());
                Callback::from(move |action: Action| {
                    match action {
                        Action::Add(_) | Action::Replace(_) | Action::Remove(_) => {
                            focus.request(After::ChosenLevels)
                        }
                        Action::Clear => focus.request(After::SearchBox),
                        _ => {}
                    }
                    plain.emit(action)
                })
            };
            let add_from_search = {
                let (plain, focus) = (plain.clone(), focus.clone());
                Callback::from(move |id: String| {
                    focus.request(After::SearchBox);
                    plain.emit(Action::Add(id))
                })
            };
            StableCallbacks {
                add_from_search,
                add: plain.reform(Action::Add),
                replace: plain.reform(Action::Replace),
                dismiss: plain.reform(|_| Action::DismissProblems),
                dispatch,
            }
        })
    };
    let dispatch = callbacks.dispatch.clone();
    let painted = use_first_paint_done();
    let columns = Rc::new(selection.columns.clone());
    let full = selection.is_full();

    let tabs = html! { <ScreenTabs screen={screen} on_action={dispatch.clone()} /> };
    let problems = html! {
        if !selection.problems.is_empty() {
            <notices::LinkProblems messages={selection.problems.clone()} on_dismiss={callbacks.dismiss.clone()} />
        }
    };
    if screen == Screen::Moves {
        return html! {
            <>
                <Heading depth={0} class="govuk-heading-l" focusable=true node_ref={heading}>{ screen.label() }</Heading>
                { tabs }
                { problems }
                <MovesScreen fw={fw.clone()} id_prefix={prefix} columns={columns} explore={selection.explore.clone()} linkable={write_url}
                    ratings={ratings} on_action={dispatch} />
            </>
        };
    }

    html! {
        <>
            <Heading depth={0} class="govuk-heading-l" focusable=true node_ref={heading}>{ screen.label() }</Heading>
            { tabs }
            { problems }
            <div class="rc-pickers">
                <SearchBox fw={fw.clone()} id_prefix={prefix.clone()} columns={selection.columns.clone()} full={full}
                    on_add={callbacks.add_from_search.clone()} />
                <RolePicker fw={fw.clone()} id_prefix={prefix.clone()} full={full} limit={selection.limit}
                    on_add={callbacks.add.clone()} on_progression={callbacks.replace.clone()} />
            </div>
            if selection.columns.is_empty() {
                <StartingPoints fw={fw.clone()} on_action={dispatch.clone()} />
            } else {
                <ColumnList fw={fw.clone()} id_prefix={prefix.clone()} columns={columns.clone()} limit={selection.limit} on_action={dispatch.clone()} />
                <Shortcuts fw={fw.clone()} columns={columns.clone()} full={full} on_action={dispatch.clone()} />
            }
            <Summary fw={fw.clone()} comparison={comparison.clone()} />
            if !selection.columns.is_empty() {
                <ViewControls id_prefix={prefix.clone()} view={selection.view} comparison={comparison.clone()} on_action={dispatch.clone()} />
                <Grid fw={fw.clone()} comparison={comparison} sections={(*sections).clone()} id_prefix={prefix.clone()} />
                <div data-rc="comparison-downloads"><Downloads doc={(*comparison_file).clone()} what="this comparison" /></div>
                if write_url {
                    <CopyLink />
                }
                if selection.columns.len() > 1 && painted {
                    <ComparisonGap fw={fw.clone()} id_prefix={prefix.clone()} columns={columns.clone()} explore={selection.explore.clone()} on_action={dispatch.clone()} />
                }
                if !options.compact && painted {
                    <Related fw={fw.clone()} level={selection.columns[0].clone()} columns={selection.columns.clone()} full={full} on_action={dispatch.clone()} />
                }
            }
            if !options.compact && painted {
                <SkillView fw={fw.clone()} id_prefix={prefix} skill={selection.skill.clone()} columns={selection.columns.clone()} full={full} on_action={dispatch} />
            }
        </>
    }
}
