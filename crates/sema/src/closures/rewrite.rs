//! The rewrite: the functions' new tables of locals, display classes and their fields, the
//! lambdas' methods and their delegates, and the caches of delegates made once.

use unawait_syntax::Span;

use crate::types::Ty;

use super::*;

impl Conv {
    pub(super) fn is_captured(&self, l: LocalId) -> bool {
        self.captured.get(l.0 as usize).copied().unwrap_or(false)
    }

    /// Local `l`'s id in the table of the function that owns it (the current one).
    pub(super) fn local_id(&mut self, l: LocalId) -> LocalId {
        let i = l.0 as usize;
        if !self.rewrite {
            return l;
        }
        if let Some(n) = self.remap.get(i).copied().flatten() {
            return n;
        }
        let f = self.cur();
        let table = &mut self.tables[f];
        let n = LocalId(table.len() as u32);
        let mut local = self.old[i].clone();
        local.captured = false;
        table.push(local);
        self.remap[i] = Some(n);
        n
    }

    pub(super) fn new_local(&mut self, f: usize, name: String, ty: Ty, span: Span) -> LocalId {
        let table = &mut self.tables[f];
        let n = LocalId(table.len() as u32);
        table.push(Local {
            name,
            ty,
            kind: LocalKind::Local,
            span,
            captured: false,
            by_ref: None,
        });
        n
    }

    pub(super) fn new_field(
        &mut self,
        class: ClassId,
        name: &str,
        ty: Ty,
        is_static: bool,
        span: Span,
    ) -> FieldId {
        let id = FieldId((self.first_field + self.new_fields.len()) as u32);
        self.new_fields.push(Field {
            class,
            name: name.to_string(),
            ty,
            is_static,
            is_readonly: false,
            constant: None,
            init: None,
            is_event: false,
            span,
            name_span: span,
        });
        match self.new_class(class) {
            Some(c) => c.fields.push(id),
            None => self.class_fields.push((class, id)),
        }
        id
    }

    /// A class this conversion made (still to be added to the program).
    pub(super) fn new_class(&mut self, c: ClassId) -> Option<&mut Class> {
        let i = (c.0 as usize).checked_sub(self.first_class)?;
        self.new_classes.get_mut(i)
    }

    pub(super) fn add_class(&mut self, name: String, is_static: bool, span: Span) -> (ClassId, Ty) {
        let id = ClassId((self.first_class + self.new_classes.len()) as u32);
        self.new_classes.push(Class {
            is_static,
            outer: Some(self.class),
            ..Class::new(name.clone(), ClassKind::Class, span)
        });
        let ty = Ty::Class(
            id,
            Arc::new(ClassRef {
                name,
                base: None,
                is_interface: false,
                is_struct: false,
                interfaces: Vec::new(),
                disposable: false,
                lib_interfaces: Vec::new(),
                delegate: None,
                open: false,
                generic: None,
                variance: Vec::new().into(),
                generic_interfaces: Vec::new(),
            }),
        );
        (id, ty)
    }

    /// The statements that begin scope `s`: its display class made (when it is the
    /// representative of its scopes and has one), and the values of the variables it
    /// declares by construct copied in.
    pub(super) fn scope_entry(&mut self, s: usize, span: Span) -> Vec<Stmt> {
        if !self.rewrite {
            return Vec::new();
        }
        let mut out = Vec::new();
        if self.scopes[s].rep == s && self.has_env(s) {
            let env = self.make_env(s, span);
            let mut init = Vec::new();
            if let Some((field, target)) = env.link {
                init.push(MemberInit {
                    target: InitTarget::Field(field),
                    value: self.env_ref(target, span),
                });
            }
            if let Some(field) = env.this_field {
                init.push(MemberInit {
                    target: InitTarget::Field(field),
                    value: self.this_expr(self.cur(), span),
                });
            }
            let new = ExprKind::NewObject {
                class: env.class,
                ctor: None,
                args: Vec::new(),
                init,
            };
            let assign = ExprKind::Assign {
                target: Place::Local(env.local),
                value: Box::new(expr(new, env.ty.clone(), span)),
            };
            out.push(stmt(
                StmtKind::Expr(expr(assign, env.ty.clone(), span)),
                span,
            ));
        }
        // Parameters, `foreach` and `catch` variables declared in `s` itself.
        for i in 0..self.old.len() {
            if self.captured[i] && self.by_construct[i] && self.decl[i] == Some(s) {
                let l = LocalId(i as u32);
                let ty = self.old[i].ty.clone();
                let source = self.local_id(l);
                let target = self.captured_place(l, span);
                let assign = ExprKind::Assign {
                    target,
                    value: Box::new(expr(ExprKind::Local(source), ty.clone(), span)),
                };
                out.push(stmt(StmtKind::Expr(expr(assign, ty, span)), span));
            }
        }
        out
    }

    /// The display class of scope `s`, made on first need.
    pub(super) fn make_env(&mut self, s: usize, span: Span) -> Env {
        if let Some(e) = self.envs.get(&s) {
            return e.clone();
        }
        let name = format!("<>c__DisplayClass{}_{}", self.ordinal, self.env_count);
        self.env_count += 1;
        let (class, ty) = self.add_class(name, false, span);
        let f = self.scopes[s].func;
        let local = self.new_local(
            f,
            format!("CS$<>8__locals{}", self.env_count - 1),
            ty.clone(),
            span,
        );
        // The enclosing display class: in the same function, or the one the function's
        // own object is.
        let outer = match self.scopes[s].parent {
            Some(p) => self.enclosing_env(p, f),
            None => self.home_env(f),
        };
        let link = outer.map(|t| {
            let tty = self.make_env(t, span).ty;
            (
                self.new_field(class, "CS$<>8__locals1", tty, false, span),
                t,
            )
        });
        let needs_this = (1..self.funcs.len())
            .any(|g| self.funcs[g].home == Home::Env(s) && self.funcs[g].uses_this);
        let this_field = needs_this
            .then(|| self.new_field(class, "<>4__this", self.this_ty.clone(), false, span));
        let env = Env {
            class,
            ty,
            local,
            link,
            this_field,
        };
        self.envs.insert(s, env.clone());
        for i in 0..self.old.len() {
            if self.captured[i] && self.decl[i].is_some_and(|d| self.scopes[d].rep == s) {
                let (name, ty) = (self.old[i].name.clone(), self.old[i].ty.clone());
                let field = self.new_field(class, &name, ty, false, span);
                self.fields.insert(LocalId(i as u32), field);
            }
        }
        env
    }

    /// The nearest scope from `s` outwards in function `f` that has a display class, else
    /// the display class `f` is a method of.
    pub(super) fn enclosing_env(&self, s: usize, f: usize) -> Option<usize> {
        let mut cur = Some(s);
        while let Some(c) = cur {
            if self.has_env(c) {
                return Some(c);
            }
            cur = self.scopes[c].parent;
        }
        self.home_env(f)
    }

    pub(super) fn home_env(&self, f: usize) -> Option<usize> {
        match self.funcs[f].home {
            Home::Env(h) if f != 0 => Some(h),
            _ => None,
        }
    }

    /// The display object of scope `t` as the current function reaches it: its own local,
    /// or through `this` (the function's home) and the links outwards.
    pub(super) fn env_ref(&mut self, t: usize, span: Span) -> Expr {
        let f = self.cur();
        if let (true, Some(env)) = (self.scopes[t].func == f, self.envs.get(&t)) {
            return expr(ExprKind::Local(env.local), env.ty.clone(), span);
        }
        let Home::Env(mut at) = self.funcs[f].home else {
            self.fail("this capture of a variable is", span);
            return Expr::error(span);
        };
        let mut e = expr(ExprKind::This, self.make_env(at, span).ty, span);
        let mut steps = 0;
        while at != t {
            let Some((field, next)) = self.envs.get(&at).and_then(|x| x.link) else {
                self.fail("this capture of a variable is", span);
                return Expr::error(span);
            };
            let ty = self.envs.get(&next).map_or(Ty::Error, |x| x.ty.clone());
            e = expr(
                ExprKind::InstanceField {
                    receiver: Box::new(e),
                    field,
                },
                ty,
                span,
            );
            at = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        e
    }

    pub(super) fn captured_place(&mut self, l: LocalId, span: Span) -> Place {
        let i = l.0 as usize;
        let rep = self.decl[i].map(|d| self.scopes[d].rep).unwrap_or(0);
        self.make_env(rep, span);
        let receiver = self.env_ref(rep, span);
        match self.fields.get(&l) {
            Some(&field) => Place::InstanceField {
                receiver: Box::new(receiver),
                field,
            },
            None => {
                self.fail("this capture of a variable is", span);
                Place::Local(l)
            }
        }
    }

    /// `this` of the method as function `f` reaches it.
    pub(super) fn this_expr(&mut self, f: usize, span: Span) -> Expr {
        match self.funcs[f].home {
            Home::Method | Home::Instance => expr(ExprKind::This, self.this_ty.clone(), span),
            Home::Env(h) => {
                let env = self.make_env(h, span);
                match env.this_field.map(|f| (env.ty.clone(), f)) {
                    Some((ty, field)) => expr(
                        ExprKind::InstanceField {
                            receiver: Box::new(expr(ExprKind::This, ty, span)),
                            field,
                        },
                        self.this_ty.clone(),
                        span,
                    ),
                    None => {
                        self.fail("this use of `this` in a lambda is", span);
                        Expr::error(span)
                    }
                }
            }
            Home::Static => {
                self.fail("this use of `this` in a lambda is", span);
                Expr::error(span)
            }
        }
    }

    /// Lambda `f`'s method, and the creation of its delegate.
    pub(super) fn make_lambda(
        &mut self,
        f: usize,
        l: Lambda,
        params: Vec<LocalId>,
        ty: &Ty,
        span: Span,
    ) -> ExprKind {
        let home = self.funcs[f].home;
        let k = self.lambda_names;
        self.lambda_names += 1;
        let (class, is_static, mut name) = match home {
            Home::Env(h) => {
                let env = self.make_env(h, span);
                (env.class, false, format!("<{}>b__{k}", self.method_name))
            }
            Home::Instance | Home::Method => (
                self.class,
                false,
                format!("<{}>b__{}_{k}", self.method_name, self.ordinal),
            ),
            Home::Static => {
                let c = self.cache_class(span);
                (
                    c,
                    true,
                    format!("<{}>b__{}_{k}", self.method_name, self.ordinal),
                )
            }
        };
        // Roslyn names a local function's method `<Main>g__Square|0_0`.
        if let Some(n) = &l.local_name {
            name = format!("<{}>g__{n}|{}_{k}", self.method_name, self.ordinal);
        }
        let id = MethodId((self.first_method + self.new_methods.len()) as u32);
        let param_types = params
            .iter()
            .map(|p| self.tables[f][p.0 as usize].ty.clone())
            .collect();
        // A local function whose body yields is an iterator (check_iterator.rs).
        let iterator = (l.local_name.is_some() && crate::check_iterator::hir_has_yield(&l.body))
            .then(|| crate::check_iterator::element_type(&l.return_type))
            .flatten();
        self.new_methods.push((
            f,
            Method {
                is_static,
                is_async: l.is_async,
                async_kind: l.async_kind.clone(),
                iterator,
                params,
                param_types,
                return_type: l.return_type.clone(),
                body: Some(l.body),
                delegate_entry: true,
                ..Method::new(class, name.clone(), MethodKind::Ordinary, span)
            },
        ));
        match self.new_class(class) {
            Some(c) => c.methods.push(id),
            None => self.class_methods.push((class, id)),
        }
        let callee = Callee::User(id);
        match home {
            Home::Env(h) => {
                let receiver = self.env_ref(h, span);
                ExprKind::MethodGroup {
                    method: callee,
                    receiver: Some(Box::new(receiver)),
                    type_args: Vec::new(),
                }
            }
            Home::Instance | Home::Method => ExprKind::MethodGroup {
                method: callee,
                receiver: Some(Box::new(self.this_expr(self.cur(), span))),
                type_args: Vec::new(),
            },
            Home::Static => {
                // `<>c.<>9__0_0 ?? (<>c.<>9__0_0 = new D(<>c.<Main>b__0_0))`
                let field_name = format!("<>9__{}_{k}", self.ordinal);
                let field = self.new_field(class, &field_name, ty.clone(), true, span);
                cached(field, callee, ty, span)
            }
        }
    }

    /// A static method group made a delegate: cached in a static field of the class's `<>O`,
    /// made once per delegate type, as C# 11 and later compile it (`<>O.<0>__Square`).
    pub(super) fn cached_method_group(&mut self, m: MethodId, ty: &Ty, span: Span) -> ExprKind {
        let key = (self.class, m, ty.to_string());
        let field = match self.shared.group_fields.get(&key) {
            Some(&f) => f,
            None => {
                let class = match self.shared.group_classes.get(&self.class) {
                    Some(&c) => c,
                    None => {
                        let (c, _) = self.add_class("<>O".to_string(), true, span);
                        self.shared.group_classes.insert(self.class, c);
                        c
                    }
                };
                let n = self
                    .shared
                    .group_fields
                    .keys()
                    .filter(|k| k.0 == self.class)
                    .count();
                let name = format!(
                    "<{n}>__{}",
                    self.shared
                        .names
                        .get(m.0 as usize)
                        .cloned()
                        .unwrap_or_default()
                );
                let f = self.new_field(class, &name, ty.clone(), true, span);
                self.shared.group_fields.insert(key, f);
                f
            }
        };
        cached(field, Callee::User(m), ty, span)
    }

    /// The `<>c` class of the method's class, made on first need.
    pub(super) fn cache_class(&mut self, span: Span) -> ClassId {
        if let Some(&c) = self.shared.cache_classes.get(&self.class) {
            return c;
        }
        let (c, _) = self.add_class("<>c".to_string(), true, span);
        self.shared.cache_classes.insert(self.class, c);
        c
    }
}

/// `field ?? (field = new D(method))`: a delegate of a static method made once.
fn cached(field: FieldId, callee: Callee, ty: &Ty, span: Span) -> ExprKind {
    {
        {
            {
                let read = || expr(ExprKind::StaticField(field), ty.clone(), span);
                let null = expr(ExprKind::Const(ConstValue::Null), Ty::Object, span);
                let as_object = expr(
                    ExprKind::Convert {
                        conversion: Conversion::Reference,
                        expr: Box::new(read()),
                    },
                    Ty::Object,
                    span,
                );
                let cond = ExprKind::Binary {
                    op: BinOp::Eq,
                    operand_ty: Ty::Object,
                    lhs: Box::new(as_object),
                    rhs: Box::new(null),
                };
                let group = ExprKind::MethodGroup {
                    method: callee,
                    receiver: None,
                    type_args: Vec::new(),
                };
                let store = ExprKind::Assign {
                    target: Place::StaticField(field),
                    value: Box::new(expr(group, ty.clone(), span)),
                };
                ExprKind::Conditional {
                    cond: Box::new(expr(cond, Ty::Bool, span)),
                    then: Box::new(expr(store, ty.clone(), span)),
                    otherwise: Box::new(read()),
                }
            }
        }
    }
}
