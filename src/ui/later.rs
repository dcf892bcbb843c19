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

/// One part of the module: how to have its view, remembered once loaded.
pub struct Part<P: 'static> {
    /// "career-move screen": what the loading status and the failure name.
    pub what: &'static str,
    pub load: fn() -> Loading<P>,
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

/// Why a part's work could not be done: the part could not be had.
fn part_missing(what: &str) -> Vec<Problem> {
    vec![Problem::new(
        what,
        "the part of the widget that reads it could not be loaded: this page may be older than the widget's files; reload the page to try again",
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
            "the part of the widget that merges them could not be loaded: this page may be older than the widget's files",
        )])
    })
}

#[derive(Properties, PartialEq)]
pub struct LaterProps<P: PartialEq + 'static> {
    pub part: &'static Part<P>,
    /// The properties of the part's view.
    pub props: P,
}

/// A part's view once its part has loaded; until then "Loading the …" (a status), or, when the
/// part cannot be had, what to do.
#[function_component(Later)]
pub fn later<P: PartialEq + Clone + 'static>(props: &LaterProps<P>) -> Html {
    let load = props.part.load;
    // None while on its way; Some(None) when it could not be had.
    let loaded = use_state(|| match load() {
        Loading::Ready(render) => Some(Some(render)),
        Loading::Coming(_) => None,
    });
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            if loaded.is_none() {
                match load() {
                    // Loaded meanwhile (by another widget on the page).
                    Loading::Ready(render) => loaded.set(Some(Some(render))),
                    Loading::Coming(coming) => wasm_bindgen_futures::spawn_local(async move {
                        loaded.set(Some(coming.await));
                    }),
                }
            }
        });
    }
    match *loaded {
        Some(Some(render)) => render(props.props.clone()),
        Some(None) => html! {
            <p class="govuk-body rc-part rc-part--failed" role="status" data-rc="part-failed">
                { format!("The {} could not be loaded: this page may be older than the widget's files. Reload the page to try again.", props.part.what) }
            </p>
        },
        None => html! {
            <p class="govuk-body rc-part" role="status" data-rc="part-loading">{ format!("Loading the {}…", props.part.what) }</p>
        },
    }
}
