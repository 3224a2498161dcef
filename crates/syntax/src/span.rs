/// A byte range into the source file. `u32` keeps AST nodes small; files over 4 GiB are rejected
/// before lexing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// The line model of the whole project: where C# ends a line. Besides `\n`, a lone `\r`, NEL
/// (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) end lines; `\r\n` is one
/// break. Diagnostics, exception traces, `--stats`, dumps and `explain` all count lines with
/// it, so a line number means the same everywhere.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Eight bytes at a time past those that cannot start a line terminator (the index
            // is built for every file, and nearly every byte is none).
            if let Some(word) = b.get(i..i + 8) {
                let found =
                    terminator_candidates(u64::from_le_bytes(word.try_into().unwrap_or_default()));
                if found == 0 {
                    i += 8;
                    continue;
                }
                // The first candidate in the word.
                i += (found.trailing_zeros() / 8) as usize;
            }
            i = Self::step(b, i, &mut starts);
        }
        LineIndex { starts }
    }

    /// Looks at the byte at `i`: past a line terminator that starts there (recording the next
    /// line's start), else past the byte.
    fn step(b: &[u8], i: usize, starts: &mut Vec<u32>) -> usize {
        // NEL is C2 85 in UTF-8, LS and PS are E2 80 A8/A9.
        let len = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) != Some(&b'\n') => 1,
            0xC2 if b.get(i + 1) == Some(&0x85) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if len > 0 {
            starts.push((i + len) as u32);
            i + len
        } else {
            i + 1
        }
    }

    /// 0-based line of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        self.starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where 0-based line `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(u32::MAX) as usize
    }

    /// 1-based line and column of a byte offset of `source` (the text this index was built
    /// from) for `file:line:col` output. Columns count UTF-16 units, as Roslyn's do.
    pub fn line_col(&self, source: &str, offset: u32) -> (usize, usize) {
        let line = self.line(offset);
        let start = (self.starts[line] as usize).min(source.len());
        let mut end = (offset as usize).min(source.len());
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        let col = source
            .get(start.min(end)..end)
            .unwrap_or("")
            .chars()
            .filter(|&c| c != '\r')
            .map(char::len_utf16)
            .sum::<usize>()
            + 1;
        (line + 1, col)
    }
}

/// The bytes of `word` (little-endian) that may start a line terminator, as their high bits:
/// those below `\r` + 1 (`\n`, `\r`) and those not ASCII (NEL, LS, PS). Without looking at
/// each byte: a borrow out of a byte below the bound can only flag bytes above it, so the
/// lowest flag is always a candidate.
fn terminator_candidates(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = word.wrapping_sub(ONES * u64::from(b'\r' + 1)) & !word;
    (below | word) & HIGH
}

/// `LineIndex::line_col` for one position (builds the index: for many positions, keep one).
pub fn line_col(source: &str, offset: u32) -> (usize, usize) {
    LineIndex::new(source).line_col(source, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_where_csharp_ends_them() {
        let src = "a\r\nb\u{e9}\rc\u{2028}d\u{85}e\u{2029}f\n\nxyz";
        let lines = LineIndex::new(src);
        let at = |s: &str| src.find(s).unwrap() as u32;
        assert_eq!(lines.line_col(src, at("b")), (2, 1));
        assert_eq!(lines.line_col(src, at("c")), (3, 1));
        assert_eq!(lines.line_col(src, at("d")), (4, 1));
        assert_eq!(lines.line_col(src, at("e")), (5, 1));
        assert_eq!(lines.line_col(src, at("f")), (6, 1));
        assert_eq!(lines.line_col(src, at("xyz") + 2), (8, 3));
        // A column counts UTF-16 units, and the `\r` of `\r\n` is no column.
        assert_eq!(lines.line_col(src, at("b") + 3), (2, 3));
        assert_eq!(lines.line_col(src, 1), (1, 2));
    }

    #[test]
    fn word_scan_finds_every_terminator() {
        // Terminators at every offset modulo 8, split across words, at the end.
        // Bytes that are candidates but no terminator: a tab, C2 of `¢`, E2 80 of `†`, `é`.
        let src = "abcdefg\nhij\tklmnop\r\nqr\u{a2}stuvw\rxyz0123456\u{85}7\u{2028}89ab\u{2020}cd\u{e9}efghij\u{2029}k\r";
        for skip in 0..9 {
            let s = &src[src.char_indices().nth(skip).map_or(0, |(i, _)| i)..];
            let naive: Vec<u32> = std::iter::once(0)
                .chain(s.char_indices().filter_map(|(i, c)| {
                    let next = s[i + c.len_utf8()..].chars().next();
                    let ends = matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
                        || (c == '\r' && next != Some('\n'));
                    ends.then_some((i + c.len_utf8()) as u32)
                }))
                .collect();
            assert_eq!(LineIndex::new(s).starts, naive, "{s:?}");
        }
    }
}
