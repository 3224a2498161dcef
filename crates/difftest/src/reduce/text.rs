//! Delta debugging on text, for programs that are not the generator's (any `.cs` file): whole
//! lines first, then tokens (each with the whitespace after it).

use std::time::Instant;

/// Shrinks `text` while `interesting` holds, until `deadline`.
pub fn reduce_text(
    text: &str,
    interesting: &mut dyn FnMut(&str) -> bool,
    deadline: Instant,
) -> String {
    let lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
    let lines = ddmin(lines, &mut |parts| interesting(&parts.concat()), deadline);
    let tokens = tokenize(&lines.concat());
    ddmin(tokens, &mut |parts| interesting(&parts.concat()), deadline).concat()
}

/// Zeller's ddmin, complements only: removes ever smaller chunks while the rest stays
/// interesting.
pub fn ddmin(
    mut items: Vec<String>,
    test: &mut dyn FnMut(&[String]) -> bool,
    deadline: Instant,
) -> Vec<String> {
    let mut n = 2;
    while items.len() >= 2 && Instant::now() < deadline {
        let chunk = items.len().div_ceil(n);
        let mut reduced = false;
        let mut start = 0;
        while start < items.len() && Instant::now() < deadline {
            let end = (start + chunk).min(items.len());
            let cand: Vec<String> = items[..start]
                .iter()
                .chain(&items[end..])
                .cloned()
                .collect();
            if test(&cand) {
                items = cand;
                n = (n - 1).max(2);
                reduced = true;
                break;
            }
            start = end;
        }
        if !reduced {
            if n >= items.len() {
                break;
            }
            n = (n * 2).min(items.len());
        }
    }
    items
}

/// C#-ish tokens: words, string literals, single punctuation characters; each keeps the
/// whitespace that follows it, so that the concatenation is the text again.
pub fn tokenize(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c == '"' || (c == '$' && chars.get(i + 1) == Some(&'"')) {
            i += if c == '$' { 2 } else { 1 };
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
        } else {
            i += 1;
        }
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn tokens_rebuild_the_text() {
        let t = "int x = F(\"a b\", $\"{y}\");\n  return x;\n";
        let toks = tokenize(t);
        assert_eq!(toks.concat(), t);
        assert!(toks.contains(&"\"a b\"".to_string()));
    }

    #[test]
    fn keeps_only_what_the_predicate_needs() {
        let text: String = (0..40)
            .map(|i| format!("line {i} filler;\n"))
            .collect::<String>()
            + "BUG here;\n";
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut calls = 0;
        let r = reduce_text(
            &text,
            &mut |t| {
                calls += 1;
                t.contains("BUG")
            },
            deadline,
        );
        assert_eq!(r.trim(), "BUG");
        assert!(calls < 200, "{calls} tests");
    }
}
