//! Semantic analysis: name resolution, type checking with C#'s rules for the subset, the library's
//! signatures (builtins.rs, one table), definite assignment and reachability (flow.rs). Produces
//! the typed HIR that `lower` consumes.
//!
//! Architecture invariant: `check` never panics and always returns a program; every construct it
//! does not accept gets exactly one diagnostic at its span, and an expression of type `Error`
//! never produces a further diagnostic (no cascades). No I/O.

pub mod behavior;
pub mod builtins;
pub mod constants;
pub mod hir;
pub mod types;

mod accessibility;
mod anonymous_types;
mod attributes;
mod bcl;
mod bcl_members;
mod bcl_names;
mod body;
mod call_errors;
mod call_rank;
mod check_args;
mod check_await;
mod check_await_foreach;
mod check_call;
mod check_cast;
mod check_conditional;
mod check_dict_init;
mod check_expr;
mod check_foreach_pattern;
mod check_is;
mod check_items;
mod check_iterator;
mod check_jumps;
mod check_lambda;
mod check_local;
mod check_lock;
mod check_mdarray;
mod check_members;
mod check_new;
mod check_null_conditional;
mod check_nullable;
mod check_nullable_assign;
mod check_out;
mod check_property_pattern;
mod check_query;
mod check_ref;
mod check_stmt;
mod check_switch_expr;
mod check_switch_stmt;
mod check_try;
mod check_using;
mod closures;
mod constructors;
mod context;
mod convert;
mod default_comparer;
mod delegate_ops;
mod delegates;
mod dump;
mod entry_point;
mod enum_library;
mod enums;
mod event_dispatch;
mod events;
mod extension_calls;
mod field_lambdas;
mod filters;
mod flow;
mod formats;
mod generic_classes;
pub mod generics;
mod ids;
mod indexers;
mod inheritance;
mod instantiate;
mod instantiate_class;
mod instantiate_dispatch;
mod instantiate_order;
mod interfaces;
mod interlocked;
mod lambda_overloads;
mod lib_gaps;
pub mod lib_virtuals;
mod library_groups;
mod library_types;
mod lifted_bool;
mod linq_cast;
mod linq_group_result;
mod local_functions;
mod local_generics;
mod local_values;
mod lookup;
mod name_forms;
mod named;
mod natural_types;
mod nested;
mod operators;
mod ops;
mod parameters;
mod places;
mod properties;
mod resolve;
mod resolve_oo;
mod resolve_type;
mod resolve_value;
mod scope;
mod skipped;
mod smallints;
mod struct_thunks;
mod structs;
mod timespan_ops;
mod unsigned;
mod user_collection_init;
mod user_conversions;
pub mod user_enumerables;
mod user_ops;
mod user_types;
mod virtuals;

use unawait_syntax::ast::{self, CompilationUnit};
use unawait_syntax::Diagnostic;

use body::{Body, FnInfo};
use constants::ConstValue;
use context::{BodySrc, ConstState, Ctx};
use hir::{AsyncKind, Block, ExprKind, FieldId, MethodId, Stmt, StmtKind};
use types::Ty;

pub struct Checked {
    pub program: hir::Program,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a parsed file. Diagnostics come sorted by position.
pub fn check(unit: &CompilationUnit) -> Checked {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    check_on(unit, threads)
}

/// `check`, with the method bodies shared out among up to `threads` threads (the diagnostics
/// and the program are the same on any number).
pub fn check_on(unit: &CompilationUnit, threads: usize) -> Checked {
    let mut cx = Ctx::new();
    cx.has_yield = unit.has_yield;
    check_items::collect(&mut cx, unit);
    for f in 0..cx.program.fields.len() {
        init_field(&mut cx, FieldId(f as u32));
    }
    field_lambdas::static_constructors(&mut cx);
    generic_classes::collected(&mut cx);
    // Bodies that add classes (anonymous types, instances of generic types) are checked on
    // one thread.
    let threads = if unit.anonymous_objects
        || unit.generic_local_functions
        || !cx.gclasses.templates.is_empty()
        || !cx.gclasses.delegates.is_empty()
    {
        1
    } else {
        threads
    };
    check_methods(&mut cx, threads);
    generic_classes::bodies_checked(&mut cx);
    check_lambda::report_unbound(&mut cx);
    instantiate::instantiate(&mut cx);
    local_generics::report_left(&mut cx);
    generic_classes::check_closed(&mut cx);
    generic_classes::report_suppressed(&mut cx);
    closures::convert(&mut cx);
    struct_thunks::make(&mut cx);
    filters::check(&mut cx);
    let mut diagnostics = cx.diags.list;
    // `#pragma warning disable CS0162` ... `restore`: the warnings C# would not show.
    unit.pragmas.filter(&mut diagnostics);
    diagnostics.sort_by_key(|d| d.span().start);
    Checked {
        program: cx.program,
        diagnostics,
    }
}

pub fn dump_hir(program: &hir::Program) -> String {
    dump::dump(program)
}

/// A field's constant value or static initializer.
pub(crate) fn init_field(cx: &mut Ctx<'_>, id: FieldId) {
    if matches!(cx.const_state[id.0 as usize], ConstState::Pending) {
        eval_const_field(cx, id);
    } else {
        static_field_init(cx, id);
    }
}

fn field_display(cx: &Ctx<'_>, f: FieldId) -> String {
    let field = cx.program.field(f);
    format!("{}.{}", cx.program.class(field.class).name, field.name)
}

pub(crate) fn initializer_fn(display: String, instance_initializer: bool) -> FnInfo {
    FnInfo {
        method: None,
        is_async: false,
        async_kind: AsyncKind::NotAsync,
        return_type: Ty::Void,
        display,
        instance_initializer,
        lambda: false,
        iterator: None,
    }
}

/// The value of a `const` field, evaluating its initializer on first use (consts may refer to
/// consts declared later); a cycle is CS0110.
pub(crate) fn eval_const_field(cx: &mut Ctx<'_>, f: FieldId) -> Option<ConstValue> {
    let i = f.0 as usize;
    match &cx.const_state[i] {
        ConstState::NotConst => return None,
        ConstState::Done(v) => return v.clone(),
        ConstState::InProgress => {
            let name = field_display(cx, f);
            let span = cx.program.field(f).name_span;
            cx.error("CS0110", format!("The evaluation of the constant value for '{name}' involves a circular definition"), span, "break the cycle: one constant must not depend on itself");
            cx.const_state[i] = ConstState::Done(None);
            return None;
        }
        ConstState::Pending => {}
    }
    cx.const_state[i] = ConstState::InProgress;
    let scope = cx.type_scope;
    let value = const_value(cx, f);
    cx.type_scope = scope;
    if matches!(cx.const_state[i], ConstState::InProgress) {
        cx.const_state[i] = ConstState::Done(value.clone());
        cx.program.fields[i].constant = value.clone();
        value
    } else {
        None
    }
}

/// The value of constant `f`'s initializer, checked in its class.
fn const_value(cx: &mut Ctx<'_>, f: FieldId) -> Option<ConstValue> {
    let i = f.0 as usize;
    if cx.program.class(cx.program.field(f).class).kind == hir::ClassKind::Enum {
        return enums::member_value(cx, f);
    }
    let (class, ty) = {
        let field = cx.program.field(f);
        (field.class, field.ty.clone())
    };
    match cx.field_inits[i] {
        None => None,
        Some(init) => {
            let display = field_display(cx, f);
            let mut b = Body::new(
                cx,
                class,
                initializer_fn(display.clone(), false),
                Vec::new(),
            );
            let e = b.expr_with(init, Some(&ty));
            let e = b.coerce(e, &ty);
            match e.constant() {
                Some(c) => Some(c.clone()),
                None => {
                    if !e.ty.is_error() && !matches!(e.kind, ExprKind::Error) {
                        b.err(
                            "CS0133",
                            format!(
                                "The expression being assigned to '{display}' must be constant"
                            ),
                            init.span,
                            "use literals and other constants, or make it `static readonly`",
                        );
                    }
                    None
                }
            }
        }
    }
}

fn static_field_init(cx: &mut Ctx<'_>, f: FieldId) {
    let i = f.0 as usize;
    let Some(init) = cx.field_inits[i] else {
        return;
    };
    if !matches!(cx.const_state[i], ConstState::NotConst) {
        return;
    }
    let (class, ty, is_static) = {
        let field = cx.program.field(f);
        (field.class, field.ty.clone(), field.is_static)
    };
    let display = field_display(cx, f);
    let mut b = Body::new(cx, class, initializer_fn(display, !is_static), Vec::new());
    let e = b.expr_with(init, Some(&ty));
    let e = b.coerce(e, &ty);
    b.report_unbound_lambdas();
    if b.lambdas > 0 {
        // Checked again in each constructor, whose lambdas they become (field_lambdas.rs).
        b.cx.lambda_inits.insert(f);
    }
    cx.program.fields[i].init = Some(e);
}

/// Below this many methods one thread is faster than copying the checker's state.
const MIN_PARALLEL_METHODS: usize = 256;

/// Checks every method body. A body reads the declarations and writes only its own method and
/// diagnostics, so with several threads the later methods are checked on a copy of the checker
/// and their results moved back, diagnostics after this thread's, as one thread would order them.
fn check_methods(cx: &mut Ctx<'_>, threads: usize) {
    let n = cx.program.methods.len();
    let ids = |r: std::ops::Range<usize>| r.map(|m| MethodId(m as u32));
    if threads < 2 || n < MIN_PARALLEL_METHODS {
        // Checking a body may add methods (an instance of a generic type): they are checked
        // too.
        let mut m = 0;
        while m < cx.program.methods.len() {
            check_method(cx, MethodId(m as u32));
            m += 1;
        }
        return;
    }
    let half = n / 2;
    let mut other = cx.clone();
    other.diags = Default::default();
    other.unsupported_count = 0;
    let other = std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .stack_size(unawait_syntax::THREAD_STACK)
            .spawn_scoped(s, move || {
                ids(half..n).for_each(|m| check_method(&mut other, m));
                other
            })
            .ok();
        ids(0..half).for_each(|m| check_method(cx, m));
        handle.and_then(|h| h.join().ok())
    });
    let Some(mut other) = other else {
        // No thread to be had (or it failed): the later half here too.
        ids(half..n).for_each(|m| check_method(cx, m));
        return;
    };
    for m in half..n {
        let theirs = &mut other.program.methods[m];
        let ours = &mut cx.program.methods[m];
        ours.body = theirs.body.take();
        ours.locals = std::mem::take(&mut theirs.locals);
    }
    cx.unsupported_count += other.unsupported_count;
    cx.lambda_methods.extend(other.lambda_methods);
    cx.unbound_lambdas.extend(other.unbound_lambdas);
    for d in other.diags.list {
        cx.diags.push(d);
    }
}

pub(crate) fn check_method(cx: &mut Ctx<'_>, id: MethodId) {
    let class = cx.program.method(id).class;
    // An open instance's bodies are not needed; a closed one's may be the template's, copied
    // with the arguments in (instantiate_class.rs).
    if cx.in_open_instance(class) || instantiate_class::copy_source(cx, id).is_some() {
        return;
    }
    let instance = cx.instance_name(class);
    let quiet = std::mem::replace(&mut cx.diags.quiet, instance);
    check_method_body(cx, id);
    cx.diags.quiet = quiet;
}

fn check_method_body(cx: &mut Ctx<'_>, id: MethodId) {
    let i = id.0 as usize;
    // A method without a body (abstract, or reported) keeps its parameters: calls of it (a
    // virtual slot's signature) read them.
    let Some(src) = cx.method_bodies[i].filter(|s| !matches!(s, BodySrc::Body(ast::Body::None(_))))
    else {
        return;
    };
    let m = &cx.program.methods[i];
    let display = signature_display(&cx.program, id);
    let flow_name = display.clone();
    let func = FnInfo {
        method: Some(id),
        is_async: m.is_async,
        async_kind: m.async_kind.clone(),
        return_type: m.return_type.clone(),
        display,
        instance_initializer: false,
        lambda: false,
        iterator: None,
    };
    let class = m.class;
    let is_async = m.is_async;
    let is_ctor = m.kind == crate::hir::MethodKind::Constructor;
    let is_cctor = m.kind == crate::hir::MethodKind::StaticConstructor;
    let name_span = m.name_span;
    let iterator = match src {
        BodySrc::Body(ast::Body::Block(bl)) => check_iterator::iterator_of(cx, id, bl),
        _ => check_iterator::IteratorOf::Not,
    };
    let mut func = func;
    if let check_iterator::IteratorOf::Elements(t) | check_iterator::IteratorOf::AsyncElements(t) =
        &iterator
    {
        func.iterator = Some(t.clone());
    }
    let locals = std::mem::take(&mut cx.program.methods[i].locals);
    let unsupported_before = cx.unsupported_count;
    cx.generic_scope = cx.method_generics.get(&id).cloned().unwrap_or_default();
    let mut b = Body::new(cx, class, func, locals);
    b.yield_reported = matches!(iterator, check_iterator::IteratorOf::Reported);
    let block = match src {
        BodySrc::Body(ast::Body::Block(bl)) => b.block(bl),
        BodySrc::Body(ast::Body::Expr(e)) | BodySrc::Expr(e) => {
            let value_less = matches!(
                b.func.async_kind,
                AsyncKind::Task | AsyncKind::ValueTask | AsyncKind::Void
            ) || (b.func.async_kind == AsyncKind::NotAsync
                && b.func.return_type == Ty::Void);
            b.scopes.push();
            let kind = if let ast::ExprKind::Throw(x) = &e.kind {
                // `=> throw e;` is a body that throws, whatever the member returns.
                StmtKind::Throw(b.thrown(x))
            } else if value_less {
                b.statement_expression(e)
            } else {
                b.return_stmt(Some(e), e.span)
            };
            b.scopes.pop();
            Block {
                stmts: vec![Stmt {
                    kind,
                    span: e.span,
                    id: crate::hir::StmtId::NONE,
                }],
                span: e.span,
            }
        }
        BodySrc::Body(ast::Body::None(_)) => return,
        BodySrc::ImplicitCtor => Block {
            stmts: Vec::new(),
            span: name_span,
        },
        BodySrc::AutoGet(f) | BodySrc::AutoSet(f) => {
            b.auto_accessor(f, matches!(src, BodySrc::AutoGet(_)), name_span)
        }
        BodySrc::EventAdd(f) | BodySrc::EventRemove(f) => {
            b.event_accessor(f, matches!(src, BodySrc::EventAdd(_)), name_span)
        }
    };
    let prologue = if is_ctor {
        b.constructor_prologue(id)
    } else if is_cctor {
        b.static_constructor_prologue()
    } else {
        Vec::new()
    };
    b.report_unbound_lambdas();
    let has_lambdas = b.lambdas > 0 || b.method_groups > 0;
    let saw_await = b.saw_await;
    let incomplete = b.incomplete;
    let locals = std::mem::take(&mut b.locals);
    let generic_fns = std::mem::take(&mut b.generic_local_fns);
    let complete = cx.unsupported_count == unsupported_before && !incomplete;
    let stream = matches!(
        cx.program.methods[i].async_kind,
        AsyncKind::AsyncEnumerable(_) | AsyncKind::AsyncEnumerator(_)
    );
    if stream && matches!(iterator, check_iterator::IteratorOf::Not) && complete {
        let (code, msg) = if saw_await {
            (
                "CS8419",
                "The body of an async-iterator method must contain a 'yield' statement.",
            )
        } else {
            ("CS8420", "The body of an async-iterator method must contain a 'yield' statement. Consider removing 'async' from the method declaration or adding a 'yield' statement.")
        };
        cx.diags.push(
            Diagnostic::error(code, msg, name_span)
                .with_primary("async iterator without `yield`")
                .with_hint("`yield return` the elements, or return Task<T> instead"),
        );
    }
    let no_yield = stream && matches!(iterator, check_iterator::IteratorOf::Not);
    if is_async && !saw_await && complete && !no_yield {
        cx.diags.push(
            Diagnostic::warning(
                "CS1998",
                "This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls, or 'await Task.Run(...)' to do CPU-bound work on a background thread.",
                name_span,
            )
            .with_primary("async method without `await`")
            .with_hint("remove `async` and return a completed task, or await something"),
        );
    }
    let struct_fields = struct_fields(&cx.program, &locals);
    let method = &mut cx.program.methods[i];
    method.locals = locals;
    if let check_iterator::IteratorOf::Elements(t) = iterator {
        method.iterator = Some(t);
    }
    let flow_diags = if complete {
        flow::check_method(method, &block, &flow_name, &struct_fields)
    } else {
        Vec::new()
    };
    let mut block = block;
    block.stmts.splice(0..0, prologue);
    (method.expr_count, method.stmt_count) = ids::number(&mut block);
    method.body = Some(block);
    for d in flow_diags {
        cx.diags.push(d);
    }
    if has_lambdas {
        cx.lambda_methods.push(id);
    }
    if !generic_fns.is_empty() {
        cx.local_generic.insert(id, generic_fns);
    }
}

/// The instance fields of each local of a struct type, for definite assignment field by field.
fn struct_fields(program: &hir::Program, locals: &[hir::Local]) -> flow::StructFields {
    let mut out = flow::StructFields::new();
    for (i, l) in locals.iter().enumerate() {
        if let types::Ty::Class(id, c) = &l.ty {
            if c.is_struct {
                let fields = program
                    .class(*id)
                    .fields
                    .iter()
                    .filter(|&&f| !program.field(f).is_static)
                    .map(|&f| (f, program.field(f).name.clone()))
                    .collect();
                out.insert(hir::LocalId(i as u32), fields);
            }
        }
    }
    out
}

/// `Class.Method(int, string)`: how flow analysis and the checks of a body name a method.
pub(crate) fn signature_display(program: &hir::Program, id: MethodId) -> String {
    let m = program.method(id);
    let params: Vec<String> = m.param_types.iter().map(|t| t.to_string()).collect();
    format!(
        "{}.{}({})",
        program.class(m.class).name,
        m.name,
        params.join(", ")
    )
}
