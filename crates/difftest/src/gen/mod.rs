//! The program generator: a seed and a size give one valid, deterministic C# program.
//!
//! Like Csmith and YARPGen it avoids, by construction, everything whose outcome C# leaves open or
//! that the oracle would print differently for reasons unrelated to async (docs/difftest.md,
//! "Determinism rules"). The plan is made first (fields and method signatures), then the bodies
//! from the last method to the first, so that a caller knows what each callee costs to run and
//! whether it blocks a thread; `Main` comes last and calls every method nobody else called.
//!
//! - `body.rs`: one method body: scopes, budgets, statements and control flow;
//! - `expr.rs`: typed expressions and calls;
//! - `stmt.rs`: statements; `switch.rs`: switch statements and checked blocks;
//! - `scenarios.rs`: the multi-statement async patterns (WhenAll, WhenAny, cancellation,
//!   async void with a TaskCompletionSource, tasks started early, blocking waits);
//! - `classes.rs`: the classes (members, constructors) and what a `new` costs;
//! - `objects.rs`: objects in bodies (new, members, instance calls, identity, null guards);
//! - `lambdas.rs`: lambdas, closures, method groups, async lambdas, Task.Run, LINQ.

mod body;
mod calls;
mod classes;
mod expr;
mod lambdas;
mod objects;
mod scenarios;
mod stmt;
mod switch;

pub use calls::is_statement_expr;

use crate::ast::*;
use crate::rng::Rng;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Small,
    Medium,
    Large,
}

impl Size {
    pub fn parse(s: &str) -> Option<Size> {
        match s {
            "small" => Some(Size::Small),
            "medium" => Some(Size::Medium),
            "large" => Some(Size::Large),
            _ => None,
        }
    }

    /// How many methods besides Main.
    fn methods(self) -> (i64, i64) {
        match self {
            Size::Small => (3, 5),
            Size::Medium => (6, 9),
            Size::Large => (14, 20),
        }
    }

    /// Statements per method body (nested ones included).
    fn statements(self) -> (i64, i64) {
        match self {
            Size::Small => (4, 9),
            Size::Medium => (6, 14),
            Size::Large => (12, 26),
        }
    }

    /// The most statements one call of a method may execute (loops and callees included): it
    /// bounds both the run time and the length of the trace.
    fn cost_budget(self) -> u64 {
        match self {
            Size::Small => 150,
            Size::Medium => 300,
            Size::Large => 500,
        }
    }
}

/// A method's signature and facts known before its body exists.
#[derive(Clone, Debug)]
pub(crate) struct Sig {
    pub name: String,
    pub kind: Kind,
    pub ret: Ty,
    pub params: Vec<Param>,
    pub pure: bool,
    /// The first parameter is the remaining depth; callers pass at most `depth`.
    pub recursive: bool,
    pub depth: i32,
    /// An instance method of this class (an index into `Gen::infos`).
    pub owner: Option<usize>,
}

impl Sig {
    pub fn call_ty(&self) -> Ty {
        self.kind.call_ty(&self.ret)
    }
}

pub(crate) struct Gen {
    pub rng: Rng,
    pub size: Size,
    pub fields: Vec<Field>,
    pub sigs: Vec<Sig>,
    /// Statements one call executes at most; known once the body exists.
    pub costs: Vec<u64>,
    /// The method (or something it calls) blocks a thread on a task: nobody may block on it,
    /// so that at most one pool thread waits at a time and Mono's pool never starves.
    pub blocks: Vec<bool>,
    pub called: Vec<bool>,
    /// The classes being built, and what bodies need to know of them.
    pub classes: Vec<Class>,
    pub infos: Vec<classes::ClassInfo>,
    /// This program uses lambdas (`gen/lambdas.rs`). Drawn from a stream of its own, and every
    /// choice it adds comes last in its list with weight 0 when off, so that the programs of
    /// seeds without lambdas are those of the generator before them.
    pub lambdas: bool,
}

/// The share of programs with lambdas.
const LAMBDA_PERCENT: u32 = 50;

pub fn generate(seed: u64, size: Size) -> Program {
    let mut g = Gen {
        rng: Rng::new(seed),
        size,
        fields: Vec::new(),
        sigs: Vec::new(),
        costs: Vec::new(),
        blocks: Vec::new(),
        called: Vec::new(),
        classes: Vec::new(),
        infos: Vec::new(),
        lambdas: Rng::new(seed ^ 0x6C61_6D62_6461_0016).chance(LAMBDA_PERCENT),
    };
    g.plan_fields();
    g.plan_classes();
    g.plan_methods();
    // Constructors call no method: they are made before the bodies that create objects.
    g.build_classes();
    let n = g.sigs.len();
    let mut methods: Vec<Option<Method>> = vec![None; n];
    for i in (0..n).rev() {
        methods[i] = Some(body::method(&mut g, i));
    }
    let main = body::main(&mut g);
    let mut methods: Vec<Method> = methods.into_iter().map(|m| m.unwrap()).collect();
    methods.push(main);
    Program {
        classes: g.classes,
        fields: g.fields,
        methods,
    }
}

impl Gen {
    fn plan_fields(&mut self) {
        let add = |g: &mut Gen, ty: Ty, init: Expr| {
            let name = format!("g{}", g.fields.len());
            g.fields.push(Field { ty, name, init });
        };
        let ints = self.rng.range(1, 3);
        for _ in 0..ints {
            let v = Expr::int(self.rng.range(-5, 20) as i32);
            add(self, Ty::Int, v);
        }
        if self.rng.chance(70) {
            let v = Expr::long(self.rng.range(0, 1000));
            add(self, Ty::Long, v);
        }
        let w: &str = self.rng.pick::<&str>(&["", "s", "go"]);
        let v = Expr::str(w);
        add(self, Ty::Str, v);
        if self.rng.chance(40) {
            let v = Expr::bool(self.rng.chance(50));
            add(self, Ty::Bool, v);
        }
        if self.rng.chance(70) {
            let len = self.rng.range(2, 5);
            let items = (0..len).map(|i| Expr::int(i as i32 * 3 + 1)).collect();
            add(
                self,
                Ty::array_of(Ty::Int),
                Expr::new(ExprKind::NewArray(items), Ty::array_of(Ty::Int)),
            );
        }
        if self.rng.chance(50) {
            add(
                self,
                Ty::list_of(Ty::Int),
                Expr::new(ExprKind::NewList(vec![]), Ty::list_of(Ty::Int)),
            );
        }
    }

    /// The length of a static array field (fixed: fields are never reassigned whole).
    pub fn field_len(&self, name: &str) -> Option<usize> {
        self.fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| match &f.init.kind {
                ExprKind::NewArray(items) => Some(items.len()),
                _ => None,
            })
    }

    fn plan_methods(&mut self) {
        let (lo, hi) = self.size.methods();
        let n = self.rng.range(lo, hi) as usize;
        for i in 0..n {
            let sig = self.plan_sig(i);
            self.sigs.push(sig);
        }
        self.costs = vec![0; n];
        self.blocks = vec![false; n];
        self.called = vec![false; n];
    }

    fn plan_sig(&mut self, i: usize) -> Sig {
        let r = &mut self.rng;
        let kind = [
            Kind::Sync,
            Kind::AsyncTask,
            Kind::AsyncValueTask,
            Kind::AsyncVoid,
        ][r.weighted(&[18, 52, 20, 10])];
        // async void methods print and report through their TaskCompletionSource: effectful.
        let pure = kind != Kind::AsyncVoid && r.chance(40);
        let ret = if kind == Kind::AsyncVoid {
            Ty::Void
        } else {
            [Ty::Int, Ty::Long, Ty::Bool, Ty::Str, Ty::Void][r.weighted(&[45, 12, 10, 15, 18])]
                .clone()
        };
        let recursive = kind != Kind::AsyncVoid && ret != Ty::Void && r.chance(15);
        let mut params = Vec::new();
        if kind == Kind::AsyncVoid {
            params.push(Param {
                ty: Ty::Tcs(Box::new(Ty::Int)),
                name: "done".into(),
            });
        }
        if recursive {
            params.push(Param {
                ty: Ty::Int,
                name: "n".into(),
            });
        }
        let count = r.range(0, 3);
        for k in 0..count {
            let ty = [Ty::Int, Ty::Long, Ty::Bool, Ty::Str][r.weighted(&[50, 15, 15, 20])].clone();
            params.push(Param {
                ty,
                name: format!("p{k}"),
            });
        }
        if kind != Kind::Sync && r.chance(15) {
            params.push(Param {
                ty: Ty::Token,
                name: "tok".into(),
            });
        }
        if !pure && r.chance(15) {
            params.push(Param {
                ty: Ty::array_of(Ty::Int),
                name: "arr".into(),
            });
        }
        // Objects are shared state: effectful methods only take them, and only effectful
        // methods (never async void ones, nor recursive ones) are instance methods.
        let classes = self.infos.len();
        if !pure && classes > 0 && r.chance(25) {
            params.push(Param {
                ty: self.infos[r.below(classes)].ty(),
                name: "o".into(),
            });
        }
        let owner = (!pure && kind != Kind::AsyncVoid && !recursive && classes > 0 && r.chance(40))
            .then(|| r.below(classes));
        // A delegate parameter: callers pass lambdas that capture nothing (gen/lambdas.rs).
        if self.lambdas && kind != Kind::AsyncVoid && !recursive && r.chance(30) {
            params.push(Param {
                ty: Ty::func(vec![Ty::Int], Ty::Int),
                name: "fn".into(),
            });
        }
        Sig {
            name: format!("M{i}"),
            kind,
            ret,
            params,
            pure,
            recursive,
            depth: r.range(1, 3) as i32,
            owner,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{render, RenderOpts};

    #[test]
    fn same_seed_same_program() {
        for seed in [0, 1, 7, 12345] {
            let a = render(&generate(seed, Size::Medium), &RenderOpts::default());
            let b = render(&generate(seed, Size::Medium), &RenderOpts::default());
            assert_eq!(a, b);
        }
        let a = render(&generate(1, Size::Medium), &RenderOpts::default());
        let b = render(&generate(2, Size::Medium), &RenderOpts::default());
        assert_ne!(a, b);
    }

    /// The rules of gen/classes.rs and gen/objects.rs that keep null and recursion out.
    #[test]
    fn classes_keep_their_rules() {
        for seed in 0..40 {
            let p = generate(seed, Size::Medium);
            assert!((1..=3).contains(&p.classes.len()), "seed {seed}");
            for (i, c) in p.classes.iter().enumerate() {
                for f in c.fields() {
                    match (&f.ty, &f.init) {
                        // Never null unguarded: a later class's new object, or nullable.
                        (Ty::Class(_), Some(e)) => match &e.kind {
                            ExprKind::New(n, _, _) => {
                                let j = p.classes.iter().position(|k| k.name == *n).unwrap();
                                assert!(j > i, "seed {seed}: {} creates a {n}", c.name);
                            }
                            other => panic!("seed {seed}: initializer {other:?}"),
                        },
                        (Ty::Str | Ty::List(_) | Ty::Task(_), None) => {
                            panic!("seed {seed}: {}.{} starts null", c.name, f.name)
                        }
                        _ => {}
                    }
                }
                let mut shapes = Vec::new();
                for (k, ctor) in c.ctors.iter().enumerate() {
                    if let Some((j, _)) = &ctor.chain {
                        assert!(*j < k, "seed {seed}: {} chains forward", c.name);
                    }
                    let shape: Vec<Ty> = ctor
                        .params
                        .iter()
                        .map(|q| {
                            if q.ty == Ty::Long {
                                Ty::Int
                            } else {
                                q.ty.clone()
                            }
                        })
                        .collect();
                    assert!(!shapes.contains(&shape), "seed {seed}: ambiguous overloads");
                    shapes.push(shape);
                }
            }
            // A null guard is a try of its own with one handler, which prints a fixed line.
            for m in &p.methods {
                walk_stmts(&m.body, &mut |s| {
                    if let Stmt::Try { catches, .. } = s {
                        for c in catches.iter().filter(|c| c.exc == Some(Exc::NullReference)) {
                            assert_eq!(catches.len(), 1, "seed {seed}");
                            assert!(c.var.is_none() && c.body.len() == 1, "seed {seed}");
                        }
                    }
                });
            }
        }
    }

    fn walk_stmts(b: &Block, f: &mut dyn FnMut(&Stmt)) {
        for s in b {
            f(s);
            for inner in s.blocks() {
                walk_stmts(inner, f);
            }
        }
    }
}
