//! The seam between the widget's core and the parts that load on first use. The core is what a
//! deep-linked comparison needs to paint and work: `app`, `widget`, `link_sync`, `focus`,
//! `context`, `embed`, `browser`, `framework_store` (the built-in framework) and the comparison's
//! views (grid, cells, headers, chosen levels, pickers, search, shortcuts, summary, filters,
//! notices, footer, screen tabs). Everything else (the career-move screen with its routes, ratings
//! and plan; the gap panel; related roles; the skill view; downloads; an organisation's own
//! framework, with the CSV importer and validation) is reached from the core only through this
//! module, so that it can become a part the browser loads when first asked for (issue 17).
//! `tests/layers.rs` fails when a core file names one of these parts directly.

pub use super::own_framework::{from_text as own_framework, load as load_own_framework};
pub use super::views::framework_file::FrameworkFile;
pub use super::views::gap::ComparisonGap;
pub use super::views::moves::MovesScreen;
pub use super::views::related::Related;
pub use super::views::skill_view::SkillView;
pub use super::views::take_away::{ComparisonDownloads, CopyLink};
