//! Labels, `goto` and `switch` statements: a label is visible in its whole block and the blocks
//! nested in it (C#'s scope of a label), so a `goto` may jump forward or back but never into a
//! block; `goto case`/`goto default` go to a section of the innermost `switch`. The errors:
//! CS0140/CS0158 (duplicate labels), CS0159 (no such label), CS0153 (`goto case` outside a
//! switch), CS0157 (a jump out of `finally`), CS0152 (duplicate case labels), CS0150 (a label that
//! is not constant), conversions of labels to the governing type, the warnings CS0164 (a label
//! never referenced), CS0469 and CS1522. Falling through a section (CS0163/CS8070) is flow.rs's.

use unawait_syntax::ast::{self, ExprKind as A, PatternKind as P, StmtKind as S};
use unawait_syntax::{Diagnostic, Span};

use crate::body::Body;
use crate::constants::ConstValue;
use crate::hir::{LabelId, StmtKind, SwitchSection};
use crate::types::Ty;

#[derive(Clone, Debug)]
struct LabelInfo {
    name: String,
    span: Span,
    /// `Body::finally_depth` where it is declared: a `goto` from deeper leaves a `finally`.
    finally_depth: u32,
    used: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct SwitchCtx {
    governing: Ty,
    /// Each case label's value and its section.
    cases: Vec<(ConstValue, u32)>,
    default: Option<u32>,
    finally_depth: u32,
    /// A switch with pattern labels (check_switch_stmt.rs): its sections are one `if` chain.
    patterns: bool,
}

/// What the checker knows of labels and switches in the body being checked.
#[derive(Clone, Debug, Default)]
pub struct Jumps {
    labels: Vec<LabelInfo>,
    /// The labels each open statement list declares, innermost last.
    scopes: Vec<Vec<u32>>,
    switches: Vec<SwitchCtx>,
    /// For each enclosing loop or `switch`, innermost last: whether it is a switch, and the
    /// `finally` depth at it (`break` targets the innermost; `continue` the innermost loop).
    pub targets: Vec<(bool, u32)>,
    /// `Ctx::unsupported_count` when the body's checking began.
    pub unsupported_at_start: usize,
}

impl Jumps {
    pub fn new(unsupported_at_start: usize) -> Jumps {
        Jumps {
            unsupported_at_start,
            ..Default::default()
        }
    }
}

/// The jump targets of a function whose body contains a lambda being checked: a lambda's
/// `break`, `continue` and `goto` cannot leave it.
pub(crate) struct Saved {
    scopes: Vec<Vec<u32>>,
    switches: Vec<SwitchCtx>,
    targets: Vec<(bool, u32)>,
}

impl Jumps {
    pub(crate) fn label_count(&self) -> usize {
        self.labels.len()
    }

    pub(crate) fn truncate_labels(&mut self, n: usize) {
        self.labels.truncate(n);
    }

    /// Labels keep one numbering per method (closure conversion keeps them unique).
    pub(crate) fn enter_function(&mut self) -> Saved {
        Saved {
            scopes: std::mem::take(&mut self.scopes),
            switches: std::mem::take(&mut self.switches),
            targets: std::mem::take(&mut self.targets),
        }
    }

    pub(crate) fn leave_function(&mut self, s: Saved) {
        self.scopes = s.scopes;
        self.switches = s.switches;
        self.targets = s.targets;
    }
}

impl Body<'_, '_> {
    /// Opens the label scope of a statement list: its labels are visible before they appear.
    pub(crate) fn open_labels<'s>(&mut self, lists: impl IntoIterator<Item = &'s [ast::Stmt]>) {
        let mut ids = Vec::new();
        for stmts in lists {
            for s in stmts {
                let mut s = s;
                while let S::Labeled { label, stmt } = &s.kind {
                    self.declare_label(label, &mut ids);
                    s = stmt;
                }
            }
        }
        self.jumps.scopes.push(ids);
    }

    fn declare_label(&mut self, label: &ast::Ident, ids: &mut Vec<u32>) {
        let same = ids
            .iter()
            .find(|&&i| self.jumps.labels[i as usize].name == label.name)
            .copied();
        let outer = self
            .jumps
            .scopes
            .iter()
            .flatten()
            .find(|&&i| self.jumps.labels[i as usize].name == label.name)
            .copied();
        if let Some(prev) = same {
            let first = self.jumps.labels[prev as usize].span;
            self.cx.diags.push(
                Diagnostic::error(
                    "CS0140",
                    format!("The label '{}' is a duplicate", label.name),
                    label.span,
                )
                .with_label(first, "first declared here")
                .with_hint("rename one of the labels"),
            );
            return;
        }
        if let Some(prev) = outer {
            let first = self.jumps.labels[prev as usize].span;
            self.cx.diags.push(
                Diagnostic::error(
                    "CS0158",
                    format!(
                        "The label '{}' shadows another label by the same name in a contained scope",
                        label.name
                    ),
                    label.span,
                )
                .with_label(first, "the enclosing label")
                .with_hint("rename the inner label"),
            );
        }
        ids.push(self.jumps.labels.len() as u32);
        self.jumps.labels.push(LabelInfo {
            name: label.name.clone(),
            span: label.span,
            finally_depth: self.finally_depth,
            used: false,
        });
    }

    /// Closes the innermost label scope: a label no `goto` names is C#'s warning CS0164.
    pub(crate) fn close_labels(&mut self) {
        let Some(ids) = self.jumps.scopes.pop() else {
            return;
        };
        // A construct reported as unsupported is not checked, and may hold the label's `goto`.
        let skipped = self.cx.unsupported_count > self.jumps.unsupported_at_start;
        for i in ids {
            let l = &self.jumps.labels[i as usize];
            if !l.used && !skipped {
                let span = l.span;
                self.warn(
                    "CS0164",
                    "This label has not been referenced",
                    span,
                    "remove the label, or jump to it with `goto`",
                );
            }
        }
    }

    /// The label `name` as the innermost scope that declares it sees it.
    fn find_label(&self, name: &str) -> Option<u32> {
        self.jumps
            .scopes
            .iter()
            .rev()
            .find_map(|ids| {
                ids.iter()
                    .find(|&&i| self.jumps.labels[i as usize].name == name)
            })
            .copied()
    }

    /// `L: s` in a statement list: the label's place, then `s`.
    pub(crate) fn labeled(&mut self, label: &ast::Ident) -> Option<StmtKind> {
        // Declared when its list was opened; an embedded labeled statement (CS1023) has none.
        let id = self
            .jumps
            .scopes
            .last()?
            .iter()
            .find(|&&i| {
                let l = &self.jumps.labels[i as usize];
                l.name == label.name && l.span == label.span
            })
            .copied()?;
        Some(StmtKind::Label(LabelId(id)))
    }

    pub(crate) fn goto(&mut self, target: &ast::GotoTarget, span: Span) -> Option<StmtKind> {
        match target {
            ast::GotoTarget::Label(name) => {
                let Some(id) = self.find_label(&name.name) else {
                    self.err(
                        "CS0159",
                        format!(
                            "No such label '{}' within the scope of the goto statement",
                            name.name
                        ),
                        name.span,
                        "a `goto` can jump to a label of its own block or of an enclosing one",
                    );
                    return None;
                };
                let l = &mut self.jumps.labels[id as usize];
                l.used = true;
                if l.finally_depth < self.finally_depth {
                    self.finally_exit_at(span);
                }
                Some(StmtKind::Goto(LabelId(id)))
            }
            ast::GotoTarget::Case(e) => self.goto_case(Some(e), span),
            ast::GotoTarget::Default => self.goto_case(None, span),
        }
    }

    fn finally_exit_at(&mut self, span: Span) {
        self.err(
            "CS0157",
            "Control cannot leave the body of a finally clause",
            span,
            "move this out of the `finally` block",
        );
    }

    fn goto_case(&mut self, value: Option<&ast::Expr>, span: Span) -> Option<StmtKind> {
        let v = value.map(|e| self.expr(e));
        let Some(sw) = self.jumps.switches.last().cloned() else {
            self.err(
                "CS0153",
                "A goto case is only valid inside a switch statement",
                span,
                "`goto case` and `goto default` jump to a label of the enclosing `switch`",
            );
            return None;
        };
        if sw.patterns {
            self.cx.unsupported(
                "`goto case` and `goto default` in a `switch` with pattern labels are",
                span,
            );
            return None;
        }
        if sw.finally_depth < self.finally_depth {
            self.finally_exit_at(span);
        }
        let section = match v {
            None => {
                let Some(d) = sw.default else {
                    self.err(
                        "CS0159",
                        "No such label 'default:' within the scope of the goto statement",
                        span,
                        "the `switch` has no `default:` section",
                    );
                    return None;
                };
                d
            }
            Some(v) => {
                if v.ty.is_error() || sw.governing.is_error() {
                    return None;
                }
                let c = self.goto_case_value(v, &sw.governing, span)?;
                let Some(&(_, s)) = sw.cases.iter().find(|(k, _)| *k == c) else {
                    self.err(
                        "CS0159",
                        format!(
                            "No such label 'case {}:' within the scope of the goto statement",
                            display_case(&c)
                        ),
                        span,
                        "the `switch` has no `case` with this value",
                    );
                    return None;
                };
                s
            }
        };
        Some(StmtKind::GotoSection(section))
    }

    /// The value of `goto case v`: converted to the governing type implicitly, or (Roslyn's
    /// compatibility with the first C# compiler) explicitly with the warning CS0469.
    fn goto_case_value(&mut self, v: crate::hir::Expr, to: &Ty, span: Span) -> Option<ConstValue> {
        let c = if crate::convert::implicit(&v.ty, to).is_some() {
            let e = self.coerce(v, to);
            e.constant().cloned()
        } else if crate::convert::explicit(&v.ty, to).is_some() && v.constant().is_some() {
            self.warn(
                "CS0469",
                format!("The 'goto case' value is not implicitly convertible to type '{to}'"),
                span,
                "write the value with the switch's type",
            );
            let c = v.constant()?.clone();
            let converted = if self.overflow.constants_checked() {
                c.convert_numeric(to)
            } else {
                c.convert_unchecked(to)
            };
            match converted {
                Ok(c) => Some(c),
                Err(()) => {
                    self.err(
                        "CS0221",
                        format!("Constant value '{c}' cannot be converted to a '{to}' (use 'unchecked' syntax to override)"),
                        span,
                        "the constant does not fit in the target type",
                    );
                    return None;
                }
            }
        } else {
            let e = self.coerce(v, to);
            if e.ty.is_error() || matches!(e.kind, crate::hir::ExprKind::Error) {
                return None;
            }
            e.constant().cloned()
        };
        if c.is_none() {
            self.err(
                "CS0150",
                "A constant value is expected",
                span,
                "`goto case` takes a constant",
            );
        }
        c
    }

    /// A `switch` statement; `None` when it was reported as a whole (pattern labels).
    pub(crate) fn switch_stmt(
        &mut self,
        subject: &ast::Expr,
        sections: &[ast::SwitchSection],
        span: Span,
    ) -> Option<StmtKind> {
        if sections
            .iter()
            .flat_map(|s| &s.labels)
            .any(|l| self.is_pattern_label(l))
        {
            return self.pattern_switch_stmt(subject, sections, span);
        }
        let subject = self.expr(subject);
        let governing = match &subject.ty {
            Ty::Int
            | Ty::Long
            | Ty::Bool
            | Ty::Char
            | Ty::Small(_)
            | Ty::UInt
            | Ty::ULong
            | Ty::String
            | Ty::Enum(..)
            | Ty::Error => subject.ty.clone(),
            Ty::Null | Ty::Void => {
                self.err(
                    "CS8119",
                    format!(
                        "The switch expression must be a value; found '{}'",
                        if subject.ty == Ty::Null {
                            "<null>"
                        } else {
                            "void"
                        }
                    ),
                    subject.span,
                    "switch on a value",
                );
                Ty::Error
            }
            t if t.nullable_of().is_some() => {
                self.duplicate_nullable_cases(
                    t.nullable_of().cloned().unwrap_or(Ty::Error),
                    sections,
                );
                return self.pattern_switch_on(subject, sections, span);
            }
            // A struct has no constants: its labels are patterns (only `default` here).
            t if t.is_struct() => return self.pattern_switch_on(subject, sections, span),
            t => {
                self.cx.unsupported(
                    &format!("`switch` statements on a value of type `{t}` are"),
                    subject.span,
                );
                return None;
            }
        };
        if sections.is_empty() {
            self.warn(
                "CS1522",
                "Empty switch block",
                span,
                "add a section, or remove the `switch`",
            );
        }
        let mut ctx = SwitchCtx {
            governing: governing.clone(),
            cases: Vec::new(),
            default: None,
            finally_depth: self.finally_depth,
            patterns: false,
        };
        let mut labels = Vec::with_capacity(sections.len());
        for (i, sec) in sections.iter().enumerate() {
            let mut own = Vec::with_capacity(sec.labels.len());
            for l in &sec.labels {
                match &l.pattern {
                    None => {
                        if ctx.default.is_some() {
                            self.err(
                                "CS0152",
                                "The switch statement contains multiple cases with the label value 'default:'",
                                l.span,
                                "a `switch` has one `default:` label",
                            );
                        } else {
                            ctx.default = Some(i as u32);
                            own.push(None);
                        }
                    }
                    Some(p) => {
                        let Some(c) = self.case_value(p, &governing, l.span) else {
                            continue;
                        };
                        if ctx.cases.iter().any(|(k, _)| *k == c) {
                            self.err(
                                "CS0152",
                                format!(
                                    "The switch statement contains multiple cases with the label value '{}'",
                                    display_case(&c)
                                ),
                                l.span,
                                "each value can label one case",
                            );
                            continue;
                        }
                        ctx.cases.push((c.clone(), i as u32));
                        own.push(Some(c));
                    }
                }
            }
            labels.push(own);
        }
        // One block: a local of one section is in scope (unassigned) in the others.
        self.scopes.push();
        let lists: Vec<&[ast::Stmt]> = sections.iter().map(|s| s.body.as_slice()).collect();
        for l in &lists {
            self.predeclare(l);
            // Only a block moves its local functions' delegates to its start.
            for s in l.iter() {
                if let S::LocalFunction(f) = &s.kind {
                    self.local_fns
                        .insert(f.name.span, Err("local functions in `switch` sections are"));
                }
            }
        }
        self.open_labels(lists.iter().copied());
        self.jumps.switches.push(ctx);
        self.jumps.targets.push((true, self.finally_depth));
        let mut out = Vec::with_capacity(sections.len());
        for (sec, labels) in sections.iter().zip(labels) {
            let mut body = Vec::with_capacity(sec.body.len());
            for s in &sec.body {
                self.stmt(s, &mut body);
            }
            out.push(SwitchSection {
                labels,
                body,
                span: sec.labels.last().map_or(sec.span, |l| l.span),
            });
        }
        self.jumps.targets.pop();
        self.jumps.switches.pop();
        self.close_labels();
        self.scopes.pop();
        Some(StmtKind::Switch {
            subject,
            sections: out,
        })
    }

    /// CS0152 for a constant (or `null`) that labels two cases of a `switch` on a nullable
    /// value, which the pattern switch it becomes would not report.
    fn duplicate_nullable_cases(&mut self, inner: Ty, sections: &[ast::SwitchSection]) {
        let mut seen: Vec<Option<ConstValue>> = Vec::new();
        for l in sections.iter().flat_map(|s| &s.labels) {
            let (Some(mut p), None) = (l.pattern.as_ref(), l.guard.as_ref()) else {
                continue;
            };
            while let P::Paren(inner) = &p.kind {
                p = inner;
            }
            let P::Constant(e) = &p.kind else {
                continue;
            };
            let c = if matches!(e.kind, ast::ExprKind::Literal(ast::Literal::Null)) {
                None
            } else {
                let v = self.expr(e);
                if v.ty.is_error() || crate::convert::implicit(&v.ty, &inner).is_none() {
                    continue;
                }
                let v = self.coerce(v, &inner);
                match v.constant() {
                    Some(c) => Some(c.clone()),
                    None => continue,
                }
            };
            if seen.contains(&c) {
                let shown = c.as_ref().map_or("null".to_string(), display_case);
                self.err(
                    "CS0152",
                    format!("The switch statement contains multiple cases with the label value '{shown}'"),
                    l.span,
                    "each value can label one case",
                );
            } else {
                seen.push(c);
            }
        }
    }

    /// Opens a `switch` with pattern labels for the jumps in its sections: `break` leaves it,
    /// `goto case` is not in the slice.
    pub(crate) fn enter_pattern_switch(&mut self, governing: Ty) {
        self.jumps.switches.push(SwitchCtx {
            governing,
            cases: Vec::new(),
            default: None,
            finally_depth: self.finally_depth,
            patterns: true,
        });
        self.jumps.targets.push((true, self.finally_depth));
    }

    pub(crate) fn leave_pattern_switch(&mut self) {
        self.jumps.targets.pop();
        self.jumps.switches.pop();
    }

    /// Whether a `case` label is a pattern (`case int x`, `case > 5`, `case T:` of a type,
    /// `case 1 when ...`) rather than a constant.
    pub(crate) fn is_pattern_label(&mut self, l: &ast::SwitchLabel) -> bool {
        if l.guard.is_some() {
            return true;
        }
        let Some(p) = &l.pattern else {
            return false;
        };
        let mut p = p;
        while let P::Paren(inner) = &p.kind {
            p = inner;
        }
        match &p.kind {
            P::Constant(e) => match &e.kind {
                A::Name { .. } | A::Member { .. } | A::PredefinedType(_) => {
                    // Resolving reports nothing: an unknown name is reported when the label is
                    // checked as a constant.
                    let before = self.cx.diags.list.len();
                    let unsupported = self.cx.unsupported_count;
                    let is_type = matches!(self.resolve(e), crate::resolve::Resolved::Type(_));
                    self.cx.diags.list.truncate(before);
                    self.cx.unsupported_count = unsupported;
                    is_type
                }
                _ => false,
            },
            _ => true,
        }
    }

    /// The constant of `case e:` converted to the governing type; `None` after an error.
    fn case_value(&mut self, p: &ast::Pattern, to: &Ty, span: Span) -> Option<ConstValue> {
        let mut p = p;
        while let P::Paren(inner) = &p.kind {
            p = inner;
        }
        let P::Constant(e) = &p.kind else {
            return None;
        };
        if matches!(e.kind, A::Default(None)) {
            self.err(
                "CS8313",
                "A default literal 'default' is not valid as a case constant. Use another literal (e.g. '0' or 'null') as appropriate. If you intended to write the default label, use 'default:' without 'case'.",
                e.span,
                "write `default:` for the default section, or the constant itself (`case 0:`)",
            );
            return None;
        }
        let v = self.expr(e);
        if v.ty.is_error() || to.is_error() {
            return None;
        }
        let v = self.coerce(v, to);
        if v.ty.is_error() || matches!(v.kind, crate::hir::ExprKind::Error) {
            return None;
        }
        match v.constant() {
            Some(c) => Some(c.clone()),
            None => {
                self.err(
                    "CS0150",
                    "A constant value is expected",
                    span,
                    "a `case` label is a constant of the switch's type",
                );
                None
            }
        }
    }
}

/// A case label's value as C# shows it in messages.
pub(crate) fn display_case(c: &ConstValue) -> String {
    match c {
        ConstValue::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}
