//! Text files as people's tools save them. A framework or ratings file should be UTF-8 (a
//! byte-order mark is fine), but a spreadsheet's plain "CSV" is Windows-1252 on most office
//! machines: such a file is read as Windows-1252 with a note saying so and how to be sure ("save
//! as CSV UTF-8"), so "–", "’", "é" and "£" show as written instead of as "�". UTF-16 ("Unicode
//! text") and bytes that are neither are refused with the encoding and the fix. The widget and the
//! command-line tool read every file through [`decode`], so they agree.
//!
//! Windows-1252 is decoded here rather than with `encoding_rs`, which would bring every encoding's
//! tables into the WebAssembly for the 27 characters that differ from Latin-1.

use crate::framework::Problem;

/// A file's text, and a note when it was not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Windows-1252's bytes 0x80–0x9F (`None`: bytes it leaves undefined); every other byte is the
/// Latin-1 character of the same number.
const HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The text of the file `name` from its bytes.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, Problem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Problem::new(
            name,
            "it is saved as UTF-16 (\"Unicode text\"), which this tool does not read: save it as \"CSV UTF-8\" (or JSON in UTF-8) and choose it again",
        ));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // A byte-order mark is not part of the text (the browser's own decoding drops it too).
        return Ok(Decoded {
            text: text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
            note: None,
        });
    }
    // Mostly UTF-8 with stray bytes: read as Windows-1252, every accented letter would be garbled.
    let mut at = 0;
    let mut utf8_letters = false;
    for chunk in bytes.utf8_chunks() {
        utf8_letters |= !chunk.valid().is_ascii();
        if utf8_letters && !chunk.invalid().is_empty() {
            return Err(Problem::new(
                format!("{name} byte {}", at + chunk.valid().len() + 1),
                "the file mixes encodings (UTF-8 letters and bytes that are not UTF-8): save it as \"CSV UTF-8\" (or JSON in UTF-8) and choose it again",
            ));
        }
        at += chunk.valid().len() + chunk.invalid().len();
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for (i, &b) in bytes.iter().enumerate() {
        let c = match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => Some(char::from(b)),
        };
        match c {
            Some(c) => text.push(c),
            None => {
                return Err(Problem::new(
                    format!("{name} byte {}", i + 1),
                    "the file is neither UTF-8 nor Windows-1252 text: save it as \"CSV UTF-8\" (or JSON in UTF-8) and choose it again",
                ))
            }
        }
    }
    Ok(Decoded {
        text,
        note: Some(format!(
            "{name} is not UTF-8, so it was read as Windows-1252 (what spreadsheets save as plain \"CSV\"). Check that accented letters, dashes and quotes look right; to be sure, save it as \"CSV UTF-8\"."
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spreadsheets_windows_1252_csv_reads_as_written_with_a_note() {
        // "Mending – café ’quotes’ £5" as Excel saves plain CSV on Windows.
        let bytes = b"Mending \x96 caf\xe9 \x92quotes\x92 \xa35";
        let decoded = decode("ours.csv", bytes).unwrap();
        assert_eq!(decoded.text, "Mending – café ’quotes’ £5");
        assert!(decoded.note.unwrap().contains("save it as \"CSV UTF-8\""));
        let utf8 = decode("ours.csv", "Mending – café".as_bytes()).unwrap();
        assert_eq!(utf8.text, "Mending – café");
        assert_eq!(utf8.note, None);
    }

    #[test]
    fn a_byte_order_mark_is_not_text_and_mixed_encodings_are_refused() {
        let decoded = decode("ratings.json", b"\xef\xbb\xbf{\"a\": 1}").unwrap();
        assert_eq!(decoded.text, "{\"a\": 1}");
        // "café" in UTF-8, then a stray Windows-1252 dash.
        let p = decode("ours.csv", b"caf\xc3\xa9 \x96 x").unwrap_err();
        assert_eq!(p.place, "ours.csv byte 7");
        assert!(p.reason.contains("mixes encodings"), "{p}");
    }

    #[test]
    fn utf16_and_undefined_bytes_are_refused_with_the_fix() {
        let p = decode("ours.csv", b"\xff\xfeR\x00o\x00").unwrap_err();
        assert!(p.reason.contains("UTF-16"), "{p}");
        let p = decode("ours.csv", b"ab\x81c").unwrap_err();
        assert_eq!(p.place, "ours.csv byte 3");
        assert!(p.reason.contains("neither UTF-8 nor Windows-1252"), "{p}");
    }
}
