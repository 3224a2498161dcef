//! The verifier rejects the faults it exists for; each test breaks one invariant of a small,
//! otherwise valid function.

use unawait_smir::*;

fn value(name: &str, ty: MachTy) -> ValueInfo {
    ValueInfo {
        ty,
        name: name.into(),
        origin: Origin::Temp,
        cs_ty: ty.csharp().into(),
    }
}

fn block(insts: Vec<Inst>, term: Terminator) -> Block {
    Block {
        insts,
        term,
        unwind: None,
    }
}

/// `x = 1; if x < 2 goto b1 else b2; b1: return x; b2: return 0`
fn valid() -> Function {
    let x = ValueId(0);
    let c = ValueId(1);
    Function {
        params: Vec::new(),
        values: vec![value("x", MachTy::I32), value("c", MachTy::Bool)],
        blocks: vec![
            block(
                vec![
                    Inst::Copy {
                        dst: x,
                        src: Operand::Const(Const::I32(1)),
                    },
                    Inst::Binary {
                        dst: c,
                        op: BinOp::Lt,
                        ty: MachTy::I32,
                        lhs: Operand::Value(x),
                        rhs: Operand::Const(Const::I32(2)),
                    },
                ],
                Terminator::Branch {
                    cond: Operand::Value(c),
                    then: BlockId(1),
                    otherwise: BlockId(2),
                },
            ),
            block(vec![], Terminator::Return(Some(Operand::Value(x)))),
            block(
                vec![],
                Terminator::Return(Some(Operand::Const(Const::I32(0)))),
            ),
        ],
        entry: BlockId(0),
        fault_spans: Default::default(),
    }
}

#[test]
fn a_valid_function_passes() {
    assert_eq!(verify::function(&valid()), Vec::<String>::new());
}

#[test]
fn a_jump_to_a_missing_block_is_caught() {
    let mut f = valid();
    f.blocks[1].term = Terminator::Goto(BlockId(9));
    assert!(verify::function(&f)[0].contains("b9"));
}

#[test]
fn a_use_on_a_path_without_a_definition_is_caught() {
    let mut f = valid();
    // b2 now reads `y`, assigned only on the path through b1.
    f.values.push(value("y", MachTy::I32));
    let y = ValueId(2);
    f.blocks[1].insts.push(Inst::Copy {
        dst: y,
        src: Operand::Const(Const::I32(3)),
    });
    f.blocks[1].term = Terminator::Goto(BlockId(2));
    f.blocks[2].term = Terminator::Return(Some(Operand::Value(y)));
    let errors = verify::function(&f);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("`y` is used before it is assigned")),
        "{errors:?}"
    );
}

#[test]
fn a_value_not_reloaded_at_a_resume_point_is_caught() {
    // b0: dispatch; b1: x = 1, await (suspend in b2); b3 (resume) forgets to load x; b4 uses x.
    let x = ValueId(0);
    let s = ValueId(1);
    let aw = ValueId(2);
    let f = Function {
        params: Vec::new(),
        values: vec![
            value("x", MachTy::I32),
            value("s", MachTy::I32),
            value("aw", MachTy::Awaiter(AwaiterKind::Yield)),
        ],
        blocks: vec![
            block(
                vec![Inst::LoadState { dst: s }],
                Terminator::Switch {
                    on: s,
                    cases: vec![(0, BlockId(3))],
                    default: BlockId(1),
                },
            ),
            block(
                vec![
                    Inst::Copy {
                        dst: x,
                        src: Operand::Const(Const::I32(1)),
                    },
                    Inst::GetAwaiter {
                        dst: aw,
                        awaitable: Operand::Const(Const::Null),
                        kind: AwaiterKind::Yield,
                        hir: 0,
                    },
                ],
                Terminator::Goto(BlockId(2)),
            ),
            block(vec![Inst::StoreState { state: 0 }], Terminator::Suspend),
            block(
                vec![Inst::FrameLoad {
                    dst: aw,
                    slot: SlotId(0),
                }],
                Terminator::Goto(BlockId(4)),
            ),
            block(
                vec![Inst::GetResult {
                    dst: None,
                    awaiter: aw,
                    span: Default::default(),
                }],
                Terminator::Return(Some(Operand::Value(x))),
            ),
        ],
        entry: BlockId(0),
        fault_spans: Default::default(),
    };
    let method = Method {
        name: "P.M".into(),
        trace_name: "P.M".into(),
        return_type: "Task<int>".into(),
        ret: Some(MachTy::Ref),
        kind: MethodKind::Async(StateMachine {
            builder: BuilderKind::TaskOf(MachTy::I32),
            frame: Frame::default(),
            awaits: vec![AwaitSite {
                state: 0,
                hir: 0,
                span: Default::default(),
                awaiter: AwaiterKind::Yield,
                awaiter_ty: "YieldAwaitable.YieldAwaiter".into(),
                awaiter_slot: SlotId(0),
                live: vec![],
                resume: BlockId(3),
                elided: vec![],
                known: Default::default(),
                yield_return: false,
            }],
            kickoff: Function {
                blocks: vec![block(vec![], Terminator::Return(None))],
                ..Function::default()
            },
        }),
        body: f,
        span: Default::default(),
        generic: false,
    };
    let errors = verify::method(&method);
    assert!(
        !errors.is_empty(),
        "the missing load of `x` must be reported"
    );
}
