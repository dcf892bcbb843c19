//! Words shared by every view and the command-line tool, so they never drift: counts with the
//! right plural, and sentences built from numbers the engine computed.

/// "1 skill", "3 skills", "0 skills".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A whole number with thousands separated by commas, as GOV.UK writes them: 2500 → "2,500".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 skill" / "3 skills".
pub fn skills(n: usize) -> String {
    count(n, "skill", "skills")
}

/// "1 step" / "7 steps".
pub fn steps(n: u32) -> String {
    count(n as usize, "step", "steps")
}

/// A share of a whole written to two decimals without float formatting (smaller WebAssembly):
/// 0.4512 → "0.45".
pub fn two_decimals(value: f64) -> String {
    let hundredths = (value.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// Whether `c` is a control character or one that changes text without being seen: direction
/// marks, embeddings, overrides and isolates, zero-width characters, the byte-order mark, tags,
/// variation selectors, and the fillers that render blank (Hangul fillers, the combining grapheme
/// joiner, Mongolian and Khmer invisible marks).
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// `text` with every control, direction or invisible formatting character written out as
/// `\u{202e}`: for text from a link or a file repeated inside a message of ours.
pub fn escape_invisible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2_000), "2,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn direction_and_control_characters_are_written_out() {
        assert_eq!(
            escape_invisible("abc\u{202E}gpj.exe\u{0}\u{2066}x"),
            "abc\\u{202e}gpj.exe\\u{0}\\u{2066}x"
        );
        assert_eq!(escape_invisible("café – ’ok’"), "café – ’ok’");
        assert_eq!(
            escape_invisible("a\u{3164}b\u{FE0F}c\u{034F}d"),
            "a\\u{3164}b\\u{fe0f}c\\u{34f}d"
        );
    }

    #[test]
    fn plurals_and_decimals() {
        assert_eq!(skills(1), "1 skill");
        assert_eq!(skills(0), "0 skills");
        assert_eq!(steps(7), "7 steps");
        assert_eq!(steps(1), "1 step");
        assert_eq!(two_decimals(0.4512), "0.45");
        assert_eq!(two_decimals(0.999), "1.00");
        assert_eq!(two_decimals(0.05), "0.05");
    }
}
