//! Member lookup through base classes, and C#'s accessibility: a member is found in the class
//! or its nearest base that declares the name; a method group gathers the overloads of every
//! level (an `override` is the method it overrides, not a new member); `private` members are
//! visible in their own class, `protected` ones in derived classes too.

use crate::body::Body;
use crate::check_call::Cand;
use crate::context::{ClassMember, Ctx};
use crate::hir::{Callee, ClassId, MethodId, Virt};
use crate::types::Ty;

impl Ctx<'_> {
    /// `c` and its bases, nearest first.
    pub fn class_chain(&self, c: ClassId) -> Vec<ClassId> {
        let mut out = vec![c];
        let mut cur = self.class_bases.get(c.0 as usize).copied().flatten();
        while let Some(b) = cur {
            if out.contains(&b) || out.len() > 64 {
                break;
            }
            out.push(b);
            cur = self.class_bases.get(b.0 as usize).copied().flatten();
        }
        out
    }

    /// The library class at the root of `c`'s bases: an exception class, or `object`.
    pub fn library_ancestor(&self, c: ClassId) -> Ty {
        let chain = self.class_chain(c);
        chain
            .iter()
            .find_map(|k| self.lib_bases.get(k).cloned())
            .unwrap_or(Ty::Object)
    }

    /// Every interface `c` implements: those its base list and its bases' name, the ones
    /// they extend, and the instances of the program these convert to by variance. For an
    /// interface: the interfaces it extends (and their variant instances).
    pub fn all_interfaces(&self, c: ClassId) -> Vec<ClassId> {
        let mut out = self.declared_interfaces(c);
        // `IProducer<Dog>` is an `IProducer<Animal>` too when `T` is `out`: each instance of
        // the program the variance allows.
        let variant: Vec<ClassId> = out
            .iter()
            .flat_map(|&i| self.variant_instances(i))
            .filter(|j| !out.contains(j))
            .collect();
        for j in variant {
            if !out.contains(&j) {
                out.push(j);
            }
        }
        out
    }

    /// `all_interfaces` without those variance adds: what member lookup searches (C# looks up
    /// an interface's members in the interfaces it extends, not in those it converts to, so
    /// `INamed<Dog>.Next()` is not ambiguous with `IFeed<Animal>.Next()`).
    pub fn declared_interfaces(&self, c: ClassId) -> Vec<ClassId> {
        let mut out: Vec<ClassId> = Vec::new();
        let mut work: Vec<ClassId> = self
            .class_chain(c)
            .iter()
            .flat_map(|k| self.class_interfaces.get(k).cloned().unwrap_or_default())
            .collect();
        while let Some(i) = work.pop() {
            if out.contains(&i) || out.len() > 256 {
                continue;
            }
            out.push(i);
            work.extend(self.class_interfaces.get(&i).cloned().unwrap_or_default());
        }
        out
    }

    /// Class `c` (or a base) names `IDisposable` in its base list.
    /// The method that implements `IDisposable.Dispose()` for objects of `c`: the `void
    /// IDisposable.Dispose()` of its nearest class that has one, unless a class nearer
    /// re-implements `IDisposable` with a public `Dispose()` (C#'s interface mapping).
    pub fn dispose_method(&self, c: ClassId) -> Option<MethodId> {
        if !self.implements_disposable(c) {
            return None;
        }
        for k in self.class_chain(c) {
            if let Some(&m) = self.explicit_dispose.get(&k) {
                return Some(m);
            }
            if self.disposable.contains(&k) {
                break;
            }
        }
        let (_, member) = self.find_member(c, "Dispose")?;
        let ClassMember::Methods(ms) = member else {
            return None;
        };
        ms.into_iter()
            .find(|&m| self.program.method(m).params.is_empty())
    }

    pub fn implements_disposable(&self, c: ClassId) -> bool {
        self.class_chain(c)
            .iter()
            .any(|k| self.disposable.contains(k))
    }

    /// `c` is `base` or derives from it.
    pub fn derives(&self, c: ClassId, base: ClassId) -> bool {
        self.class_chain(c).contains(&base)
    }

    /// The member `name` as seen from class `c`: the declaring class and the member. For
    /// methods, the overloads of every level.
    pub fn find_member(&self, c: ClassId, name: &str) -> Option<(ClassId, ClassMember)> {
        let mut chain = self.class_chain(c);
        // An interface's members include those of the interfaces it extends.
        let interface = self.program.class(c).kind == crate::hir::ClassKind::Interface;
        if interface {
            chain.extend(self.declared_interfaces(c));
        }
        // Two interfaces neither of which extends the other: a method of one does not hide
        // the other's, so a call that fits both is ambiguous (CS0121), as in C#.
        let unrelated = |a: ClassId, b: ClassId| {
            a != b
                && !self.declared_interfaces(a).contains(&b)
                && !self.declared_interfaces(b).contains(&a)
        };
        let (at, first) = chain
            .iter()
            .find_map(|&k| self.members[k.0 as usize].get(name).map(|m| (k, m.clone())))?;
        let ClassMember::Methods(_) = first else {
            return Some((at, first));
        };
        let mut all: Vec<MethodId> = Vec::new();
        for (i, &k) in chain.iter().enumerate() {
            let Some(ClassMember::Methods(ms)) = self.members[k.0 as usize].get(name) else {
                continue;
            };
            for &m in ms {
                let method = self.program.method(m);
                let same = |o: MethodId| {
                    self.program.method(o).param_types == method.param_types && self.same_refs(o, m)
                };
                let hidden = all.iter().any(|&o| {
                    same(o) && !(interface && unrelated(self.program.method(o).class, method.class))
                });
                // An override stands for the method it overrides, which a base declares (unless
                // it overrides one of `object`'s).
                let overridden_below = method.virt == Virt::Override
                    && chain[i + 1..].iter().any(|b| {
                        matches!(self.members[b.0 as usize].get(name),
                            Some(ClassMember::Methods(bs)) if bs.iter().any(|&o| same(o)))
                    });
                if !hidden && !overridden_below {
                    all.push(m);
                }
            }
        }
        Some((at, ClassMember::Methods(all)))
    }

    /// How many classes up from `from` method `m` is declared (0: in `from` itself).
    fn level_of(&self, from: ClassId, m: MethodId) -> u32 {
        let class = self.program.method(m).class;
        self.class_chain(from)
            .iter()
            .position(|&k| k == class)
            .unwrap_or(0) as u32
    }

    /// The overloads of a method group found from class `from`, with their levels.
    pub fn method_cands(&self, from: ClassId, ms: &[MethodId]) -> Vec<Cand> {
        ms.iter()
            .map(|&m| Cand {
                callee: Callee::User(m),
                owner_args: Vec::new(),
                level: self.level_of(from, m),
            })
            .collect()
    }
}

impl Body<'_, '_> {
    /// Whether code of the class being checked may use a member of `owner` declared with
    /// `private` (not public or internal) and `protected`.
    pub(crate) fn accessible(&self, owner: ClassId, private: bool, protected: bool) -> bool {
        !private
            || self.cx.nested_within_declaration(self.class, owner)
            || (protected && self.cx.derives_declaration(self.class, owner))
    }

    /// CS0205: `base.M()` where the base class's `M` is abstract.
    pub(crate) fn check_base_call(&mut self, m: MethodId, span: unawait_syntax::Span) {
        let Some(slot) = self.cx.program.method(m).vslot else {
            return;
        };
        let Some(base) = self.cx.class_bases[self.class.0 as usize] else {
            return;
        };
        let target = self
            .cx
            .program
            .class(base)
            .vtable
            .get(slot as usize)
            .copied();
        let is_abstract = |t: MethodId| {
            self.cx.program.method(t).virt == Virt::Abstract
                || self.cx.abstract_methods.contains(&t)
        };
        if let Some(t) = target.filter(|&t| is_abstract(t)) {
            let shown = self.method_display(t);
            self.err(
                "CS0205",
                format!("Cannot call an abstract base member: '{shown}'"),
                span,
                "the base class has no implementation to call",
            );
        }
    }

    pub(crate) fn method_accessible(&self, m: MethodId) -> bool {
        let owner = self.cx.program.method(m).class;
        self.accessible(
            owner,
            self.cx.method_private[m.0 as usize],
            self.cx.protected_methods.contains(&m),
        )
    }
}
