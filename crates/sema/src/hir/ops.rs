//! The operators of the HIR: split by meaning, so a checked `+` is its own operator and a
//! conversion says whether it may throw.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    /// `&&` (short-circuit)
    And,
    /// `||` (short-circuit)
    Or,
    /// `&` of integers, or of bools (both operands evaluated).
    BitAnd,
    BitOr,
    BitXor,
    /// `<<` and `>>` (arithmetic): the count is masked to the operand's width (`& 31`, `& 63`).
    Shl,
    Shr,
    /// `+`, `-`, `*` of integers in a `checked` context: overflow throws `OverflowException`.
    CheckedAdd,
    CheckedSub,
    CheckedMul,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::CheckedAdd => "+",
            BinOp::CheckedSub => "-",
            BinOp::CheckedMul => "*",
        }
    }

    /// The operator in an unchecked context; `self` for those a context does not change.
    pub fn unchecked(self) -> BinOp {
        match self {
            BinOp::CheckedAdd => BinOp::Add,
            BinOp::CheckedSub => BinOp::Sub,
            BinOp::CheckedMul => BinOp::Mul,
            op => op,
        }
    }

    pub fn is_checked(self) -> bool {
        matches!(
            self,
            BinOp::CheckedAdd | BinOp::CheckedSub | BinOp::CheckedMul
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `~` of an integer.
    BitNot,
    /// `-` of an integer in a `checked` context (`-int.MinValue` throws).
    CheckedNeg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncDec {
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

impl Conversion {
    /// A narrowing to a small integer as a `checked` context does it.
    pub fn checked_small(self) -> Option<Conversion> {
        match self {
            Conversion::ToSmall(s) | Conversion::LongToSmall(s) | Conversion::DoubleToSmall(s) => {
                Some(Conversion::CheckedToSmall(s))
            }
            Conversion::Unsigned { from, to, .. } if !from.widens_to(to) => {
                Some(Conversion::Unsigned {
                    from,
                    to,
                    checked: true,
                })
            }
            _ => None,
        }
    }
}

/// Conversions the HIR makes explicit. Implicit ones are inserted by the checker; `(T)e` casts
/// produce the explicit ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    IntToLong,
    IntToDouble,
    LongToDouble,
    /// Explicit, truncating/wrapping as C# does in an unchecked context.
    LongToInt,
    DoubleToInt,
    DoubleToLong,
    /// The explicit narrowing conversions in a `checked` context: a value out of the target's
    /// range (or NaN) throws `OverflowException`.
    CheckedLongToInt,
    CheckedDoubleToInt,
    CheckedDoubleToLong,
    /// `char` widened (its word is already the zero-extended code unit).
    CharToInt,
    CharToLong,
    CharToDouble,
    /// Explicit `(char)x`: the low 16 bits (a `double` truncated to `int` first), unchecked.
    IntToChar,
    LongToChar,
    DoubleToChar,
    /// `(char)x` in a `checked` context: out of 0..=65535 throws `OverflowException`.
    CheckedToChar,
    /// A small integer (or `char` to `ushort`) widened to `int` or a wider small integer: its
    /// word is already the value.
    WidenSmall,
    SmallToLong,
    SmallToDouble,
    /// Explicit, unchecked narrowing to a small integer: from an `int`-sized word (`int`,
    /// `char`, a small integer), a `long`, or a `double` (truncated to `int` first).
    ToSmall(crate::types::SmallInt),
    LongToSmall(crate::types::SmallInt),
    DoubleToSmall(crate::types::SmallInt),
    /// The same in a `checked` context: out of the type's range throws `OverflowException`.
    CheckedToSmall(crate::types::SmallInt),
    /// A conversion from or to `uint` or `ulong`; `checked`: out of the target's range throws
    /// `OverflowException` (only for narrowings, in a `checked` context).
    Unsigned {
        from: NumKind,
        to: NumKind,
        checked: bool,
    },
    /// To `float` from a number of type `from` (explicitly from a `double`): rounded to single
    /// precision.
    ToFloat(NumKind),
    /// `float` to `double`: its word already holds the value.
    FloatToDouble,
    /// A value type to `object`.
    Boxing,
    /// `object` to a value type (checked at run time).
    Unboxing,
    /// Implicit reference conversion (to a base class, `null` to a reference type, `List<T>` to
    /// `IEnumerable<T>`): no run-time work.
    Reference,
    /// Explicit reference conversion (downcast): checked at run time.
    Downcast,
}

/// The numeric types, as a conversion from or to `uint`/`ulong` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Int,
    Long,
    UInt,
    ULong,
    Double,
    Char,
    Small(crate::types::SmallInt),
}

impl NumKind {
    pub fn of(ty: &crate::types::Ty) -> Option<NumKind> {
        use crate::types::Ty;
        Some(match ty {
            Ty::Int => NumKind::Int,
            Ty::Long => NumKind::Long,
            Ty::UInt => NumKind::UInt,
            Ty::ULong => NumKind::ULong,
            Ty::Double => NumKind::Double,
            Ty::Char => NumKind::Char,
            Ty::Small(s) => NumKind::Small(*s),
            _ => return None,
        })
    }

    /// C#'s implicit numeric conversions that involve `uint` or `ulong`.
    pub fn widens_to(self, to: NumKind) -> bool {
        use crate::types::SmallInt::{Byte, UShort};
        use NumKind::*;
        matches!(
            (self, to),
            (UInt, Long | ULong | Double)
                | (ULong, Double)
                | (Char | Small(Byte | UShort), UInt | ULong)
        )
    }

    /// Whether the value is held in a 64-bit word (`long`, `uint`, `ulong`).
    pub fn is_wide(self) -> bool {
        matches!(self, NumKind::Long | NumKind::UInt | NumKind::ULong)
    }
}
