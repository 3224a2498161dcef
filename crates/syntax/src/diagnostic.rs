//! One diagnostic type for every phase. Phases produce data; rendering happens in one place.

use crate::span::{line_col, Span};
use ariadne::{Config, IndexType, Label as AriadneLabel, Report, ReportKind, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// `code` is C#'s number (`CS0103`) where C# has the diagnostic, otherwise the project's own (`UA0100`);
/// every code is listed in docs/diagnostics.md.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The first label is the primary one: its start is the `file:line:col` of the diagnostic.
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Self::new(Severity::Error, code, message, span)
    }

    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Self::new(Severity::Warning, code, message, span)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>, span: Span) -> Self {
        let message = message.into();
        Diagnostic {
            code,
            severity,
            labels: vec![Label {
                span,
                message: String::new(),
            }],
            message,
            notes: Vec::new(),
            hint: None,
        }
    }

    /// Text under the primary label (defaults to the message).
    pub fn with_primary(mut self, message: impl Into<String>) -> Self {
        self.labels[0].message = message.into();
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn span(&self) -> Span {
        self.labels[0].span
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by position (stable, so a phase's order is kept for equal spans) and caps the
/// count: a binary file can produce one error per byte, and nobody reads the ten-thousandth.
pub fn finish(diags: &mut Vec<Diagnostic>, max_errors: usize) {
    diags.sort_by_key(|d| (d.span().start, d.severity == Severity::Warning));
    // Recovery can report one fault twice from two parse attempts.
    diags.dedup_by(|a, b| a.code == b.code && a.span() == b.span() && a.message == b.message);
    let mut errors = 0;
    diags.retain(|d| {
        if d.is_error() {
            errors += 1;
            errors <= max_errors
        } else {
            true
        }
    });
    if errors > max_errors {
        let last = diags.iter().rev().find(|d| d.is_error()).map(|d| d.span());
        diags.push(
            Diagnostic::error(
                "UA0002",
                format!("too many errors ({errors}); only the first {max_errors} are shown"),
                last.unwrap_or_default(),
            )
            .with_hint("fix the first errors; later ones are often caused by them"),
        );
    }
}

const MAX_EXCERPT_LINE: usize = 400;

fn line_length_at(source: &str, offset: u32) -> usize {
    let at = (offset as usize).min(source.len());
    let bytes = source.as_bytes();
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i);
    end - start
}

/// The one-line form: `file:line:col: error CS0103: message`.
pub fn short(d: &Diagnostic, file: &str, source: &str) -> String {
    let (line, col) = line_col(source, d.span().start);
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!("{file}:{line}:{col}: {kind} {}: {}", d.code, d.message)
}

/// Renders with ariadne: the short line first (so `file:line:col` is greppable), then the report
/// with source excerpts, labels, notes and the hint.
pub fn render(diags: &[Diagnostic], file: &str, source: &str, color: bool) -> String {
    let mut out = Vec::new();
    let name = file.to_string();
    let mut cache = (name.clone(), Source::from(source));
    for d in diags {
        out.extend_from_slice(short(d, file, source).as_bytes());
        out.push(b'\n');
        if d.labels
            .iter()
            .any(|l| line_length_at(source, l.span.start) > MAX_EXCERPT_LINE)
        {
            // An excerpt of a 100,000-character line is three lines of 100,000 characters.
            for l in d.labels.iter().skip(1) {
                let (line, col) = line_col(source, l.span.start);
                out.extend_from_slice(format!("  = {line}:{col}: {}\n", l.message).as_bytes());
            }
            for n in &d.notes {
                out.extend_from_slice(format!("  = note: {n}\n").as_bytes());
            }
            if let Some(h) = &d.hint {
                out.extend_from_slice(format!("  = help: {h}\n").as_bytes());
            }
            continue;
        }
        let kind = match d.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        // ariadne indexes the source by these byte offsets: they must lie on char boundaries.
        let clamp = |s: Span| {
            let mut end = (s.end as usize).min(source.len());
            while !source.is_char_boundary(end) {
                end += 1;
            }
            let mut start = (s.start as usize).min(end);
            while !source.is_char_boundary(start) {
                start -= 1;
            }
            (name.clone(), start..end)
        };
        let mut report = Report::build(kind, clamp(d.span()))
            .with_config(
                Config::default()
                    .with_color(color)
                    .with_index_type(IndexType::Byte),
            )
            .with_code(d.code)
            .with_message(&d.message);
        for (i, l) in d.labels.iter().enumerate() {
            let text = if i == 0 && l.message.is_empty() {
                d.message.clone()
            } else {
                l.message.clone()
            };
            report = report.with_label(AriadneLabel::new(clamp(l.span)).with_message(text));
        }
        for n in &d.notes {
            report = report.with_note(n);
        }
        if let Some(h) = &d.hint {
            report = report.with_help(h);
        }
        // Writing to a Vec cannot fail.
        let _ = report.finish().write(&mut cache, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}
