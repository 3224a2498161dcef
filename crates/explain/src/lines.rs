//! Lines and columns of byte offsets by the project's one line model
//! (`unawait_syntax::span::LineIndex`: C#'s line terminators, columns in UTF-16 units), and the
//! source text of spans as the report quotes it.

use unawait_syntax::span::LineIndex;

pub struct Lines<'s> {
    source: &'s str,
    index: LineIndex,
}

impl<'s> Lines<'s> {
    pub fn new(source: &'s str) -> Self {
        Lines {
            source,
            index: LineIndex::new(source),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        self.index.line(offset) + 1
    }

    /// 1-based line and column (UTF-16 units) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        self.index.line_col(self.source, offset)
    }

    /// The source text of a span on one line: newlines and runs of spaces become one space, and
    /// text longer than `max` characters is cut with `...`. A span that ends inside parentheses
    /// (an expression ending with a parenthesized one, whose span the parser stops before the
    /// `)`) gets its closing parentheses from the source, so that the text is as written.
    pub fn text(&self, span: unawait_syntax::Span, max: usize) -> String {
        let end = (span.end as usize).min(self.source.len());
        let start = (span.start as usize).min(end);
        let end = self.close_parens(start, end);
        let raw = self.source.get(start..end).unwrap_or("");
        let mut out = String::new();
        let mut space = false;
        for c in raw.chars() {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
        if out.chars().count() > max {
            let cut: String = out.chars().take(max.saturating_sub(3)).collect();
            format!("{cut}...")
        } else {
            out
        }
    }

    /// `end` moved past the `)`s that follow it in the source (spaces between), as many as the
    /// text from `start` leaves open.
    fn close_parens(&self, start: usize, end: usize) -> usize {
        let Some(text) = self.source.get(start..end) else {
            return end;
        };
        let mut open = 0usize;
        let mut quote: Option<char> = None;
        let mut escaped = false;
        for c in text.chars() {
            match quote {
                Some(q) => {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == q {
                        quote = None;
                    }
                }
                None => match c {
                    '"' | '\'' => quote = Some(c),
                    '(' => open += 1,
                    ')' => open = open.saturating_sub(1),
                    _ => {}
                },
            }
        }
        let bytes = self.source.as_bytes();
        let mut end = end;
        let mut at = end;
        while open > 0 {
            while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'\r' | b'\n') {
                at += 1;
            }
            if bytes.get(at) != Some(&b')') {
                break;
            }
            at += 1;
            end = at;
            open -= 1;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn text_closes_the_parentheses_it_opens() {
        let src = "total += await (await F(i));\nG(\")(\", (a + b) );";
        let lines = Lines::new(src);
        let span = unawait_syntax::Span::new;
        let cut = src.find("(i)").unwrap() + 3;
        assert_eq!(lines.text(span(0, cut), 70), "total += await (await F(i))");
        let g = src.find('G').unwrap();
        let inner = src.find("b)").unwrap() + 1;
        assert_eq!(lines.text(span(g, inner), 70), "G(\")(\", (a + b) )");
        assert_eq!(lines.text(span(0, 5), 70), "total");
    }
}
