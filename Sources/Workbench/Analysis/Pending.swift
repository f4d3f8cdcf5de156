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
    public init(threads: Int, _ body: @escaping @Sendable () throws -> Value) {
        guard threads > 1 else {
            result.withLock { $0 = Result { try body() } }
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
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
