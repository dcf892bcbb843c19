//! The widget's state in the page URL: one namespaced query parameter (by default `rc`) holding
//! the chosen role-level ids, comma-separated, e.g. `?rc=senior-digital-portfolio-manager,head-of-portfolio`.
//! The host page's other parameters are kept as they are, in their order.

/// The parameter name used when the host sets none.
pub const DEFAULT_PARAM: &str = "rc";

/// Decodes `%XX` escapes and `+` (as a space) in a query component; bad escapes are kept as written.
pub fn decode(component: &str) -> String {
    let bytes = component.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn pairs(query: &str) -> impl Iterator<Item = &str> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|p| !p.is_empty())
}

fn key_of(pair: &str) -> String {
    decode(pair.split_once('=').map_or(pair, |(k, _)| k))
}

/// The ids in `param` of `query` (with or without the leading `?`), in order, blanks dropped.
pub fn read_ids(query: &str, param: &str) -> Vec<String> {
    pairs(query)
        .find(|pair| key_of(pair) == param)
        .map(|pair| {
            decode(pair.split_once('=').map_or("", |(_, v)| v))
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// `query` with `param` set to `ids` (removed when `ids` is empty), every other parameter kept.
/// Returns "" or a string starting with `?`.
pub fn write_ids<S: AsRef<str>>(query: &str, param: &str, ids: &[S]) -> String {
    let value: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    let ours = (!value.is_empty()).then(|| format!("{param}={}", value.join(",")));
    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for pair in pairs(query) {
        if key_of(pair) == param {
            if !placed {
                out.extend(ours.clone());
                placed = true;
            }
        } else {
            out.push(pair.to_string());
        }
    }
    if !placed {
        out.extend(ours);
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("?{}", out.join("&"))
    }
}

/// A parameter name a host may choose: 1–32 ASCII letters, digits, `-` or `_`.
pub fn is_valid_param(name: &str) -> bool {
    (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_in_order_and_ignores_blanks() {
        let q = "?page=2&rc=senior-digital-portfolio-manager,,head-of-portfolio&x=1";
        assert_eq!(
            read_ids(q, "rc"),
            vec!["senior-digital-portfolio-manager", "head-of-portfolio"]
        );
        assert_eq!(read_ids("rc=a%2Cb", "rc"), vec!["a", "b"]);
        assert!(read_ids("?other=1", "rc").is_empty());
        assert!(read_ids("", "rc").is_empty());
    }

    #[test]
    fn writing_keeps_the_hosts_parameters_and_their_order() {
        assert_eq!(
            write_ids("?page=2&rc=old&x=1", "rc", &["a", "b"]),
            "?page=2&rc=a,b&x=1"
        );
        assert_eq!(write_ids("?page=2", "rc", &["a"]), "?page=2&rc=a");
        assert_eq!(write_ids("?page=2&rc=a", "rc", &[] as &[&str]), "?page=2");
        assert_eq!(write_ids("?rc=a", "rc", &[] as &[&str]), "");
    }

    #[test]
    fn two_widgets_keep_separate_parameters() {
        let q = write_ids("?rc=a", "rc2", &["b"]);
        assert_eq!(q, "?rc=a&rc2=b");
        assert_eq!(read_ids(&q, "rc"), vec!["a"]);
        assert_eq!(read_ids(&q, "rc2"), vec!["b"]);
    }

    #[test]
    fn bad_escapes_are_kept_not_dropped() {
        assert_eq!(decode("a%zzb%2"), "a%zzb%2");
        assert_eq!(decode("a%20b+c"), "a b c");
    }

    #[test]
    fn parameter_names_are_checked() {
        assert!(is_valid_param("rc"));
        assert!(is_valid_param("team_2-compare"));
        assert!(!is_valid_param(""));
        assert!(!is_valid_param("a b"));
        assert!(!is_valid_param("x&y"));
    }
}
