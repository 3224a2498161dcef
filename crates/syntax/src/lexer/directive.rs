//! Preprocessor directives (C# spec 6.5), read as C# reads them:
//! - `#if`/`#elif`/`#else`/`#endif` are evaluated with the symbols the file `#define`s and
//!   `#undef`s before its first token. No symbol is predefined: unawait compiles as `csc` does
//!   without `/define` (`DEBUG`, `TRACE` and `NET8_0` come from the .NET SDK's project settings,
//!   not from C#). The text of a skipped section is not lexed: only the directives in it are
//!   read, to pair the `#if`s and `#endif`s.
//! - `#pragma warning disable|restore` records which warnings are suppressed where
//!   (`crate::pragmas`); `#error` is CS1029, `#warning` CS1030.
//! - `#nullable`, `#region`/`#endregion`, `#line default|hidden` and `#pragma checksum` change
//!   nothing unawait does. `#line 200 "file"` would change the line numbers of diagnostics and
//!   of exception traces: UA0100.

use std::collections::HashSet;

use super::{is_line_space, Driver};
use crate::diagnostic::Diagnostic;
use crate::pragmas::WarningPragmas;
use crate::span::Span;

/// One `#if` ... `#endif` group.
struct Group {
    /// The `#if` (for CS1027).
    start: Span,
    /// The text around the group is compiled.
    outer_active: bool,
    /// A branch of the group was compiled: the later ones are skipped.
    taken: bool,
    /// The current branch is compiled.
    active: bool,
    /// After `#else`.
    in_else: bool,
}

#[derive(Default)]
pub(super) struct Preprocessor {
    symbols: HashSet<String>,
    groups: Vec<Group>,
    /// The open `#region`s (for CS1038).
    regions: Vec<Span>,
    pub(super) pragmas: WarningPragmas,
}

impl Preprocessor {
    fn active(&self) -> bool {
        self.groups.last().is_none_or(|g| g.active)
    }
}

pub(super) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_symbol_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The first word of `text` (letters) and what follows it.
fn next_word(text: &str) -> (&str, &str) {
    let text = text.trim_start_matches(is_line_space);
    let len = text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    (&text[..len], &text[len..])
}

/// The directive's text without a trailing `// comment`.
fn strip_comment(text: &str) -> &str {
    text.find("//").map_or(text, |i| &text[..i])
}

impl Driver<'_> {
    fn pos(&self) -> usize {
        self.src.len() - self.lex.remainder().len()
    }

    /// Only whitespace precedes `at` on its line.
    fn at_line_start(&self, at: usize) -> bool {
        self.src[..at]
            .chars()
            .rev()
            .take_while(|&c| !is_line_break(c))
            .all(is_line_space)
    }

    /// A `#` at `hash`: a directive when it starts its line (CS1040 otherwise). Runs to the end
    /// of the line; when it leaves the text inactive, the skipped lines follow.
    pub(super) fn directive(&mut self, hash: usize) {
        if !self.at_line_start(hash) {
            self.error(
                "CS1040",
                "Preprocessor directives must appear as the first non-whitespace character on a line",
                Span::new(hash, hash + 1),
                "remove the `#`, or start a line with the directive",
            );
            return;
        }
        let rest = self.lex.remainder();
        let len = rest.find(is_line_break).unwrap_or(rest.len());
        self.lex.bump(len);
        let end = hash + 1 + len;
        let (name, args_at) = self.directive_name(hash, end);
        let span = Span::new(hash, end.max(hash + 1));
        match name {
            "if" | "elif" | "else" | "endif" => self.conditional(name, args_at, end, span),
            _ => self.other_directive(name, args_at, end, span),
        }
        if !self.pp.active() {
            self.skip_disabled();
        }
    }

    /// The directive's name (letters after `#` and whitespace) and where its arguments start.
    fn directive_name(&self, hash: usize, end: usize) -> (&'static str, usize) {
        let src = self.src;
        let after = &src[hash + 1..end];
        let lead = after.len() - after.trim_start_matches(is_line_space).len();
        let word_at = hash + 1 + lead;
        let word_len = src[word_at..end]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(end - word_at);
        let name = match &src[word_at..word_at + word_len] {
            "if" => "if",
            "elif" => "elif",
            "else" => "else",
            "endif" => "endif",
            "define" => "define",
            "undef" => "undef",
            "region" => "region",
            "endregion" => "endregion",
            "error" => "error",
            "warning" => "warning",
            "line" => "line",
            "pragma" => "pragma",
            "nullable" => "nullable",
            _ => "",
        };
        (name, word_at + word_len)
    }

    /// `#if`, `#elif`, `#else`, `#endif`, in compiled or skipped text.
    fn conditional(&mut self, name: &str, args_at: usize, end: usize, span: Span) {
        let args = &self.src[args_at..end];
        match name {
            "if" => {
                let outer = self.pp.active();
                let value = outer && self.condition(args, span);
                self.pp.groups.push(Group {
                    start: span,
                    outer_active: outer,
                    taken: value,
                    active: value,
                    in_else: false,
                });
            }
            "elif" | "else" => {
                let Some(g) = self.pp.groups.last() else {
                    self.unexpected_directive(span);
                    return;
                };
                if g.in_else {
                    if g.outer_active {
                        self.unexpected_directive(span);
                    }
                    return;
                }
                let (outer, taken) = (g.outer_active, g.taken);
                let value = if name == "else" {
                    if outer {
                        self.end_of_directive(args, args_at);
                    }
                    outer && !taken
                } else {
                    outer && !taken && self.condition(args, span)
                };
                let g = self.pp.groups.last_mut().expect("checked");
                g.active = value;
                g.taken |= value;
                g.in_else = name == "else";
            }
            _ => match self.pp.groups.pop() {
                Some(g) if g.outer_active => self.end_of_directive(args, args_at),
                Some(_) => {}
                None => self.unexpected_directive(span),
            },
        }
    }

    fn unexpected_directive(&mut self, span: Span) {
        self.error(
            "CS1028",
            "Unexpected preprocessor directive",
            span,
            "this directive closes or continues an `#if` (or `#region`) that is not open",
        );
    }

    /// What follows a directive's arguments: nothing but a `// comment` (CS1025).
    fn end_of_directive(&mut self, rest: &str, at: usize) {
        let text = rest.trim_matches(is_line_space);
        if text.is_empty() || text.starts_with("//") {
            return;
        }
        let start = at + (rest.len() - rest.trim_start_matches(is_line_space).len());
        self.error(
            "CS1025",
            "Single-line comment or end-of-line expected",
            Span::new(start, start + text.len()),
            "a directive ends at its line's end; only a `//` comment may follow",
        );
    }

    /// The value of an `#if`/`#elif` condition (CS1517 and false when it is not one).
    fn condition(&mut self, args: &str, span: Span) -> bool {
        let text = strip_comment(args);
        let mut p = CondParser {
            text,
            at: 0,
            symbols: &self.pp.symbols,
            depth: 0,
        };
        let value = p.or();
        p.skip_space();
        match value {
            Some(v) if p.at == text.len() => v,
            // `#if A B`: an expression, then what should have been the end of the line.
            Some(v) => {
                let at = span.end as usize - (args.len() - p.at);
                self.end_of_directive(&args[p.at..], at);
                v
            }
            None => {
                self.error(
                    "CS1517",
                    "Invalid preprocessor expression",
                    span,
                    "a condition is made of symbols, `true`, `false`, `!`, `==`, `!=`, `&&`, `||` and parentheses",
                );
                false
            }
        }
    }

    /// The directives other than the conditional ones, in compiled text.
    fn other_directive(&mut self, name: &str, args_at: usize, end: usize, span: Span) {
        let args = &self.src[args_at..end];
        match name {
            "define" | "undef" => self.define(name == "define", args, args_at, span),
            "region" => self.pp.regions.push(span),
            "endregion" => {
                if self.pp.regions.pop().is_none() {
                    self.unexpected_directive(span);
                }
            }
            "error" => {
                let text = args.trim_matches(is_line_space);
                self.error(
                    "CS1029",
                    format!("#error: '{text}'"),
                    span,
                    "the program asks not to be compiled in this configuration",
                );
            }
            "warning" => {
                if !self.pp.pragmas.suppresses("CS1030", span.start as usize) {
                    let text = args.trim_matches(is_line_space);
                    self.diagnostics.push(Diagnostic::warning(
                        "CS1030",
                        format!("#warning: '{text}'"),
                        span,
                    ));
                }
            }
            "line" => self.line(args, span),
            "pragma" => self.pragma(args, args_at, span),
            "nullable" => {
                let word = strip_comment(args).split_whitespace().next().unwrap_or("");
                if !matches!(word, "enable" | "disable" | "restore") {
                    self.error(
                        "CS8637",
                        "Expected 'enable', 'disable', or 'restore'",
                        span,
                        "`#nullable enable`, `#nullable disable` or `#nullable restore`",
                    );
                }
            }
            _ => self.error(
                "CS1024",
                "Preprocessor directive expected",
                span,
                "the directives are #if, #elif, #else, #endif, #define, #undef, #region, #endregion, #error, #warning, #line, #pragma and #nullable",
            ),
        }
    }

    fn define(&mut self, define: bool, args: &str, args_at: usize, span: Span) {
        if !self.tokens.is_empty() {
            self.error(
                "CS1032",
                "Cannot define/undefine preprocessor symbols after first token in file",
                span,
                "move `#define` and `#undef` to the top of the file, before `using`",
            );
            return;
        }
        let lead = args.len() - args.trim_start_matches(is_line_space).len();
        let name_len = args[lead..]
            .find(|c: char| !is_symbol_char(c))
            .unwrap_or(args.len() - lead);
        let name = &args[lead..lead + name_len];
        if name.is_empty() || name == "true" || name == "false" {
            self.error(
                "CS1001",
                "Identifier expected",
                span,
                "name the symbol: `#define TRACE_CALLS`",
            );
            return;
        }
        self.end_of_directive(&args[lead + name_len..], args_at + lead + name_len);
        if define {
            self.pp.symbols.insert(name.to_string());
        } else {
            self.pp.symbols.remove(name);
        }
    }

    /// `#line default` and `#line hidden` only matter to a debugger; a line number would
    /// renumber what diagnostics and exception traces show.
    fn line(&mut self, args: &str, span: Span) {
        let text = strip_comment(args).trim_matches(is_line_space);
        if matches!(text, "default" | "hidden") {
            return;
        }
        if text.starts_with(|c: char| c.is_ascii_digit() || c == '(') {
            self.diagnostics.push(
                Diagnostic::error(
                    "UA0100",
                    "`#line` directives that renumber lines are not supported yet",
                    span,
                )
                .with_hint("remove the directive: unawait numbers lines as they are in the file"),
            );
            return;
        }
        self.error(
            "CS1576",
            "The line number specified for #line directive is missing or invalid",
            span,
            "`#line 200`, `#line default` or `#line hidden`",
        );
    }

    fn pragma(&mut self, args: &str, args_at: usize, span: Span) {
        let (kind, rest) = next_word(strip_comment(args));
        match kind {
            "warning" => {}
            "checksum" => return,
            _ => {
                if !self.pp.pragmas.suppresses("CS1633", span.start as usize) {
                    self.diagnostics.push(
                        Diagnostic::warning("CS1633", "Unrecognized #pragma directive", span)
                            .with_hint("C# has `#pragma warning` and `#pragma checksum`"),
                    );
                }
                return;
            }
        }
        let (action, after) = next_word(rest);
        let codes: Vec<String> = after
            .split(',')
            .map(|c| c.trim_matches(is_line_space).to_string())
            .collect();
        let codes = if codes.len() == 1 && codes[0].is_empty() {
            Vec::new()
        } else {
            codes
        };
        if codes
            .iter()
            .any(|c| c.is_empty() || !c.chars().all(is_symbol_char))
        {
            self.diagnostics.push(
                Diagnostic::warning("CS1072", "Expected identifier or numeric literal", span)
                    .with_hint("list warnings by code: `#pragma warning disable CS0162, CS0168`"),
            );
            return;
        }
        match action {
            "disable" => self.pp.pragmas.push(args_at, true, codes),
            "restore" => self.pp.pragmas.push(args_at, false, codes),
            // `#pragma warning enable nullable` (C# 8) is about nullable warnings, which
            // unawait does not report.
            "enable" if codes.iter().all(|c| c == "nullable") && !codes.is_empty() => {}
            _ => self.diagnostics.push(
                Diagnostic::warning("CS1634", "Expected 'disable' or 'restore'", span).with_hint(
                    "`#pragma warning disable CS0162` ... `#pragma warning restore CS0162`",
                ),
            ),
        }
    }

    /// Skips the lines of an inactive section, reading only the conditional directives that
    /// start a line, until one makes the text active again (or the file ends).
    fn skip_disabled(&mut self) {
        let src = self.src;
        loop {
            let pos = self.pos();
            let rest = &src[pos..];
            let Some(i) = rest.find(is_line_break) else {
                self.lex.bump(rest.len());
                return;
            };
            let br = rest[i..].chars().next().map_or(1, char::len_utf8);
            let line_start = pos + i + br;
            let line = &src[line_start..];
            let hash = line_start + (line.len() - line.trim_start_matches(is_line_space).len());
            let line_end = hash + src[hash..].find(is_line_break).unwrap_or(src.len() - hash);
            if src[hash..].starts_with('#') {
                let (name, args_at) = self.directive_name(hash, line_end);
                if matches!(name, "if" | "elif" | "else" | "endif") {
                    self.conditional(name, args_at, line_end, Span::new(hash, line_end));
                    if self.pp.active() {
                        self.lex.bump(line_end - pos);
                        return;
                    }
                }
            }
            self.lex.bump(line_end - pos);
        }
    }

    /// At the end of the file: an `#if` or `#region` left open (C# reports it at the end of
    /// the file; the diagnostic points at the innermost open directive, which is what to close).
    pub(super) fn directives_at_end(&mut self) {
        if let Some(g) = self.pp.groups.last() {
            let span = g.start;
            self.diagnostics.push(
                Diagnostic::error("CS1027", "#endif directive expected", span)
                    .with_primary("this `#if` is not closed")
                    .with_hint("close the `#if` with `#endif` before the end of the file"),
            );
        }
        if let Some(&span) = self.pp.regions.last() {
            self.diagnostics.push(
                Diagnostic::error("CS1038", "#endregion directive expected", span)
                    .with_primary("this `#region` is not closed")
                    .with_hint("close the `#region` with `#endregion` before the end of the file"),
            );
        }
    }
}

/// An `#if` condition: `||` over `&&` over `==`/`!=` over `!` over symbols, `true`, `false`
/// and parentheses (C# spec 6.5.3). `None` where it is not one.
struct CondParser<'a> {
    text: &'a str,
    at: usize,
    symbols: &'a HashSet<String>,
    /// Nesting of `!` and parentheses: a line of a million `(` is not a condition worth a
    /// stack overflow.
    depth: u32,
}

impl CondParser<'_> {
    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start_matches(is_line_space).len();
    }

    fn eat(&mut self, op: &str) -> bool {
        self.skip_space();
        if self.text[self.at..].starts_with(op) {
            self.at += op.len();
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.eat("||") {
            v |= self.and()?;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.equality()?;
        while self.eat("&&") {
            v &= self.equality()?;
        }
        Some(v)
    }

    fn equality(&mut self) -> Option<bool> {
        let mut v = self.unary()?;
        loop {
            if self.eat("==") {
                v = v == self.unary()?;
            } else if self.eat("!=") {
                v = v != self.unary()?;
            } else {
                return Some(v);
            }
        }
    }

    fn unary(&mut self) -> Option<bool> {
        self.depth += 1;
        if self.depth > 200 {
            return None;
        }
        let v = self.unary_inner();
        self.depth -= 1;
        v
    }

    fn unary_inner(&mut self) -> Option<bool> {
        self.skip_space();
        let rest = &self.text[self.at..];
        if rest.starts_with('!') && !rest.starts_with("!=") {
            self.at += 1;
            return self.unary().map(|v| !v);
        }
        if self.eat("(") {
            let v = self.or()?;
            return self.eat(")").then_some(v);
        }
        let len = rest
            .find(|c: char| !is_symbol_char(c))
            .unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        self.at += len;
        Some(match &rest[..len] {
            "true" => true,
            "false" => false,
            s => self.symbols.contains(s),
        })
    }
}
