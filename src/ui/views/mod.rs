//! The widget's views: each renders one part of what the domain computed.

pub mod cell;
pub mod column_header;
pub mod columns;
pub mod footer;
pub mod framework_file;
pub mod gap;
pub mod grid;
pub mod heading;
pub mod moves;
pub mod notices;
pub mod related;
pub mod role_picker;
pub mod screen_tabs;
pub mod search_box;
pub mod shortcuts;
pub mod skill_view;
pub mod standing;
pub mod starting_points;
pub mod summary;
pub mod take_away;
pub mod team;
pub mod view_controls;
