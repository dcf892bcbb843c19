//! A column's header: the level and role names, and the role and level descriptions one click away.

use crate::framework::{Block, Level, Text};
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, waiting};
use yew::prelude::*;

/// Paragraph runs as paragraphs and bullet lists as lists.
pub fn text(text: &Text) -> Html {
    html! {
        { for text.0.iter().map(|block| match block {
            Block::Paragraphs(p) => html! {
                { for p.split("\n\n").map(str::trim).filter(|s| !s.is_empty()).map(|s| html! { <p class="govuk-body-s">{ s.to_string() }</p> }) }
            },
            Block::Bullets(items) => html! {
                <ul class="govuk-list govuk-list--bullet govuk-body-s">{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
            },
        }) }
    }
}

/// One row of a GOV.UK summary list.
fn fact(key: &'static str, value: String) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ key }</dt>
            <dd class="govuk-summary-list__value">{ value }</dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ColumnHeaderProps {
    pub level: String,
}

#[function_component(ColumnHeader)]
pub fn column_header(props: &ColumnHeaderProps) -> Html {
    let fw = &use_framework();
    let texts = use_texts();
    let Some(level): Option<&Level> = fw.level(&props.level) else {
        return html! {};
    };
    // The descriptions come with the framework's texts: asked for when "About" is opened.
    let pending = fw.texts_pending();
    let ontoggle = {
        let want = texts.want.clone();
        Callback::from(move |_: Event| {
            if pending {
                want.emit(());
            }
        })
    };
    let role = fw.role_of(level);
    let name = fw.level_name(level).to_string();
    let order_note = (!role.level_order.is_certain()).then(|| {
        format!(
            "How the order of {}'s levels was worked out: {}",
            role.name, role.level_order.notes
        )
    });
    let family = fw
        .family(&role.family)
        .map(|f| f.name.clone())
        .unwrap_or_default();
    let position = match role.levels.iter().position(|id| *id == level.id) {
        _ if level.is_unlevelled() => "No levels published".to_string(),
        Some(i) => format!("{} of {}", i + 1, role.levels.len()),
        None => "Not listed by its role".to_string(),
    };
    let order = role.level_order.describe().to_string();
    html! {
        <>
            { name.clone() }
            <span class="rc-grid__level-role">{ role.name.clone() }</span>
            <details class="govuk-details rc-header__details" {ontoggle}>
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">
                        { "About" }<span class="govuk-visually-hidden">{ format!(" {name}") }</span>
                    </span>
                </summary>
                <div class="govuk-details__text">
                    <dl class="govuk-summary-list govuk-summary-list--no-border rc-facts">
                        { fact("Family", family) }
                        { fact("Role", role.name.clone()) }
                        { fact("Level", position) }
                        { fact("Order of levels", order) }
                    </dl>
                    if pending {
                        { waiting(&texts, "descriptions") }
                    } else if let Some(description) = &level.description {
                        { text(description) }
                    } else {
                        <p class="govuk-body-s">{ "The framework publishes no levels for this Senior Civil Service role, and no skill levels." }</p>
                    }
                    if !pending {
                        <p class="govuk-body-s"><strong>{ format!("About the {} role", role.name) }</strong></p>
                        { text(&role.description) }
                    }
                    if let Some(note) = order_note {
                        <p class="govuk-body-s rc-cell__note">{ note }</p>
                    }
                </div>
            </details>
        </>
    }
}
