//! Compile-time constants: C# folds constant expressions (const fields, `int.MaxValue + 1`, constant
//! conditions that decide reachability), and reports overflow (CS0220) and division by a constant
//! zero (CS0020) there, while the same operations at run time wrap or throw.

use std::fmt;
use std::sync::Arc;

use crate::hir::BinOp;
use crate::types::{Lib, SmallInt, Ty};

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Int(i32),
    Long(i64),
    Bool(bool),
    Double(f64),
    /// A `char` constant: its UTF-16 code unit.
    Char(u16),
    /// A `byte`, `sbyte`, `short` or `ushort` constant (in its type's range).
    Small(SmallInt, i32),
    UInt(u32),
    ULong(u64),
    Float(f32),
    String(Arc<str>),
    Null,
}

/// `default(T)` as a constant, for the types whose default is a word of zeros: the numbers,
/// `bool`, `char`, enums, references, `T?` (no box) and `CancellationToken`
/// (`CancellationToken.None` is the word 0). `None` for a struct of the program and the other
/// library value types, whose defaults are objects.
pub fn zero_of(ty: &Ty) -> Option<ConstValue> {
    Some(match ty {
        Ty::Int => ConstValue::Int(0),
        Ty::Long => ConstValue::Long(0),
        Ty::Bool => ConstValue::Bool(false),
        Ty::Double => ConstValue::Double(0.0),
        Ty::Char => ConstValue::Char(0),
        Ty::Small(s) => ConstValue::Small(*s, 0),
        Ty::UInt => ConstValue::UInt(0),
        Ty::ULong => ConstValue::ULong(0),
        Ty::Float => ConstValue::Float(0.0),
        Ty::Enum(..) => return ConstValue::Int(0).convert_numeric(ty).ok(),
        Ty::Lib(Lib::Nullable | Lib::CancellationToken, _) => ConstValue::Null,
        t if t.is_reference_type() => ConstValue::Null,
        _ => return None,
    })
}

impl ConstValue {
    pub fn ty(&self) -> Ty {
        match self {
            ConstValue::Int(_) => Ty::Int,
            ConstValue::Long(_) => Ty::Long,
            ConstValue::Bool(_) => Ty::Bool,
            ConstValue::Double(_) => Ty::Double,
            ConstValue::Char(_) => Ty::Char,
            ConstValue::Small(t, _) => Ty::Small(*t),
            ConstValue::UInt(_) => Ty::UInt,
            ConstValue::ULong(_) => Ty::ULong,
            ConstValue::Float(_) => Ty::Float,
            ConstValue::String(_) => Ty::String,
            ConstValue::Null => Ty::Null,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            ConstValue::Int(v) => Some(*v as i64),
            ConstValue::Long(v) => Some(*v),
            ConstValue::Char(v) => Some(*v as i64),
            ConstValue::Small(_, v) => Some(*v as i64),
            ConstValue::UInt(v) => Some(*v as i64),
            ConstValue::ULong(v) => i64::try_from(*v).ok(),
            _ => None,
        }
    }

    /// An integer constant's exact value (any integer type, `char` included).
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            ConstValue::ULong(v) => Some(*v as i128),
            c => c.as_i64().map(i128::from),
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(v) => Some(*v as f64),
            ConstValue::Long(v) => Some(*v as f64),
            ConstValue::Char(v) => Some(*v as f64),
            ConstValue::Small(_, v) => Some(*v as f64),
            ConstValue::UInt(v) => Some(*v as f64),
            ConstValue::ULong(v) => Some(*v as f64),
            ConstValue::Float(v) => Some(*v as f64),
            ConstValue::Double(v) => Some(*v),
            _ => None,
        }
    }

    /// The constant converted to a numeric type (implicit or explicit conversion). `Err` carries
    /// the C# error: an out-of-range constant cast (CS0221).
    #[allow(clippy::result_unit_err)] // the caller reports the error: it knows where
    pub fn convert_numeric(&self, to: &Ty) -> Result<ConstValue, ()> {
        // An enum's constants are values of its underlying type.
        if let Ty::Enum(..) = to {
            return self.convert_numeric(to.underlying());
        }
        // A `float` converts as the `double` of the same value; to `float`, the value rounded
        // once (from the exact integer, not through `double`).
        if let ConstValue::Float(f) = self {
            if *to == Ty::Float {
                return Ok(self.clone());
            }
            return ConstValue::Double(*f as f64).convert_numeric(to);
        }
        if *to == Ty::Float {
            return match self {
                ConstValue::Double(d) => Ok(ConstValue::Float(*d as f32)),
                c => match c.as_i128() {
                    Some(v) => Ok(ConstValue::Float(v as f32)),
                    None => Err(()),
                },
            };
        }
        match (self, to) {
            (c, Ty::UInt | Ty::ULong | Ty::Int | Ty::Long)
                if matches!(c, ConstValue::UInt(_) | ConstValue::ULong(_)) || to.is_unsigned() =>
            {
                let v = match c {
                    ConstValue::Double(d) if d.is_finite() => d.trunc() as i128,
                    _ => c.as_i128().ok_or(())?,
                };
                integer_const(v, to).ok_or(())
            }
            (ConstValue::Small(_, v), Ty::Int) => Ok(ConstValue::Int(*v)),
            (ConstValue::Small(_, v), Ty::Long) => Ok(ConstValue::Long(*v as i64)),
            (c, Ty::Small(t)) => {
                let v = match c {
                    ConstValue::Double(d) if d.is_finite() => d.trunc() as i64,
                    _ => c.as_i64().ok_or(())?,
                };
                if t.contains(v) {
                    Ok(ConstValue::Small(*t, v as i32))
                } else {
                    Err(())
                }
            }
            (ConstValue::Char(v), Ty::Int) => Ok(ConstValue::Int(*v as i32)),
            (ConstValue::Char(v), Ty::Long) => Ok(ConstValue::Long(*v as i64)),
            (ConstValue::Char(v), Ty::Char) => Ok(ConstValue::Char(*v)),
            (c, Ty::Char) => match c.as_i64() {
                Some(v) if (0..=0xFFFF).contains(&v) => Ok(ConstValue::Char(v as u16)),
                Some(_) => Err(()),
                None => match c {
                    ConstValue::Double(d) if d.trunc() >= 0.0 && d.trunc() <= 65535.0 => {
                        Ok(ConstValue::Char(d.trunc() as u16))
                    }
                    _ => Err(()),
                },
            },
            (ConstValue::Int(v), Ty::Int) => Ok(ConstValue::Int(*v)),
            (ConstValue::Int(v), Ty::Long) => Ok(ConstValue::Long(*v as i64)),
            (ConstValue::Long(v), Ty::Long) => Ok(ConstValue::Long(*v)),
            (ConstValue::Long(v), Ty::Int) => {
                i32::try_from(*v).map(ConstValue::Int).map_err(|_| ())
            }
            (ConstValue::Double(v), Ty::Int) => {
                let t = v.trunc();
                if t.is_finite() && t >= i32::MIN as f64 && t <= i32::MAX as f64 {
                    Ok(ConstValue::Int(t as i32))
                } else {
                    Err(())
                }
            }
            (ConstValue::Double(v), Ty::Long) => {
                let t = v.trunc();
                // 2^63 is not representable as i64; the bound is exclusive.
                if (-9.223372036854776e18..9.223372036854776e18).contains(&t) {
                    Ok(ConstValue::Long(t as i64))
                } else {
                    Err(())
                }
            }
            (c, Ty::Double) => c.as_f64().map(ConstValue::Double).ok_or(()),
            _ => Err(()),
        }
    }
}

impl ConstValue {
    /// The constant converted as an explicit conversion in an `unchecked` context does it: a
    /// `long` wraps to `int`; a `double` out of range saturates, as the conversion does at run
    /// time (.NET 9: C# leaves the result unspecified), and NaN becomes 0.
    #[allow(clippy::result_unit_err)] // the caller reports the error: it knows where
    pub fn convert_unchecked(&self, to: &Ty) -> Result<ConstValue, ()> {
        if let Ty::Enum(..) = to {
            return self.convert_unchecked(to.underlying());
        }
        if let ConstValue::Float(f) = self {
            if *to != Ty::Float {
                return ConstValue::Double(*f as f64).convert_unchecked(to);
            }
        }
        match (self, to) {
            (c, Ty::UInt | Ty::ULong | Ty::Int | Ty::Long)
                if matches!(c, ConstValue::UInt(_) | ConstValue::ULong(_)) || to.is_unsigned() =>
            {
                let v = match c {
                    ConstValue::Double(d) => match to {
                        Ty::ULong => *d as u64 as i128,
                        _ => *d as i64 as i128,
                    },
                    _ => c.as_i128().ok_or(())?,
                };
                integer_const(wrap_to(v, to), to).ok_or(())
            }
            (ConstValue::Long(v), Ty::Int) => Ok(ConstValue::Int(*v as i32)),
            (ConstValue::Double(v), Ty::Int) => Ok(ConstValue::Int(*v as i32)),
            (ConstValue::Double(v), Ty::Long) => Ok(ConstValue::Long(*v as i64)),
            (ConstValue::Int(v), Ty::Char) => Ok(ConstValue::Char(*v as u16)),
            (ConstValue::Long(v), Ty::Char) => Ok(ConstValue::Char(*v as u16)),
            (ConstValue::Double(v), Ty::Char) => Ok(ConstValue::Char(*v as i32 as u16)),
            (ConstValue::Double(v), Ty::Small(t)) => {
                Ok(ConstValue::Small(*t, t.wrap(*v as i32 as i64)))
            }
            (c, Ty::Small(t)) => match c.as_i64() {
                Some(v) => Ok(ConstValue::Small(*t, t.wrap(v))),
                None => Err(()),
            },
            _ => self.convert_numeric(to),
        }
    }
}

/// `int`, `uint`, `long`, `ulong`: the type's range.
fn integer_range(ty: &Ty) -> Option<(i128, i128)> {
    Some(match ty {
        Ty::Int => (i32::MIN as i128, i32::MAX as i128),
        Ty::UInt => (0, u32::MAX as i128),
        Ty::Long => (i64::MIN as i128, i64::MAX as i128),
        Ty::ULong => (0, u64::MAX as i128),
        _ => return None,
    })
}

/// `v` as a constant of the integer type `ty`, if it is in range.
fn integer_const(v: i128, ty: &Ty) -> Option<ConstValue> {
    let (lo, hi) = integer_range(ty)?;
    if !(lo..=hi).contains(&v) {
        return None;
    }
    Some(match ty {
        Ty::Int => ConstValue::Int(v as i32),
        Ty::UInt => ConstValue::UInt(v as u32),
        Ty::Long => ConstValue::Long(v as i64),
        _ => ConstValue::ULong(v as u64),
    })
}

/// `v` wrapped into the integer type `ty` (its low bits), as unchecked arithmetic does.
fn wrap_to(v: i128, ty: &Ty) -> i128 {
    match ty {
        Ty::Int => v as i32 as i128,
        Ty::UInt => v as u32 as i128,
        Ty::Long => v as i64 as i128,
        _ => v as u64 as i128,
    }
}

/// C# prints constants the way the user would write them in messages ("Constant value '1E+20'").
impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Int(v) => write!(f, "{v}"),
            ConstValue::Long(v) => write!(f, "{v}"),
            ConstValue::Small(_, v) => write!(f, "{v}"),
            ConstValue::UInt(v) => write!(f, "{v}"),
            ConstValue::ULong(v) => write!(f, "{v}"),
            ConstValue::Float(v) => write!(f, "{v:?}"),
            ConstValue::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            ConstValue::Double(v) => write!(f, "{v:?}"),
            ConstValue::Char(v) => match char::from_u32(*v as u32) {
                Some(c) => write!(f, "{c:?}"),
                None => write!(f, "'\\u{v:04x}'"),
            },
            ConstValue::String(s) => write!(f, "{s:?}"),
            ConstValue::Null => f.write_str("null"),
        }
    }
}

pub enum FoldError {
    /// CS0020
    DivByZero,
    /// CS0220
    Overflow,
}

/// Folds `lhs op rhs` where both operands were already converted to the operation's type (a
/// shift's count too). `checked`: overflow is CS0220 (C#'s default for constants); otherwise
/// (`unchecked`) the result wraps, as at run time. `Ok(None)`: not a constant operation
/// (reference equality of non-strings; `int.MinValue / -1` when unchecked, which C# leaves to
/// run time, where it throws).
pub fn fold_binary(
    op: BinOp,
    l: &ConstValue,
    r: &ConstValue,
    checked: bool,
) -> Result<Option<ConstValue>, FoldError> {
    use ConstValue as C;
    let op = op.unchecked();
    Ok(Some(match (l, r) {
        (C::Int(a), C::Int(b)) => match int_op(op, *a as i64, *b as i64, true, checked)? {
            Some(IntRes::Num(v)) => C::Int(v as i32),
            Some(IntRes::Bool(v)) => C::Bool(v),
            None => return Ok(None),
        },
        (C::Long(a), C::Long(b)) => match int_op(op, *a, *b, false, checked)? {
            Some(IntRes::Num(v)) => C::Long(v),
            Some(IntRes::Bool(v)) => C::Bool(v),
            None => return Ok(None),
        },
        (C::UInt(_), C::UInt(_)) | (C::ULong(_), C::ULong(_)) => {
            let ty = l.ty();
            let (a, b) = (l.as_i128().unwrap_or(0), r.as_i128().unwrap_or(0));
            match unsigned_op(op, a, b, &ty, checked)? {
                // A `ulong` result above `long.MaxValue` comes back as its bits.
                Some(IntRes::Num(v)) => {
                    integer_const(wrap_to(v as i128, &ty), &ty).ok_or(FoldError::Overflow)?
                }
                Some(IntRes::Bool(v)) => C::Bool(v),
                None => return Ok(None),
            }
        }
        (C::UInt(_), C::Int(b)) | (C::ULong(_), C::Int(b))
            if matches!(op, BinOp::Shl | BinOp::Shr) =>
        {
            let width = if l.ty() == Ty::UInt { 31 } else { 63 };
            let n = (*b as u32) & width;
            match (op, l) {
                (BinOp::Shl, C::UInt(x)) => C::UInt(x.wrapping_shl(n)),
                (BinOp::Shr, C::UInt(x)) => C::UInt(x >> n),
                (BinOp::Shl, C::ULong(x)) => C::ULong(x.wrapping_shl(n)),
                (BinOp::Shr, C::ULong(x)) => C::ULong(x >> n),
                _ => return Ok(None),
            }
        }
        (C::Float(a), C::Float(b)) => match fold_real(op, *a, *b, C::Float) {
            Some(c) => c,
            None => return Ok(None),
        },
        (C::Double(a), C::Double(b)) => match fold_real(op, *a, *b, C::Double) {
            Some(c) => c,
            None => return Ok(None),
        },
        (C::Bool(a), C::Bool(b)) => match op {
            BinOp::And | BinOp::BitAnd => C::Bool(*a && *b),
            BinOp::Or | BinOp::BitOr => C::Bool(*a || *b),
            BinOp::BitXor => C::Bool(a != b),
            BinOp::Eq => C::Bool(a == b),
            BinOp::Ne => C::Bool(a != b),
            _ => return Ok(None),
        },
        (C::String(_) | C::Null, C::String(_) | C::Null) => {
            let eq = l == r;
            match op {
                BinOp::Eq => C::Bool(eq),
                BinOp::Ne => C::Bool(!eq),
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    }))
}

/// `uint` and `ulong` operations on exact values.
fn unsigned_op(
    op: BinOp,
    a: i128,
    b: i128,
    ty: &Ty,
    checked: bool,
) -> Result<Option<IntRes>, FoldError> {
    let fits = |v: i128| -> Result<IntRes, FoldError> {
        match integer_const(v, ty) {
            Some(_) => Ok(IntRes::Num(v as i64)),
            None if checked => Err(FoldError::Overflow),
            None => Ok(IntRes::Num(wrap_to(v, ty) as i64)),
        }
    };
    Ok(Some(match op {
        BinOp::Add => fits(a + b)?,
        BinOp::Sub => fits(a - b)?,
        BinOp::Mul => fits(a * b)?,
        BinOp::Div | BinOp::Rem if b == 0 => return Err(FoldError::DivByZero),
        BinOp::Div => fits(a / b)?,
        BinOp::Rem => fits(a % b)?,
        BinOp::BitAnd => fits(a & b)?,
        BinOp::BitOr => fits(a | b)?,
        BinOp::BitXor => fits(a ^ b)?,
        BinOp::Lt => IntRes::Bool(a < b),
        BinOp::Le => IntRes::Bool(a <= b),
        BinOp::Gt => IntRes::Bool(a > b),
        BinOp::Ge => IntRes::Bool(a >= b),
        BinOp::Eq => IntRes::Bool(a == b),
        BinOp::Ne => IntRes::Bool(a != b),
        _ => return Ok(None),
    }))
}

enum IntRes {
    Num(i64),
    Bool(bool),
}

fn int_op(
    op: BinOp,
    a: i64,
    b: i64,
    is_int: bool,
    checked: bool,
) -> Result<Option<IntRes>, FoldError> {
    // The exact result, wrapped to the operand's width when unchecked.
    let fits = |v: Option<i128>| -> Result<IntRes, FoldError> {
        let Some(v) = v else {
            return Err(FoldError::Overflow);
        };
        let in_range = if is_int {
            i32::try_from(v).is_ok()
        } else {
            i64::try_from(v).is_ok()
        };
        match (in_range, checked) {
            (true, _) => Ok(IntRes::Num(v as i64)),
            (false, true) => Err(FoldError::Overflow),
            (false, false) if is_int => Ok(IntRes::Num(i64::from(v as i32))),
            (false, false) => Ok(IntRes::Num(v as i64)),
        }
    };
    let (x, y) = (i128::from(a), i128::from(b));
    let min = if is_int {
        i64::from(i32::MIN)
    } else {
        i64::MIN
    };
    let width = if is_int { 31 } else { 63 };
    Ok(Some(match op {
        BinOp::Add => fits(Some(x + y))?,
        BinOp::Sub => fits(Some(x - y))?,
        BinOp::Mul => fits(Some(x * y))?,
        BinOp::Div | BinOp::Rem if b == 0 => return Err(FoldError::DivByZero),
        // C# reports `MinValue / -1` (and `%`) as an overflow in a checked constant; unchecked,
        // it is no constant and throws when it runs.
        BinOp::Div | BinOp::Rem if a == min && b == -1 => {
            if checked {
                return Err(FoldError::Overflow);
            }
            return Ok(None);
        }
        BinOp::Div => fits(Some(x / y))?,
        BinOp::Rem => fits(Some(x % y))?,
        BinOp::BitAnd => IntRes::Num(a & b),
        BinOp::BitOr => IntRes::Num(a | b),
        BinOp::BitXor => IntRes::Num(a ^ b),
        BinOp::Shl if is_int => IntRes::Num(i64::from((a as i32) << (b & width))),
        BinOp::Shl => IntRes::Num(a << (b & width)),
        BinOp::Shr if is_int => IntRes::Num(i64::from((a as i32) >> (b & width))),
        BinOp::Shr => IntRes::Num(a >> (b & width)),
        BinOp::Lt => IntRes::Bool(a < b),
        BinOp::Le => IntRes::Bool(a <= b),
        BinOp::Gt => IntRes::Bool(a > b),
        BinOp::Ge => IntRes::Bool(a >= b),
        BinOp::Eq => IntRes::Bool(a == b),
        BinOp::Ne => IntRes::Bool(a != b),
        _ => return Ok(None),
    }))
}

/// Unary minus of a constant; `Err` is overflow (`-int.MinValue` as a checked constant is
/// CS0220; unchecked, it is `int.MinValue`).
pub fn fold_neg(v: &ConstValue, checked: bool) -> Result<ConstValue, FoldError> {
    match v {
        ConstValue::Int(a) => match a.checked_neg() {
            Some(n) => Ok(ConstValue::Int(n)),
            None if !checked => Ok(ConstValue::Int(a.wrapping_neg())),
            None => Err(FoldError::Overflow),
        },
        ConstValue::Long(a) => match a.checked_neg() {
            Some(n) => Ok(ConstValue::Long(n)),
            None if !checked => Ok(ConstValue::Long(a.wrapping_neg())),
            None => Err(FoldError::Overflow),
        },
        ConstValue::Double(a) => Ok(ConstValue::Double(-a)),
        ConstValue::Float(a) => Ok(ConstValue::Float(-a)),
        _ => Err(FoldError::Overflow),
    }
}

/// `~` of an integer constant.
pub fn fold_not(v: &ConstValue) -> Option<ConstValue> {
    match v {
        ConstValue::Int(a) => Some(ConstValue::Int(!a)),
        ConstValue::Long(a) => Some(ConstValue::Long(!a)),
        ConstValue::UInt(a) => Some(ConstValue::UInt(!a)),
        ConstValue::ULong(a) => Some(ConstValue::ULong(!a)),
        _ => None,
    }
}

/// `a op b` of two `float` or two `double` constants, in the type's own precision (`make`
/// wraps a result of the type); `None` for an operator the type lacks.
fn fold_real<T>(op: BinOp, a: T, b: T, make: impl Fn(T) -> ConstValue) -> Option<ConstValue>
where
    T: Copy
        + PartialOrd
        + std::ops::Add<Output = T>
        + std::ops::Sub<Output = T>
        + std::ops::Mul<Output = T>
        + std::ops::Div<Output = T>
        + std::ops::Rem<Output = T>,
{
    Some(match op {
        BinOp::Add => make(a + b),
        BinOp::Sub => make(a - b),
        BinOp::Mul => make(a * b),
        BinOp::Div => make(a / b),
        BinOp::Rem => make(a % b),
        BinOp::Lt => ConstValue::Bool(a < b),
        BinOp::Le => ConstValue::Bool(a <= b),
        BinOp::Gt => ConstValue::Bool(a > b),
        BinOp::Ge => ConstValue::Bool(a >= b),
        BinOp::Eq => ConstValue::Bool(a == b),
        BinOp::Ne => ConstValue::Bool(a != b),
        _ => return None,
    })
}
