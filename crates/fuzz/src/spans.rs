//! The spans of a parsed program's expressions, statements, members and types: the subtrees the
//! tree-level mutations delete, duplicate, swap, splice and wrap. The walk covers every node
//! kind (the matches are exhaustive), so a new construct is mutated as soon as it parses.

use unawait_syntax::ast::*;
use unawait_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Expr,
    Stmt,
    Member,
    Type,
}

#[derive(Default)]
pub struct Spans {
    pub nodes: Vec<(Kind, Span)>,
}

impl Spans {
    pub fn of(unit: &CompilationUnit) -> Spans {
        let mut s = Spans::default();
        for i in &unit.items {
            s.item(i);
        }
        s
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = Span> + '_ {
        self.nodes
            .iter()
            .filter(move |(k, s)| *k == kind && !s.is_empty())
            .map(|(_, s)| *s)
    }

    fn add(&mut self, kind: Kind, span: Span) {
        self.nodes.push((kind, span));
    }

    fn item(&mut self, i: &Item) {
        match i {
            Item::Namespace(n) => n.items.iter().for_each(|i| self.item(i)),
            Item::Type(t) => self.type_decl(t),
            Item::Member(m) => self.member(m),
            Item::Statement(s) => self.stmt(s),
            Item::Error(_) => {}
        }
    }

    fn type_decl(&mut self, t: &TypeDecl) {
        for b in &t.bases {
            self.ty(b);
        }
        for m in &t.members {
            self.member(m);
        }
        for e in &t.enum_members {
            if let Some(v) = &e.value {
                self.expr(v);
            }
        }
    }

    fn params(&mut self, ps: &[Param]) {
        for p in ps {
            self.ty(&p.ty);
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }

    fn body(&mut self, b: &Body) {
        match b {
            Body::Block(b) => self.block(b),
            Body::Expr(e) => self.expr(e),
            Body::None(_) => {}
        }
    }

    fn accessors(&mut self, list: &[Accessor]) {
        for a in list {
            self.body(&a.body);
        }
    }

    fn method(&mut self, m: &MethodDecl) {
        self.ty(&m.return_type);
        self.params(&m.params);
        self.body(&m.body);
    }

    fn member(&mut self, m: &Member) {
        self.add(Kind::Member, m.span());
        match m {
            Member::Field(f) => {
                self.ty(&f.ty);
                self.declarators(&f.declarators);
            }
            Member::Method(m) => self.method(m),
            Member::Constructor(c) => {
                self.params(&c.params);
                if let Some((_, args)) = &c.initializer {
                    self.args(args);
                }
                self.body(&c.body);
            }
            Member::Destructor(d) => self.body(&d.body),
            Member::Property(p) => {
                self.ty(&p.ty);
                self.accessors(&p.accessors);
                p.expr_body.iter().chain(&p.init).for_each(|e| self.expr(e));
            }
            Member::Indexer(ix) => {
                self.ty(&ix.ty);
                self.params(&ix.params);
                self.accessors(&ix.accessors);
                ix.expr_body.iter().for_each(|e| self.expr(e));
            }
            Member::Event(e) => {
                self.ty(&e.ty);
                self.declarators(&e.declarators);
                self.accessors(&e.accessors);
            }
            Member::Operator(o) => {
                self.ty(&o.return_type);
                self.params(&o.params);
                self.body(&o.body);
            }
            Member::Delegate(d) => {
                self.ty(&d.return_type);
                self.params(&d.params);
            }
            Member::Type(t) => self.type_decl(t),
            Member::Error(_) => {}
        }
    }

    fn declarators(&mut self, list: &[VarDeclarator]) {
        for d in list {
            d.brackets.iter().chain(&d.init).for_each(|e| self.expr(e));
        }
    }

    fn ty(&mut self, t: &TypeExpr) {
        if !matches!(t.kind, TypeExprKind::Error | TypeExprKind::Omitted) {
            self.add(Kind::Type, t.span);
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn local(&mut self, d: &LocalDecl) {
        self.ty(&d.ty);
        self.declarators(&d.declarators);
    }

    fn for_init(&mut self, i: &ForInit) {
        match i {
            ForInit::Decl(d) => self.local(d),
            ForInit::Exprs(es) => es.iter().for_each(|e| self.expr(e)),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.add(Kind::Stmt, s.span);
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::LocalDecl(d) => self.local(d),
            StmtKind::LocalFunction(m) => self.method(m),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.stmt(then);
                otherwise.iter().for_each(|o| self.stmt(o));
            }
            StmtKind::While { cond, body } | StmtKind::DoWhile { body, cond } => {
                self.expr(cond);
                self.stmt(body);
            }
            StmtKind::For {
                init,
                cond,
                update,
                body,
            } => {
                init.iter().for_each(|i| self.for_init(i));
                cond.iter().chain(update).for_each(|e| self.expr(e));
                self.stmt(body);
            }
            StmtKind::Foreach {
                target,
                collection,
                body,
                ..
            } => {
                match target {
                    ForeachTarget::Var { ty, .. } => self.ty(ty),
                    ForeachTarget::Deconstruct(e) => self.expr(e),
                }
                self.expr(collection);
                self.stmt(body);
            }
            StmtKind::Return(e) | StmtKind::Throw(e) => e.iter().for_each(|e| self.expr(e)),
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                self.block(body);
                for c in catches {
                    c.ty.iter().for_each(|t| self.ty(t));
                    c.filter.iter().for_each(|f| self.expr(f));
                    self.block(&c.body);
                }
                finally.iter().for_each(|f| self.block(f));
            }
            StmtKind::Switch { subject, sections } => {
                self.expr(subject);
                for sec in sections {
                    for l in &sec.labels {
                        l.pattern.iter().for_each(|p| self.pattern(p));
                        l.guard.iter().for_each(|g| self.expr(g));
                    }
                    sec.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Using { resource, body, .. } => {
                self.for_init(resource);
                body.iter().for_each(|b| self.stmt(b));
            }
            StmtKind::YieldReturn(e) => self.expr(e),
            StmtKind::Lock { expr, body } => {
                self.expr(expr);
                self.stmt(body);
            }
            StmtKind::Checked { body, .. } | StmtKind::Unsafe(body) => self.block(body),
            StmtKind::Fixed { decl, body } => {
                self.local(decl);
                self.stmt(body);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Goto(GotoTarget::Case(e)) => self.expr(e),
            StmtKind::Goto(_)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::YieldBreak
            | StmtKind::Empty
            | StmtKind::Error => {}
        }
    }

    fn args(&mut self, args: &[Arg]) {
        for a in args {
            self.expr(&a.value);
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Declaration { ty, .. } | PatternKind::Type(ty) => self.ty(ty),
            PatternKind::Constant(e) | PatternKind::Relational { value: e, .. } => self.expr(e),
            PatternKind::Not(inner) | PatternKind::Paren(inner) => self.pattern(inner),
            PatternKind::And(a, b) | PatternKind::Or(a, b) => {
                self.pattern(a);
                self.pattern(b);
            }
            PatternKind::Recursive {
                ty,
                positional,
                properties,
                ..
            } => {
                ty.iter().for_each(|t| self.ty(t));
                for sub in positional.iter().chain(properties).flatten() {
                    self.pattern(&sub.pattern);
                }
            }
            PatternKind::List { elements, .. } => elements.iter().for_each(|p| self.pattern(p)),
            PatternKind::Slice(inner) => inner.iter().for_each(|p| self.pattern(p)),
            PatternKind::Discard | PatternKind::Var(_) => {}
        }
    }

    fn query_body(&mut self, b: &QueryBody) {
        for c in &b.clauses {
            match c {
                QueryClause::From(f) => self.expr(&f.source),
                QueryClause::Let { value, .. } | QueryClause::Where(value) => self.expr(value),
                QueryClause::Join {
                    source,
                    left,
                    right,
                    ..
                } => [source, left, right].into_iter().for_each(|e| self.expr(e)),
                QueryClause::OrderBy(keys) => keys.iter().for_each(|(e, _)| self.expr(e)),
            }
        }
        match &b.end {
            QueryEnd::Select(e) => self.expr(e),
            QueryEnd::Group { element, key } => {
                self.expr(element);
                self.expr(key);
            }
            QueryEnd::Error => {}
        }
        if let Some((_, rest)) = &b.continuation {
            self.query_body(rest);
        }
    }

    fn expr(&mut self, e: &Expr) {
        if !matches!(e.kind, ExprKind::Error | ExprKind::Binding) {
            self.add(Kind::Expr, e.span);
        }
        match &e.kind {
            ExprKind::Interpolated(parts) => {
                for p in parts {
                    if let InterpPart::Hole {
                        expr, alignment, ..
                    } = p
                    {
                        self.expr(expr);
                        alignment.iter().for_each(|a| self.expr(a));
                    }
                }
            }
            ExprKind::Member { target, .. }
            | ExprKind::PointerMember { target, .. }
            | ExprKind::Unary {
                operand: target, ..
            }
            | ExprKind::Cast { expr: target, .. }
            | ExprKind::Await(target)
            | ExprKind::Spread(target)
            | ExprKind::As { expr: target, .. }
            | ExprKind::Checked { expr: target, .. }
            | ExprKind::Throw(target)
            | ExprKind::Ref(target) => self.expr(target),
            ExprKind::ConditionalAccess { target, access } => {
                self.expr(target);
                self.expr(access);
            }
            ExprKind::Call { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            ExprKind::Index { target, indices } => {
                self.expr(target);
                self.args(indices);
            }
            ExprKind::Binary { lhs, rhs, .. }
            | ExprKind::Assign {
                target: lhs,
                value: rhs,
                ..
            } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Conditional {
                cond,
                then,
                otherwise,
            } => [cond, then, otherwise]
                .into_iter()
                .for_each(|e| self.expr(e)),
            ExprKind::New {
                ty,
                args,
                initializer,
            } => {
                ty.iter().for_each(|t| self.ty(t));
                self.args(args);
                initializer.iter().flatten().for_each(|e| self.expr(e));
            }
            ExprKind::NewArray {
                element,
                sizes,
                init,
                ..
            } => {
                element.iter().for_each(|t| self.ty(t));
                sizes
                    .iter()
                    .chain(init.iter().flatten())
                    .for_each(|e| self.expr(e));
            }
            ExprKind::AnonymousObject(members) => members.iter().for_each(|m| self.expr(&m.value)),
            ExprKind::Stackalloc {
                element,
                size,
                init,
            } => {
                element.iter().for_each(|t| self.ty(t));
                size.iter().for_each(|s| self.expr(s));
                init.iter().flatten().for_each(|e| self.expr(e));
            }
            ExprKind::InitializerList(es) | ExprKind::Collection(es) => {
                es.iter().for_each(|e| self.expr(e))
            }
            ExprKind::ImplicitIndex(args) | ExprKind::Tuple(args) => self.args(args),
            ExprKind::Lambda { body, .. } => match body {
                LambdaBody::Expr(e) => self.expr(e),
                LambdaBody::Block(b) => self.block(b),
            },
            ExprKind::AnonymousMethod { body, .. } => self.block(body),
            ExprKind::Is { expr, pattern } => {
                self.expr(expr);
                self.pattern(pattern);
            }
            ExprKind::Typeof(t) | ExprKind::Sizeof(t) => self.ty(t),
            ExprKind::Default(t) => t.iter().for_each(|t| self.ty(t)),
            ExprKind::Declaration { ty, .. } => self.ty(ty),
            ExprKind::Switch { subject, arms } => {
                self.expr(subject);
                for a in arms {
                    self.pattern(&a.pattern);
                    a.guard.iter().for_each(|g| self.expr(g));
                    self.expr(&a.body);
                }
            }
            ExprKind::With { expr, init } => {
                self.expr(expr);
                init.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Range { start, end } => {
                start.iter().chain(end).for_each(|e| self.expr(e));
            }
            ExprKind::Query(q) => {
                self.expr(&q.from.source);
                self.query_body(&q.body);
            }
            ExprKind::Literal(_)
            | ExprKind::Name { .. }
            | ExprKind::AliasQualified { .. }
            | ExprKind::PredefinedType(_)
            | ExprKind::Binding
            | ExprKind::This
            | ExprKind::Base
            | ExprKind::Undocumented(_)
            | ExprKind::Error => {}
        }
    }
}
