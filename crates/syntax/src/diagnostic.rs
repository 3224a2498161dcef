//! One diagnostic type for every phase. Phases produce data; rendering happens in one place.

use crate::span::{line_col, LineIndex, Span};
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

fn line_length_at(source: &str, lines: &LineIndex, offset: u32) -> usize {
    let line = lines.line(offset);
    let start = lines.line_start(line).min(source.len());
    let end = lines.line_start(line + 1).min(source.len());
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

/// Renders each diagnostic once: the short line (so `file:line:col` is greppable, and the
/// message is said once), then ariadne's excerpt of the source with the labels, notes and hint.
/// Labels say what is at their place; the primary one is only a marker unless it has text of
/// its own.
pub fn render(diags: &[Diagnostic], file: &str, source: &str, color: bool) -> String {
    let mut out = Vec::new();
    let name = file.to_string();
    // ariadne also ends lines at vertical tab and form feed, which C# reads as spaces: hide
    // them so that its line numbers are the project's (`LineIndex`).
    let shown = source.replace(['\x0B', '\x0C'], " ");
    let mut cache = (name.clone(), Source::from(shown.as_str()));
    let lines = LineIndex::new(source);
    for d in diags {
        let (line, col) = lines.line_col(source, d.span().start);
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.extend_from_slice(
            format!("{file}:{line}:{col}: {kind} {}: {}\n", d.code, d.message).as_bytes(),
        );
        if d.labels
            .iter()
            .any(|l| line_length_at(source, &lines, l.span.start) > MAX_EXCERPT_LINE)
        {
            // An excerpt of a 100,000-character line is three lines of 100,000 characters.
            for l in d.labels.iter().skip(1) {
                let (line, col) = lines.line_col(source, l.span.start);
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
        let mut report = Report::build(kind, clamp(d.span())).with_config(
            Config::default()
                .with_color(color)
                .with_index_type(IndexType::Byte),
        );
        for (i, l) in d.labels.iter().enumerate() {
            let text = match (i, l.message.is_empty()) {
                (0, true) => short_label(d.code),
                _ => &l.message,
            };
            report = report.with_label(AriadneLabel::new(clamp(l.span)).with_message(text));
        }
        for n in &d.notes {
            report = report.with_note(n);
        }
        if let Some(h) = &d.hint {
            report = report.with_help(h);
        }
        // ariadne's first line is its own title (`Error:`): the short line above is ours.
        let mut excerpt = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = report.finish().write(&mut cache, &mut excerpt);
        let body = excerpt
            .iter()
            .position(|&b| b == b'\n')
            .map_or(&excerpt[..], |i| &excerpt[i + 1..]);
        out.extend_from_slice(body);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the primary label says when its diagnostic gives it no text of its own: a few words
/// about the marked code, so that the message (already in the first line) is not said again.
fn short_label(code: &str) -> &'static str {
    match code {
        "UA0100" => "not supported yet",
        "UA0101" => "namespace not available",
        "UA0102" => "outside unawait's language",
        "UA0103" => "type outside the language",
        "CS0017" | "CS0028" | "CS4009" | "CS5001" | "CS8892" => "entry point",
        "CS0019" | "CS0023" => "operator not defined for these types",
        "CS0020" => "divides by zero",
        "CS0021" | "CS0022" => "cannot be indexed this way",
        "CS0029" | "CS0266" | "CS1503" | "CS0037" | "CS0030" | "CS4016" => {
            "value of the wrong type"
        }
        "CS0100" | "CS0101" | "CS0102" | "CS0111" | "CS0128" | "CS0136" => "declared again",
        "CS0103" => "not declared here",
        "CS0106" | "CS1527" | "CS0504" => "modifier not allowed",
        "CS0110" => "defined in terms of itself",
        "CS0116" => "not inside a class",
        "CS0117" | "CS1061" => "no such member",
        "CS0118" | "CS0119" | "CS1955" | "CS0149" => "not a value",
        "CS0120" | "CS0176" | "CS0708" | "CS0712" => "static and instance members mixed",
        "CS0121" => "ambiguous call",
        "CS0122" => "not accessible here",
        "CS0126" | "CS0127" | "CS1997" => "return value",
        "CS0131" | "CS1059" | "CS0200" | "CS0198" | "CS1656" => "cannot be assigned",
        "CS0133" | "CS0150" | "CS0145" | "CS0283" => "not a constant",
        "CS0139" | "CS0157" => "jump not allowed here",
        "CS0155" | "CS0156" | "CS0724" => "throw",
        "CS0160" | "CS1017" | "CS1058" => "never reached: caught before",
        "CS0161" => "some path ends without a return",
        "CS0162" => "unreachable",
        "CS0165" => "may be unassigned here",
        "CS0173" => "branches of different types",
        "CS0201" => "not a statement",
        "CS0220" | "CS0221" => "overflows at compile time",
        "CS0234" | "CS0246" => "not found",
        "CS0305" | "CS0308" | "CS0411" | "CS7003" => "type arguments",
        "CS0472" => "always the same result",
        "CS0501" => "needs a body",
        "CS0542" => "same name as its type",
        "CS0815" | "CS0818" | "CS0819" | "CS0822" | "CS0825" | "CS8183" => "`var` here",
        "CS0826" | "CS0847" | "CS1586" | "CS0622" => "array",
        "CS0841" => "used before its declaration",
        "CS1023" => "needs a block",
        "CS1501" | "CS1729" => "wrong number of arguments",
        "CS1520" => "no return type",
        "CS1524" => "try without catch or finally",
        "CS1547" | "CS8209" | "CS4008" => "`void` here",
        "CS1579" => "cannot be enumerated",
        "CS1922" | "CS8754" => "cannot be created this way",
        "CS1983" => "not a task type",
        "CS1992" | "CS4032" | "CS4033" => "await outside an async method",
        "CS1998" => "runs synchronously",
        "CS4001" => "cannot be awaited",
        "CS4014" => "not awaited",
        "CS1002" | "CS1026" | "CS1513" | "CS1514" | "CS1003" => "expected here",
        "CS1525" | "CS1001" | "CS1031" | "CS1014" | "CS1037" | "CS1519" | "CS1526" => {
            "unexpected here"
        }
        "CS1022" | "CS1529" | "CS0742" => "misplaced",
        "CS8078" => "nested too deeply",
        _ => "here",
    }
}
