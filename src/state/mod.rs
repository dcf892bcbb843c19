//! **Layer 4, state**: what the person and the host asked for. The selection and its reducer
//! (columns, filters, the open screen), the link that carries it, the host's options, the
//! career-move screen's choices, a person's own ratings with their file, the team view's reducer,
//! and what a person typed, held above the screens while the page is open.
//!
//! Uses `framework`, `load` and `engine`; knows nothing of the browser (the widget keeps this
//! state in `ui`) or of files to take away.

pub mod evidence;
pub mod explore;
pub mod history;
pub mod kept_on_device;
pub mod options;
pub mod page_memory;
pub mod ratings;
pub mod selection;
pub mod team_file;
pub mod team_view;
pub mod url_state;
pub mod waits;
