//! Where a line manager gives the team's files: ratings files and team CSVs, chosen together or
//! dropped on the page, each read in this page only (a file larger than any team file can be is
//! named and not read), and a team CSV template to start from.

use crate::state::team_file::{MAX_TEAM_CSV_BYTES, TEAM_CSV_TEMPLATE};
use crate::state::team_view::{FileRead, TeamAction};
use crate::ui::browser;
use crate::ui::context::use_prefix;
use web_sys::{DragEvent, FileList, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamFilesProps {
    pub dispatch: Callback<TeamAction>,
}

#[function_component(TeamFiles)]
pub fn team_files(props: &TeamFilesProps) -> Html {
    let prefix = use_prefix();
    let dragging = use_state(|| false);
    // Reads every file, then hands them to the team, which adds their people to those already
    // loaded (nothing loaded is lost; a person loaded again is replaced, and said).
    let read_files = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |files: FileList| {
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|i| files.get(i)).collect();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::new();
                for file in files {
                    let name = file.name();
                    let text = match crate::load::validate::size_problem(
                        file.size() as usize,
                        MAX_TEAM_CSV_BYTES,
                        "a file for the team view",
                    ) {
                        Some(too_big) => Err(too_big.reason),
                        None => browser::read_file(file).await.map(|decoded| decoded.text),
                    };
                    read.push(FileRead { name, text });
                }
                dispatch.emit(TeamAction::Load(read));
            });
        })
    };
    let on_choose = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(files) = input.files() {
                read_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (read_files, dragging) = (read_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read_files.emit(files);
            }
        })
    };
    let drag = |over: bool| {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if over {
                e.prevent_default();
            }
            dragging.set(over);
        })
    };
    let on_template = Callback::from(|_: MouseEvent| {
        browser::download(
            "role-compare-team.csv",
            "text/csv;charset=utf-8",
            TEAM_CSV_TEMPLATE,
        );
    });
    let files_id = format!("{prefix}-team-files");
    html! {
        <>
            <div class={classes!("govuk-form-group", "rc-team__drop", dragging.then_some("rc-team__drop--over"))}
                ondrop={on_drop} ondragover={drag(true)} ondragleave={drag(false)}>
                <label class="govuk-label govuk-label--s" for={files_id.clone()}>{ "Ratings files and team CSVs" }</label>
                <div class="govuk-hint" id={format!("{files_id}-hint")}>{ "Choose several files, or drop them here. A team CSV has the columns person, skill, rating, and may have evidence and role level." }</div>
                <input class="govuk-file-upload" id={files_id.clone()} type="file" multiple=true accept=".json,.csv,application/json,text/csv"
                    aria-describedby={format!("{files_id}-hint")} onchange={on_choose} data-rc="team-files" />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_template} data-rc="team-template">
                { "Download a team CSV template" }
            </button>
        </>
    }
}
