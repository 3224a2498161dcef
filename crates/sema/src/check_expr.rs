//! Expressions: literals, interpolation, element access, casts and `await`; `?:` is in
//! check_conditional.rs.
//! Operators and assignments are in ops.rs, calls and overload resolution in check_call.rs,
//! `new` and initializers in check_new.rs.

use unawait_syntax::ast::{self, ExprKind as A, IntSuffix, Literal, UnaryOp as AU};
use unawait_syntax::Span;

use crate::body::Body;
use crate::builtins::library;
use crate::constants::ConstValue;
use crate::hir::{AwaitInfo, AwaiterKind, Expr, ExprKind};
use crate::resolve::{first_member, lookup_members};
use crate::types::{Lib, Ty};

pub fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr {
        kind,
        ty,
        span,
        id: crate::hir::ExprId::NONE,
    }
}

/// `cond ? then : otherwise` of type `ty`, for expressions the checker builds.
pub(crate) fn mk_conditional(cond: Expr, then: Expr, otherwise: Expr, ty: Ty, span: Span) -> Expr {
    let kind = ExprKind::Conditional {
        cond: Box::new(cond),
        then: Box::new(then),
        otherwise: Box::new(otherwise),
    };
    mk(kind, ty, span)
}

impl Body<'_, '_> {
    pub fn expr(&mut self, e: &ast::Expr) -> Expr {
        self.expr_with(e, None)
    }

    /// `expected` is the target type where C# has one (target-typed `new()`).
    pub fn expr_with(&mut self, e: &ast::Expr, expected: Option<&Ty>) -> Expr {
        let span = e.span;
        match &e.kind {
            // `is_expr` checks the subject first, which declares its own names: walking it here
            // too would walk a chain of `is` once per link (quadratic).
            A::Is { pattern, .. } => self.declare_pattern_names(pattern),
            k if crate::skipped::declares_unchecked(k) => self.declare_expr_names(e),
            _ => {}
        }
        match &e.kind {
            A::Literal(l @ Literal::Double(_)) if expected == Some(&Ty::Float) => {
                self.err(
                    "CS0664",
                    "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type",
                    span,
                    "write the literal with an `f` suffix (`1.5f`)",
                );
                let _ = l;
                Expr::error(span)
            }
            A::Literal(l) => self.literal(l, span),
            A::Interpolated(parts) => self.interpolated(parts, span),
            A::Name { .. } | A::Member { .. } | A::PredefinedType(_) => {
                if let Some(v) = self.default_comparer_value(e) {
                    return v;
                }
                let r = self.resolve(e);
                let r = match (r, expected.filter(|t| t.delegate_sig().is_some())) {
                    (crate::resolve::Resolved::Methods(g), Some(t)) => {
                        match self.method_group_conversion(g, t, span) {
                            Ok(e) => return e,
                            // A delegate type with `ref`/`out`/`params` parameters drew
                            // UA0100 at its declaration: no second one for each conversion.
                            Err(_) if self.delegate_with_modifiers(t) => return Expr::error(span),
                            Err(g) => match self.library_group_mismatch(&g, t, span) {
                                Some(e) => return e,
                                None => crate::resolve::Resolved::Methods(*g),
                            },
                        }
                    }
                    (r, _) => r,
                };
                self.value_of(r, span)
            }
            A::Call { callee, args } => self.call(callee, args, span),
            A::Index { target, indices } => {
                if indices
                    .iter()
                    .any(|a| a.name.is_some() || a.modifier.is_some())
                {
                    return self
                        .unsupported_expr("named and `ref` arguments in indexers are", span);
                }
                let values: Vec<ast::Expr> = indices.iter().map(|a| a.value.clone()).collect();
                self.index(target, &values, span)
            }
            A::Unary {
                op: op @ (AU::Hat | AU::SuppressNull | AU::Deref | AU::AddressOf),
                ..
            } => match op {
                AU::Hat => self.unsupported_expr("indices from the end (`^i`) are", span),
                AU::SuppressNull => {
                    self.unsupported_expr("the null-forgiving operator (`x!`) is", span)
                }
                _ => self.outside_expr("pointers are", span),
            },
            A::Unary { op, operand } => self.unary(*op, operand, span),
            A::Binary {
                op: ast::BinaryOp::UShr,
                ..
            } => self.unsupported_expr("the unsigned shift `>>>` is", span),
            A::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, span),
            A::Assign {
                op: Some(ast::BinaryOp::UShr),
                ..
            } => self.unsupported_expr("the unsigned shift `>>>=` is", span),
            A::Assign { op, target, value } => self.assign(*op, target, value, span),
            A::Conditional {
                cond,
                then,
                otherwise,
            } => self.conditional(cond, then, otherwise, expected, span),
            A::Cast { ty, expr } => self.cast(ty, expr, span),
            A::Await(inner) => self.await_expr(inner, span),
            A::New {
                ty,
                args,
                initializer,
            } => self.new_expr(ty.as_ref(), args, initializer.as_deref(), expected, span),
            A::NewArray {
                element,
                rank,
                sizes,
                init,
            } => {
                if *rank == 2 && sizes.len() != 1 {
                    return self.new_md_array(element.as_ref(), sizes, init.as_deref(), span);
                }
                if *rank != 1 || sizes.len() > 1 {
                    return self.unsupported_expr("arrays of three or more dimensions are", span);
                }
                self.new_array(element.as_ref(), sizes.first(), init.as_deref(), span)
            }
            A::Lambda { .. } | A::AnonymousMethod { .. } => self.lambda(e, expected),
            A::Is { expr, pattern } => self.is_expr(expr, pattern, span),
            A::As { expr, ty } => self.as_expr(expr, ty, span),
            A::This | A::Base => self.this_or_base(matches!(e.kind, A::This), span),
            A::Typeof(te) => self.type_of(te, span),
            A::Sizeof(_) => self.unsupported_expr("`sizeof` expressions are", span),
            A::Default(Some(te)) if self.names_struct(te) => {
                // `default(S)` of a struct of the program: `new S()`, all fields zero.
                let ty = self.cx.resolve_value_type(te, self.ns.as_deref());
                match ty {
                    Ty::Class(class, _) => {
                        let kind = ExprKind::NewObject {
                            class,
                            ctor: None,
                            args: Vec::new(),
                            init: Vec::new(),
                        };
                        mk(kind, ty, span)
                    }
                    _ => Expr::error(span),
                }
            }
            A::Default(t) => {
                // `default(T)`, or the literal `default` typed by where it goes.
                let ty = match t {
                    Some(t) => self.cx.resolve_type(t, self.ns.as_deref()),
                    None => match expected {
                        Some(ty) => ty.clone(),
                        None => {
                            return self.unsupported_expr(
                                "the `default` literal here (typed by its context) is",
                                span,
                            )
                        }
                    },
                };
                if ty.is_error() {
                    return Expr::error(span);
                }
                if ty == Ty::Void {
                    self.err(
                        "CS1547",
                        "Keyword 'void' cannot be used in this context",
                        span,
                        "`default` needs a type with values",
                    );
                    return Expr::error(span);
                }
                match default_of(&ty, span) {
                    Some(e) => e,
                    None => self.unsupported_expr(&format!("`default` of type `{ty}` is"), span),
                }
            }
            A::Checked { checked, expr } => {
                let inner = self.in_overflow_context(*checked, |b| b.expr_with(expr, expected));
                Expr { span, ..inner }
            }
            A::AliasQualified { .. } => {
                self.unsupported_expr("alias-qualified names (`global::`) are", span)
            }
            A::PointerMember { .. } => self.outside_expr("pointers are", span),
            A::ConditionalAccess { target, access } => {
                self.conditional_access(target, access, span)
            }
            A::Binding => self.binding_value(span),
            A::AnonymousObject(members) => self.anonymous_object(members, span),
            A::Stackalloc { .. } => self.outside_expr("`stackalloc` is", span),
            A::InitializerList(_) | A::ImplicitIndex(_) => {
                self.unsupported_expr("object and collection initializers are", span)
            }
            A::Collection(_) | A::Spread(_) => {
                self.unsupported_expr("collection expressions (`[a, b]`) are", span)
            }
            // Its valid places (`??`, `?:`, switch arms, `=>` bodies) are handled there.
            A::Throw(_) => {
                self.err(
                    "CS8115",
                    "A throw expression is not allowed in this context",
                    span,
                    "a throw expression may be the right operand of `??`, a branch of `?:`, a switch expression's arm or an `=>` body; elsewhere use a `throw` statement",
                );
                Expr::error(span)
            }
            A::Tuple(_) => self.unsupported_expr("tuples are", span),
            A::Declaration { .. } => self.unsupported_expr(
                "declaration expressions (`out var x`, deconstruction) are",
                span,
            ),
            A::Switch { subject, arms } => self.switch_expr(subject, arms, expected, span),
            A::With { .. } => self.unsupported_expr("`with` expressions are", span),
            A::Range { .. } => self.unsupported_expr("ranges (`a..b`) are", span),
            A::Ref(_) => self.unsupported_expr("`ref` expressions are", span),
            A::Query(q) => self.query(q, span),
            A::Undocumented(what) => self.outside_expr(&format!("{what} is"), span),
            A::Error => Expr::error(span),
        }
    }

    /// `this` and `base`: in an instance method (reported where it is declared) nothing more;
    /// in a static method C#'s CS0026/CS1511.
    fn this_or_base(&mut self, this: bool, span: Span) -> Expr {
        match self
            .func
            .method
            .map(|m| self.cx.program.method(m).is_static)
        {
            Some(false) if this => self.this_expr(span),
            // The base list was reported with the class: its members are not modelled.
            Some(false) if self.cx.inherits.contains(&self.class) => Expr::error(span),
            Some(false) if self.cx.class_bases[self.class.0 as usize].is_some() => {
                let ty = self.cx.class_ty(self.class).base().unwrap_or(Ty::Object);
                mk(ExprKind::Base, ty, span)
            }
            // A class without a base class of the program derives from `object` or a library
            // exception: `base.M()` is that class's member, run without virtual dispatch.
            Some(false) => {
                let ty = self.cx.library_ancestor(self.class);
                mk(ExprKind::Base, ty, span)
            }
            Some(true) if this => {
                self.err(
                    "CS0026",
                    "Keyword 'this' is not valid in a static property, static method, or static field initializer",
                    span,
                    "a static method has no instance: remove `this.`",
                );
                Expr::error(span)
            }
            Some(true) => {
                self.err(
                    "CS1511",
                    "Keyword 'base' is not available in a static method",
                    span,
                    "a static method has no instance: remove `base.`",
                );
                Expr::error(span)
            }
            None if this => {
                self.err(
                    "CS0027",
                    "Keyword 'this' is not available in the current context",
                    span,
                    "a field initializer runs before the object exists: assign the field in a constructor",
                );
                Expr::error(span)
            }
            None => self.unsupported_expr("`base` (inheritance) is", span),
        }
    }

    /// A type expression that names a struct of the program.
    fn names_struct(&self, te: &ast::TypeExpr) -> bool {
        let last = match &te.kind {
            ast::TypeExprKind::Named(segs) => segs.last().map(|s| s.name.name.as_str()),
            _ => None,
        };
        let ids = last.and_then(|n| self.cx.classes_by_name.get(n));
        ids.is_some_and(|ids| {
            ids.iter().any(|&c| {
                self.cx.program.class(c).kind == crate::hir::ClassKind::Struct
                    && !self.cx.skipped_classes.contains(&c)
                    && !self.cx.opaque.contains(&c)
            })
        })
    }

    fn unsupported_expr(&mut self, what: &str, span: Span) -> Expr {
        self.cx.unsupported(what, span);
        Expr::error(span)
    }

    fn outside_expr(&mut self, what: &str, span: Span) -> Expr {
        self.cx.outside(what, span);
        Expr::error(span)
    }

    fn literal(&mut self, l: &Literal, span: Span) -> Expr {
        let c = match l {
            // C# types an unsuffixed literal as the first of int, uint, long, ulong that holds it;
            // `U` the first of uint, ulong; `L` of long, ulong.
            Literal::Int(v, IntSuffix::None) if *v <= i32::MAX as u64 => ConstValue::Int(*v as i32),
            Literal::Int(v, IntSuffix::None | IntSuffix::Unsigned) if *v <= u32::MAX as u64 => {
                ConstValue::UInt(*v as u32)
            }
            Literal::Int(v, IntSuffix::None | IntSuffix::Long) if *v <= i64::MAX as u64 => {
                ConstValue::Long(*v as i64)
            }
            Literal::Int(v, _) => ConstValue::ULong(*v),
            Literal::Double(d) => ConstValue::Double(*d),
            Literal::Float(v) => {
                if (*v as f32).is_infinite() {
                    self.err(
                        "CS0594",
                        "Floating-point constant is outside the range of type 'float'",
                        span,
                        "a `float` holds values up to about 3.4E+38",
                    );
                    return Expr::error(span);
                }
                ConstValue::Float(*v as f32)
            }
            Literal::Decimal(_) => {
                self.cx.outside_type_error("decimal", None, span);
                return Expr::error(span);
            }
            Literal::Char(c) => match u16::try_from(*c as u32) {
                Ok(unit) => ConstValue::Char(unit),
                Err(_) => {
                    self.cx
                        .unsupported("characters outside the BMP in char literals are", span);
                    return Expr::error(span);
                }
            },
            Literal::String(s) => ConstValue::String(s.as_str().into()),
            Literal::Utf8String(_) => {
                self.cx
                    .unsupported("UTF-8 string literals (`\"...\"u8`) are", span);
                return Expr::error(span);
            }
            Literal::Bool(b) => ConstValue::Bool(*b),
            Literal::Null => ConstValue::Null,
        };
        let ty = c.ty();
        mk(ExprKind::Const(c), ty, span)
    }

    fn interpolated(&mut self, parts: &[ast::InterpPart], span: Span) -> Expr {
        let mut out = Vec::with_capacity(parts.len());
        for p in parts {
            match p {
                ast::InterpPart::Text(t) => {
                    out.push(mk(
                        ExprKind::Const(ConstValue::String(t.as_str().into())),
                        Ty::String,
                        span,
                    ));
                }
                ast::InterpPart::Hole {
                    expr,
                    alignment,
                    format,
                } => {
                    let v = self.expr(expr);
                    if alignment.is_none() && format.is_none() {
                        out.push(self.stringify(v));
                        continue;
                    }
                    match self.formatted_hole(v, alignment.as_ref(), format.as_deref(), span) {
                        Some(e) => out.push(e),
                        None => return Expr::error(span),
                    }
                }
            }
        }
        // A string made only of constant text is that constant (C# 10 constant interpolation).
        if out
            .iter()
            .all(|e| matches!(e.constant(), Some(ConstValue::String(_))))
        {
            let mut text = String::new();
            for e in &out {
                if let Some(ConstValue::String(s)) = e.constant() {
                    text.push_str(s);
                }
            }
            return mk(
                ExprKind::Const(ConstValue::String(text.into())),
                Ty::String,
                span,
            );
        }
        mk(ExprKind::Concat(out), Ty::String, span)
    }

    /// The operand of a concatenation: strings as they are, other values through `ToStr`.
    pub fn stringify(&mut self, v: Expr) -> Expr {
        match v.ty {
            Ty::String | Ty::Error => v,
            Ty::Void => {
                self.err(
                    "CS0029",
                    "Cannot implicitly convert type 'void' to 'object'",
                    v.span,
                    "this call returns no value to put in a string",
                );
                Expr::error(v.span)
            }
            _ => {
                let span = v.span;
                mk(ExprKind::ToStr(Box::new(v)), Ty::String, span)
            }
        }
    }

    fn index(&mut self, target: &ast::Expr, indices: &[ast::Expr], span: Span) -> Expr {
        let t = self.expr(target);
        let idx: Vec<Expr> = indices.iter().map(|i| self.expr(i)).collect();
        if t.ty.is_error() {
            return Expr::error(span);
        }
        // A class whose indexer was reported where it is declared.
        if let Ty::Class(id, _) = &t.ty {
            if self.cx.find_member(*id, "this[]").is_some() {
                return Expr::error(span);
            }
            return self.user_index(t, idx, span);
        }
        if let Ty::Lib(Lib::MdArray, a) = &t.ty {
            let elem = a.first().cloned().unwrap_or(Ty::Error);
            return self.md_index(t, idx, elem, span);
        }
        if idx.len() != 1 {
            self.err(
                "CS0022",
                "Wrong number of indices inside []; expected 1",
                span,
                "index with a single value: `a[i]`",
            );
            return Expr::error(span);
        }
        let Some(i) = idx.into_iter().next() else {
            return Expr::error(span);
        };
        match t.ty.clone() {
            Ty::Array(elem) => {
                // Arrays accept int and long indices.
                let i = if i.ty == Ty::Long {
                    i
                } else {
                    self.coerce(i, &Ty::Int)
                };
                mk(
                    ExprKind::ArrayElement {
                        array: Box::new(t),
                        index: Box::new(i),
                    },
                    *elem,
                    span,
                )
            }
            ty => {
                let found = lookup_members(&ty, "this[]");
                let Some(first) = found.first() else {
                    if self.type_param_gap(&ty, "indexers", span) {
                        return Expr::error(span);
                    }
                    self.err(
                        "CS0021",
                        format!("Cannot apply indexing with [] to an expression of type '{ty}'"),
                        span,
                        "only arrays, the library's indexed types and classes declaring an indexer can be indexed",
                    );
                    return Expr::error(span);
                };
                let indexer = first.callee_builtin();
                let elem = library().get(indexer).ret.subst(&first.owner_args);
                let index_ty = library()
                    .get(indexer)
                    .params
                    .first()
                    .map_or(Ty::Int, |p| p.1.subst(&first.owner_args));
                let i = self.coerce(i, &index_ty);
                mk(
                    ExprKind::Indexer {
                        target: Box::new(t),
                        index: Box::new(i),
                        indexer,
                    },
                    elem,
                    span,
                )
            }
        }
    }

    fn await_expr(&mut self, inner: &ast::Expr, span: Span) -> Expr {
        let outer = self.direct_await.replace(inner.span);
        let v = self.expr(inner);
        self.direct_await = outer;
        self.await_value(v, span)
    }

    /// `await v` of an already checked operand: also the awaits C# adds (`await using`'s
    /// `DisposeAsync()`, `await foreach`'s `MoveNextAsync()`).
    pub(crate) fn await_value(&mut self, v: Expr, span: Span) -> Expr {
        self.saw_await = true;
        if self.in_filter {
            self.err(
                "CS7094",
                "Cannot await in the filter expression of a catch clause",
                span,
                "await before the `try`, or inside the catch block",
            );
            return Expr::error(span);
        }
        if self.in_lock && self.func.is_async {
            self.err(
                "CS1996",
                "Cannot await in the body of a lock statement",
                span,
                "a lock is held by a thread, and the method may resume on another: guard the awaits with a SemaphoreSlim (`await gate.WaitAsync(); try { ... } finally { gate.Release(); }`)",
            );
            return Expr::error(span);
        }
        if self.func.method.is_none() && !self.func.lambda {
            self.err("CS1992", "The 'await' operator can only be used when contained within a method or lambda expression marked with the 'async' modifier", span, "move the await into an async method");
        } else if !self.func.is_async {
            if self.func.lambda {
                let what = self.func.display.clone();
                self.err(
                    "CS4034",
                    format!("The 'await' operator can only be used within an async {what}. Consider marking this {what} with the 'async' modifier."),
                    span,
                    "write `async` before the lambda's parameters",
                );
            } else if self.func.return_type == Ty::Void {
                self.err(
                    "CS4033",
                    "The 'await' operator can only be used within an async method. Consider marking this method with the 'async' modifier and changing its return type to 'Task'.",
                    span,
                    &format!("declare it `static async Task {}`", self.method_name()),
                );
            } else {
                let rt = self.func.return_type.clone();
                self.err(
                    "CS4032",
                    format!("The 'await' operator can only be used within an async method. Consider marking this method with the 'async' modifier and changing its return type to 'Task<{rt}>'."),
                    span,
                    &format!("declare it `static async Task<{rt}> {}`", self.method_name()),
                );
            }
        }
        match &v.ty {
            Ty::Error => return Expr::error(span),
            Ty::Void => {
                self.err(
                    "CS4008",
                    "Cannot await 'void'",
                    span,
                    "only tasks can be awaited; this call returns nothing",
                );
                return Expr::error(span);
            }
            Ty::Null => {
                self.err("CS4001", "Cannot await '<null>'", span, "await a task");
                return Expr::error(span);
            }
            _ => {}
        }
        let t = v.ty.clone();
        let own =
            matches!(&t, Ty::Class(id, _) if self.cx.find_member(*id, "GetAwaiter").is_some());
        let get_awaiter = first_member(&t, "GetAwaiter", |c| {
            library().get(c.callee_builtin()).params.is_empty()
        });
        // The program's `GetAwaiter`: a method of its class, or an extension method (`await
        // someTimeSpan`).
        if own || (get_awaiter.is_none() && self.cx.extension_methods.contains("GetAwaiter")) {
            return self.custom_await(v, span);
        }
        let Some(ga) = get_awaiter else {
            self.err(
                "CS1061",
                format!("'{t}' does not contain a definition for 'GetAwaiter' and no accessible extension method 'GetAwaiter' accepting a first argument of type '{t}' could be found (are you missing a using directive or an assembly reference?)"),
                v.span,
                "only Task, Task<T>, ValueTask, ValueTask<T>, ConfigureAwait(..) results and Task.Yield() can be awaited",
            );
            return Expr::error(span);
        };
        let awaiter_ty = library().get(ga.callee_builtin()).ret.subst(&ga.owner_args);
        let is_completed = first_member(&awaiter_ty, "IsCompleted", |_| true);
        let get_result = first_member(&awaiter_ty, "GetResult", |_| true);
        let (Some(ic), Some(gr)) = (is_completed, get_result) else {
            return Expr::error(span);
        };
        let result = library().get(gr.callee_builtin()).ret.subst(&gr.owner_args);
        let awaiter =
            crate::check_await::lib_awaiter_kind(&awaiter_ty).unwrap_or(AwaiterKind::Custom);
        let info = AwaitInfo {
            awaiter,
            awaiter_ty,
            get_awaiter: ga.callee,
            is_completed: ic.callee,
            get_result: gr.callee,
            custom: None,
        };
        mk(
            ExprKind::Await {
                expr: Box::new(v),
                info: Box::new(info),
            },
            result,
            span,
        )
    }

    pub fn method_name(&self) -> String {
        self.func
            .display
            .split('(')
            .next()
            .unwrap_or("")
            .rsplit('.')
            .next()
            .unwrap_or("")
            .to_string()
            + "(..)"
    }
}

/// `default(T)`: a struct's `new S()` (all fields zero), zero ticks of a `TimeSpan`, the zero
/// constant of other types; a type parameter's is `null` of its type until an instantiation
/// gives it its argument's (`instantiate.rs`).
pub(crate) fn default_of(ty: &Ty, span: Span) -> Option<Expr> {
    if let Ty::Class(class, c) = ty {
        if c.is_struct {
            let kind = ExprKind::NewObject {
                class: *class,
                ctor: None,
                args: Vec::new(),
                init: Vec::new(),
            };
            return Some(mk(kind, ty.clone(), span));
        }
    }
    if crate::timespan_ops::is_timespan(ty) {
        // Zero ticks, as a value (a `TimeSpan` is no constant).
        let zero = mk(ExprKind::Const(ConstValue::Long(0)), Ty::Long, span);
        return Some(crate::convert::apply(
            zero,
            Some(crate::hir::Conversion::WidenSmall),
            ty,
        ));
    }
    if let Ty::Generic(_) = ty {
        return Some(mk(ExprKind::Const(ConstValue::Null), ty.clone(), span));
    }
    // A `ValueTask` word of 0 is `default`: completed, its result the default (a struct of
    // the program's would need an object for it).
    match ty {
        Ty::Lib(crate::types::Lib::ValueTask, _) => {
            return Some(mk(ExprKind::Const(ConstValue::Null), ty.clone(), span))
        }
        Ty::Lib(crate::types::Lib::ValueTaskOf, a) if a.first().is_some_and(|t| !t.is_struct()) => {
            return Some(mk(ExprKind::Const(ConstValue::Null), ty.clone(), span))
        }
        _ => {}
    }
    crate::constants::zero_of(ty).map(|zero| mk(ExprKind::Const(zero), ty.clone(), span))
}

impl Body<'_, '_> {
    /// `typeof(T)`: the hidden `builtins::TYPE_OF` of the type, whose .NET name lowering
    /// writes in.
    fn type_of(&mut self, te: &ast::TypeExpr, span: Span) -> Expr {
        let unbound = matches!(&te.kind, ast::TypeExprKind::Named(segs)
            if segs.iter().any(|s| s.args.iter().any(|a| matches!(a.kind, ast::TypeExprKind::Omitted))));
        if unbound {
            return self
                .unsupported_expr("`typeof` of an unbound generic type (`List<>`) is", span);
        }
        let ty = self.cx.resolve_type(te, self.ns.as_deref());
        match ty {
            Ty::Error => return Expr::error(span),
            Ty::Void => return self.unsupported_expr("`typeof(void)` is", span),
            _ => {}
        }
        let Some(&b) = library()
            .lookup(crate::builtins::Owner::Object, crate::builtins::TYPE_OF)
            .first()
        else {
            return Expr::error(span);
        };
        let name = mk(
            ExprKind::Const(ConstValue::String("".into())),
            Ty::String,
            span,
        );
        let kind = ExprKind::Call {
            callee: crate::hir::Callee::Builtin(b),
            receiver: None,
            args: vec![name],
            type_args: vec![ty],
        };
        mk(kind, Ty::Lib(Lib::Type, Vec::new()), span)
    }
}
