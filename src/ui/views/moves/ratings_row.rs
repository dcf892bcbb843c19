//! One skill's row of "Your ratings": what each level in view needs and where the person stands
//! against it (in words beside an icon), their rating, their evidence (with its character count)
//! and the level their line manager agrees.

use super::evidence_box::EvidenceBox;
use crate::engine::assessment::Standing;
use crate::state::page_memory::SharedPageMemory;
use crate::state::ratings::{Change, Rating};
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::ratings_store::RatingsHandle;
use crate::ui::views::standing::icon;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingsRowProps {
    pub skill: AttrValue,
    pub ratings: RatingsHandle,
    /// For each level in view: what it needs ("Working", "Not needed", "Level not set") and where
    /// the person stands against it, if it needs the skill.
    pub needs: Vec<(String, Option<Standing>)>,
    pub memory: SharedPageMemory,
}

/// A select of every rating, `chosen` selected, with `none` for no rating.
fn rating_options(chosen: Option<Rating>, none: &'static str) -> Html {
    html! {
        <>
            <option value="" selected={chosen.is_none()}>{ none }</option>
            { for Rating::ALL.into_iter().map(|r| html! {
                <option value={r.key()} selected={chosen == Some(r)}>{ r.label() }</option>
            }) }
        </>
    }
}

#[function_component(RatingsRow)]
pub fn ratings_row(props: &RatingsRowProps) -> Html {
    let fw = use_framework();
    let id_prefix = use_prefix();
    let Some(s) = fw.skill(&props.skill) else {
        return html! {};
    };
    let change = |make: fn(String, String) -> Change| {
        let (handle, id) = (props.ratings.clone(), s.id.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            handle.change(make(id.clone(), value), Vec::new());
        })
    };
    let on_rate = change(|skill, value| Change::Rate {
        skill,
        rating: Rating::from_key(&value),
    });
    let on_agreed = change(|skill, value| Change::Agreed {
        skill,
        agreed: Rating::from_key(&value),
    });
    let on_evidence = {
        let (handle, id) = (props.ratings.clone(), s.id.clone());
        Callback::from(move |value: String| {
            handle.change(
                Change::Evidence {
                    skill: id.clone(),
                    evidence: Some(value),
                },
                Vec::new(),
            );
        })
    };
    let entry = props.ratings.ratings.entry(&s.id);
    let current = entry.map(|e| e.rating);
    let evidence = entry.and_then(|e| e.evidence.clone()).map(AttrValue::from);
    let agreed = entry.and_then(|e| e.agreed);
    let select_id = format!("{id_prefix}-rate-{}", s.id);
    let evidence_id = format!("{id_prefix}-evidence-{}", s.id);
    let agreed_id = format!("{id_prefix}-agreed-{}", s.id);
    html! {
        <tr class="govuk-table__row" data-skill={s.id.clone()}>
            <th scope="row" class="govuk-table__header"><label for={select_id.clone()}>{ s.name.clone() }</label></th>
            { for props.needs.iter().map(|(needs, standing)| html! {
                <td class="govuk-table__cell">
                    { needs.clone() }
                    if let Some(standing) = standing {
                        <span class="rc-ratings__standing" data-rc="standing">
                            <span class="rc-standing__icon" aria-hidden="true">{ icon(*standing) }</span>{ " " }{ standing.phrase() }
                        </span>
                    }
                </td>
            }) }
            <td class="govuk-table__cell">
                <select class="govuk-select rc-ratings__select" id={select_id} onchange={on_rate}>
                    { rating_options(current, "Not rated") }
                </select>
            </td>
            <td class="govuk-table__cell">
                if current.is_some() {
                    <label class="govuk-visually-hidden" for={evidence_id.clone()}>{ format!("Evidence for {}", s.name) }</label>
                    <EvidenceBox id={evidence_id} skill={s.id.clone()} skill_name={s.name.clone()}
                        saved={evidence} memory={props.memory.clone()} on_save={on_evidence} />
                } else {
                    <span class="rc-ratings__no-evidence">{ "Rate it to add evidence" }</span>
                }
            </td>
            <td class="govuk-table__cell">
                if current.is_some() {
                    <label class="govuk-visually-hidden" for={agreed_id.clone()}>{ format!("Level your line manager agrees for {}", s.name) }</label>
                    <select class="govuk-select rc-ratings__select" id={agreed_id} onchange={on_agreed} data-rc="agreed">
                        { rating_options(agreed, "Not agreed yet") }
                    </select>
                }
            </td>
        </tr>
    }
}
