//! Names introduced by constructs the checker reports as unsupported and does not check: pattern
//! variables (`is Foo f`, `{ X: var x }`, `[var head, ..]`), declaration expressions (`out var x`,
//! `var (a, b) = ...`), using declarations and local functions. The construct draws its one
//! diagnostic; its names are still declared (soft, of type `Error`), so the code after it that
//! uses them draws none (no CS0103 for a name C# knows, no CS0165 for a variable C# assigns).

use unawait_syntax::ast::{self, Designation, ExprKind as A, PatternKind as P};

use crate::body::Body;

impl Body<'_, '_> {
    pub fn declare_designation(&mut self, d: &Designation) {
        match d {
            Designation::Name(n) => self.declare_soft(&n.name, n.span),
            Designation::Discard(_) => {}
            Designation::Tuple(parts, _) => {
                for p in parts {
                    self.declare_designation(p);
                }
            }
        }
    }

    pub fn declare_pattern_names(&mut self, p: &ast::Pattern) {
        match &p.kind {
            P::Var(d) | P::Declaration { designation: d, .. } => self.declare_designation(d),
            P::Not(inner) | P::Paren(inner) => self.declare_pattern_names(inner),
            P::And(a, b) | P::Or(a, b) => {
                self.declare_pattern_names(a);
                self.declare_pattern_names(b);
            }
            P::Recursive {
                positional,
                properties,
                designation,
                ..
            } => {
                for s in positional.iter().chain(properties.iter()).flatten() {
                    self.declare_pattern_names(&s.pattern);
                }
                if let Some(d) = designation {
                    self.declare_designation(d);
                }
            }
            P::List {
                elements,
                designation,
            } => {
                for e in elements {
                    self.declare_pattern_names(e);
                }
                if let Some(d) = designation {
                    self.declare_designation(d);
                }
            }
            P::Slice(Some(inner)) => self.declare_pattern_names(inner),
            P::Slice(None) | P::Discard | P::Type(_) | P::Constant(_) | P::Relational { .. } => {}
        }
    }

    /// The variables an unchecked expression declares into the enclosing scope. Lambdas, switch
    /// arms and queries have scopes of their own: nothing inside them is visible outside.
    pub fn declare_expr_names(&mut self, e: &ast::Expr) {
        let mut stack = vec![e];
        while let Some(e) = stack.pop() {
            match &e.kind {
                A::Declaration { designation, .. } => self.declare_designation(designation),
                A::Is { expr, pattern } => {
                    stack.push(expr);
                    self.declare_pattern_names(pattern);
                }
                A::Lambda { .. } | A::AnonymousMethod { .. } | A::Query(_) => {}
                A::Switch { subject, .. } => stack.push(subject),
                _ => children(e, &mut stack),
            }
        }
    }
}

/// Expressions reported as unsupported whose contents are not checked, but whose variables
/// (`out var`, pattern variables) C# declares in the enclosing scope.
pub fn declares_unchecked(e: &A) -> bool {
    matches!(
        e,
        A::Is { .. }
            | A::As { .. }
            | A::Checked { .. }
            | A::ConditionalAccess { .. }
            | A::AnonymousObject(_)
            | A::Collection(_)
            | A::Throw(_)
            | A::Tuple(_)
            | A::Declaration { .. }
            | A::Switch { .. }
            | A::With { .. }
            | A::Range { .. }
            | A::Ref(_)
            | A::Unary {
                op: ast::UnaryOp::SuppressNull,
                ..
            }
    )
}

/// The direct subexpressions of `e` (not those of its patterns or nested bodies).
pub(crate) fn children<'e>(e: &'e ast::Expr, out: &mut Vec<&'e ast::Expr>) {
    let args = |a: &'e [ast::Arg], out: &mut Vec<&'e ast::Expr>| {
        out.extend(a.iter().map(|a| &a.value));
    };
    match &e.kind {
        A::Interpolated(parts) => {
            for p in parts {
                if let ast::InterpPart::Hole { expr, .. } = p {
                    out.push(expr);
                }
            }
        }
        A::Member { target, .. } | A::PointerMember { target, .. } => out.push(target),
        A::ConditionalAccess { target, access } => {
            out.push(target);
            out.push(access);
        }
        A::Call { callee, args: a } => {
            out.push(callee);
            args(a, out);
        }
        A::Index { target, indices } => {
            out.push(target);
            args(indices, out);
        }
        A::Unary { operand: x, .. }
        | A::Await(x)
        | A::Checked { expr: x, .. }
        | A::Throw(x)
        | A::Spread(x)
        | A::Ref(x)
        | A::Cast { expr: x, .. }
        | A::As { expr: x, .. } => out.push(x),
        A::Binary { lhs, rhs, .. } => {
            out.push(lhs);
            out.push(rhs);
        }
        A::Assign { target, value, .. } => {
            out.push(target);
            out.push(value);
        }
        A::Conditional {
            cond,
            then,
            otherwise,
        } => {
            out.push(cond);
            out.push(then);
            out.push(otherwise);
        }
        A::New {
            args: a,
            initializer,
            ..
        } => {
            args(a, out);
            out.extend(initializer.iter().flatten());
        }
        A::NewArray { sizes, init, .. } => {
            out.extend(sizes);
            out.extend(init.iter().flatten());
        }
        A::Stackalloc { size, init, .. } => {
            out.extend(size.as_deref());
            out.extend(init.iter().flatten());
        }
        A::AnonymousObject(members) => out.extend(members.iter().map(|m| &m.value)),
        A::InitializerList(items) | A::Collection(items) => out.extend(items),
        A::ImplicitIndex(a) | A::Tuple(a) => args(a, out),
        A::With { expr, init } => {
            out.push(expr);
            out.extend(init);
        }
        A::Range { start, end } => {
            out.extend(start.as_deref());
            out.extend(end.as_deref());
        }
        _ => {}
    }
}
