//! The next level up and the other roles ranked as moves (by default one row per role, its level
//! closest in seniority, with the role's other levels one click away), each with its reason and
//! its similar skills in the engine's words, one click from its gap or from the comparison;
//! filters by family and seniority.

use crate::engine::career::{Move, MoveRow, SeniorityFilter, SCORE_IN_WORDS};
use crate::state::explore::Explore;
use crate::state::selection::Action;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoveTableProps {
    /// The current level's id, when there is one (moves are compared from it).
    pub current: Option<String>,
    pub next: Rc<Vec<Move>>,
    pub rows: Rc<Vec<MoveRow>>,
    pub explore: Explore,
    pub on_action: Callback<Action>,
    /// Shown in place of the ranked moves while what they need (the texts) is on its way, or
    /// cannot be had; the next level up shows either way.
    #[prop_or_default]
    pub waiting: Option<Html>,
}

/// How many ranked moves show before "Show all".
const SHOWN: usize = 12;

#[function_component(MoveTable)]
pub fn move_table(props: &MoveTableProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let show_all = use_state(|| false);
    // The roles whose other levels are shown (by role id).
    let opened = use_state(Vec::<String>::new);
    let row = |rank: String, m: &Move, others: &[Move], nested: bool| -> Html {
        let Some(level) = fw.level(&m.target) else {
            return html! {};
        };
        let role = fw.role_of(level);
        let family = fw.family(&role.family).map_or("", |f| f.name.as_str());
        let name = fw.level_name(level).to_string();
        let open = props.explore.target.as_deref() == Some(m.target.as_str());
        let target = m.target.clone();
        let on_gap = props
            .on_action
            .reform(move |_: MouseEvent| Action::ShowMove((!open).then(|| target.clone())));
        let compare = props.current.clone().map(|current| {
            let target = m.target.clone();
            props
                .on_action
                .reform(move |_: MouseEvent| Action::CompareMove(current.clone(), target.clone()))
        });
        let similar = m.similar(fw);
        let other_levels = (!others.is_empty()).then(|| {
            let role_id = role.id.clone();
            let open = opened.contains(&role_id);
            let onclick = {
                let opened = opened.clone();
                let role_id = role_id.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut list = (*opened).clone();
                    match list.iter().position(|r| *r == role_id) {
                        Some(i) => {
                            list.remove(i);
                        }
                        None => list.push(role_id.clone()),
                    }
                    opened.set(list);
                })
            };
            let count =
                crate::framework::wording::count(others.len(), "other level", "other levels");
            html! {
                <button type="button" class="govuk-button govuk-button--secondary rc-moves__others"
                    aria-expanded={open.to_string()} {onclick} data-rc="other-levels">
                    { if open { format!("Hide {count}") } else { format!("Show {count}") } }
                    <span class="govuk-visually-hidden">{ format!(" of {}", role.name) }</span>
                </button>
            }
        });
        html! {
            <tr class={classes!("govuk-table__row", nested.then_some("rc-moves__row--other"))} data-target={m.target.clone()}>
                <td class="govuk-table__cell govuk-table__cell--numeric">{ rank }</td>
                <th scope="row" class="govuk-table__header">
                    { name.clone() }
                    <span class="rc-moves__role">{ format!("{}, {family}", role.name) }</span>
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{ m.score_text() }</td>
                <td class="govuk-table__cell">
                    { m.reason() }
                    if !similar.is_empty() {
                        <span class="rc-moves__similar" data-rc="move-similar">{ format!("Similar skills: {}.", similar.join("; ")) }</span>
                    }
                </td>
                <td class="govuk-table__cell rc-moves__actions">
                    <button type="button" class="govuk-button govuk-button--secondary"
                        aria-expanded={open.to_string()} onclick={on_gap} data-rc="show-gap">
                        { if open { "Hide what it takes" } else { "What it takes" } }
                        <span class="govuk-visually-hidden">{ format!(": {name}") }</span>
                    </button>
                    if let Some(onclick) = compare {
                        <button type="button" class="govuk-button govuk-button--secondary"
                            {onclick} data-rc="compare-move">
                            { "Compare" }
                            <span class="govuk-visually-hidden">{ format!(" with {name}") }</span>
                        </button>
                    }
                    { other_levels.unwrap_or_default() }
                </td>
            </tr>
        }
    };
    let landmark_suffix = crate::ui::context::use_landmark_name("");
    let table = |caption: String, rows: Html| {
        html! {
            <div class="rc-scroll" role="region" aria-label={format!("{caption}{landmark_suffix}")} tabindex="0">
                <table class="govuk-table rc-moves__table">
                    <caption class="govuk-table__caption govuk-table__caption--s">{ caption }</caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header govuk-table__header--numeric">{ "Rank" }</th>
                            <th scope="col" class="govuk-table__header">{ "Role level" }</th>
                            <th scope="col" class="govuk-table__header govuk-table__header--numeric">{ "Score" }</th>
                            <th scope="col" class="govuk-table__header">{ "What the move takes" }</th>
                            <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">{ "Actions" }</span></th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">{ rows }</tbody>
                </table>
            </div>
        }
    };
    let family_id = format!("{}-moves-family", id_prefix);
    let seniority_id = format!("{}-moves-seniority", id_prefix);
    let on_family = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetFamily((!value.is_empty()).then_some(value))
    });
    let on_seniority = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetSeniority(SeniorityFilter::from_key(&value).unwrap_or_default())
    });
    let filter = &props.explore.filter;
    let rows = &props.rows;
    let shown = if *show_all {
        rows.len()
    } else {
        SHOWN.min(rows.len())
    };
    let one_per_role = filter.seniority == SeniorityFilter::OnePerRole;
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    html! {
        <>
            if !props.next.is_empty() {
                { table("The next level up".into(), props.next.iter().map(|m| row("Next".into(), m, &[], false)).collect::<Html>()) }
            }
            <Heading depth={1} class="govuk-heading-s">{ "Moves to other roles" }</Heading>
            if let Some(waiting) = &props.waiting {
                { waiting.clone() }
            } else {
            <div class="rc-controls" data-rc="move-filters">
                <div class="govuk-form-group rc-controls__item">
                    <label class="govuk-label govuk-label--s" for={family_id.clone()}>{ "Family" }</label>
                    <select class="govuk-select" id={family_id} onchange={on_family}>
                        <option value="" selected={filter.family.is_none()}>{ "All families" }</option>
                        { for fw.families.iter().map(|f| html! {
                            <option value={f.id.clone()} selected={filter.family.as_deref() == Some(f.id.as_str())}>{ f.name.clone() }</option>
                        }) }
                    </select>
                </div>
                <div class="govuk-form-group rc-controls__item">
                    <label class="govuk-label govuk-label--s" for={seniority_id.clone()}>{ "Seniority" }</label>
                    <select class="govuk-select" id={seniority_id} onchange={on_seniority} disabled={props.current.is_none()}>
                        { for SeniorityFilter::ALL.into_iter().map(|s| html! {
                            <option value={s.key()} selected={s == filter.seniority}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="govuk-body-s" role="status" data-rc="move-count">
                { if one_per_role {
                    format!("{} found, one row each at the closest seniority. ", crate::framework::wording::count(rows.len(), "role", "roles"))
                } else {
                    format!("{} found. ", crate::framework::wording::count(rows.len(), "move", "moves"))
                } }
                { SCORE_IN_WORDS }
                { " Steps: each skill level to raise counts 1, each skill to learn counts its level (Awareness 1 to Expert 4)." }
            </p>
            if !rows.is_empty() {
                { table("Moves ranked by score".into(),
                    rows.iter().take(shown).enumerate().map(|(i, r)| {
                        let open = opened.contains(&fw.level(&r.shown.target).map_or(String::new(), |l| l.role.clone()));
                        html! {
                            <>
                                { row((i + 1).to_string(), &r.shown, &r.other_levels, false) }
                                if open {
                                    { for r.other_levels.iter().map(|m| row(String::new(), m, &[], true)) }
                                }
                            </>
                        }
                    }).collect::<Html>()) }
            }
            if rows.len() > SHOWN {
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_show_all} aria-expanded={show_all.to_string()}>
                    { if *show_all { format!("Show the first {SHOWN} only") } else if one_per_role { format!("Show all {} roles", rows.len()) } else { format!("Show all {} moves", rows.len()) } }
                </button>
            }
            }
        </>
    }
}
