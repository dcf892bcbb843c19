//! The widget's views: each renders one part of what the domain computed.

pub mod change;
pub mod columns;
pub mod footer;
pub mod grid;
pub mod notices;
pub mod picker;
pub mod summary;
