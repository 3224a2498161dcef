//! The program's classes: their shapes first (members, constructor signatures), then, from the
//! last class to the first, what needs other classes (initializers that create objects, chained
//! constructors' arguments, constructor bodies) and what a `new` costs.
//!
//! Rules kept here:
//! - a class creates objects of later classes only (initializers and constructors), so no `new`
//!   recurses; a field of its own class or of an earlier one starts null and is "nullable";
//! - every field or property of type string, List<int> or Task<int> has an initializer (a null
//!   one would throw NullReferenceException somewhere unguarded), and a non-nullable field of a
//!   class type is initialized with a new object, so it is never null once the constructor runs;
//! - initializers and the arguments of `: this(...)` never use `this` (CS0236, CS0027); they may
//!   print (`Trace`), which shows C#'s order: initializers in declaration order, in the
//!   constructor that does not chain, before its body;
//! - constructor overloads differ in arity or in a parameter's type (never only by int/long, so
//!   a call never needs C#'s better-conversion rule), and chains go to earlier constructors only;
//! - constructor bodies are generated like method bodies (gen/body.rs) but call no method.

use super::body::Body;
use super::{Gen, Sig};
use crate::ast::*;

/// Who may assign a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Write {
    Never,
    /// Constructors of the class, through `this` (readonly fields, get-only properties).
    CtorThis,
    /// Code of the class (private fields and `private set`).
    Class,
    Anyone,
}

/// A field or property as bodies see it.
#[derive(Clone, Debug)]
pub(crate) struct MemberInfo {
    pub name: String,
    pub ty: Ty,
    /// Readable outside the class.
    pub public: bool,
    pub write: Write,
    /// A class-typed field that may be null: dereferenced only inside a null guard.
    pub nullable: bool,
    /// Lists: how many elements they have at least (lists only grow).
    pub len: Option<usize>,
}

#[derive(Clone, Debug)]
pub(crate) struct ClassInfo {
    pub name: String,
    pub members: Vec<MemberInfo>,
    /// Each constructor's parameters; empty: the implicit parameterless one.
    pub ctors: Vec<Vec<Param>>,
    /// The statics, as `C0.count`.
    pub statics: Vec<String>,
    /// Statements one `new` through each constructor runs (initializers, chain and body); one
    /// entry for the implicit constructor.
    pub costs: Vec<u64>,
    /// Whether a `new` through each constructor blocks a thread on a task (Gen::blocks).
    pub blocks: Vec<bool>,
}

impl ClassInfo {
    pub fn ty(&self) -> Ty {
        Ty::Class(self.name.clone())
    }
}

/// Marks an initializer to be made in the second phase (a new object of a later class).
fn pending_init(ty: &Ty) -> Expr {
    Expr::new(ExprKind::Null, ty.clone())
}

fn is_pending(e: &Option<Expr>) -> bool {
    matches!(
        e,
        Some(Expr {
            kind: ExprKind::Null,
            ..
        })
    )
}

impl Gen {
    pub(super) fn plan_classes(&mut self) {
        let n = self.rng.range(1, 3) as usize;
        for i in 0..n {
            let (class, info) = self.plan_class(i, n);
            self.classes.push(class);
            self.infos.push(info);
        }
    }

    fn plan_class(&mut self, i: usize, n: usize) -> (Class, ClassInfo) {
        let name = format!("C{i}");
        let statics = if self.rng.chance(70) {
            vec!["count".to_string()]
        } else {
            vec![]
        };
        let mut decls = Vec::new();
        let mut members = Vec::new();
        let fields = self.rng.range(2, 4);
        for k in 0..fields {
            let (f, m) = self.plan_field(i, n, &name, format!("f{k}"));
            decls.push(Decl::Field(f));
            members.push(m);
        }
        let props = self.rng.range(1, 3);
        for k in 0..props {
            // Interleaved with the fields at times: initializers run in declaration order.
            let at = if self.rng.chance(30) {
                self.rng.below(decls.len() + 1)
            } else {
                decls.len()
            };
            let (mut ds, ms) = self.plan_prop(&name, format!("P{k}"));
            for d in ds.drain(..).rev() {
                decls.insert(at, d);
            }
            members.extend(ms);
        }
        let ctors = self.plan_ctors();
        let info = ClassInfo {
            name: name.clone(),
            members,
            ctors: ctors.iter().map(|c| c.params.clone()).collect(),
            statics: statics.iter().map(|s| format!("{name}.{s}")).collect(),
            costs: Vec::new(),
            blocks: Vec::new(),
        };
        let class = Class {
            name,
            statics,
            decls,
            ctors,
        };
        (class, info)
    }

    fn plan_field(
        &mut self,
        i: usize,
        n: usize,
        class: &str,
        name: String,
    ) -> (InstField, MemberInfo) {
        let tag = format!("{class}.{name}");
        let k = self.rng.weighted(&[30, 8, 8, 14, 10, 8, 22]);
        let ty = match k {
            0 => Ty::Int,
            1 => Ty::Long,
            2 => Ty::Bool,
            3 => Ty::Str,
            4 => Ty::list_of(Ty::Int),
            5 => Ty::task_of(Ty::Int),
            _ => Ty::Class(format!("C{}", self.rng.below(n))),
        };
        let mut len = None;
        let mut nullable = false;
        let init = match &ty {
            Ty::Class(c) => {
                let j: usize = c[1..].parse().unwrap();
                if j > i && self.rng.chance(65) {
                    Some(pending_init(&ty))
                } else {
                    nullable = true;
                    None
                }
            }
            Ty::List(_) => {
                let count = self.rng.range(0, 3) as usize;
                len = Some(count);
                let items = (0..count)
                    .map(|_| Expr::int(self.rng.range(-2, 9) as i32))
                    .collect();
                Some(Expr::new(ExprKind::NewList(items), ty.clone()))
            }
            Ty::Task(_) => {
                let v = self.init_value(&Ty::Int, &tag);
                Some(Expr::lib(Lib::FromResult, vec![v], ty.clone()))
            }
            Ty::Str => Some(self.init_value(&ty, &tag)),
            _ if self.rng.chance(60) => Some(self.init_value(&ty, &tag)),
            _ => None,
        };
        let readonly = !nullable && self.rng.chance(25);
        let write = if readonly {
            Write::CtorThis
        } else {
            Write::Anyone
        };
        let f = InstField {
            ty: ty.clone(),
            name: name.clone(),
            readonly,
            public: true,
            init,
        };
        let m = MemberInfo {
            name,
            ty,
            public: true,
            write,
            nullable,
            len,
        };
        (f, m)
    }

    /// A scalar initializer: a literal, or a literal traced when it runs.
    fn init_value(&mut self, ty: &Ty, tag: &str) -> Expr {
        let v = match ty {
            Ty::Int => Expr::int(self.rng.range(-3, 20) as i32),
            Ty::Long => Expr::long(self.rng.range(-5, 5000)),
            Ty::Bool => Expr::bool(self.rng.chance(50)),
            _ => Expr::str(self.rng.pick::<&str>(&["a", "bc", "", "xy"])),
        };
        if self.rng.chance(45) {
            trace(tag, v)
        } else {
            v
        }
    }

    fn plan_prop(&mut self, class: &str, name: String) -> (Vec<Decl>, Vec<MemberInfo>) {
        let tag = format!("{class}.{name}");
        let info = |name: &str, ty: &Ty, write: Write| MemberInfo {
            name: name.to_string(),
            ty: ty.clone(),
            public: true,
            write,
            nullable: false,
            len: None,
        };
        match self.rng.weighted(&[55, 25, 20]) {
            0 => {
                let ty = [Ty::Int, Ty::Long, Ty::Bool, Ty::Str]
                    [self.rng.weighted(&[50, 15, 15, 20])]
                .clone();
                let set = [Setter::Public, Setter::Private, Setter::None]
                    [self.rng.weighted(&[45, 30, 25])];
                let init = if ty == Ty::Str || self.rng.chance(50) {
                    Some(self.init_value(&ty, &tag))
                } else {
                    None
                };
                let write = match set {
                    Setter::Public => Write::Anyone,
                    Setter::Private => Write::Class,
                    Setter::None => Write::CtorThis,
                };
                let m = info(&name, &ty, write);
                let p = Prop {
                    ty,
                    name,
                    kind: PropKind::Auto { set, init },
                };
                (vec![Decl::Prop(p)], vec![m])
            }
            1 => {
                let field = format!("_{}", name.to_lowercase());
                let backing = InstField {
                    ty: Ty::Int,
                    name: field.clone(),
                    readonly: false,
                    public: false,
                    init: self
                        .rng
                        .chance(50)
                        .then(|| Expr::int(self.rng.range(0, 4) as i32)),
                };
                let mut b = info(&field, &Ty::Int, Write::Class);
                b.public = false;
                let kind = PropKind::Checked {
                    field,
                    max: *self.rng.pick(&[5, 10, 50, 1000]),
                    trace_get: self.rng.chance(30),
                    trace_set: self.rng.chance(50),
                };
                let m = info(&name, &Ty::Int, Write::Anyone);
                let p = Prop {
                    ty: Ty::Int,
                    name,
                    kind,
                };
                (vec![Decl::Field(backing), Decl::Prop(p)], vec![b, m])
            }
            _ => {
                let ty = [Ty::Int, Ty::Bool, Ty::Str][self.rng.weighted(&[50, 20, 30])].clone();
                let m = info(&name, &ty, Write::Never);
                // The expression is made once the fields are known (`computed`).
                let p = Prop {
                    ty: ty.clone(),
                    name,
                    kind: PropKind::Computed(pending_init(&ty)),
                };
                (vec![Decl::Prop(p)], vec![m])
            }
        }
    }

    fn plan_ctors(&mut self) -> Vec<Ctor> {
        let count = self.rng.weighted(&[15, 40, 30, 15]);
        let mut ctors: Vec<Ctor> = Vec::new();
        let mut shapes: Vec<Vec<Ty>> = Vec::new();
        for k in 0..count {
            let mut params = Vec::new();
            for _ in 0..10 {
                let arity = self.rng.range(0, 3);
                params = (0..arity)
                    .map(|a| Param {
                        ty: [Ty::Int, Ty::Long, Ty::Bool, Ty::Str]
                            [self.rng.weighted(&[50, 15, 15, 20])]
                        .clone(),
                        name: format!("p{a}"),
                    })
                    .collect();
                // int and long count as one type: overloads differing only there would be
                // resolved by C#'s better-conversion rule, which is not what this tests.
                let shape: Vec<Ty> = params
                    .iter()
                    .map(|p| {
                        if p.ty == Ty::Long {
                            Ty::Int
                        } else {
                            p.ty.clone()
                        }
                    })
                    .collect();
                if !shapes.contains(&shape) {
                    shapes.push(shape);
                    break;
                }
                params.clear();
            }
            if shapes.len() <= k {
                break;
            }
            let chain = (k > 0 && self.rng.chance(45)).then(|| (self.rng.below(k), Vec::new()));
            ctors.push(Ctor {
                params,
                chain,
                body: Vec::new(),
            });
        }
        ctors
    }

    /// The second phase, last class first: each class's constructors may create objects of
    /// later classes, whose costs are known by then.
    pub(super) fn build_classes(&mut self) {
        for i in (0..self.classes.len()).rev() {
            self.fill_inits(i);
            let (init_cost, init_blocks) = self.init_cost(i);
            let n = self.classes[i].ctors.len();
            if n == 0 {
                self.infos[i].costs = vec![init_cost + 1];
                self.infos[i].blocks = vec![init_blocks];
                continue;
            }
            let mut costs = vec![0u64; n];
            let mut blocks = vec![false; n];
            for k in 0..n {
                let (body_cost, body_blocks) = self.ctor_body(i, k);
                let (start, start_blocks) = match &self.classes[i].ctors[k].chain {
                    Some((j, _)) => (costs[*j], blocks[*j]),
                    None => (init_cost, init_blocks),
                };
                costs[k] = 1 + start + body_cost;
                blocks[k] = start_blocks || body_blocks;
            }
            self.infos[i].costs = costs;
            self.infos[i].blocks = blocks;
        }
    }

    /// Initializers that create objects, and computed properties' expressions.
    fn fill_inits(&mut self, i: usize) {
        let mut decls = std::mem::take(&mut self.classes[i].decls);
        let fields: Vec<(String, Ty)> = decls
            .iter()
            .filter_map(|d| match d {
                Decl::Field(f) if f.ty.is_scalar() => Some((f.name.clone(), f.ty.clone())),
                _ => None,
            })
            .collect();
        for d in &mut decls {
            match d {
                Decl::Field(f) if is_pending(&f.init) => {
                    let c = self.class_index(&f.ty);
                    f.init =
                        Some(self.literal_new(c, &format!("{}.{}", self.classes[i].name, f.name)));
                }
                Decl::Prop(Prop {
                    ty,
                    kind: PropKind::Computed(e),
                    ..
                }) => *e = self.computed(i, ty, &fields),
                _ => {}
            }
        }
        self.classes[i].decls = decls;
    }

    pub(crate) fn class_index(&self, ty: &Ty) -> usize {
        match ty {
            Ty::Class(c) => self.infos.iter().position(|k| k.name == *c).unwrap(),
            _ => panic!("not a class: {ty:?}"),
        }
    }

    /// `new Cc(args)` with literal (sometimes traced) arguments: for initializers.
    fn literal_new(&mut self, c: usize, tag: &str) -> Expr {
        let ctors = self.infos[c].ctors.clone();
        let (k, params) = if ctors.is_empty() {
            (None, vec![])
        } else {
            let k = self.rng.below(ctors.len());
            (Some(k), ctors[k].clone())
        };
        let args = params.iter().map(|p| self.init_value(&p.ty, tag)).collect();
        let name = self.infos[c].name.clone();
        Expr::new(ExprKind::New(name.clone(), k, args), Ty::Class(name))
    }

    /// What one `new` costs before any constructor body: the initializers (one statement each,
    /// plus the objects they create), and whether those objects' constructors block.
    fn init_cost(&self, i: usize) -> (u64, bool) {
        let mut cost = 0;
        let mut blocks = false;
        for f in self.classes[i].fields() {
            if let Some(e) = &f.init {
                cost += 1;
                if let ExprKind::New(name, k, _) = &e.kind {
                    let j = self.class_index(&Ty::Class(name.clone()));
                    cost += self.infos[j].costs[k.unwrap_or(0)];
                    blocks |= self.infos[j].blocks[k.unwrap_or(0)];
                }
            }
        }
        (cost + self.classes[i].props().count() as u64, blocks)
    }

    /// A computed property's expression over scalar fields of `this`.
    fn computed(&mut self, i: usize, ty: &Ty, fields: &[(String, Ty)]) -> Expr {
        let this = Expr::new(ExprKind::This, Ty::Class(self.classes[i].name.clone()));
        let read = |n: &str, t: &Ty| {
            Expr::new(
                ExprKind::Member(Box::new(this.clone()), n.into()),
                t.clone(),
            )
        };
        let of = |t: &Ty| -> Vec<Expr> {
            fields
                .iter()
                .filter(|(_, ft)| ft == t)
                .map(|(n, ft)| read(n, ft))
                .collect()
        };
        let ints = of(&Ty::Int);
        let int_or_lit = |g: &mut Gen| -> Expr {
            if ints.is_empty() {
                Expr::int(g.rng.range(0, 9) as i32)
            } else {
                g.rng.pick(&ints).clone()
            }
        };
        match ty {
            Ty::Int => {
                let a = int_or_lit(self);
                let b = Expr::int(self.rng.range(1, 9) as i32);
                let op = *self.rng.pick(&[BinOp::Add, BinOp::Mul, BinOp::Sub]);
                if a.is_const() {
                    a
                } else {
                    Expr::binary(op, a, b, Ty::Int)
                }
            }
            Ty::Bool => {
                let a = int_or_lit(self);
                if a.is_const() {
                    Expr::bool(self.rng.chance(50))
                } else {
                    let k = Expr::int(self.rng.range(0, 9) as i32);
                    Expr::binary(BinOp::Gt, a, k, Ty::Bool)
                }
            }
            _ => {
                let strs = of(&Ty::Str);
                let a = if strs.is_empty() {
                    Expr::str("s")
                } else {
                    self.rng.pick(&strs).clone()
                };
                let b = int_or_lit(self);
                Expr::binary(BinOp::Add, a, b, Ty::Str)
            }
        }
    }

    /// Constructor `k` of class `i`: the chain's arguments and the body; returns the body's cost
    /// and whether it blocks.
    fn ctor_body(&mut self, i: usize, k: usize) -> (u64, bool) {
        let ctor = self.classes[i].ctors[k].clone();
        let name = format!("{}.ctor{k}", self.classes[i].name);
        if let Some((j, _)) = &ctor.chain {
            let target = self.infos[i].ctors[*j].clone();
            let args = target
                .iter()
                .map(|p| self.chain_arg(&ctor.params, &p.ty, &name))
                .collect();
            self.classes[i].ctors[k].chain = Some((*j, args));
        }
        let sig = Sig {
            name,
            kind: Kind::Sync,
            ret: Ty::Void,
            params: ctor.params.clone(),
            pure: false,
            recursive: false,
            depth: 0,
            owner: Some(i),
        };
        let stmts = self.rng.range(1, 5);
        let mut b = Body::new(self, None, &sig, 40, stmts);
        b.enter_class(i, true);
        let body = b.ctor_body();
        let (cost, blocks) = (b.cost, b.blocks);
        self.classes[i].ctors[k].body = body;
        (cost, blocks)
    }

    /// An argument of `: this(...)`: a parameter, a literal, or either traced (no `this`).
    fn chain_arg(&mut self, params: &[Param], ty: &Ty, tag: &str) -> Expr {
        let same: Vec<&Param> = params.iter().filter(|p| p.ty == *ty).collect();
        let v = if !same.is_empty() && self.rng.chance(60) {
            let p = self.rng.pick(&same);
            let v = Expr::local(&p.name, ty.clone());
            if *ty == Ty::Int && self.rng.chance(30) {
                Expr::binary(BinOp::Add, v, Expr::int(1), Ty::Int)
            } else {
                v
            }
        } else {
            return self.init_value(ty, &format!("{tag}.this"));
        };
        if self.rng.chance(30) {
            trace(&format!("{tag}.this"), v)
        } else {
            v
        }
    }
}

/// `Trace.X("tag", v)`.
pub(crate) fn trace(tag: &str, v: Expr) -> Expr {
    let ty = v.ty.clone();
    Expr::lib(Lib::Trace, vec![Expr::str(tag), v], ty)
}
