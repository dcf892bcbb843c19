//! Yew's view of the domain reducer: [`crate::state::selection::Selection`] as a `Reducible`.

use crate::state::selection::{Action, Selection};
use std::rc::Rc;
use yew::Reducible;

/// The widget's state: exactly the domain selection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WidgetState(pub Selection);

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(WidgetState(self.0.apply(action)))
    }
}
