//! Which framework a widget shows, loaded: the built-in one, a host's own (in the page or from an
//! address, fetched once per page), or a file the person chose. A host's framework that cannot be
//! used is named and the built-in one shown; a chosen file that cannot be used is named and the
//! framework already shown stays. A chosen file can be put aside for the page's framework again.

use super::framework_store::{self, SharedFramework};
use super::later;
use super::texts::Texts;
use crate::framework::wording;
use crate::framework::Problem;
use crate::load::text_file::Decoded;
use yew::prelude::*;

/// What a widget shows, and what to say about it.
pub struct LoadedFramework {
    /// The framework shown, or why none can be (true: the host's own file was refused).
    pub shown: Result<SharedFramework, (bool, Vec<Problem>)>,
    /// A host's framework is still on its way from its address.
    pub loading: bool,
    /// About the host's framework (an address that could not be used).
    pub messages: Vec<String>,
    /// The person chose a framework file, which is shown now.
    pub from_file: bool,
    /// About the last file the person chose.
    pub file_messages: Vec<String>,
    /// Reads a chosen file: its name, and its text or why it could not be read.
    pub on_file: Callback<(String, Result<Decoded, String>)>,
    /// Puts the chosen file aside: the page's framework again.
    pub page_framework_again: Callback<MouseEvent>,
    /// The built-in framework's texts, for the views that need them.
    pub texts: Texts,
    /// Fetches the host's framework anew, when its address could not be had.
    pub retry_remote: Option<Callback<MouseEvent>>,
}

/// Starts reading a framework for `key` (a text or an address); calls the callback with the answer.
type Start = fn(AttrValue, Box<dyn FnOnce(framework_store::Loaded)>);

/// The answer `start` gave for `key`, none while it is on its way. Asked again for each new key,
/// and for each `attempt` (a "Try again"); an answer for a key the host has since replaced
/// (`update`) never replaces a newer one.
#[hook]
fn use_answer_for(
    key: Option<AttrValue>,
    attempt: u32,
    start: Start,
) -> Option<framework_store::Loaded> {
    let answered = use_state(|| None::<(AttrValue, framework_store::Loaded)>);
    // The key asked for last.
    let asked = use_mut_ref(|| None::<AttrValue>);
    {
        let (answered, asked) = (answered.clone(), asked.clone());
        use_effect_with((key.clone(), attempt), move |(key, _)| {
            *asked.borrow_mut() = key.clone();
            if let Some(key) = key.clone() {
                start(
                    key.clone(),
                    Box::new(move |loaded| {
                        if asked.borrow().as_ref() == Some(&key) {
                            answered.set(Some((key, loaded)));
                        }
                    }),
                );
            }
        });
    }
    answered
        .as_ref()
        .filter(|(from, _)| Some(from) == key.as_ref())
        .map(|(_, loaded)| loaded.clone())
}

/// The framework for a widget whose host gave `json` (in the page) or `url` (an address), or
/// neither (the built-in one).
#[hook]
pub fn use_loaded_framework(json: Option<AttrValue>, url: Option<AttrValue>) -> LoadedFramework {
    // A host's framework in the page (read by a part that loads on first use, so a moment later),
    // and one from an address (fetched once per page): each for what the host gives now.
    // "Try again" for a host's address that could not be had: fetched anew.
    let attempt = use_state(|| 0u32);
    let given = use_answer_for(json.clone(), 0, |text, done| {
        wasm_bindgen_futures::spawn_local(async move {
            done(later::own_framework("the page's framework".into(), text.to_string()).await);
        });
    });
    let remote = use_answer_for(url.clone(), *attempt, |url, done| {
        later::load_own_framework(&url, done);
    });
    let retry_remote = matches!(remote, Some(Err(_))).then(|| {
        let (attempt, url) = (attempt.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(url) = &url {
                framework_store::forget_failure(url);
            }
            attempt.set(*attempt + 1);
        })
    });
    // The built-in framework (a data file beside the module): when the host names none, or the
    // host's could not be used. Usually `role-compare.js` has handed it over before the widget
    // mounts; otherwise it is fetched now.
    let needs_built_in = (json.is_none() && url.is_none()) || matches!(remote, Some(Err(_)));
    let built_in = use_state(framework_store::built_in_now);
    {
        let built_in = built_in.clone();
        use_effect_with(needs_built_in, move |needed| {
            if *needed && built_in.is_none() {
                framework_store::load_built_in(move |loaded| built_in.set(Some(loaded)));
            }
        });
    }
    // Its texts, merged in when they come: once the browser is idle after the first paint, or
    // when a view asks sooner.
    let texts_failed = use_state(|| None::<AttrValue>);
    let want_texts = {
        let (built_in, texts_failed) = (built_in.clone(), texts_failed.clone());
        use_callback(
            built_in.as_ref().and_then(|b| b.as_ref().ok()).cloned(),
            move |(), core| {
                if !core.as_ref().is_some_and(|fw| fw.texts_pending()) {
                    return;
                }
                let (built_in, texts_failed) = (built_in.clone(), texts_failed.clone());
                framework_store::load_built_in_texts(move |loaded| match loaded {
                    Ok(merged) => built_in.set(Some(Ok(merged))),
                    Err(problems) => texts_failed.set(Some(
                        problems
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; ")
                            .into(),
                    )),
                });
            },
        )
    };
    // "Try again" after the texts could not be had: the failure is forgotten here and in the
    // store, and they are fetched anew.
    let retry_texts = {
        let (want, texts_failed) = (want_texts.clone(), texts_failed.clone());
        use_callback(want, move |(), want| {
            framework_store::forget_texts_failure();
            texts_failed.set(None);
            want.emit(());
        })
    };
    {
        let want = want_texts.clone();
        let pending = built_in
            .as_ref()
            .is_some_and(|b| b.as_ref().is_ok_and(|fw| fw.texts_pending()));
        use_effect_with(pending, move |pending| {
            if *pending {
                super::browser::after_next_paint(move || {
                    super::browser::when_idle(move || want.emit(()))
                });
            }
        });
    }
    // A framework file the person chose in the widget, and what to say about the last one chosen.
    let chosen = use_state(|| None::<SharedFramework>);
    let file_messages = use_state(Vec::<String>::new);

    let mut messages = Vec::new();
    let loading = (url.is_some() && remote.is_none())
        || (json.is_some() && given.is_none())
        || (needs_built_in && built_in.is_none());
    let built_in_shown = || match &*built_in {
        Some(loaded) => loaded.clone().map_err(|p| (false, p)),
        None => Err((false, Vec::new())),
    };
    let shown = match (&*chosen, &remote, &given) {
        (Some(fw), _, _) => Ok(fw.clone()),
        (None, Some(Ok(fw)), _) => Ok(fw.clone()),
        (None, Some(Err(problems)), _) => {
            messages.push(format!(
                "The framework at {} could not be used, so the built-in framework is shown: {}",
                url.clone().unwrap_or_default(),
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
            built_in_shown()
        }
        (None, None, Some(given)) => given.clone().map_err(|p| (true, p)),
        (None, None, None) => built_in_shown(),
    };
    let on_file = {
        let (chosen, file_messages) = (chosen.clone(), file_messages.clone());
        // The file chosen last: a slower read of a file chosen before never replaces it.
        let reading = use_mut_ref(|| 0_u64);
        Callback::from(move |(name, text): (String, Result<Decoded, String>)| {
            let (chosen, file_messages) = (chosen.clone(), file_messages.clone());
            let this = {
                let mut reading = reading.borrow_mut();
                *reading += 1;
                *reading
            };
            let reading = reading.clone();
            file_messages.set(vec![format!("Reading {name}…")]);
            wasm_bindgen_futures::spawn_local(async move {
                let mut note = None;
                let checked = match text {
                    Err(reason) => Err(vec![Problem::new(name.clone(), reason)]),
                    Ok(decoded) => {
                        note = decoded.note;
                        later::own_framework(name.clone(), decoded.text).await
                    }
                };
                if *reading.borrow() != this {
                    return;
                }
                match checked {
                    Ok(fw) => {
                        chosen.set(Some(fw));
                        let mut said = vec![format!("Showing the framework in {name}.")];
                        said.extend(note);
                        file_messages.set(said);
                    }
                    Err(problems) => {
                        let mut said = vec![format!(
                            "{name} was not used, so the framework already shown stays: {}.",
                            wording::count(problems.len(), "problem", "problems")
                        )];
                        said.extend(problems.iter().map(ToString::to_string));
                        file_messages.set(said);
                    }
                }
            });
        })
    };
    let page_framework_again = {
        let (chosen, file_messages) = (chosen.clone(), file_messages.clone());
        let own = url.is_some() || json.is_some();
        Callback::from(move |_: MouseEvent| {
            chosen.set(None);
            file_messages.set(vec![if own {
                "Showing this page's framework again.".to_string()
            } else {
                "Showing the built-in framework again.".to_string()
            }]);
        })
    };
    LoadedFramework {
        shown,
        loading,
        messages,
        from_file: chosen.is_some(),
        file_messages: (*file_messages).clone(),
        on_file,
        page_framework_again,
        texts: Texts {
            failed: texts_failed
                .as_ref()
                .map(|reason| format!("{reason}.").into()),
            want: want_texts,
            retry: retry_texts,
        },
        retry_remote,
    }
}
