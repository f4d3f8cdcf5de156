import Foundation
import Synchronization
import Workbench

/// A value computed on a thread of its own while the command goes on, and joined where it
/// is needed: the sentiment term tables (`SentimentResources.terms`) while the text layer is
/// made, then those tables compiled against the token vocabulary while the sentences are.
///
/// Neither depends on what runs beside it; together they are ~15 ms that would otherwise
/// run on the main thread after the text layer, on the critical path of `sentiment --unit …`,
/// while the other cores wait. With `set threads 1` the value is computed on the calling
/// thread, at once. The result is the same either way; only when it is computed changes.
final class Pending<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body`; `threads` is the command's thread budget (1: no thread of its own).
    init(threads: Int, _ body: @escaping @Sendable () throws -> Value) {
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
    func value() throws -> Value {
        done.wait()
        done.signal()
        guard let value = result.withLock({ $0 }) else {
            throw WorkbenchError(.analysisFailed, "a value computed in the background was not set")
        }
        return try value.get()
    }
}
