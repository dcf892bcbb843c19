//! A standing against a need as an icon beside its words (never the icon alone): the same icons
//! in the ratings panel and the team view.

use crate::engine::assessment::Standing;

/// ✓ meets, ▲ above, ▼ below, ○ not yet, ? not rated.
pub fn icon(standing: Standing) -> &'static str {
    match standing {
        Standing::Meets => "✓",
        Standing::Above(_) => "▲",
        Standing::Below(_) => "▼",
        Standing::NotYet => "○",
        Standing::Unrated => "?",
    }
}
