//! The reducer's edits of classes. Each drops one part outright and leaves it to
//! `validate::check` to reject the candidates that still use it (a `new` of a dropped
//! constructor, a read of a dropped member...), so an edit needs no knowledge of its users.
//!
//! Never dropped: the initializer of a class-typed field that is not nullable (the field would
//! then be null where the program dereferences it unguarded), nor that of a string, list or
//! task member (likewise).

use crate::ast::*;

/// The `index`-th class edit: per class, in order, dropping the class, each constructor, each
/// member, each droppable initializer, each static.
pub fn drop_part(p: &mut Program, index: usize) -> bool {
    let mut k = index;
    for c in 0..p.classes.len() {
        if k == 0 {
            let name = p.classes.remove(c).name;
            p.methods
                .retain(|m| m.owner.as_deref() != Some(name.as_str()));
            return true;
        }
        k -= 1;
        let class = &mut p.classes[c];
        let ctors = class.ctors.len();
        if k < ctors {
            drop_ctor(p, c, k);
            return true;
        }
        k -= ctors;
        let decls = class.decls.len();
        if k < decls {
            class.decls.remove(k);
            return true;
        }
        k -= decls;
        let inits: Vec<usize> = (0..decls)
            .filter(|&d| droppable_init(&class.decls[d]))
            .collect();
        if k < inits.len() {
            match &mut class.decls[inits[k]] {
                Decl::Field(f) => f.init = None,
                Decl::Prop(Prop {
                    kind: PropKind::Auto { init, .. },
                    ..
                }) => *init = None,
                _ => unreachable!(),
            }
            return true;
        }
        k -= inits.len();
        if k < class.statics.len() {
            class.statics.remove(k);
            return true;
        }
        k -= class.statics.len();
    }
    false
}

/// An initializer whose absence leaves a usable default (0, false).
fn droppable_init(d: &Decl) -> bool {
    let (ty, init) = match d {
        Decl::Field(f) => (&f.ty, &f.init),
        Decl::Prop(Prop {
            ty,
            kind: PropKind::Auto { init, .. },
            ..
        }) => (ty, init),
        _ => return false,
    };
    init.is_some() && matches!(ty, Ty::Int | Ty::Long | Ty::Bool)
}

/// Drops constructor `k` of class `c`: later indices move down, uses of `k` become invalid.
fn drop_ctor(p: &mut Program, c: usize, k: usize) {
    let name = p.classes[c].name.clone();
    p.classes[c].ctors.remove(k);
    let renumber = |j: usize| {
        if j == k {
            usize::MAX
        } else if j > k {
            j - 1
        } else {
            j
        }
    };
    for ctor in &mut p.classes[c].ctors {
        if let Some((j, _)) = &mut ctor.chain {
            *j = renumber(*j);
        }
    }
    let fix = &mut |e: &mut Expr| renumber_news(e, &name, &renumber);
    for m in &mut p.methods {
        map_block(&mut m.body, fix);
    }
    for class in &mut p.classes {
        for ctor in &mut class.ctors {
            map_block(&mut ctor.body, fix);
            if let Some((_, args)) = &mut ctor.chain {
                args.iter_mut().for_each(&mut *fix);
            }
        }
        for e in inits_mut(class) {
            fix(e);
        }
    }
}

fn renumber_news(e: &mut Expr, class: &str, renumber: &dyn Fn(usize) -> usize) {
    if let ExprKind::New(c, Some(j), _) = &mut e.kind {
        if c == class {
            *j = renumber(*j);
        }
    }
    for ch in e.children_mut() {
        renumber_news(ch, class, renumber);
    }
}

fn map_block(b: &mut Block, f: &mut dyn FnMut(&mut Expr)) {
    for s in b.iter_mut() {
        for e in s.exprs_mut() {
            f(e);
        }
        for inner in s.blocks_mut() {
            map_block(inner, f);
        }
    }
}

/// The initializers of a class's fields and properties, and its computed properties.
pub fn inits_mut(c: &mut Class) -> Vec<&mut Expr> {
    c.decls
        .iter_mut()
        .filter_map(|d| match d {
            Decl::Field(f) => f.init.as_mut(),
            Decl::Prop(p) => match &mut p.kind {
                PropKind::Auto { init, .. } => init.as_mut(),
                PropKind::Computed(e) => Some(e),
                PropKind::Checked { .. } => None,
            },
        })
        .collect()
}
