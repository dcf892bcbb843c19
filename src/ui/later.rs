//! The seam between the widget's core and the parts that load on first use. The core is what a
//! deep-linked comparison needs to paint and work: `app`, `widget`, `link_sync`, `focus`,
//! `context`, `embed`, `browser`, `framework_store` (the built-in framework) and the comparison's
//! views (grid, cells, headers, chosen levels, pickers, search, shortcuts, summary, filters,
//! notices, footer, screen tabs). Everything else (the career-move screen with its routes, ratings
//! and plan; the gap panel; related roles; the skill view; the team view; an organisation's own
//! framework, with the CSV importer) is reached from the core only through this module.
//!
//! In the release build (`--features parts`, `scripts/wasm-parts.sh`) each part is a file of its
//! own (`#[wasm_split]`), fetched the first time it is shown: [`Later`] shows "Loading the …"
//! (a status a screen reader hears) until then, and says to reload the page when the part cannot be
//! had (after a deploy, say). Without the feature (tests) the parts are linked in and shown at once.
//! `tests/layers.rs` fails when a core file names one of these parts directly.

use super::framework_store::{Loaded, SharedFramework};
use super::texts::wait_notice;
use super::views::gap::ComparisonGap;
use super::views::moves::MovesScreen;
use super::views::related::Related;
use super::views::skill_view::SkillView;
use super::views::team::TeamScreen;
use crate::framework::Problem;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use yew::prelude::*;

pub use super::own_framework::load as load_own_framework;
pub use super::views::framework_file::FrameworkFile;
// The parts' properties: the core builds them (they hold only plain data and callbacks).
pub use super::views::gap::ComparisonGapProps;
pub use super::views::moves::MovesScreenProps;
pub use super::views::related::RelatedProps;
pub use super::views::skill_view::SkillViewProps;
pub use super::views::take_away::{ComparisonDownloads, CopyLink};
pub use super::views::team::TeamScreenProps;

/// Renders a part's view from its properties.
pub type Render<P> = fn(P) -> Html;

/// A part's view, had at once (already loaded, or linked in) or on its way.
pub enum Loading<P> {
    Ready(Render<P>),
    #[cfg_attr(not(feature = "parts"), allow(dead_code))]
    Coming(Pin<Box<dyn Future<Output = Option<Render<P>>>>>),
}

/// Waits for a part: true once it is in, false when it could not be had. Not generic, so the
/// waiting view is one piece of code for every part.
pub type Wait = fn() -> Pin<Box<dyn Future<Output = bool>>>;

/// One part of the module: how to have its view, remembered once loaded.
pub struct Part<P: 'static> {
    /// "career-move screen": what the loading status and the failure name.
    pub what: &'static str,
    pub load: fn() -> Loading<P>,
    /// Loads it (anew after a failure), saying whether it came.
    pub wait: Wait,
}

impl<P> PartialEq for Part<P> {
    fn eq(&self, other: &Self) -> bool {
        self.what == other.what
    }
}

/// Declares a part: `$part` is its file's name (split_$part.wasm), `$name` the [`Part`] the core
/// shows with [`Later`], `$what` what its loading status names, `$view` the component it shows.
macro_rules! part {
    ($(#[$doc:meta])* $part:ident, $name:ident, $what:literal, $props:ty, $view:ident) => {
        $(#[$doc])*
        pub const $name: Part<$props> = Part {
            what: $what,
            load: {
                fn load() -> Loading<$props> {
                    thread_local! {
                        static LOADED: Cell<Option<Render<$props>>> = const { Cell::new(None) };
                    }
                    fn render(props: $props) -> Html {
                        html! { <$view ..props /> }
                    }
                    #[cfg(feature = "parts")]
                    #[wasm_split_helpers::wasm_split($part, fallible)]
                    fn in_part() -> Result<Render<$props>, wasm_split_helpers::SplitLoaderError> {
                        Ok(render)
                    }
                    if let Some(render) = LOADED.with(Cell::get) {
                        return Loading::Ready(render);
                    }
                    #[cfg(feature = "parts")]
                    return Loading::Coming(Box::pin(async {
                        let render = in_part().await.ok()?;
                        LOADED.with(|l| l.set(Some(render)));
                        Some(render)
                    }));
                    #[cfg(not(feature = "parts"))]
                    return Loading::Ready(render);
                }
                load
            },
            wait: {
                fn wait() -> Pin<Box<dyn Future<Output = bool>>> {
                    match ($name.load)() {
                        Loading::Ready(_) => Box::pin(std::future::ready(true)),
                        Loading::Coming(coming) => Box::pin(async { coming.await.is_some() }),
                    }
                }
                wait
            },
        };
    };
}

part!(
    /// The career-move screen, with its routes, ratings and plan.
    moves, MOVES, "career-move screen", MovesScreenProps, MovesScreen
);
part!(
    /// What a move from the first column to the last takes.
    gap, GAP, "gap between the columns", ComparisonGapProps, ComparisonGap
);
part!(
    /// Roles related to the first column.
    related, RELATED, "related roles", RelatedProps, Related
);
part!(
    /// Which role levels need a skill.
    skill_view, SKILL_VIEW, "skill view", SkillViewProps, SkillView
);
part!(
    /// A team's ratings against each person's level.
    team, TEAM, "team view", TeamScreenProps, TeamScreen
);

/// Declares a function that runs in a part of its own (`$part`, also the name of a module holding
/// the split function): asynchronous, and `None` when the part cannot be had; with `preload`,
/// `$preload` starts loading the part without running anything.
macro_rules! in_part {
    ($(#[$doc:meta])* $part:ident $(, preload $preload:ident)?, fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        mod $part {
            use super::*;
            #[cfg(feature = "parts")]
            #[wasm_split_helpers::wasm_split($part, fallible $(, preload($preload))?)]
            pub(super) fn run($($arg: $ty),*) -> Result<$ret, wasm_split_helpers::SplitLoaderError> {
                Ok($body)
            }
            #[cfg(not(feature = "parts"))]
            pub(super) fn run($($arg: $ty),*) -> Result<$ret, ()> {
                Ok($body)
            }
            $(
                #[cfg(not(feature = "parts"))]
                pub(super) async fn $preload() -> Result<(), ()> {
                    Ok(())
                }
            )?
        }
        $(use $part::$preload;)?

        $(#[$doc])*
        pub async fn $name($($arg: $ty),*) -> Option<$ret> {
            #[cfg(feature = "parts")]
            return $part::run($($arg),*).await.ok();
            #[cfg(not(feature = "parts"))]
            return $part::run($($arg),*).ok();
        }
    };
}

in_part!(
    /// An organisation's framework file (JSON or role content CSV) named `name`, read by the
    /// importer and checked; every problem with its place.
    own_framework, fn read_own_framework(name: String, text: String) -> Loaded {
        crate::load::import::own_framework(&name, &text).map(SharedFramework::new)
    }
);

in_part!(
    /// The built-in framework file checked as any framework file is, where the browser did not
    /// check its integrity (a development build): a core file (`load::core_file`), or a whole
    /// framework's JSON (as the browser tests hand over).
    checked_framework, fn check_built_in_in_part(text: String) -> Loaded {
        checked_built_in(&text).map(SharedFramework::new)
    }
);

/// The built-in framework file's text, read and checked (only ever called from its part).
fn checked_built_in(text: &str) -> Result<crate::framework::Framework, Vec<Problem>> {
    use crate::load::{core_file, validate};
    if text.starts_with(core_file::MAGIC) {
        core_file::read_checked(text)
    } else {
        validate::parse_framework(text)
    }
}

/// [`check_built_in_in_part`], or why the file could not be checked.
pub async fn check_built_in(name: String, text: String) -> Loaded {
    check_built_in_in_part(text)
        .await
        .unwrap_or_else(|| Err(part_missing(&name)))
}

in_part!(
    /// The built-in framework's texts merged into its core.
    texts, preload preload_texts_part, fn merge_texts_in_part(core: SharedFramework, text: String) -> Loaded {
        crate::load::texts::merge_texts(&core, &text).map(|merged| core.with_texts(merged))
    }
);

/// Starts loading the part that merges the texts, while the texts file downloads.
pub fn preload_texts() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = preload_texts_part().await;
    });
}

/// Why a part's work could not be done: the part could not be had, and why.
fn part_missing(what: &str) -> Vec<Problem> {
    vec![Problem::new(
        what,
        format!(
            "the part of the widget that reads it could not be loaded: {}",
            super::browser::part_failure().reason()
        ),
    )]
}

/// [`read_own_framework`], or why it could not be read.
pub async fn own_framework(name: String, text: String) -> Loaded {
    let place = name.clone();
    read_own_framework(name, text)
        .await
        .unwrap_or_else(|| Err(part_missing(&place)))
}

/// [`merge_texts_in_part`], or why the texts could not be merged (the views that wait for them
/// add what to do).
pub async fn merge_texts(core: SharedFramework, text: String) -> Loaded {
    merge_texts_in_part(core, text).await.unwrap_or_else(|| {
        Err(vec![Problem::new(
            "the texts",
            format!(
                "the part of the widget that merges them could not be loaded: {}",
                super::browser::part_failure().reason()
            ),
        )])
    })
}

#[derive(Properties, PartialEq)]
pub struct LaterProps<P: PartialEq + 'static> {
    pub part: &'static Part<P>,
    /// The properties of the part's view.
    pub props: P,
}

/// A part's view once its part has loaded; until then [`PartWait`] ("Loading the …", or why it
/// could not be had, with "Try again"). Kept small: it is compiled once per part.
#[function_component(Later)]
pub fn later<P: PartialEq + Clone + 'static>(props: &LaterProps<P>) -> Html {
    // Set when the part has come: true when it came after a "Try again".
    let came = use_state(|| None::<bool>);
    let came_ref = use_node_ref();
    {
        // Come after a "Try again": focus moves to the sentence saying so, where the wait was.
        let came_ref = came_ref.clone();
        use_effect_with(*came == Some(true), move |after_retry| {
            if *after_retry {
                super::focus::focus_after_paint(&came_ref);
            }
        });
    }
    let what = props.part.what;
    let on_came = {
        let came = came.clone();
        Callback::from(move |retried| came.set(Some(retried)))
    };
    match (props.part.load)() {
        Loading::Ready(render) => html! {
            <>
                if *came == Some(true) {
                    <p class="govuk-visually-hidden" role="status" tabindex="-1" ref={came_ref} data-rc="part-loaded">
                        { crate::state::waits::loaded_now(what) }
                    </p>
                }
                { render(props.props.clone()) }
            </>
        },
        Loading::Coming(_) => html! {
            <PartWait what={what} wait={props.part.wait} on_came={on_came} />
        },
    }
}

#[derive(Properties)]
pub struct PartWaitProps {
    pub what: &'static str,
    pub wait: Wait,
    /// Called once the part is in (true: after a "Try again").
    pub on_came: Callback<bool>,
}

impl PartialEq for PartWaitProps {
    /// One part is one `what` (its wait goes with it).
    fn eq(&self, other: &Self) -> bool {
        self.what == other.what && self.on_came == other.on_came
    }
}

/// Waits for a part, shown as a [`wait_notice`]. Every wait ends (the loader gives up after
/// `state::waits::WAIT_SECONDS`): when the part cannot be had, why, in plain words, with a "Try
/// again" that fetches it anew.
#[function_component(PartWait)]
pub fn part_wait(props: &PartWaitProps) -> Html {
    // Why it could not be had, once it could not.
    let failed = use_state(|| None::<AttrValue>);
    // Bumped by "Try again": each attempt loads the part anew.
    let attempt = use_state(|| 0u32);
    {
        let (failed, wait, on_came) = (failed.clone(), props.wait, props.on_came.clone());
        use_effect_with(*attempt, move |attempt| {
            let retried = *attempt > 0;
            wasm_bindgen_futures::spawn_local(async move {
                if wait().await {
                    on_came.emit(retried);
                } else {
                    failed.set(Some(super::browser::part_failure().reason().into()));
                }
            });
        });
    }
    let on_retry = {
        let (failed, attempt) = (failed.clone(), attempt.clone());
        Callback::from(move |()| {
            failed.set(None);
            attempt.set(*attempt + 1);
        })
    };
    wait_notice(props.what, failed.as_ref(), &on_retry, false)
}
