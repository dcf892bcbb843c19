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

#[cfg(test)]
mod tests {
    use super::*;

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
