import Foundation
import Testing
@testable import Workbench

/// `Pending`: a value computed on a thread of its own, or at once with a budget of one thread.
@Suite struct PendingTests {
    struct Failure: Error {}

    @Test func givesTheValueOrTheErrorWithAnyThreadBudget() throws {
        for threads in [1, 2] {
            #expect(try Pending(threads: threads) { 6 * 7 }.value() == 42)
            #expect(throws: Failure.self) { try Pending(threads: threads) { () throws -> Int in throw Failure() }.value() }
            // Asked twice, the same value.
            let pending = Pending(threads: threads) { "once" }
            #expect(try pending.value() == "once" && pending.value() == "once")
        }
    }

    /// `whenIdle` lowers the priority of the value's own thread only, not the caller's.
    @Test func whenIdleRunsAtTheLowestPriorityOnItsOwnThread() throws {
        let callerBefore = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let inside = try Pending(threads: 2, whenIdle: true) { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }.value()
        #expect(inside == 19)
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == callerBefore)
        #expect(try Pending(threads: 2) { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }.value() == callerBefore)
    }
}
