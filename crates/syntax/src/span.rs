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

/// C#'s line terminators besides `\n`: a lone `\r`, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
fn is_line_break(c: char, next: Option<char>) -> bool {
    match c {
        '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => true,
        '\r' => next != Some('\n'),
        _ => false,
    }
}

/// Line and column (both 1-based) for `file:line:col` output. Lines end where C# says they do;
/// columns count UTF-16 units, as Roslyn's do.
pub fn line_col(source: &str, offset: u32) -> (usize, usize) {
    let offset = (offset as usize).min(source.len());
    let mut cut = offset;
    while !source.is_char_boundary(cut) {
        cut -= 1;
    }
    let (mut line, mut col) = (1, 1);
    let mut chars = source[..cut].chars().peekable();
    while let Some(c) = chars.next() {
        // A `\r` right before the cut may still be followed by `\n` in the source.
        let next = chars
            .peek()
            .copied()
            .or_else(|| source[cut..].chars().next());
        if is_line_break(c, next) {
            line += 1;
            col = 1;
        } else if c != '\r' {
            col += c.len_utf16();
        }
    }
    (line, col)
}

/// Line numbers by binary search, for filters that ask about many positions.
pub struct LineIndex(Vec<u32>);

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect();
        LineIndex(starts)
    }

    /// 0-based line of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        self.0
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }
}
