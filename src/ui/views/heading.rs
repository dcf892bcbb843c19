//! Headings that fit the host page's outline: the widget's top heading is at the level the host
//! chose (`heading-level`, 2 by default) and every heading inside follows below it. HTML stops at
//! `h6`: a heading deeper than that is an `h6` whose `aria-level` (7, 8…) tells assistive
//! technology its true depth, so the outline stays distinguishable.

use yew::prelude::*;

/// The level of the widget's top heading, shared through context.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HeadingLevel(pub u8);

impl Default for HeadingLevel {
    fn default() -> HeadingLevel {
        HeadingLevel(2)
    }
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 0 for the widget's top heading, 1 for a section below it, 2 below that.
    pub depth: u8,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Focusable by script (for focus management), not by Tab.
    #[prop_or_default]
    pub focusable: bool,
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Heading)]
pub fn heading(props: &HeadingProps) -> Html {
    let base = use_context::<HeadingLevel>().unwrap_or_default().0;
    let level = base.saturating_add(props.depth);
    let tag = format!("h{}", level.min(6));
    let aria_level = (level > 6).then(|| AttrValue::from(level.to_string()));
    html! {
        <@{tag} class={props.class.clone()} id={props.id.clone()} aria-level={aria_level}
            tabindex={props.focusable.then_some("-1")} ref={props.node_ref.clone()}>
            { props.children.clone() }
        </@>
    }
}
