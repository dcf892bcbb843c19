//! Take-away buttons: download a document the engine builds as CSV or Markdown (made in the page,
//! nothing is sent anywhere), and copy the link to what is on screen. A document is built only
//! when its download is clicked, never on a render.

use crate::output::export::{Document, Format};
use crate::ui::browser;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    /// Builds the document, when a download is clicked.
    pub make: Callback<(), Document>,
    /// What is downloaded, for screen readers: "this gap".
    pub what: AttrValue,
}

/// "Download CSV" and "Download Markdown" for one document.
#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let button = |format: Format| {
        let make = props.make.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let doc = make.emit(());
            browser::download(
                &doc.file_name(format),
                format.media_type(),
                &doc.file_text(format),
            );
        });
        html! {
            <button type="button" class="govuk-button govuk-button--secondary rc-take-away__button"
                data-format={format.extension()} {onclick}>
                { format!("Download {}", format.label()) }
                <span class="govuk-visually-hidden">{ format!(" of {}", props.what) }</span>
            </button>
        }
    };
    html! {
        <div class="govuk-button-group rc-take-away">
            { button(Format::Csv) }
            { button(Format::Markdown) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparisonDownloadsProps {
    pub comparison: std::rc::Rc<crate::engine::compare::Comparison>,
}

/// The comparison's downloads: one row per skill, built when clicked.
#[function_component(ComparisonDownloads)]
pub fn comparison_downloads(props: &ComparisonDownloadsProps) -> Html {
    let fw = crate::ui::context::use_framework();
    let make = {
        let comparison = props.comparison.clone();
        Callback::from(move |_| crate::output::export::comparison(&fw, &comparison))
    };
    html! {
        <div data-rc="comparison-downloads"><Downloads {make} what="this comparison" /></div>
    }
}

/// "Copy link to this view", with the result announced.
#[function_component(CopyLink)]
pub fn copy_link() -> Html {
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy(browser::href()).await;
                status.set(if copied {
                    "Link copied. Paste it to share this view.".into()
                } else {
                    "This browser did not allow copying. The link in the address bar shows this view.".into()
                });
            });
        })
    };
    html! {
        <div class="rc-take-away__copy">
            <button type="button" class="govuk-button govuk-button--secondary" {onclick}>{ "Copy link to this view" }</button>
            <p class="govuk-body-s" role="status">{ (*status).clone() }</p>
        </div>
    }
}
