//! A team wider than ten people is shown ten at a time: which people the grid shows, and the
//! buttons to the previous and next ten ("Next people: 11 to 20", "Next person: 61"). A button
//! that goes once the first or last ten are shown hands focus to the other one, never to the
//! page's <body>.

use crate::state::team_view::{page_label, shown_label, TeamAction, PEOPLE_AT_ONCE};
use std::ops::Range;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamPagesProps {
    /// The positions the grid shows.
    pub shown: Range<usize>,
    /// How many people there are.
    pub of: usize,
    pub dispatch: Callback<TeamAction>,
}

#[function_component(TeamPages)]
pub fn team_pages(props: &TeamPagesProps) -> Html {
    let (previous_ref, next_ref) = (use_node_ref(), use_node_ref());
    // Which button was pressed (true: next).
    let pressed = use_mut_ref(|| None::<bool>);
    {
        let (previous_ref, next_ref, pressed) =
            (previous_ref.clone(), next_ref.clone(), pressed.clone());
        use_effect_with(props.shown.start, move |_| {
            let focus = match pressed.borrow_mut().take() {
                Some(true) if next_ref.get().is_none() => previous_ref,
                Some(false) if previous_ref.get().is_none() => next_ref,
                _ => return,
            };
            if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let page_to = |to: usize, next: bool| {
        let (dispatch, pressed) = (props.dispatch.clone(), pressed.clone());
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = Some(next);
            dispatch.emit(TeamAction::ShowFrom(to));
        })
    };
    let shown = &props.shown;
    let previous = shown.start.saturating_sub(PEOPLE_AT_ONCE)..shown.start;
    let next = shown.end..(shown.end + PEOPLE_AT_ONCE).min(props.of);
    html! {
        <div class="rc-team__pages" data-rc="team-pages">
            <p class="govuk-body" role="status" data-rc="team-shown">{ shown_label(shown, props.of) }</p>
            <div class="govuk-button-group">
                if shown.start > 0 {
                    <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-previous" ref={previous_ref}
                        onclick={page_to(previous.start, false)}>
                        { page_label("Previous", &previous) }
                    </button>
                }
                if shown.end < props.of {
                    <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-next" ref={next_ref}
                        onclick={page_to(next.start, true)}>
                        { page_label("Next", &next) }
                    </button>
                }
            </div>
        </div>
    }
}
