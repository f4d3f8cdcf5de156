import Foundation
import Synchronization

/// A value computed on a thread of its own while the caller goes on, and joined where it is
/// needed. Uses: the sentiment term tables, read while the text layer is made and compiled
/// against the token vocabulary while the sentences are (~15 ms off the critical path of
/// `sentiment --unit …`); a workspace `save` encoding the next layer while SQLite writes the
/// current one (which must happen on the database's own thread).
///
/// With a thread budget of 1 the value is computed on the calling thread, at once. The
/// result is the same either way; only when it is computed changes. A value nobody waits
/// for is still computed to the end and then dropped.
public final class Pending<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body`; `threads` is the command's thread budget (1: no thread of its own).
    /// `whenIdle`: the thread runs at the lowest priority (nice 19), so that it takes a core
    /// only when the work running in parallel leaves one idle — for a value needed only after
    /// a parallel pass that has serial stretches (the sentiment term tables, read while the
    /// tokens are made: at normal priority they took a core from the tokenizer, and now they
    /// run while the token vocabularies are merged on one thread). Waiting for the value
    /// leaves the waiting core idle, so it is never starved.
    public init(threads: Int, whenIdle: Bool = false, _ body: @escaping @Sendable () throws -> Value) {
        guard threads > 1 else {
            result.withLock { $0 = Result { try body() } }
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
            // On Linux a thread's nice value is its own (`who` 0: this thread), and this thread
            // ends with `body`.
            if whenIdle { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19) }
            let value = Result { try body() }
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The value, waiting for it if it is still being computed; throws what computing threw.
    public func value() throws -> Value {
        done.wait()
        done.signal()
        guard let value = result.withLock({ $0 }) else {
            throw WorkbenchError(.analysisFailed, "a value computed in the background was not set")
        }
        return try value.get()
    }
}
