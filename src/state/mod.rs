//! **Layer 4, state**: what the person and the host asked for. The selection and its reducer
//! (columns, filters, the open screen), the link that carries it, the host's options, the
//! career-move screen's choices, and a person's own ratings with their file.
//!
//! Uses `framework`, `load` and `engine`; knows nothing of the browser (the widget keeps this
//! state in `ui`) or of files to take away.

pub mod explore;
pub mod history;
pub mod options;
pub mod ratings;
pub mod selection;
pub mod team_file;
pub mod url_state;
