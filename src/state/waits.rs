//! Every wait has an end: how long the widget waits for one of its files (a part of the module,
//! the texts, a framework at an address) before it says so, and the words for why a file did not
//! come, naming the real cause where the browser tells it (the network, the time, the server, or
//! files of another release).

/// How long a fetch may take, body and all, before it is given up and the person is told (with a
/// "Try again"). 20 s carries the largest file (the texts, 77 KB gzip) over a 500 kbit/s link
/// with room to spare. `scripts/release-files.mjs` gives the parts' loader the same limit.
pub const WAIT_SECONDS: u32 = 20;

/// Why a file did not come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitFailure {
    /// No answer within [`WAIT_SECONDS`].
    TimedOut,
    /// The browser says the device is offline.
    Offline,
    /// The server answered with this status.
    Status(u16),
    /// The server has a file there, but not the one this release names (its integrity differs):
    /// the widget's files changed since the page was opened.
    NotThisRelease,
    /// The network refused it (no answer came at all).
    Refused,
}

impl WaitFailure {
    /// From what the browser said: the error's name (`TimeoutError`, `TypeError`), or what a
    /// second look found (`status 404` for a server's answer, `integrity` for a file there but
    /// not this release's), and whether it says it is online.
    pub fn from_browser(said: &str, online: bool) -> WaitFailure {
        if let Some(status) = said.strip_prefix("status ").and_then(|s| s.parse().ok()) {
            WaitFailure::Status(status)
        } else if said == "integrity" {
            WaitFailure::NotThisRelease
        } else if said == "TimeoutError" || said == "AbortError" {
            WaitFailure::TimedOut
        } else if !online {
            WaitFailure::Offline
        } else {
            WaitFailure::Refused
        }
    }

    /// Why, in a clause: "it did not arrive within 20 seconds: the network may be slow or down".
    pub fn reason(self) -> String {
        match self {
            WaitFailure::TimedOut => format!(
                "it did not arrive within {WAIT_SECONDS} seconds: the network may be slow or down"
            ),
            WaitFailure::Offline => "this device seems to be offline".into(),
            WaitFailure::Status(404) => "the server has no such file (404): the widget's files may have been updated since this page was opened".into(),
            WaitFailure::Status(status) => format!("the server answered {status}"),
            WaitFailure::NotThisRelease => "it is not the file this release expects: the widget's files were updated on the server since this page was opened".into(),
            WaitFailure::Refused => "the network refused it: no answer came".into(),
        }
    }
}

/// "The career-move screen could not be loaded: it did not arrive within 20 seconds: the network
/// may be slow or down." (A "Try again" follows it.)
pub fn could_not_load(what: &str, why: &str) -> String {
    let mut said = format!("The {what} could not be loaded: {why}");
    if !said.ends_with('.') {
        said.push('.');
    }
    said
}

/// Said once a file that failed has come after a "Try again": "The career-move screen is loaded."
pub fn loaded_now(what: &str) -> String {
    format!("The {what} is loaded.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_is_named_in_plain_words() {
        let said = |name: &str, online: bool| WaitFailure::from_browser(name, online).reason();
        assert_eq!(
            said("TimeoutError", true),
            "it did not arrive within 20 seconds: the network may be slow or down"
        );
        assert_eq!(said("TypeError", false), "this device seems to be offline");
        assert!(said("status 404", true).starts_with("the server has no such file (404)"));
        assert_eq!(said("status 503", true), "the server answered 503");
        assert_eq!(
            said("TypeError", true),
            "the network refused it: no answer came"
        );
        assert!(said("integrity", true).starts_with("it is not the file this release expects"));
        assert_eq!(
            could_not_load("career-move screen", &said("TimeoutError", true)),
            "The career-move screen could not be loaded: it did not arrive within 20 seconds: the network may be slow or down."
        );
        assert_eq!(
            loaded_now("career-move screen"),
            "The career-move screen is loaded."
        );
    }
}
