//! The root component of one widget: the framework it shows (`framework_loader`), what the whole
//! tree needs through context (the framework, the element-id prefix, the heading level), and the
//! frame around the widget: messages about the host's options and framework, the note while a
//! chosen file is shown, the framework file control and the credit.

use super::context::Prefix;
use super::framework_loader::use_loaded_framework;
use super::framework_store::SharedFramework;
use super::later::FrameworkFile;
use super::texts::Texts;
use super::views::{footer::Footer, notices};
use super::widget::Widget;
use crate::state::options::EmbedOptions;
use crate::ui::views::heading::HeadingLevel;
use std::rc::Rc;
use yew::prelude::*;

/// What the host asked for.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// 0 for the first widget on the page, 1 for the next…: keeps element ids unique.
    pub instance: usize,
    /// The host's options (attributes or `mount` options), already checked.
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
    /// Messages about host options that could not be used.
    #[prop_or_default]
    pub problems: Vec<AttrValue>,
    /// An organisation's own framework file (JSON) to use instead of the built-in one.
    #[prop_or_default]
    pub framework_json: Option<AttrValue>,
    /// The address of an organisation's own framework file, fetched once per page.
    #[prop_or_default]
    pub framework_url: Option<AttrValue>,
    /// The host's columns and screen replace those in the link (after `update`).
    #[prop_or_default]
    pub options_first: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_loaded_framework(props.framework_json.clone(), props.framework_url.clone());
    let mut messages: Vec<String> = props.problems.iter().map(|p| p.to_string()).collect();
    messages.extend(loaded.messages.iter().cloned());
    // A framework from a file the person chose cannot travel in a link: the widget stops reading
    // and writing it (so the page's link is not reported as unknown levels, and "Copy link" is not
    // offered), says so, and offers the way back.
    let widget_options = use_memo(
        (props.options.clone(), loaded.from_file),
        |(options, from_file)| {
            if *from_file {
                Rc::new(EmbedOptions {
                    write_url: Some(false),
                    columns: Vec::new(),
                    ..(**options).clone()
                })
            } else {
                options.clone()
            }
        },
    );
    let file_note = loaded.from_file.then(|| {
        let again = if props.framework_url.is_some() || props.framework_json.is_some() {
            "Use this page's framework again"
        } else {
            "Use the built-in framework again"
        };
        html! {
            <div class="govuk-inset-text rc-file-note" data-rc="file-framework-note">
                <p class="govuk-body">{ "This view shows a framework from a file you chose. A link cannot carry a file, so this view is not kept in the page's link and cannot be shared as one." }</p>
                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-rc="framework-again" onclick={loaded.page_framework_again.clone()}>
                    { again }
                </button>
            </div>
        }
    });
    let body = match &loaded.shown {
        _ if loaded.loading => html! {
            <p class="govuk-body" role="status" data-rc="framework-loading">
                { match &props.framework_url {
                    Some(url) => format!("Loading the framework from {url}…"),
                    None => "Loading the framework…".to_string(),
                } }
            </p>
        },
        Ok(fw) => html! {
            <ContextProvider<SharedFramework> context={fw.clone()}>
            <ContextProvider<Texts> context={loaded.texts.clone()}>
                // Keyed by which framework it is: merging its texts in re-renders, never remounts.
                <Widget key={fw.origin()} fw={fw.clone()} options={(*widget_options).clone()} options_first={props.options_first} />
            </ContextProvider<Texts>>
            </ContextProvider<SharedFramework>>
        },
        Err((own_file, problems)) => html! {
            <notices::DataProblems own_file={*own_file}
                problems={problems.iter().map(|p| AttrValue::from(p.to_string())).collect::<Vec<_>>()} />
        },
    };
    html! {
        <ContextProvider<HeadingLevel> context={HeadingLevel(props.options.heading_level)}>
        <ContextProvider<Prefix> context={Prefix(format!("rc{}", props.instance).into(), props.instance)}>
            // Its own direction and language: a host page set right to left, or in another language,
            // does not mirror the widget or change how its words are read.
            <div class={classes!("rc-widget", props.options.compact.then_some("rc-widget--compact"))} dir="ltr" lang="en-GB">
                if !messages.is_empty() {
                    <notices::Warning text={AttrValue::from(messages.join(" "))} />
                }
                if let Some(retry) = loaded.retry_remote.clone() {
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={retry} data-rc="framework-retry">
                        { "Try again" }
                    </button>
                }
                { for file_note }
                { body }
                <FrameworkFile on_file={loaded.on_file.clone()} messages={loaded.file_messages.clone()} />
                <Footer source={loaded.shown.as_ref().ok().map(|fw| fw.source.clone())} />
            </div>
        </ContextProvider<Prefix>>
        </ContextProvider<HeadingLevel>>
    }
}
