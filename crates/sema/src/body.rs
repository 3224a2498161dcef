//! The state of checking one body (a method, or a field initializer): its locals and scopes, what
//! kind of function it is (async, return type), and the enclosing loops/try regions that decide
//! whether `break`, `return` and `throw;` are allowed.

use unawait_syntax::{Diagnostic, Span};

use crate::constants::ConstValue;
use crate::context::Ctx;
use crate::convert;
use crate::hir::{AsyncKind, ClassId, Expr, ExprKind, Local, LocalId, LocalKind, MethodId};
use crate::scope::{Declared, Scopes};
use crate::types::Ty;

/// The overflow-checking context of the code being checked: C#'s default checks constant
/// expressions (CS0220) and wraps at run time; `checked` checks both, `unchecked` neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overflow {
    Default,
    Checked,
    Unchecked,
}

impl Overflow {
    /// Whether a constant that overflows is an error (else it wraps).
    pub fn constants_checked(self) -> bool {
        self != Overflow::Unchecked
    }

    /// Whether an operation that overflows at run time throws `OverflowException`.
    pub fn runtime_checked(self) -> bool {
        self == Overflow::Checked
    }
}

pub struct FnInfo {
    /// `None` in a field initializer.
    pub method: Option<MethodId>,
    pub is_async: bool,
    pub async_kind: AsyncKind,
    pub return_type: Ty,
    /// `Program.M(int)`, for messages.
    pub display: String,
    /// The initializer of an instance field: it runs in a constructor, but C# gives it no
    /// `this` (CS0236).
    pub instance_initializer: bool,
    /// The body of a lambda or anonymous method (check_lambda.rs): C# words some errors for
    /// it differently (CS4034, CS8030, CS1643).
    pub lambda: bool,
    /// The element type of an iterator's `yield return` (check_iterator.rs).
    pub iterator: Option<Ty>,
}

pub struct Body<'c, 'a> {
    pub cx: &'c mut Ctx<'a>,
    pub class: ClassId,
    pub ns: Option<String>,
    pub func: FnInfo,
    pub locals: Vec<Local>,
    /// Folded values of `const` locals, parallel to `locals`.
    pub local_consts: Vec<Option<ConstValue>>,
    pub scopes: Scopes,
    pub finally_depth: u32,
    /// For each enclosing catch clause: the `finally` depth at the catch.
    pub catches: Vec<u32>,
    pub saw_await: bool,
    /// The span of the expression an `await` is checking right now: a call there is awaited
    /// at once (`Task.WhenAll` of structs is allowed only so).
    pub direct_await: Option<Span>,
    /// Inside `nameof(...)`: instance members may be named without an object.
    pub in_nameof: bool,
    /// The place being resolved is the left side of `+=`/`-=`: an event may be named there
    /// from outside its type (events.rs).
    pub subscribing: bool,
    /// The event with accessors that the place being resolved for `+=`/`-=` named, and its
    /// object (events.rs).
    pub event_target: Option<(Option<Expr>, crate::context::CustomEvent)>,
    /// A `yield` of this body was reported (one diagnostic per iterator).
    pub yield_reported: bool,
    /// The `checked`/`unchecked` context around the code being checked.
    pub overflow: Overflow,
    /// Labels and `switch` statements: see check_jumps.rs.
    pub jumps: crate::check_jumps::Jumps,
    /// Inside an exception filter: an `await` there is CS7094.
    pub in_filter: bool,
    /// Inside a `lock` body: an `await` there is CS1996.
    pub in_lock: bool,
    /// The receivers of the null-conditional chains being checked (check_null_conditional.rs).
    pub bindings: Vec<Expr>,
    /// Parts of the body were dropped from the HIR without a diagnostic of their own (an
    /// operator on a value of a type reported at its declaration): flow analysis is skipped.
    pub incomplete: bool,
    /// `out var x` and `out _` arguments whose type the call's overload has yet to give.
    pub open_out_vars: std::collections::HashSet<LocalId>,
    /// Lambdas checked without a delegate type to convert to yet (check_lambda.rs).
    pub unbound_lambdas: Vec<Span>,
    /// How many lambdas the body has (closures/ converts only bodies that have some).
    pub lambdas: u32,
    /// How many static method groups it makes delegates of (closures/ caches them).
    pub method_groups: u32,
    /// The types of the values the lambda being bound speculatively returns
    /// (lambda_overloads.rs).
    pub inferred_returns: Option<Vec<Ty>>,
    /// The local functions of the blocks being checked, by the span of their name: their
    /// local, or why they are outside the language (local_functions.rs).
    pub local_fns: std::collections::HashMap<Span, Result<LocalId, &'static str>>,
    /// The generic local functions declared so far: each one's local and method
    /// (local_generics.rs).
    pub generic_local_fns: std::collections::HashMap<LocalId, crate::hir::MethodId>,
}

impl<'c, 'a> Body<'c, 'a> {
    pub fn new(cx: &'c mut Ctx<'a>, class: ClassId, func: FnInfo, locals: Vec<Local>) -> Self {
        let ns = cx.program.class(class).namespace.clone();
        let n = locals.len();
        let unsupported_at_start = cx.unsupported_count;
        // Bodies are checked one after the other; the one re-entrant case (a constant of another
        // class evaluated lazily) restores the scope itself (`eval_const_field`).
        cx.type_scope = Some(class);
        let mut b = Body {
            cx,
            class,
            ns,
            func,
            locals,
            local_consts: vec![None; n],
            scopes: Scopes::default(),
            finally_depth: 0,
            catches: Vec::new(),
            saw_await: false,
            direct_await: None,
            in_nameof: false,
            subscribing: false,
            event_target: None,
            yield_reported: false,
            overflow: Overflow::Default,
            jumps: crate::check_jumps::Jumps::new(unsupported_at_start),
            in_filter: false,
            in_lock: false,
            bindings: Vec::new(),
            incomplete: false,
            open_out_vars: Default::default(),
            unbound_lambdas: Vec::new(),
            lambdas: 0,
            method_groups: 0,
            inferred_returns: None,
            local_fns: Default::default(),
            generic_local_fns: Default::default(),
        };
        // Parameters live in a scope enclosing the body block, so a local cannot reuse their names
        // (CS0136).
        b.scopes.push();
        for i in 0..n {
            let (name, span) = (b.locals[i].name.clone(), b.locals[i].span);
            b.scopes.declare(&name, LocalId(i as u32), span);
        }
        b
    }

    pub fn err(&mut self, code: &'static str, msg: impl Into<String>, span: Span, hint: &str) {
        self.cx.error(code, msg, span, hint);
    }

    pub fn warn(&mut self, code: &'static str, msg: impl Into<String>, span: Span, hint: &str) {
        self.cx
            .diags
            .push(Diagnostic::warning(code, msg, span).with_hint(hint));
    }

    /// An error whose primary label is `primary` (shorter than the message).
    pub fn err_label(
        &mut self,
        code: &'static str,
        msg: impl Into<String>,
        span: Span,
        primary: impl Into<String>,
        hint: &str,
    ) {
        self.cx.diags.push(
            Diagnostic::error(code, msg, span)
                .with_primary(primary)
                .with_hint(hint),
        );
    }

    /// Adds a local and binds it in the current scope, reporting CS0128/CS0136.
    pub fn declare_local(&mut self, name: &str, ty: Ty, kind: LocalKind, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: name.to_string(),
            ty,
            kind,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        match self.scopes.declare(name, id, span) {
            Declared::Ok => {}
            Declared::Duplicate(prev) => self.cx.diags.push(
                Diagnostic::error("CS0128", format!("A local variable or function named '{name}' is already defined in this scope"), span)
                    .with_primary(format!("`{name}` declared again"))
                .with_label(prev, "first declared here")
                    .with_hint("rename one of the variables, or assign to the existing one without redeclaring it"),
            ),
            Declared::Hides(prev) => self.cx.diags.push(
                Diagnostic::error(
                    "CS0136",
                    format!("A local or parameter named '{name}' cannot be declared in this scope because that name is used in an enclosing local scope to define a local or parameter"),
                    span,
                )
                .with_primary(format!("this `{name}` conflicts with another in an enclosing scope"))
                .with_label(prev, "the enclosing declaration")
                .with_hint("rename the inner variable"),
            ),
        }
        id
    }

    /// A name declared by a construct that was reported as unsupported: bound with type `Error`,
    /// as Roslyn binds an error type, so its uses draw no further diagnostic.
    pub fn declare_soft(&mut self, name: &str, span: Span) {
        if name == "_" {
            return;
        }
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: name.to_string(),
            ty: Ty::Error,
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        self.local_consts.push(None);
        self.scopes.declare_soft(name, id, span);
    }

    pub fn local(&self, id: LocalId) -> &crate::hir::Local {
        &self.locals[id.0 as usize]
    }

    /// Converts `e` to `to`, reporting CS0029/CS0266/CS0037 when no implicit conversion exists.
    pub fn coerce(&mut self, e: Expr, to: &Ty) -> Expr {
        if let ExprKind::UnboundLambda(lambda) = e.kind {
            return self.bind_lambda(&lambda, to);
        }
        if &e.ty == to || e.ty.is_error() || to.is_error() {
            return e;
        }
        if let Some(c) = convert::implicit(&e.ty, to) {
            return convert::apply(e, c, to);
        }
        let e = match self.user_convert(e, to, false) {
            Ok(e) => return e,
            Err(e) => *e,
        };
        let span = e.span;
        if let Some(e) = self.small_constant(e.clone(), to) {
            return e;
        }
        if e.ty == Ty::Null && matches!(to, Ty::Generic(_)) {
            self.err(
                "CS0403",
                format!("Cannot convert null to type parameter '{to}' because it could be a non-nullable value type. Consider using 'default({to})' instead."),
                span,
                &format!("write `default({to})`, or constrain `{to}` with `where {to} : class`"),
            );
        } else if e.ty == Ty::Null && to.is_value_type() {
            self.err(
                "CS0037",
                format!("Cannot convert null to '{to}' because it is a non-nullable value type"),
                span,
                "value types cannot be null; use a value of the type",
            );
        } else if convert::explicit(&e.ty, to).is_some() {
            self.err_label(
                "CS0266",
                format!("Cannot implicitly convert type '{}' to '{to}'. An explicit conversion exists (are you missing a cast?)", e.ty),
                span,
                format!("this is a `{}`, `{to}` expected", e.ty),
                &format!("add a cast: `({to})(...)`"),
            );
        } else {
            let hint = match self.await_hint(&e.ty, to) {
                Some(h) => h,
                None => format!("expected a value of type `{to}`"),
            };
            self.err_label(
                "CS0029",
                format!("Cannot implicitly convert type '{}' to '{to}'", e.ty),
                span,
                format!("this is a `{}`", e.ty),
                &hint,
            );
        }
        Expr {
            id: crate::hir::ExprId::NONE,
            kind: ExprKind::Error,
            ty: to.clone(),
            span,
        }
    }

    /// "add `await`" when a task of the wanted type was given: `int x = GetAsync();`.
    pub fn await_hint(&self, given: &Ty, wanted: &Ty) -> Option<String> {
        let result = given.awaited_result()?;
        if result == Ty::Void || convert::implicit(&result, wanted).is_none() {
            return None;
        }
        Some(if self.func.is_async {
            format!("this is a task of `{result}`: add `await` to get its result")
        } else {
            format!("this is a task of `{result}`: add `await` to get its result (and mark the method `async`)")
        })
    }

    pub fn cond(&mut self, e: &unawait_syntax::ast::Expr) -> Expr {
        let c = self.expr(e);
        match self.user_truth(c) {
            Ok(t) => t,
            Err(c) => self.coerce(*c, &Ty::Bool),
        }
    }
}
