//! `unawait dump --stage hir`: the typed tree, one node per line, children indented, every
//! expression with its type after a colon.

use std::fmt::Write;

use crate::builtins::library;
use crate::hir::*;

struct Dumper<'p> {
    p: &'p Program,
    out: String,
    locals: &'p [Local],
    /// Inside a custom awaiter's members: `error` nodes are the placeholders.
    placeholders: bool,
}

pub fn dump(p: &Program) -> String {
    let mut d = Dumper {
        p,
        out: String::new(),
        locals: &[],
        placeholders: false,
    };
    for c in &p.classes {
        let ns = c
            .namespace
            .as_ref()
            .map_or(String::new(), |n| format!("{n}."));
        let kind = match c.kind {
            ClassKind::Class => "class",
            ClassKind::Struct => "struct",
            ClassKind::Interface => "interface",
            ClassKind::Enum => "enum",
            ClassKind::Delegate => "delegate",
        };
        let st = if c.is_static { "static " } else { "" };
        d.line(0, &format!("{st}{kind} {ns}{}", c.name));
        for &f in &c.fields {
            d.field(p.field(f));
        }
        for &m in &c.methods {
            d.method(m, p.method(m));
        }
    }
    if let Some(e) = p.entry_point {
        let m = p.method(e);
        d.line(
            0,
            &format!("entry point: {}.{}", p.class(m.class).name, m.name),
        );
    }
    d.out
}

impl<'p> Dumper<'p> {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn field(&mut self, f: &'p Field) {
        match &f.constant {
            Some(c) => self.line(1, &format!("const {} {} = {c}", f.ty, f.name)),
            None => {
                let ro = if f.is_readonly { "readonly " } else { "" };
                let st = if f.is_static { "static " } else { "" };
                match &f.init {
                    Some(e) => {
                        self.line(1, &format!("{st}{ro}field {} {} =", f.ty, f.name));
                        self.expr(e, 2);
                    }
                    None => self.line(1, &format!("{st}{ro}field {} {}", f.ty, f.name)),
                }
            }
        }
    }

    fn method(&mut self, id: MethodId, m: &'p Method) {
        self.locals = &m.locals;
        let params: Vec<String> = m
            .params
            .iter()
            .map(|&l| format!("{} {}", self.local_ty(l), self.local_name(l)))
            .collect();
        let st = if m.is_static { "static " } else { "" };
        let asy = if m.is_async { "async " } else { "" };
        let kind = match &m.async_kind {
            AsyncKind::NotAsync => "sync".to_string(),
            AsyncKind::Void => "async void".to_string(),
            AsyncKind::Task => "async Task".to_string(),
            AsyncKind::TaskOf(t) => format!("async Task<{t}>"),
            AsyncKind::ValueTask => "async ValueTask".to_string(),
            AsyncKind::ValueTaskOf(t) => format!("async ValueTask<{t}>"),
            AsyncKind::AsyncEnumerable(t) => format!("async IAsyncEnumerable<{t}>"),
            AsyncKind::AsyncEnumerator(t) => format!("async IAsyncEnumerator<{t}>"),
        };
        self.line(
            1,
            &format!(
                "method #{} {st}{asy}{} {}({}) [{kind}]",
                id.0,
                m.return_type,
                m.name,
                params.join(", ")
            ),
        );
        for (i, l) in m.locals.iter().enumerate() {
            let k = match l.kind {
                LocalKind::Param => "param",
                LocalKind::Local => "local",
                LocalKind::Const => "const",
                LocalKind::ForeachVar => "foreach",
                LocalKind::CatchVar => "catch",
                LocalKind::UsingVar => "using",
                LocalKind::LambdaParam => "lambda param",
                LocalKind::LocalFunction => "local function",
            };
            self.line(2, &format!("{k} {}#{i}: {}", l.name, l.ty));
        }
        if let Some(b) = &m.body {
            self.block(b, 2);
        }
    }

    fn local_name(&self, l: LocalId) -> String {
        self.locals
            .get(l.0 as usize)
            .map_or_else(|| format!("?#{}", l.0), |x| format!("{}#{}", x.name, l.0))
    }

    fn local_ty(&self, l: LocalId) -> String {
        self.locals
            .get(l.0 as usize)
            .map_or_else(|| "?".to_string(), |x| x.ty.to_string())
    }

    fn block(&mut self, b: &Block, depth: usize) {
        self.line(depth, "block");
        for s in &b.stmts {
            self.stmt(s, depth + 1);
        }
    }

    fn stmt(&mut self, s: &Stmt, d: usize) {
        match &s.kind {
            StmtKind::Block(b) => self.block(b, d),
            StmtKind::Local { local, init } => {
                let head = format!("let {}: {}", self.local_name(*local), self.local_ty(*local));
                match init {
                    Some(e) => {
                        self.line(d, &format!("{head} ="));
                        self.expr(e, d + 1);
                    }
                    None => self.line(d, &head),
                }
            }
            StmtKind::Expr(e) => {
                self.line(d, "expr");
                self.expr(e, d + 1);
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.line(d, "if");
                self.expr(cond, d + 1);
                self.line(d, "then");
                self.stmt(then, d + 1);
                if let Some(o) = otherwise {
                    self.line(d, "else");
                    self.stmt(o, d + 1);
                }
            }
            StmtKind::While { cond, body } => {
                self.line(d, "while");
                self.expr(cond, d + 1);
                self.line(d, "do");
                self.stmt(body, d + 1);
            }
            StmtKind::DoWhile { body, cond } => {
                self.line(d, "do");
                self.stmt(body, d + 1);
                self.line(d, "while");
                self.expr(cond, d + 1);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                self.line(d, "for");
                for i in init {
                    self.stmt(i, d + 2);
                }
                if let Some(c) = cond {
                    self.line(d + 1, "cond");
                    self.expr(c, d + 2);
                }
                if !update.is_empty() {
                    self.line(d + 1, "update");
                    for u in update {
                        self.expr(u, d + 2);
                    }
                }
                self.line(d + 1, "body");
                self.stmt(body, d + 2);
            }
            StmtKind::Foreach {
                kind,
                local,
                elem_ty,
                conversion,
                collection,
                body,
            } => {
                let conv = conversion.map_or(String::new(), |c| format!(" via {c:?}"));
                self.line(
                    d,
                    &format!(
                        "foreach {:?} {}: {} (element {elem_ty}{conv}) in",
                        kind,
                        self.local_name(*local),
                        self.local_ty(*local)
                    ),
                );
                self.expr(collection, d + 1);
                self.stmt(body, d + 1);
            }
            StmtKind::Break => self.line(d, "break"),
            StmtKind::Continue => self.line(d, "continue"),
            StmtKind::Return(e) => {
                self.line(d, "return");
                if let Some(e) = e {
                    self.expr(e, d + 1);
                }
            }
            StmtKind::Throw(e) => {
                self.line(d, "throw");
                self.expr(e, d + 1);
            }
            StmtKind::Rethrow => self.line(d, "rethrow"),
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                self.line(d, "try");
                self.block(body, d + 1);
                for c in catches {
                    let var = c
                        .local
                        .map_or(String::new(), |l| format!(" {}", self.local_name(l)));
                    self.line(d, &format!("catch {}{var}", c.ty));
                    if let Some(f) = &c.filter {
                        self.line(d + 1, "when");
                        self.expr(f, d + 2);
                    }
                    self.block(&c.body, d + 1);
                }
                if let Some(f) = finally {
                    self.line(d, "finally");
                    self.block(f, d + 1);
                }
            }
            StmtKind::Switch { subject, sections } => {
                self.line(d, "switch");
                self.expr(subject, d + 1);
                for s in sections {
                    let labels: Vec<String> = s
                        .labels
                        .iter()
                        .map(|l| l.as_ref().map_or("default".into(), |c| c.to_string()))
                        .collect();
                    self.line(d + 1, &format!("case {}", labels.join(", ")));
                    for x in &s.body {
                        self.stmt(x, d + 2);
                    }
                }
            }
            StmtKind::Using { resource, body } => {
                self.line(d, "using");
                for r in resource {
                    self.stmt(r, d + 1);
                }
                self.stmt(body, d + 1);
            }
            StmtKind::YieldReturn(e) => {
                self.line(d, "yield return");
                self.expr(e, d + 1);
            }
            StmtKind::YieldBreak => self.line(d, "yield break"),
            StmtKind::Label(l) => self.line(d, &format!("label L{}", l.0)),
            StmtKind::Goto(l) => self.line(d, &format!("goto L{}", l.0)),
            StmtKind::GotoSection(n) => self.line(d, &format!("goto section {n}")),
            StmtKind::Empty => self.line(d, "empty"),
        }
    }

    fn callee(&self, c: &Callee, type_args: &[crate::types::Ty]) -> String {
        match c {
            Callee::User(m) => {
                let m = self.p.method(*m);
                format!("{}.{}", self.p.class(m.class).name, m.name)
            }
            Callee::Builtin(b) => {
                let n = library().get(*b).display(type_args);
                format!("builtin {n}")
            }
        }
    }

    fn place(&mut self, p: &Place, d: usize) {
        match p {
            Place::Local(l) => self.line(d, &format!("local {}", self.local_name(*l))),
            Place::This => self.line(d, "this"),
            Place::StaticField(f) => {
                let f = self.p.field(*f);
                self.line(
                    d,
                    &format!("static field {}.{}", self.p.class(f.class).name, f.name),
                );
            }
            Place::ArrayElement { array, index } => {
                self.line(d, "array element");
                self.expr(array, d + 1);
                self.expr(index, d + 1);
            }
            Place::Indexer {
                target,
                index,
                indexer,
            } => {
                self.line(
                    d,
                    &format!("indexer {}", library().get(*indexer).display(&[])),
                );
                self.expr(target, d + 1);
                self.expr(index, d + 1);
            }
            Place::InstanceField { receiver, field } => {
                self.line(d, &format!("field {}", self.p.field(*field).name));
                self.expr(receiver, d + 1);
            }
            Place::Property {
                receiver,
                setter,
                args,
                ..
            } => {
                self.line(d, &format!("property {}", self.p.method(*setter).name));
                if let Some(r) = receiver {
                    self.expr(r, d + 1);
                }
                for a in args {
                    self.expr(a, d + 1);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr, d: usize) {
        let t = &e.ty;
        let mut w = String::new();
        match &e.kind {
            ExprKind::Const(c) => {
                let _ = write!(w, "const {c}: {t}");
                self.line(d, &w);
            }
            ExprKind::Local(l) => self.line(d, &format!("local {}: {t}", self.local_name(*l))),
            ExprKind::StaticField(f) => {
                let f = self.p.field(*f);
                self.line(
                    d,
                    &format!(
                        "static field {}.{}: {t}",
                        self.p.class(f.class).name,
                        f.name
                    ),
                );
            }
            ExprKind::Property {
                receiver,
                member,
                type_args,
            } => {
                let n = library().get(*member).display(type_args);
                self.line(d, &format!("property {n}: {t}"));
                if let Some(r) = receiver {
                    self.expr(r, d + 1);
                }
            }
            ExprKind::Call {
                callee,
                receiver,
                args,
                type_args,
            } => {
                let c = self.callee(callee, type_args);
                self.line(d, &format!("call {c}: {t}"));
                if let Some(r) = receiver {
                    self.line(d + 1, "receiver");
                    self.expr(r, d + 2);
                }
                for a in args {
                    self.expr(a, d + 1);
                }
            }
            ExprKind::New {
                ctor,
                args,
                type_args,
                initializer,
            } => {
                let c = self.callee(ctor, type_args);
                self.line(d, &format!("new {c}: {t}"));
                for a in args {
                    self.expr(a, d + 1);
                }
                if !initializer.is_empty() {
                    self.line(d + 1, "add");
                    for a in initializer {
                        self.expr(a, d + 2);
                    }
                }
            }
            ExprKind::NewArray { elem, size } => {
                self.line(d, &format!("new array {elem}: {t}"));
                self.expr(size, d + 1);
            }
            ExprKind::ArrayInit { elem, items } => {
                self.line(d, &format!("array {elem} [{}]: {t}", items.len()));
                for i in items {
                    self.expr(i, d + 1);
                }
            }
            ExprKind::ArrayElement { array, index } => {
                self.line(d, &format!("array element: {t}"));
                self.expr(array, d + 1);
                self.expr(index, d + 1);
            }
            ExprKind::Indexer {
                target,
                index,
                indexer,
            } => {
                self.line(
                    d,
                    &format!("indexer {}: {t}", library().get(*indexer).display(&[])),
                );
                self.expr(target, d + 1);
                self.expr(index, d + 1);
            }
            ExprKind::Unary { op, operand } => {
                self.line(d, &format!("unary {op:?}: {t}"));
                self.expr(operand, d + 1);
            }
            ExprKind::Binary {
                op,
                operand_ty,
                lhs,
                rhs,
            } => {
                let c = if op.is_checked() { " checked" } else { "" };
                self.line(d, &format!("binary {}{c} ({operand_ty}): {t}", op.as_str()));
                self.expr(lhs, d + 1);
                self.expr(rhs, d + 1);
            }
            ExprKind::Concat(parts) => {
                self.line(d, &format!("concat: {t}"));
                for p in parts {
                    self.expr(p, d + 1);
                }
            }
            ExprKind::ToStr(x) => {
                self.line(d, &format!("tostring: {t}"));
                self.expr(x, d + 1);
            }
            ExprKind::Convert { conversion, expr } => {
                self.line(d, &format!("convert {conversion:?}: {t}"));
                self.expr(expr, d + 1);
            }
            ExprKind::Assign { target, value } => {
                self.line(d, &format!("assign: {t}"));
                self.place(target, d + 1);
                self.expr(value, d + 1);
            }
            ExprKind::Discard(x) => {
                self.line(d, &format!("discard: {t}"));
                self.expr(x, d + 1);
            }
            ExprKind::RefArg { kind, target } => {
                self.line(d, &format!("{} argument: {t}", kind.keyword()));
                self.expr(target, d + 1);
            }
            ExprKind::OutCall { call, out } => {
                let bind = out.map_or(" (discarded)".to_string(), |l| {
                    format!(" into local #{}", l.0)
                });
                self.line(d, &format!("out call{bind}: {t}"));
                self.expr(call, d + 1);
            }
            ExprKind::TypeTest {
                expr,
                target,
                kind,
                local,
            } => {
                let bind = local.map_or(String::new(), |l| format!(" into local #{}", l.0));
                self.line(d, &format!("{kind:?} {target}{bind}: {t}"));
                self.expr(expr, d + 1);
            }
            ExprKind::CompoundAssign {
                target,
                op,
                concat,
                value,
            } => {
                let o = if *concat {
                    "concat".to_string()
                } else if op.is_checked() {
                    format!("checked {}", op.as_str())
                } else {
                    op.as_str().to_string()
                };
                self.line(d, &format!("compound {o}=: {t}"));
                self.place(target, d + 1);
                self.expr(value, d + 1);
            }
            ExprKind::IncDec {
                target,
                kind,
                checked,
            } => {
                let c = if *checked { " checked" } else { "" };
                self.line(d, &format!("{kind:?}{c}: {t}"));
                self.place(target, d + 1);
            }
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => {
                self.line(d, &format!("conditional: {t}"));
                self.expr(cond, d + 1);
                self.expr(then, d + 1);
                self.expr(otherwise, d + 1);
            }
            ExprKind::Await { expr, info } => {
                self.line(
                    d,
                    &format!("await ({:?} {}): {t}", info.awaiter, info.awaiter_ty),
                );
                self.expr(expr, d + 1);
                // A custom awaiter's members, over placeholders (`error`) for the awaiter and
                // the continuation.
                if let Some(c) = &info.custom {
                    let outer = std::mem::replace(&mut self.placeholders, true);
                    self.line(d + 1, "is_completed");
                    self.expr(&c.is_completed, d + 2);
                    self.line(d + 1, "on_completed (when not completed)");
                    self.expr(&c.on_completed, d + 2);
                    self.line(d + 1, "get_result");
                    self.expr(&c.get_result, d + 2);
                    self.placeholders = outer;
                }
            }
            ExprKind::This => self.line(d, &format!("this: {t}")),
            ExprKind::Base => self.line(d, &format!("base: {t}")),
            ExprKind::InstanceField { receiver, field } => {
                self.line(d, &format!("field {}: {t}", self.p.field(*field).name));
                self.expr(receiver, d + 1);
            }
            ExprKind::NewObject {
                class, args, init, ..
            } => {
                self.line(d, &format!("new {}: {t}", self.p.class(*class).name));
                for a in args {
                    self.expr(a, d + 1);
                }
                for i in init {
                    let what = match i.target {
                        crate::hir::InitTarget::Field(f) => self.p.field(f).name.clone(),
                        crate::hir::InitTarget::Setter(m) => self.p.method(m).name.clone(),
                    };
                    self.line(d + 1, &format!("init {what}"));
                    self.expr(&i.value, d + 2);
                }
            }
            ExprKind::UnboundLambda(_) => self.line(d, "unbound lambda"),
            ExprKind::Lambda(l) => {
                let ps: Vec<String> = l.params.iter().map(|&p| self.local_name(p)).collect();
                self.line(d, &format!("lambda ({}): {t}", ps.join(", ")));
                self.block(&l.body, d + 1);
            }
            ExprKind::MethodGroup {
                method,
                receiver,
                type_args,
            } => {
                let c = self.callee(method, type_args);
                self.line(d, &format!("method group {c}: {t}"));
                if let Some(r) = receiver {
                    self.expr(r, d + 1);
                }
            }
            ExprKind::InvokeDelegate { target, args } => {
                self.line(d, &format!("invoke: {t}"));
                self.expr(target, d + 1);
                for a in args {
                    self.expr(a, d + 1);
                }
            }
            ExprKind::Error if self.placeholders => {
                let what = match &e.ty {
                    crate::types::Ty::Lib(crate::types::Lib::Action, _) => "the continuation",
                    _ => "the awaiter",
                };
                self.line(d, &format!("{what}: {t}"))
            }
            ExprKind::Error => self.line(d, &format!("error: {t}")),
        }
    }
}
