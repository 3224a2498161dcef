//! Format strings the checker looks at: an interpolation hole with an alignment or a format is
//! C#'s `string.Format` of one argument, and a constant format string whose numeric formats the
//! runtime does not implement draws UA0100 instead of printing something else than .NET.

use unawait_syntax::ast;
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::{library, BuiltinId};
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{Expr, ExprKind};
use crate::types::Ty;

impl Body<'_, '_> {
    /// `{x,align:format}` is `string.Format("{0,align:format}", x)`, as C# formats a hole with
    /// an alignment or a format string.
    pub(crate) fn formatted_hole(
        &mut self,
        v: Expr,
        alignment: Option<&ast::Expr>,
        format: Option<&str>,
        span: Span,
    ) -> Option<Expr> {
        let mut item = String::from("{0");
        if let Some(a) = alignment {
            let a = self.expr(a);
            if a.ty.is_error() || v.ty.is_error() {
                return None;
            }
            let a = self.coerce(a, &Ty::Int);
            match a.constant() {
                Some(ConstValue::Int(n)) => item.push_str(&format!(",{n}")),
                _ => {
                    if !a.ty.is_error() {
                        self.err(
                            "CS0150",
                            "A constant value is expected",
                            a.span,
                            "the alignment of an interpolation hole is a constant int",
                        );
                    }
                    return None;
                }
            }
        }
        if v.ty.is_error() {
            return None;
        }
        if let Some(f) = format {
            // A TimeSpan's formats (`c`, `g`, `hh\:mm`) are the runtime's own (timespan.rs).
            if !format_supported(f) && !crate::timespan_ops::is_timespan(&v.ty) {
                self.cx
                    .unsupported(&format!("the numeric format string `{f}` is"), span);
                return None;
            }
            item.push(':');
            item.push_str(f);
        }
        item.push('}');
        let id = library()
            .lookup(crate::builtins::Owner::String, "Format")
            .iter()
            .copied()
            .find(|&id| {
                let m = library().get(id);
                m.params.len() == 2 && !m.params_array
            })?;
        let v = if v.ty == Ty::Void {
            self.err(
                "CS0029",
                "Cannot implicitly convert type 'void' to 'object'",
                v.span,
                "an interpolation hole needs a value",
            );
            return None;
        } else {
            self.coerce(v, &Ty::Object)
        };
        Some(mk(
            ExprKind::Call {
                callee: crate::hir::Callee::Builtin(id),
                receiver: None,
                args: vec![
                    mk(
                        ExprKind::Const(ConstValue::String(item.into())),
                        Ty::String,
                        span,
                    ),
                    v,
                ],
                type_args: Vec::new(),
            },
            Ty::String,
            span,
        ))
    }

    /// A constant format string of `string.Format`, `Console.Write[Line]` or `ToString(format)`
    /// whose numeric formats the runtime does not implement draws UA0100 (it would print
    /// something else than .NET).
    pub(crate) fn check_format_literal(&mut self, b: BuiltinId, args: &[Expr], span: Span) {
        let m = library().get(b);
        let Some((name, _)) = m.params.first() else {
            return;
        };
        let composite = name == "format" && m.params.len() >= 2;
        let single = m.name == "ToString" && name == "format";
        if single && m.owner == crate::builtins::Owner::Lib(crate::types::Lib::TimeSpan) {
            return;
        }
        if !composite && !single {
            return;
        }
        let Some(ConstValue::String(text)) = args.first().and_then(|a| a.constant()) else {
            return;
        };
        let specs: Vec<String> = if single {
            vec![text.to_string()]
        } else {
            composite_specs(text)
        };
        if let Some(bad) = specs.iter().find(|s| !format_supported(s)) {
            self.cx
                .unsupported(&format!("the numeric format string `{bad}` is"), span);
        }
    }
}

/// The format strings of a composite format's items (`{0,5:F2}` has `F2`).
fn composite_specs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '{' {
            continue;
        }
        if chars.peek() == Some(&'{') {
            chars.next();
            continue;
        }
        let item: String = chars.by_ref().take_while(|&c| c != '}').collect();
        if let Some((_, spec)) = item.split_once(':') {
            out.push(spec.to_string());
        }
    }
    out
}

/// Whether the runtime formats with `spec` as .NET does: a standard numeric format (a letter it
/// knows and a precision), or a custom one of `0`, `#`, `.`, `,` and literal text without the
/// characters that change its meaning (`%`, `‰`, `;`, `E`, quotes, `\`).
pub(crate) fn format_supported(spec: &str) -> bool {
    let mut chars = spec.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    let rest = chars.as_str();
    if first.is_ascii_alphabetic() && rest.len() <= 2 && rest.chars().all(|c| c.is_ascii_digit()) {
        return "CcDdEeFfGgNnPpRrXx".contains(first);
    }
    spec.contains(['0', '#']) && !spec.chars().any(|c| "%‰;'\"\\Ee".contains(c))
}

impl Body<'_, '_> {
    /// `string.Concat(object, ...)`: each argument's string (`""` for null) joined, which is
    /// what `+` makes of them, so the call becomes that concatenation. `None` for other calls.
    pub(crate) fn concat_objects(
        &mut self,
        res: &crate::check_call::Resolution,
        span: Span,
    ) -> Option<Expr> {
        let crate::hir::Callee::Builtin(b) = res.callee else {
            return None;
        };
        let b = library().get(b);
        let objects = b.owner == crate::builtins::Owner::String
            && b.name == "Concat"
            && b.params.iter().all(|(_, t)| *t == Ty::Object);
        if !objects {
            return None;
        }
        let args: Vec<Expr> = (res.args.iter().cloned())
            .map(|a| match a.kind {
                // The value itself, so it prints as its own type does.
                ExprKind::Convert {
                    conversion: crate::hir::Conversion::Boxing | crate::hir::Conversion::Reference,
                    expr,
                } => *expr,
                _ => a,
            })
            .collect();
        // One sequence (`string.Concat(words)`, a `char[]`, a query): .NET joins its elements
        // (`Concat(IEnumerable<string>)`, `Concat<T>(IEnumerable<T>)`), which is
        // `string.Join("", values)` (the library's `Join<T>` prints an enum by name).
        if let [one] = &args[..] {
            if let Some(elem) =
                crate::convert::enumerable_elem(&one.ty).filter(|_| one.ty != Ty::String)
            {
                return Some(self.concat_sequence(one.clone(), elem, span));
            }
        }
        let parts = args.into_iter().map(|a| self.stringify(a)).collect();
        Some(mk(ExprKind::Concat(parts), Ty::String, span))
    }

    /// `string.Concat(values)` of one sequence: `string.Join("", values)`.
    fn concat_sequence(&mut self, values: Expr, elem: Ty, span: Span) -> Expr {
        let generic = elem != Ty::String;
        let key = if generic {
            "string.Join<T>(string, IEnumerable<T>)"
        } else {
            "string.Join(string, IEnumerable<string>)"
        };
        let lib = library();
        let Some(&id) = lib
            .lookup(crate::builtins::Owner::String, "Join")
            .iter()
            .find(|&&id| lib.get(id).key() == key)
        else {
            return Expr::error(span);
        };
        let seq = Ty::Lib(crate::types::Lib::IEnumerable, vec![elem.clone()]);
        let conv = crate::convert::implicit(&values.ty, &seq).flatten();
        let values = crate::convert::apply(values, conv, &seq);
        let empty = mk(
            ExprKind::Const(crate::constants::ConstValue::String("".into())),
            Ty::String,
            span,
        );
        mk(
            ExprKind::Call {
                callee: crate::hir::Callee::Builtin(id),
                receiver: None,
                args: vec![empty, values],
                type_args: if generic { vec![elem] } else { Vec::new() },
            },
            Ty::String,
            span,
        )
    }
}
