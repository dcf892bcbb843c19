//! The switch between the widget's two screens: comparing role levels and exploring career moves.

use crate::state::explore::Screen;
use crate::state::selection::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScreenTabsProps {
    pub screen: Screen,
    pub on_action: Callback<Action>,
}

#[function_component(ScreenTabs)]
pub fn screen_tabs(props: &ScreenTabsProps) -> Html {
    let name = crate::ui::context::use_landmark_name("Role compare views");
    html! {
        <nav class="rc-screens" aria-label={name} data-rc="screens">
            <ul class="rc-screens__list">
                { for Screen::ALL.into_iter().map(|screen| {
                    let current = screen == props.screen;
                    let onclick = props.on_action.reform(move |_: MouseEvent| Action::SetScreen(screen));
                    html! {
                        <li class="rc-screens__item">
                            <button type="button" data-screen={screen.key()}
                                class={classes!("rc-screens__button", current.then_some("rc-screens__button--current"))}
                                aria-current={current.then_some("true")} {onclick}>
                                { screen.label() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
