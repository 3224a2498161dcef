//! A member of the library used as a value: a lambda calling it with the delegate's
//! parameters, chosen by overload resolution on those parameter types as C#'s method group
//! conversion chooses it.
//!
//! - A static member (`Select(int.Parse)`, `Action<string> print = Console.WriteLine`): the
//!   lambda captures nothing, so closure conversion makes it a static method whose delegate
//!   is cached, as C# 11 caches a static method group's.
//! - An instance member (`Action<int> add = list.Add`, `Where(set.Contains)`): C# evaluates the
//!   object once, at the conversion, and binds the delegate to it; a null object throws there
//!   (`ArgumentException`, or `NullReferenceException` for a virtual member, as .NET's
//!   `ldftn`/`ldvirtftn` do). Here the object goes through that check and is passed to a
//!   lambda `r => (x => r.M(x))` whose result captures its parameter, so each conversion
//!   gets its own object, as a bound delegate does.

use unawait_syntax::Span;

use crate::body::Body;
use crate::check_call::MethodGroup;
use crate::check_expr::mk;
use crate::constants::ConstValue;
use crate::hir::{AsyncKind, BinOp, Block, Callee, Expr, ExprKind, Lambda, Stmt, StmtKind};
use crate::types::{Lib, Ty};

/// .NET's message when a delegate is bound to a non-virtual instance method of null.
const NULL_THIS: &str = "Delegate to an instance method cannot have null 'this'.";

impl Body<'_, '_> {
    pub(crate) fn library_method_group(
        &mut self,
        mut g: MethodGroup,
        to: &Ty,
        span: Span,
    ) -> Result<Expr, Box<MethodGroup>> {
        let lib = crate::builtins::library();
        let builtins = !g.cands.is_empty()
            && g.cands
                .iter()
                .all(|c| matches!(c.callee, Callee::Builtin(_)));
        let statics = builtins
            && g.receiver.is_none()
            && g.cands
                .iter()
                .all(|c| lib.get(c.callee_builtin()).is_static);
        let instance = builtins
            && g.receiver.as_ref().is_some_and(|r| !r.ty.is_error())
            && g.cands
                .iter()
                .all(|c| !lib.get(c.callee_builtin()).is_static);
        let Some((params, ret)) = to.delegate_sig().filter(|_| statics || instance) else {
            return Err(Box::new(g));
        };
        let (params, ret) = (params.to_vec(), ret);
        let cp = self.checkpoint();
        // The bound object, as the outer lambda's parameter.
        let object = g.receiver.take().map(|r| {
            let ty = r.ty.clone();
            let first = self.locals.len() as u32;
            (r, self.hidden_param(ty.clone(), span), ty, first)
        });
        let receiver = object
            .as_ref()
            .map(|(_, p, ty, _)| Box::new(mk(ExprKind::Local(*p), ty.clone(), span)));
        let first_local = self.locals.len() as u32;
        let locals: Vec<_> = params
            .iter()
            .map(|t| self.hidden_param(t.clone(), span))
            .collect();
        let args: Vec<Expr> = locals
            .iter()
            .zip(&params)
            .map(|(l, t)| mk(ExprKind::Local(*l), t.clone(), span))
            .collect();
        let kept = MethodGroup {
            cands: g.cands.clone(),
            receiver,
            name: g.name.clone(),
            type_args: g.type_args.clone(),
            via_type: g.via_type,
        };
        let errors = self.cx.diags.list.len();
        let call = self.resolve_call(kept, args, span, false);
        let n = params.len();
        let fits = call.as_ref().is_some_and(|r| {
            // A method group converts only to a member in its normal form with every
            // parameter given: not a `params` array's expanded form (`Func<string, string,
            // string> j = string.Join` is .NET's `Join<char>(string, IEnumerable<char>)`), nor
            // defaults filled in.
            let expanded = matches!(
                r.args.last(),
                Some(Expr {
                    kind: ExprKind::ArrayInit { .. },
                    ..
                })
            ) && !matches!(params.last(), Some(Ty::Array(_)));
            // C# matches a `void` delegate only with a `void` method (CS0407 otherwise).
            self.cx.diags.list.len() == errors
                && r.args.len() == n
                && !expanded
                && (ret == Ty::Void) == (r.ret == Ty::Void)
                && (ret == Ty::Void
                    || r.ret == ret
                    || (ret.is_reference_type()
                        && r.ret.is_reference_type()
                        && crate::convert::implicit(&r.ret, &ret).is_some()))
        });
        let Some(res) = call.filter(|_| fits) else {
            self.rollback(cp);
            g.receiver = object.map(|(r, ..)| r);
            return Err(Box::new(g));
        };
        let virtual_member = match res.callee {
            Callee::Builtin(b) => is_virtual(lib.get(b), &g.name),
            Callee::User(_) => false,
        };
        let call_ty = res.ret.clone();
        let call = match self.concat_objects(&res, span) {
            Some(e) => e,
            None => mk(
                ExprKind::Call {
                    callee: res.callee,
                    receiver: res.receiver,
                    args: res.args,
                    type_args: res.type_args,
                },
                call_ty.clone(),
                span,
            ),
        };
        let stmt = if ret == Ty::Void {
            StmtKind::Expr(call)
        } else {
            let value = if call_ty == ret {
                call
            } else {
                let c = crate::convert::implicit(&call_ty, &ret).flatten();
                crate::convert::apply(call, c, &ret)
            };
            StmtKind::Return(Some(value))
        };
        let lambda = self.synthetic_lambda(first_local, locals, ret, stmt, to, span);
        let Some((object, param, ty, first)) = object else {
            return Ok(lambda);
        };
        let outer_ty = Ty::Lib(Lib::Func, vec![ty, to.clone()]);
        let outer = self.synthetic_lambda(
            first,
            vec![param],
            to.clone(),
            StmtKind::Return(Some(lambda)),
            &outer_ty,
            span,
        );
        let object = self.bound_object(*object, virtual_member, span);
        let kind = ExprKind::InvokeDelegate {
            target: Box::new(outer),
            args: vec![object],
        };
        Ok(mk(kind, to.clone(), span))
    }

    fn synthetic_lambda(
        &mut self,
        first_local: u32,
        params: Vec<crate::hir::LocalId>,
        ret: Ty,
        stmt: StmtKind,
        ty: &Ty,
        span: Span,
    ) -> Expr {
        self.lambdas += 1;
        let lambda = Lambda {
            local_name: None,
            local_sig: None,
            first_local,
            params,
            is_async: false,
            async_kind: AsyncKind::NotAsync,
            return_type: ret,
            body: Block {
                stmts: vec![Stmt::new(stmt, span)],
                span,
            },
            captures: Vec::new(),
        };
        mk(ExprKind::Lambda(Box::new(lambda)), ty.clone(), span)
    }

    /// The object a delegate is bound to, checked as .NET checks it when the delegate is
    /// made: `(tmp = object) != null ? tmp : throw ...` (a value type, `this` or a new object
    /// needs no check).
    pub(crate) fn bound_object(&mut self, object: Expr, virtual_member: bool, span: Span) -> Expr {
        let never_null = matches!(
            object.kind,
            ExprKind::This | ExprKind::Base | ExprKind::New { .. } | ExprKind::NewObject { .. }
        );
        if never_null || !object.ty.is_reference_type() {
            return object;
        }
        let ty = object.ty.clone();
        let tmp = self.hidden_local("<bound>", ty.clone(), span);
        let cond = self.stored_null_test(tmp, object, BinOp::Ne, span);
        let (lib, args) = if virtual_member {
            (Lib::NullReferenceException, Vec::new())
        } else {
            let msg = ConstValue::String(NULL_THIS.into());
            (
                Lib::ArgumentException,
                vec![mk(ExprKind::Const(msg), Ty::String, span)],
            )
        };
        let exception = Ty::Lib(lib, Vec::new());
        let ctor = crate::builtins::library()
            .lookup(crate::builtins::Owner::Lib(lib), ".ctor")
            .iter()
            .copied()
            .find(|&c| crate::builtins::library().get(c).params.len() == args.len());
        let Some(ctor) = ctor else {
            return Expr::error(span);
        };
        let new = mk(
            ExprKind::New {
                ctor: Callee::Builtin(ctor),
                args,
                type_args: Vec::new(),
                initializer: Vec::new(),
            },
            exception,
            span,
        );
        let throw = self.hidden_call(crate::builtins::THROW_EXPR, new, &ty, span);
        mk(
            ExprKind::Conditional {
                cond: Box::new(cond),
                then: Box::new(mk(ExprKind::Local(tmp), ty.clone(), span)),
                otherwise: Box::new(throw),
            },
            ty,
            span,
        )
    }
}

/// Whether C# binds a delegate to the member through `ldvirtftn` (a null object then throws
/// `NullReferenceException`): `object`'s virtual members and an interface's. The library's
/// other instance members that programs bind (collections, `StringBuilder`, tasks and their
/// sources) are not virtual.
fn is_virtual(b: &crate::builtins::Builtin, name: &str) -> bool {
    matches!(name, "ToString" | "Equals" | "GetHashCode")
        || matches!(b.owner, crate::builtins::Owner::Lib(l) if {
            let n = l.info().name;
            n.len() > 1 && n.starts_with('I') && n[1..].starts_with(|c: char| c.is_ascii_uppercase())
        })
}

impl Body<'_, '_> {
    /// C#'s error for a group of the library's members that converts to no overload of
    /// delegate type `to`: CS0407 when one member takes exactly the delegate's parameters but
    /// returns another type, CS0123 when none takes them and .NET has no other overload of that
    /// arity either. `None` (the caller's UA0100/UA0104 stands) when .NET may have one.
    pub(crate) fn library_group_mismatch(
        &mut self,
        g: &MethodGroup,
        to: &Ty,
        span: Span,
    ) -> Option<Expr> {
        let (params, ret) = to.delegate_sig()?;
        let lib = crate::builtins::library();
        let owner_args = match g.receiver.as_ref().map(|r| &r.ty) {
            Some(Ty::Lib(_, a)) => a.clone(),
            Some(Ty::Array(e)) => vec![(**e).clone()],
            _ => Vec::new(),
        };
        let members: Vec<&crate::builtins::Builtin> = (g.cands.iter())
            .map(|c| match c.callee {
                Callee::Builtin(b) => Some(lib.get(b)),
                Callee::User(_) => None,
            })
            .collect::<Option<_>>()?;
        let first = members.first()?;
        if members.iter().any(|b| !b.type_params.is_empty()) {
            return None;
        }
        let exact = members.iter().find(|b| {
            b.params.len() == params.len()
                && (b.params.iter().zip(params.iter()))
                    .all(|((_, t), p)| t.subst(&owner_args) == *p)
        });
        if let Some(b) = exact {
            let own = b.ret.subst(&owner_args);
            let fits = own == ret
                || (ret.is_reference_type()
                    && own.is_reference_type()
                    && crate::convert::implicit(&own, &ret).is_some());
            if fits {
                return None;
            }
            self.err(
                "CS0407",
                format!(
                    "'{own} {}' has the wrong return type",
                    b.display(&owner_args)
                ),
                span,
                &format!("`{to}` needs a method returning `{ret}`: wrap the call in a lambda"),
            );
            return Some(Expr::error(span));
        }
        let owner = first.owner_ty.subst(&owner_args);
        if crate::bcl_members::has_other_overload(&owner, &g.name, params.len()) {
            return None;
        }
        self.err(
            "CS0123",
            format!("No overload for '{}' matches delegate '{to}'", g.name),
            span,
            "the delegate's parameter types must be the method's",
        );
        Some(Expr::error(span))
    }
}
