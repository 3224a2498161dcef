//! The scheduler's clock and timers: deadlines in milliseconds on a clock that is real, or
//! virtual under `--virtual-time` (it moves only to the next timer's deadline).

use super::{console, with, Sched, Timer, TimerAction, Work};
use std::cmp::Reverse;
use std::time::Duration;

pub(super) fn now(s: &Sched) -> u64 {
    if s.virtual_time {
        s.now_virtual
    } else {
        s.start.map_or(0, |t| t.elapsed().as_millis() as u64)
    }
}

/// The scheduler's clock in ticks (100 ns) since the run started: what `Stopwatch` reads.
/// Under `--virtual-time` it is the virtual clock, which only timers move, so a program's
/// measured times are the sums of its delays and sleeps, the same on every run. It counts
/// whole milliseconds, as timers' deadlines do, so a stopwatch around `Thread.Sleep(100)`
/// reads at least 100 ms under the real clock too.
pub fn now_ticks() -> i64 {
    with(|s| now(s) as i64 * 10_000)
}

/// The scheduler's clock in milliseconds (timers' deadlines are on it).
pub fn now_ms() -> u64 {
    with(|s| now(s))
}

/// Schedules `action` in `ms` milliseconds; returns a handle for `cancel_timer`.
pub fn add_timer(ms: u64, action: TimerAction) -> usize {
    with(|s| {
        let deadline = now(s).saturating_add(ms);
        let id = s.timer_list.len();
        s.timer_list.push(Timer { action, live: true });
        s.timers.push(Reverse((deadline, id as u64)));
        id
    })
}

pub fn cancel_timer(id: usize) {
    with(|s| {
        if let Some(t) = s.timer_list.get_mut(id) {
            t.live = false;
        }
    });
}

/// Turns every timer whose deadline has passed into pool work, in deadline order.
pub(super) fn fire_due_timers() {
    with(|s| {
        let now = now(s);
        while let Some(&Reverse((deadline, id))) = s.timers.peek() {
            if deadline > now {
                break;
            }
            s.timers.pop();
            let t = &mut s.timer_list[id as usize];
            if t.live {
                t.live = false;
                let action = t.action;
                s.timers_fired += 1;
                s.pool_items += 1;
                if crate::timeline::on() {
                    crate::timeline::instant_at(now, crate::timeline::TIMER_TRACK, "timer fired");
                }
                s.work.push_back(Work::Timer(action));
            }
        }
    });
}

/// Moves time to the next live timer; false when there is none (nothing can ever run again).
pub(super) fn advance_clock() -> bool {
    let next = with(|s| {
        while let Some(&Reverse((deadline, id))) = s.timers.peek() {
            if s.timer_list[id as usize].live {
                return Some(deadline);
            }
            s.timers.pop();
        }
        None
    });
    let Some(deadline) = next else { return false };
    if with(|s| s.virtual_time) {
        with(|s| s.now_virtual = s.now_virtual.max(deadline));
    } else {
        console::flush();
        let wait = with(|s| deadline.saturating_sub(now(s)));
        std::thread::sleep(Duration::from_millis(wait));
    }
    true
}
