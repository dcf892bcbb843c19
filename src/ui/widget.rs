//! One widget once its framework is loaded: holds the one reducer, keeps the link in step
//! (`link_sync`), asks for focus after actions that take away the control used (`focus`), and
//! lays out the comparison screen or the career-move screen.

use super::browser;
use super::context::use_prefix;
use super::focus::{use_focus_after, After};
use super::framework_store::SharedFramework;
use super::later::{
    ComparisonDownloads, ComparisonGapProps, CopyLink, Later, MovesScreenProps, RelatedProps,
    SkillViewProps, TeamScreenProps, GAP, MOVES, RELATED, SKILL_VIEW, TEAM,
};
use super::link_sync::{starting_state, use_link_sync, writes_url};
use super::state::WidgetState;
use super::views::{
    columns::ColumnList, grid::Grid, notices, role_picker::RolePicker, screen_tabs::ScreenTabs,
    search_box::SearchBox, shortcuts::Shortcuts, starting_points::StartingPoints, summary::Summary,
    view_controls::ViewControls,
};
use crate::engine::arrange::arrange;
use crate::engine::compare;
use crate::engine::lookup;
use crate::state::explore::Screen;
use crate::state::options::EmbedOptions;
use crate::state::page_memory::SharedPageMemory;
use crate::state::selection::{Action, Selection};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

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
pub struct WidgetProps {
    pub fw: SharedFramework,
    pub options: Rc<EmbedOptions>,
    pub options_first: bool,
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let fw = props.fw.clone();
    let options = props.options.clone();
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

    // The widget's heading: link_sync listens for Back and Forward only while it is in the page.
    let heading = use_node_ref();
    use_link_sync(&state, &fw, &options, &heading);
    // What the person types or loads on the screens (name, evidence, a team) is held here, above
    // them: a screen that unmounts leaves it behind for when the person comes back.
    let memory = (*use_memo((), |_| SharedPageMemory::default())).clone();

    let selection = &state.0;
    let screen = selection.explore.screen;

    // Focus moves to the heading when the person switches screens (not when the widget starts).
    let prefix = use_prefix();
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
    if screen == Screen::Team {
        return html! {
            <>
                <Heading depth={0} class="govuk-heading-l" focusable=true node_ref={heading}>{ screen.label() }</Heading>
                { tabs }
                { problems }
                <Later<TeamScreenProps> part={&TEAM} props={TeamScreenProps {
                    by_gaps: selection.explore.team_by_gaps, people: selection.explore.team_people, on_action: dispatch,
                    memory,
                }} />
            </>
        };
    }
    if screen == Screen::Moves {
        return html! {
            <>
                <Heading depth={0} class="govuk-heading-l" focusable=true node_ref={heading}>{ screen.label() }</Heading>
                { tabs }
                { problems }
                <Later<MovesScreenProps> part={&MOVES} props={MovesScreenProps {
                    columns, explore: selection.explore.clone(), linkable: write_url, on_action: dispatch,
                    memory,
                }} />
            </>
        };
    }

    html! {
        <>
            <Heading depth={0} class="govuk-heading-l" focusable=true node_ref={heading}>{ screen.label() }</Heading>
            { tabs }
            { problems }
            <div class="rc-pickers">
                <SearchBox columns={selection.columns.clone()} full={full}
                    on_add={callbacks.add_from_search.clone()} />
                <RolePicker full={full} limit={selection.limit}
                    on_add={callbacks.add.clone()} on_progression={callbacks.replace.clone()} />
            </div>
            if selection.columns.is_empty() {
                <StartingPoints on_action={dispatch.clone()} />
            } else {
                <ColumnList columns={columns.clone()} limit={selection.limit} on_action={dispatch.clone()} />
                <Shortcuts columns={columns.clone()} full={full} on_action={dispatch.clone()} />
            }
            <Summary comparison={comparison.clone()} />
            if !selection.columns.is_empty() {
                <ViewControls view={selection.view} comparison={comparison.clone()} on_action={dispatch.clone()} />
                <Grid comparison={comparison.clone()} sections={(*sections).clone()} />
                <ComparisonDownloads comparison={comparison} />
                if write_url {
                    <CopyLink />
                }
                if selection.columns.len() > 1 && painted {
                    <Later<ComparisonGapProps> part={&GAP} props={ComparisonGapProps {
                        columns: columns.clone(), explore: selection.explore.clone(), on_action: dispatch.clone(),
                    }} />
                }
                if !options.compact && painted {
                    <Later<RelatedProps> part={&RELATED} props={RelatedProps {
                        level: selection.columns[0].clone(), columns: selection.columns.clone(), full, on_action: dispatch.clone(),
                    }} />
                }
            }
            if !options.compact && painted {
                <Later<SkillViewProps> part={&SKILL_VIEW} props={SkillViewProps {
                    skill: selection.skill.clone(), columns: selection.columns.clone(), full, on_action: dispatch,
                }} />
            }
        </>
    }
}
