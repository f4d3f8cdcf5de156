import Foundation
import Synchronization
import Workbench

/// The term tables (`SentimentResources.terms`), built on a thread of their own while the
/// command waits for the text layer, and joined where the scorer is made.
///
/// The tables do not depend on the corpus, and reading the lexicon and the domain layer is
/// about 10 ms that would otherwise run on the main thread after the text layer, on the
/// critical path of `sentiment --unit …`, while the other cores wait. With `set threads 1`
/// (or tables already built) they are made on the calling thread, as before. The result is
/// the same either way; only when it is computed changes.
final class PendingTerms: Sendable {
    private let result = Mutex<Result<SentimentTerms, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts building the tables for a `sentiment.domain` value; `threads` is the command's
    /// thread budget (1: no thread of its own).
    init(domain setting: String, threads: Int) {
        guard threads > 1 else {
            result.withLock { $0 = Result { try SentimentResources.terms(domain: setting) } }
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
            let value = Result { try SentimentResources.terms(domain: setting) }
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The tables, waiting for them if they are still being built; throws what building threw.
    func value() throws -> SentimentTerms {
        done.wait()
        done.signal()
        guard let value = result.withLock({ $0 }) else {
            throw WorkbenchError(.analysisFailed, "the sentiment term tables were not built")
        }
        return try value.get()
    }
}
