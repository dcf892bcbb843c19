//! The assessment pack against each level in view, to take into a conversation with a line
//! manager: CSV and Markdown downloads, and "Print the assessment pack" (the pack alone on A4,
//! rendered for paper while the browser prints, gone again once it has).

use super::pack_print::PackPrint;
use crate::engine::assessment::assess;
use crate::output::people_export::assessment_pack;
use crate::state::ratings::Ratings;
use crate::ui::browser;
use crate::ui::context::use_framework;
use crate::ui::views::take_away::Downloads;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessmentPacksProps {
    pub ratings: Rc<Ratings>,
    /// The levels in view (ids), each with which assessment it is: `current`, `target`, `chosen`.
    pub levels: Vec<(String, &'static str)>,
}

#[function_component(AssessmentPacks)]
pub fn assessment_packs(props: &AssessmentPacksProps) -> Html {
    let fw = use_framework();
    // Which level's pack is being printed, by its place in `levels`.
    let printing = use_state(|| None::<usize>);
    {
        let printing = printing.clone();
        use_effect_with(printing.is_some(), move |on| {
            let listener = on.then(|| {
                let window = web_sys::window().expect("a window");
                gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(None))
            });
            move || drop(listener)
        });
    }
    let print_pack = |i: usize| {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| {
            printing.set(Some(i));
            // Printed once the frame shows the pack.
            browser::after_next_paint(browser::print);
        })
    };
    let ratings = &props.ratings;
    let levels: Vec<(&crate::framework::Level, &'static str)> = props
        .levels
        .iter()
        .filter_map(|(id, kind)| Some((fw.level(id)?, *kind)))
        .collect();
    if ratings.is_empty() || levels.is_empty() {
        return html! {};
    }
    let several = levels.len() > 1;
    html! {
        <>
            <div data-rc="assessment-pack">
                <p class="govuk-body">{ "Your assessment pack, to take into a conversation with your line manager: each skill the level needs, your rating, your evidence and the \"You can:\" statements of the level needed." }</p>
                { for levels.iter().enumerate().map(|(i, (level, kind))| html! {
                    <div data-rc={format!("pack-{kind}")}>
                        if several {
                            <p class="govuk-body-s govuk-!-margin-bottom-1">{ format!("Against {}:", fw.level_name(level)) }</p>
                        }
                        <Downloads make={{
                            let (fw, ratings, level) = (fw.clone(), ratings.clone(), (*level).clone());
                            Callback::from(move |_| assessment_pack(&fw, &assess(&level, ratings.entries()), ratings.name.as_deref(), ratings.saved.as_deref()))
                        }} what={AttrValue::from(format!("your assessment against {}", fw.level_name(level)))} />
                        <button type="button" class="govuk-button govuk-button--secondary" data-rc="print-pack" onclick={print_pack(i)}>
                            { if several { format!("Print the assessment pack against {}", fw.level_name(level)) } else { "Print the assessment pack".to_string() } }
                        </button>
                    </div>
                }) }
            </div>
            if let Some((level, _)) = printing.and_then(|i| levels.get(i)) {
                <PackPrint level={level.id.clone()} ratings={ratings.clone()} />
            }
        </>
    }
}
