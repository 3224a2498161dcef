//! `#pragma warning disable` / `#pragma warning restore` (C# spec 6.5.9): which warnings each
//! position of the file suppresses. The lexer records the directives of the compiled text;
//! every phase that reports warnings asks here (sema filters its own; the lexer its CS1030).

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;

/// The file's `#pragma warning` directives. A query is a binary search, so a file of many
/// directives and many warnings costs no more than the sum of both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WarningPragmas {
    /// The directives that name no code, in source order: (offset, `disable`).
    all: Vec<(u32, bool)>,
    /// The directives naming each code (uppercase), in source order: (offset, `disable`).
    codes: HashMap<String, Vec<(u32, bool)>>,
}

impl WarningPragmas {
    /// A `#pragma warning disable|restore` at `at` (directives come in source order); `codes`
    /// as written (`CS0162`, `162`), none for every warning.
    pub(crate) fn push(&mut self, at: usize, disable: bool, codes: Vec<String>) {
        if codes.is_empty() {
            self.all.push((at as u32, disable));
        }
        for c in codes {
            self.codes
                .entry(normalize(&c))
                .or_default()
                .push((at as u32, disable));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty() && self.codes.is_empty()
    }

    /// Whether warning `code` reported at `offset` is suppressed: the last directive before it
    /// that names the code decides, unless a directive naming no code came later (`disable`
    /// alone turns every warning off, `restore` alone every warning back on, each forgetting
    /// the states of single codes), as in Roslyn's warning state map.
    pub fn suppresses(&self, code: &str, offset: usize) -> bool {
        let last = |list: &[(u32, bool)]| {
            let n = list.partition_point(|(at, _)| *at as usize <= offset);
            n.checked_sub(1).map(|i| list[i])
        };
        let all = last(&self.all);
        let own = self
            .codes
            .get(&code.to_ascii_uppercase())
            .and_then(|l| last(l));
        match (own, all) {
            (Some((at, disable)), Some((all_at, _))) if at > all_at => disable,
            (Some((_, disable)), None) => disable,
            (_, Some((_, disable))) => disable,
            (None, None) => false,
        }
    }

    /// Drops the warnings the directives suppress (errors cannot be suppressed).
    pub fn filter(&self, diags: &mut Vec<Diagnostic>) {
        if self.is_empty() {
            return;
        }
        diags.retain(|d| d.is_error() || !self.suppresses(d.code, d.span().start as usize));
    }
}

/// `162` is `CS0162`: C# reads a number as the number of one of its own warnings.
fn normalize(code: &str) -> String {
    match code.parse::<u32>() {
        Ok(n) if code.bytes().all(|b| b.is_ascii_digit()) => format!("CS{n:04}"),
        _ => code.to_ascii_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_directive_naming_a_code_decides() {
        let mut p = WarningPragmas::default();
        p.push(10, true, vec!["CS0162".into()]);
        p.push(20, false, vec!["162".into()]);
        p.push(30, true, vec![]);
        p.push(40, false, vec!["CS4014".into()]);
        assert!(!p.suppresses("CS0162", 5));
        assert!(p.suppresses("CS0162", 15));
        assert!(!p.suppresses("CS0162", 25));
        // `disable` with no list resets the codes' own states (as Roslyn's warning state map).
        assert!(p.suppresses("CS0162", 35));
        assert!(p.suppresses("CS1998", 35));
        assert!(!p.suppresses("CS4014", 45));
        p.push(50, false, vec![]);
        assert!(!p.suppresses("CS1998", 55));
    }
}
